"""Units the drafter proposes for measure words schemas/units.yaml lacks, or names for another unit."""

from __future__ import annotations

from checks.numbers import Quantity

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


def new_unit(word: str) -> tuple[str, str, str, str]:
    """A unit to propose for a measure word schemas/units.yaml lacks (a count unless the table knows better)."""
    return NEW_UNITS.get(word) or (
        "measure_" + "_".join(f"{ord(ch):x}" for ch in word),
        "count",
        f"counted in {word} (to be named)",
        word,
    )


def person_times(q: Quantity) -> bool:
    """1245万人次 counts visits, not people: the catalogue's 人 (person) hint of 人次 is no unit for it (round
    29; the curated datasets record person_time)."""
    return (q.unit_text or "").endswith("人次")
