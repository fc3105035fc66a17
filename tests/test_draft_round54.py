"""Round 54's rules, from the fifty-sixth held-out set (a tender announcement with its deadline to come, a
regulator's release naming one figure's financial year near its top, a hospital's service charter with a
column of standards and its performance table): each has its failing and passing cases, written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A notice of May 2026 that sets a deadline of June 2026: its undated figures are of 2026, not 2025.
_TENDER = [
    "县妇幼保健院超声设备采购项目公开招标公告",
    "发布时间：2026-04-20 10:00",
    "潜在投标人应于2026年5月12日9点前递交投标文件。",
    "预算金额：356.0万元。本次采购共服务12家乡镇卫生院。",
    "评标委员会由5人组成。",
]

# The same notice, its days all past by publication: the first half's default stays the year before.
_GUARD_TENDER = [
    "县妇幼保健院超声设备采购项目中标结果公告",
    "发布时间：2026-04-20 10:00",
    "开标时间为2026年3月12日9点。",
    "预算金额：356.0万元。本次采购共服务12家乡镇卫生院。",
]

# A release of June 2026 whose first lines name one figure's financial year (the year to March 2025): no
# span the release reviews (January 2026, a month of the year over, makes its undated figures 2026's).
_RELEASE = [
    "Regulator opens inquiry into clinic chain merger",
    "Published 10 June 2026",
    "The regulator opened an inquiry into the merger on 20 January 2026. Together the two groups run 28 clinics, and their"
    " revenue was £240 million in the year to 31 March 2025.",
    "The inquiry has heard from 12 insurers.",
]

# The grant report of round 53: its own span to December 2025 still dates its results then.
_GRANT = [
    "Riverbend hearing programme: grant impact report",
    "Published 14 May 2026",
    "This report covers what the grant delivered in the 33 months to December 2025.",
    "Audiologists fitted 1,420 hearing aids.",
]

_CHARTER = [
    "Client Service Charter (2026)",
    "Approved on 2 February 2026",
    "Westfield District Hospital has 240 beds. This charter tells you what we offer and the standards you can expect.",
    "Service\tFee (UGX)\tOur standard",
    "Outpatient consultation\t20,000\tSeen within 3 hours of registration",
    "Emergency triage\tFree\tWithin 15 minutes of arrival",
    "Indicator\t2023/24\t2024/25\tTarget 2025/26",
    "We aim to keep at least 90% of essential medicines in stock.",
    "In 2024/25, 88 complaints were resolved within 30 days.",
]


# A board's report of October 2026: its table's adopted budget for the fiscal year begun (FY2027, from July 2026)
# and, under its recommendations' heading, the vote of a day past and a level of a year over.
_BOARD = [
    "Soda Tax Advisory Board: 2026 Annual Report and FY2028 Budget Recommendations",
    "Posted October 12, 2026",
    "The tax raised $14.2 million in fiscal year 2026.",
    "Tax revenue and appropriations ($000)",
    "Category    FY2025 actual    FY2026 actual    FY2027 adopted",
    "Healthy food access    3,100    3,240    3,300",
    "Community grants    2,050    2,120    2,180",
    "Recommendations for the FY2028 budget",
    "The board adopted these recommendations by a vote of 8 to 3 at its meeting on September 15, 2026.",
    "1. Raise the share of funds going to food access to at least 60% (52.4% in FY2026).",
    "2. Fund 12 more water stations.",
]

# A tender's labelled terms: 合同履行期限：… 签订后45日内, 付款方式：… 验收合格后20日内; not a window that picks
# what is counted (出生后28天内开始治疗的比例).
_TERMS = [
    "县医院检验设备采购项目公开招标公告",
    "发布时间：2026-08-10 09:00",
    "预算金额：210.0万元。",
    "合同履行期限：合同签订后45日内完成全部设备的交货和安装。",
    "付款方式：设备验收合格后20日内支付合同金额的95%。",
    "全县新生儿出生后28天内开始治疗的比例为96.5%。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "tender": _TENDER,
        "guard_tender": _GUARD_TENDER,
        "release": _RELEASE,
        "grant": _GRANT,
        "charter": _CHARTER,
        "board": _BOARD,
        "terms": _TERMS,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 于2026年5月12日9点前递交 in a notice of 2026-04-20: a day to come, the notice speaks of now.
@pytest.mark.parametrize(("line", "value"), [(4, 3560000), (4, 12), (5, 5)])
def test_a_notice_with_a_day_to_come_dates_its_figures_now(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["tender"]), line, value) == ("achieved", 2026)


def test_guard_a_notice_whose_days_are_past_keeps_the_year_before(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 2026年3月12日 is over by 2026-04-20, and a month already over is no day to come: as before, the
    first half's default (here March's month of the year over: the publication year) is unchanged."""
    facts = _facts(drafted["guard_tender"])
    before = _of(facts, 4, 3560000)
    assert before == _of(facts, 4, 12)


# revenue was £240 million in the year to 31 March 2025: that figure's year, no span the release reviews.
def test_a_figures_own_financial_year_near_the_top_is_no_span_reviewed(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["release"]), 4, 12) == ("achieved", 2026)


def test_guard_a_reports_own_span_to_last_year_still_dates_its_results(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: in the 33 months to December 2025 (round 53): the report's span, its results of 2025."""
    assert _of(_facts(drafted["grant"]), 4, 1420) == ("achieved", 2025)


# Our standard: Seen within 3 hours, Within 15 minutes: the standard promised, a target, no definition.
@pytest.mark.parametrize(("line", "value"), [(5, 3), (6, 15)])
def test_a_time_in_a_column_of_standards_is_a_target(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["charter"]), line, value) == ("target", 2026)


def test_guard_a_fee_beside_the_standard_and_a_time_that_defines_stay(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the fee column keeps its status; resolved within 30 days defines the complaints counted."""
    facts = _facts(drafted["charter"])
    assert _of(facts, 5, 20000)[0] == "achieved"
    assert "within 30 days" in " ".join(ignored_on(drafted["charter"], 9))


# Indicator<TAB>2023/24<TAB>2024/25<TAB>Target 2025/26: "Target" opens the next cell, it makes 2024/25 no
# target's year; the aim of the charter with no year is the publication year's (2026), not 2025.
def test_a_target_cell_after_a_year_cell_makes_no_target_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["charter"]), 8, 90) == ("target", 2026)


# FY2027 adopted, posted in October 2026: the budget adopted for a fiscal year begun, its allocations achieved.
@pytest.mark.parametrize(("line", "value"), [(6, 3300000), (7, 2180000)])
def test_a_column_of_an_adopted_budget_under_way_is_achieved(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["board"]), line, value) == ("achieved", 2027)


def test_guard_the_actual_columns_keep_their_years(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: FY2025 actual and FY2026 actual stay achieved, of their years."""
    facts = _facts(drafted["board"])
    assert _of(facts, 6, 3100000) == ("achieved", 2025)
    assert _of(facts, 6, 3240000) == ("achieved", 2026)


# by a vote of 8 to 3 at its meeting on September 15, 2026; (52.4% in FY2026): reported, not recommended.
@pytest.mark.parametrize(("line", "value"), [(9, 8), (9, 3), (10, 52.4)])
def test_what_a_recommendations_section_reports_is_achieved(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["board"]), line, value)[0] == "achieved"


def test_guard_a_recommendation_with_no_day_or_year_of_its_own_stays_a_target(
    drafted: dict[str, dict[str, Any]],
) -> None:
    """Guard: Fund 12 more water stations, at least 60%: the recommendations' aims."""
    facts = _facts(drafted["board"])
    assert _of(facts, 11, 12)[0] == "target"
    assert _of(facts, 10, 60)[0] == "target"


# 合同履行期限：合同签订后45日内…, 付款方式：设备验收合格后20日内…: the terms the notice sets, figures.
@pytest.mark.parametrize(("line", "value"), [(4, 45), (5, 20)])
def test_a_time_after_an_event_on_a_line_of_terms_is_a_figure(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert (line, value) in _facts(drafted["terms"])


def test_guard_a_window_after_an_event_still_defines_what_is_counted(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 出生后28天内开始治疗的比例: the window picks the newborns counted, no figure."""
    assert (6, 28) not in _facts(drafted["terms"])
    assert (6, 96.5) in _facts(drafted["terms"])
