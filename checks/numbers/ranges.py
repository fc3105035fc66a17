"""Ranges: two numbers read as one quantity (3至5年, between 10 and 20, 大于10小于20).

The rules are in ``checks/numbers/bounds.py`` (its docstring says which words join the ends and
when a pair is a range); this module applies them to drafts (``read_range``) and to finished
readings (``pair_bounds``). A range is a ``Quantity`` with ``ends`` (``checks/numbers/quantity.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import checks.numbers.bounds as bounds
import checks.numbers.range_changes as range_changes
from checks.numbers.chinese import BIG_PLACES
from checks.numbers.currencies import currency_before
from checks.numbers.day_counts import counts_days
from checks.numbers.drafts import master_match, pair_drafts, read_draft
from checks.numbers.measured import Draft, refused, unit_of
from checks.numbers.nonquantities import LABEL_AFTER, after_year_word, looks_like_year
from checks.numbers.quantity import LARGEST, RANGE, Quantity, half_unit_of, quantity, range_of, reread
from checks.numbers.rate_bases import is_rate_base
from checks.numbers.tables import units
from checks.numbers.units import Units
from checks.scalar_intervals import PERCENT

_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
# Births rose from 85.7 per cent to 91.4 per cent, and those in public facilities from 69.4 to 76.8: a change
# stated again without its verb (a verb of change earlier in the sentence, then ", and" before "from"); in the
# present tense too, the verb then followed by from (the starting rate rises from $44.12 to $50.83, and the top rate
# from $78.40 to $93.03; not fees increase every year, and children aged from 5 to 16: a noun's or a verb's alone).
_CHANGED_BEFORE = re.compile(
    r"\b(?:rose|increased|grew|climbed|improved|fell|declined|dropped|decreased|raised|went\s+(?:up|down)|"
    r"(?:rise|increase|grow|climb|improve|fall|decline|drop|decrease|raise)s?\s+from|"
    r"(?:has|have)\s+(?:risen|fallen|increased|decreased|declined|grown))\b(?:[^.;]|\.\d)*,\s+and\s+[^,.;\d]*\Z",
    re.IGNORECASE,
)
_AGED = re.compile(r"\bag(?:ed|es)\s+\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?。；！？](?!\d)")
_RESTATED_REACH = 300  # characters looked back for the verb (a sentence's length; bounded on hostile lines)


def _restates_change(norm: str, start: int) -> bool:
    """Whether "from X to Y" at ``start`` restates a change its sentence states before it, without the verb."""
    low = max(0, start - _RESTATED_REACH)
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(norm, low, start)), default=low)
    found = _CHANGED_BEFORE.search(norm, sentence_start, start)
    # ..., and children aged from 5 to 16: ages span a group, whatever changed before
    return found is not None and _AGED.search(norm, found.start(), start) is None


def read_range(text: str, norm: str, first: Draft, table: Units) -> Quantity | int | None:
    """A range starting at ``first`` (3至5年, between 10 and 20), the end of a period to skip (2020-2025年), or None."""
    if first.kind not in ("arabic", "cn", "en", "pct", "permille") or bounds.post_bound(norm, first.end):
        return None
    if norm[first.end : first.end + 1] not in bounds.RANGE_JOIN_FIRST:
        return None
    join = bounds.RANGE_JOIN.match(norm, first.end)
    if join is None or "\t" in norm[first.end : join.end()]:
        return None  # 12.6%<TAB>-21.4%: a table's next cell (a fall), not the range's other end
    second_match = master_match(norm, join.end())
    if second_match is None or second_match.lastgroup not in ("arabic", "cn", "en", "pct", "permille"):
        return None
    second = read_draft(norm, second_match, table)
    if second is None or second.kind == "ordinal" or first.value > LARGEST or second.value > LARGEST:
        return None  # an end past LARGEST is no figure: the first is then read alone (and refused if it is past)
    if first.kind == "arabic" and second.kind == "arabic" and _is_period(norm, first, second):
        return second.end
    if (
        first.kind == "arabic"
        and first.scale == 1
        and looks_like_year(first.digits)
        and after_year_word(norm, first.start)
    ):
        return None  # in 2022 – 2.7 million more: a year, then a clause
    opener = bounds.RANGE_OPENER.search(norm, max(0, first.start - 28), first.start)
    closer = bounds.RANGE_CLOSER.match(norm, second.end)
    if closer is None and second.unit_text == "间":  # 10000与20000间: 间 closes the pair, it is no room
        closer = bounds.RANGE_CLOSER.match(norm, second.number_end)
        second = replace(second, end=second.number_end, unit=None, unit_text=None, unit_start=None)
    if join.group("and") and closer is None and (opener is None or opener.group() == "在"):
        return None  # 控制在3.0‰和4.5‰以下: two figures; 在20和30之间 (or 介于20和30) a range
    if (
        opener is not None
        and opener.group().lower().startswith("from")
        and (range_changes.is_change(norm, opener) or _restates_change(norm, opener.start()))
    ):
        return None
    if (
        opener is not None
        and opener.group().lower().startswith("between")
        and range_changes.is_comparison(norm, opener)
    ):
        return None
    label = LABEL_AFTER.match(norm, second.number_end)
    # 3-5月, 1-3号楼: a range of labels; not 7.2日至9.6日, a decimal is no day of a calendar
    if (
        label
        and not (label.group().strip() in ("日", "月") and "." in norm[second.start : second.number_end])
        and not (label.group().strip() == "日" and counts_days(norm, first.start, label.end() - 1))
    ):
        return second.end
    if _share_and_amount(norm, first, second):
        return None  # rises by 4.1% to £12.71, grows by 5.8% to 284,000: the change, then what it comes to
    first, second = _shared(first, second)
    if first.value >= second.value or not _same_unit(first, second):
        return None
    if (join.group("dash") or "").lower() == "to" and range_changes.is_change_by(
        norm, first.start, first.value, second.value
    ):
        return None  # fell by £25,000 to £430,000: the change, then the level it comes to
    if join.group("or") and not bounds.next_step(first.value, second.value):
        return None  # 10 or 15 beds: two choices, each read alone
    if refused(text, norm, first) or refused(text, norm, second, joined=True):
        return None
    start = opener.start() if opener is not None else first.start
    signs = join.group("variable")
    strict = None if signs is None else ("gt" if signs[0] == "<" else "ge", "lt" if signs[-1] == "<" else "le")
    return _range(text, norm, first, second, start, closer.end() if closer is not None else second.end, strict)


def read_pair(text: str, norm: str, match: re.Match[str], table: Units) -> Quantity | None:
    """An approximate pair (两三万, 三五个, 七八十岁) as a range, or None when it is none (三四月: months)."""
    pair = pair_drafts(norm, match, table)
    if pair is None or pair[1].value > LARGEST or refused(text, norm, pair[1], joined=True):
        return None
    return _range(text, norm, pair[0], pair[1], pair[0].start, pair[1].end)


def _range(
    text: str, norm: str, first: Draft, second: Draft, start: int, end: int, signs: tuple[str, str] | None = None
) -> Quantity:
    """The range of two ends, with the bound word before it.

    约3至5天: about, and still a range. A bound word of one side bounds the end on its side: more than
    10 to 20 is (10, 20], 超过3至5年 is more than 3 and at most 5 years, under 3-5 days is [3, 5).
    ``signs`` are the ends' bounds a double inequality prints (3 < x ≤ 5: gt and le).
    """
    pre = bounds.pre_bound(norm, start)
    side = pre.lastgroup if pre is not None else None
    low_bound = side if side in ("gt", "ge") else "ge"
    high_bound = side if side in ("lt", "le") else "le"
    if signs is not None:
        low_bound, high_bound = signs
    lower = quantity(text, (first.start, first.end), first.value, first.half_unit, low_bound, first.digits,
                     unit_of(text, first))  # fmt: skip
    upper = quantity(text, (second.start, second.end), second.value, second.half_unit, high_bound, second.digits,
                     unit_of(text, second))  # fmt: skip
    if pre is not None and side in ("approx", "nearly", "gt", "ge", "lt", "le"):
        start = pre.start()
    return range_of(text, lower, upper, (start, end))


def _shared(first: Draft, second: Draft) -> tuple[Draft, Draft]:
    """The first end takes the second's scale and unit when it prints none (两到三万, 5-20%, 3至5年).

    Only when it is the smaller figure before the scale: 两到三万 is 20000 to 30000, but 从8500到3万
    is 8500 to 30000.
    """
    scale = _trailing_scale(second)
    if first.scale == 1 and scale != 1 and not first.fraction and first.value < second.value / scale:
        first = replace(
            first, value=first.value * scale, scale=scale, half_unit=half_unit_of(first.digits, float(scale))
        )
    if first.unit_text is None and second.unit_text is not None:
        first = replace(first, unit=second.unit, unit_text=second.unit_text)
    elif second.unit_text is None and first.unit_text is not None and second.scale == 1:
        # 3km-5: the second end takes the first's unit; but a scaled figure (85% – about 109 million)
        # is a count of its own, not a share.
        second = replace(second, unit=first.unit, unit_text=first.unit_text)
    elif first.unit_text is None and second.unit_text is None and (first.unit is None) != (second.unit is None):
        # Rs 20,000-30,000: the currency printed before the first end (its unit) is the second's too.
        first, second = replace(first, unit=first.unit or second.unit), replace(second, unit=second.unit or first.unit)
    return first, second


def _trailing_scale(draft: Draft) -> Decimal:
    """The scale word a draft ends with: 3万 → 10⁴, 三万 → 10⁴, 九百亿 → 10⁸, 300 → 1."""
    if draft.scale != 1 or draft.kind != "cn":
        return draft.scale
    scale, digits = Decimal(1), draft.digits
    while digits and digits[-1] in BIG_PLACES:
        scale *= BIG_PLACES[digits[-1]]
        digits = digits[:-1]
    return scale


def _share_and_amount(norm: str, first: Draft, second: Draft) -> bool:
    """Whether one end is a percentage and the other an amount of money (4.1% to £12.71), or a plain figure past
    100 after a percentage (5.8% to 284,000: a count of its own, which cannot take the share's unit): no range."""
    for share, money in ((first, second), (second, first)):
        if share.unit == PERCENT and money.unit != PERCENT and currency_before(norm, money.start, 5):
            return True
    plain_second = first.unit_text is not None and second.unit_text is None and second.scale == 1
    return first.unit == PERCENT and plain_second and second.value > 100


def _same_unit(first: Draft, second: Draft) -> bool:
    return first.unit == second.unit and (first.unit is not None or first.unit_text == second.unit_text)


def _is_period(norm: str, first: Draft, second: Draft) -> bool:
    """2020-2025年, 2013-2014, in 2009-2011 for: a span of years, not a range of quantities."""
    if not (looks_like_year(first.digits) and looks_like_year(second.digits)) or first.scale != 1 or second.scale != 1:
        return False
    if second.unit_text not in (None, "年", "年度") or int(second.digits) <= int(first.digits):
        return False
    # A word goes on after 2000-3000 people (a count), but not after a year word: in 2009-2011 for AEDs.
    return (
        second.unit_text is not None
        or not _LOWER_WORD_AFTER.match(norm, second.end)
        or after_year_word(norm, first.start)
    )


def pair_bounds(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """Join a lower and an upper bound printed together into one range (大于10小于20, 1000以上，1500以下)."""
    if len(found) < 2:
        return found
    joined: list[Quantity] = []
    index = 0
    while index < len(found):
        here = found[index]
        if index + 1 < len(found):
            there = found[index + 1]
            pair = _bound_pair(norm, here, there)
            if pair is not None:
                joined.append(range_of(text, pair[0], pair[1], (here.start, there.end)))
                index += 2
                continue
        joined.append(here)
        index += 1
    return joined


def _bound_pair(norm: str, here: Quantity, there: Quantity) -> tuple[Quantity, Quantity] | None:
    if RANGE in (here.bound, there.bound) or here.end > there.start:
        return None
    if here.bound in bounds.LOWER and there.bound in bounds.UPPER:
        lower, upper = here, there
    elif here.bound in bounds.UPPER and there.bound in bounds.LOWER:
        lower, upper = there, here
    else:
        return None
    if lower.value >= upper.value or (None not in (lower.unit, upper.unit) and lower.unit != upper.unit):
        return None
    if _measures_apart(lower, upper):
        return None  # ≥ 0.2 ng/mL within 28 days: a level and a time, no range
    if not bounds.BOUND_PAIR_JOIN.match(norm[here.end : there.start]):
        return None
    return lower, upper


def _measures_apart(one: Quantity, other: Quantity) -> bool:
    """Whether two figures print unit words of two measures (ng/mL and days; not km and kilometres,
    which name one unit)."""
    if not one.unit_text or not other.unit_text or one.unit_text.lower() == other.unit_text.lower():
        return False
    return one.unit is None or one.unit != other.unit


# A figure restated in parentheses, in another unit or currency, right after a bounded one (more than
# 100 kilometers (60 miles), lower than 8.90 ksi (61.4 MPa), just under 296 hp (224 kW / 300 PS)):
# the bound is the first figure's, so the restatement takes it. A few words may name the first
# figure's unit before the parenthesis (more than 7.5 million Danish crowns (US $1.1 million)); the
# parenthesis holds the restatement alone (more than 500 hospitals (120 of them rural) is a part),
# and no label of its own (six weeks or more … (plan: 15%): the plan's figure, not a restatement).
_OPENS_RESTATEMENT = re.compile(
    r"\s*(?:[A-Za-z.]{1,20}\s+){0,3}[A-Za-z.]{0,20}\s*[(（](?![^()（）\d]*[:：])[^()（）\d]{0,8}\Z"
)
_GOES_ON_RESTATING = re.compile(r"[^()（）\d]{0,8}\Z")
# The restatement is the parenthesis (its unit at most): not a part of the whole, (120 of them rural).
_ENDS_RESTATEMENT = re.compile(r"\s*(?:[A-Za-z.-]{1,20}\s*){0,2}[)）/]")
_RESTATED = ("gt", "ge", "lt", "le", "approx", "nearly", "gt_step")
_SAMPLE_SIZE = re.compile(r"[(（]\s?[nN]\s?[=:]\s?\Z")


def restated_bounds(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """The readings, each figure restated in parentheses after a bounded one taking its bound."""
    bound = None
    durations = units().durations
    for index in range(1, len(found)):
        here, before = found[index], found[index - 1]
        gap = norm[before.end : here.start]
        if before.bound in _RESTATED and len(gap) < 80 and _OPENS_RESTATEMENT.fullmatch(gap):
            bound = before.bound
        elif bound is None or not _GOES_ON_RESTATING.fullmatch(gap):
            bound = None
            continue
        if (before.unit == here.unit == PERCENT) or _SAMPLE_SIZE.search(gap):
            continue  # nearly a third (32.1%), just over half (51%): the exact share; (n = 400): its sample
        if before.unit == PERCENT != here.unit and (
            bound in ("lt", "gt") or (bound in ("approx", "nearly") and _counted(here) and _not_round(here))
        ):
            # fewer than 2 per cent (412 people), about 3 in 4 deaths (161): the exact count under the share
            # (not about 40 per cent (2,000 people), a round count as approximate as its share; nor
            # approximately 7 % oxygen (53 mmHg): the same level in another measure)
            continue
        if before.unit != PERCENT == here.unit and bound in ("approx", "nearly"):
            continue  # About 7,300 of them (15%): the share the count makes, computed and printed as it is (round 34)
        if (before.unit in durations and here.unit not in durations) or is_rate_base(here.unit_text):
            continue  # aged 65 and older (48.7), (48.7 per 100,000): the group's rate, not its age again
        if here.bound == "eq" and _ENDS_RESTATEMENT.match(norm, here.end):
            found[index] = reread(text, here, bound=bound)
    return found


def _counted(q: Quantity) -> bool:
    """Whether ``q`` is a count: no unit word, or one of a count's (people, cases)."""
    return (q.unit is None and q.unit_text is None) or q.unit in units().counts


def _not_round(q: Quantity) -> bool:
    """Whether ``q`` was printed with a last digit other than 0 (161, 1,234: counted, not estimated)."""
    digits = q.digits.rstrip()
    return digits[-1:].isdigit() and digits[-1] != "0"
