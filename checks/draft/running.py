"""A report on a fiscal year as it runs (a board's finance report at month 6 of 2026/27, a quarter's
monitoring of a budget): its year-to-date figures are what has happened, its full-year ones what is
planned or forecast for the year.

Such a report names a two-year fiscal year that has begun by its publication (``2026/27`` in October
2026) and a point inside it (``month 6``, ``Q2``, ``year to date``). Then a figure named as the whole
year's (``the full-year plan``, ``the £12.40m annual target``, ``The unmitigated forecast … is``, a
column headed ``Annual plan``) is a target of that fiscal year (the year it ends in); a figure named as
the year to date's (``the £2.32m year-to-date adverse variance``) is achieved, even in a section of
recommendations. A figure named as what was planned (``against a planned deficit of £4.10m``) is a
target in any text: ``planned`` before a noun is otherwise no cue (``planned treatment``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.rounds import round_period
from checks.draft.text import clause_bounds, sentence_bounds
from checks.draft.trailing import trailing_year
from checks.draft.years import years_in
from checks.numbers import Quantity

# A point inside a fiscal year: month 6, M6, quarter 2, Q2, year to date, YTD, the first half, H1.
WITHIN_YEAR = re.compile(
    r"(?i:\bmonth\s+\d{1,2}\b|\bM\d{1,2}\b|\bquarter\s+\d\b|\bQ[1-4]\b|\byear[\s-]to[\s-]date\b|\bYTD\b"
    r"|\bfirst\s+half\b|\bH1\b)"
)
# The whole year's amount, planned or forecast: full-year, annual (plan, target, budget), forecast, outturn.
_WHOLE_YEAR = re.compile(
    r"(?i:\bfull[\s-]year\b|\bannual\s+(?:plan|target|budget|requirement)s?\b|\bforecasts?\b"
    r"|\bprojected\s+outturn\b|\byear[\s-]end\s+position\b)"
)
# What has happened so far in the year: year to date, YTD, to date.
_SO_FAR = re.compile(r"(?i:\byear[\s-]to[\s-]date\b|\bYTD\b|\bto\s+date\b)")
# What was planned or set for it: a plan's, a budget's or a target's words.
_PLANNED = re.compile(r"(?i:\bplan(?:ned)?\b|\btargets?\b|\bbudget(?:ed)?\b|\bceiling\b|\bforecast\b)")
# against a planned deficit of £4.10m: the plan's value (a planned noun and "of" right before the figure).
_PLANNED_OF = re.compile(r"(?i:\bplanned\s+[a-z-]+(?:\s+[a-z-]+)?\s+of\s+(?:about\s+|around\s+)?[£$€]?\s*)\Z")
# The capital programme of £31.5m includes £12.0m: a part the words between name, sharing the total's year.
_PART_LINK = re.compile(r"(?i:\A[\s,]*(?:includes?|including|of\s+which|comprising)\s+(?:some\s+)?[£$€]?\s*\Z)")


# 预计2026年…收入约835亿元，支出约800亿元，当期结余30亿元左右: a forecast opening a list reaches its items.
_FORECAST = re.compile(r"预计|预测|(?i:\b(?:is|are)\s+(?:forecast|projected|expected)\s+to\b)")


def forecast_listed(plain: str, start: int, status: Guess, period: Guess, now: int | None) -> tuple[Guess, Guess]:
    """A figure with no cue of its own after a forecast in its sentence (预计, is projected to) is a target,
    of the year the forecast names before it (else now), unless the sentence prints a year over
    (2019年…预计达65195.9亿元: an estimate of a year over)."""
    if status.value != "achieved" or status.why != "no cue" or now is None:
        return status, period
    sentence_start, sentence_end = sentence_bounds(plain, start)
    forecast = _FORECAST.search(plain, sentence_start, start)
    if forecast is None or any(y.value < now for y in years_in(plain[sentence_start:sentence_end])):
        return status, period
    named = [y.value for y in years_in(plain[forecast.start() : start])]
    year = named[-1] if named else now
    return Guess("target", f"'{forecast.group()}' before it in its sentence, a forecast"), Guess(
        year, "the year its sentence's forecast names" if named else "publication year"
    )


def running_fiscal_year(lines: Sequence[str], published: date | None) -> int | None:
    """The year (it ends in) of the two-year fiscal year a text reports as it runs: one printed in
    ``lines`` (its title and body) that has begun by ``published`` and not ended a year later, in a
    text that names a point inside a year (month 6, Q2, year to date). None for any other text."""
    if published is None or not any(WITHIN_YEAR.search(line) for line in lines):
        return None
    running = {
        y.value
        for line in lines
        for y in years_in(line)
        if y.first is not None
        and y.value == y.first + 1
        and y.first <= published.year < y.value + 1
        and (published.year, published.month) >= (y.first, 4)
    }
    return running.pop() if len(running) == 1 else None


def _window(plain: str, start: int, end: int, figures: Sequence[tuple[int, int]]) -> tuple[str, str]:
    """The words that name a figure: before it, from its sentence's start or the figure before it (past a
    link to the total it is a part of); after it, to its clause's end or the next figure."""
    sentence = sentence_bounds(plain, start)
    earlier = [f for f in figures if sentence[0] <= f[1] <= start]
    begin = sentence[0]
    for index in range(len(earlier) - 1, -1, -1):
        between = plain[earlier[index][1] : start if index == len(earlier) - 1 else earlier[index + 1][0]]
        if not _PART_LINK.match(between):
            # the figure before it in its sentence: its own clause names it (past the last comma)
            begin = max(earlier[index][1], clause_bounds(plain, start)[0])
            cut = max(plain.rfind(mark, begin, start) for mark in ",;，；")
            begin = cut + 1 if cut >= 0 else begin
            break
    later = [f[0] for f in figures if end <= f[0] < sentence[1]]
    stop = min([clause_bounds(plain, start)[1], *later])
    # after it, the noun it is the amount of (the £12.40m annual target): a few words, not what it is
    # measured against (£9.8m … delivered against a full-year requirement)
    return plain[begin:start], " ".join(plain[end:stop].split(" ")[:4])


def year_running_guess(
    plain: str,
    start: int,
    end: int,
    figures: Sequence[tuple[int, int]],
    header: str,
    status: Guess,
    period: Guess,
    running: int | None,
    now: int | None,
) -> tuple[Guess, Guess]:
    """The status and period of a figure of a text reporting a fiscal year as it runs (``running``, the
    year it ends in): the whole year's plan or forecast is a target of that year, the year to date's
    figure achieved, of now; a planned amount (a planned deficit of) is a target in any text."""
    before, after = _window(plain, start, end, figures)
    named = f"{header} {before}{plain[start:end]}{after}"  # £2.32m year-to-date: a unit may swallow a word
    cued = status.value == "achieved" and "no cue" not in status.why  # has been delivered: done
    if running is not None and _WHOLE_YEAR.search(named) and not _SO_FAR.search(named) and not cued:
        return Guess("target", "the whole year's plan or forecast"), Guess(
            running, f"the fiscal year the report runs in, ending in {running}"
        )
    so_far = running is not None and _SO_FAR.search(named) and not _PLANNED.search(named)
    if so_far and now is not None and status.value == "target" and "table column" not in status.why:
        return Guess("achieved", "what the year to date holds"), Guess(now, "the year to date, now")
    if status.value == "achieved" and "no cue" in status.why and _PLANNED_OF.search(before):
        return Guess("target", "the value of what was planned (a planned … of)"), period
    return status, period


def as_reported(
    plain: str,
    q: Quantity,
    others: Sequence[tuple[int, int]],
    header: str,
    status: Guess,
    period: Guess,
    of_text: tuple[int | None, dict[str, int]],
    now: int | None,
) -> tuple[Guess, Guess]:
    """A figure's status and period as the text reports its year: by the survey rounds it names
    (``checks.draft.rounds``), then by the fiscal year it reports as it runs (``of_text``: that year and
    the rounds' years)."""
    running, rounds = of_text
    if status.value == "achieved" and rounds:  # NFHS-5 (2019-21) beside NFHS-6 (2023-24)
        period = round_period(plain, q.start, q.end, header, period, rounds)
    status, period = forecast_listed(plain, q.start, status, period, now)
    status, period = trailing_year(plain, q.start, q.end, list(others), status, period, now)
    return year_running_guess(plain, q.start, q.end, others, header, status, period, running, now)
