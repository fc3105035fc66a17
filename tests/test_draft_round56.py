"""Round 56's rules, from the fifty-eighth held-out set (an annual summary and an insurance news report counting 上年
from the year they report, a change from last year's level to this year's, 全年 after a year printed in its sentence
under a subhead about the next year, a petition page's share bar, a disclosure's 身份明确 patients): each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A summary of 2025 published in January 2026: 上年 after 全年 in its paragraph, or after 2025年度 in its sentence.
_SUMMARY = [
    "某县2025年度学生视力筛查工作总结",
    "发布时间：2026-01-20 09:30　信息来源：县卫生健康局",
    "2025年，县卫生健康局组织开展学生视力筛查，现将全年工作总结如下。",
    "全年共筛查学生8600人，筛查率98.2%。对600名家长的调查显示，近视防控知晓率由上年的55.0%提高到71.5%，提高16.5个百分点。",
    "目前全县已有12家医院开通线上预约，2025年度线上预约占比62.4%，平均候诊时长由上年的6.8天缩短至2.1天。",
]

# A notice of a new year's scheme: the level a change from last year's reaches is this year's.
_SCHEME = [
    "某市2026年度城乡居民医保待遇调整解读",
    "发布时间：2026-01-10 10:00",
    "2026年度新的待遇政策已于1月1日起执行，主要有两方面调整：",
    "一是提高比例。门诊报销比例由上年度的50%提高到60%。",
]

# A news report on a 2025 policy year under a subhead about 2026: 全年 is the whole of the year its sentence prints.
_NEWS = [
    "某市新闻网　首页 | 要闻 | 民生",
    "“安康保”2025年度赔付3200万元 1.9万人受益",
    "2026年度参保已超40万人，投保开放至3月31日",
    "来源：某市新闻网　作者：记者 王平　发布时间：2026-01-18 09:00",
    "本网讯 1月17日，市医疗保障局发布“安康保”2025年度运行情况。2025年度参保人数达52.3万人，比上年增长9.6%。",
    "数据显示，2025年度保费收入约3600万元，全年累计赔付3200万元，赔付率88.9%，比上年提高2.1个百分点。",
]

# A petition page: a share bar of links closes the page's text; the rules of the site below it are no figures.
_PETITION = [
    "Petitions - Northshire Council",
    "Home > Petitions > Open petitions",
    "Keep the Elm Street walk-in centre open at weekends",
    "Petition 20417 | Opened 3 February 2026 | Created by Amir Patel",
    "We ask the Council to keep the walk-in centre open on Saturdays and Sundays. It saw 9,480 patients last year.",
    "Share this petition: Email | Facebook | WhatsApp | Copy link",
    "The Council responds to all petitions that get more than 1,500 signatures and debates those with more than 5,000.",
    "© Northshire Council 2026 | Cookies | Privacy",
]

# A response of August 2026: a year an earlier sentence says things have lasted since dates no later figure; a standard's
# level stands when published, not in the year opening the sentence that reports what was done against it.
_RESPONSE = [
    "Northshire Council",
    "Response to the petition on the walk-in centre",
    "Published 12 August 2026",
    "The centre's weekend rota was set in 1994 and has hardly changed since. It employs 14 nurses and sees 45 patients a day.",
    "In 2024/25 the centre saw 91.2% of patients within four hours, against a local standard of 90%.",
    "The opening hours were agreed in 2019. Staff costs then rose to £2.3 million.",
]

# A fund's disclosure: 身份明确但无力支付 describes the patients (their identity known), no task to make clear.
_FUND = [
    "某市2025年度疾病应急救助基金使用情况公示",
    "发布时间：2026-03-12",
    "2025年，全市共救助患者215例。其中身份不明患者84例；身份明确但无力支付患者131例，核定支付318.60万元。",
    "下一步，我委将进一步明确审核职责，力争平均办结时间压缩至15个工作日以内。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "summary": _SUMMARY,
        "scheme": _SCHEME,
        "news": _NEWS,
        "petition": _PETITION,
        "fund": _FUND,
        "response": _RESPONSE,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 全年… in its paragraph, 2025年度… in its sentence: 上年的 is the year before 2025.
@pytest.mark.parametrize(("line", "value"), [(4, 55.0), (5, 6.8)])
def test_last_years_level_counts_from_the_year_reported(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["summary"]), line, value) == ("achieved", 2024)


def test_guard_the_levels_reached_stay_the_year_reported(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 71.5% and 2.1天, the levels reached, and 62.4% are 2025's, as before."""
    facts = _facts(drafted["summary"])
    assert _of(facts, 4, 71.5) == ("achieved", 2025)
    assert _of(facts, 5, 2.1) == ("achieved", 2025)
    assert _of(facts, 5, 62.4) == ("achieved", 2025)


# 由上年度的50%提高到60%: 60% is the new year's level, not last year's.
def test_the_level_a_change_from_last_year_reaches_is_not_last_years(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["scheme"]), 4, 60) == ("achieved", 2026)


def test_guard_the_level_changed_from_stays_last_years(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 上年度的50% is 2025's."""
    assert _of(_facts(drafted["scheme"]), 4, 50) == ("achieved", 2025)


# 2025年度…，全年累计赔付3200万元，赔付率88.9%: the whole of 2025, though the subhead names 2026.
@pytest.mark.parametrize("value", [32000000, 88.9])
def test_a_whole_year_after_a_year_in_its_sentence_is_that_year(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["news"]), 6, value) == ("achieved", 2025)


def test_guard_a_figure_printed_with_its_year_keeps_it(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 2025年度…约3600万元 is dated by its own year, as before."""
    assert _of(_facts(drafted["news"]), 6, 36000000) == ("achieved", 2025)


# Share this petition: Email | Facebook | …: the page's text ends above it.
def test_a_share_bar_ends_the_body(drafted: dict[str, dict[str, Any]]) -> None:
    petition = drafted["petition"]
    assert petition["source"]["body"]["last"] == 5
    assert not {(7, 1500), (7, 5000)} & set(_facts(petition))


def test_guard_the_petition_text_keeps_its_figure(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the petition's own 9,480 patients stay a figure."""
    assert (5, 9480) in _facts(drafted["petition"])


# 身份明确但无力支付患者131例: 明确 describes the patients; the count is achieved.
@pytest.mark.parametrize("value", [131, 3186000])
def test_a_known_identity_is_no_target(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["fund"]), 3, value) == ("achieved", 2025)


def test_guard_making_duties_clear_is_still_a_plan(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 进一步明确审核职责，力争…15个工作日以内 is a target."""
    assert _of(_facts(drafted["fund"]), 4, 15)[0] == "target"


# set in 1994 and has hardly changed since. It employs 14 nurses …: 1994 dates nothing after its sentence.
@pytest.mark.parametrize("value", [14, 45])
def test_a_year_lasting_since_dates_no_later_figure(drafted: dict[str, dict[str, Any]], value: float) -> None:
    """The year the text reports (2024/25: 2025), not 1994."""
    assert _of(_facts(drafted["response"]), 4, value) == ("achieved", 2025)


def test_guard_a_year_with_no_lasting_since_still_dates_its_line(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: The opening hours were agreed in 2019. Staff costs then rose to £2.3 million: 2019's."""
    assert _of(_facts(drafted["response"]), 6, 2300000) == ("achieved", 2019)


# In 2024/25 …, against a local standard of 90%: the standard's level is of the year of publication.
def test_a_standards_level_is_of_publication(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["response"]), 5, 90) == ("target", 2026)


def test_guard_the_level_reached_against_it_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 91.2% is of 2024/25 (2025)."""
    assert _of(_facts(drafted["response"]), 5, 91.2) == ("achieved", 2025)
