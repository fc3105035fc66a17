"""Round 18's rules, from the kinds of text the twenty-second held-out set brought and the tables of
amounts the drafter left bare: a table cell printed bare under a heading or caption that names its
unit and scale (计划投资（万元）, 单位：万元, Spending (£m)) is drafted as that amount, with the
heading as its ``unit_from``; a row that leaves a cell empty keeps its table's header; a column of
what was planned holds targets, a column of the previous year holds that year's figures. Each has
its failing and passing cases, written for this file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from checks.draft.guesses import Guess
from checks.draft.tables import column_guess, table_columns
from checks.numbers import read_quantities
from tests.draft_measure import draft_text


def _facts(drafted: dict[str, Any]) -> dict[tuple[int, float], dict[str, Any]]:
    return {(f["line"], f["value"]): f for f in drafted["facts"]}


# ---- a bare cell takes its unit and scale from its column's heading or its table's caption -----------

_COLUMN_HEADED = [
    "某区为民办实事项目进展公示",
    "发布时间：2026年9月2日",
    "",
    "现将今年各项目的投资情况公示如下。",
    "序号\t项目\t年度计划投资（万元）\t已完成投资（万元）",
    "1\t社区卫生服务站改造\t640\t512.5",
    "2\t救护车购置\t300\t280",
    "3\t健康小屋建设\t85\t40",
    "合计\t\t1025\t832.5",
    "",
    "各项目均按计划推进。",
]


def test_a_bare_cell_takes_its_column_heading_s_unit_and_scale(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _COLUMN_HEADED))
    planned = facts[(6, 6_400_000)]
    assert planned["unit"] == "yuan"
    assert planned["unit_from"] == {"line": 5, "text": "年度计划投资（万元）"}
    assert facts[(6, 5_125_000)]["unit_from"] == {"line": 5, "text": "已完成投资（万元）"}
    assert (6, 640) not in facts


def test_a_total_row_that_leaves_a_cell_empty_keeps_the_table_s_header(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _COLUMN_HEADED))
    assert facts[(9, 10_250_000)]["unit_from"]["line"] == 5
    assert facts[(9, 8_325_000)]["unit_from"]["text"] == "已完成投资（万元）"
    columns = table_columns(_COLUMN_HEADED, range(1, len(_COLUMN_HEADED) + 1))
    assert columns[9] is columns[6]


def test_a_column_of_what_was_planned_holds_targets(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _COLUMN_HEADED))
    assert facts[(7, 3_000_000)]["status"] == "target"  # the planned 300
    assert [f["status"] for f in facts.values() if f["line"] == 7] == ["target", "achieved"]


_CAPTIONED = [
    "某县卫生健康局2025年度部门决算",
    "发布时间：2026年9月10日",
    "",
    "一、收入支出决算总体情况",
    "收入支出决算情况　　　　　　　　单位：万元",
    "项目\t本年决算数\t上年决算数\t增减率（%）",
    "收入合计\t12,480.36\t11,902.10\t4.86",
    "支出合计\t12,501.07\t11,877.45\t5.25",
    "",
    "二、其他说明",
]


def test_a_bare_cell_takes_its_table_caption_s_unit_but_a_column_of_rates_keeps_its_own(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _CAPTIONED))
    income = facts[(7, 124_803_600)]
    assert income["unit"] == "yuan"
    assert income["unit_from"] == {"line": 5, "text": "单位：万元"}
    rate = facts[(7, 4.86)]
    assert rate["unit"] == "percent"
    assert rate["unit_from"] == {"line": 6, "text": "增减率（%）"}


def test_a_column_of_the_previous_year_holds_that_year_s_figures(tmp_path: Path) -> None:
    facts = _facts(draft_text(tmp_path, _CAPTIONED))
    assert facts[(7, 124_803_600)]["period"] == 2025
    assert facts[(7, 119_021_000)]["period"] == 2024
    assert facts[(8, 118_774_500)]["period"] == 2024


def test_an_english_table_s_heading_in_brackets_scales_its_cells(tmp_path: Path) -> None:
    lines = [
        "Trust finance summary",
        "Published: 4 June 2026",
        "",
        "The table shows this year's spending by division.",
        "Division\tSpending (£m)\tPlanned spending (£m)",
        "Acute care\t412.6\t400.0",
        "Community\t98.3\t101.5",
        "",
        "The trust ended the year close to plan.",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(6, 412_600_000)]["unit_from"] == {"line": 5, "text": "Spending (£m)"}
    assert facts[(6, 400_000_000)]["status"] == "target"


def test_a_cell_with_its_own_unit_or_words_is_read_as_printed(tmp_path: Path) -> None:
    lines = [
        "某区为民办实事项目进展公示",
        "发布时间：2026年9月2日",
        "",
        "现将今年各项目的情况公示如下。",
        "项目\t投资（万元）\t新建站点数",
        "救护车购置\t300\t0",
        "卫生站改造\t2300万元\t3",
        "",
        "各项目均按计划推进。",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert "unit_from" not in facts[(7, 23_000_000)]
    assert (7, 3) in facts and "unit_from" not in facts[(7, 3)]
    assert facts[(6, 3_000_000)]["unit_from"]["text"] == "投资（万元）"  # a bare cell above them


def test_column_guess_reads_only_a_header_s_words() -> None:
    columns = table_columns(_CAPTIONED, range(1, len(_CAPTIONED) + 1))[7]
    line = _CAPTIONED[6]
    period = Guess(2025, "the year before publication")
    assert column_guess(columns, line, line.index("11,902"), period) == (
        Guess(2024, "its table column is the year before (上年决算数)"),
        None,
    )
    assert column_guess(columns, line, line.index("12,480"), period) is None
    assert column_guess(columns, line, line.index("4.86"), period) is None  # a rate's column: no year


# ---- the reader: a table's next cell is no range's end; Zambia's kwacha ------------------------------


def test_a_dash_opening_the_next_cell_joins_no_range() -> None:
    found = read_quantities("门诊挂号\t2,310\t8.2%\t-15.4%")
    assert [(q.text, q.qualifier) for q in found] == [("2,310", "eq"), ("8.2%", "eq"), ("15.4%", "eq")]
    assert [q.qualifier for q in read_quantities("占比14.8%-19.7%")] == ["range"]  # no cell between


def test_the_kwacha_glued_to_an_amount_with_a_scale_word_is_money(tmp_path: Path) -> None:
    assert [q.value for q in read_quantities("the clinic cost K42.5 million to build")] == [42_500_000]
    assert read_quantities("a K9 unit of dogs") == []  # a letter and a number: no amount
    lines = [
        "Ministry of Health",
        "Posted on 3 March 2026",
        "",
        "The ward was built at a cost of K42.5 million, paid from the 2026 budget.",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(4, 42_500_000)]["unit"] == "zmw"


# ---- a year in brackets of another sentence's figure is no year of its paragraph ---------------------


def test_a_last_year_in_brackets_of_another_sentence_dates_no_later_figure(tmp_path: Path) -> None:
    lines = [
        "2026年8月某市卫生热线情况",
        "发布时间：2026年9月5日",
        "",
        "8月，热线共受理诉求5,120件（去年同期为4,870件）。其中，咨询类2,600件，投诉类1,300件。",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(4, 4870)]["period"] == 2025
    assert facts[(4, 2600)]["period"] == 2026
    assert facts[(4, 1300)]["period"] == 2026


def test_a_cell_after_a_run_of_full_width_and_ascii_spaces_is_a_whole_cell(tmp_path: Path) -> None:
    """A space-aligned total row whose run of spaces ends in an ASCII one (合\u3000计\u3000\u3000\u3000255.5
    \u3000…\u3000 25294.5) had its cells left bare: 25294.5 drafted as 25294.5 'unit', not 万元."""
    lines = [
        "某市补助资金分配表",
        "发布时间：2026年7月24日",
        "",
        "各县（区）测算情况如下：",
        "县（区）\u3000\u3000常住人口（万人）\u3000\u3000补助资金（万元）",
        "安定区\u3000\u3000\u300041.2\u3000\u3000\u3000\u30004078.8",
        "合\u3000计\u3000\u3000\u3000255.5\u3000\u3000\u3000 25294.5",
        "",
        "资金于年内拨付到位。",
    ]
    facts = _facts(draft_text(tmp_path, lines))
    assert facts[(7, 252_945_000)]["unit_from"] == {"line": 5, "text": "补助资金（万元）"}
    assert (7, 25294.5) not in facts
