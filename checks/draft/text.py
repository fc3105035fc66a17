"""Where clauses and sentences of a line begin and end, in Chinese and English text.

A clause ends at a comma, semicolon, colon, enumeration comma or dash (not at a round bracket:
``执业(助理)医师`` is one noun, and ``(增长4.3%)`` loses its bracket when a quote is trimmed); a sentence at a full
stop, question or exclamation mark. Separators inside numbers (``1,070,785``, ``78.6``, ``1:1.6``)
and ordinary hyphens (``un- and under-vaccinated``) end nothing, nor does a date's comma (``February 1, 2016``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from checks.numbers import Quantity

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

_CLAUSE_BREAK = re.compile(
    r"[，；：、【】;]|[,:](?!\d)|(?<!\d)[,:]|\s[–—]\s|(?<!\d)[–—]{1,2}|[–—]{1,2}(?!\d)|[。！？!?]|\.(?=\s|$|[^\d\s])"
)
# A page that lost the space after a full stop (he said.Shah said) still ends a sentence there.
_SENTENCE_BREAK = re.compile(r"[。！？!?]|\.(?=\s|$)|(?<=[a-z]{2})\.(?=[A-Z][a-z])|；|;")
# A line that holds a sentence ends one somewhere (a headline, a label or a list item does not).
SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?:\s|$)")
# A full stop, question or exclamation mark: what a sentence says starts after one (not after ；, which goes on).
_FULL_STOP = re.compile(r"[。！？!?]|\.(?=\s|$)")
# Four digits of a year as printed, 19xx or 20xx, no digit around them.
PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def is_blank(line: str) -> bool:
    return not line.strip()


def _bounds(pattern: re.Pattern[str], line: str, at: int) -> tuple[int, int]:
    """From the end of the last break ending at or before ``at`` to the start of the first break
    starting at or after it (a break around ``at`` itself ends nothing)."""
    starts, ends = _breaks(pattern, line)
    before = bisect.bisect_right(ends, at)
    after = bisect.bisect_left(starts, at)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(line))


# The comma of a date (on February 1, 2016) joins the day to its year: it ends no clause.
_DATE_COMMA = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(,)\s*(?:19|20)\d\d\b"
)


# The full stop of a month's abbreviation before its day (from 243,380 on Oct. 31, 2025) ends nothing:
# the date goes on, and with it the figure's clause.
_MONTH_DOT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(\.)\s*\d{1,2}\b")


@lru_cache(maxsize=16)
def _breaks(pattern: re.Pattern[str], line: str) -> tuple[list[int], list[int]]:
    # Every figure of a line asks for its clause and sentence: the line's breaks are found once.
    dates = {m.start(1) for m in _DATE_COMMA.finditer(line)} | {m.start(1) for m in _MONTH_DOT.finditer(line)}
    matches = [m for m in pattern.finditer(line) if m.start() not in dates]
    return [m.start() for m in matches], [m.end() for m in matches]


def clause_bounds(line: str, at: int) -> tuple[int, int]:
    """The clause of ``line`` that holds position ``at`` (end exclusive, separators excluded)."""
    return _bounds(_CLAUSE_BREAK, line, at)


def sentence_bounds(line: str, at: int) -> tuple[int, int]:
    return _bounds(_SENTENCE_BREAK, line, at)


def sentence_year(pattern: re.Pattern[str], line: str, at: int) -> int | None:
    """The year ``pattern``'s first group names in the text of ``at``'s sentence before ``at`` (searched as a string
    of its own: ``$`` is ``at``), or None."""
    found = pattern.search(line[sentence_bounds(line, at)[0] : at])
    return int(found.group(1)) if found is not None else None


def full_sentence_start(line: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, read on past ；/; (与2023年度相比，…；…由58.7%: the opening's)."""
    return _bounds(_FULL_STOP, line, at)[0]


def sentences(line: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``line`` (end exclusive, separators excluded)."""
    spans, start = [], 0
    for match in _SENTENCE_BREAK.finditer(line):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip()]


def strip_span(line: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` moved inwards past spaces and stray punctuation at either edge."""
    edge = " \t\u3000,，;；:：、.。'\"“”‘’()（）[]【】–—-"
    while start < end and line[start] in edge:
        start += 1
    while end > start and line[end - 1] in " \t\u3000,，;；:：、":
        end -= 1
    # A closing bracket whose opening one was cut off: "108 million)" → "108 million".
    while (
        end > start
        and line[end - 1] in ")）"
        and line.count("(", start, end) + line.count("（", start, end)
        < (line.count(")", start, end) + line.count("）", start, end))
    ):
        end -= 1
    return start, end


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


# up from 8,950 in the same period last year, 去年同期为…: the time another sentence's figure is compared with
_COMPARED_PERIOD = re.compile(
    r"\b(?:in\s+|for\s+)?the\s+same\s+(?:period|quarter|month|week|time|point)\s+(?:last|a|the\s+previous)\s+year\b"
    r"|去年同期",
    re.IGNORECASE,
)


def blanked(text: str, start: int, end: int) -> str:
    """``text`` with ``start:end`` blanked (the same length: every position stays where it was)."""
    return text[:start] + " " * (end - start) + text[end:]


def own_cell(line: str, start: int, end: int) -> str:
    """``line`` with every table cell but the one of ``start:end`` blanked (cells parted by tabs; the same length):
    a word of the cell before (`All ages<TAB>61`, `Under 28 days<TAB>24`) does not name the figure of the next."""
    if "\t" not in line:
        return line
    low = line.rfind("\t", 0, start) + 1
    high = line.find("\t", end)
    return " " * low + line[low : len(line) if high < 0 else high] + ("" if high < 0 else " " * (len(line) - high))


def blanked_matches(pattern: re.Pattern[str], text: str, group: int = 0) -> str:
    """``text`` with ``group`` of each match of ``pattern`` blanked (the same length: every position stays where it was)."""
    for found in pattern.finditer(text):
        text = blanked(text, found.start(group), found.end(group))
    return text


def without_other_brackets(line: str, start: int) -> str:
    """``line`` with the brackets of sentences other than the one at ``start`` blanked (same length), and
    the times their figures are compared with (in the same period last year): no year of the paragraph's."""
    sentence_start, sentence_end = sentence_bounds(line, start)

    def blank(m: re.Match[str]) -> str:
        return m.group(0) if sentence_start <= m.start() < sentence_end else " " * len(m.group(0))

    return _COMPARED_PERIOD.sub(blank, _BRACKETED.sub(blank, line))


def unique_span(line: str, start: int, end: int) -> str:
    """The text of ``start:end`` widened (a few characters on, then to its clause, then its line) until it
    occurs once on the line."""
    clause_start, clause_end = clause_bounds(line, start)
    wider = [(start, min(len(line), end + extra)) for extra in range(1, 13)]
    for low, high in ((start, end), *wider, (clause_start, end), (clause_start, clause_end), (0, len(line))):
        text = line[min(low, start) : max(high, end)].strip()
        if text and line.count(text) == 1:
            return text
    return line[start:end]


def digits_at(q: Quantity) -> int:
    """Where the number of ``q`` starts on its line: after its own bound word (不超过8天, the figure's text),
    at its start when the digits are not printed as read (a numeral read as digits)."""
    return q.start + max(0, q.text.find(q.digits))
