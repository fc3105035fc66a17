"""Round 53's rules, from the fifty-fifth held-out set (a grant's impact report over a span ending the year
before, a council's consultation on next year's budget beside this year's): each has its failing and passing
cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_REPORT = [
    "Riverbend hearing programme: grant impact report",
    "Published 14 May 2026",
    "In April 2022 the Trust awarded the clinic a four-year grant of $600,000, to run until March 2026. This report"
    " covers what the grant delivered in the 33 months to December 2025.",
    "Audiologists fitted 1,420 hearing aids and tested 3,900 children.",
    "The clinic plans to test 5,000 children in 2027.",
    "On 2 March 2026 the Trust approved a second grant for 2026 and 2027.",
]

_CAPTIONED = [
    "Home nursing grant: final report",
    "Published 12 May 2026",
    "The unspent $8,000 has been carried into 2026.",
    "Visits and costs, 1 April 2023 to 31 December 2025",
    "Nurses made 2,150 home visits to 430 families.",
    "On 2 February 2026 the Trust approved a second grant for 2026 and 2027.",
]

# The same report, but its span runs to a month of the year it is published in: nothing changes.
_GUARD_REPORT = [
    "Riverbend hearing programme: progress report",
    "Published 20 August 2026",
    "This report covers what the grant delivered in the 12 months to June 2026.",
    "Audiologists fitted 1,420 hearing aids and tested 3,900 children.",
]

_CONSULTATION = [
    "Adult social care budget 2026/27: proposals for consultation",
    "Published 2 February 2026",
    "Service\t2025/26 budget (£000)\t2026/27 proposed (£000)",
    "Home care\t8,200\t8,650",
    "Day services\t1,300\t1,180",
]

_PUBLICITY = [
    "2026年度市医学科研项目拟立项名单公示",
    "发布时间：2026-03-02",
    "项目类别\t申报数（项）\t拟立项数（项）",
    "重点项目\t196\t38",
]


_FOLLOW_UP = [
    "Follow-up: Hospital Infection Control",
    "Tabled on 4 June 2026",
    "Recommendation 3.10 (hand hygiene): fully implemented. Audits rose from 40 to 62.",
    "Recommendation 3.4 (cleaning): partially implemented. The audit score rose 4.3 points to 88.5.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "report": _REPORT,
        "captioned": _CAPTIONED,
        "guard_report": _GUARD_REPORT,
        "consultation": _CONSULTATION,
        "publicity": _PUBLICITY,
        "follow_up": _FOLLOW_UP,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# in the 33 months to December 2025, told in March 2026: the report's results are as of its span's end, 2025.
@pytest.mark.parametrize("value", [1420, 3900])
def test_a_report_of_months_to_a_month_of_last_year_dates_its_results_then(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["report"]), 4, value) == ("achieved", 2025)


# Visits and costs, 1 April 2023 to 31 December 2025: a caption's date range ending last year is the span too.
@pytest.mark.parametrize("value", [2150, 430])
def test_a_date_range_ending_last_year_near_the_top_dates_the_results_then(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["captioned"]), 5, value) == ("achieved", 2025)


def test_guard_the_plan_of_a_report_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: a target with its own year is no result of the span."""
    assert _of(_facts(drafted["report"]), 5, 5000) == ("target", 2027)


def test_guard_a_span_ending_in_the_year_of_publication_changes_nothing(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the 12 months to June 2026, told in August 2026: the results stay the publication year's."""
    facts = _facts(drafted["guard_report"])
    assert _of(facts, 4, 1420) == ("achieved", 2026)
    assert _of(facts, 4, 3900) == ("achieved", 2026)


# 2026/27 proposed (£000): a cell of the proposed column is a target, of its header's year.
@pytest.mark.parametrize(("line", "value"), [(4, 8650000), (5, 1180000)])
def test_a_cell_of_a_proposed_column_is_a_target(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["consultation"]), line, value) == ("target", 2027)


def test_guard_this_years_budget_beside_the_proposals_keeps_its_status(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the 2025/26 budget column is what stands, not a proposal."""
    facts = _facts(drafted["consultation"])
    assert _of(facts, 4, 8200000) == ("achieved", 2026)
    assert _of(facts, 5, 1300000) == ("achieved", 2026)


def test_guard_a_chinese_column_of_what_is_to_be_approved_stays_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 拟立项数 in a publicity notice of approvals counts what was decided: no proposal column."""
    assert _of(_facts(drafted["publicity"]), 4, 38)[0] == "achieved"


# Recommendation 3.10, Recommendation 3.4: a label numbered within its chapter names an item, it counts nothing.
@pytest.mark.parametrize(("line", "value"), [(3, 3.1), (4, 3.4)])
def test_a_label_numbered_within_its_chapter_is_no_figure(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert (line, value) not in _facts(drafted["follow_up"])
    assert ignored_on(drafted["follow_up"], line)


def test_guard_a_dotted_figure_after_no_label_word_stays(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: rose 4.3 points to 88.5: no label word before them, they are figures."""
    facts = _facts(drafted["follow_up"])
    assert (4, 4.3) in facts
    assert (4, 88.5) in facts
    assert (3, 62) in facts
