"""One drafted fact per figure of a body line, with the shortest quote that proves it.

The figures are what ``checks.numbers.read_quantities`` reads, the reader every provenance rule
uses. A quote is a verbatim piece of its line: from the start of the figure's clause (or the end
of the figure before it in the same clause) to the end of the figure, bound and unit words
included; when the figure opens its clause, the clause's words after it are kept too (``84% of
counties``), and the quote grows until it is unique on the line. It is accepted only when the
reader, reading the quote alone, finds the same figure there (same value, bound and unit word), so a
draft passes P105-P108 by construction.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checks.draft.text import CJK, clause_bounds, sentence_bounds, strip_span
from checks.numbers import Quantity, read_quantities


@dataclass
class DraftFact:
    line: int
    quote: str
    quantity: Quantity
    subject: str  # what the figure counts, for the indicator
    unit: str
    status: str
    period: int
    id: str = ""
    indicator: str = ""
    note: str | None = None
    review: list[str] = field(default_factory=list)
    unit_from: dict[str, Any] | None = None  # the table heading a bare cell takes its unit and scale from
    range_of: tuple[int, int] | None = None  # where on its line the range it is an end of stands (3至5公里)

    @property
    def value(self) -> float:
        return self.quantity.value

    @property
    def qualifier(self) -> str:
        return self.quantity.qualifier


# A quote proves a figure by the words around it: the real ones are a clause (under 100 characters).
# A figure that only a whole long paragraph would single out is left for a person.
MAX_QUOTE_CHARS = 1_000


def _same_figure(a: Quantity, b: Quantity) -> bool:
    return (
        math.isclose(a.value, b.value, rel_tol=1e-12, abs_tol=1e-12)
        and a.qualifier == b.qualifier
        and a.unit_text == b.unit_text
        and a.unit == b.unit
    )


def _proves(quote: str, q: Quantity, told: tuple[tuple[int, bool], ...]) -> bool:
    return any(_same_figure(r, q) for r in _figures(quote, told))


@lru_cache(maxsize=64)
def _figures(quote: str, told: tuple[tuple[int, bool], ...]) -> tuple[Quantity, ...]:
    # The widest quote is the whole line, the same for every figure of the line: read it once.
    return tuple(figure for reading in read_quantities(quote, dict(told)) for figure in reading.figures())


def _short_prefix(text: str) -> bool:
    """Too little before the figure to say what it counts (fewer than two characters or words)."""
    return len(CJK.findall(text)) < 2 and len([w for w in text.split() if any(c.isalpha() for c in w)]) < 2


def quote_span(
    line: str, q: Quantity, figures: Sequence[Quantity], told: dict[int, bool] | None = None
) -> tuple[int, int] | None:
    """The span of the shortest quote that is unique on ``line`` and reads as ``q``; None when none does
    (``told``: the line's table cells of 1900–2100 that their header says count or are years, read so in the
    quote too)."""
    clause_start, clause_end = clause_bounds(line, q.start)
    previous = [f.end for f in figures if clause_start <= f.end <= q.start]
    start = max(previous) if previous else clause_start
    end = q.end
    if _short_prefix(line[start : q.start]):
        following = [f.start for f in figures if q.end <= f.start < clause_end]
        end = min(following) if following else clause_end
    sentence_start, sentence_end = sentence_bounds(line, q.start)
    # Wider and wider spans until one is unique and proves the figure.
    candidates = [
        (start, end),
        (clause_start, max(end, q.end)),
        (clause_start, clause_end),
        (min(sentence_start, clause_start), max(sentence_end, clause_end)),
        (0, len(line)),
    ]
    for low, high in candidates:
        low, high = strip_span(line, low, max(high, q.end))
        low = min(low, q.start)
        if high - low > MAX_QUOTE_CHARS:
            break  # the wider candidates are longer still
        quote = line[low:high]
        inside = tuple((at - low, counts) for at, counts in (told or {}).items() if low <= at < high)
        if quote and line.count(quote) == 1 and _proves(quote, q, inside):
            return low, high
    return None


def figure_subject(line: str, q: Quantity, figures: Sequence[Quantity]) -> tuple[str, str]:
    """The clause's text before the figure and after it (to the next figure).

    Before is taken from the previous figure of the clause; when that leaves too little
    (从16.20%提升至34.20%), from the clause's start with the other figures cut out.
    """
    clause_start, clause_end = clause_bounds(line, q.start)
    previous = [f for f in figures if clause_start <= f.start and f.end <= q.start]
    following = [f.start for f in figures if q.end <= f.start < clause_end]
    near = line[previous[-1].end if previous else clause_start : q.start]
    if previous and _short_prefix(near):
        pieces, at = [], clause_start
        for f in previous:
            pieces.append(line[at : f.start])
            at = f.end
        pieces.append(line[at : q.start])
        near = " ".join(p for p in pieces if p.strip())
    after = line[q.end : min(following) if following else clause_end]
    return near, after
