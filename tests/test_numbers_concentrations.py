"""A measure of one quantity per another (35 µg/m³, 100μg/L, 7.0 mmol/L, 5 mg/kg, 35微克/立方米) is one unit
word: the whole of it is the figure's (it was µg), and a bound after it is the figure's (血铅100μg/L以上 was
eq 100: 以上 followed only the /L). A Latin unit word printed before Chinese ends there (5 km以内). Two
figures of two measures are no range (≥ 0.2 ng/mL within 28 days). A draft proposes such a unit as a
measure, never a count that C111 would want whole."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checks.corpus import load_corpus
from checks.draft.new_units import new_unit
from checks.engine import run
from checks.numbers import read_quantities
from tests.draft_measure import draft_repository


@pytest.mark.parametrize(
    ("text", "unit_text", "bound"),
    [
        ("NO2 averaged 40 µg/m³ in 2025", "µg/m³", "eq"),
        ("PM2.5 35μg/m3 at the kerbside", "μg/m3", "eq"),
        ("血铅100μg/L以上的儿童", "μg/L", "ge"),
        ("血铅≥100 μg/L的儿童", "μg/L", "ge"),
        ("PM2.5年均浓度为35微克/立方米", "微克/立方米", "eq"),
        ("尿碘中位数不低于150μg/L", "μg/L", "ge"),
        ("fasting glucose 7.0 mmol/L or higher", "mmol/L", "ge"),
        ("salt iodine 24.6mg/kg", "mg/kg", "eq"),
        ("不超过0.01毫克/升", "毫克/升", "le"),
    ],
)
def test_a_measure_per_another_is_one_unit_word(text: str, unit_text: str, bound: str) -> None:
    (q,) = read_quantities(text)
    assert (q.unit_text, q.bound) == (unit_text, bound)


@pytest.mark.parametrize(
    ("text", "unit_text", "bound"),
    [("服务半径5 km以内", "km", "le"), ("血铅5 mg以上", "mg", "ge"), ("体重5kg以下", "kg", "le")],
)
def test_a_latin_unit_word_ends_where_chinese_follows(text: str, unit_text: str, bound: str) -> None:
    (q,) = read_quantities(text)
    assert (q.unit_text, q.bound) == (unit_text, bound)


def test_two_figures_of_two_measures_are_no_range() -> None:
    level, time = read_quantities("Cardiac troponin I ≥ 0.2 ng/mL within 28 days of randomization")
    assert (level.value, level.bound, level.unit_text) == (0.2, "ge", "ng/mL")
    assert (time.value, time.bound, time.unit) == (28, "le", "day")


def test_bounds_of_one_measure_still_make_a_range() -> None:
    (q,) = read_quantities("大于10小于20")
    assert q.bound == "range"


@pytest.mark.parametrize("word", ["µg/m³", "μg/m3", "mg/L", "mmol/L", "毫克/升", "微克/立方米"])
def test_a_measure_per_another_is_proposed_a_measure(word: str) -> None:
    assert new_unit(word)[1] == "measure"


def test_a_draft_of_concentrations_proposes_measures_that_pass(tmp_path: Path) -> None:
    data, root = draft_repository(
        tmp_path,
        [
            "Air quality annual status report",
            "Published: 30 June 2026",
            "Annual mean NO2 at Market Street was 46 µg/m³ in 2025, above the objective of 40 µg/m³.",
            "Fine particles averaged 8.9 µg/m³.",
        ],
    )
    units = yaml.safe_load((root / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    unit_of = {f["value"]: f["unit"] for f in data["facts"]}
    assert unit_of[46] == unit_of[40] == unit_of[8.9]
    assert units[unit_of[46]]["kind"] == "measure"
    assert units[unit_of[46]]["hints"] == ["µg/m³"]
    codes = [f.code for f in run(load_corpus(root)).findings]
    assert not [c for c in codes if c.startswith("P") or c in ("C111", "S110", "S114")], codes
