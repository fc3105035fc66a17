"""Round 50's rules, from the fifty-second held-out set (a city daily's feature looking back on three years of
counterpart support, published in the January after them): each has its failing and passing cases, written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

_REVIEW = [
    "某市城市医院对口帮扶乡镇卫生院两年回顾",
    "发布时间：2026-01-20",
    "2024年以来，全市8家城市医院与12个乡镇卫生院建立帮扶关系，累计下派医师240人次。",
    "两年来，受援卫生院新开展适宜技术65项。",
    "1月12日，记者在东坡镇卫生院看到，新建的康复室已有康复设备18台。",
    "帮扶医院通过师带徒方式结对培养乡村医生96名。",
    "2026年，全市将新增帮扶关系4对。",
]

# The same feature, but its span (since 2023, over two years) does not end with the year before publication.
_GUARD_REVIEW = [
    "某市城市医院对口帮扶乡镇卫生院工作回顾",
    "发布时间：2026-01-20",
    "2023年以来，全市8家城市医院与12个乡镇卫生院建立帮扶关系，累计下派医师240人次。",
    "两年来，受援卫生院新开展适宜技术65项。",
    "1月12日，记者在东坡镇卫生院看到，新建的康复室已有康复设备18台。",
]

_FEATURE = [
    "District outreach programme: a look back",
    "Published 14 January 2026",
    "On 8 January, a nurse in Kasoa said the clinic now sees patients every day.",
    "Since 2023, the programme has trained 420 community nurses, who have made 52,000 home visits.",
    "Over the past three years, the district's outreach posts were staffed by 64 midwives.",
]


_SUMMARY = [
    "某市2025年妇幼健康工作总结",
    "发布时间：2026-02-10",
    "婚前孕前保健方面，全市婚前医学检查率达到76.1%，较上年提高3.2个百分点；孕前优生健康检查覆盖率为90.5%，全年为8,240名"
    "计划怀孕夫妇提供免费检查，筛查出风险人群1,310人，占15.9%。",
    "2026年，全市计划为9,000名孕妇提供免费产前筛查。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"review": _REVIEW, "guard_review": _GUARD_REVIEW, "feature": _FEATURE, "summary": _SUMMARY}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 2024年以来 … 两年来 in January 2026: the review's span ends in 2025, so its running totals, the relations set up since
# 2024 and what it counts over the two years are 2025's.
@pytest.mark.parametrize(("line", "value"), [(3, 8), (3, 12), (3, 240), (4, 65), (6, 96)])
def test_a_review_of_a_span_ended_last_year_dates_its_figures_at_the_span_end(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["review"]), line, value) == ("achieved", 2025)


@pytest.mark.parametrize(("line", "value"), [(4, 420), (4, 52000), (5, 64)])
def test_an_english_review_of_three_years_since_2023_is_of_2025(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["feature"]), line, value) == ("achieved", 2025)


def test_guard_the_scene_the_reporter_saw_and_the_plan_stay(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: what the reporter saw is as of the visit (now), the plan a target of its year."""
    facts = _facts(drafted["review"])
    assert _of(facts, 5, 18) == ("achieved", 2026)
    assert _of(facts, 7, 4) == ("target", 2026)


def test_guard_a_span_ending_in_another_year_keeps_the_running_total_told_now(
    drafted: dict[str, dict[str, Any]],
) -> None:
    """Guard: since 2023 over two years ends in 2024, not the year before publication: nothing changes."""
    facts = _facts(drafted["guard_review"])
    assert _of(facts, 3, 240) == ("achieved", 2026)
    assert _of(facts, 5, 18) == ("achieved", 2026)


# 为8,240名计划怀孕夫妇提供免费检查: people named by what they plan (couples planning a pregnancy), no plan of the text.
@pytest.mark.parametrize("value", [90.5, 8240, 1310, 15.9])
def test_people_named_by_what_they_plan_are_no_plan(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["summary"]), 3, value) == ("achieved", 2025)


def test_guard_a_plan_to_serve_people_stays_a_target(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 计划为9,000名孕妇提供: the text's plan (the people after its verb) keeps its cue."""
    assert _of(_facts(drafted["summary"]), 4, 9000) == ("target", 2026)
