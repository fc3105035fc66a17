"""The sections of a report that announce plans (二、下半年工作计划, 三、2026年工作打算, Looking ahead):
their figures are guessed as a plan's are (checks.draft.guesses: no cue makes a target), though the
report as a whole reviews what was done."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from checks.draft.captions import CAPTION_WORDS, is_caption
from checks.draft.carried import fiscal_end, title_year
from checks.draft.fiveyear import plan_years
from checks.draft.running import WITHIN_YEAR
from checks.draft.text import SENTENCE_END
from checks.draft.years import YEAR, YEAR_LABEL, years_in

# A top-level heading: 二、…, 第三部分…, or a short English line with no sentence in it.
_CN_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:章|部分))")
_PLANS = re.compile(
    # Not a heading that reports how things stand (预算安排总体情况, 计划执行情况): 情况 after the plan word
    # names the state of what was arranged, as set or as carried out. Nor money's arrangement (二、资助经费安排,
    # 资金安排): the allocation made, as a budget's (README: a budget's allocations are achieved).
    r"(?:计划|打算|思路|(?<!经费|资金|预算|费用)安排|下一步|工作要点|重点工作|目标任务|展望|工作要求|重点任务|主要任务)(?![^，,。\s]{0,6}情况)"
    # 六、2026年工作目标 (round 31), not a review of targets met (主要目标完成情况)
    r"|(?:工作|主要|发展|预期|年度)目标(?!完成|实现|进展|落实|执行|达成)"
    r"|\b(?:next\s+steps|looking\s+ahead|the\s+year\s+ahead|plans?\s+for|priorities\s+for|outlook)\b",
    re.IGNORECASE,
)


# Priorities for July–December 2026, Services delivered, January–June 2026: an English heading may print a
# typographic dash or quote (round 55).
_TYPOGRAPHIC = str.maketrans("–—‘’“”", "--''\"\"")


def _heading(line: str) -> bool:
    stripped = line.strip()
    if _CN_HEADING.match(stripped):
        return len(stripped) <= 40
    words = stripped.split()
    english = stripped.translate(_TYPOGRAPHIC).isascii()
    return 0 < len(words) <= 6 and english and not stripped.endswith((".", "!", "?", ":", ";", ","))


heading_line = _heading  # for the modules that cut a text at its headings as this one does
PLAN_HEADING = _PLANS  # a heading that announces plans (checks.draft.period_ends)


# Funding: …, About the data: …: a paragraph opening on a short label of its own (a run-in heading) is a
# section of its own; it ends the section before it.
_RUN_IN = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s*:\s+\S")
# What the ICB said. The ICB has …, Discipline. The Board took …: a run-in heading closed by a full stop (round 68),
# a few words (its last in lower case, no abbreviation as Dr. or U.S.), no figure, then a sentence of its own.
_RUN_IN_STOP = re.compile(
    r"^\s*[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,4}?\s+[a-z]{3,}\.\s+[A-Z\d]|^\s*[A-Z][a-z]{3,}\.\s+[A-Z\d]"
)
# 附件：2026年度…验收结果, 附表2: an annex the text ends on is no part of its last section (round 47): a plan's
# section (四、下一步工作) ends there, and the annex's results are what they report; so does 附：典型案例 (round 67).
_ANNEX = re.compile(r"^\s*(?:附件|附表|附录|附)\s*[\d一二三四五六七八九十]*\s*[：:]")
# … but one that names what is planned (Target: …, Next steps: …, Priorities: …) goes on with the plans.
_PLANNED_LABEL = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,3}?(?:targets?|goals?|aims?|priorit\w+|actions?|next|plans?|recommendations?"
    r"|proposals?|objectives?|commitments?|milestones?|deliverables?)\b(?:[^:]*:|\.\s)",
    re.IGNORECASE,
)
# A line that recommends (should, calls on, urges, 建议, 应当): where a joined heading's recommendations begin.
_RECOMMENDING_LINE = re.compile(
    r"\b(?:should|recommends?|recommended|calls?\s+(?:on|for)|urges?|asks?)\b|建议|应当|要求", re.IGNORECASE
)


# 五、存在问题和下一步工作, Challenges and next steps: a heading that names the problems before the plans
# reports them first (一是…偏低; The review noted …); its plans start at the first line that plans.
_AFTER_PROBLEMS = re.compile(
    r"(?:问题|不足|困难|挑战|短板)(?:与|和|及|、)|\b(?:challenges|issues|problems|gaps|risks|constraints)\s+(?:and|&)\s+",
    re.IGNORECASE,
)
_PLANNING_LINE = re.compile(
    r"下一步|将|计划|力争|确保|争取|\b(?:will|plans?\s+to|aims?\s+to|intends?\s+to|set\s+targets?|going\s+forward)\b",
    re.IGNORECASE,
)


def run_in(line: str) -> bool:
    """Whether ``line`` opens on a run-in heading of its own (Funding: …, What the ICB said. …)."""
    return bool(_RUN_IN.match(line) or _RUN_IN_STOP.match(line))


def plan_sections(
    lines: Sequence[str], numbers: Sequence[int], heading: re.Pattern[str] = _PLANS, joined: bool = False
) -> set[int]:
    """The body lines (of ``numbers``) under a heading that announces plans, up to the next heading or a
    paragraph with a run-in heading of its own. ``joined``: a heading that names the plans after another
    matter (Contributing factors and recommendations, 问题与建议) announces them from the first line
    under it that names them again, a lead-in (… the committee calls on the state to:) excepted; so does a
    heading of plans after the problems (存在问题和下一步工作, Challenges and next steps), from the first
    line that plans."""
    inside, planned, waiting = False, set(), False
    for number in numbers:
        line = lines[number - 1]
        if _heading(line):
            inside = bool(heading.search(line))
            waiting = inside and (
                _JOINED.search(line) is not None if joined else _AFTER_PROBLEMS.search(line) is not None
            )
        elif (run_in(line) and not _PLANNED_LABEL.match(line)) or _ANNEX.match(line):
            inside = waiting = False
        elif inside and waiting:
            if heading.search(line) or (_RECOMMENDING_LINE if joined else _PLANNING_LINE).search(line):
                waiting = False
                if not line.rstrip().endswith((":", "：")):
                    planned.add(number)
        elif inside:
            planned.add(number)
    return planned


# A proposal's or an audit's recommendations (三、建议, 四、意见和建议, 对策建议, Recommendations): what it
# asks others to do. Its figures with no cue are targets, due when it is made unless they print a year.
# Not a heading that gives the reasons for them (Why the committee made these recommendations, 建议的理由):
# what the evidence showed.
_RECOMMENDS = re.compile(
    r"^(?!.*(?:\bwhy\b|\breasons?\b|\brationale\b|\bbasis\b|理由|依据|原因)).*(?:建议|对策|\brecommendations?\b)",
    re.IGNORECASE,
)


# A report's options (Options considered, Alternative options, Option appraisal, 备选方案, 方案比选): what
# each choice would cost or bring, none of it true yet, as a recommendation's figures are not.
_OPTIONS = re.compile(
    r"\b(?:alternative\s+)?options?\s+(?:considered|appraisal|appraised|analysis|available|assessed)\b"
    r"|\balternatives?\s+considered\b|^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:alternative\s+)?options\s*$"
    r"|备选方案|方案比选|可选方案|方案比较",
    re.IGNORECASE,
)


# Contributing factors and recommendations, Findings and recommendations, 问题与建议: the matter named
# first is reported before the recommendations are made.
# Not opinions and recommendations, 意见和建议, 对策及建议: both parts recommend.
_JOINED = re.compile(
    r"\b(?!(?:opinions?|proposals?|suggestions?|advice)\b)\w+\s+(?:and|&)\s+(?:\w+\s+)?recommendations?\b"
    r"|[\u4e00-\u9fff](?<!意见|对策|措施)(?:与|和|及)(?:对策|工作|防控)?建议",  # 风险评估与工作建议
    re.I,
)


def recommending_sections(lines: Sequence[str], numbers: Sequence[int]) -> set[int]:
    """The body lines (of ``numbers``) under a heading that makes recommendations, or weighs the options
    a recommendation chooses among, up to the next heading."""
    return plan_sections(lines, numbers, _RECOMMENDS, joined=True) | plan_sections(lines, numbers, _OPTIONS)


# A section's first paragraph opening on a span of time over, before its first comma: a Five-Year Plan's
# time by name (“十四五”时期，, 十四五期间，) or a span of years (2021—2025年，, Between 2021 and 2025,). Not a
# running total's start (自2017年施行以来, since 2017) nor a single date (截至2024年底: the base of what follows).
_OPENING = re.compile(r"^[\s　]*(?:——)?([^，,。.；;：:]{0,24})[，,]")
_SPAN_OVER = re.compile(
    r"[十]?[一二三四五六七八九]五[”\"’]?(?:时期|期间)"
    r"|(?:19|20)\d\d\s*年?\s*(?:[-–—~至到]|\bto\b|\band\b)\s*(?:19|20)\d\d",
    re.IGNORECASE,
)


def _opening_year(line: str, now: int) -> int | None:
    """The last year of the span of time over that opens ``line``'s first clause (十四五时期 → 2025), else None."""
    opening = _OPENING.match(line)
    span = _SPAN_OVER.search(opening.group(1)) if opening else None
    if span is None:
        return None
    plan = plan_years(span.group())
    last = plan[1] if plan else max(int(m.group(1)) for m in YEAR.finditer(span.group()))
    return last if last < now else None


def _section_years(
    lines: Sequence[str], numbers: Sequence[int], opening_year: Callable[[str], int | None], with_opening: bool
) -> dict[int, int]:
    """The body lines of each section (from a heading to the next) whose first paragraph gives a year
    (``opening_year`` of that paragraph's line): that year, for the later paragraphs, and for the first
    one too ``with_opening``."""
    found: dict[int, int] = {}
    year: int | None = None
    opened = False
    for number in numbers:
        line = lines[number - 1]
        if _heading(line):
            year, opened = None, True
        elif not line.strip():
            continue
        elif opened:
            year, opened = opening_year(line), False
            if with_opening and year is not None:
                found[number] = year
        elif year is not None:
            found[number] = year
    return found


def review_sections(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The body lines (of ``numbers``) of a section whose first paragraph opens on a span of time over
    (第一章 发展基础 / “十四五”时期，…取得显著成效): the section reviews that span, up to the next heading,
    even in a plan. Each line's value is the span's last year, which its achievements are of."""
    if now is None:
        return {}
    return _section_years(lines, numbers, lambda line: _opening_year(line, now), with_opening=True)


# Total income: £9.84 million (2024/25: £9.12 million): a bracket whose year labels a figure is an
# aside comparing with another year, not the year the caption names.
_ASIDE = re.compile(r"[(（][^()（）]*?" + YEAR_LABEL + r"[^()（）]*\d[^()（）]*[)）]")


# (a) Age-standardised. …, Note: …, 注：…: a table's note, right under its last row.
_TABLE_NOTE = re.compile(r"\s*(?:[(（][a-z\d][)）]|\*|Notes?\s*[:：.]|注\s*[:：])", re.IGNORECASE)


def captioned_tables(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The rows of each table (lines of cells split by tabs) whose caption, the line of words right above
    its first row (Table 2: Selected indicators …, pooled 2021–23), names one year over: a table's
    caption is its title, so its rows' achievements of no year of their own are of that year, and so
    are those of the note right under its last row ((c) Includes 610 …)."""
    found: dict[int, int] = {}
    year = None
    for number in numbers:
        line = lines[number - 1]
        if "\t" not in line.strip():
            if year is not None and found.get(number - 1) == year and _TABLE_NOTE.match(line):
                found[number] = year  # (c) Includes 610 hospitalisations …: the table's note, of its year
                continue
            year = title_year(_ASIDE.sub("", line), now) if is_caption(line) else None
            continue
        if year is not None:
            found[number] = year
    return found


def tables_of_a_year_to_come(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The rows of each table (lines of cells split by tabs) whose caption, the short line right above its
    header, names one year after now (Table 1. Individual market rate decisions for 2027, by insurer):
    the table sets what that year is to be, its figures of no year of their own rules of that year."""
    found: dict[int, int] = {}
    year = None
    for number in numbers:
        line = lines[number - 1]
        if "\t" not in line.strip():
            words = len(line.split()) <= CAPTION_WORDS and not re.search(r"[。！？!?；;.]\s*$", line.strip())
            printed = years_in(_ASIDE.sub("", line)) if words else []
            named = {y.value for y in printed}
            # month 6 2026/27, Q2 2026/27: a point inside a fiscal year begun by now, the year running
            running = WITHIN_YEAR.search(line) and any(y.first is not None and y.first <= (now or 0) for y in printed)
            year = named.pop() if len(named) == 1 and now is not None and max(named) > now and not running else None
            continue
        if year is not None:
            found[number] = year
    return found


_QUESTION_END = re.compile(r"[?？]\s*$")


def question_sections(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The body lines under a heading that asks a question (HPV与宫颈癌有什么关系？, Who can get the
    vaccine?), up to the next short line with no sentence in it: an explainer's answer states things
    as they stand when it is published, so its achievements of no year of their own are of now."""
    found: dict[int, int] = {}
    asking = False
    for number in numbers:
        line = lines[number - 1].strip()
        short = len(line.split()) <= CAPTION_WORDS and len(line) <= 40
        if line and short and not SENTENCE_END.search(_QUESTION_END.sub("", line)):
            asking = bool(_QUESTION_END.search(line))
            continue
        if asking and now is not None:
            found[number] = now
    return found


# 整改情况：…, 落实情况：…, Action taken: …: a paragraph its label says reports what was done about a
# finding (an audit's, an inspection's, a deputy's proposal) reports the months up to publication, not
# the year the finding was about (a 2025年度 audit's findings, put right in 2026).
_ACTION_LABEL = re.compile(
    r"^\s*(?:整改(?:落实)?(?:情况|结果|成效|进展)|落实(?:情况|结果)|处理(?:情况|结果)|办理(?:情况|结果)|采纳情况"
    r"|Actions?\s+taken|Action\s+(?:since|to\s+date)|Progress\s+(?:since|to\s+date)|Response)\s*[:：]",
    re.IGNORECASE,
)


def action_paragraphs(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The body lines that open with a label of what was done about a finding (整改情况：), dated now."""
    return {n: now for n in numbers if now is not None and _ACTION_LABEL.match(lines[n - 1])}


# In 2023–24, there were …; 2024年，…: a paragraph opening on one year (a fiscal year is the year it ends in)
# before its first comma; not 截至2024年底, the base of what follows.
_YEAR_OPENING = re.compile(
    r"^[\s　]*(?:In\s+|During\s+)?((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?\s*(?:年度?|年末|年底)?\s*[，,]",
    re.IGNORECASE,
)


def opened_sections(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The later paragraphs of a section (under a short heading: Hospitalisations, 二、…) whose first
    paragraph opens on one year over (In 2023–24, …): the section reports that year, so its achievements
    of no year of their own are of it, up to the next heading."""

    def opening_year(line: str) -> int | None:
        opening = _YEAR_OPENING.match(line)
        last = fiscal_end(opening.group(1), opening.group(2)) if opening else None
        return last if last is not None and now is not None and last < now else None

    return _section_years(lines, numbers, opening_year, with_opening=False)


# 一、 二、 三．: a numbered heading of a Chinese notice's sections
_NUMBERED_SECTION = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")


def numbered_section_lines(
    lines: Sequence[str], numbers: Sequence[int], heading: re.Pattern[str], year: int
) -> dict[int, int]:
    """The body lines (of ``numbers``) of each numbered section whose heading ``heading`` matches (from it to the
    next numbered heading), each with ``year``: a notice's section of proposals or of changes (二、主要调整内容)."""
    found: dict[int, int] = {}
    inside = False
    for number in numbers:
        line = lines[number - 1]
        if _NUMBERED_SECTION.match(line):
            inside = heading.match(line) is not None
            continue
        if inside:
            found[number] = year
    return found
