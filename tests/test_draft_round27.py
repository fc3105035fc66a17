"""Round 27's rules, from the kinds of text the thirty-first held-out set brought (a city's newborn screening
annual report, a medical-dispute mediation committee's annual report, a TCM hospital's review
self-evaluation, a health authority's home care report, a hospital's charity care report, a board's
delayed discharge statistics): each has its failing and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path

from checks.numbers import read_quantities
from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.draft_measure import draft_text

# ---- a table's caption: numbered and long, or naming a unit its columns may not count in ---------------

_SERVICES = [
    "Community services report 2025/26",
    "Published: 14 September 2026",
    "",
    "We report the community services our teams delivered in the year.",
    "Table 1. Community nursing delivered by locality and by team, 2025/26 (hours in thousands)",
    "Locality\tPatients\tNursing hours",
    "East\t2,310\t412",
    "West\t1,905\t377",
    "Table 2. Visits (hours in thousands)",
    "Team\tClients\tHours",
    "North\t640\t51",
    "South\t820\t64",
    "A long sentence about the services our nurses delivered across all localities ends here (in thousands)",
    "Site\tVisits",
    "Central\t95",
    "Harbour\t88",
]


def test_a_numbered_caption_of_any_length_names_its_table_s_scale(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SERVICES))
    assert facts[(7, 412_000)]["unit"] == "hour"  # the caption is 88 characters long, its brackets close it
    assert facts[(7, 412_000)]["unit_from"] == {"line": 5, "text": "(hours in thousands)"}
    assert (8, 377_000) in facts
    # a long line that is no numbered caption names no scale (a sentence may end in brackets)
    assert (15, 95) in facts and (15, 95_000) not in facts


def test_a_caption_naming_a_unit_scales_only_the_columns_of_that_unit_or_of_none(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SERVICES))
    assert (7, 2310) in facts and "unit_from" not in facts[(7, 2310)]  # Patients: persons, not hours
    assert (11, 640) in facts and (11, 640_000) not in facts  # Clients under a short caption too
    assert facts[(11, 51_000)]["unit"] == "hour"  # Hours: the caption's unit


_BENEFIT = [
    "Charity care report, fiscal year 2026",
    "Posted October 20, 2026",
    "",
    "We provided more free care this year than last.",
    "Community benefit (dollars in thousands)",
    "Category\tFY2025\tFY2026",
    "Charity care\t27,930\t31,715",
    "Education\t8,620\t9,105",
    "",
    "Funding by scheme (£ in thousands)",
    "Scheme\tFY2025\tFY2026",
    "Home care\t410\t455",
    "Respite\t120\t135",
    "",
    "Table 3. Spending on community teams and the clients they served, 2025/26 (dollars in thousands)",
    "Team\tStaff costs\tClients served",
    "North\t2,140\t1,310",
    "South\t1,870\t1,150",
]


def test_a_heading_s_currency_word_no_unit_lists_is_quoted_by_its_scale(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _BENEFIT))
    # dollars names no unit of the catalogue (any country's): the scale's words are quoted, the cell is usd
    assert facts[(7, 31_715_000)]["unit"] == "usd"
    assert facts[(7, 31_715_000)]["unit_from"] == {"line": 5, "text": "in thousands"}
    # £ is read as pounds sterling by the reader: the heading is quoted whole
    assert facts[(12, 455_000)]["unit_from"] == {"line": 10, "text": "Funding by scheme (£ in thousands)"}
    # Staff costs count money (their head noun is costs); Clients served count people
    assert facts[(17, 2_140_000)]["unit"] == "usd" and (17, 1310) in facts


# ---- a self-evaluation's years, its required score, a slogan's items, what was made clear --------------

_REVIEW = [
    "某县中医医院召开等级评审自评总结会",
    "发布时间：2026-06-24",
    "",
    "　　按照《中医医院评审标准（2024年版）》，医院组织8个专项工作组，开展了为期三个月的全面自查。",
    "　　自评总分为812.5分，比2023年复核时的760.0分提高52.5分，达到800分以上的要求。",
    "　　会议要求做到“三个一”：一份问题清单、一套整改台账、一名责任领导。",
    "　　此次共梳理问题86条，其余问题明确了整改时限。",
    "　　医院现有床位500张，2025年招收规培学员40名，结业考核通过率96.5%。",
    "　　全年未发生重大医疗事故，无一例投诉升级为诉讼。",
]


def test_an_edition_s_year_dates_no_figure_and_a_year_s_review_dates_its_score(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _REVIEW))
    assert _of(facts, 4, 8) == ("achieved", 2025)  # 标准（2024年版）: the standard's edition, no figure's year
    assert _of(facts, 5, 812.5) == ("achieved", 2025)  # the year the text reports (line 8's 2025年)
    assert _of(facts, 5, 760) == ("achieved", 2023)  # 比2023年复核时的: the score of that year's review
    assert _of(facts, 5, 52.5) == ("achieved", 2025)


def test_a_score_band_a_rule_requires_is_a_figure_and_an_activity_s_length_is_none(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _REVIEW)
    facts = _facts(drafted)
    assert facts[(5, 800)]["qualifier"] == "ge"  # 800分以上的要求: the requirement's value, not a band of units
    assert "三个月" in _ignored(drafted, 4)  # 为期三个月的自查: how long the activity lasted
    assert (4, 3) not in facts


def test_a_slogan_s_items_none_and_what_was_made_clear(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _REVIEW)
    facts = _facts(drafted)
    assert not [key for key in facts if key[0] == 6]  # “三个一”：一份…、一套…、一名…: the slogan's items
    assert _of(facts, 7, 86)[0] == "achieved"  # 明确了: made clear, done (not 明确, a target's cue)
    assert not [key for key in facts if key[0] == 9]  # 无一例: none
    assert _of(facts, 8, 96.5) == ("achieved", 2025)  # 2025年 opens its clause after 现有
    assert _of(facts, 8, 500) == ("achieved", 2026)  # 现有: now


# ---- an annual report: a table's count cells, windows after an event, bounds, a plan section -----------

_SCREENING = [
    "某市2025年新生儿疾病筛查工作报告",
    "发布日期：2026-03-18",
    "",
    "　　全年全市活产数11460人，筛查率99.1%。各县筛查情况见下表。",
    "　　表1　各县新生儿筛查情况（单位：人）",
    "县区\t活产数\t筛查人数\t确诊病例",
    "甲县\t3120\t3098\t4",
    "乙县\t2087\t2059\t2",
    "　　出生后42天内完成访视的新生儿占95.2%。供应商须在合同签订后30日内完成设备安装。",
    "　　费用在5000元以下的病例占38.5%，费用超过5万元的病例有12例。",
    "　　四、存在问题和2026年工作打算",
    "　　部分乡镇随访不及时，随访率仅为78.5%。下一步，将推动筛查病种由目前的6种扩大到不少于10种。",
    "　　一是新增专职人员5名；二是到2027年建成诊断中心1个。",
    "　　力争到2028年底复筛率达到95%以上，全年召回率不低于97%。",
    "　　力争全年随访率不低于92%。",
]


def test_a_table_s_year_like_count_cells_date_nothing(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SCREENING))
    assert _of(facts, 8, 2) == ("achieved", 2025)  # 2087, 2059: counts of people, not years
    assert _of(facts, 7, 4) == ("achieved", 2025)


def test_a_window_after_an_event_and_a_bound_that_picks_the_shared_units_are_no_claims(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _SCREENING)
    facts = _facts(drafted)
    assert "42天内" in _ignored(drafted, 9)  # 出生后42天内: which newborns the share counts
    assert (9, 95.2) in facts
    assert (9, 30) in facts  # 须…30日内: a duty's deadline, a claim
    assert (10, 5000) not in facts and (10, 38.5) in facts  # 5000元以下的病例占: the share's units
    assert (10, 12) in facts


def test_a_plan_section_s_shortcoming_its_start_level_and_its_year(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _SCREENING))
    assert _of(facts, 12, 78.5) == ("achieved", 2025)  # 仅为: as things stand, in a plan's section
    assert _of(facts, 12, 10) == ("target", 2026)  # 由目前的6种: 目前 dates the start, not the target
    assert _of(facts, 13, 5) == ("target", 2026)  # 2026年工作打算: the plan's year, not 2027's
    assert _of(facts, 13, 1) == ("target", 2027)
    assert _of(facts, 14, 97) == ("target", 2028)  # 全年 after 到2028年底: the whole of the due year
    assert _of(facts, 15, 92) == ("target", 2026)  # 全年 with no due year: this year


def test_a_change_from_last_year_s_level_reaches_now_s(tmp_path: Path) -> None:
    lines = [
        "某县卫生健康局2026年上半年工作总结",
        "发布日期：2026-07-10",
        "",
        "　　孕产妇系统管理率由去年的91.5%提高到95.2%。",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert _of(facts, 4, 91.5) == ("achieved", 2025)  # 由去年的: where the change starts
    assert _of(facts, 4, 95.2) == ("achieved", 2026)  # 提高到: where it has got to, now


# ---- a hospital's and a board's English: a change's ends, a wait reduced to, aims, thresholds ---------

_UPDATE = [
    "Hospital services update",
    "Posted October 20, 2026",
    "",
    "Staff turnover fell to 12.5% from 16.0%, and 45 new nurses joined.",
    "By March 31, 2028, we aim to see 90% of patients within 4 hours and reduce the average wait to 10 days or less.",
    "The trust agreed in May 2026 to cut bed days by at least 15% by March 2027, and to bring the number of patients delayed over two weeks below 30.",
    "Bed days are counted for all delays, including those under three days.",
    "Payment plans of up to 24 months are available for balances over $250.",
    "Of the 4,100 approved applicants, 82% received a full (100%) discount.",
]


def test_the_level_a_change_started_from_after_the_one_it_reached_is_a_year_earlier(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _UPDATE))
    assert _of(facts, 4, 16) == ("achieved", 2025)  # fell to 12.5% from 16.0%
    assert _of(facts, 4, 12.5) == ("achieved", 2026)
    assert _of(facts, 4, 45) == ("achieved", 2026)


def test_a_wait_reduced_to_a_bound_is_a_figure_and_an_aim_goes_on_to_its_deadline(tmp_path: Path) -> None:
    from checks.draft.cues import aim_goes_on  # this round's: a test fails without it

    drafted = draft_text(tmp_path, _UPDATE)
    facts = _facts(drafted)
    assert _of(facts, 5, 10) == ("target", 2028)  # reduce the average wait to 10 days or less
    assert "within 4 hours" in _ignored(drafted, 5)  # the share's definition stays one
    assert _of(facts, 6, 30) == ("target", 2027)  # …, and to bring … below 30: the aim due by March 2027
    line = _UPDATE[5]
    assert aim_goes_on(line, line.index("15%") + 3, line.index(", and to") + 1)
    line = "CMS proposes to adopt 3 measures beginning with CY 2028, and to remove two measures."
    assert not aim_goes_on(line, line.index("3 measures") + 1, line.index(", and to") + 1)  # a start, no deadline


def test_durations_thresholds_and_a_word_s_percentage_that_define_what_is_counted(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _UPDATE)
    facts = _facts(drafted)
    assert "over two weeks" in " ".join(_ignored(drafted, 6))  # patients delayed over two weeks
    assert (6, 30) in facts  # "below 30" after "weeks": no week's number
    assert (7, 3) not in facts  # those under three days
    assert (8, 24) in facts and (8, 250) not in facts  # available for balances over $250
    assert (9, 82) in facts and (9, 100) not in facts  # a full (100%) discount
    assert [q.text for q in read_quantities("82% received a full (100%) discount")] == ["82%", "100%"]
