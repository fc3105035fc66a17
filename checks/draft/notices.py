"""What a notice or a plan says stands now, and what it sets for a later year (round 39, set 43's kinds: a county's
notice of payments made, a province's notice allocating subsidies, a hospital's staffing plan for the next year):

- a level a notice sets from a later date (``自2027年1月1日起…标准由每人每月720元提高至800元``), read as in force
  for want of a cue, is a target of the year it takes effect (README: rules to come);
- a share of the next year's money (``扣减下一年度资金的5%至10%``) is a target of the year after publication;
- a year that dates the basis an allocation is made on (``资金按…和2025年度项目绩效评价结果（权重20%）分配``) dates
  the evaluation, not the weights or the awards the allocation makes now;
- a plan's sentences told in the simple past (``The committee met 11 times``, ``received 137 complaints and
  resolved 121``, ``the rate fell … to 9.6%``) report what was done, and what a body is made up of (``made up of 8
  direct care nurses and 8 nurse managers``) or a present verb says (``The plan covers 140 staffed beds``, ``funds
  612 … FTE``) stands: not the plan's targets;
- a fiscal year's budget (``Our FY2027 … budget (…) is $96.4 million``, ``the FY2026 budget of $90.9 million``) is
  achieved, of that year (README: a budget's allocations);
- a cue in a bracket after the figure, with its own figure (``$5.20 per net (the target was no more than $5.50)``),
  is that figure's; a bound so bracketed names a target, no term (``checks.draft.terms``);
- a rise that closes a change (``up from 61.0% in the 2023 survey, a rise of 17.6 percentage points``) is of the
  later figure's time, not the base's;
- the set a task to come acts on (``The remaining 11 districts … will receive``) exists now;
- a due year dates every target of its sentence across joined clauses (``… below 15% by March 2028, and to raise …
  from 58% to at least 70%``: 2028);
- the level a rule sets with what was reached in brackets after it (``不低于…的25%（实际为29.4%）``) is a target;
- a due year printed after a level the plan sets (``a ceiling of 5% that the plan sets for 2027``) is that level's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.carried import fiscal_end
from checks.draft.guesses import Guess
from checks.draft.text import blanked, clause_bounds, sentence_bounds
from checks.draft.years import years_in

Reguess = Callable[[str], tuple[Guess, Guess]]

_PLAN_FALLBACK = "no cue; the document is a plan"
_TAKES_EFFECT = "takes effect"
_NEXT_YEARS = re.compile(
    r"(?:下一|下|次)年度?的?[\u4e00-\u9fff]{0,6}?(?:资金|经费|预算|补助|拨款|额度)的?(?:\d+(?:\.\d+)?[%％]?\s*[至到~～—-]\s*)?$"
)
_BASIS = re.compile(
    r"(?:按|根据|依据|按照)[^。；;]{0,40}?((?:19|20)\d\d)年度?[^，,。；;（(]{0,12}?(?:结果|数据|考核|评价|评估)"
    r"[^。；;]{0,40}?(?:分配|下达|安排|测算|核定)"
)
# a verb in the simple past, its subject before it: not a participle after an auxiliary (will be used, has met)
_PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bhas )(?<!\bhave )"
    r"(?<!\bhad )(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bshould )(?<!\bmust )(?<!\bnot )(?<!\bthe )(?<!\ba )"
    r"\b(?:met|fell|rose|grew|took|made|paid|spent|saw|held|gave|received|resolved|worked|reached|recorded"
    r"|handled|treated|completed|reported|filled|hired|recruited|declined|increased|decreased|dropped|improved"
    r"|delivered|arranged|performed|screened|admitted|enrolled|vaccinated)\b"  # the NTPF arranged care for …: round 46
)
_SUBJECT = re.compile(r"[A-Za-z),]\s+$")
_MADE_UP = re.compile(r"(?i:\b(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising))\b[^.;]*$")
# The plan covers 140 staffed beds: what a present verb says stands (not a plan that funds 45 positions)
_PRESENT = re.compile(r"(?i:\b(?:covers|employs|serves|operates|comprises)\s+(?:about\s+|around\s+|some\s+)?$)")
# Our FY2027 nurse staffing budget (…) is $96.4 million, the FY2026 budget of $90.9 million: a fiscal year's budget
_FISCAL_BUDGET = r"\b(?:FY\s?((?:19|20)\d\d)|((?:19|20)\d\d)(?:/(\d\d))?)\s+(?:[\w-]+\s+){0,4}budget\b"
_BUDGET_IS = re.compile(
    rf"(?i:{_FISCAL_BUDGET}[^.;]{{0,60}}?"
    r"\b(?:is|of|totals|stands\s+at|amounts\s+to)\s+(?:about\s+|around\s+)?[$£€]?$)"
)
# $5.20 per net delivered (the target was no more than $5.50): a bracket after the figure, its own figure and cue
_BRACKET_AFTER = re.compile(r"[^()（）]{0,40}?[(（][^()（）]*\d[^()（）]*[)）]")
_BRACKET_CUE = re.compile(r"(?i:\b(?:target|goal|plan|standard)\b|目标|计划|标准)")
# up from 61.0% in the 2023 survey, a rise of 17.6 percentage points: the rise is of the figure before the from
_RISE_OF = re.compile(r"(?i:,\s*(?:a|an)\s+(?:rise|increase|fall|drop|decline|gain|reduction|improvement)\s+of\s+$)")
_FROM = re.compile(r"(?i:\b(?:up|down)\s+from\b)")
# The remaining 11 districts … will receive: the set a task to come acts on exists now
_SET_OPENS = re.compile(r"(?:^|[.;:!?]\s+)The\s+(?:remaining|other|existing|current)\s+$")
# …, and to raise … from 58% to at least 70%: a joined clause of a target whose earlier clause prints its due year
_JOINED_TO = re.compile(r"(?i:,?\s*and\s+to\s+[a-z]+\b)")
_DUE_BY = re.compile(
    r"(?i:\bby\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b)"
)
# 不低于…的25%（实际为29.4%）: the level a rule sets, what was reached in brackets after it
_ACTUAL_AFTER = re.compile(r"\s*[(（]\s*(?:实际(?:为|达到?)?|actual(?:ly)?\b)")
# (Our FY2027 budget is $96.4 million, …,) and funds 612 FTE: what a fiscal year's budget pays for is as it is
_BUDGET_NAMED = re.compile(rf"(?i:{_FISCAL_BUDGET})")
_FUNDS = re.compile(r"(?i:\b(?:funds|pays\s+for)\s+(?:about\s+|around\s+)?$)")
_SETS_FOR = re.compile(r"\s+(?:that|which)\s+(?:the\s+\w+\s+|it\s+|we\s+)?(?:sets?|set)\s+for\s+((?:19|20)\d\d)\b")


def _fiscal_year(budget: re.Match[str]) -> Guess:
    """The fiscal year a ``_FISCAL_BUDGET`` names (FY2027, 2026/27), as a figure's period: a year across two by the
    year it ends in (2024/25: 2025, README's convention; round 59)."""
    return Guess(
        int(budget.group(1)) if budget.group(1) else fiscal_end(*budget.group(2, 3)), "the budget's fiscal year"
    )


def _basis_year(line: str, start: int, year: int) -> tuple[int, int] | None:
    """The year, of the figure's line, that dates the basis an allocation is made on (按…2025年度…结果…分配)."""
    sentence_start, sentence_end = sentence_bounds(line, start)
    for basis in _BASIS.finditer(line, 0, sentence_end):
        if int(basis.group(1)) == year and basis.start() <= start and basis.end() > sentence_start:
            return basis.start(1), basis.end(1)
    return None


def _told_year(line: str, start: int, when: Guess) -> Guess:
    """A past-told figure's period: a year gone by printed before it in its sentence (Hospitals delivered … in 2025,
    and the fund arranged care for 118,600 patients: 2025) outranks the year of a plan named earlier (round 46)."""
    if not when.why.startswith("the year of the plan named"):
        return when
    gone = [y for y in years_in(line[:start], 0) if y.position >= sentence_bounds(line, start)[0] and not y.target]
    return (
        Guess(gone[-1].value, "the last year gone by in its sentence")
        if gone and gone[-1].value < int(when.value)
        else when
    )


def _past_told(line: str, start: int) -> bool:
    """A verb in the simple past, with its subject, before the figure in its clause's sentence part."""
    part_start = max(sentence_bounds(line, start)[0], line.rfind(";", 0, start) + 1)
    return any(_SUBJECT.search(line, part_start, verb.start()) for verb in _PAST.finditer(line, part_start, start))


def settled(
    line: str, start: int, end: int, status: Guess, period: Guess, now: int, again: Reguess
) -> tuple[Guess, Guess]:
    """``status`` and ``period`` of the figure at ``start:end``, or what the rules above make of them."""
    year = int(period.value)
    if status.value == "achieved" and status.why.startswith("no cue") and year > now and _TAKES_EFFECT in period.why:
        return Guess("target", "a level set from a later date"), period
    clause_start = clause_bounds(line, start)[0]
    if _NEXT_YEARS.search(line[clause_start:start]):
        return Guess("target", "a share of the next year's money"), Guess(now + 1, "the year after publication")
    if year < now and (basis := _basis_year(line, start, year)) is not None:
        return again(blanked(line, *basis))
    budget = _BUDGET_IS.search(line, sentence_bounds(line, start)[0], start)
    if budget is not None:
        return Guess("achieved", "a fiscal year's budget, as it is set"), _fiscal_year(budget)
    if status.value == "target" and (bracket := _BRACKET_AFTER.match(line, end)) is not None:
        open_at = max(line.rfind("(", end, bracket.end()), line.rfind("（", end, bracket.end()))
        if _BRACKET_CUE.search(line, open_at, bracket.end()) and not _BRACKET_CUE.search(line, clause_start, open_at):
            return again(blanked(line, open_at, bracket.end()))
    sentence_start = sentence_bounds(line, start)[0]
    if year < now and _RISE_OF.search(line, max(0, start - 40), start):
        source = max(_FROM.finditer(line, sentence_start, start), key=lambda m: m.start(), default=None)
        if source is not None and re.search(rf"\b{period.value}\b", line[source.end() : start]):
            return again(blanked(line, source.start(), start - 1))
    if status.value == "target" and _SET_OPENS.search(line, max(0, start - 40), start):
        return Guess("achieved", "the set a task to come acts on ('The remaining …'): it exists"), Guess(now, "now")
    joined = _JOINED_TO.match(line, clause_start) or _JOINED_TO.match(line, clause_start - 1 if clause_start else 0)
    due = _DUE_BY.search(line, sentence_start, clause_start) if joined else None
    if due and status.value == "achieved" and status.why.startswith("no cue") and int(due.group(1)) > now:
        if re.search(r"\bfrom\s+$", line[max(0, start - 8) : start]):  # from 58%: the level it changes from
            return status, period
        return Guess("target", "a joined clause of a target"), Guess(int(due.group(1)), "the due year of its sentence")
    if status.value == "achieved" and status.why.startswith("no cue") and _ACTUAL_AFTER.match(line, end):
        return Guess("target", "the level set, what was reached in brackets after it"), period
    named = _BUDGET_NAMED.search(line, sentence_start, start) if _FUNDS.search(line, clause_start, start) else None
    if named is not None:
        return Guess("achieved", "what a fiscal year's budget pays for"), _fiscal_year(named)
    if status.why == _PLAN_FALLBACK:
        when = period if year <= now else Guess(now, "now")
        if _past_told(line, start):
            return Guess("achieved", "a plan's sentence told in the simple past reports"), _told_year(line, start, when)
        if _MADE_UP.search(line, clause_start, start):
            return Guess("achieved", "what a body is made up of stands now"), Guess(now, "now")
        if _PRESENT.search(line, clause_start, start):
            when = period if "take effect" not in period.why else Guess(now, "now")
            return Guess("achieved", "what a verb in the present says stands"), when
    if status.value == "target" and (due := _SETS_FOR.match(line, end)) is not None:
        return status, Guess(int(due.group(1)), "the year the level it names is set for")
    return status, period
