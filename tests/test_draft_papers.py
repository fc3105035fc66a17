"""`factlint draft` on the kinds of text set 13 brought (round 10): a board paper with its reference
block, section numbers and plan figures, a budget story in shillings and fiscal years, a policy
notice that takes effect on a later date, a quarterly report whose title prints its quarter's dates.
The sentences are written for the purpose, not copied from set 13. Each guess has a case it must
get right and a near case it must not turn into the same answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checks.draft.budgets import budget_year
from checks.draft.build import Context, draft_lines
from checks.draft.carried import title_year
from checks.draft.dates import published_of
from checks.draft.ignores import non_claim
from checks.draft.policy import effective_after
from checks.draft.source import guess_source
from checks.draft.years import article_years
from checks.numbers import read_quantities
from schemas.regions import load_regions
from tests.draft_measure import draft_text

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
REGIONS = load_regions(PROJECT)


# ---- the publication date a label names ------------------------------------------------------------
def test_a_labelled_publication_date_beats_a_date_in_the_title() -> None:
    notice = [
        "某市医疗保障局",
        "我市调整门诊待遇 2028年3月1日起执行",
        "发布日期:2027-12-02 09:30  来源:待遇科  阅读:812次  【字体:大 中 小】",
        "",
        "近日,市医疗保障局印发通知,自2028年3月1日起施行,门诊报销比例由50%提高到60%。",
    ]
    assert published_of(notice, 5, 2)[0] == date(2027, 12, 2)
    assert guess_source(notice, REGIONS).published == date(2027, 12, 2)
    # without the label, the first date of the head still dates the page
    unlabelled = [notice[0], notice[1], "2027-12-02 09:30", "", notice[4]]
    assert published_of(unlabelled, 5, 2)[0] == date(2028, 3, 1)


def test_a_release_line_with_the_reports_fields_closes_the_head() -> None:
    report = [
        "Upland Health",
        "",
        "Quarterly Report, Q1 2027-28 (April 1 to June 30, 2027): Highlights",
        "Released: August 20, 2027 | Report no. QR-2027-01 | Full report: 36 pages (PDF, 2.4 MB)",
        "",
        "This summary sets out selected results. Clinics recorded 41,200 visits in the quarter, up 3.1%.",
    ]
    source = guess_source(report, REGIONS)
    assert source.published == date(2027, 8, 20)
    assert source.body[0] == 6  # the release line and its page count are no article
    # an unlabelled line of fields is no dateline: the title's date dates the page
    assert guess_source([*report[:3], "Report no. QR-2027-01 | 36 pages", *report[4:]], REGIONS).published == date(
        2027, 6, 30
    )


def test_a_byline_with_a_weekday_dates_the_story() -> None:
    story = [
        "COASTAL HERALD",
        "",
        "Clinics get KSh52bn in the 2027/28 budget, still well short of the county target",
        "",
        "By AMINA ODHIAMBO | Published on Thu, Jun 10, 2027 | Updated 09:15 EAT",
        "",
        "The health sector has been allocated more money in the budget read in parliament yesterday.",
    ]
    source = guess_source(story, REGIONS)
    assert source.published == date(2027, 6, 10)
    assert source.body[0] == 7
    assert guess_source([*story[:4], "By AMINA ODHIAMBO | Health desk", *story[5:]], REGIONS).published is None


# ---- shillings (a small reader change: East Africa's currency codes) -------------------------------
def test_shillings_glued_to_the_amount_are_read_and_drafted_in_their_currency(tmp_path: Path) -> None:
    read = [(q.text, q.value) for q in read_quantities("was given KSh52.4 billion, of the Sh2.91 trillion budget")]
    assert read == [("52.4 billion", 52_400_000_000), ("2.91 trillion", 2_910_000_000_000)]
    assert read_quantities("team Shanghai5 and Bush3 won") == []  # Sh inside a word is no currency
    drafted = draft_text(tmp_path, ["Clinics budget", "", "The county was allocated KSh52.4 billion for clinics."])
    assert [(f["value"], f["unit"]) for f in drafted["facts"]] == [(52_400_000_000, "kes")]


# ---- a board paper's furniture: fields, section numbers, pages, a rounding note -------------------
def _reasons(line: str) -> list[tuple[str, str | None]]:
    found = read_quantities(line)
    return [(q.text, non_claim(line, q, found)) for q in found]


def test_section_numbers_pages_and_labels_are_no_claims() -> None:
    claims = [t for t, why in _reasons("3.4 Theatres: 84.1% of sessions were used (plan: 88%).") if why is None]
    assert claims == ["84.1%", "88%"]  # 3.4 opens the line: a section's number
    assert [t for t, why in _reasons("Theatres used 3.4 sessions a day.") if why is None] == ["3.4"]
    assert [why is None for _, why in _reasons("The detail is at Annex B (pages 12 to 19), item: 4.3.")] == [
        False,
        False,
    ]
    assert [why is None for _, why in _reasons("At month 9 the deficit was 12 beds.")] == [False, True]
    assert [why is None for _, why in _reasons("Page 7 of 64")] == [False]
    assert [why is None for _, why in _reasons("Shares may not add to 100 due to rounding.")] == [False]
    assert [why is None for _, why in _reasons("Shares rose to 100 in the year.")] == [True]


def test_a_wait_left_out_after_none_defines_who_is_counted() -> None:
    line = "140 patients had waited more than 52 weeks and none more than 65 weeks."
    assert [why is None for _, why in _reasons(line)] == [True, False, False]


def test_a_ceiling_is_an_upper_bound_and_a_labelled_bracket_restates_nothing() -> None:
    assert [(q.value, q.qualifier) for q in read_quantities("spend was 3.1% against a ceiling of 2.9%")] == [
        (3.1, "eq"),
        (2.9, "le"),
    ]
    assert read_quantities("places capped at 400")[0].qualifier == "le"
    read = read_quantities("11.2% waited six weeks or more for a scan (plan: 10%)")
    assert [(q.value, q.qualifier) for q in read] == [(11.2, "eq"), (6, "ge"), (10, "eq")]
    # a restatement in brackets still takes the bound: more than 200 people (214)
    assert [q.qualifier for q in read_quantities("more than 200 people (214)")] == ["gt", "gt"]


def test_a_papers_reference_block_and_page_marker_are_outside_the_body() -> None:
    paper = [
        "Fenmoor Hospitals NHS Trust",
        "Board of Directors (Meeting in Public)",
        "Thursday 3 June 2027, 10:00, Boardroom",
        "",
        "Agenda item: 6.1    Paper reference: BoD/27/06/03    Pages 20 to 31 of the board pack",
        "Performance Report, Quarter 4 2026/27",
        "Report of: Chief Operating Officer    Purpose: For assurance",
        "",
        "1. Purpose",
        "1.1 This paper summarises the Trust's performance in Quarter 4 against its plan for the year.",
        "",
        "Author: Director of Performance    Date of paper: 27 May 2027",
        "Page 20 of 96",
    ]
    assert guess_source(paper, REGIONS).body == (9, 10)


# ---- a figure named as a target, and due years carried from the text before ----------------------
def _drafted(
    lines: list[str], published: date, plan: bool = False, effective: int | None = None, budget: int | None = None
) -> list[tuple[int, float, str, int]]:
    """(line, value, status, period) of each drafted fact; ``effective`` and ``budget`` as the draft
    finds them in a whole article (checks.draft.policy)."""
    context = Context(plan, article_years(lines, published), UNITS, {}, effective=effective, budget=budget)
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.status, f.period) for f in drafted.facts]


def test_a_figure_named_as_a_plans_or_standards_value_is_a_target() -> None:
    line = "Bed occupancy averaged 93.1% (plan: 90%), against the 85% standard and a ceiling of 95%."
    assert [(v, s) for _, v, s, _ in _drafted([line], date(2027, 3, 1))] == [
        (93.1, "achieved"),
        (90, "target"),
        (85, "target"),
        (95, "target"),
    ]
    # the share of a target reached, in brackets after it: achieved
    savings = "Savings of £4.1m were made against a full-year requirement of £12.0m (34%)."
    assert [(v, s) for _, v, s, _ in _drafted([savings], date(2027, 3, 1))] == [
        (4_100_000, "achieved"),
        (12_000_000, "target"),
        (34, "achieved"),
    ]
    # a share of a standard, a count of plans: not the standard's or a plan's value
    drafted = _drafted(["Clinics met 85% of the standard and wrote 3 plans."], date(2027, 3, 1))
    assert [s for _, _, s, _ in drafted] == ["achieved", "achieved"]


def test_a_lead_ins_due_year_dates_the_targets_listed_under_it() -> None:
    lines = [
        "Clinics saw 4,100 patients this quarter.",
        "Our plan commits us to the following by March 31, 2028:",
        "- see at least 20,000 patients in the year;",
        "- cut the median wait to 20 days or less.",
        "",
        "The board will also hire 12 nurses.",
    ]
    drafted = _drafted(lines, date(2027, 10, 5))
    assert [(n, p) for n, _, s, p in drafted if s == "target"] == [(3, 2028), (4, 2028), (6, 2027)]


def test_a_plan_named_with_its_year_dates_the_later_targets() -> None:
    lines = [
        "This paper reports performance in Quarter 2 against the 2027/28 operating plan.",
        "Occupancy was 91.2% against a plan of 88%.",
    ]
    assert _drafted(lines, date(2027, 11, 4)) == [(2, 91.2, "achieved", 2027), (2, 88, "target", 2028)]
    # a plan of a year already over dates nothing: the target is due when published
    over = ["Results were set against the 2025/26 operating plan.", lines[1]]
    assert _drafted(over, date(2027, 11, 4))[1] == (2, 88, "target", 2027)


# ---- rules in force and rules to come ----------------------------------------------------------------
def _notice(first: str, rules: list[str], published: date) -> list[tuple[int, float, str, int]]:
    return _drafted([first, *rules], published, effective=effective_after(["某市调整住院待遇", first], published))


def test_a_notices_rules_that_take_effect_later_are_targets_of_that_year() -> None:
    rules = [
        "住院起付线由800元下调至600元,报销比例70%。",
        "2027年1-9月,全市医保基金支出12.4亿元,同比增长4.1%。",
        "新政策实施后,预计惠及群众超过30万人次。",
    ]
    first = "市医保局印发通知,自2028年1月1日起施行。"
    assert _notice(first, rules, date(2027, 11, 2)) == [
        (2, 800, "achieved", 2027),  # the rule in force it changes from
        (2, 600, "target", 2028),
        (2, 70, "target", 2028),
        (3, 1_240_000_000, "achieved", 2027),  # a count reported: no rule
        (3, 4.1, "achieved", 2027),
        (4, 300_000, "target", 2028),
    ]
    # rules already in force (the notice took effect before it was reported): achieved, now
    in_force = _notice("市医保局印发通知,自2027年1月1日起施行。", rules[:1], date(2027, 11, 2))
    assert in_force == [(2, 800, "achieved", 2027), (2, 600, "achieved", 2027), (2, 70, "achieved", 2027)]


def test_the_date_rules_take_effect_is_read_in_english_and_chinese() -> None:
    assert effective_after(["The new fees take effect on 1 April 2028."], date(2027, 12, 1)) == 2028
    assert effective_after(["The new fees take effect on 1 April 2027."], date(2027, 3, 1)) is None  # this year
    assert effective_after(["The clinic opened on 1 April 2028."], date(2027, 12, 1)) is None
    assert effective_after(["我市调整门诊待遇 2028年3月1日起执行"], date(2027, 12, 2)) == 2028


def test_the_level_a_target_changes_from_is_in_force_now() -> None:
    line = "力争到2030年,每千人口床位由5.2张提高到6张。"
    assert _drafted([line], date(2027, 5, 1)) == [(1, 5.2, "achieved", 2027), (1, 6, "target", 2030)]
    fee = "From next year, the yearly co-payment will fall from $52 to $45."  # a currency sign before it
    assert [(v, s) for _, v, s, _ in _drafted([fee], date(2027, 5, 1))] == [(52, "achieved"), (45, "target")]
    past = "2026年,每千人口床位由5.2张提高到6张。"  # a change reported: both achieved
    assert [s for _, _, s, _ in _drafted([past], date(2027, 5, 1))] == ["achieved", "achieved"]


# ---- a budget story: allocations reported as made ---------------------------------------------------
def _budget(lines: list[str], published: date) -> list[tuple[int, float, str, int]]:
    return _drafted(lines, published, budget=budget_year(lines, published.year))


def test_a_budgets_allocations_are_made_in_the_budgets_year() -> None:
    story = [
        "Health has been allocated KSh150.5 billion in the 2027/28 national budget read yesterday.",
        "Of the total, KSh40.2 billion will go to the insurance fund, while KSh8.1 billion is earmarked for clinics.",
        "Counties spent KSh90.4 billion in the 2026/27 financial year.",
        "The Treasury said it would raise health's share to 6 per cent by the 2029/30 financial year.",
        "The budget is 4 per cent higher than the previous year's allocation of KSh144.7 billion.",
    ]
    assert budget_year(story, 2027) == 2028
    release = [
        "The 2027-28 Budget will invest a record $4.2 billion in hospitals.",
        "The Budget includes $1.1 billion.",
    ]
    assert _budget(release, date(2027, 5, 12)) == [
        (1, 4_200_000_000, "achieved", 2028),
        (2, 1_100_000_000, "achieved", 2028),
    ]
    drafted = _budget(story, date(2027, 6, 11))
    assert drafted[:5] == [
        (1, 150_500_000_000, "achieved", 2028),
        (2, 40_200_000_000, "achieved", 2028),
        (2, 8_100_000_000, "achieved", 2028),
        (3, 90_400_000_000, "achieved", 2027),
        (4, 6, "target", 2030),
    ]
    assert drafted[-1][1] == 144_700_000_000 and drafted[-1][3] != 2028  # the amount compared with
    # a budget whose year is over is no budget to come: its allocations keep their own guesses
    assert budget_year(["Health got KSh150.5 billion in the 2025/26 budget."], 2027) is None


def test_a_fraction_in_words_before_its_percentage_and_a_noun_restates_it() -> None:
    assert [why is None for _, why in _reasons("About one in 11 patients (9.3%) left unseen.")] == [False, True]
    assert [why is None for _, why in _reasons("One in five adults (40%) smoke.")] == [True, True]  # no restatement


def test_the_kinds_a_category_comprises_are_a_definition() -> None:
    note = "3.乙类传染病包括病毒性肝炎5种、细菌性痢疾2种,共7种。"
    assert [why is None for t, why in _reasons(note) if t != "3."] == [False, False, False]
    assert [why is None for _, why in _reasons("Notifiable diseases comprise 41 types of infection.")] == [False]
    # kinds counted with no definition (包括 names no category's parts): claims
    assert [why is None for _, why in _reasons("全年共报告乙类传染病12种3408例。")] == [True, True]


def test_a_figure_in_brackets_after_a_period_named_in_words_is_that_periods() -> None:
    line = "4月共报告病例1200例,与去年同期(980例)相比上升22.4%;与上月(1100例)相比上升9.1%。"
    periods = {v: p for _, v, _, p in _drafted([line], date(2027, 1, 8))}
    assert periods[980] == 2026 and periods[1100] == 2026  # last month of a January story: December 2026
    assert {v: p for _, v, _, p in _drafted([line], date(2027, 5, 8))}[1100] == 2027
    # a bracket after a figure's own words is no period's: 1200 keeps its own guess
    assert {v: p for _, v, _, p in _drafted(["病例(1200例)与去年持平。"], date(2027, 5, 8))}[1200] == 2027


def test_a_government_sites_footer_is_outside_the_body() -> None:
    page = [
        "某县2027年政府工作报告",
        "发布时间:2027-01-20",
        "",
        "过去一年,全县新建村卫生室12个,婴儿死亡率降至3.2‰,孕产妇死亡率为零,全县人口达到35.1万人。",
        "【打印本页】【关闭窗口】",
        "主办:某县人民政府办公室  网站标识码:3400000001  皖ICP备05000001号",
    ]
    assert guess_source(page, REGIONS).body == (4, 4)
    assert guess_source([*page[:4], "网站标识码:3400000001  皖ICP备05000001号"], REGIONS).body == (4, 4)


def test_a_fraction_after_by_is_a_change_whatever_preposition_follows() -> None:
    """A small reader change (checks/numbers/english.py): `cut by a third between 2020 and 2025`."""
    assert [(q.text, round(q.value, 2)) for q in read_quantities("Deaths fell by a third between 2020 and 2025.")] == [
        ("a third", 33.33)
    ]
    assert read_quantities("It was passed by a third hospital.") == []  # an ordinal, as before
    assert read_quantities("A third hospital opened in 2025.") == []


def test_a_plans_standing_rule_holds_from_publication() -> None:
    plan = [
        "到2028年,全市每千人口全科医生达到4名。",
        "绩效工资总量可按不超过基准线的1.5倍核定,晋升前须到基层服务满1年。",
    ]
    drafted = _drafted(plan, date(2026, 3, 1), plan=True)
    assert [(v, p) for _, v, _, p in drafted] == [(4, 2028), (1.5, 2026), (1, 2026)]
    reached = ["到2028年,全市每千人口全科医生达到4名。", "绩效工资总量提高到基准线的1.5倍。"]  # a level to reach
    assert [(v, p) for _, v, _, p in _drafted(reached, date(2026, 3, 1), plan=True)] == [(4, 2028), (1.5, 2028)]


def test_a_threshold_is_told_in_the_year_of_publication() -> None:
    line = "Coverage stands at 71%, well below the 90% needed to stop outbreaks."
    assert _drafted([line], date(2027, 4, 20)) == [(1, 71, "achieved", 2026), (1, 90, "achieved", 2027)]
    # a figure of the year before a spring story: not a threshold
    assert _drafted(["Coverage stands at 71%, well below the 90% of 2019."], date(2027, 4, 20))[1][3] == 2019


def test_a_definition_and_what_may_happen_are_no_claims() -> None:
    note = "A bed day is a period of care of one patient in one bed; a patient may have more than one bed day."
    assert [why is None for _, why in _reasons(note)] == [False, False]
    # a sentence opening on "A …" that defines nothing: its figure is a claim
    assert [why is None for _, why in _reasons("A new ward is a relief: it opened with 24 beds.")] == [True]


def test_relations_are_proposed_between_facts_of_one_unit_only() -> None:
    """C109 rejects a relation between units: a part with no unit word takes the total's persons (round
    11: no unit word agrees with any count, P108), and two different count units give no relation."""

    def drafted(line: str) -> tuple[list[str], list[str]]:
        context = Context(False, article_years([line], date(2027, 6, 1)), UNITS, {})
        result = draft_lines([line], [1], context)
        return [r["kind"] for r in result.relations], [f.unit for f in result.facts]

    assert drafted("截至5月15日,全市已签约人数688万人,其中60岁及以上老年人374万。") == (
        ["sum_at_most"],
        ["person", "person"],
    )
    assert drafted("截至5月15日,全市已签约人数688万人,其中60岁及以上老年人374万人。")[0] == ["sum_at_most"]
    assert drafted("截至5月15日,全市有床位688张,其中老年人374人。") == ([], ["bed", "person"])


def test_the_count_of_items_named_next_in_its_sentence_is_no_claim() -> None:
    named = "The three largest risks remain staffing (R-02), estates (R-07) and cyber security."
    assert [why is None for _, why in _reasons(named)] == [False]
    # no article: a count of new things, and a claim
    assert _reasons("Three new practices are due to open and two will close.")[0][1] is None


def test_a_list_tables_benchmark_column_defines_the_share_counted() -> None:
    lines = [
        "Key waits, Q1 2027-28 (median / 90th percentile / % within benchmark / benchmark):",
        "- Cataract surgery: 64 days / 190 days / 72% / 112 days",
        "- MRI scan: 41 days / 150 days / 45% / 28 days",
    ]
    context = Context(False, article_years(lines, date(2027, 8, 20)), UNITS, {})
    drafted = draft_lines(lines, range(1, 4), context)
    assert [(f.line, f.value) for f in drafted.facts] == [(2, 64), (2, 190), (2, 72), (3, 41), (3, 150), (3, 45)]
    assert [i["text"] for i in drafted.ignores if i["line"] > 1] == ["112 days", "28 days"]
    # a benchmark column no share is counted within: its figures are claims
    plain = ["Waits (median / benchmark):", "- Cataract surgery: 64 days / 112 days"]
    context = Context(False, article_years(plain, date(2027, 8, 20)), UNITS, {})
    assert [f.value for f in draft_lines(plain, range(1, 3), context).facts] == [64, 112]


def test_a_reports_title_year_dates_its_figures_of_no_year() -> None:
    assert title_year("Deaths registered in England and Wales: 2026", 2027) == 2026
    assert title_year("某县2025年卫生健康工作总结", 2026) == 2025
    assert title_year("Health plan 2026 to 2030", 2027) is None  # two years: no one year it is about
    assert title_year("Deaths registered: 2027", 2027) is None  # not over when published
    lines = ["The median age at death was 83 years.", "In 2027 so far, 1,200 deaths were registered."]
    context = Context(False, article_years(lines, date(2027, 7, 14)), UNITS, {})
    context.title_year = 2026
    assert [(f.value, f.period) for f in draft_lines(lines, [1, 2], context).facts] == [(83, 2026), (1200, 2027)]
    context.title_year = None
    assert draft_lines(lines, [1, 2], context).facts[0].period == 2027


def test_a_rule_starting_on_a_date_is_due_that_year() -> None:
    plan = ["到2030年,全市每千人口全科医生达到4名。", "自2027年7月1日起,一般诊疗费由10元调整为15元。"]
    assert [(v, s, p) for _, v, s, p in _drafted(plan, date(2027, 4, 8), plan=True)] == [
        (4, "target", 2030),
        (10, "achieved", 2027),
        (15, "target", 2027),
    ]
    english = ["By 2030, every practice will offer evening hours.", "From 1 July 2028, the fee will rise to $15."]
    assert _drafted(english, date(2027, 4, 8), plan=True)[-1] == (2, 15, "target", 2028)


def test_a_change_from_the_same_point_last_season_is_now() -> None:
    line = "Clinics reported 2,100 cases in the 2026-27 season, down 12% from the same point last season."
    assert [(v, p) for _, v, _, p in _drafted([line], date(2027, 3, 4))] == [(2100, 2027), (12, 2027)]
    # a figure of last season itself: the year before
    assert _drafted(["Clinics reported 2,400 cases last season."], date(2027, 3, 4))[0][3] == 2026


def test_a_percentiles_name_is_no_claim() -> None:
    """The reader (round 9, merged) reads a percentile's ordinal as a value; the draft ignores the name."""
    assert [why is None for _, why in _reasons("The 90th percentile wait was 8.6 hours.")] == [False, True]
    assert [why is None for _, why in _reasons("Wards met 90% of targets.")] == [True]
