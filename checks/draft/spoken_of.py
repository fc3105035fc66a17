"""A figure's period or status from what its words point back to, or from their tense (round 32):

- ``Measures delivered in the year included 38 …``: *the year* (no year printed in the sentence) is the
  one the text spoke of last, the period of the latest achieved figure on an earlier line (the financial
  year 2025/26 of the line before) — not the year the report's results are of by default;
- ``Kaupapa Māori providers receive 62% of this funding``: a share of an amount named before (this
  funding, that amount, the total) is of that amount's status and year;
- ``$1.65 million for FY2027, up 16% from the FY2026 cost``, ``$2.46 million in 2026/27, $180,000 more
  than in 2025/26``: a change set after an amount as its apposition is of that amount's status and year
  (the year after "from"/"than" is the level compared with); so is one after a count its own year dates (`received
  612 requests in 2024/25, up 8.3% on the 565 received in 2023/24`: 2025; round 59), and one its sentence dates
  before it (`In 2024/25 we recruited 9,482 participants, up 11.6% on the 8,497 of 2023/24`: 2025; round 60);
- ``…已完成招标，中标金额2965万元，计划于2027年6月底前上线运行``: a target cue of a later clause of the
  sentence (计划) is the next step's when the sentence says before the figure what is done (已完成): the
  figure is done;
- ``The national expectation for providers is a validated quit rate of at least 40%``: a level a standard
  sets (objective, expectation), with no due year, is in force when the text is published;
- ``About 11,200 residents … live within the AQMA``: in a text that declares the year its results are of
  (monitoring results for the 2025 calendar year), who lives somewhere and what a thing holds (``the Plan
  contains 24 measures``) are told as things are now, the year of publication, not that year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.carried import ACHIEVED_DEFAULTS
from checks.draft.change_on import dated_before
from checks.draft.facts import DraftFact
from checks.draft.guesses import Guess
from checks.draft.policy import DEFAULT_TARGET_YEARS
from checks.draft.text import PRINTED_YEAR, clause_bounds, sentence_bounds
from checks.draft.years import YEAR

# named as 'objective for NO2,', 'expectation for providers is …': a standard's level, told as in force now
_STANDING = re.compile(r"^named as '[^']*\b(?:objective|expectation)\b", re.I)
_SENTENCE_CUE = re.compile(r"^'([^']+)' in its sentence$")
_DONE = re.compile(r"已(?:经)?(?:完成|建成|开通|上线|投入|签订|落实)")
_LATEST_TARGET = "the latest target year the article names"
_DEFAULTS = (*ACHIEVED_DEFAULTS, "the year its title names")
_THE_YEAR = re.compile(
    r"\b(?:in|during|over|through(?:out)?)\s+the\s+year\b(?!\s+(?:before|after|to|ending|ended))", re.I
)
_OF_AMOUNT = re.compile(
    r"(?:\s*(?:%|per\s*cent))?\s+of\s+(?:this|that|these|those)\s+(?:funding|money|budget|allocation|amount|sum"
    r"|spending|investment|grant|total|funds)\b",
    re.I,
)
_APPOSED_CHANGE = re.compile(
    r"\s*(?:(?:up|down)\s+[£$€]?\d[\d.,]*\s*(?:%|per\s*cent|m|bn|million|billion)?\s+(?:from|on|over)\b"
    r"|[£$€]?\d[\d.,]*\s*(?:%|per\s*cent|m|bn|million|billion)?\s+(?:more|less|higher|lower)\s+than\b)",
    re.I,
)
_LIVES_NOW = re.compile(
    r"[^.;]{0,80}?(?<!their\s)(?<!our\s)(?<!of\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!your\s)"
    r"\b(?:live|lives|reside|resides)\s+(?:in|within|at|near)\b",
    re.I,
)
# Our Action Plan 2023–2028 contains 24 measures: what a thing holds, in the present tense, is as things are now
_HOLDS_NOW = re.compile(r"\b(?:contains|comprises|includes|holds|employs)\s+$", re.I)
_CURRENCIES = ("usd", "gbp", "eur", "nzd", "aud", "cad", "yuan", "zar", "inr", "kes", "sgd", "hkd")


def spoken_of(
    line: str,
    start: int,
    end: int,
    number: int,
    guesses: tuple[Guess, Guess],
    facts: Sequence[DraftFact],
    published: int | None,
    declared: bool = False,
) -> tuple[Guess, Guess]:
    """The figure's status and period when its words point back to another figure or say it is now
    (``declared``: the text declares the year its data are of, which a present tense is not)."""
    status, period = guesses
    sentence_start, sentence_end = sentence_bounds(line, start)
    sentence = line[sentence_start:sentence_end]
    earlier = [f for f in facts if f.line == number and f.quantity.end <= start]
    clause_start = clause_bounds(line, start)[0]
    apposed = clause_start > sentence_start and _APPOSED_CHANGE.match(line, clause_start)
    if apposed and earlier and earlier[-1].quantity.start >= sentence_start:
        amount = earlier[-1]
        # 612 requests in 2024/25, up 8.3% on the 565 …: a count its own year dates, as an amount (round 59)
        own_year = PRINTED_YEAR.search(line, amount.quantity.end, clause_start) is not None
        # In 2024/25 we recruited 9,482 participants, up 11.6% on the 8,497 of 2023/24: dated before it (round 60)
        own_year = own_year or dated_before(line, sentence_start, amount)
        if (amount.unit in _CURRENCIES or own_year) and apposed.start() <= start:
            return Guess(amount.status, "the change of the amount before it"), Guess(amount.period, "its amount's")
    if _OF_AMOUNT.match(line, end):
        money = [f for f in facts if f.line <= number and f.unit in _CURRENCIES]
        if money and money[-1].line >= number - 1:  # this funding: the line's or the line before's
            amount = money[-1]
            dated = YEAR.search(line, sentence_start, start)  # As of October 31, 2026, $1.4m of that amount …
            if dated is not None:  # its own sentence's year, not the amount's (round 43)
                return Guess(amount.status, "a share of the amount named before"), Guess(
                    int(dated.group(1)), "the year its sentence prints"
                )
            return Guess(amount.status, "a share of the amount named before"), Guess(amount.period, "that amount's")
    cue = _SENTENCE_CUE.match(str(status.why))
    if status.value == "target" and cue is not None and _DONE.search(line, sentence_start, start):
        # 已完成招标，中标金额2965万元，计划于2027年6月底前上线运行: done, then what comes next
        later = line.find(cue.group(1), clause_bounds(line, start)[1], sentence_end)
        if later >= 0 and line.find(cue.group(1), sentence_start, start) < 0:
            return Guess("achieved", "'已' before it in its sentence; the cue after it is the next step's"), period
    standing = _STANDING.search(str(status.why)) and period.why in (*DEFAULT_TARGET_YEARS, _LATEST_TARGET)
    if status.value == "target" and standing and published is not None:
        return status, Guess(published, "a standard's level, in force when published")
    if status.value != "achieved" or period.why not in _DEFAULTS:
        return status, period
    if _THE_YEAR.search(sentence) and not YEAR.search(sentence):
        # only a year the line before printed with its figure (in 2025/26), not one it took by default
        before = [f for f in facts if f.line == number - 1 and f.status == "achieved"]
        if before and any(note.endswith("(the year printed with it)") for note in before[-1].review):
            return status, Guess(before[-1].period, "'the year': the year the text spoke of last")
    present = _LIVES_NOW.match(line, end) or _HOLDS_NOW.search(line, max(0, start - 30), start)
    if declared and published is not None and present:
        return status, Guess(published, "told in the present tense (lives, contains), as things are now")
    return status, period
