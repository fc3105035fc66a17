"""Round 61's rules, from the sixty-third held-out set (a city news site's story on a charity's report of a year over,
under a trail of sections that opens with the site's name; a fact sheet's goals listed after a colon; a project's
running totals counted from the year it started): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A county news site's story of January 2026 on a foundation's report of 2025, under the site's trail of sections.
_STORY = [
    "青溪新闻网 > 社会 > 公益",
    "“暖心助学”项目2025年度报告出炉：全年资助学生1830人",
    "2026-01-20 10:12　来源：青溪日报　记者 周明　通讯员 李华",
    "1月19日，青溪县慈善基金会发布“暖心助学”项目2025年度报告。报告显示，2025年项目共资助学生1830人，支出资助资金915.2万元。",
    "该项目于2021年启动，主要资助家庭经济困难的在校学生。5年来，项目累计募集善款4260万元。",
    "报告列出了资助资金的主要去向：",
    "资助类别\t资助人数\t资助金额（万元）",
    "高中生\t1120\t560.0",
    "大学生\t710\t355.2",
    "在资金来源上，企业捐赠610.4万元，个人捐赠304.8万元。",
]

# The same story under a site trail that opens with 首页, and a story whose headline names no year: as before.
_PLAIN = [
    "首页 > 社会 > 公益",
    "青溪县“暖心助学”项目发布年度报告",
    "2026-01-20 10:12　来源：青溪日报　记者 周明　通讯员 李华",
    "1月19日，青溪县慈善基金会发布“暖心助学”项目年度报告，项目今年计划资助学生2000人。",
    "在资金来源上，企业捐赠610.4万元，个人捐赠304.8万元。",
    "该项目于2023年启动，主要资助家庭经济困难的在校学生。5年来，项目累计募集善款4260万元。",
]

# A clinic network's fact sheet of March 2026, its goals for the rest of the fiscal year listed after a colon.
_SHEET = [
    "Riverbend Community Clinics",
    "Home > About us > Performance",
    "Access fact sheet, Q2 FY2026",
    "Published: March 12, 2026",
    "In Q2 FY2026 the clinics completed 18,240 appointments, and 86% of patients were seen within 14 days.",
    "Our goals for the rest of FY2026 (through September 30, 2026): hire 16 additional nurses, 5 of them in pediatrics,"
    " and answer at least 95% of calls within 2 minutes.",
    "Our goals for FY2025: met in 7 of 9 clinics, as the annual report showed.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"story": _STORY, "plain": _PLAIN, "sheet": _SHEET}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 青溪新闻网 > 社会 > 公益 is the site's trail, no title: the headline's 2025 dates the report's figures of no year.
@pytest.mark.parametrize(("line", "value"), [(8, 1120), (8, 5600000), (9, 3552000), (10, 6104000)])
def test_under_a_trail_opening_with_the_sites_name_the_headlines_year_dates_the_figures(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["story"]), line, value) == ("achieved", 2025)


def test_the_headline_after_the_trail_is_the_title(drafted: dict[str, dict[str, Any]]) -> None:
    assert drafted["story"]["source"]["title"].startswith("“暖心助学”项目2025年度报告出炉")


def test_guard_a_trail_from_home_and_a_headline_with_no_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: under `首页 > …` the headline is the title, as before; naming no year, it dates nothing: the figures of
    no year stay the year of publication's, and the plan's 2000 a target of 2026."""
    assert drafted["plain"]["source"]["title"] == "青溪县“暖心助学”项目发布年度报告"
    facts = _facts(drafted["plain"])
    assert _of(facts, 5, 6104000) == ("achieved", 2026)
    assert _of(facts, 4, 2000) == ("target", 2026)


# 该项目于2021年启动…5年来，项目累计募集善款4260万元 in January 2026: the span runs 2021 to 2025.
def test_a_running_total_counted_from_the_year_a_project_started_is_of_the_spans_last_year(
    drafted: dict[str, dict[str, Any]],
) -> None:
    assert _of(_facts(drafted["story"]), 5, 42600000) == ("achieved", 2025)


def test_guard_a_span_that_does_not_end_with_the_year_over(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: started in 2023, five years do not end in 2025: the running total stays of the year it is told in."""
    assert _of(_facts(drafted["plain"]), 6, 42600000) == ("achieved", 2026)


# Our goals for the rest of FY2026 (…): hire 16 additional nurses, 5 of them …, and answer at least 95% …: targets.
@pytest.mark.parametrize("value", [16, 5, 95])
def test_the_work_a_goals_lead_in_lists_after_its_colon_is_targets(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["sheet"]), 6, value) == ("target", 2026)


def test_guard_goals_reported_met_and_the_quarters_results(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: `Our goals for FY2025: met in 7 of 9 clinics` tells what was done (a verb in the past): achieved; the
    quarter's results stay achieved."""
    facts = _facts(drafted["sheet"])
    assert _of(facts, 7, 7)[0] == "achieved"
    assert _of(facts, 5, 18240)[0] == "achieved"
