"""Round 20's rules, from the kinds of text the twenty-fourth held-out set brought (a food-safety
sampling notice, a price adjustment notice, a hospital's holiday news, a weekly threats report, a
data snapshot, a clinical-trial release): each has its failing and passing cases, written for this
file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checks.draft.dates import is_dateline
from checks.draft.ignores import non_claim
from checks.draft.months import month_over
from checks.draft.policy import text_effective_after
from checks.draft.sections import captioned_tables, opened_sections
from checks.draft.source import guess_source
from checks.draft.spans import span_change
from checks.draft.tables import defining_column, table_columns
from checks.draft.years import years_in
from checks.numbers import read_quantities
from tests.draft_checks import facts_by_place as _facts
from tests.draft_measure import draft_text


def _claims(line: str) -> dict[str, str | None]:
    """Why each figure of ``line`` is no claim, as the drafter reads them."""
    found = [f for q in read_quantities(line) for f in q.figures()]
    return {f.text: non_claim(line, f, found) for f in found}


# ---- the head: a line of the page's fields, one of them a date ------------------------------------


def test_a_line_of_fields_one_of_them_a_date_is_a_dateline() -> None:
    assert is_dateline("News release | 3 March 2026 | Embargoed until 00:01 GMT, Tuesday 3 March 2026")
    assert is_dateline("Statement | 3 March 2026")
    assert is_dateline("Web report | Last updated: 12 Aug 2026 | Cat. no: PHE 12 | Format: Data snapshot")
    assert not is_dateline("3 March 2026 | The clinic reopened after a long refit. More staff were hired.")


_TRIAL_RELEASE = [
    "Example University",
    "Home > News > Press releases",
    "New vaccine halves infections in a large trial, researchers report",
    "News release | 3 March 2026 | Embargoed until 00:01 GMT, Tuesday 3 March 2026",
    "",
    "A new vaccine cut infections by 51% in a trial of 4,210 adults, the researchers said today.",
]


def test_a_release_dated_in_its_line_of_fields_is_published_that_day() -> None:
    guess = guess_source(_TRIAL_RELEASE, {})
    assert guess.published == date(2026, 3, 3)
    assert guess.body[0] == 6


_MENU_ABOVE = [
    "Health Insurance Agency",
    "Home | About Us | News & Updates | Members | Downloads | Hotline: (02) 8662-2588",
    "Agency raises case rates for dialysis; launches a mental health package",
    "Press Release No. 2026-118 | 24 November 2026",
    "CITY — The agency will raise the case rates of 14 benefit packages from January 1, 2027, at a cost of $12 million.",
]


def test_a_site_s_menu_is_no_title() -> None:
    guess = guess_source(_MENU_ABOVE, {})
    assert guess.title != _MENU_ABOVE[1]
    assert guess.published == date(2026, 11, 24)


# ---- periods: the survey a figure comes from, the year that opens a section ----------------------


def test_the_survey_figures_come_from_names_their_year() -> None:
    line = "Based on data from the 2024–25 National Health Survey, an estimated 4.6% of adults had asthma."
    assert [y.value for y in years_in(line)] == [2025]
    assert [y.value for y in years_in("data from the 2021 census show 12% lived alone")] == [2021]
    assert years_in("The rate fell from the 2019 peak of 30 to 25.") == []  # the level compared with


_SNAPSHOT = [
    "Hospitalisations",
    "In 2023–24, there were around 79,500 hospitalisations for asthma.",
    "The rate was 1.2 times as high for females as for males.",
    "Deaths",
    "Death rates were higher for males (25.9 per 100,000) than for females.",
    "Prevalence",
    "截至2024年底，全省共有乡镇卫生院2156个。",
    "乡镇卫生院诊疗量占比为56.8%。",
]


def test_a_section_opening_on_a_year_over_dates_its_later_paragraphs() -> None:
    found = opened_sections(_SNAPSHOT, range(1, len(_SNAPSHOT) + 1), 2026)
    assert found == {3: 2024}  # not the next section's, nor after 截至, the base of what follows


_SNAPSHOT_PAGE = [
    "Asthma in Australia",
    "Web report | Last updated: 12 Aug 2026 | Cat. no: PHE 12 | Format: Data snapshot",
    "",
    "Based on data from the 2024–25 National Health Survey, 11% of Australians were living with asthma.",
    "Hospitalisations",
    "In 2023–24, there were around 38,100 hospitalisations for asthma across the whole country.",
    "The rate was 1.4 times as high for females (160 per 100,000) as for males (114 per 100,000).",
    "Deaths",
    "Around 460 people died of asthma, most of them aged 75 and over.",
]


def test_a_snapshot_s_section_opening_on_a_year_dates_its_next_paragraph(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SNAPSHOT_PAGE)
    assert drafted["source"]["published"] == date(2026, 8, 12)
    facts = _facts(drafted)
    assert facts[(4, 11)]["period"] == 2025  # the survey's year
    assert facts[(7, 160)]["period"] == 2024  # not 2025, the year the article is about
    assert facts[(9, 460)]["period"] == 2025  # the next section prints no year


# ---- tables: a column of codes, a column of items' names ---------------------------------------------

_PRICE_TABLE = [
    "序号\t项目编码\t项目名称\t计价单位\t现行价格（元）\t拟调整价格（元）",
    "1\t120100003\t特级护理\t日\t48\t60",
    "2\t330100005\t全身麻醉\t次\t500\t560",
    "3\t210300001\tX线计算机体层（CT）平扫（16排）\t每部位\t160\t140",
    "4\t250102035\t血常规检查\t次\t20\t16",
]


def _why(lines: list[str], number: int, text: str) -> str | None:
    columns = table_columns(lines, range(1, len(lines) + 1))
    line = lines[number - 1]
    return defining_column(columns.get(number), line, line.rindex(text))


def test_a_code_column_and_a_number_inside_an_item_s_name_are_no_figures() -> None:
    assert _why(_PRICE_TABLE, 2, "120100003") is not None  # 项目编码: a code
    assert _why(_PRICE_TABLE, 4, "16排") is not None  # inside the item's name
    assert _why(_PRICE_TABLE, 4, "160") is None  # the price is a figure
    assert _why(_PRICE_TABLE, 5, "16") is None  # the new price, the row's last cell


# ---- a price adjustment notice: its rules take effect in a section of their own ---------------------


def test_the_text_s_rules_named_back_take_effect_when_a_later_section_says() -> None:
    published = date(2026, 11, 20)
    assert text_effective_after(["　　上述价格拟自2027年1月1日起执行，现行价格同时废止。"], published) == 2027
    assert text_effective_after(["　　调整后的收费标准自2027年3月1日起执行。"], published) == 2027
    assert text_effective_after(["The new fees take effect on 1 January 2027."], published) == 2027
    assert text_effective_after(["　　该院自2027年1月1日起开设夜间门诊。"], published) is None


_PRICE_NOTICE = [
    "关于调整部分医疗服务价格项目的公示",
    "发布时间：2026-11-20 10:15",
    "",
    "　　按照深化医疗服务价格改革工作部署，拟对我市公立医疗机构部分医疗服务价格项目进行调整，现将有关事项公示如下：",
    "　　本次拟调整项目共69项，其中上调52项，平均上调幅度为9.8%；下调17项，平均下调幅度为12.5%。",
    "序号\t项目编码\t项目名称\t计价单位\t现行价格（元）\t拟调整价格（元）",
    "1\t120100003\t特级护理\t日\t48\t60",
    "2\t330100005\t全身麻醉\t次\t500\t560",
    "3\t250102035\t血常规检查\t次\t20\t16",
    "　　护理类项目上调后，参保患者个人负担日均增加约1.8元。职工医保按现行规定支付，报销比例不低于70%。",
    "　　上述价格拟自2027年1月1日起执行。",
]


def test_a_price_notice_s_new_prices_are_targets_of_the_year_they_take_effect(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PRICE_NOTICE))
    assert (facts[(5, 9.8)]["status"], facts[(5, 9.8)]["period"]) == ("target", 2027)  # the size of the change
    assert (facts[(5, 52)]["status"], facts[(5, 52)]["period"]) == ("achieved", 2026)  # the items it acts on
    assert (facts[(7, 48)]["status"], facts[(7, 48)]["period"]) == ("achieved", 2026)  # the current price
    assert (facts[(7, 60)]["status"], facts[(7, 60)]["period"]) == ("target", 2027)  # the new price
    assert (facts[(10, 1.8)]["status"], facts[(10, 1.8)]["period"]) == ("target", 2027)  # once raised
    assert (facts[(10, 70)]["status"], facts[(10, 70)]["period"]) == ("achieved", 2026)  # under the rules in force


# ---- a hospital's holiday news: days of the publication month already over ---------------------------


def test_a_day_of_the_publication_month_over_in_chinese_shows_the_year_is_reported() -> None:
    published = date(2026, 2, 24)
    assert month_over("2026年春节假期（2月15日至2月23日，共9天），我院门诊量3553人次", published)
    assert not month_over("预计2月28日门诊量将突破5000人次", published)
    assert not month_over("2025年2月15日门诊量3553人次", published)


_HOLIDAY_NEWS = [
    "我院春节假期医疗服务平稳有序",
    "发布时间：2026-02-24 16:42",
    "",
    "　　春节假期（2月15日至2月23日），我院坚持节日不停诊，全院医务人员坚守岗位，服务群众。",
    "　　假期共完成手术486台次，其中急诊手术213台次。",
]


def test_a_holiday_s_figures_in_a_story_of_the_same_month_are_of_its_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _HOLIDAY_NEWS))
    assert facts[(5, 486)]["period"] == 2026  # not 2025, the year before a February story


def test_the_length_of_a_span_of_dates_printed_right_before_it_is_no_claim() -> None:
    reasons = _claims("春节假期（2月15日至2月23日，共9天），门诊量21836人次")
    assert reasons["9天"] is not None and reasons["21836人次"] is None
    assert _claims("公示期为2026年11月20日至11月26日（5个工作日）。")["5个工作日"] is not None
    assert _claims("The campaign ran from 13 to 19 September (seven days).")["seven days"] is not None
    assert _claims("从3月1日至3月5日，共接诊患者9天内")["9天内"] is None


_HOLIDAY_TABLE = [
    "日期\t农历\t食品类别\t门诊（人次）",
    "2月15日\t腊月二十八\t粮食加工品\t3120",
    "2月16日\t除夕\t肉制品\t986",
    "2月17日\t正月初一\t其他11类食品\t1045",
    "合计\t—\t—\t5151",
]


def test_a_column_of_words_ignores_a_total_row_s_dash_and_keeps_a_counted_number() -> None:
    columns = table_columns(_HOLIDAY_TABLE, range(1, 6))
    row = _HOLIDAY_TABLE[1]
    assert defining_column(columns.get(2), row, row.index("二十八")) is not None  # a lunar date
    row = _HOLIDAY_TABLE[3]
    assert defining_column(columns.get(4), row, row.index("11类"), counted=True) is None  # 11 kinds


# ---- a trial's results: a test's P value says how sure a figure is ----------------------------------


def test_a_p_value_is_no_claim() -> None:
    reasons = _claims("occurred in 9.8% and 12.7% (hazard ratio 0.76; 95% CI 0.62 to 0.93; P=0.008).")
    assert reasons["0.008"] is not None and reasons["9.8%"] is None and reasons["0.76"] is None
    assert _claims("Deaths did not differ: 4.1% against 4.6% (p < 0.001).")["< 0.001"] is not None
    assert _claims("两组差异有统计学意义（P值<0.05）")["<0.05"] is not None
    assert _claims("Group P 0.5 of the budget")["0.5"] is None


# ---- a weekly threats report: the period compared with dates no later sentence ------------------------

_THREATS = [
    "Weekly threats report",
    "Weekly threats report | 18 Sep 2026",
    "",
    "Since the beginning of the 2026 season and as of 16 September 2026, countries have reported 684 cases,"
    " including 52 deaths. In the same period of 2025, 512 cases had been reported. During the past week,"
    " 97 new cases were reported.",
]


def test_a_sentence_opening_on_the_period_compared_with_dates_no_later_sentence(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _THREATS))
    assert facts[(4, 512)]["period"] == 2025
    assert facts[(4, 97)]["period"] == 2026  # not 2025, the period compared with


def test_a_count_with_its_noun_before_in_is_no_proportion() -> None:
    reasons = _claims("France (27 cases in nine outbreaks), Italy (14 cases in four outbreaks)")
    assert reasons["27 cases"] is None and reasons["14 cases"] is None
    assert _claims("2 out of 5 children were seen")["2"] is not None


def test_a_number_after_from_with_no_later_level_starts_no_change() -> None:
    line = "Since 2003 and as of 15 September 2026, 1 006 cases have been reported from 26 countries worldwide."
    at = line.index("26 countries")
    assert span_change(line, at, 2026) is None
    line = "The rate fell from 381 to 299 per 100,000 between 2019 and 2024."
    assert span_change(line, line.index("381"), 2026) == (2019, "the start of the span its sentence names")


# ---- labels, hotlines, rotas and notes -------------------------------------------------------------


def test_a_table_number_glued_to_its_label_before_a_spaced_title_is_a_label() -> None:
    reasons = _claims("　　表1　部分拟调整医疗服务价格项目（三级公立医疗机构价格）")
    assert all(reason is not None for reason in reasons.values())


def test_a_quintile_is_named_by_its_number() -> None:
    reasons = _claims(
        "It was 2.5 times as high in the lowest areas (Quintile 1, 7.4%) as in the highest (Quintile 5, 2.9%)."
    )
    assert reasons["1"] is not None and reasons["5"] is not None
    assert reasons["7.4%"] is None and reasons["2.9%"] is None


def test_a_platform_named_by_its_number_and_a_24_hour_rota_are_no_figures() -> None:
    assert _claims("也可通过全国12315平台反映。")["12315"] is not None
    assert _claims("急诊、重症医学科等实行24小时值班")["24小时"] is not None
    assert _claims("全县共建成3个平台")["3个"] is None


def test_a_note_s_first_word_after_its_mark_names_nothing() -> None:
    line = "(a) Age-standardised. (c) Includes 610 hospitalisations for which the area was not known."
    assert _claims(line)["610"] is None
    assert _claims("funds for Budget Vote 4 were cut")["4"] is not None


# ---- the foot of a page: neighbouring stories, attachments, a sentence that ends on a phone -----------

_HOSPITAL_NEWS = [
    "我院春节假期医疗服务平稳有序",
    "发布时间：2026-02-24 16:42　　作者：党委宣传部",
    "",
    "　　春节假期，我院门诊量21836人次，急诊量4917人次，全院医务人员坚守岗位，服务群众就医。",
    "　　目前医院已增开诊室12间，请广大患者错峰就诊，或拨打预约电话0917-3216120预约挂号。",
    "",
    "上一篇：我院召开2026年度工作会议",
    "下一篇：我院开展“春风行动”进企业义诊活动",
    "版权所有：某市中心医院",
]


def test_a_sentence_that_ends_on_a_phone_is_the_article_and_the_story_links_are_not() -> None:
    guess = guess_source(_HOSPITAL_NEWS, {})
    assert guess.body == (4, 5)


_SAMPLING_NOTICE = [
    "关于2026年第三期食品安全监督抽检信息的通告",
    "发布日期：2026-09-18",
    "",
    "　　本期共抽检食品1260批次，检出不合格样品22批次，总体合格率为98.25%。",
    "　　特此通告。",
    "　　附件：1.食品安全监督抽检不合格产品信息（22批次）　2.食品安全监督抽检合格产品信息（1238批次）",
    "　　某市市场监督管理局",
    "　　2026年9月17日",
]


def test_a_notice_s_list_of_attachments_gives_no_figures(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SAMPLING_NOTICE))
    assert (4, 22) in facts
    assert not [key for key in facts if key[0] == 6]  # 22批次, 1238批次 and the items' numbers are titles


def test_a_postcode_and_a_hotline_named_by_its_number_are_no_figures() -> None:
    assert _claims("（地址：某市通港西街256号，邮编：362000，电话：0595-22187065）。")["362000"] is not None
    assert _claims("现将全市卫生健康领域12345政务服务便民热线诉求情况通报如下")["12345"] is not None


# ---- a trial's participants: the time points it measures at, the ages that define a subgroup ---------


def test_a_time_point_opening_a_result_is_no_claim() -> None:
    reasons = _claims("• At 12 months, 71% of participants had a blood pressure below 130/80 mm Hg.")
    assert reasons["12 months"] is not None and reasons["71%"] is None
    assert _claims("The median wait was at 12 months, down from 14.")["12 months"] is None


def test_a_subgroup_s_age_is_no_claim_but_a_mean_age_is() -> None:
    reasons = _claims(
        "The benefit was similar in those aged 70 or over and in those younger than 70 (hazard ratio 0.75)."
    )
    assert reasons["younger than 70"] is not None and reasons["0.75"] is None
    assert _claims("Participants had a mean age of 66 years (range 41 to 93).")["66 years"] is None
    assert _claims("children over the age of 5 years")["5 years"] is not None


_TRIAL_RESULTS = [
    "Example University",
    "Low-dose pill cuts repeat strokes, trial finds",
    "Press release | 20 May 2026 | Embargoed until 00:01 BST, Wednesday 20 May 2026",
    "",
    "A daily pill reduced the risk of a second stroke by 27% compared with usual care, a trial found.",
    "The findings were presented today at a European conference.",
    "Between March 2021 and June 2023, the trial enrolled 3,862 adults at 112 hospitals.",
    "A recurrent stroke occurred in 126 participants in the pill group and 171 in the usual care group.",
]


def test_a_trial_s_results_told_today_are_of_the_year_of_publication(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _TRIAL_RESULTS))
    assert facts[(7, 3862)]["period"] == 2023  # the enrolment, of the span it ran in
    assert facts[(8, 126)]["period"] == 2026  # not 2023, the enrolment's end, nor 2025, the year before May
    assert facts[(5, 27)]["period"] == 2026


_CAPTIONED = [
    "Table 1: Hospitalisations by remoteness area, 2023–24",
    "Remoteness area\tNumber\tRate per 100,000",
    "Major cities\t49,870\t248",
    "Remote\t1,410\t617",
    "(a) Age-standardised. (b) Includes 610 hospitalisations for which the area was not known.",
    "Deaths rose in the year.",
]


def test_a_table_s_note_under_its_last_row_is_of_its_caption_s_year() -> None:
    found = captioned_tables(_CAPTIONED, range(1, 7), 2026)
    assert found == {2: 2024, 3: 2024, 4: 2024, 5: 2024}  # not line 6, a paragraph


def test_the_count_of_the_places_a_colon_lists_further_on_is_no_claim() -> None:
    line = (
        "Since the beginning of 2026, three countries have reported locally acquired dengue cases: France"
        " (27 cases in nine outbreaks), Italy (14 cases in four outbreaks) and Spain (two cases)."
    )
    reasons = _claims(line)
    assert reasons["three"] is not None and reasons["27 cases"] is None
    assert _claims("We hired 3 nurses over the year for the new ward: they started in May.")["3"] is None
