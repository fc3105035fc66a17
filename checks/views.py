"""What reports show besides the findings: each article with its figures marked, and file texts.

Every figure of an article body gets a mark: verified, failing, acknowledged, uncurated or
ignored. The statuses are decided here (from the findings and the coverage), so the HTML
formatter only draws them. A figure cited by several facts is one mark that lists every fact;
marks that overlap are merged into one that keeps every fact, finding and note.

Everything read from the corpus is read by the ``_read_*`` functions at the top, so that a change
of the corpus's API is a change in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checks.findings import ArticleLine, ArticleView, FactNote, Finding, Location, Mark, Severity
from checks.frames import records
from checks.intervals import show_number

if TYPE_CHECKING:
    import pandas as pd

    from checks.corpus import Corpus

# When marks overlap, the merged mark takes the most urgent status.
PRIORITY = {"failing": 0, "uncurated": 1, "acknowledged": 2, "verified": 3, "ignored": 4}

# ---- what is read from the corpus ---------------------------------------------------------------


def _read_cited_figures(corpus: Corpus) -> pd.DataFrame:
    """Facts whose quote is on their cited line: the figure's span on that line and the fact's fields."""
    facts = corpus.fact_intervals.dropna(subset=["seed", "line", "quote"])
    matched = corpus.matched_readings[["start", "end"]].rename(columns={"start": "figure_start", "end": "figure_end"})
    facts = facts.join(matched, how="left")
    texts = [corpus.line_text(seed, int(line)) for seed, line in zip(facts["seed"], facts["line"], strict=True)]
    at = [text.find(quote) if text is not None else -1 for text, quote in zip(texts, facts["quote"], strict=True)]
    facts = facts.assign(quote_at=at)
    facts = facts[facts["quote_at"] >= 0]
    # The figure the value matched, else the whole quote (its value is in no figure of the quote).
    has_figure = facts["figure_start"].notna()
    start = facts["quote_at"] + facts["figure_start"].where(has_figure, 0)
    end = facts["quote_at"] + facts["figure_end"].where(has_figure, facts["quote"].str.len())
    return facts.assign(start=start.astype(int), end=end.astype(int))


def _fact_location(corpus: Corpus, dataset: str, item: int) -> Location:
    return corpus.dataset_location(dataset, "facts", item)


def _read_uncited(corpus: Corpus) -> pd.DataFrame:
    return corpus.uncited_readings


def _read_ignored(corpus: Corpus) -> pd.DataFrame:
    from checks.coverage import ignored_readings

    return ignored_readings(corpus)


@dataclass(frozen=True)
class _Article:
    dataset: str
    seed: str
    title: str
    language: str | None
    lines: Sequence[str]
    first: int
    last: int


def _read_articles(corpus: Corpus, wanted: set[str]) -> list[_Article]:
    articles = []
    for source in records(corpus.frames.sources.dropna(subset=["seed", "body_first", "body_last"])):
        seed = corpus.seeds.get(source.seed)
        if source.dataset not in wanted or seed is None or not seed.readable:
            continue
        document = corpus.documents[source.dataset].data
        title = str(document["source"].get("title") or source.seed)
        language = source.language if isinstance(source.language, str) else None
        last = min(int(source.body_last), len(seed.lines))
        articles.append(
            _Article(source.dataset, source.seed, title, language, seed.lines, int(source.body_first), last)
        )
    return articles


def _read_file(corpus: Corpus, path: str) -> str | None:
    """A dataset's or a cited seed's text, only when it is a regular file inside the repository."""
    if path not in corpus.paths and not (path in corpus.seeds and corpus.seeds[path].readable):
        return None
    root = Path(corpus.root).resolve()
    file = (root / path).resolve()
    if not file.is_relative_to(root) or not file.is_file():
        return None
    return file.read_bytes().decode("utf-8", errors="replace")


# ---- file texts ---------------------------------------------------------------------------------


def file_texts(corpus: Corpus, findings: Iterable[Finding]) -> dict[str, str]:
    """The text of every repository file a finding points at (for SARIF regions and line hashes)."""
    paths = {
        where.path
        for finding in findings
        for where in (finding.dataset, finding.source, *(related.location for related in finding.related))
        if where is not None
    }
    texts = {path: _read_file(corpus, path) for path in sorted(paths)}
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
        self.facts += [f for f in other.facts if f not in self.facts]
        self.findings += [f for f in other.findings if f not in self.findings]
        self.notes += [n for n in other.notes if n not in self.notes]

    def mark(self) -> Mark:
        return Mark(self.start, self.end, self.status, tuple(self.facts), tuple(self.findings), "; ".join(self.notes))


def _status(findings: Sequence[Finding]) -> str:
    judged = [f for f in findings if f.severity is not Severity.INFO]
    if any(f.acknowledged is None for f in judged):
        return "failing"
    return "acknowledged" if judged else "verified"


def _describe(row: Any) -> str:
    value = "?" if row.value != row.value else show_number(row.value)  # NaN: no usable value
    return f"{row.indicator} = {value} {row.unit} ({row.qualifier}), {row.status} {row.period}"


def _drafts(corpus: Corpus, findings: Sequence[Finding]) -> dict[tuple[str, int], list[_Draft]]:
    by_fact: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.fact is not None:
            by_fact.setdefault(finding.fact, []).append(finding)
    drafts: dict[tuple[str, int], list[_Draft]] = {}
    for row in records(_read_cited_figures(corpus)):
        about = by_fact.get(row.global_id, [])
        fact = FactNote(row.global_id, _describe(row), _fact_location(corpus, row.dataset, int(row.item)))
        draft = _Draft(int(row.start), int(row.end), _status(about), [fact], list(about))
        drafts.setdefault((row.dataset, int(row.line)), []).append(draft)
    for row in records(_read_uncited(corpus)):
        note = f"{row.text} = {show_number(row.value)}: no fact cites it and no ignore entry explains it"
        drafts.setdefault((row.dataset, int(row.line)), []).append(
            _Draft(int(row.start), int(row.end), "uncurated", notes=[note])
        )
    for row in records(_read_ignored(corpus)):
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


def _place_findings(article: _Article, number: int, drafts: list[_Draft], findings: Sequence[Finding]) -> None:
    """Findings without a fact (an uncited number, say) go to the mark at their seed column."""
    for finding in findings:
        where = finding.source
        if finding.fact is not None or where is None or where.path != article.seed or where.line != number:
            continue
        if finding.dataset is not None and finding.dataset.path != article.dataset:
            continue
        column = (where.column or 0) - 1
        for draft in drafts:
            if draft.start <= column < draft.end and finding not in draft.findings:
                draft.findings.append(finding)


def article_views(corpus: Corpus, findings: Iterable[Finding], datasets: Iterable[str]) -> tuple[ArticleView, ...]:
    findings = list(findings)
    drafts = _drafts(corpus, findings)
    views = []
    for article in _read_articles(corpus, set(datasets)):
        lines = []
        for number in range(article.first, article.last + 1):
            merged = _merged(drafts.get((article.dataset, number), []))
            _place_findings(article, number, merged, findings)
            lines.append(ArticleLine(number, article.lines[number - 1], tuple(d.mark() for d in merged)))
        views.append(ArticleView(article.dataset, article.seed, article.title, tuple(lines), article.language))
    return tuple(views)
