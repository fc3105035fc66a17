"""The years of a change over a span (rose from 212 to 409 between 2021 and 2025: 2021 and 2025) and
of a running total since a year (Since the project launched in 2018, it has distributed 4.2 million
kits: told now), for checks.draft.period_guess."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.fiveyear import plan_years
from checks.draft.text import clause_bounds, sentence_bounds, sentences
from checks.draft.years import YEAR

_FROM = re.compile(r"(?:从|由|\bfrom)\s*$", re.IGNORECASE)
_TO = re.compile(r"(?:从|由|\bfrom\b).*(?:到|至|\bto)\s*$", re.IGNORECASE)
_TO_LATER = re.compile(r"(?:到|至|\bto\b)\s*\D{0,12}?\d", re.IGNORECASE)
_SPAN = re.compile(
    r"\bfrom\s+((?:19|20)\d\d)\s+to\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)\s*[-–—~至到]\s*((?:19|20)\d\d)\s*年?"
    r"|(?:\bsince|自)\s*((?:19|20)\d\d)|\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# Since the project launched in 2018, …: a sentence opening on the year a running total starts from.
_SINCE_OPENING = re.compile(r"[\s“\"]*(?:Ever\s+)?since\b", re.IGNORECASE)


# … 214 nurse practitioners have joined primary care since April 2024: the year a running total starts
# from, after the figure in its clause.
_SINCE_AFTER = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|end|beginning)\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b"
)


# 2024年以来，全区已累计投入…1.36亿元: a sentence opening on the year a running total (累计) starts from (round 31)
# … and on the date it runs from (2025年9月起，我委…先后赴4个城市…, round 37): 起 as 以来, 先后 (one after another) as 累计
_SINCE_OPENING_ZH = re.compile(r"[\s　]*(?:自|从)?\s*(?:19|20)\d\d\s*年(?:\d{1,2}月)?\s*(?:以来|来|起)\s*[，,]")
_CUMULATIVE = re.compile(r"累计|共计|总计|先后")


def running_total(line: str, start: int, status: str, published: date | None, now: int | None) -> int | None:
    """The year a running total is told (the year of publication), when the figure's sentence opens on
    "Since …" with a year and the figure stands after that opening clause, or its own clause says since
    when after it (… have joined since April 2024); None otherwise."""
    if status != "achieved":
        return None
    sentence_start = sentence_bounds(line, start)[0]
    # … but a year before the figure in its sentence dates it (As of 2023, … a rise of over three years since 2012)
    if _SINCE_AFTER.search(line, start, clause_bounds(line, start)[1]) and not YEAR.search(line, sentence_start, start):
        return published.year if published else now
    opening_end = clause_bounds(line, sentence_start)[1]
    since_zh = _SINCE_OPENING_ZH.match(line, sentence_start)
    if since_zh and since_zh.end() <= start and _CUMULATIVE.search(line, since_zh.end(), start):
        return published.year if published else now
    if opening_end >= start or not _SINCE_OPENING.match(line, sentence_start):
        return None
    if not YEAR.search(line, sentence_start, opening_end):
        return None
    return published.year if published else now


def earlier_span(line: str, start: int) -> tuple[int, int] | None:
    """The first and last year of the nearest earlier sentence of ``line`` that prints years, when it
    prints two (从2020年的6.46张增加到2023年的7.23张；医师由2.90人提高到3.40人: 2020 and 2023), or names a
    Five-Year Plan's time (the year before its first, and its last)."""
    sentence_start = sentence_bounds(line, start)[0]
    for low, high in reversed(sentences(line[:sentence_start])):
        plan = plan_years(line[low:high])  # “十四五”期间，…由2020年的276个增加到312个；…由3.5人增加到4.6人 (round 36)
        if plan is not None:
            return plan[0] - 1, plan[1]
        printed = {int(m.group(1)) for m in YEAR.finditer(line, low, high)}
        if printed:
            return (min(printed), max(printed)) if len(printed) > 1 else None
    return None


def span_change(line: str, start: int, now: int | None) -> tuple[int, str] | None:
    """A change over a span its sentence names (or, naming none, the sentence before it): the
    from-figure gets the start, the to-figure the end."""
    before = line[clause_bounds(line, start)[0] : start]
    # a from-figure changes to a later one (from 381 to 299); reported from 26 countries names a source
    is_from = bool(_FROM.search(before)) and _TO_LATER.search(line, start, sentence_bounds(line, start)[1]) is not None
    if not is_from and not _TO.search(before):
        return None
    sentence = line[slice(*sentence_bounds(line, start))]
    plan = plan_years(sentence)
    found = _SPAN.search(sentence)
    earlier = None if plan or found or YEAR.search(sentence) else earlier_span(line, start)
    last: int | None
    if plan:
        first, last, why = plan[0] - 1, plan[1], "the Five-Year Plan its sentence names"
    elif found:
        groups = [int(g) for g in found.groups() if g]
        if len(groups) == 1 and now and groups[0] > now:
            # 自2027年1月1日起…由1500元提高至1800元: a change that takes effect after publication, no span since
            return None if is_from else (groups[0], "the year its sentence says the change takes effect")
        first, last, why = groups[0], groups[1] if len(groups) > 1 else now, "the span its sentence names"
    elif earlier:
        first, last, why = *earlier, "the years the sentence before it names"
    else:
        return None
    if is_from:
        return first, f"the start of {why}"
    if last is None:
        return None
    return (min(last, now) if now else last), f"the end of {why}"
