"""What a sentence says is due to happen (round 25): `A new practice …, serving up to 9,000 patients, was
due to open in spring 2028` (the main verb: the whole sentence is to come, checks.draft.cues.STRONG_TARGET),
`… funds … a 16-bed acute medical unit at the hospital, due to open in March 2027` (set off by a comma, it
says so of the clause before it only). Such a target is due in the year printed after it, when no year
of its own dates it. A target's 全年 after a due year earlier in its sentence is that year's whole (round 27)."""

from __future__ import annotations

import re

from checks.draft.carried import ACHIEVED_DEFAULTS
from checks.draft.cues import DUE_TO
from checks.draft.guesses import LINE_YEAR, Guess
from checks.draft.policy import DEFAULT_TARGET_YEARS
from checks.draft.text import clause_bounds, sentence_bounds
from checks.draft.years import due_earlier, years_in

_DUE = re.compile(DUE_TO, re.IGNORECASE)
# The years a figure takes by default, as an achievement or a target: a due year printed after it outranks them.
_DEFAULTS = (
    *DEFAULT_TARGET_YEARS,
    *ACHIEVED_DEFAULTS,
    "the year its title names",
    LINE_YEAR,
)
# , due to open in March 2027: a participle that says of the clause before it that it is to come.
_DUE_AFTER_CLAUSE = re.compile(r"\s*[,，]\s*" + DUE_TO, re.IGNORECASE)
# due to open in spring 2028, due to start by December 2026: the time it is due, up to the year.
_WHEN = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|by|on|from)\s+(?:(?:early|late|mid|spring|summer|autumn|fall|winter|the\s+end\s+of)"
    r"[\s-]+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?$",
)


# open a second centre in spring 2027, which will handle …: a clause dated by a year, then a relative clause to come
_DATED_WHICH = re.compile(
    r"\b(?:in|by|from)\s+(?:(?:early|late|mid|spring|summer|autumn|fall|winter)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
    r"((?:19|20)\d\d)\s*,\s*(?:which|that)\s+(?:will|would|is\s+to|are\s+to)\b",
    re.IGNORECASE,
)


def _due_year(line: str, cue: re.Match[str], end: int) -> int | None:
    """The year printed right after the cue (due to open in spring 2028 → 2028), before ``end``."""
    for year in years_in(line[cue.end() : end], cue.end()):
        if _WHEN.fullmatch(line, cue.end(), year.position):
            return year.value
    return None


def due_guess(line: str, start: int, status: Guess, period: Guess, own_year: bool) -> tuple[Guess, Guess]:
    """The figure at ``start`` of ``line`` with its status and period: a target when the clause right after
    its own opens on `due to` an event (a 16-bed unit …, due to open in March 2027); of the year its sentence
    says the event is due in, when no year of its own (``own_year``) dates it; a target in a clause going on with
    one dated by a year (in spring 2027, which will handle up to 150 …) is of that year (round 29)."""
    whole_year = period.why in ("'全年'", "'全年度'") and status.value == "target"
    if whole_year and (due := due_earlier(line, start)) is not None:
        # 力争到2027年底…，全年召回率不低于97%: the whole of the year the sentence's targets are due in
        return status, Guess(due, f"{period.why} of the due year of an earlier clause of its sentence")
    sentence_end = sentence_bounds(line, start)[1]
    clause_end = clause_bounds(line, start)[1]
    after = _DUE_AFTER_CLAUSE.match(line, clause_end)
    if after is not None and status.value != "target":
        status = Guess("target", f"'{after.group().strip(' ,，')}' right after its clause")
    clause_start = clause_bounds(line, start)[0]
    antecedent = _DATED_WHICH.search(line, max(0, clause_start - 60), start)
    by_default = period.why in _DEFAULTS or str(period.why).startswith("'")  # or a relative word's (this year)
    if antecedent and antecedent.end() >= clause_start and not own_year and status.value == "target" and by_default:
        # … open a second centre in spring 2027, which will handle up to 150 a year: the time of what it says of
        return status, Guess(int(antecedent.group(1)), "the year of the clause its 'which will' goes on with")
    if status.value != "target" or own_year or "due to" not in str(status.why):
        return status, period
    cue = _DUE.search(line, start, sentence_end)
    year = _due_year(line, cue, sentence_end) if cue is not None else None
    if cue is None or year is None or period.why not in _DEFAULTS:
        return status, period
    return status, Guess(year, f"the year it is due in ('{cue.group()}', later in its sentence)")
