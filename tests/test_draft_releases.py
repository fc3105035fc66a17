"""`factlint draft` on the kinds of text the tenth set brought: a press release (its notes to editors
below "Ends", a spending spread over years, a target dated "by the same date"), a county statistical
bulletin published months after the year it reports (全年, 国家免疫规划, rates per 10万, changes of a
rate per 1,000), a plan's bracketed asides (每个县(市、区)) and a service circle after a share, and a
local news story (last autumn, a Read more link after the last paragraph). Each guess has a case it
must get right and a near case it must not turn into the same answer."""

from __future__ import annotations

from datetime import date

import pytest

from checks.draft.guesses import period_of, status_of
from checks.draft.ignores import non_claim
from checks.draft.years import ArticleYears
from checks.numbers import read_quantities
from tests.test_draft import _at

# ---- status ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a target dated by an earlier sentence's date, or wanted
        ("By the same date it wants more than 90% of smokers to be referred.", "90", "target"),
        ("By then it expects 12 new clinics.", "12", "target"),
        ("On the same date it reported more than 90% of smokers were referred.", "90", "achieved"),
        # a past year printed between the sentence's cue and the figure: the cue stays behind
        (
            "The agency will invest £4.6 million in services, which helped 9,870 people to quit in 2024-25, a quit"
            " rate of 54%.",
            "54",
            "achieved",
        ),
        ("The agency will invest £4.6 million in services, a rise of 12%.", "12", "target"),
        # 国家免疫规划 and 计划免疫 name a programme, not a plan
        ("全年适龄儿童国家免疫规划疫苗接种率保持在95%以上。", "95", "achieved"),
        ("适龄儿童计划免疫接种率保持在95%以上。", "95", "achieved"),
        ("规划适龄儿童疫苗接种率保持在95%以上。", "95", "target"),
    ],
)
def test_status_cues_of_a_press_release_and_a_bulletin(line: str, figure: str, expected: str) -> None:
    assert status_of(line, *_at(line, figure), False, ArticleYears(date(2026, 2, 4))).value == expected


# ---- period ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "expected"),
    [
        # 全年 in a bulletin published in May reports the whole year before; in December, that year
        ("全年报告乙类法定传染病1068例。", date(2026, 5, 20), 2025),
        ("全年报告乙类法定传染病1068例。", date(2025, 12, 28), 2025),
        ("今年报告乙类法定传染病1068例。", date(2026, 5, 20), 2026),
    ],
)
def test_a_whole_year_reported_is_over(line: str, published: date, expected: int) -> None:
    start, end = _at(line, "1068")
    assert period_of(line, start, end, "achieved", ArticleYears(published)).value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a spending spread over years names no due year: the publication's (README)
        ("The agency will invest £4.6 million over four years in services.", 2026),
        ("The agency will invest £4.6 million over the next four years.", 2030),
        ("The agency will invest £4.6 million within four years.", 2030),
    ],
)
def test_over_n_years_spreads_a_figure_and_dates_nothing(line: str, expected: int) -> None:
    start, end = _at(line, "4.6")
    assert period_of(line, start, end, "target", ArticleYears(date(2026, 2, 4))).value == expected


# ---- ignore entries --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "ignored"),
    [
        # a service circle after a comma is a claim of its own; in the share's clause it defines it
        ("基层诊疗量占比稳定在65%左右,城乡居民15分钟医疗卫生服务圈全面建成。", "15", False),
        ("90%的家庭15分钟内能够到达最近的医疗点。", "15", True),
        # a bracketed aside is no list the number counts
        ("每个县(市、区)至少建成2家县域医疗卫生次中心。", "2", False),
        ("建成县中医院、县妇幼保健院、县中心医院三个新院区。", "三", True),
    ],
)
def test_non_claims_of_a_plan(line: str, figure: str, ignored: bool) -> None:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next(q for q in figures if figure in q.text)
    assert (non_claim(line, q, figures) is not None) == ignored
