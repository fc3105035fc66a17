"""`factlint draft` on the kinds of text set 14 brought (round 11): a statistical yearbook's tables,
a written reply in traditional characters with a table of financial years, a budget vote speech in
rand, a survey brief; and what a new user's trial of two articles found. The sentences are written
for the purpose, not copied from set 14. Each guess has a case it must get right and a near case it
must not turn into the same answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checks.draft.build import Context, draft_lines
from checks.draft.years import article_years
from checks.numbers import read_quantities

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))


def _drafted(lines: list[str], published: date, plan: bool = False) -> list[tuple[int, float, str, int]]:
    """(line, value, status, period) of each drafted fact."""
    context = Context(plan, article_years(lines, published), UNITS, {})
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.status, f.period) for f in drafted.facts]


# ---- a table's header years date its columns ------------------------------------------------------
def test_a_tables_header_years_date_its_cells() -> None:
    table = [
        "指标\t单位\t2021年\t2023年\t2024年",
        "医院数\t个\t41\t44\t47",
        "",
        "全市医院床位增长较快。",
    ]
    assert [(n, v, p) for n, v, _, p in _drafted(table, date(2025, 9, 1))] == [
        (2, 41, 2021),
        (2, 44, 2023),
        (2, 47, 2024),
    ]
    # two cells a year under a second header row, financial years dated by the year they end in
    grouped = [
        "Clinic      2022-23          2023-24",
        "            median  p90      median  p90",
        "Eyes        40      90       38      85",
    ]
    assert [(v, p) for _, v, _, p in _drafted(grouped, date(2024, 8, 1))] == [
        (40, 2023),
        (90, 2023),
        (38, 2024),
        (85, 2024),
    ]
    # a table whose header names no year: its cells keep the article's year
    plain = ["Clinic      median  p90", "Eyes        40      90"]
    assert {p for _, _, _, p in _drafted(plain, date(2024, 8, 1))} == {2024}


# ---- a written reply in traditional characters -----------------------------------------------------
def test_a_programme_named_in_corner_brackets_and_a_target_time_are_no_target_cues() -> None:
    lines = ["「社區護理計劃」截至2026年3月31日共有1 200名病人參加。"]
    assert _drafted(lines, date(2026, 5, 20)) == [(1, 1200, "achieved", 2026)]
    # a plan's figure outside the brackets is still a target
    assert _drafted(["醫管局計劃招聘35名醫生。"], date(2026, 5, 20))[0][2] == "target"
    met = ["急症的目標輪候時間為兩星期內。在2025-26年度，醫管局有98%的急症在目標時間內獲診治。"]
    assert [(v, s) for _, v, s, _ in _drafted(met, date(2026, 5, 20))] == [(2, "target"), (98, "achieved")]


def test_the_year_a_change_ends_in_is_no_due_year() -> None:
    line = "輪候時間中位數由2023-24年度的68星期縮短至2025-26年度的55星期。"
    assert [(v, s, p) for _, v, s, p in _drafted([line], date(2026, 5, 20))] == [
        (68, "achieved", 2024),
        (55, "achieved", 2026),
    ]
    # a due year after 至 with no year the change starts from stays a target's
    assert _drafted(["輪候時間將縮短至2027年的50星期。"], date(2026, 5, 20))[0][2:] == ("target", 2027)


def test_definitions_formulas_and_the_years_a_question_asks_about_are_no_claims() -> None:
    lines = [
        "（一）過去三個財政年度，內科新症有多少宗；",
        "2.每千人口床位数：指年末床位数与年末常住人口数之比乘以1000。",
        "第90百分位数指百分之九十的病人的轮候时间不多于该数字。",
        "病床使用率＝实际占用总床日数÷实际开放总床日数×100%。",
        "全市共有医院118个。",
    ]
    assert [(n, v) for n, v, _, _ in _drafted(lines, date(2026, 5, 20))] == [(5, 118)]


# ---- a budget vote speech in rand, by financial years ----------------------------------------------
def test_a_budget_speech_dates_its_figures_by_its_financial_years() -> None:
    lines = [
        "It is my privilege to table Budget Vote 7 for the 2026/27 financial year. The budget for 2026/27 is"
        " R9.2 billion, an increase of R410 million, or 4.7%, on the R8.8 billion of 2025/26.",
        "Let me report on what we achieved in 2025/26. Our clinics recorded 3.1 million visits.",
        "Immunisation coverage reached 86.2%.",
        "For 2026/27 we have set aside R300 million for a new hospital. We will employ 120 nurses.",
    ]
    drafted = _drafted(lines, date(2026, 5, 12))
    assert [(n, v, p) for n, v, _, p in drafted] == [
        (1, 9_200_000_000, 2027),
        (1, 410_000_000, 2027),
        (1, 4.7, 2027),
        (1, 8_800_000_000, 2026),
        (2, 3_100_000, 2026),
        (3, 86.2, 2026),  # the financial year just ended (2025/26) is 2026, whatever the month
        (4, 300_000_000, 2027),
        (4, 120, 2027),  # the year opening an earlier sentence: For 2026/27
    ]
    # with no financial year printed, an achievement of a May story is the year before's
    assert _drafted(["Immunisation coverage reached 86.2%."], date(2026, 5, 12))[0][3] == 2025


def test_rand_glued_to_an_amount_is_read_and_drafted_in_rand() -> None:
    line = "The Department paid R1.1 billion in claims and R2,450 in fees; the R2 road and R0 are no amounts."
    assert [q.value for q in read_quantities(line)] == [1_100_000_000, 2450]
    context = Context(False, article_years([line], date(2026, 5, 12)), UNITS, {})
    drafted = draft_lines([line], [1], context)
    assert [f.unit for f in drafted.facts] == ["zar", "zar"]
    assert drafted.new_units["zar"]["label_en"] == "South African rand"


# ---- a survey brief and a needs assessment ----------------------------------------------------------
def test_a_surveys_precision_time_frames_and_furniture_are_no_claims() -> None:
    lines = [
        "Download the report (PDF, 3.1 MB)",
        "We interviewed 2,204 adults between 4 and 29 April 2026; the margin of error is plus or minus 2.1"
        " percentage points at the 95% confidence level.",
        "Of these, 27.5% (95% CI 24.9% to 30.2%) had delayed care in the past 12 months.",
        "1 in 4 respondents (25.2%) had no insurance, and 6.1% of residents under age 65 had none.",
    ]
    assert [(n, v) for n, v, _, _ in _drafted(lines, date(2026, 9, 1))] == [(2, 2204), (3, 27.5), (4, 25.2), (4, 6.1)]
    # the same numbers as claims of their own
    claims = [
        "Clinics saw patients on 4 and 29 days of April; 12 months of data; 95% of sites; residents aged 30 had 65."
    ]
    assert [v for _, v, _, _ in _drafted(claims, date(2026, 9, 1))] == [4, 29, 12, 95, 65]


def test_a_year_after_our_names_another_figures_survey() -> None:
    lines = [
        "The survey interviewed adults in March 2026.",
        "The share was 24.6%, up from 19.8% in our 2023 survey. The share was 31.8% among those without a card.",
    ]
    assert [(v, p) for _, v, _, p in _drafted(lines, date(2026, 9, 9))] == [(24.6, 2026), (19.8, 2023), (31.8, 2026)]


def test_a_briefs_citation_line_ends_its_body() -> None:
    from checks.draft.source import guess_source
    from schemas.regions import load_regions

    brief = [
        "Policy brief",
        "Published 9 September 2026",
        "",
        "Fees rose to €62 in 2026.",
        "How to cite: Brennan A. Waiting and paying. Dublin: Liffey Institute; 2026.",
        "Liffey Institute, 14 Ormond Quay Upper, Dublin 7",
    ]
    assert guess_source(brief, load_regions(PROJECT)).body == (4, 4)


def test_a_yearbooks_table_number_and_rate_unit_cell_are_no_claims() -> None:
    lines = ["19-2　医疗服务和妇幼保健", "指标\t单位\t2025年", "孕产妇死亡率\t1/10万\t3.05", "医院\t个\t19"]
    assert [(n, v) for n, v, _, _ in _drafted(lines, date(2026, 10, 28))] == [(3, 3.05), (4, 19)]


# ---- a reply to a people's congress deputy ---------------------------------------------------------
def test_a_span_opening_its_sentence_dates_a_running_total_by_its_end() -> None:
    line = "2022年至2024年，我们累计培养全科医生86名。"
    assert _drafted([line], date(2025, 7, 1)) == [(1, 86, "achieved", 2024)]
    # a single year opening the sentence is the figure's year
    assert _drafted(["2022年，我们培养全科医生86名。"], date(2025, 7, 1))[0][3] == 2022


def test_the_same_period_carries_the_due_year_before_it() -> None:
    line = "2026年内新增15个诊室，力争到2028年覆盖率达95%以上；同期实现每个乡镇卫生院至少有1名全科医生。"
    assert _drafted([line], date(2026, 7, 16))[1:] == [(1, 95, "target", 2028), (1, 1, "target", 2028)]
    # without 同期 the last target takes the year opening the line
    other = line.replace("同期", "")
    assert _drafted([other], date(2026, 7, 16))[2] == (1, 1, "target", 2026)


def test_a_change_on_last_year_after_a_target_is_the_targets_change() -> None:
    line = "市级财政将在2026年安排专项资金1500万元，较上年增加300万元。"
    assert _drafted([line], date(2026, 7, 16)) == [(1, 15_000_000, "target", 2026), (1, 3_000_000, "target", 2026)]
    # after an achievement, the change is achieved
    done = "2025年市级财政安排专项资金1200万元，较上年增加200万元。"
    assert [s for _, _, s, _ in _drafted([done], date(2026, 7, 16))] == ["achieved", "achieved"]


def test_a_congress_sessions_ordinal_is_no_count() -> None:
    line = "您在市八届人大五次会议上提出的建议收悉，全市有医院42家。"
    assert [v for _, v, _, _ in _drafted([line], date(2026, 7, 16))] == [42]


# ---- a new user's trial: names, units and relations of what is counted ------------------------------
def _facts(line: str, published: date = date(2026, 5, 1)) -> list[Any]:
    context = Context(False, article_years([line], published), UNITS, CATALOGUE)
    return draft_lines([line], [1], context).facts


CATALOGUE: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "indicators.yaml").read_text(encoding="utf-8"))


def test_proposed_names_say_what_is_counted() -> None:
    staff = _facts("The trust employs 2,310 staff, including 410 doctors and 1,120 nurses.")
    assert [f.indicator for f in staff] == ["trust_staff", "doctors", "nurses"]  # not including_doctors, doctors_nurses
    assert [f.indicator for f in _facts("We want 300 more nurses.")] == ["nurses"]  # not we_want
    # a share of a group is named by the group, not figure_percent for every share
    shares = _facts("In 2025, 74% of patients were seen on time, and 61% of adults were vaccinated.")
    assert [f.indicator for f in shares] == ["patients", "adults"]
    # a rate's base goes last, and no name starts with a digit
    (rate,) = _facts("每万人口全科医生数达3.8人。")
    assert not rate.indicator[0].isdigit() and rate.indicator.endswith(("per_10k", "per_10000_population"))
    assert [f.indicator for f in _facts("市级财政投资5亿元建设医院。")] == ["investment"]  # not hospitals_built
    assert [f.indicator for f in _facts("全县有卫生院12个。")] == ["health_centres"]  # not health


def test_a_generic_count_takes_the_unit_of_what_it_counts() -> None:
    assert [(f.indicator, f.unit) for f in _facts("全县有村卫生室312个。")] == [("village_clinics", "institution")]
    assert [f.unit for f in _facts("全县有312个村卫生室。")] == ["institution"]
    assert [f.unit for f in _facts("The grant will fund 40 new intensive care beds.")] == ["bed"]
    assert [f.unit for f in _facts("The trust employs 2,310 staff, including 410 doctors.")] == ["person", "person"]
    # a noun after a connective is another figure's: no unit from it
    assert [f.unit for f in _facts("Wards hold 3,150 and private hospitals hold 1,670.")] == ["unit", "unit"]


def test_a_relation_between_a_count_and_a_generic_part_drafts_them_in_one_unit() -> None:
    line = "The trust employs 2,310 staff, including 410 doctors and 1,120 nurses."
    context = Context(False, article_years([line], date(2026, 5, 1)), UNITS, CATALOGUE)
    drafted = draft_lines([line], [1], context)
    assert [r["kind"] for r in drafted.relations] == ["sum_at_most"]
    # a part with no word of its own takes the total's unit, and its proposed indicator too (C109, S109)
    beds = "Wards had 4,820 beds. Public wards hold 3,150 and private wards hold the other 1,670."
    context = Context(False, article_years([beds], date(2026, 5, 1)), UNITS, CATALOGUE)
    drafted = draft_lines([beds], [1], context)
    assert [r["kind"] for r in drafted.relations] == ["sum"]
    assert {f.unit for f in drafted.facts} == {"bed"}
    assert {drafted.new_indicators[f.indicator]["unit"] for f in drafted.facts} == {"bed"}


def test_planned_before_a_noun_and_a_target_of_a_year_over() -> None:
    # "planned" names a kind of care before a noun: no target cue; as a verb or before the figure, one
    assert [s for _, _, s, _ in _drafted(["We treated 48,260 patients in planned treatment."], date(2026, 5, 1))] == [
        "achieved"
    ]
    assert _drafted(["The hospital planned to open 40 beds."], date(2026, 5, 1))[0][2] == "target"
    # a figure named as a target stays a target when its sentence opens on a year over (README)
    line = "In 2025, 74% of patients were seen, below the 78% target."
    assert [(v, s, p) for _, v, s, p in _drafted([line], date(2026, 5, 1))] == [
        (74, "achieved", 2025),
        (78, "target", 2025),
    ]


def test_a_change_from_one_level_to_another_is_proposed_with_the_earlier_level_a_year_before() -> None:
    line = "The median wait fell from 16 weeks to 14.2 weeks."
    context = Context(False, article_years([line], date(2026, 9, 1)), UNITS, CATALOGUE)
    drafted = draft_lines([line], [1], context)
    assert [(f.value, f.period) for f in drafted.facts] == [(16, 2025), (14.2, 2026)]
    assert drafted.facts[0].indicator == drafted.facts[1].indicator
    assert "a change starts from" in " ".join(drafted.facts[0].review)  # a guess the curator checks
    assert [r["kind"] for r in drafted.relations] == ["change"]
    # a year printed with each level dates it; a rule's old level is in force now (README)
    dated = "The median wait fell from 16 weeks in 2024 to 14.2 weeks in 2026."
    assert [(v, p) for _, v, _, p in _drafted([dated], date(2026, 9, 1))] == [(16, 2024), (14.2, 2026)]
    rule = "The fee was cut from $20 to $15."
    assert [p for _, _, _, p in _drafted([rule], date(2026, 9, 1))] == [2026, 2026]


def test_a_mortality_rate_with_no_base_printed_takes_its_customary_base() -> None:
    assert [f.unit for f in _facts("孕产妇死亡率为0。")] == ["per_100k_population"]
    assert [f.unit for f in _facts("The infant mortality rate was 2 in 2025.")] == ["per_1k_population"]
    # a base printed wins; another figure with no unit word stays a count
    assert [f.unit for f in _facts("孕产妇死亡率为12.5/10万。")] == ["per_100k_population"]
    assert [f.unit for f in _facts("死亡病例为0。")] == ["unit"]
