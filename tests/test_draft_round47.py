"""Round 47's rules, from the forty-ninth held-out set (a notice's interpretation whose rules take effect later, a
county's circular on an inspection with its annex of results): each has its failing and passing cases, written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_NOTICE = [
    "《关于调整居民大病保险待遇的通知》政策解读",
    "发布时间：2026-10-12",
    "近日，市医保局印发《关于调整居民大病保险待遇的通知》，自2027年1月1日起施行。现解读如下。",
    "一、调整背景",
    "截至2026年9月底，全市大病保险受益人数达到3.2万人，同比增长5.6%。",
    "二、主要调整内容",
    "（一）扩大保障范围。在现有30种大病基础上，新增罕见病等5个病种，调整后病种总数达到35种。",
    "（二）优化办理流程。申请材料齐全的，在10个工作日内办结，待遇资格有效期为2年。",
    "三、预期效果",
    "新政策实施后，预计全市每年新增受益人员约0.8万人，减轻群众负担约6000万元，基金累计结存保持在9个月以上。",
]

_GUARD_NOTICE = [
    "《关于调整居民大病保险待遇的通知》政策解读",
    "发布时间：2026-10-12",
    "近日，市医保局印发《关于调整居民大病保险待遇的通知》，自2026年10月1日起施行。现解读如下。",
    "二、主要调整内容",
    "（一）扩大保障范围。在现有30种大病基础上，新增罕见病等5个病种，调整后病种总数达到35种。",
]

_CIRCULAR = [
    "某县卫生健康局关于2026年度村卫生室规范化建设验收情况的通报",
    "发布时间：2026-11-05",
    "县卫生健康局组织专家对全县12家乡镇卫生院开展了验收。",
    "一、总体情况",
    "验收满分100分，得分90分以上为优秀、75分至89分为合格、75分以下为不合格。结果显示，12家单位中优秀7家、合格4家、"
    "不合格1家，平均得分86.4分。能够开展5项以上服务的卫生院占83.3%。",
    "二、下一步工作",
    "到2027年底，全县优秀率达到75%以上。",
    "附件：2026年度验收结果（部分）",
    "单位\t得分\t等级",
    "东山镇卫生院\t94.5分\t优秀",
    "西岭镇卫生院\t88.0分\t合格",
]

_GUARD_CIRCULAR = [
    "某县卫生健康局关于2026年度村卫生室规范化建设验收情况的通报",
    "发布时间：2026-11-05",
    "一、总体情况",
    "全县卫生院平均得分86.4分，较上年提高2.1分，达到90分以上的要求。",
    "二、下一步工作",
    "到2027年底，全县优秀率达到75%以上，每家卫生院能够开展服务不少于8项。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "notice": _NOTICE,
        "guard_notice": _GUARD_NOTICE,
        "circular": _CIRCULAR,
        "guard_circular": _GUARD_CIRCULAR,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 二、主要调整内容 of a text whose rules take effect in 2027: its figures are the rules to come, but for the level in
# force named right before one (现有30种).
@pytest.mark.parametrize(("line", "value"), [(7, 5), (7, 35), (8, 10), (8, 2)])
def test_a_section_of_the_changes_holds_rules_to_come(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["notice"]), line, value) == ("target", 2027)


def test_guard_the_level_in_force_in_the_changes_stays_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["notice"])
    assert _of(facts, 7, 30) == ("achieved", 2026)
    assert _of(facts, 5, 32000) == ("achieved", 2026)


def test_guard_changes_in_force_already_stay_achieved(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["guard_notice"]), 5, 35)[0] == "achieved"


# 新政策实施后，预计…: every figure of the forecast's sentence is of the year the rules take effect, not only the first.
@pytest.mark.parametrize("value", [8000, 60000000, 9])
def test_a_forecast_of_the_rules_to_come_holds_its_whole_sentence(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["notice"]), 10, value) == ("target", 2027)


# 得分90分以上为优秀、75分至89分为合格: score bands that define the grades; 12家单位中优秀7家: the 12 counted before;
# 5项以上服务的卫生院占83.3%: the bound that picks those whose share is given.
def test_score_bands_defining_grades_and_the_picks_are_no_figures(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["circular"])
    for value in (90, 75, 89, 12, 5):
        assert (5, value) not in facts
    assert {(5, 7), (5, 4), (5, 1), (5, 86.4), (5, 83.3)} <= set(facts)
    assert ignored_on(drafted["circular"], 5)


# 附件：2026年度验收结果: the annex the text ends on is no part of its last section (二、下一步工作).
@pytest.mark.parametrize(("line", "value"), [(10, 94.5), (11, 88.0)])
def test_an_annex_ends_the_plans_section(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["circular"]), line, value) == ("achieved", 2026)


def test_guard_plans_and_required_bands_stay(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["circular"]), 7, 75) == ("target", 2027)
    facts = _facts(drafted["guard_circular"])
    assert _of(facts, 4, 86.4) == ("achieved", 2026)
    assert (4, 90) in facts
    assert _of(facts, 6, 8) == ("target", 2027)
