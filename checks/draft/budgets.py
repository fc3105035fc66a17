"""A budget that divides its money: its allocations (KSh42.6 billion will go to …, is earmarked for …,
fiscal year 2027 budget, Budget 2026 with its 2026/27) are made when it reports them: achieved, of the
budget's (fiscal) year, and so are its parts (including, of which, 其中).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.carried import ACHIEVED_DEFAULTS, fiscal_end
from checks.draft.guesses import Guess
from checks.draft.policy import DEFAULT_TARGET_YEARS
from checks.draft.text import clause_bounds, sentence_bounds

# A budget named with its (fiscal) year: the 2026/27 national budget, the 2026-27 Budget, 2027年预算.
_BUDGET = re.compile(
    r"(?<![\d/-])((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)(?![\d/-])\s+(?:[A-Za-z]+\s+){0,2}budget\b"
    r"|\bbudget\s+for\s+(?:the\s+)?(?:financial\s+|fiscal\s+)?(?:year\s+|FY\s?)?((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)\b"
    r"|((?:19|20)\d\d)年(?:度)?(?:[\u3400-\u9fff]{0,6})?预算"
    # Ohio's fiscal year 2027 budget, the FY2027 budget: one year, the one the fiscal year ends in
    r"|\b(?:(?:fiscal|financial)\s+year|FY)\s?((?:19|20)\d\d)(?![\d/-])\s+(?:[A-Za-z]+\s+){0,2}budget\b"
    # Authorizing Expenditure of … Funds for FY2027, amounts appropriated for fiscal year 2027: money a
    # resolution authorizes for a fiscal year is that year's budget (round 40)
    r"|\b(?:authori[sz]\w*|appropriat\w*)\s+(?:[A-Za-z]+\s+){0,6}?for\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s?|FY\s?)"
    r"((?:19|20)\d\d)(?![\d/-])",
    re.IGNORECASE,
)
# Budget 2026: a budget named by the year it is presented in; its fiscal year is the one that starts then
# (2026/27, when the text prints it), else that year.
_NAMED_BUDGET = re.compile(r"\bBudget\s+((?:19|20)\d\d)\b(?![\d/-])")
_FISCAL_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)(?![\d/-])")
# How a budget's money is divided, as the budget story tells it (not what a county allocated last
# year): has been allocated, the allocation, is earmarked for, sets aside, will go to, will pay.
ALLOCATION = re.compile(
    r"\b(?:has|have)\s+been\s+allocated\b|\bthe\s+allocation\b|\bearmarked\b|\bsets?\s+aside\b"
    r"|\bwill\s+(?:go\s+to|pay|fund|cover)\b|预算安排|安排(?:资金|专项资金|经费)"
    # The Budget includes $1.1 billion, the 2026-27 Budget will invest a record $4.2 billion, Budget 2026
    # committed $1.27 billion
    r"|\bbudget(?:\s+(?:19|20)\d\d)?\s+(?:will\s+)?(?:invest(?:s|ed)?|includ(?:es?|ed)|provided?s?|deliver(?:s|ed)?"
    r"|allocate[sd]?|commit(?:s|ted)?)\b",
    re.IGNORECASE,
)


def budget_year(lines: list[str], now: int | None) -> int | None:
    """The year (a fiscal year's last) of the budget a text reports, when it is not over; else None."""
    for line in lines:
        for match in _BUDGET.finditer(line):
            groups = [g for g in match.groups() if g]
            year = fiscal_end(groups[0], groups[1] if len(groups) > 1 else None)
            if now is None or year >= now:
                return year
    for line in lines:
        for match in _NAMED_BUDGET.finditer(line):
            named = match.group(1)
            fiscal = [
                fiscal_end(f.group(1), f.group(2))
                for text in lines
                for f in _FISCAL_YEAR.finditer(text)
                if f.group(1) == named and fiscal_end(f.group(1), f.group(2)) == int(named) + 1
            ]
            year = fiscal[0] if fiscal else int(named)
            if now is None or year >= now:
                return year
    return None


# The Government's $46.5 million Emergency Access Plan, announced in the 2026-27 State Budget, funds …: an
# amount the clause after it says the budget announced.
_ANNOUNCED_IN = re.compile(
    r"\s*[,，]\s*(?:as\s+)?(?:announced|unveiled|funded|allocated|set\s+out)\s+(?:in|by|through)\s+the\s+(?:\S+\s+){0,3}budget\b",
    re.IGNORECASE,
)
_OF_THE_TOTAL = re.compile(r"\s*(?:Of\s+the\s+total|Of\s+this|Of\s+that|其中)\s*[,，:：]", re.IGNORECASE)
# Budget 2026 committed $1.27 billion …, including $118 million …; … provides $4.2 million …, of which $1.6
# million will go to …: a part of the allocation its sentence opens on.
_PART_OF = re.compile(r"\s*(?:including|of\s+which|其中)\b", re.IGNORECASE)
# the previous year's allocation of ₹1,604 crore, a hike over …: the amount compared with is another year's
COMPARED = re.compile(r"\b(?:previous|last|prior)\s+year['’]?s?\b|\bover\s+the\b|\bthan\b|\bcompared\b|比|较", re.I)


def allocated(line: str, start: int, budget: int | None) -> bool:
    """The figure is part of a budget's allocation as the story reports it (its sentence divides the
    budget's money in its clause, KSh9.7 billion is earmarked for …, or its sentence opens on it: Of the
    total, KSh42.6 billion will go to …), not the amount it is compared with."""
    if budget is None or COMPARED.search(line, clause_bounds(line, start)[0], start):
        return False
    sentence_start = sentence_bounds(line, start)[0]
    clause_start, clause_end = clause_bounds(line, start)
    if _PART_OF.match(line, clause_start) and ALLOCATION.search(line, sentence_start, clause_start):
        return True
    return bool(
        ALLOCATION.search(line[clause_start:clause_end])
        or _OF_THE_TOTAL.match(line, sentence_start)
        or _ANNOUNCED_IN.match(line, clause_end)
    )


_MONEY = re.compile(r"[£$€¥₹]|\b(?:KSh|Rs|INR|USD|NZD|AUD|GBP|EUR|NGN)(?![A-Za-z])|元")
_WILL = re.compile(r"'(?:will|would|is\s+to|are\s+to)'", re.IGNORECASE)


def budget_guess(
    line: str,
    start: int,
    status: Guess,
    period: Guess,
    budget: int | None,
    as_achieved: Callable[[], Guess],
    counted: bool = False,
) -> tuple[Guess, Guess]:
    """A budget's allocation as its story reports it is made (achieved), of the budget's year: "KSh42.6
    billion will go to …" says how the money is divided, not what is to be reached; a target with its
    own due year (to 5 per cent by the 2028/29 financial year) stays one. ``as_achieved``: the
    figure's period guessed as an achievement's."""
    if not allocated(line, start, budget) or budget is None:
        return status, period
    if status.value == "target":
        if counted and not _MONEY.search(line, *sentence_bounds(line, start)):
            # Pharmacy will fund two new medicines: a count its sentence gives no money for is to come, no
            # allocation (round 45); KSh42.6 billion will go to … 1.8 million households stays one
            return status, period
        # a target only for printing the budget's own year, after publication (the fiscal year 2027 budget
        # provides $4.2 million), is the allocation's year, not a due year
        of_budget = period.value == budget and status.why == f"the year {budget} is after publication"
        will = _WILL.search(status.why) and (period.why in DEFAULT_TARGET_YEARS or period.value == budget)
        if not (of_budget or will):
            return status, period
        status, period = Guess("achieved", "a budget's allocation, reported as made"), as_achieved()
    named = _BUDGET.search(line) or _NAMED_BUDGET.search(line)
    # Budget 2026 committed $1.27 billion: the year in the budget's name is the one it is presented in
    names_it = named is not None and period.why == "the year printed with it" and str(period.value) in named.group()
    by_default = period.why in ACHIEVED_DEFAULTS or period.why == "the year its title names"
    if status.value == "achieved" and (by_default or names_it or period.value == budget):
        period = Guess(budget, f"the year of the budget the text reports ({budget})")
    return status, period


# 自治区财政安排…补助资金3200万元: money a treasury or a budget allocates, in the figure's clause (not a unit's own
# 安排更新经费不超过3万元, a plan's cap); … workers, funded with $2.1 million for SFY 2027: money that paid for what
# was done. Allocated when the text reports it (round 31), of the year its clause names, else of now.
_ALLOCATED = re.compile(
    r"(?:财政|预算)(?:共|累计|再)?安排[^，,。；;\d]{0,24}(?:资金|经费|补助|补贴)|\bfunded\s+(?:with|by)\s+\S*$"
    # The Board has approved $1.65 million (round 32); The Government has agreed an extra £350,000 for 2026-27
    r"|\b(?:has|have)\s+(?:approved|allocated|awarded|agreed|committed)\s+(?:an?\s+)?(?:(?:extra|additional|further)\s+)?\S*$",
    re.IGNORECASE,
)


def money_allocated(line: str, start: int, status: Guess, period: Guess, now: int | None) -> tuple[Guess, Guess]:
    """Status and period of money its clause says a treasury allocated or that funded what was done."""
    clause_start = clause_bounds(line, start)[0]
    if status.value != "target" or now is None or not _ALLOCATED.search(line, clause_start, start):
        return status, period
    # its own year (for SFY 2027, a fiscal year begun), else now; never a year further ahead
    own = period.value if period.why == "the year printed with it" and isinstance(period.value, int) else None
    return Guess("achieved", "money allocated, as the text reports it"), (
        period if own is not None and own <= now + 1 else Guess(now, "publication year: money allocated")
    )
