"""A mark out of its scale (8.7 out of 10) is a score, the scale no figure; helplines counted in the plural are a count,
not a number to call. Texts written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import ignored_on
from tests.draft_measure import draft_text

# A patient council's survey note of May 2026.
_NOTE = [
    "Northfold Patient Council",
    "News > Surveys",
    "What patients told us in 2025",
    "Published 12 May 2026",
    "Patients rated the booking service 3.9 out of 5 and gave the wards an average mark of 7.6 out of 10.",
    "Nearly 4 out of 5 patients would recommend the clinic, which holds 4.5 out of 5 stars on the review site.",
    "For advice, call the 111 helpline.",
]


@pytest.fixture(scope="module")
def note(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("note"), _NOTE)


def _values(drafted: dict[str, Any], line: int) -> list[float]:
    return [f["value"] for f in drafted["facts"] if f["line"] == line]


def test_a_mark_with_decimals_out_of_a_scale_is_a_score(note: dict[str, Any]) -> None:
    """3.9 out of 5 and 7.6 out of 10: the marks are figures (achieved, 2025 by the title); 5 and 10 are the scales."""
    facts = {f["value"]: f for f in note["facts"] if f["line"] == 5}
    assert sorted(facts) == [3.9, 7.6]
    assert {(f["status"], f["period"]) for f in facts.values()} == {("achieved", 2025)}
    assert {"5", "10"} <= {text.strip() for text in ignored_on(note, 5)}


def test_helplines_in_the_plural_are_a_count(tmp_path: Any) -> None:
    drafted = draft_text(
        tmp_path,
        [
            "Northfold Patient Council",
            "News",
            "Helpline review",
            "Published 12 May 2026",
            "Our line came 3rd of the 27 national helplines in the 2025 benchmark.",
        ],
    )
    assert 27 in _values(drafted, 5)


def test_guard_proportions_star_ratings_and_numbers_to_call(note: dict[str, Any]) -> None:
    """Guard: 4 out of 5 patients (a proportion's terms), 4.5 out of 5 stars (a rating), the 111 helpline and a number
    to call stay no figures."""
    assert 4 not in _values(note, 6) and 4.5 not in _values(note, 6) and 5 not in _values(note, 6)
    assert _values(note, 7) == []
