"""What every rule produces and every formatter consumes.

A finding points at the seed line first (where the curator must look) and at the dataset line
second (where the curator must edit). Both are optional: a YAML syntax error has no seed line,
a missing seed has no line in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum


def written(value: object) -> str:
    """A value of a dataset as YAML writes it, for a message: ``true``, ``null``, ``2024-03-01``,
    ``[a, b]``, a text in quotes (``'3,000'``); never a Python repr such as ``None``, ``True`` or
    ``Timestamp('2024-03-01 10:00:00+0000', tz='UTC')``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_flow(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flow(key)}: {_flow(item)}" for key, item in value.items()) + "}"
    return repr(value)  # a number (a float as Python writes it: 3.5, inf), a YAML .nan


def _flow(value: object) -> str:
    """Inside a flow collection a text is written bare, as a curator would (``[a, b]``)."""
    return value if isinstance(value, str) else written(value)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a repository file. Lines and columns are 1-based; columns count characters."""

    path: str
    line: int | None = None
    column: int | None = None
    end_column: int | None = None

    def __post_init__(self) -> None:
        # A line or column below 1 is no place in a file (a dataset may cite line -3): the
        # location is then the file, or the line, and the message says what was cited.
        if self.line is not None and self.line < 1:
            object.__setattr__(self, "line", None)
        if self.line is None or (self.column is not None and self.column < 1):
            object.__setattr__(self, "column", None)
        if self.column is None or (self.end_column is not None and self.end_column <= self.column):
            object.__setattr__(self, "end_column", None)

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "column": self.column, "end_column": self.end_column}

    def __str__(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


# The place of a YAML path in a dataset: ``locate("data/x.yaml", ("facts", 3, "value"))``.
Locate = Callable[[str, tuple[str | int, ...]], Location]


@dataclass(frozen=True)
class Related:
    """Another place involved in a finding (the other facts of a relation, say)."""

    location: Location
    message: str = ""

    def as_dict(self) -> dict[str, object]:
        return {**self.location.as_dict(), "message": self.message}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    fact: str | None = None  # global id: <slug>/<fact id>
    source: Location | None = None  # the seed line
    dataset: Location | None = None  # the dataset line
    related: tuple[Related, ...] = ()
    acknowledged: str | None = None  # the waiver's reason when the dataset acknowledges it

    @property
    def primary(self) -> Location | None:
        """Where a reader should look first: the seed line, else the dataset line."""
        return self.source or self.dataset

    @property
    def fails(self) -> bool:
        return self.severity is Severity.ERROR and self.acknowledged is None

    def sort_key(self) -> tuple[object, ...]:
        where = self.primary or Location("")
        return (where.path, where.line or 0, where.column or 0, self.code, self.message)

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "fact": self.fact,
            "source": self.source.as_dict() if self.source else None,
            "dataset": self.dataset.as_dict() if self.dataset else None,
            "related": [r.as_dict() for r in self.related],
            "acknowledged": self.acknowledged is not None,
            "acknowledged_reason": self.acknowledged,
        }


# A hostile dataset (a seed line of 20,000 figures, a dataset of 100,000 bad facts) must not make a
# report of a gigabyte: past this many findings of one rule in one file, one more finding says how
# many were left out.
MAX_PER_RULE_AND_FILE = 100


# A message quotes what a dataset holds, and a fact id is repeated in each of its findings: a value
# of megabytes would repeat in every report. Past these lengths, the rest is counted, not shown.
MAX_MESSAGE_CHARS = 2_000
MAX_NAME_CHARS = 300  # a fact id, a path


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text) - limit:,} more characters)"


def _place(location: Location | None) -> Location | None:
    if location is None or len(location.path) <= MAX_NAME_CHARS:
        return location
    return replace(location, path=_shortened(location.path, MAX_NAME_CHARS))


def bounded(finding: Finding) -> Finding:
    """``finding`` with its texts no longer than a report can afford."""
    texts = (finding.message, finding.fact or "", finding.acknowledged or "")
    paths = [where.path for where in (finding.source, finding.dataset) if where is not None]
    paths += [related.location.path for related in finding.related]
    if all(len(text) <= MAX_NAME_CHARS for text in (*texts, *paths)):
        return finding
    return replace(
        finding,
        message=_shortened(finding.message, MAX_MESSAGE_CHARS),
        fact=_shortened(finding.fact, MAX_NAME_CHARS) if finding.fact else finding.fact,
        acknowledged=_shortened(finding.acknowledged, MAX_MESSAGE_CHARS) if finding.acknowledged else None,
        source=_place(finding.source),
        dataset=_place(finding.dataset),
        related=tuple(
            Related(_place(r.location) or r.location, _shortened(r.message, MAX_MESSAGE_CHARS)) for r in finding.related
        ),
    )


def capped(
    findings: Iterable[Finding], exempt: Callable[[Finding], bool] = lambda _: False, limit: int = MAX_PER_RULE_AND_FILE
) -> list[Finding]:
    """``findings`` with at most ``limit`` of each rule in each file (the first, in report order) and,
    for a rule and file with more, a finding of that rule on the file that counts the rest; each
    ``bounded``. An ``exempt`` finding (one a dataset acknowledges) is always kept and never counted."""
    groups: dict[tuple[str, str | None], list[Finding]] = {}
    for finding in map(bounded, findings):
        where = finding.dataset or finding.primary
        groups.setdefault((finding.code, where.path if where else None), []).append(finding)
    kept: list[Finding] = []
    for (code, path), group in groups.items():
        counted = [f for f in group if not exempt(f)]
        if len(counted) <= limit:
            kept.extend(group)
            continue
        counted.sort(key=Finding.sort_key)
        kept.extend(counted[:limit])
        kept.extend(f for f in group if exempt(f))
        rest = counted[limit:]
        severity = min((f.severity for f in rest), key=list(Severity).index)
        message = f"{len(rest)} more {code} findings are not shown (only the first {limit} of a rule in a file are)"
        file = Location(path) if path else None
        on_dataset = group[0].dataset is not None
        kept.append(
            Finding(code, severity, message, dataset=file if on_dataset else None, source=None if on_dataset else file)
        )
    return kept


@dataclass(frozen=True)
class FactNote:
    """A curated fact, as a report shows it beside the figure it cites."""

    fact: str  # global id
    description: str  # e.g. "health_literacy_rate = 34.2 percent (eq), achieved 2025"
    dataset: Location  # where the fact stands in its dataset


@dataclass(frozen=True)
class Mark:
    """A span of an article line and what the curation says of it."""

    start: int  # character offsets in the line, end exclusive
    end: int
    status: str  # verified | failing | acknowledged | uncurated | ignored
    facts: tuple[FactNote, ...] = ()  # every fact citing this figure
    findings: tuple[Finding, ...] = ()  # every finding about those facts or at this span
    note: str = ""  # what a figure no fact cites is: uncurated, or ignored and why


@dataclass(frozen=True)
class ArticleLine:
    number: int
    text: str
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class ArticleView:
    """An article's body with every figure marked: for reports that show figures in place."""

    dataset: str
    seed: str
    title: str
    lines: tuple[ArticleLine, ...]
    language: str | None = None  # the dataset's `language` (zh, en): the article's text is in it


@dataclass(frozen=True)
class Report:
    """Everything a formatter needs; formatters never decide anything beyond presentation."""

    findings: tuple[Finding, ...]
    facts: int = 0
    datasets: int = 0
    dataset_paths: tuple[str, ...] = field(default=())
    articles: tuple[ArticleView, ...] = ()  # filled only for formats that show articles (html)
    # Filled by the command that writes the reports, for formats that use them:
    # the text of each file a finding points at (SARIF regions and line hashes) …
    file_texts: Mapping[str, str] = field(default_factory=dict)
    # … the other full reports written in the same run, as (format, where: a file or "the job summary") …
    companions: tuple[tuple[str, str], ...] = ()
    # … and the web address of the repository's files at the checked-out commit, ending in "/".
    repository_url: str | None = None

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity and f.acknowledged is None)

    @property
    def acknowledged(self) -> int:
        return sum(1 for f in self.findings if f.acknowledged is not None)

    def summary(self) -> dict[str, int]:
        return {
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "infos": self.count(Severity.INFO),
            "acknowledged": self.acknowledged,
            "facts": self.facts,
            "datasets": self.datasets,
        }

    def exit_code(self, strict: bool = False) -> int:
        """0 when the gate passes, 1 when it fails (warnings count with ``strict``)."""
        if self.count(Severity.ERROR) or (strict and self.count(Severity.WARNING)):
            return 1
        return 0
