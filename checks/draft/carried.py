"""Due years a target without one of its own takes from the text before it.

- a list under a lead-in that prints a due year (`… commits us to the following by March 31, 2027:`
  then `- perform at least 85,000 surgeries`; `到2027年,实现以下目标:`): the lead-in's year;
- a plan or standard named with its year earlier in the body (`performance … against national
  standards and the 2026/27 operating plan`): the later targets are that plan's (a fiscal year is
  the year it ends in), when the plan's year is not over.

And an achievement of no year of its own in a report whose title names the one year it is about, over
when published (`Deaths registered in England and Wales: 2026`), is of that year (a table's
caption dates its rows so: checks.draft.sections.captioned_tables), and so is one of a text that
declares the year its data refer to (`Unless stated otherwise, data refer to 2023`; `如无特别说明，数据均为
2023年`), over when published: the declaration outranks a title's year.

Only a target the drafter would otherwise date by default (the year of publication, the year the
article is about) takes a carried year; a list item with no cue of its own is a target of its lead-in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from checks.draft.plan_lead_ins import plan_lead_year
from checks.draft.years import years_in

_NAMED_PLAN = re.compile(
    # (not across a conjunction or an article: met 11 times in 2026 and approved this plan, by the end of 2028 the plan
    # aims names no plan of 2026 or 2028; round 46)
    r"(?<![\d/-])((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?(?![\d/-])\s+(?:(?!(?:and|or|but|the|a|an)\b)[A-Za-z]+\s+){0,3}"
    r"(?:plans?|standards?|trajectory|targets?)\b",
    re.IGNORECASE,
)
_LEAD_IN_DUE = re.compile(
    # by March 31, 2027; by 1 December 2026 (the day first)
    r"\bby\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?=[A-Z]))?(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?"
    r"((?:19|20)\d\d)\b|到\s*((?:19|20)\d\d)年"
    # we have agreed four ambitions for 2030: the year of the goals it lists
    r"|\b(?:ambitions?|goals?|targets?|aims?|objectives?|priorities)\s+for\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# … the committee calls on the state, for 2027, to: a list for a year to come (not one under way: Highlights
# for 2026: in 2026 lists what was done). So is a list of changes from a day of a year to come: `The Division
# recommends the following changes for plan years beginning on or after January 1, 2027:`, `effective 1 July 2027:`.
_LEAD_IN_FOR = re.compile(
    r"\bfor\s+((?:19|20)\d\d)\b(?![\d/-])"
    r"|\b(?:beginning|starting|commencing|effective)\s+(?:on\s+or\s+after\s+|from\s+)?"
    r"(?:[a-z]+\s+\d{1,2},?\s+|\d{1,2}\s+[a-z]+\s+)?((?:19|20)\d\d)\b(?![\d/-])",
    re.IGNORECASE,
)
# Priorities for FY2027, Plans for 2027, Our goals for 2026/27: a heading naming its section's targets' year
# (a short line, no sentence): it outranks a plan named above it (a table's `2030 target` column).
_HEADING_FOR = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,3}(?:priorities|plans?|goals?|targets?|objectives?|aims?|ambitions?)\s+for\s+"
    r"(?:the\s+)?(?:(?:FY|fiscal\s+year|financial\s+year)\s?)?((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?\s*$",
    re.IGNORECASE,
)
# A numbered heading's mark: 六、, 三., 第二部分.
_CN_NUMBER_MARK = r"^[\s　]*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:章|部分))"
# 六、2026年工作要求, 三、2026年工作打算: a numbered heading naming the year its plans are for; the items
# under it with no year of their own are due then (not in a later year an item before them names).
_CN_HEADING_FOR = re.compile(
    _CN_NUMBER_MARK + r"\s*"
    r"((?:19|20)\d\d)(?:\s*[-—–至]\s*((?:19|20)\d\d))?\s*年度?[^，。,；]{0,8}?(?:计划|打算|要求|要点|任务|安排|思路|目标)\s*$"
)
_CN_NUMBERED = re.compile(_CN_NUMBER_MARK)
# A heading: a short line of words, no sentence (Recommendations, Spending the public health grant).
_SHORT_HEADING = re.compile(r"^\s*[A-Z][\w'’&,-]*(?:\s+[\w'’&,()-]+){0,6}\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-–•·*]|\d{1,2}[.)、](?!\d)|[(（]\d{1,2}[)）])\s*")
# An item of a list printed without bullets: one clause, ending in a semicolon (36 more beds at …;).
_SEMICOLON_ITEM = re.compile(r"^(?:[^.;:!?。；：]|(?<=\d)[.:](?=\d)){1,200}[;；]\s*$")


@dataclass(frozen=True)
class Carried:
    year: int
    why: str
    listed: bool  # an item of a list under a lead-in with a due year: a target, unless it says otherwise


def fiscal_end(start: str, end: str | None) -> int:
    """The year a year (2026) or a fiscal year (2026/27, 2026-2027) ends in."""
    if end is None:
        return int(start)
    return int(end) if len(end) == 4 else int(start[:2] + end)  # 2026/27 ends in 2027


def carried_due_years(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, Carried]:
    """For each body line (of ``numbers``), the due year its targets without one take, and why."""
    carried: dict[int, Carried] = {}
    plan: Carried | None = None
    lead: Carried | None = None
    in_items = False  # under a lead-in, lines ending in semicolons: a list's items with no bullets
    for number in numbers:
        line = lines[number - 1]
        if lead is not None and not LIST_ITEM.match(line) and _SEMICOLON_ITEM.search(line):
            in_items = True
        if lead is not None and (LIST_ITEM.match(line) or (in_items and line.strip())):
            carried[number] = lead
            # an unbulleted list: its items end in semicolons, the last in a full stop
            in_items = in_items and line.rstrip().endswith((";", "；"))
            continue
        lead = None
        if plan is not None:
            carried[number] = plan
        due = _LEAD_IN_DUE.search(line) if line.rstrip().endswith((":", "：")) else None
        year = int(due.group(1) or due.group(2) or due.group(3)) if due else None
        coming = _LEAD_IN_FOR.search(line) if due is None and line.rstrip().endswith((":", "：")) else None
        if coming is not None and now is not None and int(coming.group(1) or coming.group(2)) > now:
            year = int(coming.group(1) or coming.group(2))
        planned = plan_lead_year(line) if year is None else None  # Our action plan for 2026 … includes: (round 60)
        year = fiscal_end(*planned) if planned is not None else year
        if year is not None and (now is None or year >= now):
            lead, in_items = Carried(year, f"the due year of the lead-in on line {number}", True), False
        heading = _HEADING_FOR.match(line) or _CN_HEADING_FOR.match(line)
        if heading is not None and (now is None or fiscal_end(heading.group(1), heading.group(2)) >= now):
            year = fiscal_end(heading.group(1), heading.group(2))
            plan = Carried(year, f"the year its section's heading names on line {number} ('{line.strip()}')", False)
        elif (
            plan is not None
            and plan.why.startswith("the year its section's")
            and (_SHORT_HEADING.match(line) or _CN_NUMBERED.match(line))
        ):
            plan = None  # the next heading ends the section (Recommendations after Our ambitions for 2030)
        for named in _NAMED_PLAN.finditer(line):
            year = fiscal_end(named.group(1), named.group(2))
            if now is None or year >= now:
                plan = Carried(year, f"the year of the plan named on line {number} ('{named.group().strip()}')", False)
    return carried


# An achievement's period found by default (no year of its own, its sentence's or its line's).
ACHIEVED_DEFAULTS = ("publication year", "the year before publication", "the year the article is about")


# Health state life expectancies: between 2022 and 2024; 2022 to 2024; 2021—2025年: years pooled into one
# period, reported as its last year (a figure of three years' data is that span's, told at its end).
_POOLED = re.compile(
    r"(?:\bbetween\s+)?((?:19|20)\d\d)\s*(?:\band\b|\bto\b|[-–—~至到])\s*((?:19|20)\d\d)\s*年?(?![\d年])", re.IGNORECASE
)


def _pooled_end(match: re.Match[str]) -> int | None:
    first, last = int(match.group(1)), int(match.group(2))
    return last if 0 < last - first <= 10 else None


def title_year(title: str | None, now: int | None, current: bool = False) -> int | None:
    """The one year a title names, when it is over (Deaths registered in England and Wales: 2026, in a
    July 2027 bulletin; 某县2023年卫生健康工作总结), or the last of the span of years it names (…: between
    2022 and 2024): the year the report is about, which its achieved figures of no year of their own are of.
    ``current``: a page's own title may name the year it is published in (平江县2026年…招聘公告 of April
    2026): its figures of no year are that year's, not the year before's."""
    pooled = _POOLED.search(title or "")
    years = {y.value for y in years_in(title or "") if not y.target}
    year = years.pop() if len(years) == 1 else _pooled_end(pooled) if pooled else None
    return year if year is not None and now is not None and (year < now or (current and year == now)) else None


# Unless stated otherwise, data refer to 2023 (or the nearest year); Figures are for 2023 unless otherwise
# noted; 如无特别说明，数据均为2023年; 除特别注明外，本文数据为2023年数据: the year a text's data are of.
_YEAR_WORD = r"((?:19|20)\d\d)(?![\d/-])"
_DECLARED = re.compile(
    r"\b(?:data|figures|statistics|numbers)\s+(?:(?:all|generally|mostly)\s+)?"
    r"(?:(?:refer|relate|apply)\s+to|are\s+(?:for|from|of|as\s+of))\s+(?:the\s+(?:year\s+)?)?"
    + _YEAR_WORD
    + r"|(?:数据|数字|资料)(?:均|皆|都)?(?:为|是|指|系)\s*"
    + _YEAR_WORD
    + r"\s*年(?!\s*[0-9一二三四五六七八九十]+\s*月)"
    # sets out monitoring results for the 2025 calendar year: the year the report's results are of (round 32)
    + r"|\b(?:results|data|figures|statistics)\s+for\s+the\s+"
    + _YEAR_WORD
    + r"\s+calendar\s+year\b",
    re.IGNORECASE,
)
_UNLESS_STATED = re.compile(
    r"\bunless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)|\bunless\s+\w+\s+otherwise"
    r"|(?:如|若)无(?:特别|特殊|另外)?(?:说明|注明)|除(?:特别|另有|另行|特殊)?(?:说明|注明)(?:外|以外)",
    re.IGNORECASE,
)


def declared_year(body: Sequence[str], now: int | None) -> int | None:
    """The year a text declares its data refer to, when over: in a sentence that says so for the whole
    text (unless stated otherwise, 如无特别说明) or in its first three lines (a note's single table aside)."""
    for index, line in enumerate(body):
        for sentence in re.split(r"(?<=[.。;；!?！？])\s*", line):
            found = _DECLARED.search(sentence)
            if found is None or (index >= 3 and not _UNLESS_STATED.search(sentence)):
                continue
            year = int(found.group(1) or found.group(2) or found.group(3))
            if now is not None and year < now:
                return year
    return None


# 力争到2028年…达95%以上;同期实现每个乡镇卫生院至少有1名…; By the same date it wants …: the due year
# of the target before it on its line.
_SAME_DATE = re.compile(r"同期|同时期|届时|\bby\s+(?:the\s+same\s+(?:date|time|year)|then)\b", re.IGNORECASE)


def same_due_year(line: str, clause_start: int, start: int) -> int | None:
    """The last due year printed on ``line`` before the clause at ``clause_start``, when the clause says
    the figure is due at the same time (同期, by the same date) before it; else None."""
    if not _SAME_DATE.search(line, clause_start, start):
        return None
    due = [y.value for y in years_in(line[:clause_start]) if y.target]
    return due[-1] if due else None


# fell from 16 weeks to 14.2 weeks, 从16周缩短到14.2周: the level a change starts from, when no year is printed.
_CHANGE_FROM = re.compile(r"(?:\bfrom|从|由)\s*$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"\s*(?:[^\d,，;；。.]{0,12}?)(?:\bto|到|至)\s*$", re.IGNORECASE)
# from $110 to $135: the reader's figure starts at its digits, after the currency sign.
_SIGN = r"(?:[£$€¥₹]|US\$|Rs\.?\s?)?\s*"
_SIGNED_FROM = re.compile(rf"(?:\bfrom|从|由)\s*{_SIGN}$", re.IGNORECASE)
_SIGNED_TO = re.compile(rf"\s*(?:[^\d,，;；。.]{{0,12}}?)(?:\bto|到|至)\s*{_SIGN}$", re.IGNORECASE)


# ranged from 72.8 per cent in one district to 99.1 per cent in another: a spread at one time, no change.
_SPREAD_FROM = re.compile(
    rf"\b(?:rang(?:ed|es|ing)|var(?:ied|ies|ying))\s+(?:[a-z]+,?\s+){{0,3}}from\s*{_SIGN}$", re.IGNORECASE
)


def starts_a_change(
    line: str, clause_start: int, start: int, end: int, next_figure: int | None, *, signed: bool = False
) -> bool:
    """Whether the figure at ``start:end`` is where a change to the next figure of its clause starts
    (from X to Y): an earlier level, a year before the one it changes to when the text prints neither.
    ``signed``: amounts of money too (from $110 to $135). The year-before reading (checks.draft.earlier) leaves
    them out: a change of money is as often one to come (a notice's new allowance, a pay rate's rise by 2028),
    which no word before the figure says; taking them there made 5 figures of the tuned articles worse, none better."""
    change_from, change_to = (_SIGNED_FROM, _SIGNED_TO) if signed else (_CHANGE_FROM, _CHANGE_TO)
    return (
        next_figure is not None
        and bool(change_from.search(line, max(clause_start, start - 12), start))
        and bool(change_to.match(line, end, next_figure))
        # results ranged more widely, from 31% to 99%: a spread, its comma no clause of its own
        and not _SPREAD_FROM.search(line, max(0, start - 40), start)
    )
