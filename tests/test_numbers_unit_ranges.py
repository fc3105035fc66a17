"""checks/numbers/unit_ranges.py: a range whose ends print two units of time reads as its ends' bounds; and the
drafter still knows such ends for ages that define the people counted (checks/draft/ages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.numbers import read_quantities
from tests.draft_checks import facts_by_place, ignored_on
from tests.draft_measure import draft_text


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Patients ranged in age from 4 months to 63 years.", [("from 4 months", "ge"), ("to 63 years", "le")]),
        (
            "Deaths occurred between 5 days and one year after discharge.",
            [("between 5 days", "ge"), ("and one year", "le")],
        ),
        ("Symptoms lasted from 2 days to 3 weeks.", [("from 2 days", "ge"), ("to 3 weeks", "le")]),
        ("患者年龄从5个月到62岁不等", [("从5个月", "ge"), ("到62岁", "le")]),
    ],
)
def test_a_range_across_units_of_time_reads_as_its_ends_bounds(text: str, ends: list[tuple[str, str]]) -> None:
    assert [(q.text, q.qualifier) for q in read_quantities(text)] == ends


@pytest.mark.parametrize(
    "text",
    [
        "Waits rose from 3 days to 2 weeks.",  # a change: before and after
        "from 2 years to 6 months",  # the first end the longer: no range
        "It took 3 days, then 2 weeks.",  # no range's words
        "ages ranged from 2 to 15 years",  # one unit: read_range's range
    ],
)
def test_no_range_across_units(text: str) -> None:
    assert all(q.qualifier in ("eq", "range") for q in read_quantities(text))


_LINES = [
    "Measles outbreak update",
    "Posted November 3, 2026",
    "Cases range in age from 7 months to 52 years; 9 of the 14 cases were not vaccinated.",
    "The campaign reached 1,204,560 children aged nine months to 14 years in 10 days.",
]


def test_a_groups_age_range_is_a_claim_and_an_age_range_defining_the_people_counted_is_not(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _LINES)
    facts = facts_by_place(drafted)
    assert facts[(3, 7)]["qualifier"] == "ge" and facts[(3, 52)]["qualifier"] == "le"  # the cases' ages: claims
    assert (4, 9) not in facts and (4, 14) not in facts
    assert facts[(4, 1204560)]["qualifier"] == "eq"
    assert ignored_on(drafted, 4) == ["aged nine months", "to 14 years"]
