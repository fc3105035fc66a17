"""Round 67's rules, from the sixty-ninth held-out set (a trade union's story of a numbered mutual-aid scheme period
running July to June; a court's white paper on a span of three years with typical cases in an annex): each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A county federation of trade unions' story of February 2026 on its ninth scheme period (July 2024 to June 2025).
_SCHEME = [
    "河川工会网",
    "首页 > 工会要闻 > 权益保障",
    "我县第九期职工互助保障活动给付情况公布",
    "发布时间：2026年02月10日　来源：县总工会",
    "本网讯 2月9日，县总工会通报第九期（保障期为2024年7月1日至2025年6月30日）职工互助保障活动情况。",
    "第九期活动中，全县共有820家基层工会参加，参保职工9.6万人，比第八期增加0.8万人。",
    "全期共给付互助金1210.5万元，受益职工3.1万人次。",
    "第九期办结时间由上期的12个工作日缩短至5个工作日。",
    "第十期活动于2025年7月1日启动，保障期至2026年6月30日。第十期起大病互助给付标准由每人1万元提高到1.5万元，住院互助起付标准保持600元不变。",
    "会议要求，力争第十期参保职工达到10万人；到2027年，全县参保职工突破11万人。",
]

# The same story told while its period runs (it ends in June 2026, after publication): it names no year reported.
_RUNNING = [
    "河川工会网",
    "首页 > 工会要闻 > 权益保障",
    "我县第十期职工互助保障活动进展",
    "发布时间：2026年02月10日　来源：县总工会",
    "本网讯 2月9日，县总工会通报第十期（保障期为2025年7月1日至2026年6月30日）职工互助保障活动进展。",
    "第十期活动中，全县共有860家基层工会参加，参保职工9.9万人。",
]

# A city court's white paper of April 2026 on 2023—2025, with the present state and typical cases after its plans.
_PAPER = [
    "河川市中级人民法院",
    "首页 > 新闻中心 > 审判动态",
    "河川中院发布《劳动争议案件审判白皮书（2023—2025）》",
    "发布时间：2026-04-20 09:30　来源：民一庭",
    "2023年至2025年，全市法院共受理劳动争议一审案件2126件，审结2078件。",
    "审结案件中，以调解方式结案的占48.2%，比2020—2022年的41.5%提高6.7个百分点。",
    "判决案件平均诉请金额为12.6万元，比2020—2022年增长18.4%；诉请金额超过50万元的案件有43件。",
    "仲裁前置平均周期为46天，比2020—2022年缩短9天。用人单位败诉的占36.5%。",
    "集体争议案件数较2022年底的27件明显减少。",
    "三、审判工作举措",
    "目前，全市两级法院共设立劳动争议专业合议庭9个。",
    "四、下一步工作",
    "市中院将推动建立速裁机制，力争到2027年，诉前调解成功率提高到55%以上。",
    "附：典型案例（摘要）",
    "案例一：工伤赔偿案。法院判决某公司赔偿各项损失共计42.6万元。",
]

# A court's yearly white paper (one year over in its title): its 目前 stays of the year it reports.
_YEARLY = [
    "河川市中级人民法院",
    "首页 > 新闻中心 > 审判动态",
    "河川中院发布《2025年度劳动争议案件审判白皮书》",
    "发布时间：2026-04-20 09:30　来源：民一庭",
    "2025年，全市法院共受理劳动争议一审案件726件。",
    "目前，全市两级法院共设立劳动争议专业合议庭9个。",
]


@pytest.fixture(scope="module")
def scheme(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("scheme"), _SCHEME)


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("running"), _RUNNING)


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("paper"), _PAPER)


@pytest.fixture(scope="module")
def yearly(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("yearly"), _YEARLY)


# 第九期（保障期为2024年7月1日至2025年6月30日）, reported in February 2026: its figures are of the year it ends in.
@pytest.mark.parametrize(("line", "value"), [(6, 820), (6, 96000), (6, 8000), (7, 12105000), (7, 31000), (8, 5)])
def test_a_scheme_period_named_with_its_days_dates_its_figures_by_its_end(
    scheme: dict[str, Any], line: int, value: float
) -> None:
    assert _of(_facts(scheme), line, value) == ("achieved", 2025)


def test_guard_a_scheme_period_not_over_declares_no_year(running: dict[str, Any]) -> None:
    """Guard: a period ending after publication (June 2026, in February 2026) leaves its figures in 2026."""
    facts = _facts(running)
    assert _of(facts, 6, 860) == ("achieved", 2026)
    assert _of(facts, 6, 99000) == ("achieved", 2026)


# 由上期的12个工作日: the period before the ninth (2024); 第十期起…保持600元不变: the tenth's (2026).
@pytest.mark.parametrize(("line", "value", "year"), [(8, 12, 2024), (9, 600, 2026)])
def test_a_scheme_period_named_by_its_ordinal_dates_the_figures_after_it(
    scheme: dict[str, Any], line: int, value: float, year: int
) -> None:
    assert _of(_facts(scheme), line, value) == ("achieved", year)


def test_guard_a_year_printed_after_the_ordinal_and_the_raised_level(scheme: dict[str, Any]) -> None:
    """Guard: 由每人1万元提高到 is the level before the tenth (the ninth's, 2025), 提高到1.5万元 the tenth's (2026); the aims 力争第十期…10万人 (2026) and 到2027年…11万人 (2027) keep their
    years; 比第八期增加0.8万人 is the ninth's (2025), the period compared with dating nothing."""
    facts = _facts(scheme)
    assert _of(facts, 9, 10000) == ("achieved", 2025)
    assert _of(facts, 9, 15000) == ("achieved", 2026)
    assert _of(facts, 10, 100000) == ("target", 2026)
    assert _of(facts, 10, 110000) == ("target", 2027)


# 比2020—2022年增长18.4%；…有43件, 比2020—2022年缩短9天。…占36.5%: the span compared with dates no figure but its level.
@pytest.mark.parametrize(("line", "value"), [(7, 18.4), (7, 43), (8, 9), (8, 36.5)])
def test_a_span_compared_with_dates_no_figure(paper: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(paper), line, value) == ("achieved", 2025)


def test_guard_the_level_compared_with_keeps_its_year(paper: dict[str, Any]) -> None:
    """Guard: 比2020—2022年的41.5% and 较2022年底的27件 are the levels compared with: 2022; the change after the level
    (提高6.7个百分点) and the totals of the span (2126件) are 2025's."""
    facts = _facts(paper)
    assert _of(facts, 6, 41.5) == ("achieved", 2022)
    assert _of(facts, 9, 27) == ("achieved", 2022)
    assert _of(facts, 6, 6.7) == ("achieved", 2025)
    assert _of(facts, 5, 2126) == ("achieved", 2025)


# 目前，…合议庭9个 in a white paper on 2023—2025 published in 2026: now is 2026, not the span's end.
def test_now_in_a_report_on_a_span_of_years_is_the_year_of_publication(paper: dict[str, Any]) -> None:
    assert _of(_facts(paper), 11, 9) == ("achieved", 2026)


def test_guard_now_in_a_report_on_one_year_is_that_years(yearly: dict[str, Any]) -> None:
    """Guard: 目前 in a white paper whose title names 2025 alone stays of 2025 (its latest data)."""
    assert _of(_facts(yearly), 6, 9) == ("achieved", 2025)


# 附：典型案例 after 四、下一步工作: the annex ends the section of plans; its cases are achieved, of the span reported.
def test_an_annex_heading_ends_the_plans_before_it(paper: dict[str, Any]) -> None:
    assert _of(_facts(paper), 15, 426000) == ("achieved", 2025)


def test_guard_the_plans_before_the_annex(paper: dict[str, Any]) -> None:
    """Guard: the aim under 四、下一步工作 stays a target of 2027."""
    assert _of(_facts(paper), 13, 55) == ("target", 2027)
