"""Round 33's rules, from the kinds of text the thirty-seventh held-out set brought (a city's chest pain centre
quality report, a province's AEFI monitoring report, a city's long-term care insurance pilot, an English council's
child measurement results, an Australian state's elective surgery release, a US state's WIC participation report),
and the decimals drafted as counts the tuned articles showed: each has its failing and passing cases, written for
this file."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.cli import main
from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import scratch_repository

_SURVEY = [
    "Borough Council: School Health Survey results, 2025/26",
    "Published: 3 October 2026",
    "",
    "The survey measured pupils in two year groups at 40 schools in 2025/26. The school nursing team has 12.5"
    " full-time equivalent posts.",
    "Uptake was 91.2% in the younger group and 88.7% in the older, compared with 90.5% and 87.1% the year before.",
    "Year 8 activity has stayed between 40% and 46% in each of the last four years, while Year 4 activity was 44.6%.",
    "The national benchmark is for at least 60% of pupils to be active every day.",
    "A further £2.1 million has been allocated in the 2026/27 budget to reach about 3,000 more pupils by 31 July"
    " 2027. Of the £1.5 million budgeted, £1.2 million was spent by June 30, 2026.",
    "Table 2: Share of pupils active daily, 2025/26 (% of pupils, with 95% confidence intervals)",
    "Group          Younger    95% CI          Older      95% CI",
    "Girls          41.3       39.0 to 43.6    35.2       33.1 to 37.3",
    "Boys           47.8       45.4 to 50.2    44.6       42.4 to 46.8",
    "Source: School Health Survey 2025/26, local extract.",
    "Activity was lowest among girls in the older group, at 35.2%, and 1,240 pupils took part in the new clubs.",
    "",
    "Contact: Public Health Team, Town Hall, Market Square.",
]

_BULLETIN = [
    "某市卫生健康委员会关于2025年孕产妇保健工作情况的通报",
    "发布日期：2026-03-10",
    "",
    "　　2025年，全市孕产妇系统管理率为93.4%，上年为91.8%。早孕建册率为88.2%，较上年提高1.1个百分点。",
    "　　全市孕妇尿碘中位数为168.4μg/L，学龄儿童尿碘中位数为201.5μg/L，监测点26个。",
    "　　经120救护车转运的患者占42.6%，其中院前心电图传输比例为70.2%。",
    "　　首次接诊至治疗时间在60分钟以内的比例为78.5%，未达到不低于80%的国家标准要求。",
    "　　自2027年1月1日起，居家护理补贴将由每人每月400元提高至480元。",
]


def _draft(tmp_path: Path, lines: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The drafted dataset and the scratch repository's unit catalogue (with the units the draft proposed)."""
    root = scratch_repository(tmp_path / "repo")
    (root / "seeds" / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with contextlib.chdir(root), contextlib.redirect_stdout(io.StringIO()):
        assert main(["draft", "seeds/a.txt"]) == 0
    data: dict[str, Any] = yaml.safe_load((root / "data" / "a.yaml").read_text(encoding="utf-8"))
    units: dict[str, Any] = yaml.safe_load((root / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    return data, units


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    return _draft(tmp_path_factory.mktemp("survey"), _SURVEY)


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    return _draft(tmp_path_factory.mktemp("bulletin"), _BULLETIN)


# ---- the body: a table's source note under a row that ends in an interval ---------------------------------


def test_a_tables_source_note_under_an_intervals_row_ends_no_body(survey: tuple[dict[str, Any], Any]) -> None:
    drafted, _ = survey
    assert drafted["source"]["body"] == {"first": 4, "last": 14}  # Contact: ends it, not the table's Source:
    facts = _facts(drafted)
    assert _of(facts, 14, 35.2) == ("achieved", 2026)  # the paragraph after the table is drafted
    assert facts[(14, 1240)]["qualifier"] == "eq"
    assert facts[(12, 50.2)]["qualifier"] == "le"  # the interval's upper end, in the table


# ---- units: a decimal is no count ------------------------------------------------------------------------


def test_a_decimal_with_no_unit_word_is_a_measure_not_a_count(survey: tuple[dict[str, Any], Any]) -> None:
    drafted, units = survey
    facts = _facts(drafted)
    assert facts[(4, 12.5)]["unit"] == "measure" and units["measure"]["kind"] == "measure"  # 12.5 full-time equivalent
    assert units[facts[(11, 41.3)]["unit"]]["kind"] == "measure"  # a table's cell, no unit printed
    assert facts[(4, 40)]["unit"] == "unit"  # 40 schools: whole, a count still


def test_a_measure_word_the_catalogue_lacks_is_a_measure_for_a_decimal(bulletin: tuple[dict[str, Any], Any]) -> None:
    drafted, units = bulletin
    facts = _facts(drafted)
    unit = facts[(5, 168.4)]["unit"]
    assert unit == facts[(5, 201.5)]["unit"] and unit not in ("unit", "measure")  # proposed for μg
    assert units[unit]["kind"] == "measure"
    assert units[facts[(5, 26)]["unit"]]["kind"] == "count"  # 监测点26个


# ---- periods: last year's figure said with a copula, figures listed before "the year before" ---------------


def test_shang_nian_wei_is_the_year_before(bulletin: tuple[dict[str, Any], Any]) -> None:
    facts = _facts(bulletin[0])
    assert _of(facts, 4, 91.8) == ("achieved", 2024)  # 2025年，…为93.4%，上年为91.8%
    assert _of(facts, 4, 93.4) == ("achieved", 2025)


def test_figures_listed_before_the_year_before_are_its(survey: tuple[dict[str, Any], Any]) -> None:
    facts = _facts(survey[0])
    assert _of(facts, 5, 90.5) == ("achieved", 2025)  # compared with 90.5% and 87.1% the year before
    assert _of(facts, 5, 87.1) == ("achieved", 2025)
    assert _of(facts, 5, 91.2) == ("achieved", 2026)


# ---- what is no claim, and what is: a school year's number, an interval's level, a level that stayed --------


def test_a_level_that_has_stayed_between_two_bounds_is_a_range(survey: tuple[dict[str, Any], Any]) -> None:
    drafted, _ = survey
    facts = _facts(drafted)
    assert facts[(6, 40)]["qualifier"] == "ge" and facts[(6, 46)]["qualifier"] == "le"  # has stayed between
    assert _of(facts, 6, 44.6) == ("achieved", 2026)


def test_a_school_year_group_opening_a_sentence_is_a_label(survey: tuple[dict[str, Any], Any]) -> None:
    drafted, _ = survey
    assert (6, 8) not in _facts(drafted)  # Year 8 activity has stayed …
    assert "8" in _ignored(drafted, 6)


def test_the_level_of_confidence_intervals_is_no_figure(survey: tuple[dict[str, Any], Any]) -> None:
    drafted, _ = survey
    assert (9, 95) not in _facts(drafted)  # with 95% confidence intervals
    assert "95%" in _ignored(drafted, 9)


# ---- status: a benchmark that is for a level, a day's due date ---------------------------------------------


def test_a_benchmark_that_is_for_a_level_names_a_target(survey: tuple[dict[str, Any], Any]) -> None:
    facts = _facts(survey[0])
    assert _of(facts, 7, 60) == ("target", 2026)  # The national benchmark is for at least 60%
    assert facts[(7, 60)]["qualifier"] == "ge"


def test_a_days_due_date_after_publication_is_a_targets(survey: tuple[dict[str, Any], Any]) -> None:
    facts = _facts(survey[0])
    assert _of(facts, 8, 3000) == ("target", 2027)  # to reach about 3,000 more pupils by 31 July 2027
    assert _of(facts, 8, 1200000) == ("achieved", 2026)  # spent by June 30, 2026: a day gone by


def test_a_level_before_a_standards_requirement_is_a_target(bulletin: tuple[dict[str, Any], Any]) -> None:
    facts = _facts(bulletin[0])
    assert _of(facts, 7, 80) == ("target", 2026)  # 未达到不低于80%的国家标准要求
    assert _of(facts, 7, 78.5) == ("achieved", 2025)


def test_a_change_taking_effect_after_publication_is_due_then(bulletin: tuple[dict[str, Any], Any]) -> None:
    facts = _facts(bulletin[0])
    assert _of(facts, 8, 480) == ("target", 2027)  # 自2027年1月1日起…提高至480元
    assert _of(facts, 8, 400) == ("achieved", 2026)  # the level in force when published


def test_chinas_emergency_number_before_its_ambulances_is_no_count(bulletin: tuple[dict[str, Any], Any]) -> None:
    drafted, _ = bulletin
    assert (6, 120) not in _facts(drafted) and "120" in _ignored(drafted, 6)  # 经120救护车转运的患者
    assert _of(_facts(drafted), 6, 42.6) == ("achieved", 2025)
