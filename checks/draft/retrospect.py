"""A review of a span that ended with the year before publication (round 50): a news feature of January
2026 looking back on "三年" of work "2023年以来" (since 2023, over three years: 2023 to 2025) tells its
running totals and its results as of the span's end, the year just over: `2023年以来，…9家城市医院与…10个
县级医院建立…关系，累计派驻…312人次` and `三年来，…新建…临床专科46个` are 2025's, as is a sentence of the
review that names no year (`…结对培养…骨干医师205名`, dated by default). The span is the text's own: a
year it runs since (`2023年以来`, `since 2023`) and the years it counts (`三年来`, `三年回眸`, `over the past
three years`), whose last year (2023 + 3 - 1) is the year before publication. Not a scene the reporter
saw (`在略阳县人民医院，记者看到，…已有透析机24台`, `when we visited`): that is as of the visit, now; nor a
figure its sentence dates by a year of its own, a target, or a rule. Since round 61 the year a project started opens
the span too (`该项目于2019年启动…7年来，项目累计募集善款1.52亿元` in January 2026: 2019 to 2025; `launched in 2019`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.guesses import OPENING_YEAR, Guess
from checks.draft.text import sentence_bounds
from checks.draft.year_counts import years_counted

_SINCE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年\s*以来|\bsince\s+((?:19|20)\d\d)\b"
    # 该项目于2019年启动…7年来: the year a project started opens the span it counts (round 61)
    r"|于((?:19|20)\d\d)\s*年\s*(?:启动|创立|设立|成立)|\b(?:launched|started|set\s+up)\s+in\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _since_years(text: str, low: int, high: int) -> set[int]:
    """The years spans of ``text[low:high]`` run since (2023年以来, since 2023, 于2019年启动, launched in 2019)."""
    return {int(next(group for group in found.groups() if group)) for found in _SINCE.finditer(text, low, high)}


_COUNTED = re.compile(
    r"(?<![\d一二三四五六七八九十两])([两二三四五六七八九十]|\d{1,2})\s*年\s*(?:来|以来|回眸|回顾|间)"
    r"|\b(?:past|last|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+years\b",
    re.IGNORECASE,
)
_SCENE = re.compile(r"记者(?:在[^，。]{0,20})?(?:看到|见到|注意到|走进)|\b(?:the\s+reporter|we)\s+(?:saw|visited)\b")
_DEFAULTS = ("the year the article is about", "publication year", "a running total since a year: the time it is told")


def span_end(lines: Sequence[str], published: date | None) -> int | None:
    """The last year of the span the text reviews, when a year it runs since and the years it counts
    end with the year before publication (2023年以来 and 三年来 in January 2026: 2025); None otherwise."""
    if published is None:
        return None
    text = "\n".join(lines)
    since = _since_years(text, 0, len(text))
    counted = set()
    for m in _COUNTED.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        counted.add(years_counted(word) or 0)
    last = published.year - 1
    return last if any(year + n - 1 == last for year in since for n in counted) else None


def reviewed(
    line: str, start: int, status: Guess, period: Guess, end_year: int | None, published: date | None
) -> Guess:
    """``period``, or the span's last year ``end_year`` for an achievement of the review dated by
    default, by its running total, by the span's count (三年来) or by the year the span runs since."""
    if end_year is None or published is None or status.value != "achieved":
        return period
    low, high = sentence_bounds(line, start)
    if _SCENE.search(line, low, high):
        return period
    since = _since_years(line, low, high)
    by_default = period.why in _DEFAULTS and period.value == published.year
    by_count = period.value == published.year and _COUNTED.fullmatch(period.why.strip("'")) is not None
    by_since = period.value in since and period.why == OPENING_YEAR
    if by_default or by_count or by_since:
        return Guess(end_year, f"the last year of the span the text reviews ({end_year})")
    return period
