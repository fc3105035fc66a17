"""Round 48's rules, from the fiftieth held-out set (a union's summary of a tentative agreement put to a ratification
vote, a notice's table of this year's plan beside last year's actuals with an "of which" column, a work plan's table
of targets beside a column of last year's end, a parliament's written answer dated in its asking line and its plan's
targets due by a date set off after them, the term a yearly amount runs over, a question's number heading its
answer, service numbers naming platforms): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_AGREEMENT = [
    "Riverside Health Workers Union",
    "Bargaining Update #9: Tentative Agreement reached with Lakeview Hospital",
    "Posted May 4, 2026 | Ratification vote May 12-14",
    "Our bargaining team reached a tentative agreement with Lakeview Hospital on May 2.",
    "Effective date\tIncrease",
    "July 1, 2026\t5.0%",
    "A new night premium is worth 4% of base pay. Mileage pay: $0.70 a mile (new).",
    "The hospital's opening proposal in March was 1.5% a year.",
    "Thank you to the 420 members who joined the rally.",
]

_GUARD_AGREEMENT = [
    "Riverside Health Workers Union",
    "Bargaining Update #10: the new contract is in force",
    "Posted May 4, 2026",
    "Members ratified the contract with Lakeview Hospital on May 2.",
    "A new night premium is worth 4% of base pay. Mileage pay: $0.70 a mile (new).",
    "The hospital's opening proposal in March was 1.5% a year.",
]

_NOTICE = [
    "某市卫生健康委员会",
    "某市卫生健康委员会关于做好2026年住培招收工作的通知",
    "发布时间：2026-05-20",
    "一、招收规模。2026年全市计划招收学员2860人，比2025年实际招收的2614人增加246人。",
    "二、基地设置。全市现有基地24家，分布如下表。",
    "表　2026年各区住培基地及招收计划（单位：人）",
    "区\t基地（家）\t2026年计划招收\t其中：紧缺专业\t2025年实际招收",
    "东区\t17\t1310\t482\t1205",
    "西区\t7\t456\t178\t421",
]

_PLAN = [
    "某市2026年院前急救工作要点",
    "发布日期：2026-03-05",
    "一、2026年主要目标",
    "全市新增急救站点6个。",
    "表　2026年各县区急救站点建设目标",
    "县区\t2025年底站点数（个）\t2026年新增站点（个）",
    "东区\t14\t2",
    "西区\t7\t1",
]


_ANSWER = [
    "Parliament of Example State",
    "Legislative Council — Questions and Answers Paper No. 88",
    "1402 NORTHERN LOCAL HEALTH DISTRICT — AGENCY NURSING",
    "The Hon. A Member MLC asked the Minister for Health — Question asked on 10 February 2026; answer lodged on "
    "12 March 2026.",
    "Answer:",
    "The District spent $41.2 million on agency nurses in 2024-25.",
    "The District's virtual care service now supports 14 emergency departments overnight, up from 9 in 2024.",
    "Its targets are to cut agency spending by at least 25 per cent, to no more than $31 million, by 2027-28, and to "
    "lift the share of permanent posts from 58 per cent in June 2025 to 75 per cent by June 2028.",
    "The Ministry contributed $2.1 million in 2025-26, and a further $3.0 million has been allocated for 2026-27.",
    "It offers incentive packages of up to $15,000 a year for three years to doctors who take up rural posts.",
    "412 AGENCY NURSES WERE ENGAGED IN 2024-25.",
]

_LINKED = [
    "某市2026年院前急救工作要点",
    "发布日期：2026-03-05",
    "二、重点任务",
    "推进急救指挥调度系统升级，实现与110、119、122等平台联动，年内新增急救站点6个。",
    "开通12345热线急救咨询服务，全年受理咨询不少于3000次。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "agreement": _AGREEMENT,
        "guard_agreement": _GUARD_AGREEMENT,
        "notice": _NOTICE,
        "plan": _PLAN,
        "answer": _ANSWER,
        "linked": _LINKED,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# A tentative agreement put to a ratification vote: its terms are not in force when published, targets of their year.
@pytest.mark.parametrize(("line", "value"), [(6, 5.0), (7, 4), (7, 0.7)])
def test_the_terms_of_an_agreement_not_yet_ratified_are_targets(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["agreement"]), line, value) == ("target", 2026)


# The hospital's opening proposal was 1.5% a year: a value a party proposed in the bargaining, a target.
def test_a_proposal_in_the_bargaining_of_an_unratified_agreement_is_a_target(
    drafted: dict[str, dict[str, Any]],
) -> None:
    assert _of(_facts(drafted["agreement"]), 8, 1.5)[0] == "target"


def test_guard_members_counted_for_what_they_did_stay_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the 420 members who joined the rally are counted for what they did, not a term."""
    assert _of(_facts(drafted["agreement"]), 9, 420) == ("achieved", 2026)


def test_guard_a_ratified_contracts_terms_stay_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: no tentative agreement, no ratification vote to come: the terms are in force, achieved."""
    facts = _facts(drafted["guard_agreement"])
    assert _of(facts, 5, 4)[0] == "achieved"
    assert _of(facts, 5, 0.7)[0] == "achieved"
    assert _of(facts, 6, 1.5)[0] == "achieved"


# 其中：紧缺专业 after 2026年计划招收: the part of the plan's column, a target of 2026 as it.
@pytest.mark.parametrize(("line", "value"), [(8, 482), (9, 178)])
def test_an_of_which_column_takes_its_wholes_year_and_status(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["notice"]), line, value) == ("target", 2026)


# 基地（家）, no year, before the plan's column, beside 2025年实际招收: how things stand when published, of 2026.
@pytest.mark.parametrize(("line", "value"), [(8, 17), (9, 7)])
def test_a_column_of_no_year_beside_last_years_actuals_stands_now(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["notice"]), line, value) == ("achieved", 2026)


def test_guard_the_plan_and_last_years_actuals_columns_stay(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the plan's column stays a target of 2026, last year's actuals achieved of 2025."""
    facts = _facts(drafted["notice"])
    assert _of(facts, 8, 1310) == ("target", 2026)
    assert _of(facts, 8, 1205) == ("achieved", 2025)


# 2025年底站点数 in a 2026 work plan's table of targets: a year over holds no target.
@pytest.mark.parametrize(("line", "value"), [(7, 14), (8, 7)])
def test_a_column_of_a_year_over_is_achieved_in_a_plans_table(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["plan"]), line, value) == ("achieved", 2025)


def test_guard_the_plans_column_of_its_year_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 2026年新增站点 in the 2026 plan's table stays a target of 2026."""
    facts = _facts(drafted["plan"])
    assert _of(facts, 7, 2) == ("target", 2026)
    assert _of(facts, 8, 1) == ("target", 2026)


# …; answer lodged on 12 March 2026, inside the line naming who asked whom: the answer is published that day, so
# what it tells as now is of 2026, not of the latest year it names (2026-27).
def test_a_written_answer_is_dated_by_the_day_its_answer_was_lodged(drafted: dict[str, dict[str, Any]]) -> None:
    assert str(drafted["answer"]["source"]["published"]) == "2026-03-12"
    assert _of(_facts(drafted["answer"]), 7, 14) == ("achieved", 2026)


# to cut … by at least 25 per cent, to no more than $31 million, by 2027-28, and to lift …: the due date set off after
# the aim's figures dates them all, targets of the year the fiscal year ends in.
@pytest.mark.parametrize("value", [25, 31000000])
def test_a_due_date_set_off_after_an_aims_figures_dates_them(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["answer"]), 8, value) == ("target", 2028)


def test_guard_the_next_aims_start_and_end_keep_their_own_years(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the next aim (and to lift … from 58 per cent in June 2025 to 75 per cent by June 2028) keeps its start,
    achieved of 2025, and its end, a target of 2028; the spending of 2024-25 stays achieved of 2025."""
    facts = _facts(drafted["answer"])
    assert _of(facts, 8, 58) == ("achieved", 2025)
    assert _of(facts, 8, 75) == ("target", 2028)
    assert _of(facts, 6, 41200000) == ("achieved", 2025)


# up to $15,000 a year for three years: the term the yearly package runs over, no figure of its own.
def test_the_term_a_yearly_amount_runs_over_is_no_figure(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["answer"])
    assert (10, 3) not in facts
    assert _of(facts, 10, 15000)[0] == "achieved"
    assert ignored_on(drafted["answer"], 10)


# 1402 NORTHERN LOCAL HEALTH DISTRICT — AGENCY NURSING: the question's number heading its answer, in capitals.
def test_a_questions_number_heading_its_answer_is_no_figure(drafted: dict[str, dict[str, Any]]) -> None:
    assert (3, 1402) not in _facts(drafted["answer"])
    assert ignored_on(drafted["answer"], 3)


def test_guard_a_count_opening_a_sentence_in_capitals_stays_a_figure(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 412 AGENCY NURSES WERE ENGAGED IN 2024-25. is a sentence (its full stop), its 412 a count; the plan's
    6 new stations and the 12345 hotline's 3000 calls stay figures beside the service numbers."""
    assert _of(_facts(drafted["answer"]), 11, 412) == ("achieved", 2025)
    facts = _facts(drafted["linked"])
    assert _of(facts, 4, 6)[0] == "target"
    assert (5, 3000) in facts


# 实现与110、119、122等平台联动, 开通12345热线: service numbers naming the platforms and hotline, no counts.
def test_service_numbers_naming_platforms_are_no_figures(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["linked"])
    for line, value in ((4, 110), (4, 119), (4, 122), (5, 12345)):
        assert (line, value) not in facts
