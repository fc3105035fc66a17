"""Years of the Minguo calendar (Taiwan's official reckoning): year N is 1911 + N, so 111年 is 2022.

A page in traditional characters that prints such years (112年我國有…, 較101年增加, 日期:113/09/27)
counts in that calendar: its 1NN年 are years, not counts of years, and its 113/09/27 is a date. The
guesses read such a line with the years written out (111年 → 2022年, 113/09/27 → 2024/09/27); each
written-out year is one character longer than the printed one, and ``Gregorian.at`` maps a position
of the printed line to the written-out one, so quotes are still cut from the text as printed.

Only three-digit years from 100 (2011) are read so: 97年 is as likely ten years of something as the
year 2008, and a count of 100 years or more is rare in a news or government page (not one written
after 近, 过去, 连续, 超过 or before 来, 以来, 间, 代, 前, 后, 多, 左右).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from checks.draft.simplified import simplified
from checks.draft.years import ArticleYears, article_years
from checks.numbers import Quantity

EPOCH = 1911
# 111年, 113/09/27, 113.9.27: a three-digit year from 100, as a year (年) or opening a date.
_YEAR = re.compile(
    r"(?<![\d./])(?<!\d,)(?<!近)(?<!过去)(?<!连续)(?<!超过)(?<!长达)(1[0-4]\d)"
    r"(?:(?=\s*年(?!代|来|以来|间|内|前|后|多|余|左右|之久))|(?=/\d{1,2}/\d{1,2}(?!\d))|(?=\.\d{1,2}\.\d{1,2}(?![\d.])))"
    # 于119年前: by the year (not 119 years before)
    r"|(?<=[于在至到])(1[0-4]\d)(?=\s*年)"
)
# Enough traditional-only characters to tell a page in traditional characters.
_TRADITIONAL_MIN = 3


def traditional(text: str) -> bool:
    """Whether ``text`` is printed in traditional characters (several of the simplified table's)."""
    return sum(a != b for a, b in zip(text, simplified(text), strict=True)) >= _TRADITIONAL_MIN


def counts_minguo(lines: Sequence[str]) -> bool:
    """Whether the page counts its years in the Minguo calendar: it is in traditional characters and
    prints a year of it."""
    text = "\n".join(lines)
    return traditional(text) and _YEAR.search(simplified(text)) is not None


@dataclass(frozen=True)
class Gregorian:
    """A line with its Minguo years written out, and where the printed years stood."""

    text: str
    years: tuple[tuple[int, int, int], ...] = ()  # (start, end, year) of each Minguo year of the printed line

    def at(self, position: int) -> int:
        """The position in ``text`` of ``position`` in the printed line (one more per year before it)."""
        return position + bisect_right([end for _, end, _ in self.years], position)

    def year_in(self, start: int, end: int) -> int | None:
        """The common-era year of the Minguo year the printed span ``start:end`` reads, or None."""
        return next((year for low, high, year in self.years if start <= low and high <= end), None)


def gregorian(line: str) -> Gregorian:
    """``line`` with each Minguo year written out in the common era (111年 → 2022年)."""
    found = _YEAR.finditer(simplified(line))
    years = tuple((m.start(), m.end(), EPOCH + int(m.group(1) or m.group(2))) for m in found)
    if not years:
        return Gregorian(line)
    parts, last = [], 0
    for start, end, year in years:
        parts += [line[last:start], str(year)]
        last = end
    parts.append(line[last:])
    return Gregorian("".join(parts), years)


def page_years(lines: list[str], published: date | None, minguo: bool) -> ArticleYears:
    """What a page's body says about years (checks.draft.years); a Minguo page's read with its years
    written out, while the years it *prints* (as C124 reads the text) stay those of the text."""
    if not minguo:
        return article_years(lines, published)
    written = article_years([gregorian(line).text for line in lines], published)
    return replace(written, printed=article_years(lines, published).printed)


def moved(q: Quantity, calendar: Gregorian | None) -> Quantity:
    """``q`` where it stands in the line with its Minguo years written out."""
    if calendar is None or not calendar.years:
        return q
    return replace(q, start=calendar.at(q.start), end=calendar.at(q.end))


def minguo_year(line: str, q: Quantity, calendar: Gregorian | None) -> str | None:
    """Why a number is no claim when it is a Minguo year (111年), else None."""
    year = calendar.year_in(q.start, q.end) if calendar else None
    if year is None or q.value >= 1000:
        return None
    return f"a year of the Minguo calendar ({line[q.start : q.end]} is {year}), not a count"
