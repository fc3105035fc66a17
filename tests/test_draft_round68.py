"""Round 68's rules, from the seventieth held-out set (a tax bureau's story of a tax year settled in the next year's
window; a drug maker's announcement of a provisional result under public notice; an insurance association's report
with a multiple of last year's level; a pharmacy board's bulletin of rule changes from a dated day to come; a
Healthwatch report whose run-in headings close with a full stop): each has its failing and passing cases, written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A county tax bureau's story of July 2026 on the 2025 tax year settled from March to June 2026.
_SETTLED = [
    "国家税务总局河川县税务局",
    "首页 > 新闻动态 > 税务要闻",
    "2025年度个税汇算顺利收官",
    "发布时间：2026-07-10 09:00　来源：所得税股",
    "2025年度个人所得税综合所得汇算清缴于2026年3月1日开始、6月30日结束。据统计，全县共有12.4万名纳税人办理汇算，同比增长2.8%。",
    "全县子女教育专项附加扣除金额合计3.6亿元，比上年度增长6.1%。",
    "2026年4月，县税务局开展专项辅导，共举办讲座36场。",
    "下一步，县税务局力争在2026年度汇算（2027年3月1日至6月30日）中，线上办理比例达到98%以上。",
    "2025年度企业所得税汇算清缴于2025年5月31日前完成，共有企业4210户。",
]

# A drug maker's announcement of May 2026: its provisional result is under public notice to 5月29日.
_NOTICE = [
    "河川药业股份有限公司",
    "首页 > 投资者关系 > 临时公告",
    "河川药业股份有限公司关于部分产品拟中选集中带量采购的公告",
    "发布日期：2026-05-27　来源：证券事务部",
    "2026年5月26日，省医药集中采购平台发布拟中选结果。公司共有3个产品参与本次采购，其中2个产品拟中选。",
    "表1　公司拟中选产品情况",
    "产品名称\t拟中选价格（元/盒）\t拟供应地市数（个）\t规格（片/盒）",
    "阿托伐他汀钙片\t6.48\t11\t28",
    "二甲双胍缓释片\t3.92\t8\t30",
    "经测算，上述产品拟中选价格较公司目前平均出厂价格分别下降48.3%和39.7%。",
    "根据本次采购文件，采购周期原则上为2年；医疗机构应在交货验收合格后30日内结算货款。",
    "本次拟中选结果公示期为2026年5月26日至5月29日，最终结果以正式公布的为准。",
    "预计中选结果于2026年9月前后执行，公司将在2026年签订采购合同后及时履行信息披露义务。",
]

# The same company's news of a round over: no notice still running, its 拟 values are what the round set.
_ROUND_OVER = [
    "河川药业股份有限公司",
    "首页 > 新闻中心 > 公司新闻",
    "公司2个产品在省级集采中中选",
    "发布日期：2026-09-02　来源：市场部",
    "经测算，上述产品拟中选价格较公司2025年度平均出厂价格分别下降48.3%和39.7%。",
    "根据本次采购文件，采购周期原则上为2年。",
]

# A provincial insurance association's report of 2026 on 2025, with a multiple of 2024's level.
_MULTIPLE = [
    "河川省保险行业协会",
    "首页 > 协会动态 > 行业数据",
    "2025年河川省商业健康保险理赔服务报告",
    "发布时间：2026-03-16　来源：协会秘书处",
    "2025年，全省商业健康保险赔付案件312.5万件，同比增长9.6%；一站式直赔案件达到86.4万件，是2024年的2.3倍。",
    "全省健康险线上理赔占比为91.2%，比2024年的88.0%提高3.2个百分点。",
    "预计2026年全省直赔案件将达到2025年的1.5倍以上。",
    "城市定制型商业医疗保险“河川惠民保”2025—2026保障年度（保障期为2025年7月1日至2026年6月30日）共有86.2万人参保。",
    "2025年度全省健康险保费收入412.6亿元。",
]

# A state board's bulletin of February 2026: a rule change from a dated day to come.
_RULES = [
    "Lakeland State Board of Nursing",
    "Home > News > Board Bulletin",
    "Board Bulletin: Licensing and Discipline in Fiscal Year 2025",
    "Issue 2026-2 | February 12, 2026 | Licensing Division",
    "The Board issued 4,120 new licenses in fiscal year 2025, 6.2% more than in FY2024.",
    "Fee changes. From September 1, 2026, the biennial license renewal fee rises from $120 to $150, and the late fee rises from $50 to $75.",
    "From January 1, 2025, the verification fee rose from $20 to $25.",
]

# A local Healthwatch's report of March 2026: its recommendations, then run-in headings closed by a full stop.
_REPORT = [
    "Healthwatch Lakeland",
    "Home > Reports > Getting a dentist",
    "Getting a dentist: people's experiences of NHS dental care in Lakeland",
    "Report | Published 10 March 2026 | By the Engagement Team",
    "Between October and December 2025 we heard from 412 people about NHS dental care.",
    "Our recommendations",
    "1. The ICB should publish a weekly list of practices taking new NHS patients.",
    "2. The ICB should cut the wait for an urgent appointment to no more than 3 days.",
    "What the ICB said. The ICB has accepted 2 of our 3 recommendations and will respond to the other by May 2026.",
    "Thank you to our 8 volunteers, who ran 14 listening events and visited 21 practices.",
]

# A Healthwatch's report of February 2026 on an engagement of autumn 2025, with what people told it.
_TOLD = [
    "Healthwatch Lakeland",
    "Home > Reports > Hearing care",
    "Hearing care: what people told us about audiology services in Lakeland",
    "Report | Published 18 February 2026 | By the Research Team",
    "Between September and November 2025 we heard from 356 people who use hearing aids.",
    "What people told us",
    "- 38.5% said they had waited more than 18 weeks for a hearing test.",
    "- 47 people said they had paid for a private hearing aid.",
    "Calling clinics. In January 2026 our volunteers called all 9 audiology clinics in Lakeland.",
    "What happens next",
    "The provider now runs 6 drop-in clinics a week. It will add 2 more by June 2026 from its 2026/27 budget.",
]

# A report on the same engagement told as it runs (heard from in 2026): no year over to date what people said.
_TOLD_NOW = [
    "Healthwatch Lakeland",
    "Home > Reports > Hearing care",
    "Hearing care: early findings",
    "Report | Published 18 February 2026 | By the Research Team",
    "Since January 2026 we heard from 120 people who use hearing aids.",
    "What people told us",
    "- 41.5% said they had waited more than 18 weeks for a hearing test.",
]

# A state board's bulletin of January 2026 on fiscal year 2025 (July to June), with a part of FY2026 and a pooled span.
_BULLETIN = [
    "Lakeland State Board of Nursing",
    "Home > News > Board Bulletin",
    "Board Bulletin: What Our Investigators Found in Fiscal Year 2025",
    "Issue 2026-1 | January 20, 2026 | Compliance Division",
    "The Board licenses 18,240 registered nurses: 15,900 in hospitals and 2,340 in other settings.",
    "Investigators closed 412 complaints in fiscal year 2025 (July 1, 2024 to June 30, 2025).",
    "The average for the four years from 2021 to 2024 was 365 complaints a year.",
    "First quarter of FY2026. From July to September 2025, investigators closed 118 complaints.",
    "Staffing. In 2025 the Board hired 3 investigators.",
]


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("told"), _TOLD)


@pytest.fixture(scope="module")
def told_now(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("told_now"), _TOLD_NOW)


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("bulletin"), _BULLETIN)


@pytest.fixture(scope="module")
def settled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("settled"), _SETTLED)


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("notice"), _NOTICE)


@pytest.fixture(scope="module")
def round_over(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("over"), _ROUND_OVER)


@pytest.fixture(scope="module")
def multiple(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("multiple"), _MULTIPLE)


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("rules"), _RULES)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("report"), _REPORT)


# 2025年度…汇算清缴于2026年3月1日开始…。据统计，…12.4万名…2.8%: the tax year settled (2025), not the window's year.
@pytest.mark.parametrize(("line", "value"), [(5, 124000), (5, 2.8)])
def test_a_years_work_done_in_the_next_years_window_is_of_that_year(
    settled: dict[str, Any], line: int, value: float
) -> None:
    assert _of(_facts(settled), line, value) == ("achieved", 2025)


def test_an_aim_for_a_years_work_in_its_window_is_of_that_year(settled: dict[str, Any]) -> None:
    """力争在2026年度汇算（2027年3月1日至6月30日）中，…达到98%以上: the tax year aimed at, 2026, not the window's 2027."""
    assert _of(_facts(settled), 8, 98) == ("target", 2026)


def test_guard_a_year_printed_after_the_window_and_a_window_in_the_same_year(settled: dict[str, Any]) -> None:
    """Guard: 2026年4月，…讲座36场 is dated by its own year (2026); 2025年度企业所得税汇算清缴于2025年5月31日前完成 (a
    window in the year named, read as before) keeps 4210 in 2025; 比上年度增长6.1% stays 2025 (the title's year)."""
    facts = _facts(settled)
    assert _of(facts, 7, 36) == ("achieved", 2026)
    assert _of(facts, 9, 4210) == ("achieved", 2025)
    assert _of(facts, 6, 6.1) == ("achieved", 2025)


# 拟中选价格（元/盒）, 拟供应地市数（个）, 拟中选价格较…下降48.3%, 本次采购文件…原则上为2年: under public notice, targets.
@pytest.mark.parametrize(
    ("line", "value"), [(8, 6.48), (8, 11), (9, 3.92), (9, 8), (10, 48.3), (10, 39.7), (11, 2), (11, 30)]
)
def test_a_provisional_result_under_public_notice_sets_values_to_come(
    notice: dict[str, Any], line: int, value: float
) -> None:
    """The rule sets the status only; the period stays the one guessed before."""
    assert _of(_facts(notice), line, value)[0] == "target"


def test_guard_what_the_notice_reports_and_the_sales_column(notice: dict[str, Any]) -> None:
    """Guard: 共有3个产品参与…其中2个产品拟中选 report the notice itself (achieved); so does the column of packs
    (规格), no 拟 in its header."""
    facts = _facts(notice)
    assert _of(facts, 5, 3)[0] == "achieved"
    assert _of(facts, 5, 2)[0] == "achieved"
    assert _of(facts, 8, 28)[0] == "achieved"


def test_guard_proposed_values_of_a_round_no_longer_under_notice(round_over: dict[str, Any]) -> None:
    """Guard: with no notice still running, 拟中选价格较…下降48.3% and the round's rules stay achieved, as before."""
    facts = _facts(round_over)
    assert _of(facts, 5, 48.3)[0] == "achieved"
    assert _of(facts, 6, 2)[0] == "achieved"


# 是2024年的2.3倍: a multiple of 2024's level is of 2025; 预计2026年…将达到2025年的1.5倍以上: a target of 2026.
def test_a_multiple_of_a_years_level_is_of_the_period_reported(multiple: dict[str, Any]) -> None:
    facts = _facts(multiple)
    assert _of(facts, 5, 2.3) == ("achieved", 2025)
    assert _of(facts, 7, 1.5) == ("target", 2026)


def test_guard_the_level_compared_with_keeps_its_year(multiple: dict[str, Any]) -> None:
    """Guard: 比2024年的88.0% is the level compared with (2024); the change after it and 86.4万件 are 2025's."""
    facts = _facts(multiple)
    assert _of(facts, 6, 88.0) == ("achieved", 2024)
    assert _of(facts, 6, 3.2) == ("achieved", 2025)
    assert _of(facts, 5, 864000) == ("achieved", 2025)


# 2025—2026保障年度（保障期为2025年7月1日至2026年6月30日）共有86.2万人参保: a scheme year, dated by its end.
def test_a_scheme_year_across_two_years_is_dated_by_its_end(multiple: dict[str, Any]) -> None:
    assert _of(_facts(multiple), 8, 862000) == ("achieved", 2026)


def test_guard_a_year_named_alone(multiple: dict[str, Any]) -> None:
    """Guard: 2025年度…412.6亿元 stays 2025."""
    assert _of(_facts(multiple), 9, 41260000000) == ("achieved", 2025)


# From September 1, 2026, … rises from $120 to $150: the new levels are targets of 2026.
@pytest.mark.parametrize("value", [150, 75])
def test_a_change_from_a_dated_day_to_come_sets_its_new_levels(rules: dict[str, Any], value: float) -> None:
    assert _of(_facts(rules), 6, value) == ("target", 2026)


def test_guard_the_levels_changed_from_and_a_dated_day_gone_by(rules: dict[str, Any]) -> None:
    """Guard: from $120 and from $50 hold now (achieved, 2026); From January 1, 2025 is over: $25 stays achieved."""
    facts = _facts(rules)
    assert _of(facts, 6, 120) == ("achieved", 2026)
    assert _of(facts, 6, 50) == ("achieved", 2026)
    assert _of(facts, 7, 25)[0] == "achieved"


# What the ICB said. …: a run-in heading closed by a full stop ends the recommendations; the thanks report what was done.
@pytest.mark.parametrize("value", [8, 14, 21])
def test_a_run_in_heading_closed_by_a_full_stop_ends_the_recommendations(report: dict[str, Any], value: float) -> None:
    assert _of(_facts(report), 10, value)[0] == "achieved"


def test_guard_the_recommendations_before_the_run_in_heading(report: dict[str, Any]) -> None:
    """Guard: recommendation 2's no more than 3 days stays a target."""
    assert _of(_facts(report), 8, 3)[0] == "target"


# Between September and November 2025 we heard from …, then What people told us: its figures are of 2025.
@pytest.mark.parametrize(("line", "value"), [(7, 38.5), (8, 47)])
def test_what_people_told_us_is_of_the_year_the_text_heard_it(told: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(told), line, value) == ("achieved", 2025)


def test_guard_the_next_section_and_an_engagement_of_this_year(told: dict[str, Any], told_now: dict[str, Any]) -> None:
    """Guard: the section after the next heading (now runs 6 clinics) stays 2026; an engagement heard in 2026 dates
    nothing anew (41.5% stays 2026)."""
    assert _of(_facts(told), 11, 6) == ("achieved", 2026)
    assert _of(_facts(told_now), 7, 41.5) == ("achieved", 2026)


# First quarter of FY2026. From July to September 2025, …: a part of FY2026, dated 2026.
def test_a_run_in_heading_naming_a_part_of_a_fiscal_year_dates_its_paragraph(bulletin: dict[str, Any]) -> None:
    assert _of(_facts(bulletin), 8, 118) == ("achieved", 2026)


def test_guard_a_run_in_heading_naming_no_fiscal_part(bulletin: dict[str, Any]) -> None:
    """Guard: Staffing. In 2025 the Board hired 3 investigators stays 2025; FY2025's 412 stays 2025."""
    facts = _facts(bulletin)
    assert _of(facts, 9, 3) == ("achieved", 2025)
    assert _of(facts, 6, 412) == ("achieved", 2025)


# The average for the four years from 2021 to 2024 was 365: a span of years pooled, dated by its last year.
def test_a_span_of_years_pooled_dates_its_figure_by_its_last_year(bulletin: dict[str, Any]) -> None:
    assert _of(_facts(bulletin), 7, 365) == ("achieved", 2024)


# The Board licenses 18,240 registered nurses: a body's standing present tense is of the year of publication.
@pytest.mark.parametrize("value", [18240, 15900, 2340])
def test_a_bodys_standing_present_tense_is_of_publication(bulletin: dict[str, Any], value: float) -> None:
    assert _of(_facts(bulletin), 5, value) == ("achieved", 2026)
