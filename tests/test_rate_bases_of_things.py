"""A rate over time at risk or events (54.8 per 1,000 member months, 3.2 falls per 1,000 occupied bed
days) is no rate of population: the reader reads it in a rate whose ``label_en`` names that base, or in
none; P108 then refuses ``per_1k_population`` for it (README, "Rates keep their base": never in a rate
of population), and a draft proposes a rate of that base, which its own figures agree with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.corpus import load_corpus
from checks.engine import run
from checks.numbers import heading_unit, read_quantities
from checks.numbers.tables import reading_units
from tests.draft_measure import PROJECT, draft_repository

CATALOGUE: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
BED_DAYS = {"kind": "rate", "label_en": "per 1,000 Bed-Days", "label_zh": "每千床日", "hints": []}


@pytest.mark.parametrize(
    ("text", "unit_text"),
    [
        ("Emergency visits were 54.8 per 1,000 member months.", "per 1,000 member months"),
        ("Falls were 3.2 per 1,000 occupied bed days", "per 1,000 occupied bed days"),
        ("12 per 1,000 emergency department visits", "per 1,000 emergency department visits"),
        ("incidence was 30 per 100,000 person-years", "per 100,000 person-years"),
    ],
)
def test_a_base_of_time_or_events_is_no_population(text: str, unit_text: str) -> None:
    (q,) = read_quantities(text)
    assert (q.unit, q.unit_text) == (None, unit_text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("5.1 per 100,000 population", "per_100k_population"),
        ("6.1 beds per 1,000 residents", "per_1k_population"),
        ("78.4 per 100,000 in 2024", "per_100k_population"),
        ("4.5 per 1,000 live births", "per_1k_population"),  # births and doses stay rates of their base
    ],
)
def test_a_base_of_people_is_read_as_before(text: str, unit: str) -> None:
    assert [q.unit for q in read_quantities(text)] == [unit]


def test_a_rate_the_repository_adds_for_the_base_is_read() -> None:
    with reading_units({**CATALOGUE, "per_1k_bed_days": BED_DAYS}):
        (q,) = read_quantities("Falls were 3.2 per 1,000 occupied bed days")  # qualified, plural: still bed days
        (other,) = read_quantities("Visits were 54.8 per 1,000 member months")
        (people,) = read_quantities("There were 6.2 per 1,000 population")
    assert (q.unit, other.unit, people.unit) == ("per_1k_bed_days", None, "per_1k_population")


def test_a_heading_of_such_a_rate_names_no_population() -> None:
    heading = heading_unit("Falls (per 1,000 bed days)")
    assert heading is not None and (heading.unit, heading.unit_text) == (None, "per 1,000 bed days")
    with reading_units({**CATALOGUE, "per_1k_bed_days": BED_DAYS}):
        heading = heading_unit("Falls (per 1,000 bed days)")
    assert heading is not None and heading.unit == "per_1k_bed_days"


ARTICLE = [
    "Medicaid utilization report",
    "Published: 3 March 2026",
    "Emergency department use fell to 54.8 per 1,000 member months in 2025.",
    "Falls were 3.2 per 1,000 occupied bed days.",
    "The county had 6.1 beds per 1,000 residents.",
]


def test_a_draft_proposes_a_rate_of_the_base_and_agrees_with_it(tmp_path: Path) -> None:
    data, root = draft_repository(tmp_path, ARTICLE)
    units = yaml.safe_load((root / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    unit_of = {f["value"]: f["unit"] for f in data["facts"]}
    assert (unit_of[54.8], unit_of[3.2], unit_of[6.1]) == (
        "per_1k_member_months",
        "per_1k_occupied_bed_days",
        "per_1k_population",
    )
    assert units["per_1k_member_months"]["kind"] == "rate"
    assert units["per_1k_member_months"]["label_en"] == "per 1,000 member months"
    codes = [f.code for f in run(load_corpus(root)).findings]
    assert not [c for c in codes if c.startswith("P") or c in ("S110", "S114", "C109")], codes
