"""Round 58's rules, from the sixtieth held-out set (a city daily's story told on a day of the publication month, a
rulemaking notice whose proposed rules take effect the next year, an infection control report's table of thresholds):
each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A city daily's story of 12 February 2026: the day the reporter was told, then a campaign of the year before.
_STORY = [
    "某市新闻网",
    "某市药品零售专项检查查处违规药店48家",
    "2026-02-12 08:10:00　来源：某市日报",
    "本报讯 2月11日，记者从市市场监管局获悉，2025年9月至12月，我市开展药品零售专项检查，检查药店1,530家次，查处违规药店48家。",
    "其中，未凭处方销售处方药的22家，执业药师不在岗的17家。",
    "行动中共抽检药品310批次，合格率98.4%。",
]

# The same story, but the day dates what was done in the publication month: its figures are of that year.
_STARTED = [
    "某市新闻网",
    "某市启动春季药品安全行动",
    "2026-02-12 08:10:00　来源：某市日报",
    "本报讯 2月3日，市市场监管局启动春季药品安全行动，首批检查药店260家。",
    "行动中共抽检药品84批次，合格率97.6%。",
]

# A notice of a hearing posted in September 2025 on rules that would take effect in 2026.
_HEARING = [
    "Northmoor Department of Health",
    "Notice of public hearing: ambulance fee schedule rules",
    "Posted September 9, 2025",
    "The Department proposes to amend its ambulance fee schedule. Base rates would be paid at 120% of Medicare, up from"
    " 110%.",
    "Mileage would continue to be paid at 100% of Medicare, and rural transports would be paid at 140%, up 15 percentage"
    " points from 125%.",
    "The Department expects about 60% of the $3.2 million increase to go to rural services.",
    "Air ambulance claims would be paid at 150% of Medicare, compared with 130% today.",
    "The hearing will be held on October 20, 2025. If adopted, the rules are expected to take effect on January 1, 2026.",
]

# The same notice with no date of effect: its rules are of no later year.
_UNDATED = [
    *_HEARING[:5],
    "The hearing will be held on October 20, 2025. The 2024 rules took effect on January 1, 2024.",
]

# An infection control report of July 2025: a table's column of thresholds beside the cases counted.
_REPORT = [
    "Eastvale NHS Trust",
    "Infection control report 2024/25",
    "Published 2 July 2025",
    "The Trust reported its infections against the year's thresholds.",
    "Infection\tThreshold 2024/25\tCases 2024/25",
    "MSSA bacteraemia\t40\t44",
    "Norovirus outbreaks\t12\t9",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "story": _STORY,
        "started": _STARTED,
        "hearing": _HEARING,
        "undated": _UNDATED,
        "report": _REPORT,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 本报讯 2月11日，记者从…获悉: the day told is no month over; the campaign's figures with no year are 2025's.
@pytest.mark.parametrize(("line", "value"), [(5, 22), (5, 17), (6, 310), (6, 98.4)])
def test_the_day_a_reporter_was_told_is_no_month_over(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["story"]), line, value) == ("achieved", 2025)


def test_guard_a_day_that_dates_what_was_done_still_reports_the_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 2月3日，…启动…: a day of the publication month already over, the figures 2026's as before; the story's
    own year (2025年9月至12月) still dates its line."""
    assert _of(_facts(drafted["started"]), 5, 84) == ("achieved", 2026)
    assert _of(_facts(drafted["story"]), 4, 48) == ("achieved", 2025)


# If adopted, the rules are expected to take effect on January 1, 2026: the proposed rates are targets of 2026.
@pytest.mark.parametrize(("line", "value"), [(4, 120), (5, 140), (5, 15), (6, 60), (6, 3200000), (7, 150)])
def test_a_proposed_rules_figures_are_targets_of_the_year_they_take_effect(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["hearing"]), line, value) == ("target", 2026)


# up from 110%, would continue to be paid at 100%: in force when published.
@pytest.mark.parametrize(("line", "value"), [(4, 110), (5, 100)])
def test_the_levels_in_force_and_kept_are_achieved_when_published(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["hearing"]), line, value) == ("achieved", 2025)


def test_guard_without_a_later_date_of_effect_nothing_is_moved(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: with only another rules' day of effect (2024), the proposed rate stays a target of publication and the
    level it changes from the year before's, as before; with the date of effect, from 125% and compared with 130% today
    stay achieved when published."""
    facts = _facts(drafted["undated"])
    assert _of(facts, 4, 120) == ("target", 2025)
    assert _of(facts, 4, 110) == ("achieved", 2024)
    hearing = _facts(drafted["hearing"])
    assert _of(hearing, 5, 125) == ("achieved", 2025)
    assert _of(hearing, 7, 130) == ("achieved", 2025)


# Infection<TAB>Threshold 2024/25<TAB>Cases 2024/25: the thresholds are targets of 2025, the cases achieved.
@pytest.mark.parametrize(("line", "value"), [(6, 40), (7, 12)])
def test_a_threshold_column_holds_targets(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["report"]), line, value) == ("target", 2025)


@pytest.mark.parametrize(("line", "value"), [(6, 44), (7, 9)])
def test_guard_the_cases_beside_a_threshold_stay_achieved(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["report"]), line, value) == ("achieved", 2025)
