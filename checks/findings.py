"""What every rule produces and every formatter consumes.

A finding points at the seed line first (where the curator must look) and at the dataset line
second (where the curator must edit). Both are optional: a YAML syntax error has no seed line,
a missing seed has no line in it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


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
