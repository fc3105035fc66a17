"""`factlint draft` on the kinds of text the eighth held-out set brought: Taiwan's pages counting
years in the Minguo calendar, a level printed right after its year, sentences that start with their
year, news datelines, spans after a figure, projections due after a title's year, ages after
"aged" and 未满. Each guess has a case it must get right and a near case it must not turn into the
same answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.draft.build import Context, draft_lines
from checks.draft.guesses import status_of
from checks.draft.ignores import non_claim
from checks.draft.minguo import counts_minguo, gregorian, page_years
from checks.draft.period_guess import period_of
from checks.draft.simplified import simplified
from checks.draft.source import guess_source
from checks.draft.years import ArticleYears, article_years
from checks.numbers import read_quantities
from schemas.regions import load_regions
from tests.test_draft import _at

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
KNOWN_2024 = ArticleYears(date(2024, 9, 27))
KNOWN_2025 = ArticleYears(date(2025, 11, 15))

# ---- the Minguo calendar ----------------------------------------------------------------------------

TAIWAN = [
    "日期:113/09/27",
    "資料來源:衛生福利部",
    "",
    "111年醫療保健支出1,695億元,較101年增加68.1%,占國內生產毛額7.5%。"
    "112年新生兒(出生後28日以內)死亡率為每千活產2.8人,與102年2.4人相較,每千活產增加0.4人。",
]


def test_a_minguo_year_is_written_out_and_positions_map_back() -> None:
    written = gregorian("111年支出,較101年增加 日期:113/09/27")
    assert written.text == "2022年支出,較2012年增加 日期:2024/09/27"
    assert (
        written.at(0) == 0 and written.at(3) == 4 and written.at(8) == 9 and written.at(11) == 13
    )  # one more per year before
    assert written.year_in(0, 4) == 2022
    # 100 years or more of something, and a year of the common era, stay as printed.
    assert gregorian("近100年來,建院120年以來,2023年").text == "近100年來,建院120年以來,2023年"


def test_only_a_page_in_traditional_characters_counts_in_the_minguo_calendar() -> None:
    assert counts_minguo(TAIWAN)
    assert not counts_minguo(["建党100年来,全省医疗卫生机构增加到105个。"])  # simplified: 100 years
    assert not counts_minguo(["2023年國人平均壽命80.23歲,較上年增加0.39歲。"])  # no Minguo year printed


def test_a_minguo_page_is_dated_and_its_years_are_periods_not_counts() -> None:
    guess = guess_source(TAIWAN, load_regions(PROJECT))
    assert guess.published == date(2024, 9, 27)
    first, last = guess.body
    body = TAIWAN[first - 1 : last]
    context = Context(False, page_years(body, guess.published, True), UNITS, {}, minguo=True)
    drafted = draft_lines(TAIWAN, range(first, last + 1), context)
    # 2.4 is printed right after its year (與102年2.4人相較: the level of 2013); 0.4 is in a sentence
    # that starts with its year.
    assert [(f.value, f.period) for f in drafted.facts] == [
        (169500000000, 2022),
        (68.1, 2022),
        (7.5, 2022),
        (2.8, 2023),
        (2.4, 2013),
        (0.4, 2023),
    ]
    assert {i["text"] for i in drafted.ignores} >= {"111年", "101年", "112年", "102年"}
    assert all("Minguo" in i["reason"] for i in drafted.ignores if "年" in i["text"])
    # C124 reads the text as printed: 2022 and 2013 are printed nowhere (and are no achieved default
    # of a 2024 page), so the note names them.
    assert all(str(f.period) in (f.note or "") for f in drafted.facts if f.period < 2023)


def test_without_the_calendar_the_same_page_has_no_years() -> None:
    context = Context(False, ArticleYears(None), UNITS, {})
    drafted = draft_lines(TAIWAN, [4], context)
    assert {f.value for f in drafted.facts} >= {111, 101}  # read as counts: what the calendar prevents


# ---- periods ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "status", "known", "expected"),
    [
        # a level printed after its year and 之 (的) is that year's, even after 与 … 相较
        ("2023年死亡率为每千活产2.8人,与2013年之2.4人相较,增加0.4人。", "2.4人", "achieved", KNOWN_2024, 2013),
        # … but a change printed after its year's comparison is not the compared year's
        ("2023年死亡率为2.8人,比2013年增加5%。", "5%", "achieved", KNOWN_2024, 2023),
        # the level a change starts from, a few words after 从 and its year
        ("婴儿死亡率从2013年每千活产3.9人上升至4.3人", "3.9人", "achieved", KNOWN_2024, 2013),
        ("男性平均寿命从2012年之76.4岁增加到76.6岁", "76.4岁", "achieved", KNOWN_2024, 2012),
        # a sentence that starts with its year, however long its first clause
        (
            "2022年支出1,695亿元。2023年新生儿(出生后28日以内)死亡率为每千活产2.8人,增加0.4人。",
            "0.4人",
            "achieved",
            KNOWN_2024,
            2023,
        ),
        # a news dateline dates the story, not the figure
        (
            "PARIS, 15th November, 2025 (WAM) -- Member states spent 9.3% of their GDP on health in 2024, less than before.",
            "9.3%",
            "achieved",
            KNOWN_2025,
            2024,
        ),
        ("In November 2024, member states spent 9.3% of their GDP on health.", "9.3%", "achieved", KNOWN_2025, 2024),
        # a share over a span after it: the span's end
        (
            "Obesity rates continued to rise in over four-fifths of countries between 2013 and 2023, with 54% of adults obese.",
            "four-fifths",
            "achieved",
            KNOWN_2025,
            2023,
        ),
        # a target due after a title's year: the due year
        (
            "OECD Health at a Glance 2025 says that public spending is set to grow by 1.5% of GDP by 2045.",
            "1.5%",
            "target",
            KNOWN_2025,
            2045,
        ),
        (
            "OECD Health at a Glance 2025 says that public spending grew by 1.5% of GDP.",
            "1.5%",
            "achieved",
            KNOWN_2025,
            2025,
        ),
    ],
)
def test_period(line: str, figure: str, status: str, known: ArticleYears, expected: int) -> None:
    assert period_of(line, *_at(line, figure), status, known).value == expected


# ---- status -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Close to 500 beds have been added, with the ministry on track to add about 800 more by the end of this year.",
            "target",
        ),
        ("Close to 500 beds have been added, with the ministry adding about 800 more this year.", "achieved"),
    ],
)
def test_status(line: str, expected: str) -> None:
    assert status_of(line, *_at(line, "about 800"), False, ArticleYears(date(2023, 10, 2))).value == expected


# ---- the body ends before a copyright notice ------------------------------------------------------------


def test_a_copyright_notice_is_not_the_article() -> None:
    lines = [*TAIWAN, "", "「國情簡介」內容之著作權均屬行政院所有。通訊地址:100009 台北市中"]
    assert guess_source(lines, load_regions(PROJECT)).body == (4, 4)


# ---- the seventh set's stories: months without a year, standards, waits ------------------------------

FEBRUARY_2022 = ArticleYears(date(2022, 2, 1))


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        ("77.7% of patients were seen within the four-hour target time in the week ending January 23.", "77.7%", 2022),
        ("there were 110,934 patients who visited A&E during December, the lowest number.", "110,934", 2021),
        ("there were 110,934 patients who visited A&E, the lowest number.", "110,934", 2021),
    ],
)
def test_a_month_without_a_year_is_the_last_before_publication(line: str, figure: str, expected: int) -> None:
    assert period_of(line, *_at(line, figure), "achieved", FEBRUARY_2022).value == expected


def test_a_month_of_the_publication_year_over_makes_the_other_figures_this_year_s() -> None:
    lines = ["77.7% were seen in the week ending January 23.", "A total of 4,773 patients waited."]
    known = article_years(lines, date(2022, 2, 1))
    assert known.month_over
    assert period_of(lines[1], *_at(lines[1], "4,773"), "achieved", known).value == 2022
    assert not article_years(["110,934 patients visited A&E during December."], date(2022, 2, 1)).month_over


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Of those 75.7% were seen within the target time.", "achieved"),
        ("The target is for 75.7% of patients to be seen.", "target"),
        (
            "The Scottish Government’s target is for 75.7% of patients to be seen within four hours, although this"
            " has not been met since July 2020.",
            "target",
        ),
        (
            "The Scottish Government’s standard is for 75.7% of patients to be seen within four hours, and this has"
            " been met since July 2020.",
            "achieved",
        ),
    ],
)
def test_a_standard_s_target_time_and_an_unmet_target(line: str, expected: str) -> None:
    assert status_of(line, *_at(line, "75.7%"), False, FEBRUARY_2022).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("there were over three million premature deaths among people aged under 75", "75", True),
        ("there were over three million premature deaths among people aged under 75", "three million", False),
        ("Life expectancy averaged 81.1 years across OECD countries", "81.1", False),
        ("嬰兒(未滿1歲)死亡率上升至4.3人", "1歲", True),
        ("满意度达95%", "95%", False),
        ("A total of 4,773 patients waited longer than four hours to be seen.", "four", True),
        ("A total of 4,773 patients waited longer than four hours to be seen.", "4,773", False),
        ("This is compared to 982 people dealt with in under 12 hours.", "12", True),
        ("Patients waited 13 weeks on average.", "13", False),
        ("The health sector achieved or surpassed all 3 targets for 2022 assigned to it.", "3", True),
        ("the health sector achieved all the three major socio-economic assignments.", "three", True),
        ("The health sector opened all 3 hospitals.", "3", False),
        ("Heart disease, and cancer are the two leading causes of death.", "two", True),
        ("Heart disease and cancer killed the two patients.", "two", False),
        ("總開支佔本地生產總值約9%,與其他14個經濟發展水平相若地區比較屬於低", "14個", True),
        ("與其他醫院相比,新增14個床位", "14個", False),
        ("深入贯彻党的十九大和十九届历次全会和二十大精神", "二十", True),
        ("完成十九个和二十个项目", "二十个", False),
    ],
)
def test_ages_counts_waits_and_congresses_that_are_no_claims(line: str, figure: str, ignored: bool) -> None:
    figures = [f for q in read_quantities(line) for f in q.figures()]
    q = next(f for f in figures if figure in f.text)
    assert bool(non_claim(simplified(line), q, figures)) == ignored  # the drafter reads 與 as 与
