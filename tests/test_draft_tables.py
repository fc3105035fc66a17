"""The draft's guesses on tables of ranks, scores and targets against results (round 12)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checks.draft.build import Context, draft_lines
from checks.draft.carried import title_year
from checks.draft.header_years import HeaderYear, column_years
from checks.draft.ignores import non_claim
from checks.draft.minguo import gregorian
from checks.draft.source import guess_source
from checks.draft.years import article_years, years_in
from checks.numbers import read_quantities
from schemas.regions import load_regions

PROJECT = Path(__file__).resolve().parents[1]
UNITS: dict[str, Any] = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
REGIONS = load_regions(PROJECT)


def _draft(lines: list[str], published: date) -> tuple[list[tuple[int, float, str, int]], list[str]]:
    """(line, value, status, period) of each drafted fact, and the text of each ignored number."""
    context = Context(False, article_years(lines, published), UNITS, {})
    drafted = draft_lines(lines, range(1, len(lines) + 1), context)
    return [(f.line, f.value, f.status, f.period) for f in drafted.facts], [i["text"] for i in drafted.ignores]


def test_a_rank_column_holds_ordinals_not_figures() -> None:
    table = ["排名\t单位\t得分", "1\t甲镇卫生院\t94.6", "2\t乙镇卫生院\t93.1"]
    facts, ignored = _draft(table, date(2026, 3, 9))
    assert [v for _, v, _, _ in facts] == [94.6, 93.1]
    assert ignored == ["1", "2"]
    english = ["Rank\tCause\tDeaths", "1\tCancer\t53,802", "2\tHeart disease\t23,417"]
    assert [v for _, v, _, _ in _draft(english, date(2026, 6, 16))[0]] == [53802, 23417]
    # a column of counts headed by what it counts keeps its figures
    counted = ["单位\t床位数\t得分", "甲镇卫生院\t1\t94.6"]
    assert [v for _, v, _, _ in _draft(counted, date(2026, 3, 9))[0]] == [1, 94.6]


def test_a_notice_about_a_years_results_dates_them_by_its_title() -> None:
    notice = [
        "霍山县人民政府",
        "首页 > 信息公开 > 通知公告",
        "关于2025年度全县基层医疗卫生机构绩效考核结果的通报",
        "索引号：113415/202603-00027　　发布机构：县卫生健康委员会　　生成日期：2026-03-09",
        "",
        "各乡镇卫生院：",
        "　　全县平均得分86.4分，比上年提高2.7分。",
    ]
    source = guess_source(notice, REGIONS)
    assert source.title == notice[2]  # the site's name above its breadcrumb is no title
    assert title_year(source.title, 2026) == 2025  # 关于 names what the notice is about
    assert [y.value for y in years_in("较2024年")] == []  # a year compared with is still none
    assert [y.value for y in years_in("低于2024年")] == []


def test_a_header_of_words_dates_its_columns_and_names_their_targets() -> None:
    table = [
        "Health target\tMeasure\t2030 target\t2025/26 interim target\tQ2 result (Oct–Dec 2025)\tStatus",
        "Faster cancer treatment\tTreated within 31 days\t90%\t85%\t84.1%\tAchieved",
    ]
    facts, _ = _draft(table, date(2026, 5, 8))
    assert [(v, s, p) for _, v, s, p in facts if v != 31] == [
        (90, "target", 2030),
        (85, "target", 2026),  # a fiscal year is the year it ends in
        (84.1, "achieved", 2025),
    ]
    # a row of words inside a table is no header, though one of its cells names a year
    rows = ["Clinic\tVisits\tNote", "Westside\tclosed\tin 2019", "Northside\t4,120\topen"]
    assert column_years(rows, range(1, 4)) == {}
    assert column_years(table, range(1, 3))[2][2] == HeaderYear(2030, target=True)


def _claims(line: str) -> list[str]:
    found = read_quantities(line)
    return [q.text for q in found if non_claim(line, q, found) is None]


def test_ranks_score_scales_and_score_bands_are_no_claims() -> None:
    line = "本次考核采取百分制（满分100分），全县平均得分86.4分；得分90分及以上的单位5家，80分至89.9分的8家，80分以下的3家。"
    assert _claims(line) == ["86.4分", "5家", "8家", "3家"]
    assert _claims("其中前五名死因之死亡人数如下，肺癌居前三名") == []
    assert _claims("第6至13名单位名单详见附件") == []
    assert _claims("每组配备6至13名医生") != []  # a range of counts, no ranks
    assert _claims("肺癌排名第3位，死亡1万426人") == ["1万426人"]
    # a score with no band after it, and counts of people, are claims
    assert _claims("最高分94.6分，比上年提高2.7分，录取五名医生。") == ["94.6分", "2.7分", "五名"]
    assert _claims("满意度均达到医院设定的不低于90分的年度目标") == ["不低于90分"]  # a target, no band


def test_a_minguo_due_year_before_前_is_a_year_and_目标于_names_no_year_compared_with() -> None:
    line = "目標於119年前將癌症標準化死亡率降低四分之一"
    assert gregorian(line).text == "目標於2030年前將癌症標準化死亡率降低四分之一"
    assert gregorian("近120年前").text == "近120年前"  # 120 years before
    assert [(y.value, y.target) for y in years_in("目标于2030年前将死亡率降低")] == [(2030, True)]
    assert years_in("死亡率低于2024年") == []  # lower than 2024: compared with


def test_a_year_after_from_some_words_in_is_the_figures_own() -> None:
    line = "The district has contracted an extra 1,200 procedures from private providers in 2025/26."
    assert [y.value for y in years_in(line)] == [2026]
    assert years_in("Visits rose to 512, up from 431 in 2025.") == []  # the level compared with


def test_a_bound_word_before_a_countrys_currency_sign_is_read() -> None:
    read = [(q.value, q.qualifier) for q in read_quantities("pay no more than S$10, at an estimated GH¢9.5 million")]
    assert read == [(10, "le"), (9_500_000, "approx")]
    assert [q.qualifier for q in read_quantities("at least US$ 5 and about HK$3")] == ["ge", "approx"]
    assert [q.qualifier for q in read_quantities("the DKS$10 fee")] == ["eq"]  # letters of a word: no sign's


def test_a_bound_on_what_people_with_a_condition_pay_is_a_claim() -> None:
    assert _claims("Enrolled residents with chronic conditions pay no more than S$10 for each visit.") == [
        "no more than S$10"
    ]
    assert _claims("Of 400 patients, 140 patients with an eGFR below 60 were referred.") == ["400", "140"]


def test_an_age_in_months_or_weeks_defines_the_children_counted() -> None:
    assert _claims("Children fully immunised at 24 months of age: 80.4%") == ["80.4%"]
    assert _claims("3,412 of the children who turned 24 months old were immunised") == ["3,412"]
    assert _claims("The wait was 24 months for 310 patients") == ["24 months", "310"]


def test_a_vaccines_dose_and_a_questions_number_are_labels() -> None:
    assert _claims("Penta 3 coverage among infants reached 88.2 per cent.") == ["88.2 per cent"]
    assert _claims("may I take Parliamentary Question Nos. 14 and 27 together") == []
    assert _claims("Coverage reached 88.2 per cent for 3 vaccines.") == ["88.2 per cent", "3"]


def test_a_target_named_in_a_report_on_a_year_over_is_that_years() -> None:
    lines = ["高血压患者规范管理率为68.9%，高于不低于65%的年度目标值；老年人健康管理率为63.4%，未达到65%的目标值。"]
    context = Context(False, article_years(lines, date(2026, 3, 9)), UNITS, {}, title_year=2025)
    facts = [(f.value, f.status, f.period) for f in draft_lines(lines, [1], context).facts]
    assert facts == [(68.9, "achieved", 2025), (65, "target", 2025), (63.4, "achieved", 2025), (65, "target", 2025)]
    # a target to come keeps its own default: the year of publication
    plan = ["2026年，老年人健康管理率要达到67%以上。"]
    context = Context(False, article_years(plan, date(2026, 3, 9)), UNITS, {}, title_year=2025)
    assert [(f.status, f.period) for f in draft_lines(plan, [1], context).facts] == [("target", 2026)]


def test_this_years_minguo_number_in_brackets_is_a_date() -> None:
    assert [q.text for q in read_quantities("今（115）年已編列新臺幣96億元")] == ["96億元"]
    assert [q.text for q in read_quantities("去(114)年死亡人數為20萬人")] == ["20萬人"]
    assert [q.text for q in read_quantities("共（115）人")] == ["115"]  # a count in brackets stays one


def test_a_column_that_counts_the_rows_in_order_holds_ordinals_whatever_its_header() -> None:
    # no rank word in the header (位置 and Pos. are none the drafter lists): the column's 1, 2, 3 … say so
    table = ["位置\t单位\t得分", "1\t甲镇卫生院\t94.6", "2\t乙镇卫生院\t93.1", "3\t丙镇卫生院\t90.7"]
    facts, ignored = _draft(table, date(2026, 3, 9))
    assert [v for _, v, _, _ in facts] == [94.6, 93.1, 90.7]
    assert ignored == ["1", "2", "3"]
    english = ["Pos.\tCause\tDeaths", "1\tCancer\t53,802", "2\tHeart disease\t23,417", "3\tStroke\t12,105"]
    assert [v for _, v, _, _ in _draft(english, date(2026, 6, 16))[0]] == [53802, 23417, 12105]
    # counts that do not go up by one down the rows, or two rows only, keep their figures
    counts = ["单位\t床位数\t医生数", "甲院\t12\t30", "乙院\t13\t31", "丙院\t15\t32"]
    assert [v for _, v, _, _ in _draft(counts, date(2026, 3, 9))[0]] == [12, 30, 13, 31, 15, 32]
    # rows left out (……) between the ranks: the numbering goes on after them
    gap = ["位置\t单位\t得分", "1\t甲院\t94.6", "2\t乙院\t93.1", "……\t……\t……", "14\t丙院\t78.5", "15\t丁院\t76.9"]
    assert [v for _, v, _, _ in _draft(gap, date(2026, 3, 9))[0]] == [94.6, 93.1, 78.5, 76.9]
    two = ["位置\t单位\t得分", "1\t甲镇卫生院\t94.6", "2\t乙镇卫生院\t93.1"]
    assert [v for _, v, _, _ in _draft(two, date(2026, 3, 9))[0]] == [1, 94.6, 2, 93.1]
    # the table's total row after the numbered ones (包号 numbering a tender's lots, then 合计)
    lots = ["包号\t采购内容\t数量（台）", "1\t超声诊断仪\t12", "2\t生化分析仪\t10", "3\t心电图机\t8", "合计\t—\t30"]
    facts, ignored = _draft(lots, date(2026, 3, 9))
    assert [v for _, v, _, _ in facts] == [12, 10, 8, 30]
    assert [text.split("\t")[0] for text in ignored] == ["1", "2", "3"]
    total = ["Pos.\tCause\tDeaths", "1\tCancer\t53,802", "2\tStroke\t12,105", "Total\t\t65,907"]
    assert [v for _, v, _, _ in _draft(total, date(2026, 6, 16))[0]] == [1, 53802, 2, 12105, 65907]  # two rows only
