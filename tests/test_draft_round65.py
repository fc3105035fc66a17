"""Round 65's rules, from the sixty-seventh held-out set (a health plan's report of decisions by type of request,
standard beside expedited; a trust's page of new charges from a day to come and of a fiscal year not begun; a
regulator's and a hospital's reports quoting the level a requirement or target sets; a hospital's annual report
telling what it turned into what with 将): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A dental plan's page of April 2026 on its claims of 2025, split by type of claim.
_CLAIMS = [
    "Harrowgate Dental Plan",
    "Home > Members > Reports",
    "Claims decisions, calendar year 2025",
    "Posted April 14, 2026 | Reporting period: January 1 – December 31, 2025",
    "In 2025 we approved 9,412 standard claims and 611 urgent claims; 38 urgent claims were paid late.",
    "Table 1. Claims decided by type of claim, 2025",
    "Measure\tStandard\tUrgent",
    "Paid in full (%)\t88.3\t93.7",
    "Average days to payment\t11.4\t2.6",
    "Table 2. Days to payment against the standard, 2025",
    "Measure\tStandard\t2025",
    "Claims paid within 30 days (%)\t95.0\t96.1",
    "Reviews met the 90% standard for complex claims, and 72% of complaints were settled within a month.",
]


# A trust's page of March 2026 on its new charges for car parks and staff permits.
_CHARGES = [
    "Ashbury Hospitals NHS Trust",
    "Home > Visiting us > Parking",
    "Parking charges",
    "Last updated 9 March 2026 | Estates team",
    "Our charges change on 1 May 2026, for the first time since 2022.",
    "Visitor charges",
    "Stay\tUntil 30 April 2026\tFrom 1 May 2026",
    "Up to 1 hour\t£1.60\t£1.80",
    "Up to 3 hours\t£3.90\t£4.20",
    "Whole day\t£8.00\t£8.00 (no change)",
    "Staff permits (£ per month)",
    "Band\t2025/26\t2026/27",
    "Bands 1 to 4\t10.00\t10.75",
    "Bands 5 and above\t18.00\t19.50",
    "Older charges",
    "Stay\tUntil 31 December 2025\tFrom 1 January 2026",
    "Up to 1 hour\t£1.50\t£1.60",
]

# The same kind of page, of July 2026: the fiscal year 2026/27 has begun.
_CHARGES_LATER = [
    "Ashbury Hospitals NHS Trust",
    "Home > Visiting us > Parking",
    "Staff parking permits",
    "Last updated 6 July 2026 | Estates team",
    "Staff permits (£ per month)",
    "Band\t2025/26\t2026/27",
    "Bands 1 to 4\t10.00\t10.75",
]


# A county hospital's annual report on its water saving in 2025, published in January 2026.
_REPORT = [
    "桐岭县人民医院2025年度节水工作报告",
    "发布时间：2026-01-20　来源：后勤保障科",
    "2025年，我院扎实推进节水工作，现将全年工作情况报告如下。",
    "一、主要成效",
    "全年用水量18.6万吨，同比下降4.2%，完成了县机关事务中心下达的“用水总量同比下降不低于3%”年度目标。",
    "门诊节水器具安装率为97.5%，达到“不低于90%”的行业要求。",
    "二、主要措施",
    "全年将院内1260个老式水龙头更换为感应式节水龙头，病区节水器具覆盖率达到95%以上。",
    "开展“节水100”宣传活动，覆盖职工860人。",
    "三、2026年工作计划",
    "2026年，将门诊楼48台老旧热水器改造为空气能热水器，并将更换1500个节水阀门。",
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("claims"), _CLAIMS)


@pytest.fixture(scope="module")
def charges(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("charges"), _CHARGES)


@pytest.fixture(scope="module")
def charges_later(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("later"), _CHARGES_LATER)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("report"), _REPORT)


# Measure<TAB>Standard<TAB>Urgent: the column of standard claims beside urgent ones, measured in 2025.
@pytest.mark.parametrize(("line", "value"), [(8, 88.3), (9, 11.4)])
def test_a_standard_column_beside_the_kind_it_contrasts_with_is_a_kind(
    claims: dict[str, Any], line: int, value: float
) -> None:
    assert _of(_facts(claims), line, value) == ("achieved", 2025)


# we approved 9,412 standard claims and 611 urgent claims: the count of standard claims, not a standard's level.
def test_standard_before_a_noun_beside_its_contrasting_kind_is_a_kind(claims: dict[str, Any]) -> None:
    assert _of(_facts(claims), 5, 9412) == ("achieved", 2025)


def test_guard_a_standard_column_beside_a_year_and_a_named_standard(claims: dict[str, Any]) -> None:
    """Guard: `Measure<TAB>Standard<TAB>2025` (no kind beside it) holds the level to reach; `the 90% standard for
    complex claims` is a standard's level; the urgent claims stay measured."""
    facts = _facts(claims)
    assert _of(facts, 12, 95.0)[0] == "target"
    assert _of(facts, 12, 96.1)[0] == "achieved"
    assert _of(facts, 13, 90)[0] == "target"
    assert _of(facts, 5, 611) == ("achieved", 2025)
    assert _of(facts, 8, 93.7) == ("achieved", 2025)


# From 1 May 2026 in a page of March 2026: the new charges are to come.
@pytest.mark.parametrize(("line", "value"), [(8, 1.8), (9, 4.2)])
def test_a_column_from_a_day_to_come_holds_targets(charges: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(charges), line, value) == ("target", 2026)


# 2026/27 in a page of March 2026: that fiscal year has not begun; its charges are to come (of 2027).
@pytest.mark.parametrize(("line", "value"), [(13, 10.75), (14, 19.5)])
def test_a_column_of_a_fiscal_year_not_begun_holds_targets(charges: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(charges), line, value) == ("target", 2027)


def test_guard_the_values_in_force_kept_and_begun(charges: dict[str, Any], charges_later: dict[str, Any]) -> None:
    """Guard: the column until 30 April 2026, a charge kept `(no change)`, the column from 1 January 2026 (begun in
    March 2026), the 2025/26 charges, and 2026/27 in a page of July 2026 (begun) stay in force."""
    facts = _facts(charges)
    assert _of(facts, 8, 1.6) == ("achieved", 2026)
    assert _of(facts, 10, 8.0) == ("achieved", 2026)
    assert [f["status"] for f in charges["facts"] if f["line"] == 10] == ["achieved", "achieved"]
    assert _of(facts, 17, 1.6) == ("achieved", 2026)
    assert _of(facts, 13, 10.0) == ("achieved", 2026)
    assert _of(_facts(charges_later), 7, 10.75)[0] == "achieved"


# “用水总量同比下降不低于3%”年度目标, 达到“不低于90%”的行业要求: the quoted level is the one the target sets.
@pytest.mark.parametrize(("line", "value"), [(5, 3), (6, 90)])
def test_a_level_quoted_as_a_targets_words_is_a_target(report: dict[str, Any], line: int, value: float) -> None:
    assert _of(_facts(report), line, value) == ("target", 2025)


def test_guard_the_levels_reached_beside_it_and_a_quoted_name(report: dict[str, Any]) -> None:
    """Guard: the level reached beside the quoted one (97.5%, 4.2%) is measured; a quoted campaign's name
    (“节水100”) makes no target of the people it reached."""
    facts = _facts(report)
    assert _of(facts, 6, 97.5) == ("achieved", 2025)
    assert _of(facts, 5, 4.2) == ("achieved", 2025)
    assert _of(facts, 9, 860) == ("achieved", 2025)


# 全年将院内1260个老式水龙头更换为感应式节水龙头: 将 as 把 in a report of the year: done, 2025.
@pytest.mark.parametrize(("line", "value"), [(8, 1260), (8, 95)])
def test_jiang_marking_what_was_turned_into_another_thing_is_no_will(
    report: dict[str, Any], line: int, value: float
) -> None:
    assert _of(_facts(report), line, value) == ("achieved", 2025)


def test_guard_jiang_in_a_plan_and_jiang_before_its_verb(report: dict[str, Any]) -> None:
    """Guard: 2026年，将门诊楼48台…改造为… is a plan's (its year to come); 将更换1500个 is will."""
    facts = _facts(report)
    assert _of(facts, 11, 48) == ("target", 2026)
    assert _of(facts, 11, 1500) == ("target", 2026)
