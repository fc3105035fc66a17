"""`factlint draft` on the kinds of text the eleventh set brought: a notice sending out a plan under a
government site's metadata block (发文字号, 成文日期), the plan's 主要目标 and its yearly rules, a
written answer's table with its source note, a county news story, an NGO's release and an annual
report. Each guess has a case it must get right and a near case it must not turn into the same
answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from checks.corpus import load_corpus
from checks.draft.build import Context, Drafted, draft_lines
from checks.draft.guesses import status_of
from checks.draft.ignores import non_claim
from checks.draft.openings import figure_years
from checks.draft.period_guess import period_of
from checks.draft.sections import plan_sections
from checks.draft.source import guess_source
from checks.draft.tables import column_of, table_columns
from checks.draft.years import ArticleYears, article_years
from checks.engine import run
from checks.numbers import read_quantities
from schemas.regions import load_regions
from tests.draft_measure import scratch_repository
from tests.test_draft import _at, _draft

PROJECT = Path(__file__).resolve().parents[1]


def _ignored(line: str, figure: str) -> bool:
    """Whether the one reading of ``line`` that prints ``figure`` gets an ignore entry."""
    figures = [f for q in read_quantities(line) for f in q.figures()]
    (q,) = [f for f in figures if figure in f.text]
    return non_claim(line, q, figures) is not None


# ---- a notice's head -------------------------------------------------------------------------------


def test_a_metadata_block_is_no_title_and_the_notice_is_a_plan() -> None:
    notice = [
        "南平市卫生健康委员会关于印发《南平市基层卫生人才队伍建设实施方案(2026—2028年)》的通知",
        "索引号:113507000036842719/2026-00214    发布机构:南平市卫生健康委员会",
        "发文字号:南卫人〔2026〕27号    成文日期:2026-08-26",
        "发布日期:2026-09-02    主题分类:卫生、体育\\医药管理",
        "各县(市、区)卫生健康局,委直属各单位:",
        "现将《南平市基层卫生人才队伍建设实施方案(2026—2028年)》印发给你们,请结合实际认真抓好落实。",
    ]
    guess = guess_source(notice, load_regions(PROJECT))
    assert (guess.title, guess.published) == (notice[0], date(2026, 9, 2))
    # a line that only mentions a document number is no metadata label
    assert guess_source(["发文字号南卫人", *notice[4:]], load_regions(PROJECT)).title == "发文字号南卫人"


# ---- periods ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a yearly rule of a plan holds from the year it is set
        ("继续实施定向培养项目,每年招收定向医学生不少于120名。", "120", 2026),
        ("按每人每月300至500元的标准发放山区工作津贴。", "500", 2026),
        ("The trust will fund £2 million a year for outreach.", "2", 2026),
        # a target with no recurrence is the plan's
        ("继续实施定向培养项目,招收定向医学生不少于120名。", "120", 2028),
        # a recurring target with a due year is due then
        ("到2027年,每年招收定向医学生不少于120名。", "120", 2027),
    ],
)
def test_a_recurring_target_of_a_plan_holds_from_publication(line: str, figure: str, expected: int) -> None:
    years = ArticleYears(date(2026, 9, 2), [2025], [2028])
    assert period_of(line, *_at(line, figure), "target", years, plan=True).value == expected


# ---- a written answer: its table, the table's source note, its foot ----------------------------------

ANSWER = [
    "Dental Health: Children",
    "Answered on 14 October 2026",
    "",
    "The following table shows the number of episodes in each financial year:",
    "",
    "Financial year\tFCEs\tRate per 100,000 population",
    "2023/24\t31,288\t231.4",
    "2024/25\t32,540\t240.0",
    "",
    "Source: Hospital Episode Statistics (HES), NHS England. Figures for 2024/25 are provisional.",
    "",
    "The number of episodes in 2024/25 was up from 31,288 in 2023/24, an increase of 4.0%.",
    "",
    "Grouped Questions: 61843 | 61844",
    "Parliamentary copyright 2026",
]


@pytest.mark.parametrize(
    ("above", "last"),
    [
        ("2024/25\t32,540\t240.0", 12),  # a table's source note: the answer goes on below it
        ("2024/25   32,540   240.0", 12),  # columns of spaces
        ("The number fell by 4.0% in 2024/25.", 8),  # a credit line under prose ends the article
    ],
)
def test_a_source_note_under_a_table_does_not_end_the_body(above: str, last: int) -> None:
    lines = [*ANSWER[:7], above, *ANSWER[8:]]
    assert guess_source(lines, load_regions(PROJECT)).body[1] == last


@pytest.mark.parametrize(
    ("line", "ignored"),
    [
        ("for children and young people aged 0 to 19 years with a primary procedure", ["0", "19 years"]),
        ("Around 4 in 5 of the episodes were for children aged 5 to 14.", ["5", "14"]),
        ("£11 million for supervised toothbrushing for 3 to 5 year olds", ["3", "5 year"]),
        # a range that is no age
        ("Waits fell from 5 to 14 weeks.", []),
        ("It signed 3 to 5 year contracts.", []),
    ],
)
def test_both_ends_of_an_age_range_define_a_population(line: str, ignored: list[str]) -> None:
    figures = [f for q in read_quantities(line) for f in q.figures()]
    assert [f.text for f in figures if non_claim(line, f, figures)] == ignored


@pytest.mark.parametrize(
    ("line", "figure", "own"),
    [
        ("The number in 2024/25 remains 4.4% below the 2019/20 level.", "4.4", 2025),
        ("Visits remain 4.4% below 2019 levels.", "4.4", None),
        ("Visits were 4.4% below target in 2019.", "4.4", 2019),
    ],
)
def test_a_year_whose_level_a_figure_is_measured_against_is_not_its_own(
    line: str, figure: str, own: int | None
) -> None:
    found = figure_years(line, *_at(line, figure)).own
    assert (found.value if found else None) == own


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        ("We have delivered over 690,000 of the 700,000 appointments we committed to provide.", "700,000", "target"),
        ("We have delivered over 690,000 of the 700,000 appointments we committed to provide.", "690,000", "achieved"),
        ("We are also extending water fluoridation to a further 1.6 million people.", "1.6", "target"),
        ("We extended water fluoridation to a further 1.6 million people.", "1.6", "achieved"),
    ],
)
def test_what_a_government_committed_to_or_is_extending_is_a_target(line: str, figure: str, expected: str) -> None:
    """A cue after the next figure of the clause is that figure's (690,000 of the 700,000 … committed to)."""
    following = [q.start for q in read_quantities(line) if q.start > _at(line, figure)[0]]
    years = ArticleYears(date(2026, 10, 14))
    assert status_of(line, *_at(line, figure), False, years, min(following, default=None)).value == expected


# ---- a county news story ----------------------------------------------------------------------------

STORY_YEARS = ArticleYears(date(2026, 11, 21), [2022, 2023, 2025])


@pytest.mark.parametrize(
    ("line", "figure", "status", "period"),
    [
        # who tells it stands before the year opening the sentence; 将 there moves things (把), no future
        (
            "“以前留不住病人。”主任曾立新介绍,2023年,桐溪县组建两个医共体,将全县17家乡镇卫生院全部纳入。",
            "17家",
            "achieved",
            2023,
        ),
        ("据了解,2023年,全县17家乡镇卫生院全部纳入。", "17家", "achieved", 2023),
        ("主任介绍,全县将有17家乡镇卫生院纳入。", "17家", "target", 2026),
        # a year after 比 and a few words is the year compared with: 今年 opening the sentence dates it
        ("今年1至10月,县域内就诊率达到91.6%,比改革前的2022年提高8.3个百分点。", "8.3", "achieved", 2026),
        ("2022年县域内就诊率提高8.3个百分点。", "8.3", "achieved", 2022),
        # 现在 is now; 三年共 sums the years up to now
        ("他说,“现在到镇上只要20分钟。”去年还要一个小时。", "20", "achieved", 2026),
        ("三年共招聘医学类本科毕业生186名。收入提高到去年的11.2万元。", "186", "achieved", 2026),
    ],
)
def test_a_story_s_years_after_who_tells_it_and_up_to_now(line: str, figure: str, status: str, period: int) -> None:
    start, end = _at(line, figure)
    found = status_of(line, start, end, False, STORY_YEARS)
    assert (found.value, period_of(line, start, end, str(found.value), STORY_YEARS, plan=False).value) == (
        status,
        period,
    )


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("68岁的尿毒症患者刘大爷正在做透析。", "68岁", True),  # the age of the person named after it
        ("乡村医生平均年龄56.3岁。", "56.3岁", False),
        ("三年共招聘医学类本科毕业生186名。", "三年", True),  # the years a sum runs over
        ("三年建成186个卫生室。", "三年", False),
        ("现在一个月能省下六七百块路费。", "一个月", True),  # the span the yuan are counted over
        ("透析一个月,病情稳定。", "一个月", False),
    ],
)
def test_non_claims_of_a_story(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored


# ---- an annual report ---------------------------------------------------------------------------------

REPORT = [
    "Carrington Coast Hospital and Health Service",
    "Annual Report 2024–25: Year in review",
    "Published 23 October 2025",
    "",
    "We performed 58,214 elective surgeries, more than in any previous year, and treated 41,200 patients.",
    "",
    "The full Annual Report 2024–25 is available on our website.",
    "Level 3, 41 Harbour Street, Carrington QLD 4680",
    "Phone (07) 5550 3100 | Email annualreport@cchhs.health.qld.gov.au",
    "ABN 47 621 380 215",
]


def test_an_organisation_s_footer_is_no_body() -> None:
    assert guess_source(REPORT, load_regions(PROJECT)).body == (5, 7)
    # a sentence about phones or a street is body
    lines = [*REPORT[:7], "Phone calls rose by 12% to 41,000.", "12 Harbour Street clinics opened in 2025."]
    assert guess_source(lines, load_regions(PROJECT)).body == (5, 9)


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        ("We performed 58,214 elective surgeries, more than in any previous year.", "58,214", 2025),
        ("We performed 58,214 elective surgeries, more than in the previous year.", "58,214", 2024),
        ("The median wait fell to 38 days, from 45 days in FY2024.", "45", 2024),
    ],
)
def test_any_previous_year_names_no_year_and_a_fiscal_year_after_a_figure_is_its(
    line: str, figure: str, expected: int
) -> None:
    years = ArticleYears(date(2025, 10, 23), [2024, 2025])
    assert period_of(line, *_at(line, figure), "achieved", years, plan=False).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("and under clause 7.2 of the Service Agreement the service must report", "7.2", True),
        ("as paragraph 3 of the guidance requires", "3", True),
        ("the clause covers 7.2 million people", "7.2", False),
    ],
)
def test_the_number_of_a_clause_is_no_claim(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored


# ---- a plan's rules -------------------------------------------------------------------------------------

PLAN_YEARS = ArticleYears(date(2026, 9, 2), [2025], [2028])


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # 现有 in a heading's sentence before it says nothing of the figure
        ("(二)稳定现有队伍。绩效工资总量可按不超过基准线的1.5倍核定。", "1.5", "target"),
        ("稳定现有队伍1.62万人。", "1.62", "achieved"),
        # 须 (must) sets a requirement; 无须 does not
        ("晋升副高级职称前,须到基层医疗卫生机构累计服务满1年。", "1年", "target"),
        ("截至2025年底,累计服务满1年的医师有300人。", "300", "achieved"),
    ],
)
def test_status_of_a_plan_s_rules(line: str, figure: str, expected: str) -> None:
    assert status_of(line, *_at(line, figure), True, PLAN_YEARS).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a cue inside a document's or programme's name, or a department's, is no cue of the figure
        ("根据《健康中国2030规划纲要》,全市共有卫生人员1.62万人。", "1.62", "achieved"),
        ("市卫生健康委发展规划处统计,全市共有卫生人员1.62万人。", "1.62", "achieved"),
        ("全市规划新建乡镇卫生院2家。", "2家", "target"),
    ],
)
def test_a_cue_inside_a_name_is_none(line: str, figure: str, expected: str) -> None:
    assert status_of(line, *_at(line, figure), False, ArticleYears(date(2026, 3, 1))).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("对在山区乡镇卫生院连续工作满10年的卫生专业技术人员,发放山区工作津贴。", "10年", True),
        ("须到基层医疗卫生机构累计服务满1年。", "1年", False),
    ],
)
def test_years_served_that_define_the_staff_are_no_claim(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored


# ---- credits --------------------------------------------------------------------------------------------

STORY = [
    "青河县家庭医生签约率达到85.2%",
    "2026年3月2日 来源:青河县融媒体中心",
    "",
    "记者从县卫生健康局获悉,2025年全县家庭医生签约率达到85.2%,比上年提高3.1个百分点。",
    "(来源:青河日报)",
]


def test_a_source_line_after_the_article_names_where_it_was_taken_from(tmp_path: Path) -> None:
    guess = guess_source(STORY, load_regions(PROJECT))
    assert (guess.publisher, guess.original_publication) == ("青河县融媒体中心", "青河日报")
    assert "original_publication: 青河日报" in "; ".join(guess.review)
    # no credit after the article: no original publication; a bracket is never part of a name
    assert guess_source(STORY[:4], load_regions(PROJECT)).original_publication is None
    assert guess_source([*STORY[:1], "(来源:青河日报)", *STORY[2:4]], load_regions(PROJECT)).publisher == "青河日报"
    root = scratch_repository(tmp_path / "repo")
    (root / "seeds" / "story.txt").write_text("\n".join(STORY) + "\n", encoding="utf-8")
    assert _draft(root, "seeds/story.txt")[0] == 0
    assert "original_publication: 青河日报" in (root / "data" / "story.yaml").read_text(encoding="utf-8")
    # the schema takes the field, provenance holds: only the review marks (S190, S191) remain of P and S
    findings = run(load_corpus(root)).findings
    assert [f.code for f in findings if f.code.startswith(("P", "S")) and f.code not in ("S190", "S191")] == []


# ---- English indicator names, hotlines and relations -------------------------------------------------

RIVERTON = [
    "Riverton County had 4,820 hospital beds at the end of 2023, up from 4,310 a year earlier. Public hospitals"
    " hold 3,150 and private hospitals hold the other 1,670.",
    "There were 6.1 beds per 1,000 residents, below the target of 6.5.",
    "Of 12,400 children eligible, 11,780 were vaccinated against measles, a coverage of 95.0%.",
    "Residents can call the 12320 health hotline for advice.",
]


def _drafted(lines: list[str]) -> Drafted:
    units = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    context = Context(False, article_years(lines, date(2024, 3, 12)), units, {})
    return draft_lines(lines, range(1, len(lines) + 1), context)


def test_english_indicator_names_say_what_is_counted() -> None:
    drafted = _drafted(RIVERTON)
    names = [f.indicator for f in drafted.facts]
    assert names == [
        "hospital_beds",  # not riverton_county: a place is no quantity, nor "at the end of 2023"
        "hospital_beds",  # up from 4,310: the same thing's earlier level, not year_earlier
        "public_hospitals",
        "private_hospitals",  # not …_hold_other
        "beds_per_1000_residents",  # not resident
        "beds_per_1000_residents_target",  # not below_target
        "children_eligible",
        "vaccinated_against_measles",  # measles is no plural of measle
        "coverage",
    ]
    labels = {entry["label_en"] for entry in drafted.new_indicators.values()}
    assert "Hospital beds" in labels and not any(label.endswith((" had", " hold", " of")) for label in labels)
    # the hotline is ignored, not drafted
    assert [(i["line"], i["text"]) for i in drafted.ignores] == [(4, "12320")]


def test_relations_an_english_text_states() -> None:
    ids = {f.quantity.text: f.id for f in _drafted(RIVERTON).facts}
    relations = _drafted(RIVERTON).relations
    assert {"kind": "sum", "total": ids["4,820"], "parts": [ids["3,150"], ids["1,670"]]} in relations
    assert {"kind": "change", "from": ids["4,310"], "to": ids["4,820"], "direction": "increase"} in relations
    assert {"kind": "share", "percent": ids["95.0%"], "part": ids["11,780"], "whole": ids["12,400"]} in relations


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        # parts that do not add up, a quotient off the printed percentage, a direction the values deny
        (["Wards had 4,820 beds. Public wards hold 3,150 and private wards hold the other 1,600."], "sum"),
        (["Of 12,400 children eligible, 11,780 were vaccinated, a coverage of 97.0%."], "share"),
        (["Clinics had 4,820 beds, down from 4,310 a year earlier."], "change"),
    ],
)
def test_no_relation_the_figures_deny(lines: list[str], kind: str) -> None:
    assert [r for r in _drafted(lines).relations if r["kind"] == kind] == []


@pytest.mark.parametrize(
    ("line", "share"),
    [
        ("Of 12,400 children eligible, 11,780 were vaccinated (95.0%).", True),  # the quotient, to its digit
        ("Of 12,400 children eligible, 11,780 were vaccinated (95.1%).", False),  # no share word: not within 0.05
        ("Of 12,400 children eligible, 11,780 were vaccinated, a coverage of 95.4%.", True),  # a share word: a point
    ],
)
def test_a_share_with_or_without_a_share_word(line: str, share: bool) -> None:
    assert any(r["kind"] == "share" for r in _drafted([line]).relations) == share


def test_a_share_after_the_whole_it_is_of() -> None:
    lines = ["2023年末,全县常住人口42.5万人,城镇人口31.6万人,占全县常住人口的74.4%。"]
    drafted = _drafted(lines)
    ids = {f.quantity.text: f.id for f in drafted.facts}
    share = {"kind": "share", "percent": ids["74.4%"], "part": ids["31.6万人"], "whole": ids["42.5万人"]}
    assert share in drafted.relations


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("每3至5年对基层医务人员轮训一遍。", "5年", True),  # a schedule
        ("每3至5年对基层医务人员轮训一遍。", "一遍", True),
        ("Staff are retrained every 3 years.", "3 years", True),
        ("3至5年内建成5家。", "5家", False),
        ("用3年左右时间,基层卫生人才总量稳步增长。", "3年左右", True),  # the time the plan takes
        ("工作3年左右的医师有120人。", "120", False),
        ("附件:1.南平市基层卫生人才队伍建设重点任务分工表", "1", True),  # an attachment's number
    ],
)
def test_schedules_plan_spans_and_attachments_are_no_claims(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored


# ---- an NGO's release ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a code in brackets (DTP1) is no other figure the year after it belongs to
        ("An estimated 41,000 infants did not receive a first dose of vaccine (DTP1) in 2024, a fall.", "41,000", 2024),
        ("Some 41,000 infants were missed, against 62,000 (in 2019) before.", "41,000", None),
        # from X to Y between two years: X is the first year's, Y the last's
        ("The ratio fell from 381 to 299 deaths per 100,000 live births between 2019 and 2024.", "381", 2019),
        ("The ratio fell from 381 to 299 deaths per 100,000 live births between 2019 and 2024.", "299", 2024),
    ],
)
def test_years_of_a_release_s_figures(line: str, figure: str, expected: int | None) -> None:
    found = figure_years(line, *_at(line, figure)).own
    assert (found.value if found else None) == expected


# ---- the kinds of text set 12 brings: a hospital's WeChat article, a fact sheet, a state's release ------

WECHAT = [
    "点击蓝字 关注我们",
    "我院成功开展首例达芬奇机器人手术!",
    "青河市人民医院 2025-06-18 17:30 发表于青河",
    "6月16日,我院泌尿外科成功为一名62岁患者实施手术,手术历时2小时。",
    "今年以来,我院已累计开展微创手术3260台。",
    "文字:张三",
    "审核:王五",
    "阅读原文",
    "往期推荐",
    "我院2024年完成手术1.2万台",
]
FACT_SHEET = [
    "Measles",
    "Fact sheet",
    "15 November 2024",
    "",
    "Key facts",
    "In 2023, an estimated 107 500 people died from measles.",
    "WHO is committed to reaching 95% coverage with two doses by 2030.",
    "",
    "References",
    "1. Immunization Agenda 2030. Geneva: WHO; 2020. 54 pp.",
]
RELEASE = [
    "FOR IMMEDIATE RELEASE",
    "March 4, 2026",
    "Contact: Jane Doe, 555-0142",
    "",
    "Department reports drop in overdose deaths in fiscal year 2025",
    "",
    "The overdose death rate fell to 31.2 per 100,000 residents in fiscal year 2025, down from 36.8.",
]


@pytest.mark.parametrize(
    ("lines", "title", "body"),
    [
        (WECHAT, "我院成功开展首例达芬奇机器人手术!", (4, 5)),  # credits, 阅读原文 and 往期推荐 end it
        (FACT_SHEET, "Measles", (6, 7)),  # a reference list is no body
        (RELEASE, RELEASE[4], (7, 7)),  # a contact line is no title
    ],
)
def test_heads_and_feet_of_set_12_s_kinds(lines: list[str], title: str, body: tuple[int, int]) -> None:
    guess = guess_source(lines, load_regions(PROJECT))
    assert (guess.title, guess.body) == (title, body)


def test_a_patient_treated_is_no_count_and_names_drop_scales_and_pledges() -> None:
    line = "我院成功为一名62岁患者实施手术,新增一名医生。"
    figures = [f for q in read_quantities(line) for f in q.figures()]
    assert [bool(non_claim(line, f, figures)) for f in figures] == [True, True, False]
    names = [f.indicator for f in _drafted(["WHO is committed to reaching 95% coverage by 2030."]).facts]
    assert names == ["coverage"]  # not committed, nor who_…
    names = [f.indicator for f in _drafted(["Over 4.5 lakh patients were treated last year."]).facts]
    assert names == ["patients_treated"]  # not lakh_patients


HALF_YEAR = [
    "青河区卫生健康局2025年上半年工作总结",
    "2025年7月8日",
    "一、上半年工作完成情况",
    "(一)医疗服务。上半年全区医疗机构门急诊人次68.5万人次,完成5家社区卫生服务站建设。",
    "二、下半年工作计划",
    "(一)完成5家社区卫生服务站标准化建设。",
    "三、存在的问题",
    "(一)全区有5家社区卫生服务站未达标。",
]


def test_figures_under_a_heading_that_announces_plans_are_a_plan_s() -> None:
    units = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    context = Context(False, article_years(HALF_YEAR, date(2025, 7, 8)), units, {})
    drafted = draft_lines(HALF_YEAR, range(3, 9), context)
    assert [(f.line, f.status) for f in drafted.facts if "5家" in f.quote] == [
        (4, "achieved"),
        (6, "target"),  # under 二、下半年工作计划
        (8, "achieved"),  # the next heading closes the section
    ]
    assert plan_sections(
        ["Year in review", "We treated 9 people.", "Looking ahead", "Build 2 wards."], range(1, 5)
    ) == {4}


TABLE = [
    "The following table shows the number of episodes and the rate in each financial year:",
    "",
    "Financial year\tFCEs\tRate per 100,000 population",
    "2019/20\t34,027\t254.7",
    "2020/21   13,816   103.1",
    "",
    "There were 13,816 episodes in 2020/21.",
]


def test_a_table_column_s_header_names_its_figures_and_their_rate() -> None:
    drafted = _drafted(TABLE)
    assert [(f.line, f.indicator, f.unit) for f in drafted.facts if f.line in (4, 5)] == [
        (4, "fces", "unit"),
        (4, "rate_per_100000_population", "per_100k_population"),  # not a count of 254.7
        (5, "fces", "unit"),
        (5, "rate_per_100000_population", "per_100k_population"),
    ]
    assert table_columns(TABLE, range(1, 8)).keys() == {4, 5}  # columns of tabs or of spaces; prose is no row
    assert column_of("2019/20\t34,027\t254.7", 15) == 2
