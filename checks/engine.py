"""Run the rules, apply the waivers, keep the selected datasets: a Report.

In two stages, so a run can take the first from a cache for datasets that did not change:

1. ``check_datasets``: the rules whose findings depend on one dataset and its seed, over a corpus of
   any number of datasets at once; with each dataset's findings it keeps what the second stage
   needs of it (its facts in the fact index, its waivers), which is small.
2. ``conclude``: the rules across datasets (over the fact index of all of them), the repository's
   own rules, the waivers, the stale-waiver rule, and the choice of datasets to report.

``run`` does both on one corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from checks.ahead import Ahead
from checks.analyses.index import group_codes
from checks.context import Context, raw_schema_failures
from checks.corpus import Corpus, DatasetLocator, seed_files
from checks.findings import ArticleView, Finding, Locate, Report, capped
from checks.frames import records
from checks.numbers.tables import reading_units
from checks.rules import Rule, all_rules
from checks.views import article_views
from schemas.vocab import Vocabulary


@dataclass(frozen=True)
class DatasetResult:
    """What the first stage found of one dataset: all a later run needs of it, without parsing it."""

    path: str
    findings: tuple[Finding, ...]
    facts: int
    seed: str | None  # the seed it cites (normalised), for selecting datasets by seed
    indicators: tuple[str, ...] = ()  # the indicators its facts name (S112: catalogue entries no fact uses)


@dataclass(frozen=True)
class Checked:
    """The first stage's outcome for some datasets."""

    results: dict[str, DatasetResult]
    index: pd.DataFrame  # the fact index (checks.analyses.index) of these datasets
    waivers: pd.DataFrame  # their acknowledged discrepancies (checks.analyses.waivers)
    context: Context | None = field(default=None, repr=False)  # kept when the articles are to be shown


def chosen_rules(rules: Iterable[type[Rule]] | None) -> list[Rule]:
    return [rule() for rule in (all_rules() if rules is None else rules)]


def check_datasets(
    corpus: Corpus, rules: Iterable[type[Rule]] | None = None, keep_context: bool = False, schema_ahead: bool = False
) -> Checked:
    """Stage 1 over every dataset of ``corpus``. ``schema_ahead``: the schema stage runs in a forked
    child meanwhile (``checks.ahead``); the rules run in the order of their codes, so the schema
    rules (``S``) that read its result come last."""
    found: dict[str, list[Finding]] = {path: [] for path in corpus.paths}
    with _schema_stage(corpus, schema_ahead) as schema, reading_units(corpus.vocabulary.units):
        context = Context(corpus, schema)
        for rule in chosen_rules(rules):
            if rule.scope == "dataset":
                for finding in rule.check(context):
                    where = finding.dataset.path if finding.dataset else None
                    if where not in found:
                        # Its result would be cached with no dataset to belong to: a rule of another scope.
                        raise RuntimeError(f"{rule.code()} reported outside the datasets it checks: {where}")
                    found[where].append(finding)
    waived = _waived(context.waivers)
    found = {path: capped(findings, waived) for path, findings in found.items()}
    facts = corpus.frames.facts["dataset"].value_counts()
    seed_of = corpus.seed_of  # a dataset that does not parse claims the seed its text names (K103)
    indicators = _indicators_by_dataset(corpus.frames.facts)
    results = {
        path: DatasetResult(
            path,
            tuple(sorted(findings, key=Finding.sort_key)),
            int(facts.get(path, 0)),
            seed_of.get(path),
            indicators.get(path, ()),
        )
        for path, findings in found.items()
    }
    return Checked(results, context.fact_index, context.waivers, context if keep_context else None)


def _indicators_by_dataset(facts: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """The indicators each dataset's facts name, sorted (from the distinct pairs: no group-by's
    sub-frame for each of thousands of datasets)."""
    pairs = facts[["dataset", "indicator"]].dropna().drop_duplicates()
    named: dict[str, set[str]] = {}
    for dataset, indicator in zip(pairs["dataset"].tolist(), pairs["indicator"].tolist(), strict=True):
        named.setdefault(str(dataset), set()).add(str(indicator))
    return {dataset: tuple(sorted(names)) for dataset, names in named.items()}


@contextmanager
def _schema_stage(corpus: Corpus, ahead: bool) -> Iterator[Callable[[], pd.DataFrame] | None]:
    """Where the context takes the schema stage's result from: a child started now, or (None) the
    context computes it when a rule first asks."""
    if not ahead:
        yield None
        return
    _ = corpus.raw  # built here, before the fork: the child validates it, this process reads it too
    with Ahead(lambda: raw_schema_failures(corpus)) as child:
        yield child.result


def _waived(waivers: pd.DataFrame) -> Callable[[Finding], bool]:
    """Whether a finding is one its dataset acknowledges (so the cap on findings never hides it)."""
    keys = set(zip(waivers["rule"], waivers["fact"], strict=True))
    return lambda finding: (finding.code, finding.fact) in keys


def apply_waivers(waivers: pd.DataFrame, findings: Iterable[Finding]) -> list[Finding]:
    """Mark each finding its dataset acknowledges (same rule, same fact) with the reason."""
    reasons: Mapping[tuple[str, str | None], str] = {(row.rule, row.fact): row.reason for row in records(waivers)}
    return [replace(f, acknowledged=reasons[(f.code, f.fact)]) if (f.code, f.fact) in reasons else f for f in findings]


def compared_with(index: pd.DataFrame, datasets: Collection[str]) -> pd.DataFrame:
    """The rows of the fact index a cross-dataset rule may compare with a fact of ``datasets``: the
    same indicator, period and status (C107 also needs the same region, C132 a related one). A
    report on some datasets needs the cross-dataset rules on these rows only."""
    codes = group_codes(index, ["indicator", "period", "status"])
    mine = codes[index["dataset"].isin(datasets).to_numpy()]
    return index[np.isin(codes, mine) & (codes >= 0)].reset_index(drop=True)


def index_findings(
    index: pd.DataFrame,
    vocabulary: Vocabulary,
    regions: dict[str, str],
    locate: Locate,
    rules: Iterable[type[Rule]] | None = None,
) -> list[Finding]:
    """The cross-dataset rules' findings over ``index`` (uncapped, unwaived): a run whose datasets all
    come unchanged from the cache takes them from there, for they depend on nothing else."""
    return [
        f
        for rule in chosen_rules(rules)
        if rule.scope == "corpus"
        for f in rule.check_index(index, vocabulary, regions, locate)
    ]


def used_indicators(results: Iterable[DatasetResult]) -> set[str] | None:
    """Every indicator a fact names; None when a dataset does not parse (which it names is unknown)."""
    results = list(results)
    if any(f.code == "P100" for result in results for f in result.findings):
        return None
    return {indicator for result in results for indicator in result.indicators}


def conclude(
    checked: Checked,
    root: Path,
    vocabulary: Vocabulary,
    regions: dict[str, str],
    locate: Locate,
    rules: Iterable[type[Rule]] | None = None,
    only: Collection[str] | None = None,
    articles: bool = False,
    seed_files: Collection[str] = (),
    on_index: Sequence[Finding] | None = None,
) -> Report:
    """Stage 2: every finding of every dataset in ``checked``, reported for those in ``only`` (all by default).

    Cross-dataset rules always see every dataset of ``checked``, so their findings stay right when
    only some datasets are reported. ``seed_files``: the article files to ask K103 about (every
    one in a full run, the ones named in a selection). ``on_index``: the cross-dataset rules'
    findings when they are known already (``index_findings`` of the whole index, from the cache).
    """
    chosen = chosen_rules(rules)
    findings = [f for result in checked.results.values() for f in result.findings]
    waived = _waived(checked.waivers)
    if on_index is None:
        index = checked.index if only is None else compared_with(checked.index, only)
        on_index = index_findings(index, vocabulary, regions, locate, rules)
    across = list(on_index)  # capped here; the first stage capped its own (check_datasets)
    for rule in chosen:
        if rule.scope == "repository":
            across.extend(rule.check_repository(root, vocabulary))
        elif rule.scope == "articles":
            cited = {r.seed for r in checked.results.values() if r.seed}
            # The seeds a dataset cites that P102 found missing: an article's misspelt path, maybe (K103).
            missing = {r.seed for r in checked.results.values() if r.seed and any(f.code == "P102" for f in r.findings)}
            across.extend(rule.check_articles(seed_files, cited, missing))
        elif rule.scope == "catalogue":
            across.extend(rule.check_catalogue(vocabulary, used_indicators(checked.results.values())))
    findings = apply_waivers(checked.waivers, findings + capped(across, waived))
    on_waivers: list[Finding] = []
    for rule in chosen:
        if rule.scope == "waivers":
            on_waivers.extend(rule.check_waivers(checked.waivers, findings, locate))
    findings.extend(capped(on_waivers))
    datasets = sorted(checked.results) if only is None else sorted(set(only) & set(checked.results))
    if only is not None:
        keep = set(only)
        findings = [f for f in findings if f.dataset is None or f.dataset.path in keep]
    views: tuple[ArticleView, ...] = ()
    if articles and checked.context is not None:
        views = article_views(checked.context, findings, datasets)
    return Report(
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        facts=sum(checked.results[path].facts for path in datasets),
        datasets=len(datasets),
        dataset_paths=tuple(datasets),
        articles=views,
    )


def run(
    corpus: Corpus,
    rules: Iterable[type[Rule]] | None = None,
    only: Collection[str] | None = None,
    articles: bool = False,
) -> Report:
    """Every finding of ``rules`` (all by default) over ``corpus``, reported for ``only`` if given.

    ``articles`` adds each article with its figures marked (for html).
    """
    return _run(corpus, rules, only, articles, keep_context=articles)[1]


def run_keeping_context(corpus: Corpus) -> tuple[Context, Report]:
    """``run`` with every rule, also giving the Context that holds what the rules computed (the export's input)."""
    checked, report = _run(corpus, None, None, False, keep_context=True)
    if checked.context is None:  # check_datasets keeps it when asked; say so plainly if that changes
        raise RuntimeError("the validation kept no context")
    return checked.context, report


def _run(
    corpus: Corpus,
    rules: Iterable[type[Rule]] | None,
    only: Collection[str] | None,
    articles: bool,
    keep_context: bool,
) -> tuple[Checked, Report]:
    chosen = list(all_rules() if rules is None else rules)
    checked = check_datasets(corpus, chosen, keep_context=keep_context)
    report = conclude(
        checked,
        corpus.root,
        corpus.vocabulary,
        corpus.regions,
        DatasetLocator(corpus.root, corpus.documents),
        chosen,
        only,
        articles,
        seed_files(corpus.root) if only is None else (),
    )
    return checked, report
