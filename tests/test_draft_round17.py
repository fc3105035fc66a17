"""Round 17's rules, from the kinds of text the twenty-first held-out set brought: a tender notice whose
numbered sections open with fields (the body starts at its 一、), a table's source note under a row
that ends in words, a day of the publication month already over, a notice's own date of effect said
in its body, rules it keeps or changes from (由每人每年300元, 继续保持), goals listed under a lead-in
that names their year, a tender's lots (包2), a building in an address, the counts behind a share
(18.9% (34/180)), a week's year (week 47 2026), a table's age bands and the naira. Each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.draft.carried import carried_due_years
from checks.draft.guesses import Guess
from checks.draft.ignores import non_claim
from checks.draft.months import month_over
from checks.draft.period_guess import period_of
from checks.draft.policy import from_rule_in_force, kept_rule, rules_guess, text_effective_after
from checks.draft.source import body_range
from checks.draft.years import ArticleYears
from checks.numbers import read_quantities
from tests.draft_measure import draft_text

# ---- where the body starts and ends ------------------------------------------------------------------

_NOTICE = [
    "某县政府采购网",
    "某县人民医院设备采购项目成交结果公告",
    "发布时间：2026年10月20日 09:15",
    "",
    "一、项目编号：ABC2026-001",
    "二、项目名称：某县人民医院设备采购项目",
    "三、成交信息",
    "成交金额：215.40万元",
    "四、代理服务费",
    "代理服务费按规定标准计算，由成交供应商支付，总金额为3.12万元。",
]


def test_a_notice_whose_first_sections_are_fields_starts_at_its_first_numbered_section() -> None:
    assert body_range(_NOTICE, 2, 3)[0] == 5
    # no 一、 above the first prose line's heading: the body starts at that heading, as before
    assert body_range([line for line in _NOTICE if not line.startswith("一、")], 2, 3)[0] == 8


def test_a_field_under_a_notice_s_first_section_is_drafted(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _NOTICE)
    assert (8, 2_154_000) in {(f["line"], f["value"]) for f in drafted["facts"]}


_PROFILE = [
    "Town health profile 2026",
    "Published: 3 March 2026",
    "",
    "How our town compares with the region, indicator by indicator.",
    "Indicator\tYear\tTown\tRegion\tCompared",
    "Obesity in adults (%)\t2025\t31.2\t27.0\tWorse",
    "Source: National indicators, accessed January 2026.",
    "Spending",
    "The council spent £4.2 million on stop smoking services in 2025.",
]


def test_a_source_note_under_a_table_row_ending_in_words_does_not_end_the_body() -> None:
    assert body_range(_PROFILE, 1, 2) == (4, 9)
    # under a paragraph, the same line is the page's credit line: the body ends above it
    prose = [*_PROFILE[:4], "Obesity in adults was 31.2% in 2025, worse than the region.", *_PROFILE[6:]]
    assert body_range(prose, 1, 2) == (4, 5)


# ---- periods and statuses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "over"),
    [
        ("The round that ended on November 9 reached most villages.", True),
        ("Teams went out on 9 November and came back a week later.", True),
        ("The round will end on November 28.", False),  # later in the month than publication
        ("The round ended on 9 November 2025.", False),  # its year is printed: not this month
        ("Clinics opened in the first November of the scheme.", False),  # no day
    ],
)
def test_a_day_of_the_publication_month_already_over(line: str, over: bool) -> None:
    assert month_over(line, date(2026, 11, 20)) is over


def test_the_year_of_a_campaign_that_ended_this_month_is_the_publication_year(tmp_path: Path) -> None:
    lines = [
        "Drive reaches two million",
        "November 20, 2026",
        "",
        "Health workers vaccinated 2,104,300 children in the drive that ended on November 9.",
        "Coverage was 93.1 per cent, the agency said.",
        "The vaccine was introduced in March 2025 in 12 states.",
    ]
    periods = {f["value"]: f["period"] for f in draft_text(tmp_path, lines)["facts"]}
    assert periods[93.1] == 2026
    assert periods[12] == 2025  # its sentence prints its year


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["近日，某市印发《关于调整门诊待遇的通知》。", "问：何时施行？", "答：《通知》自2028年1月1日起施行。"], 2028),
        (["问：何时施行？", "答：本办法自2028年3月1日起执行。"], 2028),
        (["Q: When do they apply?", "A: The new rules take effect on 1 January 2028."], 2028),
        (["答：《通知》自2027年1月1日起施行。"], None),  # not after the year of publication
        (["答：自2028年1月1日起，全市新建诊所5个。"], None),  # a plan's date, not the text's own
    ],
)
def test_the_date_the_text_itself_takes_effect_anywhere_in_its_body(lines: list[str], expected: int | None) -> None:
    assert text_effective_after(lines, date(2027, 5, 10)) == expected


@pytest.mark.parametrize(
    ("line", "figure", "changed_from"),
    [
        ("年度最高支付限额由每人每年300元提高到500元。", "300", True),
        ("起付线由现行的1.8万元降至1.6万元。", "1.8万元", True),
        ("年度最高支付限额为每人每年300元，全市共支付500元。", "300", False),
    ],
)
def test_the_level_a_rule_changes_from(line: str, figure: str, changed_from: bool) -> None:
    q = next(q for q in read_quantities(line) if figure in q.text)
    assert from_rule_in_force(line, q.start, q.end) is changed_from


@pytest.mark.parametrize(
    ("line", "figure", "kept"),
    [
        ("用药报销比例继续保持不低于60%，其中在基层就医的提高到70%。", "60%", True),
        ("用药报销比例继续保持不低于60%，其中在基层就医的提高到70%。", "70%", False),  # its own clause
        ("一级医院起付线300元、二级医院600元，与现行标准相同。", "600", True),
        ("年度最高支付限额保持40万元不变。", "40万元", True),
        ("年度最高支付限额提高到40万元。", "40万元", False),
    ],
)
def test_a_rule_the_text_keeps(line: str, figure: str, kept: bool) -> None:
    q = next(q for q in read_quantities(line) if q.text.startswith(figure) or figure in q.text)
    assert kept_rule(line, q.start) is kept


def test_a_kept_rule_is_in_force_and_a_dated_figure_stays_its_year_s() -> None:
    line = "年度最高支付限额保持40万元不变，住院报销比例提高到80%。"
    kept, raised = read_quantities(line)[0], read_quantities(line)[1]
    default = Guess(2026, "publication year")
    assert rules_guess(line, kept.start, kept.end, Guess("achieved", "no cue"), default, 2027, 2026) == (
        Guess("achieved", "a rule kept as it is in force"),
        Guess(2026, "in force when published"),
    )
    assert rules_guess(line, raised.start, raised.end, Guess("achieved", "no cue"), default, 2027, 2026)[0].value == (
        "target"
    )
    # 2025年…报销比例为68.6%: a figure its printed year dates is that year's, not a rule to come
    dated = "2025年，住院费用报销比例为68.6%。"
    q = read_quantities(dated)[-1]
    printed = Guess(2025, "the last year printed before it on its line")
    assert rules_guess(dated, q.start, q.end, Guess("achieved", "no cue"), printed, 2027, 2026) == (
        Guess("achieved", "no cue"),
        printed,
    )


@pytest.mark.parametrize(
    ("lead", "carried"),
    [
        ("With our partners we have set three goals for 2031:", 2031),
        ("Our priorities for 2030 are these:", 2030),
        ("We met three goals in 2025:", None),  # a year, no goals for it
        ("We have set three goals for 2031.", None),  # no list follows a full stop
    ],
)
def test_goals_listed_under_a_lead_in_that_names_their_year(lead: str, carried: int | None) -> None:
    lines = [lead, "• to cut adult smoking to 9% or below;"]
    found = carried_due_years(lines, [1, 2], 2026).get(2)
    assert (found.year if found else None) == carried


# ---- numbers that are no claims --------------------------------------------------------------------------


def _ignored(line: str, figure: str) -> bool:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next(q for q in figures if q.text.strip() == figure or q.text.startswith(figure))
    return non_claim(line, q, figures) is not None


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("本项目预算500万元，其中包2预算120万元。", "2", True),
        ("本项目共有7家供应商投标，其中包3有2家。", "3", True),
        ("Lot 4 went to a regional supplier.", "4", True),
        ("The trust bought 4 lots of masks.", "4", False),  # a count of lots
        ("共有7家供应商投标。", "7", False),
    ],
)
def test_a_tender_s_lot_is_a_label(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) is ignored


def test_a_building_after_a_street_number_is_part_of_an_address() -> None:
    assert read_quantities("地址：东风路128号5栋3单元") == []
    assert [q.text for q in read_quantities("医院新建5栋住院楼")] == ["5栋"]  # a count of buildings


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        # the counts a share was computed from, in brackets after it
        ("Positivity was 22.4% (41/183) this week.", "41/183", True),
        ("Positivity was 22.4% (41/183) this week.", "22.4%", False),
        ("Positivity was 22.4%; 41/183 samples were typed.", "41/183", False),  # not in brackets after it
        # a band naming a table's row
        ("25-34\t1,204\t38.1", "25", True),
        ("Age 25-34\t1,204\t38.1", "1,204", False),
        ("The rate was 25-34 per cent in most wards.", "25", False),  # a range in a sentence
        # many doses received are a count; a schedule's doses are not when they define a share
        # counted (round 19: a schedule stated as a rule, need 2 doses, is a claim)
        ("We received 2.6 million doses of the vaccine.", "2.6 million", False),
        ("85% of children received 2 doses of the vaccine.", "2", True),
        ("Children need 2 doses of the vaccine.", "2", False),
        # an amount converted to another currency, in brackets after it
        ("Partners gave $1.9 million (about N2.9 billion) in support.", "N2.9 billion", True),
        ("Partners gave N2.9 billion (about $1.9 million) in support.", "N2.9 billion", False),
    ],
)
def test_round_17_non_claims(line: str, figure: str, ignored: bool) -> None:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next(q for q in figures if figure.lstrip("N") in q.text)
    assert (non_claim(line, q, figures) is not None) == ignored


def test_the_naira_glued_to_an_amount_is_drafted_in_its_currency(tmp_path: Path) -> None:
    lines = ["Allowances raised", "November 20, 2026", "", "Each volunteer now receives N6,500 a day, the state said."]
    assert [(f["value"], f["unit"]) for f in draft_text(tmp_path, lines)["facts"]] == [(6500, "ngn")]


def test_a_year_after_a_week_s_number_is_no_count() -> None:
    # the week's number is no quantity either (since dc365d3); the year after it stays a year, a count a count
    assert [q.text for q in read_quantities("ISO week 12 2027 runs from Monday to Sunday.")] == []
    assert [q.text for q in read_quantities("In week 12, 2027 cases were notified.")] == ["2027 cases"]


@pytest.mark.parametrize(
    ("line", "restated"),
    [
        ("Nearly half of the care home outbreaks (46%) were due to norovirus.", True),
        ("Nearly half of the care home outbreaks were due to norovirus (12%).", False),  # another share
        ("Nearly half of the care home outbreaks were due to norovirus.", False),
    ],
)
def test_a_share_in_words_the_percent_in_brackets_gives_exactly(line: str, restated: bool) -> None:
    figures = read_quantities(line)
    half = next(q for q in figures if "half" in q.text)
    assert (non_claim(line, half, figures) is not None) is restated


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        # a number in the words of a row's first cell names the row
        ("Under 18 conceptions (per 1,000)\t2024\t21.3\t13.1", "18", True),
        ("Under 18 conceptions (per 1,000)\t2024\t21.3\t13.1", "21.3", False),
        ("Reception year 2 readiness (%)\t2025\t61.0\t67.4\tWorse", "2", True),
        # a number in a header row, none of whose cells is a number
        ("District\tWeek 12 cases\tRate per 100,000", "12", True),
        ("District\t12 admissions\t3 deaths\t40", "12", False),  # a row with a number cell: data
        # not a table: a sentence with one tab
        ("Under 18 conceptions fell\tto 21.3", "18", False),
    ],
)
def test_a_number_in_a_table_s_labels(line: str, figure: str, ignored: bool) -> None:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next((q for q in figures if q.text.strip() == figure or q.text.startswith(figure) or figure in q.text), None)
    if q is None:  # the reader reads no quantity there at all (Week 12: a week's number, since dc365d3)
        assert ignored
        return
    assert (non_claim(line, q, figures) is not None) == ignored


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("起付线以上、8万元以下（含8万元）部分报销60%，8万元以上的部分报销70%。", "8万元以下", True),
        ("起付线以上、8万元以下（含8万元）部分报销60%，8万元以上的部分报销70%。", "60%", False),
        ("起付线以上、8万元以下（含8万元）部分报销60%，8万元以上的部分报销70%。", "8万元以上", True),
        ("全年住院费用8万元以上的患者有320人。", "8万元", False),  # a threshold of people, no band of a rate
    ],
)
def test_the_bounds_of_the_bands_a_rate_applies_to(line: str, figure: str, ignored: bool) -> None:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next(q for q in figures if figure in line[q.start : q.end + 2] or q.text.startswith(figure))
    assert (non_claim(line, q, figures) is not None) == ignored


def test_a_share_in_words_restated_a_few_words_later() -> None:
    line = "Just under a third of Year 9 girls (31.9%) said they vape."
    figures = read_quantities(line)
    third = next(q for q in figures if "third" in q.text)
    assert non_claim(line, third, figures) is not None
    assert non_claim(line, figures[-1], figures) is None  # the percentage is the claim


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # born today defines life expectancy: the year printed before the figure dates it
        ("A girl born in the county today can expect to live 81.2 years (2022–24): 1.4 years more than in 2019.", 2024),
        # today in its own sense dates it at publication
        ("A girl in the county can expect to live 81.2 years (2022–24), and today the gap is 1.4 years.", 2026),
    ],
)
def test_born_today_is_no_date(line: str, expected: int) -> None:
    start = line.index("1.4")
    years = ArticleYears(date(2026, 11, 20))
    assert period_of(line, start, start + 3, "achieved", years).value == expected


def test_a_note_s_item_number_glued_to_a_year() -> None:
    line = "注：1.“达标”以2030年目标值判断；2.数据为初步统计数；3.2025年数据为快报数。"
    assert [q.text for q in read_quantities(line)] == ["1", "2"]  # 3. and 2025年 are no figures
    figures = read_quantities(line)
    assert [non_claim(line, q, figures) is not None for q in figures] == [True, True]  # the items' numbers
    assert [q.text for q in read_quantities("增长3.2025年")] == ["3.2025年"]  # no note: read as printed


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("The drive reached 1,204,880 children aged six months to 15 years in ten days.", "to 15 years", True),
        ("The drive reached 1,204,880 children aged 6 months to 15 years in ten days.", "to 15 years", True),
        ("Waits were cut from six months to 15 weeks.", "15 weeks", False),  # no one aged
    ],
)
def test_an_age_range_whose_first_end_is_in_words(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) is ignored
