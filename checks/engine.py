"""Run the rules over a corpus, apply the waivers, keep the selected datasets: a Report."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace

from checks.context import Context
from checks.corpus import Corpus
from checks.findings import Finding, Report
from checks.frames import records, slug_of
from checks.rules import Rule, all_rules
from checks.views import article_views


def apply_waivers(corpus: Corpus, findings: Iterable[Finding]) -> list[Finding]:
    """Mark each finding its dataset acknowledges (same rule, same fact) with the reason."""
    waivers = corpus.frames.acknowledged.dropna(subset=["rule", "fact"])
    reasons: dict[tuple[str, str | None], str] = {
        (row.rule, f"{slug_of(row.dataset)}/{row.fact}"): row.reason or "acknowledged" for row in records(waivers)
    }
    return [replace(f, acknowledged=reasons[(f.code, f.fact)]) if (f.code, f.fact) in reasons else f for f in findings]


def run(
    corpus: Corpus,
    rules: Iterable[type[Rule]] | None = None,
    only: Collection[str] | None = None,
    articles: bool = False,
) -> Report:
    """Every finding of ``rules`` (all by default), limited to the datasets in ``only`` if given.

    Rules always see the whole corpus, so cross-dataset checks stay right when only some
    datasets are reported. ``articles`` adds each article with its figures marked (for html).
    """
    chosen = [rule() for rule in (all_rules() if rules is None else rules)]
    context = Context(corpus)
    findings: list[Finding] = []
    for rule in chosen:
        if not rule.runs_after_waivers:
            findings.extend(rule.check(context))
    findings = apply_waivers(corpus, findings)
    for rule in chosen:
        if rule.runs_after_waivers:
            findings.extend(rule.check_waivers(context, findings))
    if only is not None:
        keep = set(only)
        findings = [f for f in findings if f.dataset is None or f.dataset.path in keep]
        datasets = [path for path in corpus.paths if path in keep]
    else:
        datasets = list(corpus.paths)
    facts = corpus.frames.facts
    return Report(
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        facts=int(facts["dataset"].isin(datasets).sum()),
        datasets=len(datasets),
        dataset_paths=tuple(datasets),
        articles=article_views(context, findings, datasets) if articles else (),
    )
