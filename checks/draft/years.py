"""The years a text prints and what each is: a figure's own year, a year compared with, a target's due
year, a plan period, the year a sentence is about; and the article's years as a whole.

A year is 2024年, in 2023, by 2027 — not 2013人 (a count) nor the 2022 of a date 2022-08-28. It is *compared with* after
比/较/与/自/从/than/since/from (比2019年, than in 2019, since 2012) or before 以来/相比/同期; it is a *target's* year after
到/至/力争/by/Agenda/targets for or before 目标/计划/规划/goals (到2025年, by 2030, 2030年的目标值, 2024年工作计划, targets for 2022), not
after 截至 (截至2021年3月底 dates a count). The article's lines are read in simplified characters. A fiscal year is the year
it ends in (FY2024, FY24, 2023-24 → 2024). A Five-Year Plan names its years: 十四五 and the 14th Five-Year Plan are
2021-2025 (the Nth plan, N ≥ 3, starts in 1966 + 5·(N − 3)). An edition's year (2025年版) dates nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from checks.draft.bracketed import outside_aside
from checks.draft.codes import STANDARD_YEAR_BEFORE
from checks.draft.dated_yu import dated_by_yu
from checks.draft.days_ahead import day_ahead
from checks.draft.fiscal import FISCAL_PREFIX, fiscal_years, span_end
from checks.draft.months import MONTH, MONTHS_TO, in_span_across_years, month_over
from checks.draft.noun_years import after_unit, born, in_named_span, names_target_measured_against, noun_then_year
from checks.draft.simplified import simplified
from checks.draft.text import clause_bounds, sentence_bounds, sentences
from checks.draft.told import OWN_MONTH, PARTICIPLE_YEAR, POOLED_AVERAGE

# A year is no count: 1950 beds is not the year 1950; a decade (a 1970s wing) dates nothing (round 38).
YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)(?:(?=\s*年)|(?![\d\u3400-\u9fff]|s\b|\.\d|\s*[-/.–]\s*\d\d(?!\d)|\s*[-/.]\s*\d"
    r"|\s+(?:beds?|hospitals?|people|persons|patients|doctors|nurses|clinics|cases|deaths|children|women|men|staff"
    r"|workers|students|schools|visits|sites|centres|centers|facilities|institutions|villages|yuan|dollars)\b))",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    r"(?:比|较|与|同|自|从|(?<![关对标将])于)\s*$|(?:比|较)[^，,。；;、\d]{1,8}$|(?:than|compared\s+(?:to|with)|since|versus|vs\.?)\b[^,;.]{0,30}$"
    # from 4,310 in 2019 is the level compared with; from private providers in 2025/26 is not
    rf"|from\b(?!\s+{MONTH}(?:to|through)\s+{MONTH}$)(?![^\d,;.]*\b(?:in|during)\s+$)(?![^,;.]*\b(?:by|until)\s+$)[^,;.]{{0,30}}$"
    # … by 25% from the 2024 level by 2030: a due year after the level compared with is no year compared with
    # an increase of 0.3 years … on 2019 to 2021, up 3% on 2019: the period a change is measured on
    r"|(?:\d|%|\b(?:years?|points?|cent|respectively))\s+on\s+(?:(?:19|20)\d\d\s*(?:to|[-–])\s*)?$"
    # Three of the four hospitals improved on the September quarter 2025: the period they are measured against
    r"|\b(?:improv(?:ed|es|ing|ement)|worsen(?:ed|s|ing)|deteriorat(?:ed|es|ing))\s+on\b[^,;.\d]{0,30}$",
    re.IGNORECASE,
)
# (关于2025年度…的通报 names what it is about, 目标于2030年前 a due year: no year compared with.)
# 2019年水平, the 2019/20 level, 2019 levels: the year a figure is measured against.
_COMPARED_AFTER = re.compile(r"^\s*年?(?:以来|相比|同期|水平|起)|^\s+(?:levels?|baseline)\b", re.IGNORECASE)
# 与联合国公布2020年全球平均寿命比较: a year inside 与…比较 is the year compared with.
_COMPARED_AROUND = (
    re.compile(r"(?:与|和|同|跟)[^，,。；;、\d]{0,12}$"),
    re.compile(r"\s*年?[^，,。；;、\d]{0,12}(?:比较|相比|相较|对比)"),
)
_DOCUMENT_NUMBER = re.compile(r"\s*[〕\]］)）】]\s*(?:第\s*)?\d{1,4}\s*号")
_EDITION = re.compile(r"\s*年?\s*(?:修订|修正)?版(?![块面权图])|\s+(?i:edition)\b")  # 标准（2025年版）
# PARIS, 15th November, 2025 (WAM) --: a news dateline dates the story, not the figures after it.
_DATELINE_AFTER = re.compile(r"^\s*\([A-Za-z][\w .&/-]{0,30}\)\s*(?:--|—|–)")
# between 2013 and 2023, right after a figure: the figure is the state at the span's end.
_BETWEEN = re.compile(r"\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# 截至2021年3月底 dates a count (as of): only 至 without 截 names a due year, and not one that closes a span
# (2023年至2025年, 1990年4月8日至2008年4月8日: the span's last year). A programme's year (Agenda 2030) is marked so
# too; a law's (the Insects Act 1975) is a name, no year at all (noun_years.in_named_span).
_TARGET_BEFORE = re.compile(
    r"(?:(?<![年月日号底末])到|(?<![截年月日号底末])至|力争|争取|确保)\s*$|\b(?:by|(?<!up\s)until|Agenda|Vision|[Hh]ealthy\s+China)\s+(?:the\s+(?:end|middle)\s+of\s+)?"
    rf"(?:{MONTH})?$"
    r"|\b(?:targets?|goals?|plans?|priorit(?:y|ies)|ambitions?)\b(?:\s+[\w-]+){0,5}\s+for\s+$"
    r"|\b(?:due|scheduled|supposed\s+to\s+be\s+\w+|expected\s+to\s+be\s+\w+)\s+(?:in|by)\s+$"
    r"|\bwill\s+(?:[\w-]+\s+){0,3}(?:in|by)\s+$|将于\s*$"  # which will open in FY2027, 将于2027年建成
)
# 由2023-24年度的68星期缩短至2025-26年度的55星期: the year a change ends in, not a due year.
_CHANGE_TO = re.compile(r"(?:由|从)\s*(?:19|20)\d\d[^，,。；;]{0,30}(?:至|到)\s*$")
_TARGET_AFTER = re.compile(
    r"^\s*年?(?:的)?(?:目标|工作计划|计划|规划|前)|^\s*年?[^，,。；;、\d]{0,8}?(?:计划|要点|目标任务|打算|思路)"
    r"|^(?![ ]*\t|[ ]{2})\s+(?:targets?|goals?|agenda|vision)\b",  # not the next cell: 2024/25<TAB>Target (round 54)
    re.IGNORECASE,
)
# 2021年的52.69%, 2013年2.4人 (与2013年2.4人相较: the level of that year), 比2023年复核时的856.0分, since August 2020
# (2.6%); a level in brackets after its year, even one compared with: 较改革前的2023年（9.2天）, 高于2025年同期水平（4.2%）.
_ATTACHED = re.compile(
    r"((?:19|20)\d\d)\s*年(?:末|底|年末|[^\d，,。；;、]{1,4}时)?[的之]?\s*$|((?:19|20)\d\d)\s*(?:年(?:同期)?(?:的?水平)?)?\s*[(（]\s*$"
)
# 较2025年专项检查的91.2%: the level compared with, named by its year and what was done then (round 31)
_COMPARED_LEVEL = re.compile(r"(?:较|比|与|同)\s*((?:19|20)\d\d)\s*年度?[^\d，,。；;、的（(]{1,8}的\s*$")
_ATTACHED_FISCAL = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/–]\s*[’']?(\d\d)\s*[(（]\s*$")
# 从2013年每千活产3.9人上升至4.3人: the figure a change starts from is the level of the year after 从.
_FROM_YEAR = re.compile(r"(?:从|由)\s*((?:19|20)\d\d)\s*年(?:末|底)?[的之]?[^\d，,。；;、]{0,8}$")
# from July 2024 (3,106,424 …): the figure counts the span that starts then, not that year.
_SPAN_START = re.compile(rf"(?:\bfrom\s+(?:{MONTH})?|从)$", re.IGNORECASE)
# A year right after another figure is that figure's: (2,994,638 in February 2023) and 59.2% …;
# 98,412 cases in the same period of 2025, a decrease of 26,519 cases: 2025 is 98,412's.
# (rose from 612 on March 31, 2021 to 668: the day a figure is "on" is that figure's too; round 34)
_OTHER_FIGURES_YEAR = re.compile(
    rf"\d(?:[\d,.]*\d)?\s*(?:%|[^\s\d,;.()（）]+)?\s+(?:(?:in|for|during|as\s+of|between)\s+"
    rf"(?:the\s+end\s+of\s+|the\s+same\s+(?:period|week|month|quarter)\s+(?:of|in)\s+|(?:our|its|their)\s+)?(?:{MONTHS_TO})?"
    rf"|on\s+(?:\d{{1,2}}\s+{MONTH}|{MONTH}\d{{1,2}},?\s+))$",
    re.IGNORECASE,
)
# 88% in the first half of 2025, 287 in the same period of 2025: a part of the year right after the figure.
_PART_OF_YEAR = (
    r"(?:the\s+(?:same\s+(?:period|quarter|month|week|half)|(?:first|second|last)\s+(?:half|quarter|six\s+months))"
    r"\s+(?:of\s+)?)?"
)
# A year right after the figure belongs to it: "15 yuan in 2009", "13.9 million in 2022".
_YEAR_AFTER = re.compile(
    rf"\s*(?:in|by|for|as\s+of|during|through)\s+(?:the\s+end\s+of\s+)?{_PART_OF_YEAR}(?:{MONTHS_TO})?{FISCAL_PREFIX}?((?:19|20)\d\d)(?:\s*[-/–]\s*[’']?((?:19|20)?\d\d)(?!\d|[-/.]\d))?\b",
    re.IGNORECASE,
)

_DIGITS = re.compile(r"\d+")
_CENTURIES = ("18", "19", "20")


@dataclass(frozen=True)
class Year:
    position: int
    value: int
    target: bool  # a target's due year or a name's year (到2025年, 2030年的目标值, Agenda 2030)
    first: int | None = None  # a fiscal year's first year (2025-26: 2025)


# data from the 2024–25 National Health Survey, from the 2021 census: the source names their year, no level compared
_FROM_THE = re.compile(r"\bfrom\s+the\s+$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\s*(?:[A-Z][a-z]|(?:survey|census|report|study|data|audit|round|wave)s?\b)")


def years_in(text: str, offset: int = 0) -> list[Year]:
    """Each year of ``text`` that is not a year compared with, and whether it is a target's."""
    accounts = fiscal_years(text)
    fiscal = [(m, year) for m, year, _ in accounts]
    firsts = {m.start(): first for m, _, first in accounts}
    spans = [(m.start(), m.end()) for m, _ in fiscal]
    plain = [(m, int(m.group(1))) for m in YEAR.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    found = []
    for match, value in sorted([*fiscal, *plain], key=lambda c: c[0].start()):
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 12]
        around = _COMPARED_AROUND[0].search(before) and _COMPARED_AROUND[1].match(text, match.end())
        # 由2024年的8.4天降至7.9天: the level a change starts from (not 2023-24年度's); 于2024年1月出征 is a date (66)
        by = match.re is YEAR and before.rstrip().endswith("由")
        compared = ((_COMPARED_BEFORE.search(before) and not dated_by_yu(before, text, match.end())) or by) and not (
            _FROM_THE.search(before) and _SOURCE_AFTER.match(after)
        )
        if compared or _COMPARED_AFTER.match(after) or _DATELINE_AFTER.match(after) or around:
            continue
        numbered = _DOCUMENT_NUMBER.match(after) and before.rstrip().endswith(("〔", "[", "［", "(", "（", "【"))
        named = in_named_span(text, match.start()) or born(before, after)  # Action Plan 2023–2028; born in 1970
        if numbered or named or _EDITION.match(after) or STANDARD_YEAR_BEFORE.search(before[-24:]):
            continue  # 桂审社报〔2026〕7号, 标准（2025年版）, GB 5749—2022: a document's number, edition or code, dating nothing
        target = bool(_TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after))
        target = target and not _CHANGE_TO.search(before)
        first = firsts.get(match.start()) if match.re is not YEAR else None
        found.append(Year(offset + match.start(), value, target, first))
    return found


# …, including $61 million; …, a 34 per cent hike over …: the total's parts, and its change, share its year.
_INCLUDING = re.compile(r"\s*(?:including|of\s+which)\b", re.IGNORECASE)
_ITS_CHANGE = re.compile(
    r"\s*an?\s+\S+(?:\s+per\s+cent)?\s+(?:increase|hike|rise|jump|gain|drop|decrease|fall|cut)\b"
    r"|\s*an?\s+(?:increase|hike|rise|jump|gain|drop|decrease|fall|cut)\s+of\s+\S+"  # an increase of R612 million
    r"|\s*or\s+(?:about\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|per\s*cent)",  # …, or 4.6%: the same as a share
    re.I,
)


def own(line: str, start: int, end: int) -> Year | None:
    """The year printed with the figure at ``start:end``: right after it, else in its clause."""
    after = _YEAR_AFTER.match(line, after_unit(line, end))  # 12 µg/m³ for January 2028: past the unit's rest
    if after:
        year = int(after.group(1))
        if after.group(2):  # 61 in 2011-'13, 178.4 per 100,000 for 2022-2024: the year the span ends in
            year = span_end(year, int(after.group(2)) % 100) or year
        # investing £3.2 million in 2026-27: spent in a fiscal year begun (not a deficit forecast for 2026/27)
        spent_in = year - int(after.group(1)) == 1 and after.group().strip().lower().startswith(("in", "during"))
        first = int(after.group(1)) if spent_in else None
        return Year(after.start(1), year, after.group().strip().lower().startswith("by"), first)
    told = PARTICIPLE_YEAR.match(line, end)
    if told:  # the 235 confirmed for 2025, 644 recorded in 2025: the year it was counted for
        return Year(told.start(1), int(told.group(1)), False)
    if (counted := noun_then_year(line, end)) is not None:  # up from 41 tube sites in 2024 (round 32)
        return Year(*counted, False)
    clause_start, clause_end = clause_bounds(line, start)
    # 2023年婴儿死亡率、孕产妇死亡率和2012年相比分别下降了56.3%、38.4%: an enumeration is one clause.
    at = start  # …, an increase of R612 million, or 4.6%: a share restating a change is the change's
    while clause_start > 1 and (
        line[clause_start - 1] == "、"
        or _INCLUDING.match(line, clause_start)
        or ((change := _ITS_CHANGE.match(line, clause_start)) is not None and at < change.end())
    ):
        restating = (change := _ITS_CHANGE.match(line, clause_start)) and change.group().lstrip()[:2] == "or"
        at = -1 if restating else start
        clause_start = clause_bounds(line, clause_start - 2)[0]
    years = years_in(line[clause_start:clause_end], clause_start)
    # 从2021年的52.69%, since August 2020 (2.6%): the year just before the figure is its own, even after 从, 由 or since.
    fiscal = _ATTACHED_FISCAL.search(line, max(0, start - 14), start)  # in 2023/24 (2,061 per 100,000)
    if fiscal and (end_year := span_end(int(fiscal.group(1)), int(fiscal.group(2)))) is not None:
        return Year(fiscal.start(1), end_year, False)
    pooled = POOLED_AVERAGE.search(line, max(0, start - 40), start)
    if pooled:  # the 2016-2020 average of 98 deaths a year: the average of years pooled, told at their end
        return Year(pooled.start(2), int(pooled.group(2)), False)
    attached = _ATTACHED.search(line, max(0, start - 12), start)
    if attached and not (attached.group(2) and _SPAN_START.search(line, 0, attached.start(2))):
        group = 1 if attached.group(1) else 2
        return Year(attached.start(group), int(attached.group(group)), False)
    if compared := _COMPARED_LEVEL.search(line, max(0, start - 18), start):  # 较2025年专项检查的91.2%
        return Year(compared.start(1), int(compared.group(1)), False)
    start_of_change = _FROM_YEAR.search(line, max(0, start - 20), start)
    if start_of_change:
        return Year(start_of_change.start(1), int(start_of_change.group(1)), False)
    before = [
        y
        for y in years
        if y.position < start
        and not _OTHER_FIGURES_YEAR.search(line, clause_start, y.position)
        and not _YEAR_OF_NEXT_FIGURE.match(line, y.position)
        and not names_target_measured_against(line, y.position)
    ]
    if before:
        return outside_aside(line, before, start)
    # A target's year later in the clause is what the figure is measured against (提前8年实现2030年的目标);
    # a year after another figure is that one's (111,000 since last year (304,919 in February 2024)).
    if OWN_MONTH.match(line, end):
        return None  # up from 377 in August and 389 in September 2025: its month is its own, the later year another's
    later = [
        y
        for y in years
        if y.position >= end
        and not y.target
        and not _OTHER_FIGURE_BETWEEN.search(line, end, y.position)
        and not LABELS_A_FIGURE.match(line, y.position)
    ]
    if not later:
        return None
    span = _BETWEEN.search(line, end, clause_end)
    if span and span.start(1) == later[0].position:
        # fell from 381 to 299 … between 2019 and 2024: the from-figure is the span's start; down from
        # 61.9 years between 2019 and 2021, with no figure it goes to, is the span's (years pooled: its end)
        first = _SPAN_START.search(line, max(0, start - 6), start) is not None
        first = first and bool(re.search(r"\bto\b|到|至", line[end : span.start()]))
        return (
            Year(span.start(1), int(span.group(1)), False) if first else Year(span.start(2), int(span.group(2)), False)
        )
    return later[0]


# £9.84 million (2024/25: £9.12 million), 增长46.2%（2024年为2.99万）: a year and a colon, or 为, label the next figure.
YEAR_LABEL = r"(?:S?FF?Y\s?)?(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?\s*年?\s*[:：]"  # 2024/25:, 2025年：, FY2025:
LABELS_A_FIGURE = re.compile(rf"(?:{YEAR_LABEL}|(?:19|20)\d\d\s*年(?:同期)?\s*[为是])\s*[^\d,;，；()（）]{{0,6}}\d")


_DUE = re.compile(
    rf"(?:\bby|(?<!up\s)\buntil|到|(?<!截)至)\s*(?:the\s+(?:end|middle)\s+of\s+)?(?:{MONTH})?$", re.IGNORECASE
)
# A figure in brackets or after a comparison between a figure and a later year: the year is that one's.
_OTHER_FIGURE_BETWEEN = re.compile(
    r"(?:[(（]|\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)than|compared|versus|vs|since|from|against"
    r"|(?:rise|increase|fall|drop|decrease|jump|up|down)\s+on"
    # still below the 49.3% seen in … 2020, 12.4% more than the 16,580 in FFY 2024 (66): the level compared with, its year
    r"|(?:below|above|short\s+of|behind|(?:more|less|fewer|higher|lower|greater)\s+than)\s+(?:the|its|their)"
    r"(?=\s+[^\d\s]*\s*\d))\b)[^\d]*(?<![A-Za-z])\d",  # not a code: (DTP1)
    re.I,
)


# 由2020年的21家增加到46家: a year right before another figure (年的, 年末) is that figure's, not 46's.
_YEAR_OF_NEXT_FIGURE = re.compile(r"(?:19|20)\d\d\s*年(?:末|底)?[的之]?\s*\d[\d.,]*(?![\d.,])(?!\s*[月日号])")


def years_before(line: str, at: int) -> list[Year]:
    """The years of ``line`` before ``at`` that are no other figure's (2,994,638 in February 2023;
    2020年的21家) nor a target's measured against (已实现2022年目标的9项)."""
    return [
        y
        for y in years_in(line[:at])
        if not _OTHER_FIGURES_YEAR.search(line, 0, y.position)
        and not (_YEAR_OF_NEXT_FIGURE.match(line, y.position) and y.position < at - 12)
        and not names_target_measured_against(line, y.position)
        and not ((m := LABELS_A_FIGURE.match(line, y.position)) and m.end() <= at)  # (2024: 9.6): 9.6's year
    ]


def due_year(line: str, end: int) -> int | None:
    """A target's due year later in the clause of the figure ending at ``end`` (92% … by March 2029)."""
    clause_end = clause_bounds(line, end)[1]
    due = [y for y in years_in(line[end:clause_end], end) if y.target and _DUE.search(line, end, y.position)]
    return due[0].value if due else None


def due_earlier(line: str, start: int) -> int | None:
    """A target's due year in an earlier clause of the sentence, the last year before the figure
    (力争到2027年…达到33%以上，…比例达到40%): the figures after it are due by it too."""
    sentence_start, clause_start = sentence_bounds(line, start)[0], clause_bounds(line, start)[0]
    years = years_in(line[sentence_start:start], sentence_start)
    last = years[-1] if years else None
    if last is None or not last.target or last.position >= clause_start:
        return None
    return last.value if _DUE.search(line, max(sentence_start, last.position - 12), last.position) else None


# "290 the year before": the year before the one its sentence names before it; so are the figures listed
# with it (compared with 94.8% and 92.9% the year before; round 33).
_YEAR_BEFORE = re.compile(
    r"(?:\s*(?:,|and)\s*[-+]?\d[\d.,]*\s*(?:%|per\s+cent)?)*"
    r"\s*(?:the\s+(?:year|season)\s+before|a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+year)\b",
    re.IGNORECASE,
)


def the_year_before_after(line: str, end: int) -> bool:
    """Whether "the year before" (the previous year, a year earlier) follows the figure."""
    return bool(_YEAR_BEFORE.match(line, end))


def year_before(line: str, start: int, end: int) -> int | None:
    """For a figure followed by "the year before": the last year its sentence names before it."""
    if not _YEAR_BEFORE.match(line, end):
        return None
    sentence_start = sentence_bounds(line, start)[0]
    printed = [int(m.group(1)) for m in YEAR.finditer(line, sentence_start, start)]
    return printed[-1] if printed else None


@dataclass(frozen=True)
class ArticleYears:
    """What an article's body says about years: the years it reports, its targets' years, and its 'now'."""

    published: date | None
    reported: list[int] = field(default_factory=list)  # years that are not targets' or names'
    targets: list[int] = field(default_factory=list)
    printed: frozenset[int] = frozenset()  # every four-digit year the body prints, as C124 reads them
    # A month of the publication year before the publication month is printed (February 2025 in an
    # April 2025 story): that year's monthly figures are already reported; or a day of it to come (round 54).
    month_over: bool = False
    # Without a date: the latest year the body reports, a fiscal year it speaks of as to come
    # counted by the year it starts in (the 2025-26 budget "will be" set in 2025); the year after
    # it when the text speaks of last year (去年) and not of this year (今年, 目前2014年).
    current: int | None = None
    # The years its fiscal years end in (2025/26 → 2026): a figure of one that ends in now's year is
    # that year's, reported whatever the month of publication.
    fiscal_ends: frozenset[int] = frozenset()
    told_today: bool = False  # its first paragraphs say its news is of today (presented today, 今天)

    @property
    def now(self) -> int | None:
        """The publication year, or without one the latest year the body reports."""
        if self.published is not None:
            return self.published.year
        if self.current is not None:
            return self.current
        return max(self.reported) if self.reported else None


# A sentence that speaks of what is to come: its fiscal year has not begun to be reported.
_FUTURE = re.compile(r"将|计划|力争|\bwill\b|\bplans?\s+to\b|\bset\s+to\b|\baims?\s+to\b", re.IGNORECASE)


# A text that speaks of last year, and not of this year, reports its latest year as over.
_LAST_YEAR = re.compile(
    r"(?<!比)(?<!较)(?<!与)(?<!同)去年|(?<!\bthan\s)(?<!\bover\s)(?<!\bon\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bwith\s)"
    r"\blast\s+year\b",
    re.I,
)
_THIS_YEAR = re.compile(r"今年|本年|(?:目前|当前)\s*(?:19|20)\d\d\s*年|\bthis\s+year\b", re.IGNORECASE)


def _current(lines: list[str]) -> int | None:
    found = []
    for line in lines:
        for start, end in sentences(line):
            future = _FUTURE.search(line, start, end) is not None
            found += [
                y.first if future and y.first is not None else y.value
                for y in years_in(line[start:end])
                if not y.target
            ]
    if not found:
        return None
    text = "\n".join(lines)
    return max(found) + 1 if _LAST_YEAR.search(text) and not _THIS_YEAR.search(text) else max(found)


# The findings were presented today, 今天上午…: news of the day (not born today, alive today).
_TODAY = re.compile(r"(?<!born\s)(?<!alive\s)\btoday\b|今天|今日(?!头条)", re.IGNORECASE)


def article_years(lines: list[str], published: date | None) -> ArticleYears:
    lines = [simplified(line) for line in lines]  # 截至, 與…比較 and 將 in traditional characters too
    years = [y for line in lines for y in years_in(line) if not in_span_across_years(line, y.position)]
    printed = {int(run) for line in lines for run in _DIGITS.findall(line) if len(run) == 4 and run[:2] in _CENTURIES}
    return ArticleYears(
        published,
        [y.value for y in years if not y.target],
        [y.value for y in years if y.target],
        frozenset(printed),
        published is not None and any(month_over(line, published) or day_ahead(line, published) for line in lines),
        None if published is not None else _current(lines),
        frozenset(y.value for y in years if y.first is not None and not y.target),
        any(_TODAY.search(line) for line in lines[:3]),
    )
