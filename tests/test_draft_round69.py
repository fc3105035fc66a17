"""Round 69's rules, from the seventy-first held-out set (a college's report on the employment of its graduating
class; a county's publicity of a school meals scheme's money; a province's yearly report on registering devices): each
has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A vocational college's report of January 2026 on the class of 2025, compared with the class of 2024.
_CLASS = [
    "河川职业学院",
    "首页 > 信息公开 > 就业质量",
    "河川职业学院2025届毕业生就业质量年度报告",
    "发布时间：2026-01-20　来源：招生就业处",
    "我院2025届毕业生共3,120人，比2024届的2,876人增加244人，增长8.5%。",
    "截至2025年12月31日，2025届毕业生去向落实率为91.6%，比2024届（89.9%）提高1.7个百分点。",
    "从去向类别看，签订劳动合同就业1,520人，升学820人，参加“三支一扶”、特岗计划等基层服务项目96人；未落实去向的262人主要为继续备考的毕业生。",
    "另有入选青年志愿者计划的毕业生15人。",
    "2026年，学院计划新增就业实习基地20个。",
]

# A county's publicity of February 2026 on its 2025 school meals money, with a change of subsidy to come in 2027.
_MONEY = [
    "河川县教育局",
    "首页 > 信息公开 > 财政资金",
    "河川县2025年度学生营养改善计划实施情况公示",
    "发布时间：2026-02-12　来源：县教育局",
    "2025年全县共下达营养膳食补助资金3,120.5万元，实际支出3,098.2万元，执行率99.3%；结余22.3万元已全部结转2026年继续使用。",
    "2024年结转资金18.6万元已于2025年全部支出。",
    "自2027年1月1日起，寄宿生生活补助标准由每生每年1250元提高至1400元，走读生补助保持每生每年625元不变。",
]

# A province's report of March 2026 on registering devices in 2025, with fees changed from January 1, 2026.
_FEES = [
    "河川省药品监督管理局",
    "首页 > 政务公开 > 统计信息",
    "河川省2025年度医疗器械注册工作报告",
    "发布时间：2026-03-02　来源：器械注册处",
    "2025年，我省对小微企业首次注册申请减半收费，共为64家企业减免注册费812.4万元。根据有关规定，自2026年1月1日起，第二类医疗器械首次注册费由每个注册单元4.2万元下调至3.36万元，下调20%；变更注册费维持每个注册单元0.9万元不变。",
    "2025年，全省共受理延续注册申请1,024件，比上年增长12.3%。自2025年7月起，审评时限由60个工作日压缩至40个工作日。",
    "2025年，全省共完成注册质量体系核查356家次，比2024年减少4.2%，平均用时12个工作日。",
]


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("cohort"), _CLASS)


@pytest.fixture(scope="module")
def money(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("money"), _MONEY)


@pytest.fixture(scope="module")
def fees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("fees"), _FEES)


# 参加“三支一扶”、特岗计划等基层服务项目96人: a programme listed, no plan; so for the figures of its sentence.
@pytest.mark.parametrize(("line", "value"), [(7, 1520), (7, 820), (7, 96), (7, 262), (8, 15)])
def test_a_programme_named_or_joined_is_no_plan(cohort: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(cohort), line, value) == ("achieved", 2025)


def test_guard_a_plan_of_the_text_keeps_its_cue(cohort: dict[str, Any]) -> None:
    """Guard: 学院计划新增…20个 is the college's plan: a target of 2026."""
    assert _of(_facts(cohort), 9, 20) == ("target", 2026)


# 比2024届的2,876人, 比2024届（89.9%）: the level compared with is of the class's year.
@pytest.mark.parametrize(("line", "value"), [(5, 2876), (6, 89.9)])
def test_a_level_compared_with_a_class_is_of_its_year(cohort: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(cohort), line, value) == ("achieved", 2024)


def test_guard_the_class_reported_and_the_change_keep_the_year_reported(cohort: dict[str, Any]) -> None:
    """Guard: 2025届毕业生共3,120人 and the changes after the level compared with (增加244人, 提高1.7个百分点) are 2025's."""
    facts = _facts(cohort)
    assert _of(facts, 5, 3120) == ("achieved", 2025)
    assert _of(facts, 5, 244) == ("achieved", 2025)
    assert _of(facts, 6, 1.7) == ("achieved", 2025)


# 结余22.3万元已全部结转2026年: 2026 is where the balance goes; it is of 2025.
def test_the_year_money_is_carried_into_is_not_its_year(money: dict[str, Any]) -> None:
    assert _of(_facts(money), 5, 223000) == ("achieved", 2025)


def test_guard_the_year_money_is_carried_from(money: dict[str, Any]) -> None:
    """Guard: 2024年结转资金18.6万元 is of 2024, the year it comes from; the spending of its sentence is 2025's."""
    facts = _facts(money)
    assert _of(facts, 6, 186000) == ("achieved", 2024)
    assert _of(facts, 5, 30982000) == ("achieved", 2025)


# 自2026年1月1日起，…由4.2万元下调至3.36万元，下调20%；…维持0.9万元不变: the change and the level kept are of 2026;
# 自2025年7月起，审评时限由60个工作日压缩至40个工作日: the new limit is of 2025.
@pytest.mark.parametrize(("line", "value", "year"), [(5, 20, 2026), (5, 9000, 2026), (6, 40, 2025)])
def test_a_change_of_level_from_a_day_dates_the_figures_after_it(
    fees: dict[str, Any], line: int, value: float, year: int
) -> None:
    assert _of(_facts(fees), line, value) == ("achieved", year)


def test_guard_the_level_changed_from_and_the_figures_before_the_day(fees: dict[str, Any]) -> None:
    """Guard: the level changed from (由每个注册单元4.2万元) keeps the year before the change, the figures of the
    sentence before the day (812.4万元) theirs; a sentence with no day (比2024年减少4.2%…12个工作日) its year."""
    facts = _facts(fees)
    assert _of(facts, 5, 42000) == ("achieved", 2025)
    assert _of(facts, 5, 8124000) == ("achieved", 2025)
    assert _of(facts, 5, 33600) == ("achieved", 2026)
    assert _of(facts, 7, 4.2) == ("achieved", 2025)
    assert _of(facts, 7, 12) == ("achieved", 2025)


def test_guard_a_day_to_come_leaves_the_level_kept_in_force_now(money: dict[str, Any]) -> None:
    """Guard: 自2027年1月1日起 in a publicity of February 2026 has not come: the level it keeps (保持…625元不变) is the
    one in force now (2026), not 2027's; the new level (1400元) a target of 2027."""
    facts = _facts(money)
    assert _of(facts, 7, 625) == ("achieved", 2026)
    assert _of(facts, 7, 1400) == ("target", 2027)


# A district news story of May 2026 on this year's campaign, its cost against last year's, and a paragraph comparing
# 2025 with 2024 that goes on printing no year.
_STORY = [
    "The Valley Times",
    "Home > News > Health",
    "District clinic campaign reaches 12,400 children",
    "By Staff Reporter | Tuesday, May 12, 2026",
    "Valley (V/R), May 12 – Vaccinators reached 12,400 children in the district during this year's measles campaign, "
    "which ran from March 2 to March 20.",
    "The campaign cost US$240,000, or US$19.35 per child, compared with US$22.10 last year, when 10,860 children were "
    "vaccinated.",
    "Missed appointments. 1,184 children missed a first appointment in 2025, down from 1,379 in 2024. The share of "
    "families who needed a second visit fell to 6.8% from 8.1%, a drop of 1.3 percentage points. Repeat no-shows fell "
    "to 44 families from 71.",
    "Stock-outs fell to 3 from 9 this year.",
]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("story"), _STORY)


# compared with US$22.10 last year, when 10,860 children were vaccinated: the clause is of last year (2025).
def test_a_when_clause_after_last_year_is_of_last_year(story: dict[str, Any]) -> None:
    assert _of(_facts(story), 6, 10860) == ("achieved", 2025)


def test_guard_the_figures_before_the_when_clause(story: dict[str, Any]) -> None:
    """Guard: this year's cost (US$240,000, US$19.35) stays of 2026, the level compared with (US$22.10) of 2025."""
    facts = _facts(story)
    assert _of(facts, 6, 240000) == ("achieved", 2026)
    assert _of(facts, 6, 19.35) == ("achieved", 2026)
    assert _of(facts, 6, 22.1) == ("achieved", 2025)


# … down from 1,379 in 2024. … fell to 6.8% from 8.1% … fell to 44 families from 71: the levels changed from are 2024's.
@pytest.mark.parametrize("value", [8.1, 71])
def test_a_level_changed_from_goes_on_with_the_year_compared_with(story: dict[str, Any], value: float) -> None:
    assert _of(_facts(story), 7, value) == ("achieved", 2024)


def test_guard_the_levels_changed_to_and_a_sentence_with_its_own_year(story: dict[str, Any]) -> None:
    """Guard: the levels changed to (6.8%, 44) and the change (1.3 points) stay 2025's; a line of its own that names
    this year (fell to 3 from 9 this year) keeps 2026."""
    facts = _facts(story)
    assert _of(facts, 7, 6.8) == ("achieved", 2025)
    assert _of(facts, 7, 1.3) == ("achieved", 2025)
    assert _of(facts, 7, 44) == ("achieved", 2025)
    assert _of(facts, 8, 9) == ("achieved", 2026)


# The same story's aims: one due next year, the next by 2028; two aims with one due year; a pledge for next year's.
_AIMS = [
    *_STORY[:5],
    "He said the district aimed to reach at least 95 per cent of children next year and to bring the dropout rate "
    "below 5 per cent by 2028.",
    "She said the district would cut waiting times by 10 per cent and reach 98 per cent coverage by 2028.",
    "The Assembly pledged to provide 20 motorbikes for next year's campaign and to train 40 more vaccinators by 2028.",
]


@pytest.fixture(scope="module")
def aims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("aims"), _AIMS)


# aimed to reach at least 95 per cent … next year and to bring … by 2028: the first aim is 2027's.
@pytest.mark.parametrize(("line", "value"), [(6, 95), (8, 20)])
def test_a_target_s_own_due_words_before_the_next_aim(aims: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(aims), line, value) == ("target", 2027)


def test_guard_the_next_aim_and_aims_sharing_one_due_year(aims: dict[str, Any]) -> None:
    """Guard: the aim after the break (below 5 per cent by 2028, 40 more by 2028) and two aims with no words of their
    own (cut by 10 per cent and reach 98 per cent by 2028) stay 2028's."""
    facts = _facts(aims)
    assert _of(facts, 6, 5) == ("target", 2028)
    assert _of(facts, 7, 10) == ("target", 2028)
    assert _of(facts, 7, 98) == ("target", 2028)
    assert _of(facts, 8, 40) == ("target", 2028)
