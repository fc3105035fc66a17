"""Units the drafter proposes for measure words schemas/units.yaml lacks, or names for another unit."""

from __future__ import annotations

from typing import Any

from checks.numbers import Quantity
from checks.numbers.concentrations import CJK_CONCENTRATIONS, EN_CONCENTRATIONS


def hint_words(entry: dict[str, Any]) -> list[str]:
    """The words a catalogue unit is named by (its ``hints``), as text: what P108 takes for it."""
    return [str(hint) for hint in entry.get("hints") or ()]


NEW_UNITS = {
    "‰": ("per_mille", "rate", "per mille (per 1,000)", "‰"),
    "户": ("household", "count", "households", "户"),
    "倍": ("times", "rate", "times (a multiple)", "倍"),
    "件": ("piece", "count", "pieces (items, cases, documents)", "件"),
    "台": ("device", "count", "devices (machines, units of equipment)", "台"),
    "辆": ("vehicle", "count", "vehicles", "辆"),
    "场": ("session", "count", "sessions (events, meetings)", "场"),
    "人次": ("person_time", "count", "person-times (visits, attendances: one person may count often)", "人次"),
}


# Words of a physical measure (distance, mass, area, volume, concentration): what they measure need not
# be whole and is no count (2.5至5公里, 1.2 tonnes), so a unit proposed for one is of kind measure.
_PHYSICAL = (
    "公里", "千米", "米", "厘米", "毫米", "公斤", "千克", "克", "毫克", "微克", "吨", "平方米", "平方公里", "平方千米", "亩", "公顷", "立方米",
    "升", "毫升", "km", "m", "cm", "mm", "kg", "g", "mg", "µg", "μg", "t", "ha", "ml", "l", "m2", "m²", "m3",
    "m³", "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter",
    "meters", "kilogram", "kilograms", "gram", "grams", "milligram", "milligrams", "tonne", "tonnes", "ton",
    "tons", "litre", "litres", "liter", "liters", "hectare", "hectares", "acre", "acres", "sq m",
)  # fmt: skip
# ... and a measure of one quantity per another (µg/m³, mmol/L, 毫克/升), in either micro sign.
_PER = [word.lower() for word in (*EN_CONCENTRATIONS, *CJK_CONCENTRATIONS)]
PHYSICAL = frozenset(word for listed in (*_PHYSICAL, *_PER) for word in (listed, listed.replace("μ", "µ")))


def new_unit(word: str) -> tuple[str, str, str, str]:
    """A unit to propose for a measure word schemas/units.yaml lacks (a count unless the table knows better,
    or the word is a physical measure's)."""
    if word in NEW_UNITS:
        return NEW_UNITS[word]
    uid = "measure_" + "_".join(f"{ord(ch):x}" for ch in word)
    if word.lower() in PHYSICAL:
        return uid, "measure", f"measured in {word} (to be named)", word
    return uid, "count", f"counted in {word} (to be named)", word


def propose_unit(word: str, units: dict[str, dict[str, Any]], new_units: dict[str, dict[str, Any]]) -> str:
    """The unit proposed for ``word``, added to ``new_units`` once (a decimal may have made it a measure since:
    ``decimal_unit``) unless the catalogue has it."""
    uid, kind, label_en, label_zh = new_unit(word)
    if uid not in units:
        new_units.setdefault(
            uid,
            {
                "kind": kind,
                "label_en": label_en,
                "label_zh": label_zh,
                "hints": [word],
                "review": f"proposed by factlint draft for '{word}'",
            },
        )
    return uid


def person_times(q: Quantity) -> bool:
    """1245万人次 counts visits, not people: the catalogue's 人 (person) hint of 人次 is no unit for it (round
    29; the curated datasets record person_time)."""
    return (q.unit_text or "").endswith("人次")


# A decimal printed with no unit word, or with a measure word the catalogue lacks (7.5 staff in
# full-time equivalents, 24.6 µg/m³, a risk of 1×10^-5): a measure, never a count, which C111 wants
# whole (round 33). Its unit is proposed for a person to name.
MEASURE = {
    "kind": "measure",
    "label_en": "a measure printed with no unit word, a decimal, no count (to be named)",
    "label_zh": "数值",
    "hints": [],
    "review": "proposed by factlint draft for a decimal printed without a unit word",
}


def decimal_unit(
    q: Quantity,
    unit: str,
    note: str | None,
    new_units: dict[str, dict[str, Any]],
    kind_of: dict[str, str],
) -> tuple[str, str | None]:
    """The unit of a decimal the drafter would count (``unit``, a count it guessed, or one it proposed):
    a measure. The catalogue's own unit for a printed word (3.2人) is the reader's, and stays."""
    if q.value == round(q.value) or unit == q.unit:  # (1.5个: the printed word's unit, P108 wants it kept)
        return unit, note
    if new_units.get(unit, {}).get("kind") == "count":
        new_units[unit]["kind"] = "measure"  # a measure word proposed here (µg): its figures are measures
        return unit, f"unit: {unit} proposed for '{q.unit_text}', a measure (a decimal is no count)"
    if kind_of.get(unit, "count") != "count" or q.unit_text:
        return unit, note  # 约5.8例: a catalogue unit its word hints at, which P108 wants kept
    new_units.setdefault("measure", dict(MEASURE))
    return "measure", "unit: measure, a decimal printed with no unit word (no count: a count is whole)"


def settle_kinds(new_indicators: dict[str, dict[str, Any]], new_units: dict[str, dict[str, Any]]) -> None:
    """An indicator proposed as a count for a measure word (10 µg/m³) before a decimal (8.9 µg/m³) made the
    word a measure measures too (S110 wants the two kinds equal)."""
    for entry in new_indicators.values():
        if entry.get("kind") == "count" and new_units.get(str(entry.get("unit")), {}).get("kind") == "measure":
            entry["kind"] = "measure"
            entry["additive"] = False
