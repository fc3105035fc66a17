"""A drafted figure's unit: a change of a rate, a rate's base, a table column's, a currency, what
it counts, the reader's unit, or a unit proposed for a measure word no unit names."""

from __future__ import annotations

from typing import Any

from checks.draft.counted import counted_unit
from checks.draft.drafted import Drafted
from checks.draft.money import currency_of, money_unit
from checks.draft.new_units import hint_words, person_times, propose_unit
from checks.draft.rates import changed_rate, customary_base, printed_base, printed_thing, rate_named_by, rate_unit
from checks.draft.tables import Column, cell_column
from checks.numbers import Quantity


def unit_of(
    q: Quantity,
    number: int,
    line: str,
    units: dict[str, dict[str, Any]],
    drafted: Drafted,
    kind_of: dict[str, str],
    context_columns: dict[int, list[Column]],
) -> tuple[str, str | None]:
    """The fact's unit and, when it is a guess, what to check about it."""
    if q.unit is None or kind_of.get(q.unit) == "count":
        earlier = [f for f in drafted.facts if f.line == number]
        changed = changed_rate(line, q, earlier, kind_of)
        if changed:
            return changed, f"unit: {changed}, the {kind_of.get(changed, 'rate')} it is a change of"
    base = printed_base(line, q)
    # a bare cell, or one counted in its column's unit word (每千常住人口注册护士数（人）: 3.55 is a rate of that base)
    bare = q.unit is None and not q.unit_text
    column = cell_column(context_columns, number, line, q) if bare or kind_of.get(str(q.unit)) == "count" else None
    if base is None and column is not None:
        base = column.base  # a table's column of rates (Rate per 100,000 population)
    base = base or customary_base(line, q)  # 孕产妇死亡率为0: a rate of its customary base, never a count
    if base and q.unit is None:
        return rate_unit(base, units, q.unit_text, drafted.new_units, printed_thing(q))
    # … below its base: 按常住人口65.77万人计算 after 每千人口 counts people, it is no rate
    further_back = base is not None and q.value < base and kind_of.get(str(q.unit)) == "count"
    rate = rate_named_by(q.unit_text, base, units) if base is not None and further_back else None
    if rate:
        # 每千人口执业(助理)医师数达到3.2人: the base stands further back than the reader looks.
        return rate, f"unit: {rate}, the rate its clause's base names"
    currency = currency_of(line, q) if q.unit is None else None
    if currency and not _unlisted_word(currency, q, units):
        return money_unit(*currency, units, drafted.new_units, word=currency[0] == q.unit_text)
    counted = counted_unit(line, q, units)
    if counted:
        return counted, f"unit: {counted}, named by what it counts"
    if q.unit and not person_times(q):
        return q.unit, None
    if q.unit_text:
        hinted = [uid for uid, entry in units.items() if q.unit_text in hint_words(entry)]
        named = [] if person_times(q) else hinted
        if named:
            return named[0], f"unit: '{q.unit_text}' after a rate base; no rate unit for it in schemas/units.yaml"
        # A measure word no unit names: propose one, so the fact's unit agrees with its quote (P108).
        uid = propose_unit(q.unit_text, units, drafted.new_units)
        unlisted = f", a word schemas/units.yaml's {currency[1]} does not list: name what it counts" if currency else ""
        return uid, f"unit: {uid} proposed for '{q.unit_text}'{unlisted}"
    return "unit", "unit: no unit word is printed; a count assumed"


def _unlisted_word(currency: tuple[str, str], q: Quantity, units: dict[str, dict[str, Any]]) -> bool:
    """Whether an amount's currency is named by a word the catalogue's entry for it does not list: P108 would
    refuse that currency for the quote (schemas/units.yaml lists US dollars, not dollars, which may be any
    country's; £, not pounds, which may weigh), so the word gets a unit of its own to review."""
    printed, code = currency
    return printed == q.unit_text and code in units and printed not in hint_words(units[code])
