"""``factlint draft``: a first dataset for a new article, or draft facts for the numbers K101 reports.

    draft_new(root, "seeds/x.txt", "data/x.yaml", force=False)   # a new dataset
    draft_uncited(root, "data/x.yaml")                           # add to an existing one

Every guess carries a ``review:`` mark that ``factlint validate`` reports (S190) until a curator
deletes it. Files are never overwritten unless asked, and are written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks.atomic import write_files_atomically
from checks.corpus import DATA_DIR, DATASET_SUFFIXES
from checks.draft.build import Drafted, draft_line, draft_lines
from checks.draft.context import page_context, section_contexts
from checks.draft.insert import append_items
from checks.draft.redraft import unreviewed_drafted, without_entries
from checks.draft.source import guess_source
from checks.draft.writer import catalogue_entries, dataset_text, fact_block, flow_mapping
from checks.errors import UsageError
from checks.files import Missing, Refused, read_inside
from checks.frames import seed_path
from checks.numbers.tables import reading_units
from checks.seeds import UTF8_ADVICE, read_seed
from schemas.regions import load_regions
from schemas.vocab import PACKAGED, load_vocabulary

__all__ = ["DraftSummary", "draft_new", "draft_uncited"]


@dataclass(frozen=True)
class DraftSummary:
    dataset: str
    facts: int
    relations: int
    ignores: int
    new_indicators: int
    new_units: int
    unquotable: tuple[tuple[int, str], ...]
    crowded: tuple[tuple[int, str], ...] = ()  # (line, why) left undrafted


def _vocabulary(root: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    vocabulary = load_vocabulary(root)
    return vocabulary.units, vocabulary.indicators


Replaced = tuple[Collection[str], Collection[str]]  # the units, the indicators


def _appended_catalogue(
    root: Path, name: str, entries: dict[str, dict[str, Any]], origin: str, replaced: Collection[str] = ()
) -> list[tuple[Path, str]]:
    """The catalogue ``name`` with ``entries`` appended, after taking out ``replaced`` (the entries an
    earlier draft of ``origin`` added: ``checks.draft.redraft``): [(its path, its text)], or [] when
    it stays as it is."""
    if not entries and not replaced:
        return []
    local = root / "schemas" / name
    # A repository without its own catalogue uses the packaged one: start from it, so nothing is lost.
    try:
        current = read_inside(root, f"schemas/{name}", "schemas").decode("utf-8")
    except Missing:
        current = (PACKAGED / name).read_text(encoding="utf-8")
    except (Refused, UnicodeDecodeError) as error:  # validate reads it the same way, and says so
        raise UsageError(f"schemas/{name}: {error}") from None
    kept = without_entries(current, origin, replaced) if replaced else current
    separator = "" if kept.endswith("\n") or not kept else "\n"
    updated = kept + separator + catalogue_entries(entries, origin)
    return [(local, updated)] if updated != current else []


def _write_with_catalogues(root: Path, target: str, text: str, drafted: Drafted, replaced: Replaced = ((), ())) -> None:
    """Write the dataset ``target`` and the catalogue entries its draft adds, all or none: a disk that
    fills up leaves neither a dataset without its catalogue entries nor entries without their dataset."""
    write_files_atomically(
        [
            *_appended_catalogue(root, "units.yaml", drafted.new_units, target, replaced[0]),
            *_appended_catalogue(root, "indicators.yaml", drafted.new_indicators, target, replaced[1]),
            (root / target, text),
        ]
    )


def _earlier_draft(root: Path, target: str, units: dict[str, Any], catalogue: dict[str, Any]) -> Replaced:
    """The units and indicators the earlier draft of ``target`` added, still marked for review and
    used by no other dataset's fact (nor, for a unit, by an indicator that stays): a forced redraft
    takes them out, so the catalogues do not grow with each redraft (``checks.draft.redraft``)."""
    from checks.draft.corpus_access import used_by_others

    def drafted(name: str) -> set[str]:
        try:
            return unreviewed_drafted(read_inside(root, f"schemas/{name}", "schemas").decode("utf-8"), target)
        except (Missing, Refused, UnicodeDecodeError):
            return set()

    indicators_used, units_used = used_by_others(root, target)
    indicators = {i for i in drafted("indicators.yaml") if i in catalogue and i not in indicators_used}
    units_used |= {str(entry.get("unit")) for i, entry in catalogue.items() if i not in indicators}
    return {u for u in drafted("units.yaml") if u in units and u not in units_used}, indicators


def _summary(dataset: str, drafted: Drafted) -> DraftSummary:
    return DraftSummary(
        dataset=dataset,
        facts=len(drafted.facts),
        relations=len(drafted.relations),
        ignores=len(drafted.ignores),
        new_indicators=len(drafted.new_indicators),
        new_units=len(drafted.new_units),
        unquotable=tuple(drafted.unquotable),
        crowded=tuple(drafted.crowded),
    )


def _relative_inside(root: Path, path: str, folder: str, what: str) -> str:
    # realpath, not Path.resolve: a link loop is a path that names nothing, not an exception.
    resolved = Path(os.path.realpath(Path.cwd() / path))
    try:
        relative = resolved.relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        raise UsageError(f"{path} is outside the repository; {what}") from None
    if not relative.startswith(f"{folder}/"):
        raise UsageError(f"{path} is not under {folder}/; {what}")
    return relative


def default_dataset(seed: str) -> str:
    """The dataset a draft of ``seed`` writes when no --output names one: data/<the article's name>.yaml."""
    return f"{DATA_DIR}/{Path(seed).stem}.yaml"


def _dataset_target(root: Path, path: str) -> str:
    """``path`` as a dataset path of the repository, or a ``UsageError``: validate reads the files
    directly under ``data/`` named ``*.yaml`` or ``*.yml`` (not hidden) and nothing else, so a draft
    written anywhere else would be a file no run checks."""
    target = _relative_inside(root, path, DATA_DIR, "datasets live in data/")
    name = target.removeprefix(f"{DATA_DIR}/")
    if "/" in name or name.startswith(".") or not name.endswith(DATASET_SUFFIXES):
        raise UsageError(
            f"{path} is not a dataset path: validate reads only {DATA_DIR}/<name>.yaml (or .yml) directly under"
            f" {DATA_DIR}/, not hidden; name one such as {DATA_DIR}/{Path(name).stem.lstrip('.') or 'article'}.yaml"
        )
    return target


def _refuse_a_second_dataset(root: Path, seed: str, target: str) -> None:
    """A seed that a dataset of another name drafts already gets no second one unless named with
    --output: its curator most likely wants the numbers that dataset misses (--uncited)."""
    from checks.draft.corpus_access import datasets_citing

    citing = [(d, parses) for d, parses in datasets_citing(root, seed) if d != target]
    broken = [d for d, parses in citing if not parses]
    if broken:
        raise UsageError(
            f"{seed} is the source of {', '.join(broken)} already, which does not parse: `factlint validate"
            f" {broken[0]}` says where; mend it, or draft it again from scratch with `--output {broken[0]} --force`"
        )
    others = [d for d, _ in citing]
    if others:
        raise UsageError(
            f"{seed} is the source of {', '.join(others)} already; `factlint draft {others[0]} --uncited` drafts"
            f" the numbers it does not cite, and `--output {others[0]} --force` drafts it again from scratch"
            " (--output names a second dataset if one is really wanted)"
        )


def draft_new(root: Path, seed: str, output: str | None, force: bool) -> DraftSummary:
    """Draft ``data/<slug>.yaml`` (or ``output``) for the article ``seed``, and its new catalogue entries."""
    relative = seed_path(_relative_inside(root, seed, "seeds", "copy the article into seeds/ first"))
    if relative is None:
        raise UsageError(f"{seed} is not a seed path inside seeds/")
    text = read_seed(root, relative)
    if not text.exists:
        raise UsageError(f"{seed}: no such file")
    if not text.readable:
        # An article saved in GBK or Big5 is the usual case: say what to do about it.
        advice = f"; {UTF8_ADVICE}" if "UTF-8" in str(text.error) else ""
        raise UsageError(f"{seed}: {text.error}{advice}")
    target = _dataset_target(root, output or default_dataset(relative))
    if output is None:
        _refuse_a_second_dataset(root, relative, target)
    if (root / target).exists() and not force:
        raise UsageError(f"{target} exists; pass --force to replace it")
    lines = list(text.lines)
    if not any(line.strip() for line in lines):
        raise UsageError(f"{seed}: the article is empty; there is nothing to draft")
    guess = guess_source(lines, load_regions(root))
    units, catalogue = _vocabulary(root)
    # A forced redraft replaces what the earlier draft of this dataset added to the catalogues.
    replaced = _earlier_draft(root, target, units, catalogue) if (root / target).exists() else ((), ())
    units = {name: entry for name, entry in units.items() if name not in replaced[0]}
    catalogue = {name: entry for name, entry in catalogue.items() if name not in replaced[1]}
    first, last = guess.body
    context = page_context(lines, lines[first - 1 : last], guess.title, guess.published, units, catalogue)
    with reading_units(units):  # the figures read as validate will read them: by this repository's units
        drafted = draft_lines(lines, range(first, last + 1), context)
    source = {
        "path": relative,
        "sha256": text.sha256,
        "title": guess.title,
        "publisher": guess.publisher,
        "published": guess.published,
        "language": guess.language,
        "translated_from": None,
        # No region named: null, never CN (README: a foreign or unknown place is compared with no other).
        "region": {"code": guess.region[0], "name": guess.region[1]} if guess.region else None,
        "body": {"first": first, "last": last},
        # the publication a credit line says the text was taken from (README), when one does
        **({"original_publication": guess.original_publication} if guess.original_publication else {}),
        "review": "; ".join(guess.review),
    }
    header = [
        f"Drafted by `factlint draft` from {relative}. Every `review:` line is a guess to check: delete it",
        "once checked. `factlint validate` lists those left (S190); `--strict` refuses them.",
    ]
    relations = [{**r, "review": "proposed from the text"} for r in drafted.relations]
    ignores = [{**i, "review": "guessed not to be a claim"} for i in drafted.ignores]
    _write_with_catalogues(
        root, target, dataset_text(header, source, drafted.facts, relations, ignores), drafted, replaced
    )
    return _summary(target, drafted)


def draft_uncited(root: Path, dataset: str) -> DraftSummary:
    """Add a draft fact (or ignore entry) to ``dataset`` for each number K101 reports, in place."""
    from checks.draft.corpus_access import dataset_view

    target = _dataset_target(root, dataset)
    if not (root / target).is_file():
        raise UsageError(f"{dataset}: no such dataset")
    view = dataset_view(root, target)
    if view is None:
        raise UsageError(f"{target}: its seed or body cannot be read; `factlint validate {target}` says why")
    units, catalogue = _vocabulary(root)
    body = view.lines[view.body[0] - 1 : view.body[1]]
    context = page_context(view.lines, body, view.title, view.published, units, catalogue, set(view.ids))
    # the body a dataset declares may run past its seed's end (an emptied seed): only lines it has
    in_body = range(max(1, view.body[0]), min(view.body[1], len(view.lines)) + 1)
    context_of = section_contexts(view.lines, in_body, context)
    drafted = Drafted()
    with reading_units(units):
        for number in sorted({line for line, _, _ in view.uncited}):
            # The line is read once, by draft_line: K101's spans say which of its readings to draft.
            spans = {(start, end) for line, start, end in view.uncited if line == number}
            draft_line(number, view.lines[number - 1], spans, context_of(number), drafted)
    try:
        original = read_inside(root, target, "data").decode("utf-8")  # no newline translation: CRLF stays CRLF
    except (Refused, UnicodeDecodeError) as error:  # changed since it was read a moment ago
        raise UsageError(f"{target}: {error}") from None
    ignores = [{**i, "review": "guessed not to be a claim"} for i in drafted.ignores]
    try:
        updated = append_items(original, "facts", ["\n".join(fact_block(f, indent="")) for f in drafted.facts])
        updated = append_items(updated, "ignore", ["- " + flow_mapping(i) for i in ignores])
    except ValueError as error:  # facts: {} , a flow list with items: nothing a person wrote is rewritten
        raise UsageError(f"{target}: the drafted items cannot be added ({error})") from None
    if updated != original:
        _write_with_catalogues(root, target, updated, drafted)
    return _summary(target, drafted)
