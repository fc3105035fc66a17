"""Round 19's rules, from the kinds of text the twenty-third held-out set brought (a recruitment
notice, an audit rectification notice, a subsidy notice whose parts take effect on their own dates,
a charity's year in numbers, a wait-times release, a parents' FAQ): each has its failing and passing
cases, written for this file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from checks.draft.dates import is_dateline
from checks.draft.effective import parts_taking_effect_later
from checks.draft.guesses import status_of
from checks.draft.ignores import non_claim
from checks.draft.relative import relative_year
from checks.draft.repeats import restatements
from checks.draft.sections import captioned_tables
from checks.draft.source import guess_source
from checks.draft.years import ArticleYears, own, years_in
from checks.numbers import read_quantities
from tests.draft_measure import draft_text


def _facts(drafted: dict[str, Any]) -> dict[tuple[int, float], dict[str, Any]]:
    return {(f["line"], f["value"]): f for f in drafted["facts"]}


def _claims(line: str) -> dict[str, str | None]:
    """Why each figure of ``line`` (a range's two ends apart, as the drafter reads them) is no claim."""
    found = [f for q in read_quantities(line) for f in q.figures()]
    return {f.text: non_claim(line, f, found) for f in found}


def _figure(line: str, text: str) -> tuple[int, int]:
    q = next(q for q in read_quantities(line) if q.text == text)
    return q.start, q.end


# ---- the head: a date line with the page's tools, a menu, a breadcrumb with its label, -30- ----------


def test_a_date_line_followed_by_the_page_s_tools_is_a_dateline() -> None:
    assert is_dateline("Last updated: July 22, 2026 | Share | Print | Español")
    assert not is_dateline("July 22, 2026 | Clinics open on Saturdays across the whole county this summer")


_GOVERNMENT_PAGE = [
    "某市卫生健康委员会",
    "首页 | 机构设置 | 政务公开 | 政策文件 | 办事服务",
    "当前位置：首页 > 政务公开 > 政策文件",
    "索引号：000-2026-01　　发文机关：某市卫生健康委员会",
    "成文日期：2026年07月24日　　发布日期：2026年07月28日　　有效性：有效",
    "某市卫生健康委员会关于调整乡村医生补助标准的通知",
    "各县（区）卫生健康局：",
    "　　现将调整乡村医生补助标准有关事项通知如下，全市在岗乡村医生共4061人，请认真贯彻执行。",
]


def test_a_breadcrumb_with_its_label_and_a_menu_are_no_title() -> None:
    guess = guess_source(_GOVERNMENT_PAGE, {})
    assert guess.title == "某市卫生健康委员会关于调整乡村医生补助标准的通知"
    assert guess.published == date(2026, 7, 28)


_RELEASE = [
    "Surgical Wait Times Fall Again",
    "Released on May 14, 2026",
    "The provincial surgical waitlist stood at 26,480 patients on March 31, 2026, down from 29,360.",
    "-30-",
    "For more information, contact: Media Relations, 306-787-4083",
]


def test_a_north_american_press_release_ends_at_minus_thirty() -> None:
    assert guess_source(_RELEASE, {}).body == (3, 3)


_CHARITY_FOOT = [
    "Our year in numbers 2025/26",
    "Published 15 September 2026",
    "Our 146 staff were joined by 512 volunteers, who gave 41,600 hours of their time this year.",
    "Rowan Hospice, Greystoke Road, Penrith CA11 8QT · 01768 894120",
]


def test_an_address_that_ends_in_a_postcode_and_a_telephone_is_the_footer() -> None:
    assert guess_source(_CHARITY_FOOT, {}).body == (3, 3)


# ---- what is no claim: a schedule's doses only when they define a share, a condition's threshold ------


def test_a_dose_count_is_a_claim_unless_it_defines_a_share_or_the_children_counted() -> None:
    assert _claims("Children getting a flu vaccine for the first time need 2 doses.")["2"] is None
    assert _claims("Four doses of DTaP are enough if the fourth dose was given late.")["Four"] is None
    assert _claims("85% of children received three doses of the DTP vaccine.")["three"] is not None
    assert _claims("An estimated 20.6 million children missed at least one dose of DTP.")["at least one"] is not None


def test_both_ends_of_a_range_within_which_something_passes_are_claims() -> None:
    reasons = _claims("Most side effects are mild and go away within 1 to 2 days.")
    assert list(reasons.values()) == [None, None]
    assert _claims("Patients were treated within 28 days.")["within 28 days"] is not None


def test_a_bound_inside_a_condition_is_no_claim() -> None:
    reasons = _claims("Call your doctor if your child has a fever of 105°F or higher, or cries for more than 3 hours.")
    assert all(why is not None for why in reasons.values())
    reasons = _claims("If the fever lasts more than 3 days, call us. More than 500 children were seen.")
    assert reasons["more than 3 days"] is not None and reasons["More than 500"] is None


def test_an_age_in_months_and_older_defines_the_people_advised() -> None:
    assert _claims("Everyone 6 months and older should get a flu vaccine every year.")["6 months and older"]


def test_the_pound_a_share_of_money_is_counted_per_is_no_claim() -> None:
    reasons = _claims("For every £1 donated, 83p is spent on care. We drew £1 million from reserves.")
    assert reasons["1"] is not None and reasons["1 million"] is None


def test_a_rounding_note_that_shares_may_not_add_up_to_100_is_no_claim() -> None:
    assert all(_claims("Percentages may not add up to 100 because of rounding.").values())


def test_a_headline_number_is_not_restated_by_a_grouped_number_holding_its_digits() -> None:
    lines = ["412", "children cared for this year.", "Our 23 shops sold more than 412,000 donated items."]
    assert 1 not in restatements(lines, range(1, 4))
    assert 1 in restatements(["412", "We cared for 412 children this year."], range(1, 3))


# ---- years: a span's last year, a document's number, a year labelling another figure ---------------


def test_the_last_year_of_a_span_is_no_due_year_nor_is_a_document_number_s_year() -> None:
    assert [(y.value, y.target) for y in years_in("2023年至2025年，我县累计招聘312人")] == [
        (2023, False),
        (2025, False),
    ]
    assert [(y.value, y.target) for y in years_in("力争至2027年达到90%")] == [(2027, True)]
    assert years_in("审计报告（桂审社报〔2026〕7号）指出问题21项") == []


def test_a_year_and_a_colon_label_the_figure_after_them() -> None:
    line = "Total income: £9.84 million (2024/25: £9.12 million)"
    start, end = _figure(line, "9.84 million")
    assert own(line, start, end) is None
    rows = [line, "Source\tAmount\tShare", "Gifts in wills\t£2.06m\t21%"]
    assert captioned_tables(rows, range(1, 4), 2026) == {}
    assert captioned_tables(["Income, 2024/25", *rows[1:]], range(1, 4), 2026) == {2: 2025, 3: 2025}


def test_years_ago_counts_back_from_now_but_not_after_the_figure() -> None:
    line = "Two years ago, one in ten patients had waited more than a year."
    assert relative_year(line, line, "achieved", 2026, date(2026, 5, 14), 30, True) == (2024, "'Two years ago'")
    later = "We fund health at barely a quarter of what we pledged 25 years ago."
    assert relative_year(later, later, "achieved", 2026, date(2026, 6, 12), 45, True) is None


def test_today_as_the_level_compared_with_dates_nothing() -> None:
    line = "reach 500 children every year, a 21% increase on today;"
    assert relative_year(line, line, "target", 2026, date(2026, 9, 15), 40, True) is None


# ---- status: an adjective of obligation, a policy's minimum -------------------------------------------


def test_required_before_a_noun_is_no_target_cue() -> None:
    years = ArticleYears(date(2026, 7, 22))
    line = "In the 2025-26 school year, 89.6% of the 5,214 kindergartners had all required vaccines."
    assert status_of(line, *_figure(line, "5,214"), False, years).value == "achieved"
    rule = "Nevada law requires 5,214 doses."
    assert status_of(rule, *_figure(rule, "5,214"), False, years).value == "target"


def test_a_policy_s_minimum_is_a_target() -> None:
    years = ArticleYears(date(2026, 9, 15))
    line = "leaving free reserves equal to 4.2 months of spending, below our policy minimum of six months."
    assert status_of(line, *_figure(line, "minimum of six months"), False, years).value == "target"
    assert status_of(line, *_figure(line, "equal to 4.2 months"), False, years).value == "achieved"


# ---- periods: a title naming the year of publication, what was done about an audit's findings ---------

_RECRUITMENT = [
    "某县2026年卫生健康系统事业单位公开招聘工作人员公告",
    "发布时间：2026-04-08 16:20",
    "　　截至2025年底，全县乡镇卫生院在编在岗人员1126人。现将本次招聘有关事项公告如下。",
    "　　报名费按每人每科50元收取，试用期为12个月。",
]


def test_a_title_naming_the_year_of_publication_dates_its_figures_that_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _RECRUITMENT))
    assert facts[(4, 50)]["period"] == 2026  # not 2025, the year before an April publication
    assert facts[(4, 12)]["period"] == 2026
    assert facts[(3, 1126)]["period"] == 2025


_RECTIFICATION = [
    "某市医疗保障局关于2025年度医疗保障基金审计查出问题整改情况的公告",
    "发布日期：2026-06-20",
    "　　审计指出：部分县存在重复参保问题，涉及重复参保人员3.26万人。",
    "　　整改情况：市医保局开展数据比对，已清理重复参保人员3.19万人，已办理退费1,098.55万元。",
]


def test_what_was_done_about_a_finding_is_of_the_year_it_was_done(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _RECTIFICATION))
    assert facts[(3, 32_600)]["period"] == 2025  # the finding: the audited year, the title's
    assert facts[(4, 31_900)]["period"] == 2026
    assert facts[(4, 10_985_500)]["period"] == 2026


# ---- a part of a notice that takes effect after publication ---------------------------------------

_PARTS = [
    "某市关于调整乡村医生补助标准的通知",
    "发布日期：2026年07月28日",
    "　　现就调整补助标准有关事项通知如下。",
    "　　一、基本公共卫生服务经费补助标准",
    "　　2026年人均基本公共卫生服务经费补助标准为99元，中央财政承担80%。",
    "　　二、乡村医生补助标准",
    "　　对在岗乡村医生按每人每月400元的标准发放基本补助（原标准为每人每月300元），由市级财政承担30%。",
    "　　三、执行时间",
    "　　本通知第一条自2026年1月1日起执行，第二条自2026年9月1日起执行。",
]


def test_the_lines_of_a_part_taking_effect_later_are_found() -> None:
    assert parts_taking_effect_later(_PARTS, range(3, 10), date(2026, 7, 28)) == {6: 2026, 7: 2026}
    assert parts_taking_effect_later(_PARTS, range(3, 10), date(2026, 10, 1)) == {}


def test_a_part_taking_effect_after_publication_sets_targets_and_keeps_the_old_rule(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PARTS))
    assert (facts[(7, 400)]["status"], facts[(7, 400)]["period"]) == ("target", 2026)
    assert facts[(7, 30)]["status"] == "target"
    assert facts[(7, 300)]["status"] == "achieved"  # 原标准: the rule in force it replaces
    assert facts[(5, 80)]["status"] == "achieved"  # part one took effect before publication
