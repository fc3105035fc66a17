"""A budget of a financial year in a plan (round 49): the allocations a plan's budget makes (Table 1. … budget by
component, Allocation 2026-27 (₹ lakh); The total outlay of ₹6.2 crore for 2026-27; ₹1.5 crore comes from the
State fund) are what it allocates when issued: achieved, of their financial year (the period the guesses give),
not targets because the text is a plan or because the financial year ends after publication. An amount the
text says will be spent or aims at keeps its cue: only a money figure whose status came from the plan alone or
from a financial year's end is changed, and only in a sentence (or under a column header) that names a budget."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

# Allocation 2026-27, outlay, budget, allocated, funds: the words of a budget's money
_BUDGET = re.compile(r"\b(?:allocat(?:ion|ions|ed)|outlay|budget(?:s|ed)?|appropriation)\b", re.IGNORECASE)
_FISCAL = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*\d\d(?:\d\d)?\b")
_BY_PLAN = "no cue; the document is a plan"
_FISCAL_AHEAD = re.compile(r"^the year \d{4} is after publication$")


def allocated(line: str, start: int, status: Guess, money: bool, plan: bool, header: str) -> Guess:
    """``status``, or achieved for a plan's budget allocation (``money``, in a sentence or under a header
    naming a budget) that only the plan or its financial year's end made a target."""
    if not plan or not money or status.value != "target":
        return status
    sentence = line[slice(*sentence_bounds(line, start))]
    named = _BUDGET.search(header) or _BUDGET.search(sentence)
    if named is None:
        return status
    why = str(status.why)
    fiscal = _FISCAL.search(header) or _FISCAL.search(sentence)
    if why == _BY_PLAN or (_FISCAL_AHEAD.match(why) and fiscal is not None):
        return Guess("achieved", f"a plan's budget allocates it ('{named.group()}'): allocated when issued")
    return status
