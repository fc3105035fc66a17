"""Round 49's rules, from the fifty-first held-out set (a city's heat action plan issued with an "Issued on" line,
its alert levels and its budget of a financial year): each has its failing and passing cases, written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_PLAN = [
    "Riverton City Council",
    "Home | Services | Contact",
    "Public Health > Heat Plan",
    "Riverton Heat Action Plan 2026: Warnings and Cooling",
    "Issued on 10 March 2026 by the Office of the Chief Executive | Ref. RCC/PH/45/2026",
    "Riverton had 30 days above 40°C during the 2025 hot season, and hospitals reported 900 heat illness cases.",
    "Alert levels. An amber alert is issued when the forecast maximum is 41.0°C to 42.9°C and a red alert at 43.0°C"
    " or above, or when night-time minimum temperatures stay above 30°C for three consecutive nights.",
    "Table 1. Heat plan budget by component",
    "Component\tAllocation 2026-27 (£ thousand)",
    "Cooling centres\t120.0",
    "Outreach\t80.0",
    "Total\t200.0",
    "The total outlay of £200,000 for 2026-27 is funded from the Council's budget.",
    "Cooling. The number of cooling centres will rise to at least 40 by 15 April 2026, and the roof programme will"
    " treat 5,000 homes in all by 2028.",
    "Ambulances. The ambulance service will station 12 ambulances at hot spots on alert days, with a target response"
    " time of no more than 15 minutes.",
    "Targets. The plan aims to cut heat illness cases by at least 20% from the 2025 level.",
]

# The same plan dated by a "Published:" label, as the rules before round 49 read it: the cases of the rules on its
# figures.
_DATED_PLAN = [*_PLAN[:4], "Published: 10 March 2026 | Ref. RCC/PH/45/2026", *_PLAN[5:]]

# A spring plan's report of last season, its cooling and hospital tasks (dated by a "Published:" label).
_SPRING_PLAN = [
    "Riverton Heat Action Plan 2026: Warnings and Cooling",
    "Published: 10 March 2026",
    "Riverton had 30 days above 40°C during the 2025 hot season, five more than in 2024, and hospitals reported 900"
    " heat illness cases.",
    "A review found deaths in June 2025 about 12% higher on the hottest days; the excess is estimated at 40 to 60"
    " deaths.",
    "Cooling centres will rise from 20 in 2025, short of that year's target of 30, to at least 40 by 15 April 2026.",
    "About 500 water points will operate from 1 April to 30 June, up from 380 last summer.",
    "Hospitals. All 12 health centres and the 4 city hospitals will open cooling rooms, and outreach workers will"
    " visit older people in the 40 settlements judged most exposed.",
    "The roof programme will treat 5,000 homes in all by 2028, and the ambulance service will add 10 new ambulances.",
    "In 2025 the city ran 25 cooling buses.",
    "Surveillance. Daily case counts will be published on the council's website during the hot season.",
]

# An annual report naming a law with its year (the Coroners and Justice Act 2009).
_REPORT = [
    "Senior Coroner's Annual Report 2025: Riverton Coroner Area",
    "Published 20 May 2026 | Coroner's Office",
    "Deaths reported. In 2025, 3,000 deaths were reported to the coroner.",
    "Prevention of future deaths. The Senior Coroner issued 19 reports under paragraph 7 of Schedule 5 to the Coroners"
    " and Justice Act 2009, up from 14 in 2024. Eleven of the 19 were sent to NHS bodies, and replies to 15 arrived"
    " within the 56-day statutory period.",
    "Staff. The service has 6 assistant coroners.",
    "Timeliness. At the year end 37 inquests had been open for more than 12 months, compared with 61 a year earlier;"
    " the average wait was 31 weeks, 7 weeks shorter than a year earlier.",
    "Costs. The coroner service cost £3.86 million in 2025/26 (2024/25: £3.52m).",
    "Notes. Figures are for the calendar year except where stated otherwise.",
]

# A hospital's quarterly circular: its rule book's edition year, and the formula that reports the checks.
_QUARTERLY = [
    "某医院2026年第一季度护理质量分析通报",
    "发布日期：2026年04月15日",
    "根据《某医院护理质量管理考核细则（2025年修订）》，护理部于3月下旬对全院38个护理单元进行了季度检查，共抽查病历412份，"
    "现将检查结果通报如下。",
    "一、护理人力资源",
    "按照《护理人员配置标准（2025年修订）》，截至3月31日，全院在岗注册护士536人。",
    "二、下一步工作",
    "各护理单元要在4月30日前完成整改，危重患者护理合格率第二季度须恢复到92%以上。",
]

# Guards: a shorter plan dated by a "Published:" label (the rules before round 49 read it), with a temperature
# reported as a figure and money the plan says will be spent.
_GUARD_PLAN = [
    "Riverton Heat Action Plan 2026: Warnings and Cooling",
    "Published: 10 March 2026",
    "The city's mean summer maximum rose by 1.2°C between 2015 and 2025.",
    "The ambulance service will station 12 ambulances at hot spots on alert days.",
    "The roof programme will treat 5,000 homes in all by 2028, and £50,000 will be spent on fans next year.",
]

# Guard: a sentence naming a guidance's issue date is no publication label.
_GUARD_ISSUED = [
    "Riverton Heat Action Plan 2026: Warnings and Cooling",
    "Published: 10 March 2026",
    "The national guidance issued on 3 March 2024 set 20 cooling centres as the minimum for a city.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "plan": _PLAN,
        "dated_plan": _DATED_PLAN,
        "spring_plan": _SPRING_PLAN,
        "report": _REPORT,
        "quarterly": _QUARTERLY,
        "guard_plan": _GUARD_PLAN,
        "guard_issued": _GUARD_ISSUED,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# Issued on 10 March 2026 … | Ref. …: the page's issue line dates it and closes its head (the title above it).
def test_an_issue_line_dates_the_page_and_closes_its_head(drafted: dict[str, dict[str, Any]]) -> None:
    source = drafted["plan"]["source"]
    assert str(source["published"]) == "2026-03-10"
    assert source["title"] == "Riverton Heat Action Plan 2026: Warnings and Cooling"
    assert source["body"]["first"] == 6
    # dated so, the figures of the season before are of 2025, not of a year after the budget's
    assert _of(_facts(drafted["plan"]), 6, 30) == ("achieved", 2025)


def test_guard_a_published_label_and_a_sentence_naming_an_issue_date(drafted: dict[str, dict[str, Any]]) -> None:
    assert str(drafted["guard_plan"]["source"]["published"]) == "2026-03-10"
    source = drafted["guard_issued"]["source"]
    assert str(source["published"]) == "2026-03-10"
    assert source["body"]["first"] == 3


# A plan titled with the year it is issued in: its targets with no due year of their own are that year's, not
# 2028, the year another of its targets names.
@pytest.mark.parametrize(("line", "value"), [(15, 12), (15, 15), (16, 20)])
def test_a_plans_targets_take_the_year_its_title_names(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["dated_plan"]), line, value) == ("target", 2026)


def test_guard_a_target_with_its_own_year_keeps_it(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["dated_plan"]), 14, 5000) == ("target", 2028)
    assert _of(_facts(drafted["guard_plan"]), 5, 5000) == ("target", 2028)


# Table 1's allocations of 2026-27 and the outlay restating their total: what the plan's budget allocates,
# achieved, of the financial year (2027).
@pytest.mark.parametrize(("line", "value"), [(10, 120000), (11, 80000), (12, 200000), (13, 200000)])
def test_a_plans_budget_allocations_are_achieved(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["dated_plan"]), line, value) == ("achieved", 2027)


def test_guard_money_the_plan_will_spend_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["guard_plan"]), 5, 50000)[0] == "target"


# An alert's temperature bands and the run of nights that sets one off define the alerts: no figures.
def test_alert_levels_are_no_figures(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["dated_plan"])
    for value in (41, 42.9, 43, 30, 3):
        assert (7, value) not in facts
    assert ignored_on(drafted["dated_plan"], 7)


def test_guard_a_temperature_reported_as_a_figure_stays(drafted: dict[str, dict[str, Any]]) -> None:
    assert (3, 1.2) in _facts(drafted["guard_plan"])


# A plan's report of the season before it: achieved, of the last year gone by its sentence prints before the
# figure (not 2024, the year compared with), a part after a semicolon too.
@pytest.mark.parametrize(("line", "value"), [(3, 5), (3, 900), (4, 40), (4, 60)])
def test_a_plans_report_of_last_season_is_of_that_year(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["spring_plan"]), line, value) == ("achieved", 2025)


def test_guard_a_figure_dated_by_its_own_year_keeps_it(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["spring_plan"])
    assert _of(facts, 3, 30) == ("achieved", 2025)
    assert _of(facts, 9, 25) == ("achieved", 2025)


# "that year's target of 30": the year printed before it in its sentence, 2025, a target missed.
def test_that_years_target_is_of_the_year_before_it(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["spring_plan"])
    assert _of(facts, 5, 30) == ("target", 2025)
    assert _of(facts, 5, 40) == ("target", 2026)  # guard: the target after it keeps its own year


# up from 380 last summer: "last summer" dates 380, not the 500 points to come.
def test_last_summer_dates_the_level_risen_from_not_the_target(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["spring_plan"])
    assert _of(facts, 6, 500) == ("target", 2026)
    assert _of(facts, 6, 380) == ("achieved", 2025)  # guard


# the 4 city hospitals, the 40 settlements judged most exposed: the sets a task acts on, there already.
@pytest.mark.parametrize("value", [4, 40])
def test_the_set_a_plans_task_acts_on_exists(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["spring_plan"]), 7, value) == ("achieved", 2026)


def test_guard_what_a_task_adds_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["spring_plan"])
    assert _of(facts, 8, 10)[0] == "target"
    assert _of(facts, 8, 5000) == ("target", 2028)


# the Coroners and Justice Act 2009: the year names the law, no figure after it is of 2009.
@pytest.mark.parametrize("value", [11, 15])
def test_a_laws_year_dates_no_figure(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["report"]), 4, value) == ("achieved", 2025)


def test_guard_a_year_compared_with_after_a_law_stays(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["report"])
    assert _of(facts, 4, 14) == ("achieved", 2024)
    assert _of(facts, 4, 19) == ("achieved", 2025)


# The service has 6 assistant coroners: told in the present tense in a report of 2025 published in 2026, of 2026.
def test_a_reports_present_tense_is_of_publication(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["report"]), 5, 6) == ("achieved", 2026)


def test_guard_a_reports_past_tense_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["report"])
    assert _of(facts, 3, 3000) == ("achieved", 2025)
    assert _of(facts, 6, 37) == ("achieved", 2025)


# compared with 61 a year earlier: a year before the report's year (2025), not before publication.
def test_a_year_earlier_counts_back_from_the_reports_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["report"]), 6, 61) == ("achieved", 2024)


def test_guard_a_change_on_a_year_earlier_is_of_the_reports_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["report"]), 6, 7) == ("achieved", 2025)


# 现将检查结果通报如下: 将 takes the object, no "will"; the checks it closes were made (achieved, 2026, not the
# rule book's edition year 2025).
@pytest.mark.parametrize("value", [38, 412])
def test_a_notices_formula_of_report_is_no_target_cue(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["quarterly"]), 3, value) == ("achieved", 2026)


# 《护理人员配置标准（2025年修订）》: the edition's year dates no figure.
def test_an_editions_year_dates_no_figure(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["quarterly"]), 5, 536) == ("achieved", 2026)


def test_guard_the_circulars_targets_stay(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["quarterly"]), 7, 92) == ("target", 2026)
