"""A drafted figure's indicator: the other end's of its range, one of the catalogue matched by its
label or name, or a new one proposed (never one that another figure of the same period and status
holds with another value: C107 would report the two)."""

from __future__ import annotations

from checks.draft.context import Context
from checks.draft.drafted import Drafted
from checks.draft.facts import DraftFact
from checks.draft.indicators import label_en_of, label_zh_of, match, propose_name
from checks.draft.relations import other_end_indicator


def indicator_of(fact: DraftFact, context: Context, drafted: Drafted, kind_of: dict[str, str]) -> str:
    if (shared := other_end_indicator(fact, drafted.facts)) is not None:  # 2.5至5公里: one quantity's bounds
        fact.review.append(f"indicator: {shared}, as the other end of its range")
        return shared
    catalogue = {**context.catalogue, **drafted.new_indicators}
    found = match(fact.subject, fact.unit, context.catalogue, context.units)
    if found and not conflicts(found, fact, drafted):
        fact.review.append(f"indicator: {found} matched by its label")
        counted = str(context.catalogue[found].get("unit") or fact.unit)
        if fact.unit == "unit" and counted != fact.unit:
            # 个 or no unit word: the indicator says what is counted (S109 wants the two units equal).
            fact.unit = counted
            fact.review.append(f"unit: {counted}, the indicator's")
        return found
    base = propose_name(fact.subject, fact.unit)
    known = context.catalogue.get(base)
    counted = str(known.get("unit")) if known else ""
    if fact.unit == "unit" and kind_of.get(counted) == "count":
        fact.unit = counted  # 村卫生室312个: village_clinics counts institutions, and 个 agrees with any count
        fact.review.append(f"unit: {counted}, the indicator's")
    if known and not known.get("review") and known.get("unit") == fact.unit and not conflicts(base, fact, drafted):
        fact.review.append(f"indicator: {base} matched by its name")
        return base
    name, n = base, 1
    while (name in catalogue and not (name in drafted.new_indicators and catalogue[name]["unit"] == fact.unit)) or (
        conflicts(name, fact, drafted)
    ):
        n += 1
        name = f"{base}_{fact.unit}" if n == 2 else f"{base}_{fact.unit}_{n - 1}"
    if name not in drafted.new_indicators:
        kind = kind_of.get(fact.unit, "count")
        drafted.new_indicators[name] = {
            "label_en": label_en_of(fact.subject, name),
            "label_zh": label_zh_of(fact.subject),
            "unit": fact.unit,
            "kind": kind,
            "additive": kind == "count",
            "review": "proposed by factlint draft: check the name, labels, kind and additive",
        }
    fact.review.append(f"indicator: {name} proposed")
    return name


def conflicts(indicator: str, fact: DraftFact, drafted: Drafted) -> bool:
    """Whether another drafted figure of ``indicator`` has the same period and status but another value (C107)."""
    return any(
        f.indicator == indicator and f.period == fact.period and f.status == fact.status and f.value != fact.value
        for f in drafted.facts
    )
