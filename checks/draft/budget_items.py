"""A budget's money as its statement lays it out (round 36): the items of a list under a lead-in that says the
budget divides its money (`The budget provides for:` / `• KSh 312 million to complete …`), and a figure of
the budget's whole (`31.2% of the county's total budget`, `the county's total budget of KSh 15.58 billion`,
`takes 86.6% of the health budget`). Both are the budget's: achieved, of its (fiscal) year (README's budget
story), when the words around them give no year of their own; what an item's money is to buy (`KSh 48
million to enrol an estimated 24,000 households`) is a target of that year."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.budgets import ALLOCATION, COMPARED
from checks.draft.carried import ACHIEVED_DEFAULTS, LIST_ITEM
from checks.draft.guesses import Guess
from checks.draft.policy import DEFAULT_TARGET_YEARS
from checks.draft.text import clause_bounds


def allocation_items(lines: Sequence[str], numbers: Sequence[int]) -> set[int]:
    """The body lines (of ``numbers``) that are items of a list under a lead-in line ending in a colon that
    says a budget divides its money (The budget provides for:, 预算安排如下：)."""
    items: set[int] = set()
    lead = False
    for number in numbers:
        line = lines[number - 1]
        if lead and (LIST_ITEM.match(line) or "\t" in line.strip()):  # or a table's rows (round 40)
            items.add(number)
            continue
        lead = line.rstrip().endswith((":", "：")) and (ALLOCATION.search(line) or _AUTHORIZED.search(line)) is not None
    return items


# the following amounts are authorized for FY2027 (July 1, 2026 to June 30, 2027): a resolution's lead-in
_AUTHORIZED = re.compile(
    r"\b(?:authori[sz]ed|appropriated)\s+for\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year|FY)\s?\d{4}", re.I
)


# the budget as the whole a figure is part of (of the county's total budget), or its size (budget of); not another's
# budget a pronoun names (Makueni put 38 per cent of its budget into health)
_OF_THE_BUDGET = re.compile(
    r"^\s*(?:%\s*)?(?:of|in)\s+(?!its\b|their\b)(?:the\s+)?(?:[\w'’-]+\s+){0,3}budget\b(?!\s+for\b)", re.I
)
_BUDGET_OF = re.compile(r"\bbudget\s+of\s+(?:[A-Z][A-Za-z]{0,3}\s?|[£$€₹])?$", re.I)
_DEFAULTS = (*ACHIEVED_DEFAULTS, "the year its title names", "'now'")
# A money amount at the head of a list item: • KSh 312 million …, • £4.2m …
_ITEM_AMOUNT = re.compile(r"^\s*(?:[-–•·*]|\d{1,2}[.)、]|[(（]\d{1,2}[)）])\s*(?:[A-Z][A-Za-z]{0,3}\s?|[£$€₹])?\s*$")


def budget_share(
    line: str, start: int, end: int, status: Guess, period: Guess, budget: int | None, item: bool
) -> tuple[Guess, Guess]:
    """Status and period of a figure of the budget's whole, or of an item of its list (``item``)."""
    if budget is None or not isinstance(period.value, int):
        return status, period
    clause_start, clause_end = clause_bounds(line, start)
    if COMPARED.search(line, clause_start, start):
        return status, period
    whole = _OF_THE_BUDGET.match(line[end:clause_end]) or _BUDGET_OF.search(line, clause_start, start)
    heads_item = item and _ITEM_AMOUNT.match(line[:start]) is not None
    if item and "\t" in line.strip() and status.value == "target" and period.value == budget:
        # a cell of a table of the year's allocations (its column FY2027 allocation): made, not to be reached
        return Guess("achieved", "a cell of the budget's table, reported as made"), period
    heads_item = heads_item or (item and "\t" in line.strip())
    if status.value == "achieved" and period.why in _DEFAULTS and (whole or heads_item):
        why = "the budget's whole" if whole else "the allocation its list item opens on"
        return Guess("achieved", f"{why}, reported as made"), Guess(budget, f"the year of the budget ({budget})")
    if item and status.value == "target" and period.why in DEFAULT_TARGET_YEARS:
        return status, Guess(budget, f"what an item of the budget's list is for: the budget's year ({budget})")
    return status, period
