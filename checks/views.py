"""Each article's body with its figures marked: verified, failing, acknowledged, uncurated, ignored.

This is where the statuses are decided (from the findings and the coverage), so the HTML
formatter only has to draw them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from checks.findings import ArticleLine, ArticleView, Finding, Mark
from checks.frames import records

if TYPE_CHECKING:
    from checks.context import Context

# When marks overlap, the more urgent one is drawn.
PRIORITY = {"failing": 0, "uncurated": 1, "acknowledged": 2, "verified": 3, "ignored": 4}


def _fact_marks(context: Context, findings: Iterable[Finding]) -> list[tuple[str, int, Mark]]:
    corpus = context.corpus
    failing: dict[str, list[str]] = {}
    waived: dict[str, list[str]] = {}
    for finding in findings:
        if finding.fact is None or finding.severity.value == "info":
            continue
        target = waived if finding.acknowledged is not None else failing
        target.setdefault(finding.fact, []).append(f"{finding.code} {finding.message}")
    facts = context.fact_intervals.dropna(subset=["seed", "line", "quote"])
    matched = context.matched_readings
    marks = []
    for label, row in zip(facts.index, records(facts), strict=True):
        text = corpus.line_text(row.seed, int(row.line))
        at = text.find(row.quote) if text is not None else -1
        if at < 0:
            continue
        if label in matched.index:
            reading = next(records(matched.loc[[label]]))
            start, end = at + int(reading.start), at + int(reading.end)
        else:
            start, end = at, at + len(row.quote)
        value = "?" if pd.isna(row.value) else f"{row.value:g}"
        note = f"{row.id}: {row.indicator} = {value} {row.unit} ({row.qualifier}), {row.status} {row.period}"
        status = "failing" if row.global_id in failing else "acknowledged" if row.global_id in waived else "verified"
        problems = failing.get(row.global_id) or waived.get(row.global_id) or []
        marks.append((row.dataset, int(row.line), Mark(start, end, status, "\n".join([note, *problems]))))
    return marks


def article_views(context: Context, findings: Iterable[Finding], datasets: Iterable[str]) -> tuple[ArticleView, ...]:
    corpus = context.corpus
    wanted = set(datasets)
    marks = _fact_marks(context, findings)
    for row in records(context.uncited_readings):
        note = f"{row.text} = {row.value:g}: no fact cites it and no ignore entry explains it"
        marks.append((row.dataset, int(row.line), Mark(int(row.start), int(row.end), "uncurated", note)))
    for row in records(context.ignored_readings):
        marks.append(
            (row.dataset, int(row.line), Mark(int(row.start), int(row.end), "ignored", f"ignored: {row.reason}"))
        )
    by_line: dict[tuple[str, int], list[Mark]] = {}
    for dataset, line, mark in marks:
        by_line.setdefault((dataset, line), []).append(mark)
    views = []
    for source in records(corpus.frames.sources.dropna(subset=["seed", "body_first", "body_last"])):
        seed = corpus.seeds.get(source.seed)
        if source.dataset not in wanted or seed is None or not seed.readable:
            continue
        document = corpus.documents[source.dataset].data
        title = str(document["source"].get("title") or source.seed)
        lines = tuple(
            ArticleLine(number, seed.lines[number - 1], _without_overlaps(by_line.get((source.dataset, number), [])))
            for number in range(int(source.body_first), min(int(source.body_last), len(seed.lines)) + 1)
        )
        views.append(ArticleView(source.dataset, source.seed, title, lines))
    return tuple(views)


def _without_overlaps(marks: list[Mark]) -> tuple[Mark, ...]:
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (PRIORITY[m.status], m.start)):
        if all(mark.end <= other.start or other.end <= mark.start for other in kept):
            kept.append(mark)
    return tuple(sorted(kept, key=lambda m: m.start))
