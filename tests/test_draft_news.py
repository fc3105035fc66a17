"""`factlint draft` on the kinds of text the ninth held-out set brought: news stories that say when
a figure is with yesterday, last month and 今(23)日 rather than a year, a dated story that prints an
older date for the figure it compares with, an undated story that speaks of last year, years
compared with inside 与…比较, targets a figure is measured against, headlines that report a target
met, and runs of years; and the other ways news stories, bulletins and plans say when a figure is
(the year before last, a year ago, the first months, within N years, a plan's end, tomorrow, would),
links to other stories between paragraphs and a notice dated under its signature. Each guess has a
case it must get right and a near case it must not turn into the same answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.draft.dates import published_of
from checks.draft.guesses import status_of
from checks.draft.ignores import non_claim
from checks.draft.period_guess import period_of
from checks.draft.plans import is_plan
from checks.draft.repeats import restatements
from checks.draft.source import guess_source
from checks.draft.text import clause_bounds
from checks.draft.years import ArticleYears, article_years, years_in
from checks.numbers import read_quantities
from schemas.regions import load_regions
from tests.draft_measure import draft_text
from tests.test_draft import _at
from tests.test_draft_releases import _ignored

PROJECT = Path(__file__).resolve().parents[1]

# ---- days and months counted back from the publication date ----------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "expected"),
    [
        # yesterday in a story of 2 January is the last day of the year before
        ("53% of patients on trolleys yesterday were waiting.", date(2017, 2, 2), 2017),
        ("53% of patients on trolleys yesterday were waiting.", date(2017, 1, 1), 2016),
        ("昨日全市共接诊患者1200人。", date(2024, 1, 1), 2023),
        ("全市今(23)日新增病例80例。", date(2024, 8, 23), 2024),
        # the day the figures were told is not their time: the year the article is about
        ("内政部今(23)日公布国人的平均寿命为80.23岁。", date(2024, 1, 23), 2021),
        ("Figures released yesterday show that 7,600 people were waiting.", date(2024, 2, 10), 2021),
        # yesterday's release of December's figures: December's
        ("Figures released yesterday show that 7,600 people were waiting in December.", date(2024, 2, 10), 2023),
        # last month in a January story is December of the year before
        ("The lowest figure last month was 392.", date(2017, 2, 2), 2017),
        ("The lowest figure last month was 392.", date(2017, 1, 20), 2016),
        ("上月全市新增病例392例。", date(2017, 1, 20), 2016),
    ],
)
def test_a_day_or_month_before_publication_dates_the_figure(line: str, published: date, expected: int) -> None:
    figure = next(q for q in read_quantities(line) if q.value not in (23,))
    known = ArticleYears(published, [published.year - 3])  # a year the article also names, older
    assert period_of(line, figure.start, figure.end, "achieved", known).value == expected


def test_last_year_on_the_same_day_is_the_day_compared_with() -> None:
    line = (
        "The number of patients recorded by the HSE yesterday at 8am represents a 33% increase on trolley "
        "waiters on the same day last year."
    )
    known = ArticleYears(date(2017, 2, 2), [2016])
    assert period_of(line, *_at(line, "33%"), "achieved", known).value == 2017
    plain = "The number of patients represents a 33% increase, as recorded last year."
    assert period_of(plain, *_at(plain, "33%"), "achieved", known).value == 2016


def test_a_story_reporting_months_of_its_year_is_about_that_year() -> None:
    """A February story that prints January without a year reports months of now: figures with no year
    of their own are now's, not the older year it prints for the one it compares with."""
    lines = [
        "Alarmingly, the tally represents a 30% rise on the 460 recorded on February 1, 2016.",
        "The lowest figure recorded was 392 on Friday, January 20.",
        "The HSE counted 471 patients on trolleys.",
    ]
    years = article_years(lines, date(2017, 2, 2))
    assert years.month_over
    assert period_of(lines[2], *_at(lines[2], "471"), "achieved", years).value == 2017
    assert period_of(lines[0], *_at(lines[0], "460"), "achieved", years).value == 2016  # its own date
    assert period_of(lines[0], *_at(lines[0], "30%"), "achieved", years).value == 2017  # the rise is now's
    older = article_years([lines[0], lines[2]], date(2017, 2, 2))  # no month of 2017 is over
    assert period_of(lines[2], *_at(lines[2], "471"), "achieved", older).value == 2016


def test_a_date_s_comma_ends_no_clause() -> None:
    line = "a 30% rise on the 460 recorded on February 1, 2016, said the INMO"
    start = line.index("460")
    assert line[slice(*clause_bounds(line, start))] == "a 30% rise on the 460 recorded on February 1, 2016"
    listed = "cases rose by 12, 2016 was worse"
    assert listed[slice(*clause_bounds(listed, 0))] == "cases rose by 12"


# ---- an undated story's now ------------------------------------------------------------------------

ANGLO_CELT = [
    "There was a 10 per cent reduction in people waiting on trolleys last year, according to the report.",
    "The HSE annual report for 2024 analyses the health service's performance.",
    "It outlined a 4.6 per cent improvement in the number of outpatients seen.",
    "“My plan for 2025 is to continue to bring trolley numbers down.”",
]


def test_an_undated_story_that_speaks_of_last_year_reports_its_latest_year_as_over() -> None:
    years = article_years(ANGLO_CELT, None)
    assert 2025 in years.targets and 2025 not in years.reported  # a plan for 2025 is no year reported
    assert years.now == 2025
    assert period_of(ANGLO_CELT[0], *_at(ANGLO_CELT[0], "10 per cent"), "achieved", years).value == 2024
    assert period_of(ANGLO_CELT[2], *_at(ANGLO_CELT[2], "4.6"), "achieved", years).value == 2024
    # without "last year", or naming the latest year as now (目前2014年), the latest year is now
    assert article_years(ANGLO_CELT[1:], None).now == 2024
    shenzhen = ["去年全市活产数为206805人。", "目前2014年深圳市妇幼健康服务年活动正式启动。"]
    assert article_years(shenzhen, None).now == 2014


# ---- years compared with ---------------------------------------------------------------------------


def test_a_year_inside_yu_bijiao_is_the_year_compared_with() -> None:
    line = "内政部公布2023年国人的平均寿命为80.23岁,若与联合国公布2020年全球平均寿命比较,男性高于全球平均水准7.0岁。"
    assert [y.value for y in years_in(line)] == [2023]
    known = ArticleYears(date(2024, 8, 23), [2023])
    assert period_of(line, *_at(line, "7.0岁"), "achieved", known).value == 2023
    # a year with 与 before it and no comparison after it is the figure's
    told = "与会代表介绍,2020年全球平均寿命为72.8岁。"
    assert [y.value for y in years_in(told)] == [2020]


# ---- status: targets measured against, counted, met -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        ("Although uptake rose, the 89.9 per cent figure was below the target for 2024.", "89.9", "achieved"),
        ("The 95 per cent figure is the target for 2026.", "95", "target"),
        # the figure is the target's value, which was surpassed
        ("These included surpassing the target of having 12.5 doctors per 10,000 people.", "12.5", "target"),
        ("数据显示,上海达到每万人口3.59名全科医生,超过国家2020年的规划目标。", "3.59", "achieved"),
        ("数据显示,上海要达到每万人口3.59名全科医生,落实国家的规划目标。", "3.59", "target"),
        # what the figure counts is no cue
        ("The report shows progress towards 46 targets and highlights challenges.", "46", "achieved"),
        ("The report shows progress towards 46 and sets targets.", "46", "target"),
    ],
)
def test_status_of_a_figure_beside_a_target(line: str, figure: str, expected: str) -> None:
    assert status_of(line, *_at(line, figure), False, ArticleYears(date(2025, 7, 1))).value == expected


@pytest.mark.parametrize(
    ("title", "plan"),
    [
        ("原标题:申城全科医生已逾8700名每万人口达3.59名超国家规划目标", False),
        ("申城全科医生超国家规划目标", False),
        ("上海市全科医生发展规划", True),
        ("2024年卫生健康工作计划", True),
    ],
)
def test_a_headline_that_a_target_is_met_is_no_plan(title: str, plan: bool) -> None:
    assert is_plan(title) == plan


# ---- non-claims and the body's end ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        ("通过连续13年的全科医师规范化培养,上海家庭医生制度建设取得积极成效。", "13年", True),
        ("市民满意度连续三年位居首位。", "三年", True),
        ("Satisfaction ranked first for three consecutive years.", "three", True),
        ("the hospital which was delayed for four years when it was due in 2011", "four years", False),
        ("to improve how our health system works across seven days to allow access", "seven days", True),
        ("clinics open seven days a week", "seven days", True),
        ("patients waited seven days for a bed", "seven days", False),
    ],
)
def test_runs_of_years_and_schedules(line: str, figure: str, ignored: bool) -> None:
    figures = [f for q in read_quantities(line) for f in q.figures()]
    q = next(f for f in figures if figure in f.text)
    assert bool(non_claim(line, q, figures)) == ignored


def test_related_to_opens_a_paragraph_not_a_list_of_links() -> None:
    lines = [
        "WHO Results Report 2023 shows notable health achievements",
        "9 May 2024",
        "The report shows advancement in several key areas, including healthier populations.",
        "Related to healthier populations, the target of 1 billion more people will likely be met by 2025.",
        "In terms of UHC, 30% of countries are moving ahead in coverage.",
        "Related articles",
        "Another story with 12 numbers.",
    ]
    guess = guess_source(lines, load_regions(PROJECT))
    assert guess.body == (3, 5)


def test_a_day_without_a_year_takes_no_year_that_says_when_something_began() -> None:
    began = ["中新网12月21日电 张天晔表示,上海市在2011年开始推进家庭医生制度签约试点。到去年底,签约率达44%。"]
    assert published_of(began, 1, None)[0] is None
    named = ["中新网12月21日电 张天晔表示,上海市2016年推进家庭医生制度签约试点。签约率达44%。"]
    assert published_of(named, 1, None)[0] == date(2016, 12, 21)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("前年全市共接诊患者1200人。", 2022),
        ("The figure for the year before last was 1,200 patients.", 2022),
        ("比前年全市多接诊患者1200人。", 2021),  # the year compared with: the year the article is about
        # a month printed without its year, in Chinese: the last such month before publication
        ("2月份全市接诊患者1200人。", 2024),
        ("12月份全市接诊患者1200人。", 2023),
        ("1-2月全市接诊患者1200人。", 2024),  # a span from January: this year's
    ],
)
def test_the_year_before_last_and_a_month_without_its_year(line: str, expected: int) -> None:
    figure = next(q for q in read_quantities(line) if q.value == 1200)
    known = ArticleYears(date(2024, 3, 10), [2021])
    assert period_of(line, figure.start, figure.end, "achieved", known).value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a year ago right after the figure: the year before now, whatever else its sentence names
        ("Cases rose to 600 this week, up from 1,200 a year ago.", 2023),
        ("Cases rose to 600 this week, up from 1,200 last year.", 2023),
        ("Cases rose to 1,200 this week, up from 600 a year ago.", 2024),
        # the first months of a year that prints none: now's
        ("In the first nine months, 1,200 patients were seen.", 2024),
        ("前8个月,全市接诊患者1200人。", 2024),
        ("In the first half of 2022, 1,200 patients were seen.", 2022),
    ],
)
def test_a_year_ago_and_the_first_months(line: str, expected: int) -> None:
    figure = next(q for q in read_quantities(line) if q.value == 1200)
    known = ArticleYears(date(2024, 9, 10), [2021])
    assert period_of(line, figure.start, figure.end, "achieved", known).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        ("Jiao said the government would build 12 new hospitals.", "12", "target"),
        ("Jiao said the hospitals would have been 12 had funds come.", "12", "achieved"),
        ("The ministry intends to hire 500 nurses.", "500", "target"),
        ("The ministry pledged to hire 500 nurses.", "500", "target"),
        ("全市有望新增床位500张。", "500", "target"),
        ("The hospital is to get 500 new beds.", "500", "target"),
        ("The hospital is scheduled to open 500 beds.", "500", "target"),
        ("The hospital is home to 500 beds.", "500", "achieved"),
        ("我国人均预期寿命达到79岁。", "79", "achieved"),  # 预期寿命 is life expectancy, no cue
    ],
)
def test_reported_future_is_a_target(line: str, figure: str, expected: str) -> None:
    assert status_of(line, *_at(line, figure), False, ArticleYears(date(2025, 3, 1))).value == expected


def test_a_long_notice_is_dated_by_the_date_under_its_signature() -> None:
    body = ["到2025年,全市每千人口床位数达到6.5张,比2020年增加1.2张。"] * 25
    signed = [
        "关于印发某市卫生健康事业发展规划的通知",
        "",
        "各区卫生健康局:",
        *body,
        "",
        "某市卫生健康委员会",
        "2024年3月12日",
    ]
    assert guess_source(signed, load_regions(PROJECT)).published == date(2024, 3, 12)
    # a date at the end under no signature (a related link's) dates nothing
    unsigned = [*signed[:-2], "相关链接:某市召开卫生健康工作会议", "2024年3月12日"]
    assert guess_source(unsigned, load_regions(PROJECT)).published is None


@pytest.mark.parametrize(
    ("line", "value", "expected"),
    [
        # last year after a figure compared with the figure: that one's; the figure compared is now's
        ("Hospitals saw 1,500 patients, compared with 1,200 in the same period last year.", 1500, 2024),
        ("Hospitals saw 1,500 patients, compared with 1,200 in the same period last year.", 1200, 2023),
        ("全市接诊患者1500人,去年同期为1200人。", 1500, 2024),
        ("全市接诊患者1500人,去年同期为1200人。", 1200, 2023),
        ("全市接诊患者1500人,较去年同期增加300人。", 1500, 2024),
        # last year before the figure is its own; 比上年 (the year before the one reported) says nothing
        ("Hospitals saw 1,500 patients last year, up 5% on 2022.", 1500, 2023),
        ("全市医院数1500个,比上年增加300个。", 1500, 2021),
    ],
)
def test_last_year_of_the_figure_compared_with(line: str, value: float, expected: int) -> None:
    figure = next(q for q in read_quantities(line) if q.value == value)
    known = ArticleYears(date(2024, 9, 10), [2021])
    assert period_of(line, figure.start, figure.end, "achieved", known).value == expected


def test_on_after_million_is_no_comparison() -> None:
    """'30.32 million last year': the 'on' of 'million' once made last year a year compared with."""
    line = "Referrals reached 30.32 million last year, marking a 9.7 percent increase compared to 2022."
    known = ArticleYears(date(2024, 2, 29), [2022])
    assert period_of(line, *_at(line, "30.32"), "achieved", known).value == 2023
    assert period_of(line, *_at(line, "9.7"), "achieved", known).value == 2023


def test_a_link_to_another_story_between_paragraphs_ends_nothing_and_claims_nothing() -> None:
    lines = [
        "Hospital waits hit record",
        "12 March 2024",
        "",
        "The number of people waiting rose to 7.6 million in January, figures show.",
        "READ MORE: Nurses strike over pay as 20,000 walk out",
        "Some 3.2 million waited more than 18 weeks.",
        "",
        "Read more",
        "Other story with 12 numbers",
    ]
    guess = guess_source(lines, load_regions(PROJECT))
    assert guess.body == (4, 6)  # a "Read more" heading still ends it
    assert restatements(lines, range(4, 7)) == {5: "a link to another story (READ MORE: …), not a figure of this one"}
    assert restatements([*lines[:4], "Readers may find 20,000 more cases."], range(4, 6)) == {}


@pytest.mark.parametrize(
    ("line", "published", "expected"),
    [
        ("The ministry will open 1,200 beds tomorrow.", date(2024, 12, 31), 2025),
        ("The ministry will open 1,200 beds tomorrow.", date(2024, 12, 30), 2024),
        ("The ministry will open 1,200 beds next month.", date(2024, 12, 5), 2025),
        ("下个月全市将新增床位1200张。", date(2024, 11, 5), 2024),
        ("下周全市将新增床位1200张。", date(2024, 12, 28), 2025),
    ],
)
def test_a_day_or_month_after_publication_dates_a_target(line: str, published: date, expected: int) -> None:
    figure = next(q for q in read_quantities(line) if q.value == 1200)
    known = ArticleYears(published, [published.year - 3])
    assert period_of(line, figure.start, figure.end, "target", known).value == expected


@pytest.mark.parametrize(
    ("line", "status", "period"),
    [
        ("力争三年内全市新增床位1200张。", "target", 2027),
        ("The city aims to add 1,200 beds within three years.", "target", 2027),
        ("The hospital opened 1,200 beds within three years.", "achieved", 2023),  # a duration, no target
        ("到“十五五”末,全市新增床位1200张。", "target", 2030),
        ("到十三五末,全市床位达到1200张。", "achieved", 2020),  # a plan over by now: what it reached
    ],
)
def test_targets_within_n_years_and_at_a_plan_s_end(line: str, status: str, period: int) -> None:
    figure = next(q for q in read_quantities(line) if q.value == 1200)
    known = ArticleYears(date(2024, 3, 10), [2023])
    found = status_of(line, figure.start, figure.end, False, known).value
    assert (found, period_of(line, figure.start, figure.end, str(found), known).value) == (status, period)


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        # the age of a person the story quotes (刘女士, 张先生)
        ("52岁的刘女士失眠已有8年", "52", True),
        ("刘女士失眠已有8年", "8", False),
        # the time since or after which a figure is counted
        ("科室试运行一个月来,日均门诊量已达45人次左右", "一", True),
        ("佩戴呼吸机治疗两周后,张大爷白天不再犯困", "两", True),
        ("科室试运行了一个月", "一", False),
        # items that carry their own figures are no list a number counts
        ("现有医生6名,其中主任医师1名、副主任医师2名", "2", False),
        ("县中医院、县妇幼保健院、县中心医院3个新院区", "3", True),
    ],
)
def test_non_claims_of_a_hospital_story(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored


@pytest.mark.parametrize(
    ("crumb", "title"),
    [
        ("Home / States / Odisha", 2),
        ("Odisha news today", 1),
        # a trail opening with a section's name, its items as long as English names run (Public Health Surveillance: 26)
        ("Health Department > Public Health Surveillance > State Insurance Programmes > News", 2),
    ],
)
def test_a_breadcrumb_above_the_headline_is_no_title(crumb: str, title: int) -> None:
    lines = [
        crumb,
        "Health cover scheme crosses 2.5 lakh beneficiaries; 600 more hospitals to be empanelled today",
        "By Our Staff Reporter | Bhubaneswar | Published: November 13, 2026 06:45 AM IST",
        "",
        "BHUBANESWAR: Over 2.5 lakh patients have received free treatment under the State's scheme, the Minister said.",
    ]
    guess = guess_source(lines, load_regions(PROJECT))
    assert guess.title == lines[title - 1]
    # the byline with the page's fields is furniture too, and a dateline since round 20 (a field is a
    # labelled date): the article starts at the dateline paragraph, whatever the line above the headline
    assert guess.body[0] == 5


def test_under_a_long_named_trail_the_titles_year_dates_the_figures(tmp_path: Path) -> None:
    """A trail of English names (`Maine Cancer Registry` is 21 characters) is no title: the headline under it is, and
    the year it names (Diagnoses of 2024) dates the summary's figures that print none."""
    drafted = draft_text(
        tmp_path,
        [
            "Vermont Department of Health",
            "Home | Programs | Data | Contact",
            "Health Department > Disease Surveillance Division > Vermont Cancer Registry > Reports",
            "Cancer in Vermont: Annual Data Summary, Diagnoses of 2024",
            "Vermont Cancer Registry, Division of Health Surveillance | Released March 10, 2026 | Report VCR-2026-01",
            "Stage at diagnosis. Among women aged 50 to 74, 66.1% of breast cancers were found at a local stage.",
        ],
    )
    facts = {f["value"]: f for f in drafted["facts"] if f["line"] == 6}
    assert (facts[66.1]["status"], facts[66.1]["period"]) == ("achieved", 2024)
    assert drafted["source"]["title"] == "Cancer in Vermont: Annual Data Summary, Diagnoses of 2024"


# ---- set 12: a half-year summary's shares of the year's plan, and its plan for the rest of the year --

SUMMARY = date(2026, 7, 8)
PLAN_AHEAD = [
    "一是持续扩大家庭医生签约覆盖面,确保年底前签约率达到40%,重点人群签约率达到75%以上。",
    "二是加快区人民医院新院区建设,力争2027年6月投入使用,新增床位500张。",
    "三是启动编制武侯区“十五五”卫生健康事业发展规划,新建社区卫生服务站2个,全年完成老年人健康体检6.5万人以上。",
]


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a share of the year's plan or target done is achieved; the plan's own value is a target
        ("区人民医院新院区一期工程完成主体结构封顶,完成年度投资计划的62%;", "62", "achieved"),
        ("完成民生实事项目“社区医院提能”3个,占全年目标任务的五分之三。", "五分之三", "achieved"),
        ("每万常住人口全科医生数为3.9人,距离每万人4人的目标仍有差距;", "3.9", "achieved"),
        ("每万常住人口全科医生数为3.9人,距离每万人4人的目标仍有差距;", "4", "target"),
        ("计划完成投资62%。", "62", "target"),
    ],
)
def test_status_of_a_share_of_or_a_gap_to_the_year_s_plan(line: str, figure: str, expected: str) -> None:
    assert status_of(line, *_at(line, figure), False, ArticleYears(SUMMARY)).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "status", "expected"),
    [
        # the year's target (全年目标任务) is this year's, not a whole year over
        ("完成民生实事项目“社区医院提能”3个,占全年目标任务的五分之三。", "3个", "achieved", 2026),
        ("全年共完成民生实事项目3个。", "3个", "achieved", 2025),
        # 年底前: by the end of this year, not the latest target year the plan names
        (PLAN_AHEAD[0], "40", "target", 2026),
        (PLAN_AHEAD[0], "75", "target", 2026),
        (PLAN_AHEAD[1], "500", "target", 2027),
        ("力争两年内新建社区卫生服务站2个。", "2个", "target", 2028),  # 两年内 is no 年内
        # a Five-Year Plan being drafted dates none of its sentence's targets
        (PLAN_AHEAD[2], "2个", "target", 2026),
        ("到“十五五”末,新建社区卫生服务站2个,全年完成老年人健康体检6.5万人以上。", "2个", "target", 2030),
    ],
)
def test_periods_of_a_half_year_summary(line: str, figure: str, status: str, expected: int) -> None:
    years = article_years([*PLAN_AHEAD, line], SUMMARY)
    assert period_of(line, *_at(line, figure), status, years, plan=True).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        # the indicators just given, counted back; thanks to the speakers
        ("每千人口床位数达到7.48张,每千人口执业(助理)医师数达到3.52人,两项指标均高于全国平均水平。", "两", True),
        ("全省新建两项重点专科,均已投入使用。", "两", False),
        ("主持人:谢谢两位发布人,也谢谢各位记者朋友。", "两", True),
        ("两位发布人介绍了全省情况。", "两", False),
    ],
)
def test_non_claims_of_a_press_conference(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored


NEWSPAPER = date(2026, 11, 13)


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a fiscal year under way at publication is no future year
        ("The State has earmarked ₹2,150 crore for MASY in the 2026-27 Budget.", "2,150", "achieved"),
        ("The State will earmark ₹2,150 crore for MASY in the 2026-27 Budget.", "2,150", "target"),
        ("The State has earmarked ₹2,150 crore for MASY in the 2027-28 Budget.", "2,150", "target"),
        # what a minister asks or directs others to do is a target
        ("We have also asked the insurance agency to clear 90 per cent of claims within seven days.", "90", "target"),
        ("The insurance agency cleared 90 per cent of claims within seven days.", "90", "achieved"),
    ],
)
def test_status_of_a_newspaper_report(line: str, figure: str, expected: str) -> None:
    assert status_of(line, *_at(line, figure), False, ArticleYears(NEWSPAPER)).value == expected


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        # the time a treatment (or a story) took to its outcome
        ("“治疗了3周,现在每晚能睡6个小时了。”刘女士说。", "3", True),
        ("“治疗了3周,现在每晚能睡6个小时了。”刘女士说。", "6", False),
        ("Three weeks later, she slept six hours a night.", "Three", True),
        ("After two weeks of treatment, his blood pressure was stable.", "two", True),
        ("The waiting list grew for three weeks.", "three", False),
    ],
)
def test_the_time_to_an_outcome_is_no_claim(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        # the bound a condition is defined by
        ("血压≥140/90mmHg即为高血压,全市高血压患者12万人。", "140", True),
        ("体重指数(BMI)≥28为肥胖,成人肥胖率为16.4%。", "28", True),
        ("门诊量达到1200人次以上为历史最高,同比增长5%。", "1200", False),
        # the length of a ranking
        ("恶性肿瘤位居死因前10位。", "10", True),
        ("前3个月共接诊1200人次。", "3", False),
    ],
)
def test_definitions_and_rankings_in_chinese(line: str, figure: str, ignored: bool) -> None:
    assert _ignored(line, figure) == ignored
