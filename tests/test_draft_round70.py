"""Round 70's rules, from the seventy-second held-out set (a wildfire smoke season's summary; a state programme's annual
report; a county's notice on a quarter's care subsidy and its new standards; a society's year summary): each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A county association's notice of January 2026 on its 2025 work, with a new standard and its cost to come.
_SUMMARY = [
    "河川县残疾人联合会",
    "首页 > 信息公开 > 通知公告",
    "河川县残疾人联合会2025年度工作情况通报",
    "发布时间：2026-01-22　来源：县残联办公室",
    "（一）组织建设。截至2025年12月31日，全县共有基层残协组织214个，比上年末增加6个，年内完成38个残协换届选举。",
    "（二）权益维护。全年受理残疾人来信来访156件，办结148件（含2024年结转的9件），结转至2026年继续办理17件。办结的148件中，"
    "调解成功102件，占68.9%。",
    "（三）康复服务。全年为1,620名残疾人提供基本康复服务，服务覆盖率为91.2%（2024年为88.5%）。",
    "2025年第四季度护理补贴标准为：一级每人每月180元，二级每人每月120元。",
    "按2025年末在册人数测算，新标准实施后全县每月需发放补贴资金约38.6万元，全年约463.2万元。",
    "按2025年末在册人数测算，人均补贴水平为每月86元。",
    "高血压的诊断标准为：收缩压140毫米汞柱以上。",
    "2026年，县残联将确保年内完成全部12个乡镇的残协规范化建设。",
    "2025年，全县新增助残志愿者1,302名，完成市残联下达年度任务1,200名的108.5%。",
    "2025年，市残联下达的培训任务全部完成，全年培训基层专干460名。",
]

# A health authority's season summary of November 2026, comparing the season with the one before.
_SEASON = [
    "Valley Health Authority",
    "Home > Reports > Environmental health",
    "2025 heat season summary",
    "Published November 3, 2026",
    "Clinic calls. Calls to our nurse line about heat illness rose to 9,210 over the season, 12.0% more than the 8,223 "
    "in the 2024 season. Calls about children alone came to 2,140, or 23.2% of all calls.",
    "Staff. The authority employed 312 outreach nurses, 6.1% more than the 294 at the end of 2024. It aims to reach 400 "
    "by the end of 2027.",
    "Cooling centres. 41 cooling centres opened, up from 36 at the end of 2024. In 2023, 30 centres opened. "
    "The centres served 5,400 visitors.",
    "Waiting list. 1,180 people were waiting for a home assessment, 150 fewer than at the end of 2024.",
    "For 2026, the authority wants to open at least 45 cooling centres, cut heat deaths to no more than 3, and ensure "
    "that no centre closes for more than 2 days in a heat warning.",
    "The authority wants to open 45 centres in 2026; the province has funded 12 of them.",
]


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("summary"), _SUMMARY)


@pytest.fixture(scope="module")
def season(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("season"), _SEASON)


# 办结148件（含2024年结转的9件），…17件。办结的148件中，调解成功102件: the year of a part included is not the sentence's.
@pytest.mark.parametrize(("line", "value"), [(6, 148), (6, 9), (6, 102), (6, 68.9)])
def test_a_year_in_a_bracket_of_what_a_figure_includes_dates_nothing_after(
    summary: dict[str, Any], line: int, value: float
) -> None:
    assert _of(_facts(summary), line, value) == ("achieved", 2025)


def test_guard_a_bracket_of_an_earlier_level_keeps_its_year(summary: dict[str, Any]) -> None:
    """Guard: （2024年为88.5%） is the level of 2024 compared with, not a part included."""
    facts = _facts(summary)
    assert _of(facts, 7, 88.5) == ("achieved", 2024)


# 年内完成38个 after 截至2025年12月31日 in a text of January 2026: within 2025, not 2026.
def test_within_the_year_is_the_year_its_sentence_opens_on(summary: dict[str, Any]) -> None:
    assert _of(_facts(summary), 5, 38) == ("achieved", 2025)


def test_guard_within_the_year_of_a_plan_is_the_year_to_come(summary: dict[str, Any]) -> None:
    """Guard: 2026年，…确保年内完成全部12个乡镇: a task of 2026, the year of publication, stays so."""
    assert _of(_facts(summary), 12, 12)[1] == 2026


# 2025年第四季度护理补贴标准为：一级每人每月180元: the amounts a scheme pays, figures of the quarter's year.
@pytest.mark.parametrize("value", [180, 120])
def test_a_rate_of_pay_after_its_standard_and_a_colon_is_a_figure(summary: dict[str, Any], value: float) -> None:
    assert _of(_facts(summary), 8, value) == ("achieved", 2025)


def test_guard_a_criterion_after_a_colon_is_no_figure(summary: dict[str, Any]) -> None:
    """Guard: 诊断标准为：收缩压140毫米汞柱以上 defines a diagnosis: its number is no figure."""
    assert (11, 140) not in _facts(summary)
    assert ignored_on(summary, 11)


# 按2025年末在册人数测算，…每月需发放…约38.6万元，全年约463.2万元: what will be needed, targets of 2026.
@pytest.mark.parametrize("value", [386000, 4632000])
def test_a_need_estimated_on_an_earlier_basis_is_a_target(summary: dict[str, Any], value: float) -> None:
    assert _of(_facts(summary), 9, value) == ("target", 2026)


def test_guard_an_estimate_of_no_need_keeps_its_guess(summary: dict[str, Any]) -> None:
    """Guard: 按2025年末在册人数测算，人均补贴水平为每月86元 says what is, not what will be needed: done, of 2025."""
    assert _of(_facts(summary), 10, 86) == ("achieved", 2025)


# …more than the 8,223 in the 2024 season. Calls about children alone came to 2,140: the season reported, not 2024.
@pytest.mark.parametrize("value", [2140, 23.2])
def test_the_year_compared_with_does_not_date_the_next_sentence(season: dict[str, Any], value: float) -> None:
    assert _of(_facts(season), 5, value) == ("achieved", 2025)


def test_guard_the_level_compared_with_keeps_its_year(season: dict[str, Any]) -> None:
    """Guard: the 8,223 in the 2024 season is 2024's; the level reached (9,210) the season's."""
    facts = _facts(season)
    assert _of(facts, 5, 8223) == ("achieved", 2024)
    assert _of(facts, 5, 9210) == ("achieved", 2025)


# more than the 294 at the end of 2024, up from 36 at the end of 2024: the level of that year-end.
@pytest.mark.parametrize(("line", "value"), [(6, 294), (7, 36)])
def test_a_level_followed_by_its_year_end_is_of_that_year(season: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(season), line, value) == ("achieved", 2024)


def test_guard_a_target_by_a_year_end_and_a_sentence_with_its_year(season: dict[str, Any]) -> None:
    """Guard: reach 400 by the end of 2027 stays a target of 2027; In 2023, 30 centres opened keeps 2023."""
    facts = _facts(season)
    assert _of(facts, 6, 400) == ("target", 2027)
    assert _of(facts, 7, 30) == ("achieved", 2023)
    assert _of(facts, 6, 312) == ("achieved", 2025)


def test_guard_a_change_against_a_year_end_keeps_the_year_reported(season: dict[str, Any]) -> None:
    """Guard: 150 fewer than at the end of 2024 is the change to the level reported, of 2025."""
    assert _of(_facts(season), 8, 150) == ("achieved", 2025)


# 完成市残联下达年度任务1,200名的108.5%: the quota a higher level assigns is a target; the share reached is done.
def test_the_quota_a_higher_level_assigns_is_a_target(summary: dict[str, Any]) -> None:
    assert _of(_facts(summary), 13, 1200) == ("target", 2025)


def test_guard_the_count_done_and_the_share_of_the_quota_stay_done(summary: dict[str, Any]) -> None:
    """Guard: 1,302名 done and 108.5% of the quota reached are achieved; 下达的培训任务全部完成，…460名 is what was done."""
    facts = _facts(summary)
    assert _of(facts, 13, 1302) == ("achieved", 2025)
    assert _of(facts, 13, 108.5) == ("achieved", 2025)
    assert _of(facts, 14, 460) == ("achieved", 2025)


# wants to open at least 45 …, cut heat deaths to no more than 3, and ensure that … more than 2 days: each item an aim.
@pytest.mark.parametrize("value", [3, 2])
def test_the_items_of_a_list_of_aims_share_its_verb(season: dict[str, Any], value: float) -> None:
    assert _of(_facts(season), 9, value) == ("target", 2026)


def test_guard_a_clause_with_a_subject_of_its_own_is_no_item_of_the_list(season: dict[str, Any]) -> None:
    """Guard: wants to open 45 centres …; the province has funded 12 of them: done, not an aim."""
    facts = _facts(season)
    assert _of(facts, 9, 45) == ("target", 2026)
    assert _of(facts, 10, 12)[0] == "achieved"
