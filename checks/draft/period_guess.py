"""The period of a drafted figure, from the years around it (README: "What the draft guesses, and
how"; its status is ``checks.draft.guesses.status_of``'s). "Now" is the publication year, or without
a date the latest year the body reports (checks.draft.years).

Period, the first rule that gives a year:
1. the year printed with the figure: in its clause (2024年末…, in February 2023, by 2027), not a
   year it is compared with (比2019年, than in 2019, since 2012, 以来) nor another figure's
   (compared to 2,994,638 in February 2023); "the year before" right after it (290 the year before:
   the year before the one named before it); a target's due year later in its clause (by March 2029,
   right after it). A target its clause says was met (surpassing the target of …) is dated as achieved;
2. a change over a span the sentence names (from 970,000 to 1,040,000 during the 14th Five-Year
   Plan; 从X到Y, from 2016 to 2017, since 2012; naming no year, the first and last year of the
   sentence before it): the from-figure takes the span's start (the year before a Five-Year Plan's
   first), the to-figure its end (at most now);
3. for a target, a due year in an earlier clause of its sentence (力争到2027年…，…达到40%); the year
   opening its sentence (In 2024, …; 截至2021年底, …);
4. last year's figure (比上年的29.4%): the year before the one the article is about; a relative
   year in its sentence: 去年/last year → now − 1; 今年/目前/现有/this year/currently/now →
   now; 明年/next year → now + 1; pre-pandemic/疫情前 → 2019; a target in a Five-Year Plan
   (十四五, the 14th Five-Year Plan) → the plan's last year; a target in the next N years → now + N;
   yesterday, last month, 今(23)日 → the year of that day, counted back from publication (relative);
5. the year opening an earlier sentence of its line, then any year earlier on its line, then (for
   an achievement) a relative year elsewhere in its paragraph, then a year printed in the body, that
   fits its status: a target's year is not before now (the earliest is taken, targets' years
   first; when every target year named is past, the latest of them); an achievement's is before now, or now itself when the article was published after June
   or prints a month of now already over (the latest reported year is taken);
   Outside a plan, a target with no due year is left to rule 6 (the year of publication);
6. now for a target; for an achievement the year before publication when the article was
   published in January-June or its line says 过去/去年/last year/past, else the publication year.
"""

from __future__ import annotations

import re

from checks.draft.closing import closing_due
from checks.draft.cues import (
    STANDING_RULE,
)
from checks.draft.deadlines import due_right_after
from checks.draft.guesses import EARLIER_OPENING_YEAR, IN_PARAGRAPH, LINE_YEAR, OPENING_YEAR, Guess
from checks.draft.last_year_base import counts_from, last_years_masked
from checks.draft.lasting_years import lasting_since
from checks.draft.months import bare_month_year
from checks.draft.openings import FigureYears, earlier_openings, figure_years, opens_on_compared_period
from checks.draft.relative import A_YEAR_AGO, LAST_YEARS, WHOLE_YEAR_OVER, bracketed_period, relative_year
from checks.draft.spans import running_total, span_change
from checks.draft.text import clause_bounds, sentence_bounds, without_other_brackets
from checks.draft.whole_year_of import whole_year_of_sentence
from checks.draft.year_asides import level_aside
from checks.draft.years import (
    ArticleYears,
    due_earlier,
    due_year,
    the_year_before_after,
    year_before,
    years_before,
)

_PAST_REVIEW = re.compile(r"过去|去年|上年度|\blast\s+year\b|\bpast\b", re.IGNORECASE)


def _fits(year: int, status: str, years: ArticleYears) -> bool:
    published, now = years.published, years.now
    if now is None:
        return True
    if status == "target":
        return year >= now
    if published is None:
        return year <= now
    return year < now or (year == now and (published.month > 6 or years.month_over or year in years.fiscal_ends))


def _relative(
    sentence: str, clause: str, status: str, years: ArticleYears, figure_end: int, own_sentence: bool = True
) -> Guess | None:
    found = relative_year(sentence, clause, status, years.now, years.published, figure_end, own_sentence)
    return Guess(*found) if found else None


# A target the text says was met is a past one: its year is found as an achievement's is.
_MET_TARGET = re.compile(
    r"\b(?:achiev\w*|surpass\w*|exceed\w*|met|meets?|meeting|fulfill?\w*|hit)\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:targets?|goals?)\b|(?:完成|实现|超额完成|达到)[^，,。；;]{0,10}(?:目标|任务)",
    re.IGNORECASE,
)
# from 66.9 per cent in 2024, compared to 2,994,638 in February 2023: a year printed right after another
# figure is only that figure's (README), carried to no later figure of the line.
_ANOTHER_FIGURES = re.compile(r"\d\s*(?:%|per\s*cent|[A-Za-z]+)?\s+in\s+(?:[A-Z][a-z]+\s+)?$")
_NAMES_A_THING = re.compile(
    r"\s*年度[\u3400-\u9fff]|\s+(?:population\s+)?(?:estimates|census|projections)\b"
)  # 2025 population estimates
_RECURRING = re.compile(r"每年|每月|每季度|\b(?:each|every|a|per)\s+(?:year|month)\b|\bannually\b|\byearly\b", re.I)
# the 95% needed to stop outbreaks, the level required for herd immunity: a threshold no one's task sets,
# true whenever it is told (not a year's figure, nor the year before a spring story's).
_THRESHOLD = re.compile(r"\s+(?:(?:that\s+is|which\s+is)\s+)?(?:needed|required|necessary)\s+(?:to|for)\b", re.I)


def period_of(
    line: str,
    start: int,
    end: int,
    status: str,
    years: ArticleYears,
    found: FigureYears | None = None,
    plan: bool = True,
) -> Guess:
    """``found``: the figure's years, when the caller has looked them up already. ``plan``: the text
    is a plan, whose targets without a due year are due in the year it is about; elsewhere (a press
    release, a story) such a target takes the year of publication."""
    found = found or figure_years(line, start, end)
    own = found.own
    right_after = due_right_after(line, end) if status == "target" else None
    if own is not None and status == "target" and own.position < start and (not own.target or right_after):
        # … 1.5% of GDP by 2045 (the year before is a title's), … 95% by 31 March 2027 (an earlier one's)
        due = right_after or due_year(line, end)
        if due is not None and (due > own.value or (right_after is not None and own.target)):
            return Guess(due, "the year it is due by")  # (… to 8,000 by the end of 2027 and to … by the end of 2026)
    if own is not None and not (own.position > end and A_YEAR_AGO.match(line, end)):  # $78.2m a year ago … 2028
        return Guess(own.value, "the year printed with it")
    before = year_before(line, start, end)
    if before is not None:
        return Guess(before - 1, f"the year before {before}")
    if the_year_before_after(line, end):
        # fell to 118 …, from 151 the previous year: its sentence names no year, so a year before the one
        # the line's words give the figure without those words
        base = period_of(line[:end], start, end, status, years, None, plan)
        if re.match(r"the start of|the year before \d", base.why):
            return base  # the words before made it the earlier level already (2025 compared with 2024)
        if isinstance(base.value, int) and base.value:
            return Guess(base.value - 1, f"the year before {base.value} ({base.why})")
    if years.published is not None and _THRESHOLD.match(line, end):
        return Guess(years.published.year, "a threshold, true when published")  # the 95% needed to stop outbreaks
    possessive = LAST_YEARS.search(line, max(0, start - 40), start)
    if possessive is not None:
        masked = line[: possessive.start()] + " " * len(possessive.group()) + line[possessive.end() :]
        base = period_of(masked, start, end, status, years, None, plan)
        # only a year the article gives by default (the year it is about; for 上年的, the year opening an earlier
        # sentence of its line too): a year its line prints or names in words (去年的) is read by the rules below
        by_default = base.why in ("the year the article is about", f"'全年'{WHOLE_YEAR_OVER}") or (
            base.why.startswith("the year opening") and possessive.group().startswith("上")  # its own sentence too
        )
        by_default = by_default or (base.why.startswith("the last ") and "同月" in possessive.group())  # 上年同月的
        # 全年… in its paragraph, 2025年度… in its sentence: 上年 of the year reported (round 56)
        by_default = by_default or counts_from(base.why, possessive.group(), line, start)
        if by_default and isinstance(base.value, int) and base.value:
            return Guess(base.value - 1, f"the year before {base.value}: '{possessive.group().strip()}'")
    bracketed = bracketed_period(line, start, years.published, years.now)
    if bracketed is not None:
        return Guess(*bracketed)  # 与去年同期(4417例)相比: last year's
    ago = A_YEAR_AGO.match(line, end) if years.now is not None else None
    if ago is not None and years.now is not None:
        return Guess(years.now - 1, f"'{ago.group().strip()}' right after it")  # up from 500 a year ago
    if status == "target" and _MET_TARGET.search(line, clause_bounds(line, start)[0], start):
        status = "achieved"  # surpassing the target of 12.5 doctors: the target of the year it was met
    published, now = years.published, years.now
    due = (due_year(line, end) or closing_due(line, end)) if status == "target" else None
    if due is not None and (now is None or due >= now):
        return Guess(due, "the year it is due by")
    change = span_change(line, start, now)
    if change is not None:
        return Guess(*change)
    clause_start, clause_end = clause_bounds(line, start)
    clause = line[clause_start:clause_end]
    reached = last_years_masked(line, start)  # 由上年度的70%提高到75%: 75 is no level of last year's (round 56)
    if reached is not None:
        return period_of(reached, start, end, status, years, None, plan)
    # A relative year in its own clause outweighs the year opening the sentence (In 2000, 21 million
    # …, a figure that has now dropped to 12 million).
    relative = _relative(clause, clause, status, years, end - clause_start)
    if relative is not None:
        return whole_year_of_sentence(line, start, status, relative) or relative  # 2025年度…，全年 (round 56)
    total = running_total(line, start, status, published, now)
    if total is not None:
        return Guess(total, "a running total since a year: the time it is told")
    carried_due = due_earlier(line, start) if status == "target" else None
    if carried_due is not None and (now is None or carried_due >= now):
        return Guess(carried_due, "the due year of an earlier clause of its sentence")
    if found.opening is not None:
        return Guess(found.opening.value, OPENING_YEAR)
    sentence_start, sentence_end = sentence_bounds(line, start)
    relative = _relative(line[sentence_start:sentence_end], clause, status, years, end - sentence_start)
    if relative is not None:
        return whole_year_of_sentence(line, start, status, relative) or relative
    openings = [y for y in earlier_openings(line, start) if _fits(y, status, years)]
    if openings:
        return Guess(openings[-1], EARLIER_OPENING_YEAR)
    # Any year earlier on its line, but in an earlier sentence not a year that names another thing's
    # (接受2015年度公立医院…评价。…降低成本1.1亿元: the evaluation's year, not the cost's).
    earlier = [
        y.value
        for y in years_before(line, start)
        if (y.position >= sentence_start or not _NAMES_A_THING.match(line, y.position + 4))
        and _fits(y.value, status, years)
        and not _ANOTHER_FIGURES.search(line, max(0, y.position - 40), y.position)
        and (y.position >= sentence_start or not opens_on_compared_period(line, y.position))
        and not level_aside(line, y.position, start)  # （2024年为5分40秒）: its own level (round 55)
        and not lasting_since(line, y.position, start)  # drawn up in 1968 and has hardly changed since. (round 56)
    ]
    if earlier:
        return Guess(earlier[-1], LINE_YEAR)
    month = bare_month_year(line[slice(*sentence_bounds(line, start))], published) if status == "achieved" else None
    if month is not None:
        return Guess(month[0], f"the last {month[1]} before publication")
    # 去年全市活产数为206805人。孕产妇死亡率为5.32/10万: a relative year elsewhere in its paragraph.
    # … but not one in brackets of another sentence's figure (同比增长4.1%（去年同期为8,417件）。其中…): the
    # bracket says what that figure is compared with, no year of its paragraph.
    paragraph = without_other_brackets(line, start)
    relative = _relative(paragraph, clause, status, years, end, own_sentence=False) if status == "achieved" else None
    if relative is not None and _fits(int(relative.value), status, years):
        return Guess(relative.value, f"{relative.why}{IN_PARAGRAPH}")
    if status == "target" and published is not None and _RECURRING.search(line, *sentence_bounds(line, start)):
        # 每年招收…不少于120名, £2 million a year: a yearly rule with no due year holds from the year
        # it is set, not from the plan's last year.
        return Guess(published.year, "a recurring target with no due year: from publication")
    if status == "target" and published is not None and STANDING_RULE.search(line, *clause_bounds(line, start)):
        return Guess(published.year, "a standing rule with no due year: in force from publication")
    if status == "target":
        fitting = [y for y in years.targets if _fits(y, status, years)]
        if not fitting and years.targets:
            # Every target year the article names is past (targets for 2022, met): the latest.
            return Guess(max(years.targets), "the latest target year the article names")
        fitting = fitting or [y for y in years.reported if _fits(y, status, years)]
        if fitting and (plan or published is None):
            return Guess(min(fitting), "the year the article is about")
    else:
        fitting = [y for y in years.reported if _fits(y, status, years)]
        if years.month_over and now is not None:
            fitting.append(now)  # it reports months of now already over (January, in a February story)
        if fitting:
            return Guess(max(fitting), "the year the article is about")
    if now is None:
        return Guess(0, "no year printed and no publication date")
    if published is None:
        return Guess(now, "the latest year the body reports")
    if status == "target":
        return Guess(published.year, "publication year")
    if (published.month <= 6 and not years.month_over and not years.told_today) or _PAST_REVIEW.search(paragraph):
        return Guess(published.year - 1, "the year before publication")
    return Guess(published.year, "publication year")
