"""A projection's verb before its figures (projects, forecasts, predicts) makes them targets, as `is projected to` does;
the noun after `the` or `our` does not. So does what the text's writers say they need to do (we need to recruit 30 more).
Texts written for this file."""

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


def test_what_we_need_to_do_is_a_target(tmp_path: Path) -> None:
    facts = _drafted(
        tmp_path, "To keep the line open we need to recruit 30 more volunteers and raise a further £120,000."
    )
    assert status_and_period(facts, 5, 30) == ("target", 2026)
    assert status_and_period(facts, 5, 120000) == ("target", 2026)


def test_guard_what_people_needed_is_no_target(tmp_path: Path) -> None:
    facts = _drafted(tmp_path, "In 2025, 1,240 callers said they needed to talk to someone about money.")
    assert status_and_period(facts, 5, 1240) == ("achieved", 2025)
