"""Round 38's rules, from the kinds of text the forty-second held-out set brought (a province's quarterly circular
on cross-region settlement, a county's circular on oriented medical graduates, a city's pilot progress report, a
trust's response to a coroner's report, a hospital foundation's campaign update, a trust's Freedom to Speak Up
guardian's annual report) and set 41's leftovers (a committee's inquiry report, a 将 after a negation): each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_RESPONSE = [
    "Westmoor Community Hospital",
    "Our response to the Regulation 28 report: Mrs E. Carr",
    "Published: 14 October 2026",
    "Thank you for your report. Mrs Carr, aged 81, died on a medical ward in March 2026. The Trust is required to respond within 56 days.",
    "Concern 1: Falls prevention",
    "Where a patient's falls score reaches 3 or more, staff must complete a review within 4 hours. We will report to the Board each month for five consecutive months.",
    "The ward had one nurse for 12 patients, a ratio of one to 12, against a planned ratio of no more than one to seven. Since May 2026 we have recruited 64 nurses.",
    "All 920 ward nurses and 150 doctors are to complete falls training by 31 March 2027. An independent review is expected within two months of this letter, and we will write to you again in three months.",
    "Yours sincerely,",
    "Dr A. Example, Chief Executive",
]

_CAMPAIGN = [
    "Lakeshore Medical Foundation",
    "Appeal passes two-thirds of its goal",
    "November 20, 2026 | By Foundation Staff",
    "The Lakeshore Appeal has now raised $6.2 million toward its $9 million goal. That is up from $4.9 million a year ago and leaves $2.8 million to raise before the appeal closes on March 31, 2028. In 2026 so far it has received 1,250 gifts.",
    "The new unit will grow from 18 to 30 beds by 2028, replacing a 1960s block. Building work is about 55% complete and the unit is due to open in the spring of 2027.",
    "The appeal's largest gift, $500,000 from the Lane Family Trust, came in 2025. Gifts of $1,000 or more make up 40% of all gifts. Pledges may be paid over up to four years.",
    "Lakeshore Medical Foundation is a 501(c)(3) nonprofit organization. Tax ID 12-3456789.",
    "© 2026 Lakeshore Medical Foundation",
]

_GUARDIAN = [
    "Riverbend NHS Trust",
    "Speak Up Guardian: Annual Report 2025/26",
    "Paper posted 2 October 2026",
    "In 2025/26 staff raised 240 concerns, up 12.1% from 214 in 2024/25 and almost double the 121 raised in 2021/22.",
    "Quarter\tBeds\tConcerns",
    "Q1 2025/26\t18\t55",
    "In 2025/26, cases took 29 days to close on average, down from 36 days. The policy is to acknowledge each concern within three working days.",
    "In the 2025 staff survey, 58.4% said they felt safe to speak up, up 1.9 percentage points on 2024 but below the regional average of 60.1%. The guardian role is now 1.4 posts, up from one.",
    "Between April 2019 and April 2026 the number of champions in the region fell from 42 to 35.",
    "The Board is asked to support raising the share who feel safe to speak up to 62% or more in the 2027 survey.",
    "Author: Trust Guardian",
]

_CIRCULAR = [
    "某县卫生健康局关于乡村医生队伍建设情况的通报",
    "发布日期：2026-11-10",
    "一、基本情况",
    "2016年至2026年，全县累计定向培养乡村医生208名，培养人数较“十三五”末翻了一番。违约率为3.2%，低于全市平均水平的4.5%。",
    "单次培训费用在2000元以上的占35.0%；服务满3年的，可优先晋升。乡村医生覆盖全部9个乡镇和东山、西山2个林场。在边远乡镇服务的，每人每月发放补助600元，全年补助资金合计18万元。",
    "二、存在的问题",
    "一是约三成的卫生院未为乡村医生制订培养计划；二是问卷显示，约五分之一的受访者表示打算离开。有4个乡镇未按规定将补助资金拨付到位。",
    "三、下一步工作",
    "（一）2027年起，每年安排不少于15万元用于乡村医生培训，每人每年参加培训不少于2次。",
    "（二）未按规定签约的，补助标准降低10个百分点。各乡镇要于每季度结束后15日内报送进展情况。",
    "（三）力争到2028年，全县乡村医生人数较2025年翻一番。",
    "某县卫生健康局",
]

_CONDITIONS = [
    "Decision summary: Project ID K-210, Eastfield Hospital",
    "Posted August 4, 2026",
    "",
    "The Section has approved the application with conditions.",
    "1. The project shall cost no more than $42.5 million.",
    "2. The applicant shall staff the unit with at least 26 nurses.",
    "The hospital currently employs 310 nurses. A donor has offered to match gifts up to a cap of $2 million. The board sets a ceiling of 4.5% on agency spending.",
    "The applicant should keep waits for a first appointment under 6 weeks, and should report on progress by the end of 2028. It should open at least 12 new beds by the end of 2028.",
    "Division of Health Service Regulation",
]

_COSTED = [
    "关于《某市公共场所急救设备管理办法（征求意见稿）》的起草说明",
    "发布时间：2026-03-12",
    "",
    "　　一、需要说明的问题",
    "　　经测算，实现2028年目标需新增配置设备约3200台，按每台约2.1万元计算，需投入资金约6720万元。",
    "　　与先进城市相比，我市设备配置仍存在分布不均等问题：学校配置率仅为41.5%；持证救护员约9.2万人。",
    "　　《办法》共5章28条。2025年，全市配置设备1200台。",
    "",
    "某市卫生健康委员会",
]


@pytest.fixture(scope="module")
def conditions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("conditions"), _CONDITIONS)


@pytest.fixture(scope="module")
def costed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("costed"), _COSTED)


@pytest.fixture(scope="module")
def response(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("response"), _RESPONSE)


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("campaign"), _CAMPAIGN)


@pytest.fixture(scope="module")
def guardian(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("guardian"), _GUARDIAN)


@pytest.fixture(scope="module")
def circular(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("circular"), _CIRCULAR)


# ---- a coroner's report response: deadlines, provisos, a named person's age, the staff a task acts on ----------


def test_a_named_persons_age_in_apposition_is_a_claim(response: dict[str, Any]) -> None:
    facts = _facts(response)
    assert _of(facts, 4, 81) == ("achieved", 2026)  # Mrs Carr, aged 81, died …
    assert (6, 3) not in facts  # guard: a falls score in a proviso is no claim (below)


def test_a_statutory_duty_to_respond_within_n_is_in_force(response: dict[str, Any]) -> None:
    facts = _facts(response)
    assert _of(facts, 4, 56) == ("achieved", 2026)  # is required to respond within 56 days
    assert facts[(4, 56)]["qualifier"] == "le"


def test_a_deadline_set_to_act_by_is_a_target_not_a_definition(response: dict[str, Any]) -> None:
    facts = _facts(response)
    assert _of(facts, 6, 4) == ("target", 2026)  # staff must complete a review within 4 hours
    assert facts[(6, 4)]["qualifier"] == "le"
    assert _of(facts, 8, 2) == ("target", 2026)  # a review expected within two months of this letter


def test_where_a_level_is_reached_a_run_of_months_and_a_time_to_come_are_no_claims(response: dict[str, Any]) -> None:
    facts = _facts(response)
    assert (6, 3) not in facts  # Where a patient's falls score reaches 3 or more, …
    assert (6, 5) not in facts  # for five consecutive months
    assert (8, 3) not in facts  # we will write to you again in three months
    assert (5, 1) not in facts  # Concern 1: a heading's label
    assert _of(facts, 7, 64) == ("achieved", 2026)  # guard: a count of the same lines is drafted


def test_a_ratio_of_one_to_n_and_a_planned_ratio(response: dict[str, Any]) -> None:
    facts = _facts(response)
    assert facts[(7, 12)]["qualifier"] == "eq" and facts[(7, 12)]["status"] == "achieved"  # a ratio of one to 12
    assert facts[(7, 7)]["qualifier"] == "le" and facts[(7, 7)]["status"] == "target"  # a planned ratio


def test_the_staff_a_tasks_subject_names_with_all_exist(response: dict[str, Any]) -> None:
    facts = _facts(response)
    assert _of(facts, 8, 920) == ("achieved", 2026)  # All 920 ward nurses and 150 doctors are to complete …
    assert _of(facts, 8, 150) == ("achieved", 2026)


# ---- a campaign update: a year ago, what is left to raise, a decade, progress, an event's year, the footer --------


def test_a_year_ago_outranks_a_later_year_of_its_clause(campaign: dict[str, Any]) -> None:
    facts = _facts(campaign)
    assert _of(facts, 4, 4900000) == ("achieved", 2025)  # up from $4.9 million a year ago … March 31, 2028
    assert facts[(4, 9000000)]["status"] == "target"  # guard: the goal stays a target


def test_what_a_sum_leaves_to_raise_is_left_now(campaign: dict[str, Any]) -> None:
    assert _of(_facts(campaign), 4, 2800000) == ("achieved", 2026)


def test_a_decade_dates_nothing_and_a_change_to_come_starts_from_now(campaign: dict[str, Any]) -> None:
    facts = _facts(campaign)
    assert _of(facts, 5, 18) == ("achieved", 2026)  # will grow from 18 …, replacing a 1960s block
    assert _of(facts, 5, 30) == ("target", 2028)  # guard


def test_a_state_of_progress_is_reached(campaign: dict[str, Any]) -> None:
    assert _of(_facts(campaign), 5, 55) == ("achieved", 2026)  # about 55% complete and … due to open in 2027


def test_the_year_of_an_event_dates_its_sentence_only(campaign: dict[str, Any]) -> None:
    facts = _facts(campaign)
    assert _of(facts, 6, 500000) == ("achieved", 2025)  # …, $500,000 from the Lane Family Trust, came in 2025.
    assert _of(facts, 6, 40) == ("achieved", 2026)  # the next sentence is not 2025's
    assert (6, 1000) not in facts  # Gifts of $1,000 or more: the size that defines the gifts counted
    assert facts[(6, 4)]["qualifier"] == "le"  # paid over up to four years: no age


def test_a_nonprofits_tax_status_line_ends_the_body(campaign: dict[str, Any]) -> None:
    facts = _facts(campaign)
    assert not [key for key in facts if key[0] == 7]  # 501(c)(3), Tax ID 12-3456789


# ---- a guardian's annual report: a factor's own time, the year before, a deadline, a bound, a table's heading ----


def test_a_factor_of_change_is_not_of_its_bases_year(guardian: dict[str, Any]) -> None:
    facts = _facts(guardian)
    assert _of(facts, 4, 2) == ("achieved", 2026)  # almost double the 121 raised in 2021/22
    assert _of(facts, 4, 214) == ("achieved", 2025)  # guard: the base of a change keeps its year


def test_the_level_a_change_comes_down_from_is_the_year_befores(guardian: dict[str, Any]) -> None:
    facts = _facts(guardian)
    assert _of(facts, 7, 36) == ("achieved", 2025)  # In 2025/26, … 29 days …, down from 36 days
    assert _of(facts, 8, 1) == ("achieved", 2025)  # now 1.4 posts, up from one
    assert _of(facts, 7, 29) == ("achieved", 2026)  # guard


def test_a_policys_deadline_and_a_year_compared_on(guardian: dict[str, Any]) -> None:
    facts = _facts(guardian)
    assert facts[(7, 3)]["status"] == "target"  # the policy is to acknowledge … within three working days
    assert (8, 2024) not in facts  # up 1.9 percentage points on 2024
    assert facts[(10, 62)]["qualifier"] == "ge"  # speak up to 62% or more
    assert (5, 0.25) not in facts  # Quarter<TAB>Beds: a heading


def test_a_span_opening_its_sentence_dates_the_from_figure(guardian: dict[str, Any]) -> None:
    facts = _facts(guardian)
    assert _of(facts, 9, 42) == ("achieved", 2019)  # Between April 2019 and April 2026 … fell from 42
    assert _of(facts, 9, 35) == ("achieved", 2026)  # guard


# ---- a county's circular: 翻一番 compared with a plan's end, provisos, plan words that plan nothing, duties ----


def test_a_doubling_compared_with_a_period_is_of_its_own_time(circular: dict[str, Any]) -> None:
    facts = _facts(circular)
    assert _of(facts, 4, 2) == ("achieved", 2026)  # 较“十三五”末翻了一番
    assert _of(facts, 11, 2) == ("target", 2028)  # 力争到2028年，…较2025年翻一番
    assert facts[(4, 4.5)]["qualifier"] == "eq"  # 低于全市平均水平的4.5%: the average compared with


def test_a_bound_then_de_and_those_it_picks_is_no_claim(circular: dict[str, Any]) -> None:
    facts = _facts(circular)
    assert (5, 2000) not in facts  # 单次培训费用在2000元以上的占35.0%
    assert (5, 3) not in facts  # 服务满3年的，可优先晋升
    assert (5, 2) not in facts  # 东山、西山2个林场: the count of the items just listed
    assert _of(facts, 5, 35.0) == ("achieved", 2026)  # guard


def test_plan_words_that_plan_nothing(circular: dict[str, Any]) -> None:
    facts = _facts(circular)
    assert facts[(7, 30)]["status"] == "achieved"  # 未为乡村医生制订培养计划: a plan as what is made
    assert facts[(7, 20)]["status"] == "achieved"  # 受访者表示打算离开: what people said
    assert facts[(7, 4)]["status"] == "achieved"  # 未按规定将补助资金拨付到位: 将 marks an object


def test_a_start_after_publication_dates_its_sentence(circular: dict[str, Any]) -> None:
    facts = _facts(circular)
    assert _of(facts, 9, 150000) == ("target", 2027)  # （一）2027年起，每年安排不少于15万元
    assert (9, 2) not in facts  # 每人每年参加培训不少于2次: how often, a rule for each


def test_a_rule_for_those_a_condition_picks_and_a_recurring_duty_are_in_force(circular: dict[str, Any]) -> None:
    facts = _facts(circular)
    assert _of(facts, 10, 10) == ("achieved", 2026)  # 未按规定签约的，补助标准降低10个百分点
    assert _of(facts, 10, 15) == ("achieved", 2026)  # 要于每季度结束后15日内报送
    assert facts[(10, 15)]["qualifier"] == "le"
    assert "2000元以上" in "".join(ignored_on(circular, 5))


# ---- set 41's leftovers: a decision's conditions, what reaching a year's target needs ----------------------------


def test_a_decisions_conditions_with_shall_are_targets(conditions: dict[str, Any]) -> None:
    facts = _facts(conditions)
    assert facts[(5, 42500000)]["status"] == "target"  # The project shall cost no more than $42.5 million
    assert facts[(6, 26)]["status"] == "target"  # shall staff the unit with at least 26 nurses
    assert facts[(7, 310)]["status"] == "achieved"  # guard


def test_what_reaching_a_years_target_needs_is_that_years_target(costed: dict[str, Any]) -> None:
    facts = _facts(costed)
    assert _of(facts, 5, 3200) == ("target", 2028)  # 实现2028年目标需新增配置设备约3200台
    assert _of(facts, 5, 67200000) == ("target", 2028)  # 需投入资金约6720万元
    assert facts[(5, 21000)]["status"] == "achieved"  # guard: 按每台约2.1万元计算, the basis of the sum


def test_a_due_date_after_a_new_modal_verbs_task_is_that_tasks(conditions: dict[str, Any]) -> None:
    facts = _facts(conditions)
    assert _of(facts, 8, 6) == ("target", 2026)  # under 6 weeks, and should report on progress by the end of 2028
    assert _of(facts, 8, 12) == ("target", 2028)  # guard: its own due date


def test_a_problem_said_still_to_exist_and_a_documents_structure_are_told_of_now(costed: dict[str, Any]) -> None:
    facts = _facts(costed)  # published in March 2026: a figure with no year is 2025's by default
    assert _of(facts, 6, 41.5) == ("achieved", 2026)  # 仍存在分布不均等问题：学校配置率仅为41.5%
    assert _of(facts, 6, 92000) == ("achieved", 2026)  # …；持证救护员约9.2万人 (the colon's list goes on)
    assert _of(facts, 7, 28) == ("achieved", 2026)  # 《办法》共5章28条
    assert _of(facts, 7, 1200) == ("achieved", 2025)  # guard


def test_a_cap_an_offer_or_rule_sets_stays_in_force(conditions: dict[str, Any]) -> None:
    facts = _facts(conditions)
    assert facts[(7, 2000000)]["status"] == "achieved"  # has offered to match gifts up to a cap of $2 million
    assert facts[(7, 2000000)]["qualifier"] == "le"
    assert facts[(7, 4.5)]["status"] == "target"  # guard: a ceiling of 4.5% set for spending to stay under


def test_a_whole_year_beside_a_monthly_rule_is_the_rules_year(circular: dict[str, Any]) -> None:
    facts = _facts(circular)  # published in November 2026
    assert _of(facts, 5, 600) == ("achieved", 2026)  # 每人每月发放补助600元，…
    assert _of(facts, 5, 180000) == ("achieved", 2026)  # …全年补助资金合计18万元: not a year over, 2025
