"""Years a sentence names by words, not digits (README: "What the draft guesses, and how", period
rule 4): 去年/last year, 今年/this year, 明年, pre-pandemic, a Five-Year Plan's last year, the next N
years, and days and months counted back from the publication date (yesterday, last month, 今(23)日).
A relative year after 比/than/on the same day … is the one compared with, not the figure's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from checks.draft.fiveyear import plan_years
from checks.draft.months import bare_month_year, quarter_not_begun
from checks.draft.text import clause_bounds
from checks.draft.year_counts import years_counted

WHOLE_YEAR_OVER = (
    ", a whole year over before publication"  # the reason a 全年, 去年全年 gives (policy, standing read it)
)

# A target due within the next N years (in the next five years, within three years, 未来五年内,
# 三年内; not a year's own end, 2026年内): now + N. "over four years" without "the next" spreads a
# figure over years (invest £4.6 million over four years) and dates nothing.
_NEXT_YEARS = re.compile(
    r"\b(?:(?:in|within)\s+(?:the\s+(?:next|coming)\s+)?|(?:over|during)\s+the\s+(?:next|coming)\s+)"
    r"(\d{1,2}|[a-z]+)\s+years\b"
    r"|(?:未来|今后)([二两三四五六七八九十\d]{1,2})年|(?<![\d二两三四五六七八九十〇零])([二两三四五六七八九十\d]{1,2})年(?:内|之内|时间)",
    re.IGNORECASE,
)


def _count(found: re.Match[str]) -> int | None:
    """The number of years a match's one group names (5, five, 五)."""
    word = next(g for g in found.groups() if g).lower()
    return years_counted(word)


# the district's highest in five years, the first time in 10 years: a superlative looks back over them.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:highest|lowest|best|worst|most|fewest|least|largest|smallest|biggest|first\s+time|first)\s+$", re.I
)


def years_ahead(sentence: str) -> tuple[int, str] | None:
    """How many years ahead ``sentence`` puts a target (in the next five years: 5), and the words."""
    found = next(
        (m for m in _NEXT_YEARS.finditer(sentence) if not _SUPERLATIVE_BEFORE.search(sentence, 0, m.start())), None
    )
    if found is None:
        return None
    span = _count(found)
    return (span, found.group().strip()) if span else None


# Two years ago, 三年前: the year that many years before now (not 与20年前相比, the year compared with).
_YEARS_AGO = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\s+ago\b|(?<![\d年])(\d{1,2}|[二两三四五六七八九十]{1,2})年前(?!后)",
    re.IGNORECASE,
)
# up from 500 a year ago, compared with 27 vacancies a year earlier: a year before now, right after the figure
# (what it counts between; not 6% more than a year earlier, a change on that year).
A_YEAR_AGO = re.compile(
    r"(?:\s+(?!than\b)[a-z][\w-]*){0,2}?\s*(?:a|one)\s+year\s+(?:ago|earlier)\b|\s*(?:last|the\s+previous)\s+year\b",
    re.I,
)
# What follows "than" or 比 names the figure compared with: its cues are not the figure's. 较 compares before a
# period, a number, a quotation mark or a target or standard named (较“十四五”规划目标, round 36), not as "rather".
COMPARISON = re.compile(
    r"\bthan\b|(?<![占对])比(?![例重率值较])|较(?=上年|去年|同期|上一年|\d|[“\"‘]|(?:国家|省|市|县|规划|年度)?(?:目标|标准))",
    re.IGNORECASE,
)

_RELATIVE = [
    (re.compile(r"前年|\bthe\s+year\s+before\s+last\b", re.IGNORECASE), -2),
    # not "more than in any previous year" (every year before), which names no year
    (re.compile(r"去年|(?<!以)上一?年|(?<!\bany\s)\b(?:last|previous)\s+(?:year|season)\b", re.IGNORECASE), -1),
    (
        re.compile(
            # 现在吸烟率, 现在饮酒者: "current", a survey's term for who smokes or drinks, not "now"; so are a
            # current rate of any use (电子烟现在使用率) and who does not smoke now (曾经吸烟、现在不吸烟; round 34)
            r"今年|本年|当年|全年度|全年|目前|当前|现有|现在(?!不?(?:吸烟|饮酒|使用)|[\u4e00-\u9fff]{1,3}率)|如今|截至目前|上半年|下半年|前三季度|一季度(?!\t|\s{2})|(?<![\d年])第?[二三四]季度(?!\t|\s{2})|(?<!\d)1\s*[-—–至~]\s*\d{1,2}月|\bthis\s+year\b|\bcurrently\b|\bnow\b|\bto\s+date\b"
            r"|(?<![孕产术婚病诊院])前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月"  # 孕前3个月: before an event
            # 确保年底前, 年内: by the end of this year (2026年底前 prints its own year)
            r"|(?<![\d〇一二两三四五六七八九十半])(?:年底前|年内)|\bby\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b"
            # 三年来, 三年共招聘186名: a sum over the years up to now
            r"|(?<![\d一二三四五六七八九十])(?:\d{1,2}|[两二三四五六七八九十]{1,2})\s*年(?:来|以来|共|累计)|\bfirst\s+(?:half|quarter|(?:\w+\s+)?(?:months|weeks))\b(?!\s+of\s+(?:19|20)\d\d)",
            re.I,
        ),
        0,
    ),
    (re.compile(r"明年|\bnext\s+year\b", re.IGNORECASE), 1),
]
# Days and months counted from the publication date (yesterday in a story of 2 January is the year
# before's last day; last month in a January story is December of the year before; next month in a
# December story is January of the year after).
_RELATIVE_DAYS = [
    (
        re.compile(
            r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month))\b"
            r"|今天|今日|今\s*[(（]\d{1,2}[)）]\s*日|本周|本月",
            re.I,
        ),
        0,
    ),
    (re.compile(r"\b(?:yesterday|last\s+night)\b|昨天|昨日|昨\s*[(（]\d{1,2}[)）]\s*日", re.I), 1),
    (re.compile(r"\blast\s+week\b|上周|上星期", re.I), 7),
    (re.compile(r"\btomorrow\b|明天|明日(?!期)", re.I), -1),  # 注明日期: a date, no tomorrow (63)
    (re.compile(r"\bnext\s+week\b|下周|下星期", re.I), -7),
]
_WHOLE_YEAR = ("全年", "全年度")
_CHANGE_FROM_NOW = re.compile(r"(?<![理自经缘])由\s*$")
_CLAUSE_YEAR = re.compile(r"[，,；;]\s*(?:19|20)\d\d\s*年")
_DRAFTING_PLAN = re.compile(
    r"(?:编制|制定|起草|谋划|研究制定|启动)[^，,。；;]{0,12}[“\"]?[十]?[一二三四五六七八九十]五"
)
# 占全年目标任务的五分之三: the year's target is this year's, not a whole year over.
_YEARS_PLAN = re.compile(r"的?(?:目标|任务|计划|预算)")
# last autumn: the latest autumn over before publication (in a March 2026 story, 2025's); a winter
# is the year of its December.
_LAST_SEASON = re.compile(r"\blast\s+(spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def _season_year(season: str, published: date) -> int:
    ended_this_year = published.month > _SEASON_ENDS[season]
    year = published.year if ended_this_year else published.year - 1
    return year - 1 if season == "winter" else year


season_year = _season_year  # the year of the latest such season over (checks.draft.looking_back)


_LAST_MONTH = re.compile(r"\blast\s+month\b|上月|上个月", re.I)
_NEXT_MONTH = re.compile(r"\bnext\s+month\b|下月|下个月", re.I)
_DIGIT = re.compile(r"\d")
_PLAN_END = re.compile(
    r"五[”’\"]?(?:末|期末|时期末)|\bend\s+of\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+Five-Year\s+Plan", re.I
)
_SAME_PERIOD = re.compile(r"\s*同期")
_COMPARED_FIGURE = re.compile(r"(?:\b(?:compared|than|from|versus|vs|against)\b|比|较|与)[^\d]{0,30}\d", re.IGNORECASE)
# Last year as the calendar names it (not 上年, the year before the one reported).
_LAST_YEAR = re.compile(r"去年|last\s+(?:year|season)", re.IGNORECASE)
# A relative year after these words is the year compared with (比去年, over the previous year; 较2025年全年:
# the whole of 2025); not the 比 of 占比 (a share: 手术占比去年达到48.7%).
_COMPARED_WITH = re.compile(
    r"(?:(?<!占)比|较|与|同|\b(?:than|over|on|since|compared\s+(?:to|with)|from))\s*(?:(?:19|20)\d\d\s*年度?\s*)?"
    r"(?:(?:in|during|at)\s+(?=the\s+same\b))?(?:the\s+)?"  # fewer than in the same quarter last year
    r"(?:same\s+(?:period|day|week|month|time|quarter|point|stage|date)\s+(?:of\s+|in\s+)?)?$",
    re.IGNORECASE,
)
_PLANS_TARGET = re.compile(r"五[”’\"]?(?:规划|计划)?(?:目标|指标)")
# Pre-pandemic is 2019, unless it names the level compared with (recovered to pre-pandemic levels).
_PRE_PANDEMIC = re.compile(
    r"(?<!to\s)(?<!than\s)(?<!above\s)(?<!below\s)(?:\bpre-pandemic\b|\bbefore\s+the\s+(?:COVID-19\s+)?pandemic\b)"
    r"|(?<!恢复到)(?<!恢复至)(?<!低于)(?<!高于)疫情(?:之)?前",
    re.IGNORECASE,
)


# Figures released yesterday, 今(23)日公布: the day names when the figures were told, not their time.
_TOLD_BEFORE = re.compile(
    r"\b(?:released|published|announced|said|says|revealed|reported|issued|unveiled|told|shows?|showed|shown)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(
    r"\s*(?:[,，]\s*)?(?:(?:it\s+|they\s+|he\s+|she\s+)?(?:released|published|announced|said|revealed|reported|issued)\b"
    r"|发布|公布|通报|召开|获悉|表示|介绍|宣布)",
    re.IGNORECASE,
)


# a boy born in Blackpool today can expect to live …: the definition of life expectancy, no date
_BORN_BEFORE = re.compile(r"\bborn\b[^,.;:]{0,30}$", re.IGNORECASE)


def _announced(text: str, cue: re.Match[str]) -> bool:
    """The cue dates the telling, or a birth in a definition, not the figure (said today, born today)."""
    return bool(
        _TOLD_BEFORE.search(text, 0, cue.start())
        or _TOLD_AFTER.match(text, cue.end())
        or _BORN_BEFORE.search(text, 0, cue.start())
    )


def _day_relative(sentence: str, published: date | None, now: int | None) -> tuple[int, str] | None:
    """The year of yesterday, last week, last month…, counted back from the publication date."""
    compared = COMPARISON.search(sentence)
    cut = sentence[: compared.start()] if compared else sentence
    for pattern, days in _RELATIVE_DAYS:
        # a 21% increase on today, compared with today: the level compared with, not the figure's time
        cue = next(
            (
                c
                for c in pattern.finditer(cut)
                if not _announced(cut, c) and not _COMPARED_WITH.search(cut, max(0, c.start() - 40), c.start())
            ),
            None,
        )
        month = bare_month_year(cut, published) if cue is not None and days > 0 else None
        if month is not None:  # figures of yesterday's release that counted December: December's
            return month[0], f"the last {month[1]} before publication"
        if cue is not None and now is not None:
            year = (published - timedelta(days=days)).year if published is not None else now
            return (year, f"'{cue.group()}'")
    cue = _LAST_MONTH.search(cut)
    if cue is not None and now is not None:
        year = published.year - (published.month == 1) if published is not None else now
        return (year, f"'{cue.group()}'")
    cue = _NEXT_MONTH.search(cut)
    if cue is not None and now is not None:
        year = published.year + (published.month == 12) if published is not None else now
        return (year, f"'{cue.group()}'")
    return None


def _of_another(text: str, figure_end: int | None, at: int) -> bool:
    """A last or next year after the figure that another figure's clause holds is that one's
    (1,500, compared with 1,200 last year; 1500人,去年同期为1200人)."""
    if figure_end is None or at <= figure_end:
        return False
    if _COMPARED_FIGURE.search(text, figure_end, at):
        return True
    if _OPEN_BRACKET.search(text, figure_end, at) and _DIGIT.search(text, at, at + 12):
        return True  # 高出1.8个百分点（上年同期为89.1%）: the bracket's figure's, opened after this one
    start, end = clause_bounds(text, at)
    return start >= figure_end and _DIGIT.search(text, start, end) is not None


# 由上年同期的7860元, from 139 the previous year: a last year printed right before 的 and another figure, or
# right after one, is that figure's period; it dates no other figure of its sentence or paragraph.
_OPEN_BRACKET = re.compile(r"[(（][^)）]*\Z")
_YEAR_OF_NEXT = re.compile(r"\s*(?:同期)?的\s*(\d[\d,.]*)")
_YEAR_OF_LAST = re.compile(r"(\d[\d,.]*)\s*(?:%|per\s+cent)?\s+(?:the\s+)?\Z", re.IGNORECASE)


_PRINTED_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s*年度?\s*\Z")


def _another_figures(text: str, figure_end: int | None, cue: re.Match[str]) -> bool:
    """Whether the relative year ``cue`` is printed right with a figure that is not the one ending at
    ``figure_end`` (right before 的 and it, or right after it)."""
    after = _YEAR_OF_NEXT.match(text, cue.end())
    if after is not None:  # the figure's own (去年的92.3%, 11.2万元) ends after that number, no digit between
        return not (
            figure_end is not None and after.start(1) < figure_end and not _DIGIT.search(text, after.end(1), figure_end)
        )
    before = _YEAR_OF_LAST.search(text, max(0, cue.start() - 30), cue.start())
    return before is not None and not (figure_end is not None and before.start(1) < figure_end <= cue.start())


def _compares(text: str, figure_end: int | None, cue: re.Match[str]) -> bool:
    """Whether the other figure that last year is of is one the figure is compared with."""
    between = figure_end is not None and _COMPARED_FIGURE.search(text, figure_end, cue.start()) is not None
    return between or _SAME_PERIOD.match(text, cue.end()) is not None


# this financial year, the current fiscal year: the one publication falls in, counted by the year it
# ends in (README). Most that are named so (Australia, Pakistan, the UK, India) end in June or March:
# from July on, the year after publication's.
_THIS_FISCAL_YEAR = re.compile(r"\b(?:this|the\s+current)\s+(?:financial|fiscal)\s+year\b", re.IGNORECASE)
# So is the one whose end a target of the clause is due by (by the end of the financial year).
_FISCAL_YEAR_END = re.compile(r"\bby\s+the\s+end\s+of\s+the\s+(?:financial|fiscal)\s+year\b", re.IGNORECASE)


# the current 6 months, its current level: what holds when the text is told, in its figure's own clause
# (not the current fiscal year, counted above, nor current prices, which name a measure).
_CURRENT = re.compile(r"\b(?:the|its|their)\s+current\b(?!\s+(?:financial|fiscal|prices?|dollars?|terms)\b)", re.I)


def _this_fiscal_year(sentence: str, published: date | None) -> tuple[int, str] | None:
    cue = _THIS_FISCAL_YEAR.search(sentence)
    if cue is None or published is None or _COMPARED_WITH.search(sentence[max(0, cue.start() - 40) : cue.start()]):
        return None
    return (published.year + (published.month >= 7), f"'{cue.group()}', counted by the year it ends in")


def relative_year(
    sentence: str,
    clause: str,
    status: str,
    now: int | None,
    published: date | None,
    figure_end: int | None = None,
    own_sentence: bool = False,
) -> tuple[int, str] | None:
    """The year ``sentence`` names in words for a figure of ``clause`` (ending at ``figure_end`` of
    ``sentence``, when given), and the words, or None. ``own_sentence``: ``sentence`` is the figure's
    own clause or sentence: another figure's last year is not its, and comparing with last year
    makes it now's."""
    ahead = years_ahead(sentence) if status == "target" else None
    if ahead and now is not None:
        return (now + ahead[0], f"'{ahead[1]}'")
    compared = COMPARISON.search(clause)
    # 5% higher than the same period pre-pandemic: what follows "than" is the level compared with.
    if _PRE_PANDEMIC.search(clause[: compared.start()] if compared else clause):
        return (2019, "'pre-pandemic'")
    # 启动编制“十五五”规划, 新建…2个: a plan being drafted names no due year of the sentence's targets.
    plan = None if _DRAFTING_PLAN.search(sentence) else plan_years(sentence)
    # “十四五”规划目标: a target the plan sets is due in its last year, over or not (README, round 36)
    if status == "target" and plan and (now is None or plan[1] >= now or _PLANS_TARGET.search(sentence)):
        return (plan[1], "the last year of the Five-Year Plan its sentence names")
    if plan and _PLAN_END.search(sentence) and now is not None and plan[1] < now:
        return (plan[1], "the end of the Five-Year Plan its sentence names")  # 到十三五末, in 2024: 2020
    fiscal = _this_fiscal_year(sentence, published)
    end_of_year = _FISCAL_YEAR_END.search(clause) if status == "target" else None
    if fiscal is None and end_of_year is not None and published is not None:
        fiscal = (published.year + (published.month >= 7), f"'{end_of_year.group()}', the year it ends in")
    if fiscal is not None:
        return fiscal
    current = _CURRENT.search(clause)
    if current is not None and now is not None:
        return (now, f"'{current.group()}'")  # up from the current 6 months: even as the level compared with
    season = _LAST_SEASON.search(sentence)
    if season and published and not _COMPARED_WITH.search(sentence[max(0, season.start() - 40) : season.start()]):
        return (_season_year(season.group(1).lower(), published), f"'{season.group()}'")
    ago = _YEARS_AGO.search(sentence, 0, figure_end or 0)  # before the figure (not what was pledged 25 years ago)
    if ago and now is not None and not _COMPARED_WITH.search(sentence[max(0, ago.start() - 40) : ago.start()]):
        back = _count(ago)
        if back and back <= 30:
            return (now - back, f"'{ago.group().strip()}'")
    compared_with_last_year = None
    for pattern, shift in _RELATIVE:
        for cue in pattern.finditer(sentence):
            if now is None or (figure_end is not None and _CLAUSE_YEAR.search(sentence, cue.end(), figure_end)):
                continue
            if shift < 0 and _another_figures(sentence, figure_end, cue):
                continue
            if not shift and _PRINTED_YEAR_BEFORE.search(sentence, max(0, cue.start() - 8), cue.start()):
                continue  # 相当于2025年全年节约额的65.7%: the 全年 of a printed year is that year, no figure's now  # 现有…5名，2025年招收…64名，通过率97.1%: a clause opening on its year after the cue dates what follows
            if _CHANGE_FROM_NOW.search(sentence, max(0, cue.start() - 4), cue.start()) and (
                not shift
                or (
                    figure_end
                    and _LAST_YEAR.fullmatch(cue.group())
                    and re.search("[到至]", sentence[cue.end() : figure_end])
                )
            ):
                # 由目前的4种扩大到40种, 由去年的91.5%提高到95.2%: the time of the level a change starts from, not where it goes
                compared_with_last_year = cue.group() if shift else compared_with_last_year
                continue
            if _COMPARED_WITH.search(sentence[max(0, cue.start() - 40) : cue.start()]):
                if _LAST_YEAR.fullmatch(cue.group()):
                    compared_with_last_year = cue.group()
                continue
            if (
                cue.group() in _WHOLE_YEAR
                and status == "achieved"
                and published
                and published.month < 12
                and not _YEARS_PLAN.match(sentence, cue.end())
            ):
                # 全年报告…1068例 in a bulletin of May 2026: a whole year reported is over, 2025.
                return (published.year - 1, f"'{cue.group()}'{WHOLE_YEAR_OVER}")
            if not (shift and own_sentence and _of_another(sentence, figure_end, cue.start())):
                back = quarter_not_begun(cue.group(), published)  # 四季度 in a January text: last year's
                return (now + shift - back, f"'{cue.group()}'" + (", the last such quarter" if back else ""))
            if _LAST_YEAR.fullmatch(cue.group()) and _compares(sentence, figure_end, cue):
                compared_with_last_year = cue.group()  # 1500人,去年同期为1200人: 1500 is now's
    day = _day_relative(sentence, published, now)
    if day is None and compared_with_last_year and now is not None and own_sentence:
        # 较去年同期增加300人, up 5% on last year: compared with last year, the figure is now's.
        return (now, f"compared with '{compared_with_last_year}'")
    return day


# 与去年同期(4417例)相比, 与上月(5935例)相比, than a year earlier (1,200): the figure in brackets right
# after a period named in words is that period's; so is one after what a year names (高于2024年全国平均水平
# （11.5%）, above the 2024 OECD average (11.5%)).
_BRACKETED_AFTER = re.compile(
    r"(?:(?P<year>去年同期|上年同期|去年|上一?(?:学年|年度)|上年|\blast\s+year|\bthe\s+same\s+(?:period|month|quarter)\s+last\s+year"
    r"|\ba\s+year\s+(?:earlier|ago))|(?P<month>上月|上个月|\blast\s+month|\bthe\s+previous\s+month)"
    r"|(?P<named>(?:19|20)\d\d)(?:\s*年度?[\u3400-\u9fff]{1,12}|\s+(?:[A-Za-z]+\s+){0,3}(?:average|level|rate|figure|value)))"
    # 与上年（51起、468人）相比: the items listed in the bracket after the first are that period's too
    r"\s*[(（]\s*(?:\d[\d.,]*[^\d、，,。；;()（）]{0,6}[、，,]\s*)*\Z",
    re.IGNORECASE,
)


def bracketed_period(line: str, start: int, published: date | None, now: int | None) -> tuple[int, str] | None:
    """The year of the period named in words right before the bracket the figure opens, or None."""
    named = _BRACKETED_AFTER.search(line, max(0, start - 50), start)
    words = re.split(r"\s*[(（]", named.group())[0] if named is not None else ""  # 上年, not 上年（51起、
    if named is not None and named.group("named"):
        return int(named.group("named")), f"the figure of '{words}'"
    if named is None or now is None:
        return None
    if named.group("year"):
        return now - 1, f"the figure of '{words}'"
    year = published.year - (published.month == 1) if published is not None else now
    return year, f"the figure of '{words}'"


# 比上年的29.4%提高, last year's 41%: the figure a possessive of last year names is the year's before
# the one the rest of its line gives it.
# 上年的3.18‰、4.44‰和1.82‰: the items listed after the possessive are last year's too. 上年为84.1%: the figure the
# year before the one reported was, said with a copula (round 33; 去年同期为 is the calendar's last year, read elsewhere).
LAST_YEARS = re.compile(
    r"(?:(?:去年|上年|上一年)(?:同期|同月)?的|(?:上年|上一年)(?:同期|同月)?(?:为|是))\s*(?:\d[\d.,]*[^\d、和及，,。；;]{0,6}[、和及]\s*)*\Z|\blast\s+year['’]s\s+\Z",
    re.IGNORECASE,
)
