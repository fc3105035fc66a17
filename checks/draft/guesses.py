"""Status and period of a drafted figure, from cue words around it (README: "Drafting").

Status: a figure is a *target* when its clause carries a target cue (将, 力争, 目标, 计划, 确保,
到2027年, will, plans to, by 2027…) or a year after publication, or its sentence or paragraph a
strong one (将, 力争, 目标, 计划, 部署, 到2027年, will, plans to, by 2027) and the paragraph no
achievement cue; *achieved* when its clause or sentence carries an achievement cue (已, 累计, 建成,
截至, has, reached, as of…; in a plan only the strong ones: 已, 截至, 目前, 过去, as of, so far, since).
Otherwise the document decides: a plan (its title says 方案, 规划, 计划, 要点, 任务, 意见, plan,
tasks) is targets, anything else achievements. A cue naming a year before publication ("by the end
of 2023" in a 2024 article) is no target cue.

Period, the first rule that gives a year:
1. the year printed with the figure: in its clause (2024年末…, in 2023, by 2027), but not a year it
   is compared with (比2019年, than in 2019, since 2012, 以来);
2. a relative year in its sentence: 去年/last year → publication − 1, 今年/this year → publication,
   明年/next year → publication + 1;
3. the last year printed earlier on its line, then the latest year printed in the body, that fits
   its status: for a target a year not before publication; for an achievement a year before
   publication (or the publication year itself for an article published after June);
4. the publication year for a target; for an achievement the year before publication when the
   article was published in its first half or says 过去/去年/last year/past, else the publication year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from checks.draft.text import clause_bounds, sentence_bounds

_TARGET = re.compile(
    r"将|力争|争取|目标|计划|规划|确保|预计|拟|到\s*20\d\d|至\s*20\d\d年|20\d\d年前|要达到|达到.{0,6}以上的目标"
    r"|\bwill\b|\bplans?\s+to\b|\bplanned\b|\baims?\s+to\b|\btargets?\b|\bgoal\b|\bexpected\s+to\b|\banticipate|\bshould\b"
    r"|\bmust\b|\brequire|\bby\s+(?:the\s+end\s+of\s+)?(?:20\d\d|next\s+year)\b|\bto\s+be\s+(?:built|completed|reached)\b",
    re.IGNORECASE,
)
# Cues that report the past even inside a plan, and weaker ones that count only outside plans.
_STRONG_ACHIEVED = re.compile(
    r"已|累计|截至|截止|目前|现有|过去|去年|上年|同比|较上年|以来|近年来|\bas\s+of\b|\bso\s+far\b|\blast\s+year\b|\bsince\b",
    re.IGNORECASE,
)
# Target cues strong enough to reach past the figure's clause to its whole sentence or paragraph.
_STRONG_TARGET = re.compile(
    r"将|力争|目标|计划|部署|明确|到\s*20\d\d|\bwill\b|\bplans?\s+to\b|\baims?\s+to\b|\bby\s+(?:the\s+end\s+of\s+)?(?:20\d\d|next\s+year)\b",
    re.IGNORECASE,
)
_ACHIEVED = re.compile(
    r"已|累计|建成|完成|截至|截止|目前|现有|过去|去年|上年|同比|较上年|年末|年底|共有|共计|总数|达到了|实现了|以来|近年来"
    r"|\bhas\b|\bhave\b|\bhad\b|\bwas\b|\bwere\b|\breached\b|\brose\b|\bfell\b|\bdropped\b|\bincreased\b|\bdecreased\b"
    r"|\brecorded\b|\bas\s+of\b|\bso\s+far\b|\blast\s+year\b|\bachieved\b|\bstalled\b|\bstood\b|\bstands\b|\btotall?ing\b",
    re.IGNORECASE,
)
_PLAN_TITLE = re.compile(r"方案|规划|计划|要点|任务|意见|\bplan\b|\btasks\b", re.IGNORECASE)

# A year: 2024年, in 2023, by 2027 — not 2013人 (a count) nor the 2022 of a date 2022-08-28.
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?:(?=\s*年)|(?![\d\u3400-\u9fff]|\.\d|\s*[-/.]\s*\d))")
# Words before a year that make it the year compared with, not the figure's own.
_COMPARED_BEFORE = re.compile(
    r"(?:比|较|与|同|自|从|于)\s*$|(?:than|compared\s+(?:to|with)|since|from|versus|vs\.?)\b[^,;.]{0,30}$",
    re.IGNORECASE,
)
_COMPARED_AFTER = re.compile(r"^\s*年?(?:以来|相比|同期|水平|起)")
# A year right after the figure belongs to it: "15 yuan in 2009", "13.9 million in 2022".
_YEAR_AFTER = re.compile(r"\s*(?:in|by|for|as\s+of)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_RELATIVE = [
    (re.compile(r"去年|上一年|\blast\s+year\b|\bprevious\s+year\b", re.IGNORECASE), -1),
    (re.compile(r"今年|本年|当年|\bthis\s+year\b|\bcurrently\b|\bnow\b", re.IGNORECASE), 0),
    (re.compile(r"明年|\bnext\s+year\b", re.IGNORECASE), 1),
]
_PAST_REVIEW = re.compile(r"过去|去年|上年度|\blast\s+year\b|\bpast\b", re.IGNORECASE)


@dataclass(frozen=True)
class Guess:
    value: int | str
    why: str


def status_of(line: str, start: int, end: int, plan: bool, published: date | None) -> Guess:
    clause = line[slice(*clause_bounds(line, start))]
    sentence = line[slice(*sentence_bounds(line, start))]
    own = own_year(line, start, end)
    if own is not None and published is not None and own > published.year:
        return Guess("target", f"the year {own} is after publication")
    achieved_cues = _STRONG_ACHIEVED if plan else _ACHIEVED
    scopes = (("clause", clause, _TARGET), ("sentence", sentence, _STRONG_TARGET), ("paragraph", line, _STRONG_TARGET))
    for scope, text, target_cues in scopes:
        target = next((cue for cue in target_cues.finditer(text) if not _past(cue.group(), published)), None)
        achieved = achieved_cues.search(text)
        if target and not (scope == "paragraph" and achieved):
            return Guess("target", f"'{target.group().strip()}' in its {scope}")
        if achieved and scope != "paragraph":
            return Guess("achieved", f"'{achieved.group().strip()}' in its {scope}")
    if plan:
        return Guess("target", "no cue; the document is a plan")
    return Guess("achieved", "no cue")


def _past(cue: str, published: date | None) -> bool:
    """A target cue naming a year before publication (by the end of 2023, in a 2024 article) reports the past."""
    year = re.search(r"(?:19|20)\d\d", cue)
    return bool(year and published and int(year.group()) < published.year)


def _eligible_years(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(position, year) of each year in ``text`` that is not a year compared with."""
    found = []
    for match in _YEAR.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 6]
        if _COMPARED_BEFORE.search(before) or _COMPARED_AFTER.match(after):
            continue
        found.append((offset + match.start(), int(match.group(1))))
    return found


def own_year(line: str, start: int, end: int) -> int | None:
    """The year printed with the figure at ``start:end``: right after it, else in its clause."""
    after = _YEAR_AFTER.match(line, end)
    if after:
        return int(after.group(1))
    clause_start, clause_end = clause_bounds(line, start)
    years = _eligible_years(line[clause_start:clause_end], clause_start)
    before = [year for position, year in years if position < start]
    if before:
        return before[-1]
    after_years = [year for position, year in years if position >= end]
    return after_years[0] if after_years else None


def _fits(year: int, status: str, published: date | None) -> bool:
    if published is None:
        return True
    if status == "target":
        return year >= published.year
    return year < published.year or (year == published.year and published.month > 6)


def period_of(line: str, start: int, end: int, status: str, published: date | None, body_years: list[int]) -> Guess:
    own = own_year(line, start, end)
    if own is not None:
        return Guess(own, "the year printed with it")
    sentence = line[slice(*sentence_bounds(line, start))]
    reference = published.year if published else (max(body_years) if body_years else None)
    for pattern, shift in _RELATIVE:
        cue = pattern.search(sentence)
        if cue and reference is not None:
            return Guess(reference + shift, f"'{cue.group()}'")
    earlier = [year for position, year in _eligible_years(line[:start]) if _fits(year, status, published)]
    if earlier:
        return Guess(earlier[-1], "the last year printed before it on its line")
    fitting = [year for year in body_years if _fits(year, status, published)]
    if fitting:
        chosen = min(fitting) if status == "target" else max(fitting)
        return Guess(chosen, "the year the article is about")
    if published is None:
        return Guess(reference or 0, "no year printed and no publication date" if reference is None else "latest year")
    if status == "target":
        return Guess(published.year, "publication year")
    if published.month <= 6 or _PAST_REVIEW.search(line):
        return Guess(published.year - 1, "the year before publication")
    return Guess(published.year, "publication year")


def body_years(lines: list[str]) -> list[int]:
    """Every year printed in the body that is not a year compared with."""
    return [year for line in lines for _, year in _eligible_years(line)]


def is_plan(title: str | None) -> bool:
    return bool(title and _PLAN_TITLE.search(title))
