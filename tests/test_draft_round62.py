"""Round 62's rules, from the sixty-fourth held-out set (a city newspaper's story on a review of a year over, whose award
money comes from the next year's fund; a municipal circular on a year's work, what was done 年内; an insurer's notice
contrasting two changes of one year): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A county newspaper's story of February 2026 on the review of 2025, its awards paid from the 2026 fund.
_STORY = [
    "首页 > 新闻中心 > 民生",
    "我县公布2025年度家庭医生签约服务考核结果",
    "来源：青溪日报　　发布时间：2026-02-09 09:30",
    "本报讯 2月8日，县卫生健康局公布2025年度家庭医生签约服务考核结果，共有24个团队参加考核，20个团队考核合格。",
    "县财政从2026年基本公共卫生服务资金中安排奖励资金96万元，其中对优秀团队每个奖励6万元，其余24万元用于业务培训。",
    "新签约的家庭中，年内已完成首次随访1860户，随访率93.0%，较2024年的88.5%提高4.5个百分点。",
    "县卫生健康局要求，各团队确保年内完成随访2000户。",
    "考核中，各团队共开展健康讲座310场，县财政另安排培训经费12万元。",
    "经核算，扣除年内已预付的服务费后，县医保中心应向各团队补拨服务费42.6万元。",
]

# The same work told under a headline that names no year: 年内 stays the year of publication.
_PLAIN = [
    "首页 > 新闻中心 > 民生",
    "我县公布家庭医生签约服务考核结果",
    "来源：青溪日报　　发布时间：2026-02-09 09:30",
    "新签约的家庭中，年内已完成首次随访1860户。",
]

# An insurer's notice of September 2025 on why its premiums changed.
_NOTICE = [
    "Lakeside Health Plan",
    "Home > Members > Notices",
    "Why your premiums changed",
    "Posted September 10, 2025",
    "Our rates for 2024 were set in 2023 on projections that proved too high. Premiums earned rose 6.1% in 2024 while"
    " claims rose 3.9%.",
    "Our rates for 2024 were set in 2023. Premiums rose 6.1% in 2024 while claims rose 3.9% in 2022.",
    "From its 2026 budget, the county set aside $1.2 million for the awards, of which $50,000 went to each clinic.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"story": _STORY, "plain": _PLAIN, "notice": _NOTICE}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# 县财政从2026年…资金中安排奖励资金96万元，其中…每个奖励6万元，其余24万元: allocations of the 2026 fund.
@pytest.mark.parametrize("value", [960000, 60000, 240000])
def test_money_drawn_from_a_years_fund_is_of_the_funds_year(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["story"]), 5, value) == ("achieved", 2026)


def test_money_drawn_from_a_years_budget_in_english(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["notice"]), 7, 50000) == ("achieved", 2026)


def test_guard_money_of_a_sentence_naming_no_fund_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 县财政另安排培训经费12万元 names no fund's year: the review's year, as before; so are the counts."""
    facts = _facts(drafted["story"])
    assert _of(facts, 8, 120000) == ("achieved", 2025)
    assert _of(facts, 4, 20) == ("achieved", 2025)


# 年内已完成首次随访1860户，随访率93.0%，…提高4.5个百分点 in a story on 2025 told in February 2026: 2025's.
@pytest.mark.parametrize("value", [1860, 93, 4.5])
def test_what_was_done_within_the_year_is_of_the_year_the_title_reports_on(
    drafted: dict[str, dict[str, Any]], value: float
) -> None:
    assert _of(_facts(drafted["story"]), 6, value) == ("achieved", 2025)


def test_guard_within_the_year_as_a_target_or_under_a_title_of_no_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 确保年内完成随访2000户 is a target of the year of publication; under a headline naming no year,
    年内已完成 stays the year of publication's."""
    assert _of(_facts(drafted["story"]), 7, 2000) == ("target", 2026)
    assert _of(_facts(drafted["plain"]), 4, 1860) == ("achieved", 2026)


def test_guard_within_the_year_in_a_clause_that_counts_nothing(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 扣除年内已预付的服务费后 counts nothing: the sum paid on settlement stays as before."""
    assert _of(_facts(drafted["story"]), 9, 426000) == ("achieved", 2026)


# Premiums earned rose 6.1% in 2024 while claims rose 3.9%: both 2024's, not the 2023 of the sentence before.
def test_a_clause_contrasted_by_while_shares_the_year_of_the_clause_before(
    drafted: dict[str, dict[str, Any]],
) -> None:
    facts = _facts(drafted["notice"])
    assert _of(facts, 5, 3.9) == ("achieved", 2024)
    assert _of(facts, 5, 6.1) == ("achieved", 2024)


def test_guard_a_contrasted_clause_with_a_year_of_its_own(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: `while claims rose 3.9% in 2022` keeps its own year."""
    assert _of(_facts(drafted["notice"]), 6, 3.9) == ("achieved", 2022)
