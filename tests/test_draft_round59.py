"""Round 59's rules, from the sixty-first held-out set (a listed group's half-year results with comparatives in
brackets and full-year guidance, a monitoring bulletin's table of the change against the last round's year, a Match
Day release whose counts are told in the past beside what the people counted will do): each has its failing and
passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A dental group's interim results of September 2025: comparatives in brackets, then its guidance for the year.
_INTERIM = [
    "Regulatory News Service",
    "Home > Company announcements > Oakfield Dental plc (ODP)",
    "RNS Number: 1234A | Oakfield Dental plc | Released 07:00 18-Sep-2025",
    "Half-year results for the six months ended 30 June 2025",
    "Revenue rose to £88.4m in the first half of 2025 (H1 2024: £80.1m). Net debt fell to £40.2m, or 0.9 times earnings (31 December 2024:"
    " £44.6m, 1.2 times). Patient satisfaction was 93.5% (2024: 91.0%).",
    "Investment was £6.1m (H1 2024: £5.2m). The Group added 12 practices, taking the estate to 140 practices.",
    "The Board expects full-year revenue of £180m to £186m and an operating margin of at least 11.5%, including"
    " 6 new practices opened in the half.",
    "The Group spent £3.0m on training, compared with an expected £2.5m.",
]

# A county's physique bulletin of March 2026: a table whose last column is the change against the last round's year.
_BULLETIN = [
    "某县体育局",
    "某县第五次国民体质监测公报",
    "发布时间：2026-03-10",
    "2025年，全县共获得有效样本3120人。",
    "表1　2025年各人群达标情况",
    "人群\t样本量（人）\t合格率（%）\t合格率比2020年变化（百分点）",
    "幼儿\t640\t94.2\t+1.6",
    "老年人\t910\t90.3\t+2.4",
    "表2　各人群历年合格率",
    "人群\t2020年合格率（%）\t2025年合格率（%）",
    "幼儿\t92.6\t94.2",
]

# A college's Match Day release of March 2026: counts told in the past in sentences of what comes next.
_MATCH = [
    "Eastbrook College of Medicine",
    "Class of 2026 matches into residency",
    "March 20, 2026",
    "On Friday, 142 seniors at Eastbrook College of Medicine opened their letters, and 139 of them learned where they"
    " will train from July.",
    "The three seniors who did not match on Monday found places later in the week, so that every senior will graduate"
    " into a residency.",
    "Next steps: the College will add residency places, and 35 matched to programs in the state.",
    "The College will hire 40 faculty members this year.",
    "Next year 60 registered nurses will join the wards.",
]

# A trust board's annual report on a service of 2024/25, published in June 2025.
_ANNUAL = [
    "NHS Eastmoor Trust",
    "Home > Board papers > 11 June 2025",
    "Wheelchair service annual report 2024/25",
    "Board meeting | 11 June 2025 | Paper ref: EM/25/044",
    "1. Summary. The service received 1,240 referrals in 2024/25, up 6.2% on the 1,168 received in 2023/24.",
    "2. Cost. Equipment cost £1.62m in 2024/25 against a budget of £1.50m; in 2023/24 it cost £1.41m.",
    "3. Activity. The service issued 980 chairs in 2024/25. 212 were powered chairs, up 4.1% on the year before.",
]

# A hospital group's interim report of September 2025 whose article years lean on its comparatives.
_WAITS = [
    "Regulatory News Service",
    "Home > Company announcements > Brookvale Care plc (BVC)",
    "RNS Number: 5678B | Brookvale Care plc | Released 07:00 12-Sep-2025",
    "Half-year results for the six months ended 30 June 2025",
    "Revenue was £61.0m (H1 2024: £57.3m), and admissions were 21,400 (H1 2024: 20,100).",
    "Staff. The staff turnover rate fell to 11.2% from 13.5% a year earlier.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {"interim": _INTERIM, "bulletin": _BULLETIN, "match": _MATCH, "annual": _ANNUAL, "waits": _WAITS}
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# (31 December 2024: £44.6m, 1.2 times): every figure in a dated comparative is of its year, the second too.
def test_a_comparative_in_brackets_is_of_its_labels_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["interim"]), 5, 1.2) == ("achieved", 2024)


# Investment was £6.1m (H1 2024: £5.2m). The Group added 12 practices: the bracket's year opens no sentence.
@pytest.mark.parametrize(("line", "value"), [(6, 12), (6, 140)])
def test_a_comparatives_year_dates_no_later_sentence(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["interim"]), line, value) == ("achieved", 2025)


def test_guard_the_reported_figures_before_the_bracket_stay_the_periods(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the half's own figures keep 2025, the first figure of a comparative its year (£80.1m, 91.0%), as
    before."""
    facts = _facts(drafted["interim"])
    assert _of(facts, 5, 88400000) == ("achieved", 2025)
    assert _of(facts, 5, 0.9) == ("achieved", 2025)
    assert _of(facts, 5, 80100000) == ("achieved", 2024)
    assert _of(facts, 5, 91.0) == ("achieved", 2024)


# The Board expects full-year revenue of £180m to £186m and an operating margin of at least 11.5%: targets of 2025.
@pytest.mark.parametrize(("line", "value"), [(7, 180000000), (7, 186000000), (7, 11.5)])
def test_a_forecasts_amount_after_of_is_a_target(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    assert _of(_facts(drafted["interim"]), line, value) == ("target", 2025)


def test_guard_a_figure_after_the_forecasts_clause_or_compared_with_stays_achieved(
    drafted: dict[str, dict[str, Any]],
) -> None:
    """Guard: `…, including 6 new practices opened` is no forecast's amount, nor `compared with an expected £2.5m`'s
    £3.0m spent."""
    facts = _facts(drafted["interim"])
    assert _of(facts, 7, 6) == ("achieved", 2025)
    assert _of(facts, 8, 3000000) == ("achieved", 2025)


# 合格率比2020年变化（百分点）: the change column is the table's year (2025), not the year compared with.
@pytest.mark.parametrize(("line", "value"), [(7, 1.6), (8, 2.4)])
def test_a_change_column_against_a_year_is_not_that_years(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["bulletin"]), line, value) == ("achieved", 2025)


def test_guard_a_column_of_a_year_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 2020年合格率（%） is a column of 2020, 2025年合格率（%） of 2025, as before."""
    facts = _facts(drafted["bulletin"])
    assert _of(facts, 11, 92.6) == ("achieved", 2020)
    assert _of(facts, 11, 94.2) == ("achieved", 2025)


# 142 seniors … opened their letters, 139 of them learned where they will train, 35 matched to:
# the counts are told in the past, achieved, whatever `will` tells of their next steps.
@pytest.mark.parametrize(("line", "value"), [(4, 142), (4, 139), (6, 35)])
def test_a_figure_told_in_the_past_is_achieved_beside_will(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["match"]), line, value) == ("achieved", 2026)


@pytest.mark.parametrize(("line", "value"), [(7, 40), (8, 60)])
def test_guard_what_will_governs_stays_a_target(drafted: dict[str, dict[str, Any]], line: int, value: float) -> None:
    """Guard: `will hire 40 faculty members` (will before it), `60 registered nurses will join` (a participle before a
    noun): targets, as before."""
    assert _of(_facts(drafted["match"]), line, value)[0] == "target"


# up 6.2% on the 1,168 received in 2023/24: the change of a count its own year dates (in 2024/25) is of that year.
def test_a_change_after_a_dated_count_is_of_the_counts_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["annual"]), 5, 6.2) == ("achieved", 2025)


def test_guard_the_count_compared_with_keeps_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the 1,168 of 2023/24 stays 2024 and the 1,240 of 2024/25 2025, as before."""
    facts = _facts(drafted["annual"])
    assert _of(facts, 5, 1168) == ("achieved", 2024)
    assert _of(facts, 5, 1240) == ("achieved", 2025)


# in 2024/25 against a budget of £1.50m: a budget of a fiscal year across two is of the year it ends in (2025).
def test_a_budget_of_a_split_fiscal_year_is_of_its_end(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["annual"]), 6, 1500000) == ("achieved", 2025)


# fell to 11.2% from 13.5% a year earlier, in a half-year report of 2025: 2024, a year before the report's year.
def test_a_year_earlier_counts_back_from_the_reports_year(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["waits"])
    assert _of(facts, 6, 13.5) == ("achieved", 2024)
    assert _of(facts, 6, 11.2) == ("achieved", 2025)
