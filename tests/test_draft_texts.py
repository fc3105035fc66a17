"""`factlint draft` on the kinds of text the fifth and sixth held-out sets brought: traditional
characters, monthly counts, changes whose years an earlier sentence names, undated texts that speak
of a fiscal year to come, d/m/y datelines, past targets, age ranges. Each guess has a case it must
get right and a near case it must not turn into the same answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.draft import build, openings, years
from checks.draft.build import Context, draft_lines
from checks.draft.dates import full_date, published_of
from checks.draft.guesses import status_of
from checks.draft.ignores import non_claim
from checks.draft.period_guess import period_of
from checks.draft.repeats import restatements
from checks.draft.simplified import simplified
from checks.draft.source import guess_source
from checks.draft.text import sentences
from checks.draft.years import ArticleYears, article_years, years_in
from checks.numbers import read_quantities
from schemas.regions import load_regions
from tests.rule_harness import make_corpus
from tests.test_draft import _at, _draft

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))


def _drafted(lines: list[str], published: date | None) -> list[tuple[int, float, str, int]]:
    context = Context(False, article_years(lines, published), UNITS, {})
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.status, f.period) for f in drafted.facts]


# ---- traditional characters and monthly counts -----------------------------------------------------


def test_traditional_characters_are_read_as_simplified_one_for_one() -> None:
    assert simplified("與2020年3月底比較,發布時間") == "与2020年3月底比较,发布时间"
    assert len(simplified("衛生機構數達102.6萬個")) == len("衛生機構數達102.6萬個")
    assert simplified("显著 2024") == "显著 2024"  # a character outside the table stays as printed


def test_a_monthly_count_in_traditional_characters_is_that_month_s_year() -> None:
    lines = ["截至2021年3月底,全國醫療衛生機構數達102.6萬個。與2020年3月底比較,全國醫療衛生機構增加17273個。"]
    # 截至 dates the count (achieved); 與…比較 opening a sentence is the base compared with, not its year.
    assert _drafted(lines, date(2021, 5, 26)) == [(1, 1026000, "achieved", 2021), (1, 17273, "achieved", 2021)]
    # 至 without 截 still names a due year.
    assert [y.target for y in years_in("至2025年底,床位达到5000张")] == [True]
    assert [y.target for y in years_in("截至2021年3月底,床位5000张")] == [False]


# ---- periods --------------------------------------------------------------------------------------

YEARS_2025 = ArticleYears(date(2025, 9, 28))


@pytest.mark.parametrize(
    ("line", "figure", "status", "known", "expected"),
    [
        # a change whose sentence names no year: the years of the sentence before it
        (
            "床位数从2020年的6.46张增加到2023年的7.23张;医师由2.90人提高到3.40人。",
            "2.90人",
            "achieved",
            YEARS_2025,
            2020,
        ),
        (
            "床位数从2020年的6.46张增加到2023年的7.23张;医师由2.90人提高到3.40人。",
            "3.40人",
            "achieved",
            YEARS_2025,
            2023,
        ),
        # ... and only when that sentence names a span: one year gives no start
        ("2023年床位7.23张;医师由2.90人提高到3.40人。", "2.90人", "achieved", YEARS_2025, 2023),
        # a target the text says was met: the year it was met, not a target year to come
        (
            "In 2023, the sector achieved its tasks. These included surpassing the target of having 12.5 doctors.",
            "12.5",
            "target",
            ArticleYears(date(2024, 3, 14), [2023], [2025, 2030]),
            2023,
        ),
        (
            "In 2023, the sector achieved its tasks. The plan sets a target of having 15 doctors.",
            "15",
            "target",
            ArticleYears(date(2024, 3, 14), [2023], [2025, 2030]),
            2025,
        ),
        # every target year the article names is past (targets for 2022, met): the latest of them
        (
            "the targets included having 11.5 doctors",
            "11.5",
            "target",
            ArticleYears(date(2023, 2, 24), [2023], [2022]),
            2022,
        ),
        (
            "the targets included having 11.5 doctors",
            "11.5",
            "target",
            ArticleYears(date(2023, 2, 24), [2023], [2024]),
            2024,
        ),
        # the year before the one named before it
        (
            "256 babies died in 2012, compared to 290 the year before.",
            "290",
            "achieved",
            ArticleYears(date(2013, 2, 19)),
            2011,
        ),
        (
            "256 babies died in 2012, compared to 290 the year before.",
            "256",
            "achieved",
            ArticleYears(date(2013, 2, 19)),
            2012,
        ),
        # a target due in the next N years
        ("an additional 85,000 seats set to be added in the next five years", "85,000", "target", YEARS_2025, 2030),
        ("an additional 85,000 seats set to be added", "85,000", "target", YEARS_2025, 2025),
        # an earlier sentence's year that names another thing's (the 2015 evaluation) is not the figure's
        (
            "接受2015年度公立医院综合改革效果评价。全市降低药品采购成本1.1亿元左右。",
            "1.1亿元",
            "achieved",
            ArticleYears(date(2017, 2, 22), [2016, 2015]),
            2016,
        ),
        (
            "统计显示,至2013年底,机构达到10个。医院86个。",
            "86个",
            "achieved",
            ArticleYears(date(2014, 2, 1), [2013, 2014]),
            2013,
        ),
    ],
)
def test_period(line: str, figure: str, status: str, known: ArticleYears, expected: int) -> None:
    assert period_of(line, *_at(line, figure), status, known).value == expected


def test_without_a_date_a_fiscal_year_to_come_counts_as_its_first_year() -> None:
    spoken_of = "In 2013-14, the budget was Rs 37,000 crore. In 2025-26, the budget will be Rs 1.37 lakh crore."
    assert article_years([spoken_of], None).now == 2025
    assert article_years([spoken_of.replace("will be", "was")], None).now == 2026
    assert article_years([spoken_of], date(2025, 2, 1)).now == 2025  # a date decides


def test_a_sentence_ends_where_a_page_lost_the_space_after_its_full_stop() -> None:
    line = "In 2025-26, the budget will be Rs 1.37 lakh crore, he said.Shah said there were seven AIIMS."
    assert len(sentences(line)) == 2
    assert len(sentences("The U.S. rate was 3.5 per cent.")) == 2  # "U.S. rate": a break, as before; 3.5 none
    assert len(sentences("It rose to 3.5 per cent in 2024")) == 1


# ---- status ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        ("women are expected to live till 83, and men until 79.4 years.", "83", "achieved"),
        ("cases are expected to reach 500 this winter.", "500", "target"),
        # a number that is no claim (the next five years) takes no cue away from the figure before it
        (
            "The number of seats has risen, with an additional 85,000 seats set to be added in the next five years.",
            "85,000",
            "target",
        ),
        # the targets a sentence lists are targets, each of them
        ("the targets included having 11.5 doctors, and having more than 92% of people insured.", "92%", "target"),
        ("the report included having 11.5 doctors, and having more than 92% of people insured.", "92%", "achieved"),
    ],
)
def test_status(line: str, figure: str, expected: str) -> None:
    figures = [f for q in read_quantities(line) for f in q.figures()]
    start, end = _at(line, figure)
    claims = [f.start for f in figures if f.start >= end and not non_claim(line, f, figures)]
    assert (
        status_of(line, start, end, False, ArticleYears(date(2025, 3, 1)), min(claims, default=None)).value == expected
    )


def test_a_plan_s_paragraph_opening_on_a_past_year_reports_it() -> None:
    line = "In 2023, the sector achieved its tasks. These included raising the insured to 93.2 percent."
    known = ArticleYears(date(2024, 3, 14))
    assert status_of(line, *_at(line, "93.2"), True, known).value == "achieved"
    later = "In 2025, the sector achieves its tasks. These include raising the insured to 95 percent."
    assert status_of(later, *_at(later, "95"), True, known).value == "target"


# ---- source: dates, titles, body -----------------------------------------------------------------


def test_day_first_and_month_first_slashed_dates() -> None:
    assert full_date("14/03/2024 09:01    66") == date(2024, 3, 14)
    assert full_date("03/14/2024") == date(2024, 3, 14)  # no 14th month: month first
    assert full_date("04/03/2024") == date(2024, 3, 4)  # both fit: day first
    assert full_date("2024/3/14") == date(2024, 3, 14)


def test_a_dateline_below_beats_a_day_without_a_year() -> None:
    lines = [
        "【国家统计局】9月28日,国家统计局发布报告。2023年末,全国共有床位32.5万张。",
        "",
        "发布时间:2025年9月28日 09:59 来源:浪媒",
    ]
    assert published_of(lines, 1, None)[0] == date(2025, 9, 28)
    assert published_of(lines[:1], 1, None)[0] == date(2024, 9, 28)  # no dateline: the year after 2023


REGIONS = load_regions(PROJECT)


SOURCE_CASES = [
    # a traditional head: a title ending in '!' over a dateline with a view count and an author
    pytest.param(
        [
            "亚洲无码黄片,福利片在线",
            "",
            "衛(wèi)健委最新統(tǒng)計:全國醫(yī)療衛(wèi)生機構(gòu)已超102萬!",
            "加入日期:2021/5/26 9:19:47  查看人數(shù): 2967   作者:admin",
            "",
            "截至2021年3月底,全國醫療衛生機構數達102.6萬個,比上年增加17273個。",
        ],
        3,  # the title as printed, traditional characters kept
        date(2021, 5, 26),
        (6, 6),
        None,
        id="traditional-head",
    ),
    # a page of headline figures, one a line, without prose: a body after its head all the same
    pytest.param(
        [
            "2022年個人衛生支出占衛生總費用27.0%",
            "",
            "發布時間:2023-10-12 15:15:00來源: 新華社",
            "",
            "  2022年末全國衛生人員總數1441.1萬人",
            "",
            "  醫療衛生機構床位975.0萬張",
            "",
            "  編輯:劉媛媛",
        ],
        1,
        date(2023, 10, 12),
        (5, 7),
        None,
        id="headline-figures",
    ),
    # a notice signed by a commission (…委) is titled by its first line, not by the signature
    pytest.param(
        [
            "绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结的通知",
            "各区、县(市)卫生计生局:",
            "绍兴市卫生计生委",
            "2017年2月22日",
            "2016年全市卫生计生工作全面贯彻落实各项部署,整体工作有序推进,为建设健康绍兴打下了良好的基础。",
        ],
        1,
        date(2017, 2, 22),
        (5, 5),
        ("330600", "绍兴市"),
        id="signed-notice",
    ),
]


@pytest.mark.parametrize(("lines", "title", "published", "body", "region"), SOURCE_CASES)
def test_source(
    lines: list[str], title: int, published: date, body: tuple[int, int], region: tuple[str, str] | None
) -> None:
    guess = guess_source(lines, REGIONS)
    assert (guess.title, guess.published, guess.body) == (lines[title - 1].strip(), published, body)
    if region:
        assert guess.region == region


# ---- numbers that are no claims ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("only 20% of high-risk 19- to 64-year-olds were vaccinated", "19", True),
        ("only 20% of high-risk 19- to 64-year-olds were vaccinated", "64", True),
        ("only 20% of high-risk 19- to 64-year-olds were vaccinated", "20%", False),
        ("a plan for 19 to 64 clinics", "64", False),
        ("數量均高于2021年", "2021", True),
        ("服务年限达到15年", "15年", False),
        ("启动了新一轮等级医院评审", "一轮", True),
        ("开展督查三轮", "三轮", False),
        ("Ten years earlier, the rate was 5.6 deaths per 1000 live births.", "Ten", True),
        ("The wait fell by ten years.", "ten", False),
        ("all 3 targets for 2022 assigned to it", "2022", True),
        ("3 targets for 2022 were assigned to it", "3", False),  # all 3 targets: tests/test_draft_calendars.py
    ],
)
def test_non_claims(line: str, figure: str, ignored: bool) -> None:
    figures = [f for q in read_quantities(line) for f in q.figures()]
    q = next(f for f in figures if figure in f.text)
    assert bool(non_claim(line, q, figures)) == ignored


def test_an_original_title_in_the_body_restates_the_paragraphs() -> None:
    lines = ["  原標題:全國醫療衛生機構總數超100萬個", "2019年末,全國醫療衛生機構總數達1007545個,床位880.7萬張。"]
    assert restatements(lines, [1, 2]) == {1: "the article's original title (a headline), not a figure of its own"}
    lines[0] = "  全國醫療衛生機構總數超100萬個"  # a headline whose figure no paragraph prints: a claim
    assert restatements(lines, [1, 2]) == {}


# ---- looked up once ---------------------------------------------------------------------------------


def test_a_figure_s_own_and_opening_years_are_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = years.own

    def counting(line: str, start: int, end: int) -> years.Year | None:
        calls.append(start)
        return real(line, start, end)

    monkeypatch.setattr(openings, "own", counting)  # figure_years (checks.draft.openings) looks it up
    drafted = _drafted(["2023年末,全市医院38个,床位5000张,比上年增加200张。"], date(2024, 3, 1))
    assert len(drafted) == 3 and len(calls) == 3


def test_uncited_reads_each_seed_line_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_corpus(
        tmp_path,
        {"edits": [{"file": "seeds/example.txt", "old": "of them are new.", "new": "of them are new, 12 are rural."}]},
    )
    dataset = root / "data" / "example.yaml"
    dataset.write_text(dataset.read_text(encoding="utf-8").replace("sha256: eff9b", "sha256: 0ff9b"), encoding="utf-8")
    read: list[str] = []
    real = build.read_quantities

    def counting(text: str, told: dict[int, bool] | None = None) -> Any:
        read.append(text)
        return real(text, told)

    monkeypatch.setattr(build, "read_quantities", counting)
    code, out = _draft(root, "data/example.yaml", "--uncited")
    assert code == 0, out
    assert len(read) == 1 and "12 are rural" in read[0]
