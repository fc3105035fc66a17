"""What reports show besides the findings: each article with its figures marked, and file texts.

Every figure of an article body gets a mark: verified, failing, warned, acknowledged, uncurated
or ignored. The statuses are decided here (from the findings and the coverage), so the HTML
formatter only draws them. A figure cited by several facts is one mark that lists every fact;
marks that overlap are merged into one that keeps every fact, finding and note.

Everything read from the corpus and its analyses is read by the ``_read_*`` functions at the top,
so that a change of their API is a change in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checks.analyses.quotes import quote_spans
from checks.files import Refused, read_inside
from checks.findings import ArticleLine, ArticleView, FactNote, Finding, Location, Mark, Severity
from checks.frames import records
from checks.intervals import show_number, show_value

if TYPE_CHECKING:
    import pandas as pd

    from checks.context import Context

# When marks overlap, the merged mark takes the most urgent status.
PRIORITY = {"failing": 0, "uncurated": 1, "warned": 2, "acknowledged": 3, "verified": 4, "ignored": 5}

# ---- what is read from the corpus ---------------------------------------------------------------


def _read_cited_figures(context: Context) -> pd.DataFrame:
    """Facts whose quote is on their cited line: the figure's span on that line and the fact's fields."""
    corpus = context.corpus
    facts = context.fact_intervals.dropna(subset=["seed", "line", "quote"])
    matched = context.matched_readings[["start", "end"]].rename(columns={"start": "figure_start", "end": "figure_end"})
    facts = facts.join(matched, how="left")
    facts = facts.assign(quote_at=quote_spans(facts, corpus.seeds, empty=True)["column"] - 1)
    facts = facts[facts["quote_at"].notna()]
    # The figure the value matched, else the whole quote (its value is in no figure of the quote).
    has_figure = facts["figure_start"].notna()
    start = facts["quote_at"] + facts["figure_start"].where(has_figure, 0)
    end = facts["quote_at"] + facts["figure_end"].where(has_figure, facts["quote"].str.len())
    return facts.assign(start=start.astype(int), end=end.astype(int))


def _fact_location(context: Context, dataset: str, item: int) -> Location:
    return context.corpus.dataset_location(dataset, "facts", item)


def _read_uncited(context: Context) -> pd.DataFrame:
    return context.uncited_readings


def _read_ignored(context: Context) -> pd.DataFrame:
    return context.ignored_readings


@dataclass(frozen=True)
class _Article:
    dataset: str
    seed: str
    title: str
    language: str | None
    lines: Sequence[str]
    first: int
    last: int


def _read_articles(context: Context, wanted: set[str]) -> list[_Article]:
    corpus = context.corpus
    articles = []
    for source in records(corpus.frames.sources.dropna(subset=["seed", "body_first", "body_last"])):
        seed = corpus.seeds.get(source.seed)
        if source.dataset not in wanted or seed is None or not seed.readable:
            continue
        document = corpus.documents[source.dataset].data
        title = str(document["source"].get("title") or source.seed)
        language = source.language if isinstance(source.language, str) else None
        last = min(int(source.body_last), len(seed.lines))
        first = max(1, int(source.body_first))  # a body from line 0 or -3 (a rule reports it) shows from line 1
        articles.append(_Article(source.dataset, source.seed, title, language, seed.lines, first, last))
    return articles


# ---- file texts ---------------------------------------------------------------------------------

# Findings point into these directories; a path elsewhere is not read.
TEXT_DIRECTORIES = ("data", "seeds")


def _read_file(root: Path, path: str) -> str | None:
    """A dataset's or a seed's text: only a regular file inside ``data/`` or ``seeds/``."""
    directory = path.split("/", 1)[0]
    if directory not in TEXT_DIRECTORIES or "/" not in path:
        return None
    try:
        return read_inside(root, path, directory).decode("utf-8", errors="replace")
    except Refused:
        return None


def file_texts(root: Path, findings: Iterable[Finding]) -> dict[str, str]:
    """The text of every dataset and seed a finding points at (for SARIF regions and line hashes)."""
    paths = {
        where.path
        for finding in findings
        for where in (finding.dataset, finding.source, *(related.location for related in finding.related))
        if where is not None
    }
    texts = {path: _read_file(root, path) for path in sorted(paths)}
    return {path: text for path, text in texts.items() if text is not None}


# ---- marks --------------------------------------------------------------------------------------


@dataclass
class _Draft:
    """A mark being built: overlapping drafts merge into one."""

    start: int
    end: int
    status: str
    facts: list[FactNote] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def absorb(self, other: _Draft) -> None:
        self.end = max(self.end, other.end)
        if PRIORITY[other.status] < PRIORITY[self.status]:
            self.status = other.status
        # Repeats are dropped once, in mark(): thousands of facts citing one figure merge in linear time.
        self.facts += other.facts
        self.findings += other.findings
        self.notes += other.notes

    def mark(self) -> Mark:
        facts, findings, notes = dict.fromkeys(self.facts), dict.fromkeys(self.findings), dict.fromkeys(self.notes)
        return Mark(self.start, self.end, self.status, tuple(facts), tuple(findings), "; ".join(notes))


def _status(findings: Sequence[Finding]) -> str:
    judged = [f for f in findings if f.severity is not Severity.INFO]
    if any(f.fails for f in judged):
        return "failing"
    if any(f.acknowledged is None for f in judged):
        return "warned"  # a warning does not fail: not shown as failing under "0 errors"
    return "acknowledged" if judged else "verified"


def _describe(row: Any) -> str:
    value = "?" if row.value != row.value else show_value(row.value, getattr(row, "value_text", None))  # NaN: none
    return f"{row.indicator} = {value} {row.unit} ({row.qualifier}), {row.status} {row.period}"


def _drafts(context: Context, findings: Sequence[Finding]) -> dict[tuple[str, int], list[_Draft]]:
    by_fact: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.fact is not None:
            by_fact.setdefault(finding.fact, []).append(finding)
    drafts: dict[tuple[str, int], list[_Draft]] = {}
    for row in records(_read_cited_figures(context)):
        about = by_fact.get(row.global_id, [])
        name = row.global_id if isinstance(row.global_id, str) else "(a fact without a valid id)"  # S104 says why
        fact = FactNote(name, _describe(row), _fact_location(context, row.dataset, int(row.item)))
        draft = _Draft(int(row.start), int(row.end), _status(about), [fact], list(about))
        drafts.setdefault((row.dataset, int(row.line)), []).append(draft)
    for row in records(_read_uncited(context)):
        note = f"{row.text} = {show_number(row.value)}: no fact cites it and no ignore entry explains it"
        drafts.setdefault((row.dataset, int(row.line)), []).append(
            _Draft(int(row.start), int(row.end), "uncurated", notes=[note])
        )
    for row in records(_read_ignored(context)):
        drafts.setdefault((row.dataset, int(row.line)), []).append(
            _Draft(int(row.start), int(row.end), "ignored", notes=[f"ignored: {row.reason}"])
        )
    return drafts


def _merged(drafts: list[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, PRIORITY[d.status], d.end)):
        if merged and draft.start < merged[-1].end:
            merged[-1].absorb(draft)
        else:
            merged.append(draft)
    return merged


def _place_findings(article: _Article, drafts: list[_Draft], findings: Sequence[Finding]) -> None:
    """Findings without a fact (an uncited number, say) go to the mark at their seed column."""
    for finding in findings:
        where = finding.source
        if where is None or (finding.dataset is not None and finding.dataset.path != article.dataset):
            continue
        column = (where.column or 0) - 1
        for draft in drafts:
            if draft.start <= column < draft.end and finding not in draft.findings:
                draft.findings.append(finding)


def _factless(findings: Iterable[Finding]) -> dict[tuple[str, int], list[Finding]]:
    """Findings without a fact, by their seed line: each article line looks up its own, so a long
    article does not go through every finding for each of its lines."""
    by_line: dict[tuple[str, int], list[Finding]] = {}
    for finding in findings:
        where = finding.source
        if finding.fact is None and where is not None and where.line is not None:
            by_line.setdefault((where.path, where.line), []).append(finding)
    return by_line


def article_views(context: Context, findings: Iterable[Finding], datasets: Iterable[str]) -> tuple[ArticleView, ...]:
    findings = list(findings)
    drafts = _drafts(context, findings)
    factless = _factless(findings)
    views = []
    for article in _read_articles(context, set(datasets)):
        lines = []
        for number in range(article.first, article.last + 1):
            merged = _merged(drafts.get((article.dataset, number), []))
            _place_findings(article, merged, factless.get((article.seed, number), []))
            lines.append(ArticleLine(number, article.lines[number - 1], tuple(d.mark() for d in merged)))
        views.append(ArticleView(article.dataset, article.seed, article.title, tuple(lines), article.language))
    return tuple(views)
