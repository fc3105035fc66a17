"""Status of a drafted figure, from cue words and years around it (README: "What the draft guesses,
and how"; its period is ``checks.draft.period_guess.period_of``'s). "Now" is the publication year, or
without a date the latest year the body reports (checks.draft.years).

Status: a figure whose year (printed in its clause, or opening its sentence: In 2024, …; 2023年末,
…) is after now is a *target*; before now, *achieved* (By the end of 2021, there will be 23,000 …
in a 2022 text); now's year named as a target's (2024年工作目标:) makes a target; a figure whose own
clause prints now's year listens to that clause's cues only. Otherwise: a *target* when its clause
carries a target cue (将, 力争, 目标, 计划, 确保, 要求的, 全年任务, 到2027年, will, plans to, by 2027…)
or its sentence or paragraph a strong one (将, 力争, 目标, 计划, 部署, 到2027年, will, plans to; a
paragraph's from its sentences up to the figure's only, and none from before a past year printed
between the cue and the figure) while the paragraph reports nothing done; *achieved* when its clause or sentence carries an achievement
cue (已, 累计, 建成, 截至, has, reached, as of…; in a plan only 已, 截至, 目前, 过去, as of, so far,
since). A cue after "than"/比 names what the figure is compared with, a cue between the figure and
the next one in its clause is the next one's (63.9%(全年任务62%)), and a cue naming a year before
now ("by the end of 2023" in a 2024 article) reports the past: none of them counts. Otherwise a
plan (its title says 方案, 规划, 计划, 要点, 任务, 意见, plan, tasks, and not 总结, 报告, 公报,
summary, report) gives targets, unless an earlier sentence of its paragraph opens on a past year;
any other article gives achievements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checks.draft.closing import dated_statement
from checks.draft.colon_labels import colon_label, unclosed_bracket
from checks.draft.cues import (
    ACHIEVED,
    BASELINE,
    BOUND_NAMES_TARGET,
    COMPARED_FROM,
    COUNTED_TARGETS,
    EXISTING,
    MEASURED_AGAINST,
    NAME,
    NAMED_TARGET_AFTER,
    NAMED_TARGET_BEFORE,
    NEGATED,
    PICKS_THOSE,
    SHARE_OF_TARGET,
    STRONG_ACHIEVED,
    STRONG_TARGET,
    TARGET,
)
from checks.draft.openings import FigureYears, earlier_openings, figure_years
from checks.draft.past_cues import past_cue
from checks.draft.relative import COMPARISON
from checks.draft.standard_kinds import kind_after
from checks.draft.text import clause_bounds, sentence_bounds
from checks.draft.years import (
    ArticleYears,
    years_before,
)

# The reasons checks.draft.period_guess gives for a year printed on the figure's line, spelt once: the rules that
# reconsider such a guess compare its reason with these.
LINE_YEAR = "the last year printed before it on its line"
OPENING_YEAR = "the year opening its sentence"
EARLIER_OPENING_YEAR = "the year opening an earlier sentence of its line"
IN_PARAGRAPH = " in its paragraph"  # after a relative year's reason, when the year is its paragraph's


@dataclass(frozen=True)
class Guess:
    value: int | str
    why: str


def _cue(pattern: re.Pattern[str], text: str, now: int | None) -> re.Match[str] | None:
    """The first target cue of ``text`` before any comparison, not negated (failed to be completed),
    not a target the figure is measured against, that names no year before now."""
    compared = COMPARISON.search(text)
    cut = text[: compared.start()] if compared else text
    measured = [(m.start(), m.end()) for m in MEASURED_AGAINST.finditer(cut)]
    named = [(m.start(), m.end()) for m in NAME.finditer(cut)]
    return next(
        (
            cue
            for cue in pattern.finditer(cut)
            if not any(a < cue.start() < b for a, b in named)
            and not past_cue(cue.group(), now)
            and not NEGATED.search(cut[max(0, cue.start() - 16) : cue.start()])
            and not PICKS_THOSE.match(cut, cue.end())
            and not any(a < cue.start() <= b for a, b in measured)
        ),
        None,
    )


def status_of(
    line: str,
    start: int,
    end: int,
    plan: bool,
    years: ArticleYears,
    next_figure: int | None = None,
    found: FigureYears | None = None,
) -> Guess:
    """``next_figure``: where the next figure of the line starts; a cue between the two is that figure's.
    ``found``: the figure's years, when the caller has looked them up already."""
    clause_start, clause_end = clause_bounds(line, start)
    # 71.5% (national target: 80%): a bracket opened after the figure, left open where its clause ends, holds
    # another figure's words (the next one's); they stay out of this figure's clause.
    clause_end = unclosed_bracket(line, end, clause_end) if next_figure is not None else clause_end
    clause = line[clause_start : end if next_figure is not None and next_figure < clause_end else clause_end]
    counted = COUNTED_TARGETS.match(line, end)
    if counted and counted.end() <= clause_start + len(clause):
        # 46 targets: what the figure counts is no cue of its status.
        clause = line[clause_start:end] + line[counted.end() : clause_start + len(clause)]
    sentence_start, sentence_end = sentence_bounds(line, start)
    found = found or figure_years(line, start, end)
    now, printed = years.now, found.own
    # The agency will invest …, which helped 9,870 people to quit in 2024-25, a quit rate of 54%: a
    # past year printed between the sentence's cue and the figure reports the past; the cue stays behind.
    past = [y.position for y in years_before(line, start) if sentence_start <= y.position and now and y.value < now]
    cut = max([*past, dated_statement(line, start)], default=0)
    sentence = line[max(sentence_start, cut) : sentence_end]
    anchor = printed or found.opening
    achieved_cues = STRONG_ACHIEVED if plan else ACHIEVED
    existing = (
        EXISTING.search(line[max(0, start - 40) : start])
        or COMPARED_FROM.search(line, max(0, start - 60), start)
        or BASELINE.search(line, max(0, start - 30), start)
    )
    if existing:
        return Guess("achieved", f"'{existing.group().split()[0]}' before it")
    # 实现“90-70-90”目标：90%的女孩…完成接种, the goals: 90% …: what a colon after a target opens is its values.
    # Target: …, Achieved: …: the nearest label with a colon before it opens the figure's values.
    if (labelled := colon_label(line, sentence_start, start)) is not None:
        return Guess(*labelled)
    scopes = [
        ("clause", clause, TARGET),
        ("sentence", sentence, STRONG_TARGET),
        ("paragraph", line[cut:], STRONG_TARGET),
    ]
    # the reader reads "a ceiling of" as the figure's bound word: it names the figure from inside its text
    inside = BOUND_NAMES_TARGET.match(line, start, end)
    before_end = inside.end() if inside else start
    named = NAMED_TARGET_BEFORE.search(line, max(0, start - 64), before_end)
    if named is None and not kind_after(line, end, (sentence_start, sentence_end)):  # 20,188 standard requests (65)
        named = NAMED_TARGET_AFTER.match(line, end)
    if named is not None and _IS_FOR.search(named.group()) and _BEEN_MET.search(line, end, sentence_end):
        named = None  # the standard is for 75.7% …, and this has been met since 2020: a level reached
    shared = SHARE_OF_TARGET.search(line, max(0, start - 60), start)
    if named is not None and not shared:
        # In 2025, 74% …, below the 78% target: a target of a year over stays a target (README)
        return Guess("target", f"named as '{named.group().strip(' (:')}'")
    if anchor is not None and now is not None:
        # the 2026-27 Budget in November 2026: a fiscal year under way is no future year
        if anchor.value > now and not (anchor.first is not None and anchor.first <= now):
            return Guess("target", f"the year {anchor.value} is after publication")
        if anchor.value < now:
            return Guess("achieved", f"the year {anchor.value} is before publication")
        if anchor.target:
            return Guess("target", f"the year {anchor.value} is named as a target's")
        if printed is not None:
            # The figure's own clause prints now's year: only that clause can make it a target.
            scopes = scopes[:1]
    if shared:
        return Guess("achieved", "the share of the target before it reached, in brackets")
    for against in MEASURED_AGAINST.finditer(line, clause_start, clause_end):
        if against.start() < start and end <= against.end():  # 距离每万人4人的目标: the target's own value
            return Guess("target", f"the value of the target '{against.group()}' names")
    for scope, text, target_cues in scopes:
        target, achieved = _cues(text, target_cues, achieved_cues, now)
        if scope == "paragraph" and target:
            # The paragraph's target cues reach forward, not back: "That is 21% … The charity calls
            # for £120m by 2028." (its achievement cues, anywhere, say it reports something done).
            target = _cues(line[cut:sentence_end], target_cues, achieved_cues, now)[0]
        if target and not (scope == "paragraph" and achieved):
            return Guess("target", f"'{target}' in its {scope}")
        if achieved and scope != "paragraph":
            return Guess("achieved", f"'{achieved}' in its {scope}")
    in_sentence = achieved_cues.search(sentence)
    if len(scopes) == 1 and in_sentence:
        return Guess("achieved", f"'{in_sentence.group().strip()}' in its sentence")
    if plan:
        # A paragraph of a plan that opens on a past year reports it (In 2023, the sector achieved …).
        past = [y for y in earlier_openings(line, start) if now is not None and y < now]
        if past:
            return Guess("achieved", f"the year {past[-1]} opening an earlier sentence of its paragraph")
        return Guess("target", "no cue; the document is a plan")
    return Guess("achieved", "no cue")


@lru_cache(maxsize=256)
def _cues(
    text: str, target_cues: re.Pattern[str], achieved_cues: re.Pattern[str], now: int | None
) -> tuple[str | None, str | None]:
    """The first target cue of ``text`` and its first achievement cue. The paragraph is the same for
    every figure of a line: its cues are looked for once."""
    target = _cue(target_cues, text, now)
    achieved = achieved_cues.search(text)
    return (target.group().strip() if target else None), (achieved.group().strip() if achieved else None)


_IS_FOR = re.compile(r"\bis\s+(?:for|that)\b")
_BEEN_MET = re.compile(r"\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:met|achieved|reached|exceeded)\b", re.I)
