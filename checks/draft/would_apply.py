"""A proposed rule's figures, told in English conditionals (round 58). A notice whose rules take effect after it is
published (context.effective: checks.draft.policy, checks.draft.adopted_effect) writes `… would be paid at 100% of the
in-person rate, up from 85%.`, `Inpatient stays would continue to be paid at 155% …`, `Outpatient facility services would
be paid at 200% of Medicare, up 10 percentage points from 190%, and ambulatory surgical centers at 165%, up from 160%.`,
`The Bureau expects about 68% of the $14.6 million increase to go to hospitals …`, `Brand-name drugs would be reimbursed
at AWP minus 15% …, compared with AWP minus 10% and minus 20% today.` (README: rules to come):

- the level a change starts from, right after `up from` or `down from` (85%, 160%), is the rule in force when
  published: achieved, of that year (not the year before, as an earlier level elsewhere);
- a level the rule keeps (`would continue to be paid at 155%`, `would still be paid 101%`, `remains at`) is in force:
  achieved, of the year of publication;
- a figure of no cue and no year of its sentence that a conditional or a forecast before it in its sentence governs
  (`would`, `expects`, `estimated`: 165%, `up 10 percentage points`, about 68%, `no more than $250`) is a rule or a
  forecast of the rules to come: a target of the year they take effect; and a target its sentence dates now only by a
  word of the level compared with (`today`, `currently`) is of that year too. Not a figure compared with (`compared
  with AWP minus 10%`, `than`) nor one its clause says is now (`today`)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, clause_bounds, sentence_bounds

_UP_FROM = re.compile(r"\b(?:up|down)\s+(?:[\d.]+\s+(?:percentage\s+)?points?\s+)?from\s+(?:[$£€]|US\$)?$", re.I)
_KEPT = re.compile(r"\bcontinues?\s+to\s+be\b|\bstill\s+be\b|\bremains?\s+(?:at|unchanged)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:would|expects?|expected|estimates?|estimated|projected|forecasts?)\b", re.I)
_COMPARED = re.compile(
    r"\bcompared\s+(?:with|to)\b|(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan\b|\btoday\b|\bcurrently\b|\bnow\b", re.I
)
_NOW_WORD = re.compile(r"^'(?:today|currently|now|at present)'", re.I)


def would_apply(
    line: str, start: int, status: Guess, period: Guess, effective: int | None, now: int | None
) -> tuple[Guess, Guess]:
    """``status`` and ``period`` of the figure at ``start``, read as a proposed rule's (see above) when the text's
    rules take effect in ``effective``, a year after ``now``."""
    if effective is None or now is None or effective <= now:
        return status, period
    clause_start, clause_end = clause_bounds(line, start)
    sentence_start = sentence_bounds(line, start)[0]
    conditional = next(reversed(list(_CONDITIONAL.finditer(line, sentence_start, start))), None)
    if conditional is None or PRINTED_YEAR.search(line, sentence_start, clause_end):
        return status, period  # no conditional before it, or a year dates it (up from 548 in FY 2024-25)
    in_force = Guess(now, "in force when published")
    if _UP_FROM.search(line, max(0, start - 40), start):
        return Guess("achieved", "the level in force it changes from ('from')"), in_force
    if _KEPT.search(line, clause_start, clause_end):
        return Guess("achieved", "a rule kept as it is in force"), in_force
    if _COMPARED.search(line, clause_start, clause_end):
        return status, period
    why = f"a rule to come or its forecast ('{{}}' before it): the rules take effect in {effective}"
    if status.value == "achieved" and status.why == "no cue":
        return Guess("target", why.format(conditional.group())), Guess(effective, why.format(conditional.group()))
    if status.value == "target" and period.value == now and _NOW_WORD.match(str(period.why)):
        return status, Guess(effective, f"a rule that takes effect in {effective}, not {period.why}")
    return status, period
