"""Round 13's non-claims, each a rule on the structure around a number rather than one more cue word:
a thing named by its number inside a sentence, a bracket a precision term opens, a bounded duration
that says what the people counted did, an age after a preposition, a span of decades, a criterion
introduced by a colon, and a count followed by a colon and exactly that many items. Each has its
failing and passing cases (a figure of the same shape that is a claim)."""

from __future__ import annotations

from datetime import date

import pytest

from checks.draft.guesses import status_of
from checks.draft.ignores import non_claim
from checks.draft.period_guess import period_of
from checks.draft.years import ArticleYears
from checks.numbers import read_quantities

WALKED = "People who walked for at least 30 minutes a day were 28% less likely to develop dementia over the next two decades."
INTERVAL = "Of these, 6.4% developed dementia, against 10.2% of the others (95% confidence interval for the difference 2.9 to 4.7 percentage points)."
CASES = [
    # a thing named by its number inside a sentence
    (
        "The study, published in the Journal of Ageing Research (Vol. 41, Issue 7, pages 1022 to 1034), was funded.",
        "7",
        True,
    ),
    ("Liffey Institute for Health Economics, 14 Ormond Quay Upper, Dublin 7, D07 X2Y4", "7", True),
    ("The motion was carried by Ward 12 councillors and Vote 4 passed.", "12", True),
    ("About 300 patients were seen in the new unit.", "300", False),  # a sentence opener bounds, names nothing
    ("Makueni put 38 per cent of its budget into health.", "38", False),
    ("Figures for March show that Over 120 clinics closed.", "120", False),  # a bound word is no name
    ("The board, chaired by Smith, approved 25 new posts.", "25", False),  # a verb before the count
    # a bracket that a precision term opens
    (INTERVAL, "2.9", True),
    (INTERVAL, "4.7", True),
    (INTERVAL, "10.2", False),
    ("治疗组缓解率为62.5%（95%置信区间：55.1%～69.4%），对照组为48.0%。", "55.1", True),
    ("治疗组缓解率为62.5%（95%置信区间：55.1%～69.4%），对照组为48.0%。", "48.0", False),
    ("The unit treated 1,204 patients (of whom 312 were children).", "312", False),
    # a bounded duration that says what the people counted did
    (WALKED, "30", True),
    ("Of the participants, 4,215 reported walking at least 30 minutes on most days.", "30", True),
    ("成年人中每天至少运动30分钟的比例为18.2%。", "30", True),
    ("Patients waited an average of more than 5 hours in the department.", "5", False),
    ("The new clinic will open in at least 3 months.", "3", False),
    # an age after a preposition
    ("The benefit appeared even among the 1,960 participants who started walking only after age 55.", "55", True),
    ("The benefit appeared even among the 1,960 participants who started walking only after age 55.", "1,960", False),
    # a span of decades
    (WALKED, "two", True),
    ("Mortality fell by two thirds over the next decade.", "two", False),
    # a criterion introduced by a colon
    ("高血压的诊断标准是：非同日3次测量诊室血压，收缩压≥140mmHg。", "3", True),
    ("高血压的诊断标准是：非同日3次测量诊室血压，收缩压≥140mmHg。", "140", True),
    ("全市高血压患者规范管理率为68.9%，高于标准。", "68.9", False),
    # a count followed by a colon and exactly that many items
    ("防控高血压，记住三个要点：减盐、多运动、定期测血压。", "三", True),
    ("The committee chose three priorities: access to care, mental health and obesity.", "three", True),
    ("全县新建3个卫生院：东城、西城。", "3", False),  # two items named, three built: a claim
    ("The trust opened 4 wards: two in March and two in June.", "4", False),
    # a duration in a heading: the span of its section
    ("Activity over five years", "five", True),
    ("Patients waited more than five years for a decision.", "five", True),  # a wait: the older rule
    ("The unit has run for five years.", "five", False),  # a sentence: a claim
    ("现在到镇上只要20分钟,一个月能省下六七百块路费", "20", False),  # a comma: a sentence, no heading
]


@pytest.mark.parametrize(("line", "figure", "ignored"), CASES)
def test_structural_non_claims(line: str, figure: str, ignored: bool) -> None:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next(q for q in figures if figure in q.text)
    assert (non_claim(line, q, figures) is not None) == ignored


def test_a_person_s_nightly_hours_without_a_bound_are_a_claim() -> None:
    line = "52岁的刘女士失眠已有8年,每晚只能睡3到4个小时。"
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    assert [q.value for q in figures if q.unit == "hour" and non_claim(line, q, figures) is None] == [3, 4]


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # the level a change starts from holds now or held before, whatever the sentence plans
        ("Our budget for next year will be £412 million, up from £398 million this year.", "398", "achieved"),
        ("The trust will cut the waiting list from 4,310 patients to 3,000 by 2027.", "4,310", "achieved"),
        ("Coverage is expected to rise from 62% to 70% by 2028.", "62%", "achieved"),
        ("Coverage is expected to rise from 62% to 70% by 2028.", "70%", "target"),
        ("The trust will hire 40 nurses from overseas by 2027.", "40", "target"),  # "from" names no level
    ],
)
def test_the_level_a_change_starts_from_is_achieved(line: str, figure: str, expected: str) -> None:
    figures = [f for q in read_quantities(line) for f in q.figures()]
    start = line.index(figure)
    end = start + len(figure)
    claims = [f.start for f in figures if f.start >= end and not non_claim(line, f, figures)]
    status = status_of(line, start, end, False, ArticleYears(date(2026, 7, 14)), min(claims, default=None))
    assert status.value == expected


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # no year printed: a year before the one the figure would take without "the previous year"
        ("He said the ratio fell to 118 per 100,000 live births, from 151 the previous year.", "151", 2024),
        ("He said the ratio fell to 118 per 100,000 live births, from 151 the previous year.", "118", 2025),
        # a year printed before it: a year before that one (the older rule)
        ("The ratio fell to 118 in 2023, from 151 the previous year.", "151", 2022),
        ("He said the ratio fell to 118 per 100,000 live births, from 151.", "151", 2025),
        # a year right after another figure is that figure's only, carried to no later figure
        (
            "Coverage rose to 71.4 per cent, from 66.9 per cent in 2024, while 88.2 per cent of infants were immunised.",
            "88.2",
            2025,
        ),
        (
            "Coverage rose to 71.4 per cent, from 66.9 per cent in 2024, while 88.2 per cent of infants were immunised.",
            "66.9",
            2024,
        ),
        (
            "Coverage was measured again in 2024: 66.9 per cent, and 88.2 per cent of infants were immunised.",
            "88.2",
            2024,
        ),
    ],
)
def test_the_previous_year_after_a_figure(line: str, figure: str, expected: int) -> None:
    start = line.index(figure)
    assert period_of(line, start, start + len(figure), "achieved", ArticleYears(date(2026, 3, 2))).value == expected


def test_the_year_before_a_span_s_start_is_not_counted_twice() -> None:
    line = (
        "Deaths fell 18.4% in 2025 compared with 2024. The state recorded 5,912 deaths last year, "
        "down from 7,245 the year before."
    )
    start = line.index("7,245")
    assert period_of(line, start, start + 5, "achieved", ArticleYears(date(2026, 3, 12))).value == 2024
