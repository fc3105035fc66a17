"""Round 25's rules, from the kinds of text the twenty-ninth held-out set brought (a county's patriotic
health inspection notice with scores, a province's drug price monitoring bulletin, a hospital's quality
and safety report, a US county health department's annual report to its board, a UK council's health
scrutiny minutes, an Australian state's ambulance ramping release): each has its failing and passing
cases, written for this file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checks.draft.dates import is_dateline
from checks.draft.ignores import non_claim
from checks.numbers import read_quantities
from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text


def _claims(line: str) -> list[str]:
    """The texts of ``line``'s figures (a range's ends apart, as the draft reads them) that may be claims."""
    found = [figure for q in read_quantities(line) for figure in q.figures()]
    return [q.text for q in found if non_claim(line, q, found) is None]


# ---- a board paper's line of fields: its byline and the meeting's date ----------------------------

_BOARD_PAPER = [
    "Elmwood County Public Health",
    "Home | Board of Health | Meeting Materials",
    "Annual Report to the Board of Health, Fiscal Year 2026",
    "Presented by Dr. Ana Ruiz, County Health Officer | Board of Health regular meeting, August 11, 2026 | Agenda item 5.C",
    "",
    "Our clinics gave 12,400 vaccine doses in FY2026, against 11,900 the year before.",
    "Staff inspected 840 restaurants; 12 were closed, down from 19.",
    "Priorities for FY2027",
    "Open three more clinics and distribute 4,000 naloxone kits.",
]


def test_a_byline_and_a_meeting_ending_on_its_date_make_a_line_of_fields(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _BOARD_PAPER)
    assert drafted["source"]["published"] == date(2026, 8, 11)
    assert drafted["source"]["body"]["first"] == 6
    facts = _facts(drafted)
    assert _of(facts, 6, 11900) == ("achieved", 2025)  # the year before the one published in
    assert is_dateline(_BOARD_PAPER[3])
    # a first field of eight words that is no byline is no field of a page's line
    assert not is_dateline("The board heard from the county health officer today | Regular meeting, August 11, 2026")


# ---- the earlier level of a change: a year before the one it reaches -------------------------------

_TITLED = [
    "Riverbend Health Annual Report 2025",
    "Published: 12 March 2026",
    "",
    "Measles cases fell from 40 to 31 across the district.",
    "Transfers taking more than an hour fell from 2,000 (20.5% of arrivals) to 1,500 (15.1%).",
    "The service closed 12 sites, down from 15.",
    "Outpatient visits rose to 9,200, up from 8,100 in 2019.",
]


def test_the_earlier_level_of_a_change_is_a_year_before_in_a_report_whose_title_names_its_year(
    tmp_path: Path,
) -> None:
    facts = _facts(draft_text(tmp_path, _TITLED))
    assert facts[(4, 40)]["period"] == 2024 and facts[(4, 31)]["period"] == 2025
    assert facts[(5, 2000)]["period"] == 2024 and facts[(5, 20.5)]["period"] == 2024  # its share in brackets too
    assert facts[(5, 1500)]["period"] == 2025 and facts[(5, 15.1)]["period"] == 2025
    assert facts[(6, 15)]["period"] == 2024 and facts[(6, 12)]["period"] == 2025  # down from 15
    assert facts[(7, 8100)]["period"] == 2019  # its own year stands
    assert (5, 60) not in facts  # a bound on the time taken picks the transfers counted


# ---- committee minutes: minute numbers, a budget table, what the service is commissioned to do ------

_MINUTES = [
    "Hartmoor Borough Council",
    "Health Scrutiny Committee",
    "Published: 20 October 2026",
    "",
    "Present: Councillors Ames, Bello and Cray.",
    "12/26 Apologies",
    "Apologies were received from Councillor Ames.",
    "13/26 Public health budget 2026/27",
    "Programme\t2025/26 outturn\t2026/27 budget\t2026/27 forecast",
    "Stop smoking and NHS Health Checks\t640\t655\t610",
    "The 4-week quit rate, at 44%, was below the 52% the service was commissioned to achieve.",
    "A new surgery, serving up to 7,500 patients, was due to open in autumn 2028.",
    "The trust aimed to bring the average handover under 25 minutes by December.",
    "Delays rose due to increase in demand, to 41 minutes.",
    "14/26 Work programme",
    "The committee agreed its work programme.",
]


def test_minutes_numbers_budget_columns_and_what_is_due_to_happen(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _MINUTES)
    facts = _facts(drafted)
    assert not [f for f in drafted["facts"] if f["line"] in (6, 8, 15)]  # 12/26, 13/26, 14/26: minute numbers
    # the reader reads no minute number opening its line, so none needs an ignore entry either
    assert not {i["line"] for i in drafted.get("ignore") or []} & {6, 8, 15}
    assert (10, 640) in facts  # a cell after a tab is no thing named by its number (Checks 640)
    assert _of(facts, 10, 655) == ("achieved", 2027)  # the budget's allocation
    assert _of(facts, 10, 610) == ("target", 2027)  # the forecast
    assert facts[(11, 52)]["status"] == "target" and facts[(11, 44)]["status"] == "achieved"
    assert _of(facts, 12, 7500) == ("target", 2028)  # was due to open in autumn 2028
    assert _of(facts, 13, 25) == ("target", 2026)  # aimed to … by December
    assert facts[(14, 41)]["status"] == "achieved"  # due to staff shortages: a cause, no event to come


# ---- a release: comparisons, a budget's announcement, what is due to open, asides -------------------

_RELEASE = [
    "Ambulance handover times – June quarter 2026",
    "Data release | Published 28 July 2026 | Reporting period: 1 April to 30 June 2026",
    "",
    "Crews spent 6,120 hours ramped; this was 1,204 hours fewer than in the same quarter last year.",
    "Four of the six hospitals improved on the June quarter 2025. At the city hospital, admissions reached 2,310.",
    "The 90th percentile was 2 hours 5 minutes (125 minutes), and the median 31 minutes.",
    "Lost time is the total time beyond the first 15 minutes of each handover.",
    "The $22.4 million Access Plan, announced in the 2026-27 State Budget, funds 20 extra nurses and a 12-bed unit,"
    " due to open in May 2027.",
    "Questions may be directed to the unit at 555-0199; the unit took 555 calls in June.",
    "The department had 31 vacancies, compared with 40 vacancies a year earlier, and 6% more staff than a year earlier.",
]


def test_a_release_s_comparisons_and_what_a_budget_funds(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _RELEASE)
    facts = _facts(drafted)
    assert facts[(4, 6120)]["period"] == 2026 and facts[(4, 1204)]["period"] == 2026  # last year is compared with
    assert facts[(5, 4)]["period"] == 2026 and facts[(5, 2310)]["period"] == 2026  # 2025 is compared with
    times = [f["quote"] for f in drafted["facts"] if f["line"] == 6 and f["value"] == 125]
    assert len(times) == 1 and "(125" not in times[0]  # (125 minutes) restates 2 hours 5 minutes
    assert (7, 15) not in facts  # the time beyond the first 15 minutes defines what is counted
    assert _of(facts, 8, 22_400_000) == ("achieved", 2027)  # announced in the budget: its allocation
    assert _of(facts, 8, 20) == ("target", 2027) and _of(facts, 8, 12) == ("target", 2027)  # due to open
    assert (9, 555) in facts and len([f for f in drafted["facts"] if f["line"] == 9]) == 1  # 555-0199: a telephone
    assert facts[(10, 40)]["period"] == 2025 and facts[(10, 6)]["period"] == 2026  # a change on a year earlier


def test_bounds_that_pick_what_is_counted_and_a_restated_time() -> None:
    assert _claims("Transfers taking more than 60 minutes fell to 310.") == ["310"]
    # a negated subject: every wait was within it, a claim (a wait that picks who is counted is none)
    assert _claims("No patient waited longer than 6 hours last quarter.") == ["longer than 6 hours"]
    assert _claims("Patients waiting more than 18 weeks fell to 310.") == ["310"]
    assert _claims("The transfer took 38 minutes.") == ["38 minutes"]
    assert _claims("The rebuild took more than 3 years.") == ["more than 3 years"]  # a claim of the time taken
    assert _claims("Lost time is the time beyond the first 15 minutes.") == []
    assert _claims("The 90th percentile was 2 hours 5 minutes (125 minutes).") == ["2 hours 5 minutes"]
    assert _claims("Seven in 10 (70%) were admitted.") == ["70%"]  # a fraction in words, as before
    assert _claims("Questions may be sent to the office at 555-0199.") == []
    assert _claims("Stop smoking and NHS Health Checks\t812\t845") == ["812", "845"]
    assert _claims("See Budget Vote 4 for the detail.") == []  # a thing named by its number, as before
    assert _claims("66个村庄中有9个存在垃圾清运超过3天的情况。") == ["66个", "9个"]  # the bound defines the cases
    assert _claims("平均清运时间超过3天。") == ["超过3天"]


# ---- a heading naming its section's year -----------------------------------------------------------

_PRIORITIES = [
    "Elm County Health Annual Report",
    "Published: 20 September 2026",
    "",
    "This report sums up the year. Table 1 shows our indicators.",
    "Indicator\t2024\t2025\tHealthy Elm 2030 target",
    "Overdose deaths\t28.1\t25.0\t20.0",
    "Priorities for FY2028",
    "Open two more clinics and distribute 5,000 naloxone kits.",
    "Recommendations",
    "The board should fund the 8 outreach workers.",
]


def test_a_heading_naming_its_section_s_year_dates_its_targets_up_to_the_next_heading(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _PRIORITIES))
    assert _of(facts, 8, 2) == ("target", 2028) and _of(facts, 8, 5000) == ("target", 2028)
    assert facts[(10, 8)]["period"] != 2028  # the next heading ends the section
    assert _of(facts, 6, 20) == ("target", 2030)  # the table's target column keeps its year


# ---- Chinese notices and reports: asides, quarters, 由, 上年的, 限期, a grade's band, a specification --------

_INSPECTION = [
    "某县爱卫办关于2026年第三季度城乡环境卫生检查情况的通报",
    "发布时间：2026-10-20",
    "",
    "　　一、总体情况",
    "　　县直单位65个单位中61个达到“合格”等次（90分及以上），合格率93.8%。",
    "　　对排名后3位的乡镇予以通报批评，并限期15日内完成整改；共有260余项问题得到限期整改。",
    "　　其中，价格高于最低价1.5倍的门店有30个，已督促门店将价格调整至最低价的1.2倍以内；明年将新增网点20个。",
    "　　二、下一步工作",
    "　　第四季度，全县平均得分要达到88分，市场达标率达到100%。",
    "　　到2027年，全县卫生乡镇占比不低于60%（目前为45.5%，即20个乡镇中已有9个）。",
]


def test_an_aside_on_what_holds_now_a_quarter_and_a_time_limit(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _INSPECTION))
    assert (5, 90) not in facts  # the band that defines the grade
    assert facts[(6, 15)]["status"] == "target"  # 限期15日内: a deadline set
    assert facts[(6, 260)]["status"] == "achieved"  # 得到限期整改: done
    assert facts[(7, 30)]["status"] == "achieved" and facts[(7, 1.2)]["status"] == "target"  # 将 as 把; a directive
    assert facts[(7, 20)]["status"] == "target"  # 将 as will
    assert _of(facts, 9, 100) == ("target", 2026)  # 第四季度: this year's
    assert _of(facts, 10, 60) == ("target", 2027)
    assert _of(facts, 10, 45.5) == ("achieved", 2026) and _of(facts, 10, 9) == ("achieved", 2026)
    assert _of(facts, 10, 20) == ("achieved", 2026)


_QUALITY = [
    "某市人民医院2025年医疗质量安全报告",
    "发布时间：2026-03-16",
    "",
    "　　平均住院日由2024年的8.4天降至7.9天，床位使用率为92.3%。",
    "指标\t2024年\t2025年",
    "非计划重返手术室再手术率（‰）\t1.9\t1.6",
    "　　全年上报不良事件1246例，较上年的987例增加26.2%。",
    "　　全年医院感染发生率为1.12%（控制目标：不超过2%）；手卫生依从率为86.5%。",
    "通用名\t规格\t本月挂网价",
    "阿莫西林胶囊\t0.25g×24粒\t6.80",
    "季度\t受理电话（个）",
    "第二季度\t74,935",
]


def test_a_target_aside_a_from_year_and_last_year_s_level_in_a_report(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _QUALITY))
    assert facts[(4, 7.9)]["period"] == 2025 and facts[(4, 92.3)]["period"] == 2025
    assert facts[(4, 8.4)]["period"] == 2024
    assert facts[(6, 1.6)]["status"] == "achieved"  # 非计划 (unplanned) is no plan
    assert facts[(7, 987)]["period"] == 2024 and facts[(7, 1246)]["period"] == 2025
    assert _of(facts, 8, 1.12) == ("achieved", 2025) and _of(facts, 8, 86.5) == ("achieved", 2025)
    assert facts[(8, 2)]["status"] == "target"
    assert (10, 0.25) not in facts and (10, 24) not in facts and (10, 6.8) in facts  # 规格: the product's pack
    assert facts[(12, 74935)]["period"] == 2025  # a quarter labelling a table's row is no quarter of now
