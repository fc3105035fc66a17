"""Round 57's rules, from the fifty-ninth held-out set (a recall notice's batch table with an expiry column and a
product's strength, a circular and a bulletin opening on the period they compare with, a news story's 同年, a needs
assessment's population noted with its year in brackets, a weekly update's level of the week before): each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# A recall notice of February 2026: a batch table whose expiry column names later years; strengths and pack sizes.
_RECALL = [
    "Northmoor Medicines Agency",
    "Recall of Cardiloz (bisoprolol) 5 mg tablets",
    "Published 10 August 2026",
    "Hallam Pharma is recalling 3 batches of Cardiloz 5 mg tablets after 2 of them failed a stability test.",
    "Batch\tExpiry date\tPacks supplied\tAssay (%)",
    "CB2301\t09/2027\t41,200\t93",
    "CB2307\t12/2028\t38,900\t91",
    "Patients taking a bisoprolol 5 mg product can get all packs of 28 tablets from other suppliers of bisoprolol 5 mg"
    " tablets, which hold about 120,000 packs.",
    "Deliveries of 6,000 packs are planned for 2027.",
]

# A table of projects: a completion date is the year its row's figures are due.
_PROJECTS = [
    "Northmoor Health Board",
    "Capital programme update",
    "Published 10 February 2026",
    "Scheme\tCompletion\tBeds",
    "Eastfield ward\t09/2027\t24",
    "Westgate unit\t12/2028\t16",
]

# A circular on 2025 published in 2026, a quarterly bulletin of 2026's first quarter: openings on the period compared.
_CIRCULAR = [
    "某市2025年度护士执业注册工作情况通报",
    "发布时间：2026-03-02",
    "2025年度，全市共办理护士执业注册8,420人次。",
    "与2023年度相比，全市注册人数增加960人，增长12.9%；网上办理比例由61.2%提高到83.5%。",
]
_BULLETIN = [
    "某县医院2026年第一季度住院病历质量评查结果公示",
    "发布时间：2026-04-20",
    "本季度共评查住院病历1,200份，甲级病历率95.1%。",
    "与2025年第四季度相比，甲级病历率由93.6%提高到95.1%，上升1.5个百分点。",
    "与2024年相比，2025年全年评查病历4,650份。",
]

# A news story of May 2026: 同年 after the launch's level.
_NEWS = [
    "某市“先看病后付费”服务运行一年",
    "发布时间：2026-05-15",
    "上线之初，我市在市人民医院等4家医院开展试点，同年9月推广至全市28家医疗机构，其中二级以上医院11家。",
    "2025年，各医院共新增自助机86台。",
    "截至2026年4月底，全市累计签约52,300人。",
]

# A needs assessment of June 2025: a year noted in brackets after the population is the population's only.
_ASSESSMENT = [
    "Eastvale Health and Wellbeing Board",
    "Draft pharmacy needs assessment",
    "Published 20 June 2025",
    "Eastvale has 41 community pharmacies for a population of 215,600 (mid-2023 estimate), or 19.0 per 100,000 people. "
    "The regional average is 20.4.",
    "In 2024 the board counted 43 pharmacies (2023 data).",
]

# A weekly update of November 2024: a level of the week before is of the same year.
_WEEKLY = [
    "Eastvale Public Health",
    "Respiratory update: week 47, 2024",
    "Published 28 November 2024",
    "RSV was detected at 12 of the 15 sites, up from 7 sites in week 46.",
    "Admissions were 310, up from 280.",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    texts = {
        "recall": _RECALL,
        "projects": _PROJECTS,
        "circular": _CIRCULAR,
        "bulletin": _BULLETIN,
        "news": _NEWS,
        "assessment": _ASSESSMENT,
        "weekly": _WEEKLY,
    }
    return {name: draft_text(tmp_path_factory.mktemp(name), lines) for name, lines in texts.items()}


# CB2301<TAB>09/2027<TAB>41,200<TAB>93: the expiry date is no year of the row's figures.
@pytest.mark.parametrize(("line", "value"), [(6, 41200), (6, 93), (7, 38900), (7, 91)])
def test_an_expiry_column_dates_no_figure_of_its_row(
    drafted: dict[str, dict[str, Any]], line: int, value: float
) -> None:
    assert _of(_facts(drafted["recall"]), line, value) == ("achieved", 2026)


def test_guard_a_completion_column_still_dates_its_row(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: Eastfield ward<TAB>09/2027<TAB>24 under Completion: due in 2027, as before."""
    assert _of(_facts(drafted["projects"]), 5, 24) == ("target", 2027)


# a bisoprolol 5 mg product, packs of 28 tablets, suppliers of bisoprolol 5 mg tablets: which product, no figures.
def test_a_products_strength_and_pack_size_are_no_figures(drafted: dict[str, dict[str, Any]]) -> None:
    facts = _facts(drafted["recall"])
    assert not {(8, 5), (8, 28)} & set(facts)


def test_guard_the_supply_beside_a_strength_stays_a_figure(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: about 120,000 packs stays a figure; a planned delivery stays a target of its year."""
    facts = _facts(drafted["recall"])
    assert (8, 120000) in facts
    assert _of(facts, 9, 6000) == ("target", 2027)


# 与2023年度相比，…由61.2%提高到83.5%: 61.2% is 2023's; 与2025年第四季度相比，…提高到95.1%: the quarter reported.
def test_a_changes_start_takes_the_year_its_sentence_compares_with(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["circular"]), 4, 61.2) == ("achieved", 2023)


@pytest.mark.parametrize("value", [95.1, 1.5])
def test_the_level_reached_is_not_of_the_period_compared_with(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["bulletin"]), 4, value) == ("achieved", 2026)


def test_guard_openings_leave_other_figures_as_they_were(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: the circular's 83.5% and 960人 stay 2025's, the bulletin's 93.6% 2025's, and a year printed after the
    opening (与2024年相比，2025年全年…4,650份) dates its figure."""
    circular, bulletin = _facts(drafted["circular"]), _facts(drafted["bulletin"])
    assert _of(circular, 4, 83.5) == ("achieved", 2025)
    assert _of(circular, 4, 960) == ("achieved", 2025)
    assert _of(bulletin, 4, 93.6) == ("achieved", 2025)
    assert _of(bulletin, 5, 4650) == ("achieved", 2025)


# …4家医院开展试点，同年9月推广至…28家…，其中…11家: the year of the pilot's figure.
@pytest.mark.parametrize("value", [28, 11])
def test_the_same_year_is_the_year_of_the_figure_before(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["news"]), 3, value) == ("achieved", 2025)


def test_guard_figures_with_years_of_their_own_keep_them(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 86台 (2025年) and 52,300人 (截至2026年4月底) keep their own years."""
    facts = _facts(drafted["news"])
    assert _of(facts, 4, 86) == ("achieved", 2025)
    assert _of(facts, 5, 52300) == ("achieved", 2026)


# 215,600 (mid-2023 estimate): the year noted is the population's, not the pharmacies' nor the rates'.
@pytest.mark.parametrize("value", [41, 19.0, 20.4])
def test_a_year_noted_after_a_figure_is_that_figures_only(drafted: dict[str, dict[str, Any]], value: float) -> None:
    assert _of(_facts(drafted["assessment"]), 4, value)[1] != 2023


def test_guard_the_noted_figure_and_an_opening_year_keep_their_years(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: 215,600 is 2023's; In 2024 … 43 pharmacies (2023 data) keeps its sentence's 2024."""
    facts = _facts(drafted["assessment"])
    assert _of(facts, 4, 215600) == ("achieved", 2023)
    assert _of(facts, 5, 43)[1] == 2024


# up from 7 sites in week 46: the week before, of the same year.
def test_a_level_of_an_earlier_week_is_of_its_year(drafted: dict[str, dict[str, Any]]) -> None:
    assert _of(_facts(drafted["weekly"]), 4, 7) == ("achieved", 2024)


def test_guard_up_from_with_no_period_is_still_the_year_before(drafted: dict[str, dict[str, Any]]) -> None:
    """Guard: Admissions were 310, up from 280: 280 is the year before's, as before."""
    assert _of(_facts(drafted["weekly"]), 5, 280) == ("achieved", 2023)
