"""Round 16's rules on the structure around a number (what a sentence, heading or list says of it):
non-claims (a question, a hotline, an age, the last day of a span of dates), periods (a due year in an
earlier clause, this financial year, a review's 现有, a year naming a target measured against, last
year's figure, a question heading's answer), statuses (expecting, a colon after a target, a number
targeted, a requirement's value, a baseline, what was found) and two reader fixes. Each has its
failing and passing cases, written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from checks.draft.guesses import Guess, status_of
from checks.draft.ignores import non_claim
from checks.draft.period_guess import period_of
from checks.draft.policy import title_period
from checks.draft.sections import question_sections
from checks.draft.years import ArticleYears
from checks.numbers import read_quantities

CASES = [
    # a number inside a question
    ("Was it really 48 per cent when the trial began?", "48", True),
    ("So the backlog is down to 300 beds? That is wrong.", "300", True),
    ("床位使用率是否超过了85%？", "85", True),
    ("The trial began with 48 patients. How many remain?", "48", False),  # the question is the next sentence
    ("Coverage reached 48 per cent, the minister said.", "48", False),
    ("It reached 48 per cent in 20?5 and rose again.", "48", False),  # a lost character, not a question
    # a number after the word hotline or helpline
    ("Parents may use the district helpline 4455 if a child was missed.", "4455", True),
    ("The hotline 9925 is open all night.", "9925", True),
    ("The helpline took 9,925 calls last year.", "9,925", False),  # the count of what it did
    # ages that define the people counted
    ("Drops were given to 2.1 million children under the age of five.", "five", True),
    ("Infants aged 6 to 23 months were given drops.", "23", True),
    ("Patients aged <1 to 90 years were seen.", "90", True),
    ("全市为12周岁男孩免费接种。", "12", True),
    ("80%的女孩在14岁之前完成接种。", "14", True),
    ("The drive ran for 23 months.", "23", False),  # a span, no age
    ("小明今年12岁。", "12", False),
    ("The aim is to bring missed children below 1 lakh.", "1 lakh", False),  # no one is that old
    # the last day of a span of dates
    ("The round ran from November 17 to 23 in all districts.", "23", True),
    ("The next round, from January 12 to 18, 2027, will reach 9 districts.", "18", True),
    ("Cases rose from 17 to 23 in November.", "23", False),  # a change, no dates
    # the count of the items just listed, the last joined by 和/与/及
    ("医院围绕人才培养和学科建设两项重点推进工作。", "两", True),
    ("常用药品有甲类、乙类和丙类三类。", "三", True),
    ("全院新增床位和设备共两批，投入资金300万元。", "300万元", False),
    ("县医院和中医院新增床位20张。", "20", False),  # a count of its own, not of the two listed
    # the window a count is over
    ("In the 12 months ending June 30, 2026, there were 310 deaths.", "12 months", True),
    ("Counts for the most recent three months are incomplete.", "three months", True),
    ("The average wait was 12 months in June.", "12 months", False),
]


@pytest.mark.parametrize(("line", "figure", "ignored"), CASES)
def test_round_16_non_claims(line: str, figure: str, ignored: bool) -> None:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next((q for q in figures if figure in q.text), None)  # a day the reader reads no quantity in is no claim either
    assert (q is None or non_claim(line, q, figures) is not None) == ignored


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a due year in an earlier clause of the sentence holds for the targets after it
        ("2026年，全市将新建公园5个，力争到2028年绿化率达到45%，人均公园面积达到15平方米。", "15平方米", 2028),
        (
            "The board will open 4 clinics in 2026, and by 2029 cut waits to 12 weeks, with 90% seen in a day.",
            "90%",
            2029,
        ),
        # not across a sentence, nor for a figure before the due year
        ("2026年，力争到2028年绿化率达到45%。全市将新建公园5个。", "5个", 2026),
        ("2026年，全市将新建公园5个，力争到2028年绿化率达到45%。", "5个", 2026),
    ],
)
def test_a_due_year_holds_for_the_targets_after_it_in_its_sentence(line: str, figure: str, expected: int) -> None:
    start = line.index(figure)
    assert period_of(line, start, start + len(figure), "target", ArticleYears(date(2026, 3, 2))).value == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2025, 9, 2), 2026),  # from July on: the financial year ending next year
        (date(2025, 3, 2), 2025),
    ],
)
def test_this_financial_year_is_counted_by_the_year_it_ends_in(published: date, expected: int) -> None:
    line = "We expect to reach at least 65 per cent by the end of this financial year."
    start = line.index("65")
    assert period_of(line, start, start + 2, "target", ArticleYears(published)).value == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("现有", 2025),  # a review of 2025 published in 2026: 现有 is at the end of the year reviewed
        ("目前", 2025),
        ("明年", 2027),  # a year counted from now is not the report's own word for its year
    ],
)
def test_now_in_a_review_of_a_year_is_that_year_s_end(cue: str, expected: int) -> None:
    period = title_period(Guess("achieved", "no cue"), Guess(2026 + (cue == "明年"), f"'{cue}'"), 2025, 2026)
    assert period.value == expected


TARGETS_MET = "2025年，纳入监测的30项指标中，已实现2030年目标的8项，尚未达到2022年目标的4项，达标率为86.7%。"


@pytest.mark.parametrize(
    ("line", "figure", "status", "period"),
    [
        # a year naming a target the figure is measured against dates the target, not the figure
        (TARGETS_MET, "8项", "achieved", 2025),
        (TARGETS_MET, "4项", "achieved", 2025),
        (TARGETS_MET, "86.7%", "achieved", 2025),
        ("死亡率与2022年目标值相差1.2个百分点。", "1.2", "achieved", 2025),
        # the target's own value keeps its year
        ("到2030年，达标率要达到90%。", "90%", "target", 2030),
        ("2030年目标为90%。", "90%", "target", 2030),
    ],
)
def test_a_year_naming_a_target_measured_against(line: str, figure: str, status: str, period: int) -> None:
    years = ArticleYears(date(2026, 3, 2))
    start = line.index(figure)
    end = start + len(figure.rstrip("项"))
    found = status_of(line, start, end, False, years, None)
    assert (found.value, period_of(line, start, end, str(found.value), years).value) == (status, period)


def test_the_answer_under_a_question_heading_is_as_things_stand() -> None:
    lines = [
        "Who can get the vaccine?",  # a heading asking a question: its answer is of now
        "Girls aged 9 to 14 need 2 doses, given 6 months apart.",
        "Progress in the city",  # a heading that asks nothing ends it
        "The city vaccinated 18,600 girls.",
        "宫颈癌有多常见？",
        "约80%的女性一生中至少感染过一次。",
        "Is it safe? Trials of 20,000 women found it so.",  # a paragraph, no heading: the answer goes on
        "Where to go",
        "Is it safe? Trials of 20,000 women found it so.",  # a question inside a paragraph heads nothing
    ]
    found = question_sections(lines, range(1, len(lines) + 1), 2026)
    assert found == {2: 2026, 6: 2026, 7: 2026}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a decimal before 日 is a span of days, in a range too; whole days stay dates
        ("平均住院日在6.5日至8.1日之间。", [(6.5, "ge"), (8.1, "le")]),
        ("3-5日开展义诊。", []),
        # 期 at a clause's end counts sessions; before the thing it is of, it names a phase
        ("全年举办培训班24期。", [(24.0, "eq")]),
        ("二期工程已完工。", []),
        # the digits in brackets restating "one" are the count; a list's marker stays skipped
        ("One (1) death was reported in the week.", [(1.0, "eq")]),
        ("The plan aims: (1) to cut waits.", []),
    ],
)
def test_reader_days_and_sessions(line: str, expected: list[tuple[float, str]]) -> None:
    figures = [f for q in read_quantities(line) for f in q.figures()]
    assert [(f.value, f.qualifier) for f in figures] == expected


def test_last_year_s_figure_is_the_year_before_the_one_the_article_is_about() -> None:
    # a report of 2025 published in 2026: 上年的 is 2024, the year before the one its line is of
    years = ArticleYears(date(2026, 3, 2), [2025])
    line = "居民健康素养水平达到31.6%，比上年的29.4%提高2.2个百分点。"
    assert [period_of(line, line.index(f), line.index(f) + 4, "achieved", years).value for f in ("31.6", "29.4")] == [
        2025,
        2024,
    ]


def test_a_year_after_through_is_the_figure_s() -> None:
    line = "So far this year 198 residents have died, compared with 256 through October 2025."
    start = line.index("256")
    assert period_of(line, start, start + 3, "achieved", ArticleYears(date(2026, 11, 20))).value == 2025


STATUSES = [
    # expecting, a projection or a forecast to reach a level is a target; a life expected is not
    ("The trust expects to cut the waiting list to 3,000 patients.", "3,000", "target"),
    ("Cases are projected to reach 1,200 a month.", "1,200", "target"),
    ("Men in the county can expect to live 76.4 years.", "76.4", "achieved"),
    ("The waiting list fell to 3,000 patients.", "3,000", "achieved"),
    # what a colon after a target opens is its values, whatever the verbs inside them
    ("到2030年实现“三个90”目标：90%的患者完成筛查，80%的患者得到治疗。", "90%", "target"),
    ("The goals: 95% of children complete the course.", "95%", "target"),
    # not a target met before the colon, nor values before the colon
    ("已提前实现目标：90%的患者完成筛查。", "90%", "achieved"),
    ("90%的患者完成筛查。", "90%", "achieved"),
    # the number a word after it says was targeted is the target
    ("They reached 61.7 lakh children, or 96.4 percent of the 64 lakh targeted.", "64 lakh", "target"),
    ("They reached 61.7 lakh children, or 96.4 percent of the 64 lakh targeted.", "61.7 lakh", "achieved"),
    ("The 12 clinics targeted for closure stayed open.", "12", "achieved"),
    # the value a target or a requirement sets, named right before or after it
    ("慢病规范管理率距县定目标（70%）仍有差距。", "70%", "target"),
    ("近视率下降0.3个百分点，未达到每年降低0.5个百分点以上的要求。", "0.5个百分点", "target"),
    ("近视率下降0.3个百分点，未达到每年降低0.5个百分点以上的要求。", "0.3个百分点", "achieved"),
    ("慢病规范管理率为70%。", "70%", "achieved"),
    # a baseline is a level measured, whatever its sentence aims at
    ("The plan aims to cut deaths by a fifth from a baseline of 410.", "410", "achieved"),
    ("规划提出，肥胖率从基线值12.5%降至10%以下。", "12.5%", "achieved"),
    ("The plan aims to cut deaths to 300.", "300", "target"),
    # what a survey found and what there is now are achieved, whatever a later clause plans
    ("The survey found coverage in 31 districts, and 3 others will repeat the round.", "31", "achieved"),
    ("There are now 52 clinics in the city, and the board plans to open 8 more.", "52", "achieved"),
    ("There are now 52 clinics in the city, and the board plans to open 8 more.", "8", "target"),
]


@pytest.mark.parametrize(("line", "figure", "expected"), STATUSES)
def test_round_16_statuses(line: str, figure: str, expected: str) -> None:
    start = line.index(figure)
    status = status_of(line, start, start + len(figure), False, ArticleYears(date(2026, 3, 2)), None)
    assert status.value == expected
