"""Round 60's rules, from the sixty-second held-out set (a trust's results page with a bulleted action plan, a research
review whose changes are told after counts its sentence dates, a city's inspection circular of a quarter compared with
the same quarter a year before): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A community trust's page of February 2026 on its 2025 audit, then its plan for 2026 as a bulleted list.
_PLAN = [
    "Fernhill Community NHS Trust",
    "Home > About us > Audits",
    "Infection control audit 2025: what we found",
    "Published: 10 February 2026",
    "Our 2025 audit covered 24 clinics, and 21 met the standard.",
    "Our infection control plan for 2026, signed off by the Quality Committee, includes:",
    "• hand hygiene training for at least 450 clinic staff in 2026;",
    "• 12 new handwashing stations by June 2027, at a cost of about £90,000;",
    "• £0.6 million from the 2026/27 estates budget to refit the treatment rooms;",
    "• weekly spot checks in at least 8 clinics from March 2026.",
    "Highlights for 2026:",
    "• 3 clinics reopened in January.",
]

# A hospital's review of its 2024/25 year, published in September 2025.
_REVIEW = [
    "Eastholme University Hospitals",
    "Home | Research | Annual review",
    "Research annual review 2024/25",
    "Posted 3 September 2025",
    "In 2024/25 the trust opened 57 studies, up 14.0% on the 50 of 2023/24.",
    "The trust recruited 3,120 patients in 2024/25, up 9.5% on the 2,849 recruited in 2023/24.",
]

# A county commission's circular on its inspection of the fourth quarter of 2025, published in January 2026, with its
# requirements for 2026 (the year the article is about, by default).
_CIRCULAR = [
    "某县卫生健康局",
    "某县卫生健康局关于2025年第四季度医疗机构安全检查情况的通报",
    "发布日期：2026-01-15",
    "本次检查共发现隐患215处，较上年同期的260处下降17.3%，已整改198处。",
    "2024年第四季度，全县共发现隐患260处，较上年同期的301处下降13.6%。",
    "下一步工作要求",
    "对尚未整改的17处隐患，各单位要于2026年3月31日前全部整改到位；2026年各医院至少组织2次消防演练。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"plan": _PLAN, "review": _REVIEW, "circular": _CIRCULAR}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# Our infection control plan for 2026 … includes: its items are work to do, targets (of their own years, or the plan's).
@pytest.mark.parametrize(("line", "value", "year"), [(7, 450, 2026), (8, 90000, 2027), (10, 8, 2026)])
def test_the_items_of_a_plan_for_the_year_under_way_are_targets(
    drafted: dict[str, dict[str, Any]], line: int, value: float, year: int
) -> None:
    assert _of(_facts(drafted["plan"]), line, value) == ("target", year)


# • £0.6 million from the 2026/27 estates budget: set aside already, of the budget's year (2027).
def test_an_items_amount_from_a_years_budget_is_allocated(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["plan"]), 9, 600000) == ("achieved", 2027)


def test_guard_a_lead_in_naming_only_a_year_lists_what_was_done(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: `Highlights for 2026:` names no plan: `3 clinics reopened` stays achieved; the audit's counts of 2025 stay
    achieved of 2025, as before."""
    facts = _facts(drafted["plan"])
    assert _of(facts, 12, 3)[0] == "achieved"
    assert _of(facts, 5, 24) == ("achieved", 2025)


# In 2024/25 the trust opened 57 studies, up 14.0% on the 50 of 2023/24: the change is of the count's year (2025).
def test_a_change_after_a_count_its_sentence_dates_before_it_is_of_that_year(
    drafted: dict[str, dict[str, Any]],
) -> None:
    assert _of(_facts(drafted["review"]), 5, 14.0) == ("achieved", 2025)


def test_guard_the_counts_compared_keep_their_years(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the 50 of 2023/24 stays 2024, the 57 2025, and round 59's change after a count dated right after it
    2025, as before."""
    facts = _facts(drafted["review"])
    assert _of(facts, 5, 50) == ("achieved", 2024)
    assert _of(facts, 5, 57) == ("achieved", 2025)
    assert _of(facts, 6, 9.5) == ("achieved", 2025)


# 较上年同期的260处 in a circular on 2025's fourth quarter published in 2026: 2024's, not 2025's.
def test_last_years_same_period_counts_back_from_the_titles_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["circular"]), 4, 260) == ("achieved", 2024)


def test_guard_a_sentence_printing_its_year_counts_back_from_it(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the 215处 found stays 2025; after 2024年第四季度 the same period before is 2023's, as before."""
    facts = _facts(drafted["circular"])
    assert _of(facts, 4, 215) == ("achieved", 2025)
    assert _of(facts, 5, 301) == ("achieved", 2023)
