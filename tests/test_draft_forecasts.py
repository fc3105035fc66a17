"""A projection's verb before its figures (projects, forecasts, predicts) makes them targets, as `is projected to` does;
the noun after `the` or `our` does not. Texts written for this file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.draft_checks import facts_by_place, status_and_period
from tests.draft_measure import draft_text

_HEAD = ["Vermont Department of Health", "News", "Cancer projections for 2026", "Released April 14, 2026"]


def _drafted(tmp_path: Path, line: str) -> dict[tuple[int, float], dict[str, Any]]:
    return facts_by_place(draft_text(tmp_path, [*_HEAD, line]))


def test_a_projection_verb_makes_its_figures_targets(tmp_path: Path) -> None:
    facts = _drafted(
        tmp_path, "The American Cancer Society projects 4,310 new cancer cases and 1,420 deaths in Vermont in 2026."
    )
    assert status_and_period(facts, 5, 4310) == ("target", 2026)
    assert status_and_period(facts, 5, 1420) == ("target", 2026)


def test_guard_projects_as_a_noun(tmp_path: Path) -> None:
    facts = _drafted(tmp_path, "The projects 3 and 4 of the screening programme reached 1,250 women in 2025.")
    assert status_and_period(facts, 5, 1250) == ("achieved", 2025)
