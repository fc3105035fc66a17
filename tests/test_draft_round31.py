"""Round 31's rules, from the kinds of text the thirty-fifth held-out set brought (a county CDC's annual report on
its rabies exposure clinics, a city's iodine deficiency monitoring results, a province's medical-waste supervision
notice, an NHS trust's workforce report, a US state's Medicaid renewals update, a regional agency's antimicrobial
resistance summary) and the README's convention on counts that refer back: each has its failing and passing
cases, written for this file."""

from __future__ import annotations

from pathlib import Path

from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_checks import status_and_period as _of
from tests.test_draft_papers import _draft_text

# ---- a count named again after a definite word refers back --------------------------------------------------

_CLINICS = [
    "Riverside vaccination clinics: annual summary 2025",
    "Published 3 March 2026",
    "",
    "The county ran 26 vaccination clinics in 2025, and 9 mobile teams visited schools.",
    "Of the 26 clinics, 19 opened on Saturdays. All 9 teams reported monthly.",
    "Of the 41 pharmacies in the county, 30 offered flu vaccines.",
    "Three clinics closed for repairs. All three reopened in May.",
]


def test_a_count_named_again_after_a_definite_word_refers_back(tmp_path: Path) -> None:
    drafted = _draft_text(tmp_path, _CLINICS)
    facts = _facts(drafted)
    assert (5, 26) not in facts and "26 clinics" in _ignored(drafted, 5)  # line 4 counted the clinics
    assert any("line 4" in e["reason"] and "refers back" in e["reason"] for e in drafted["ignore"] if e["line"] == 5)
    assert (5, 19) in facts  # the part is the claim
    assert (5, 9) not in facts  # All 9 teams: line 4's 9 mobile teams
    assert (7, 3) in facts and len([f for f in drafted["facts"] if f["line"] == 7]) == 1  # All three: Three clinics
    assert _of(facts, 4, 26) == ("achieved", 2025)
    assert (6, 41) in facts  # Of the 41 pharmacies: never counted before, its first statement
    assert (6, 30) in facts


_SUPERVISION = [
    "某县2025年预防接种门诊督导情况通报",
    "发布日期：2026-02-10",
    "",
    "　　全县设置预防接种门诊18家，其中乡镇卫生院接种门诊15家。全县共有接种人员126名。",
    "　　县疾控中心对上述18家接种门诊开展督导2轮，15家乡镇卫生院接种门诊中有3家存在冷链记录不全问题。",
    "　　全县126名接种人员均参加了业务培训。全县21个村卫生室均完成了设备更新。",
    "　　检查发现的问题涉及2个环节，上述2个环节均已整改。",
]


def test_a_chinese_count_named_again_refers_back(tmp_path: Path) -> None:
    drafted = _draft_text(tmp_path, _SUPERVISION)
    facts = _facts(drafted)
    assert (5, 18) not in facts  # 上述18家: named above
    assert (5, 15) not in facts  # 15家…中有3家: the base counted on line 4, named again before its part
    assert (5, 3) in facts
    assert (6, 126) not in facts  # 全县126名接种人员均…: line 4's 126
    assert (6, 21) in facts  # 全县21个村卫生室均…: counted first here, a figure
    assert (7, 2) in [(f["line"], f["value"]) for f in drafted["facts"]]  # 涉及2个环节 states the count
    assert _ignored(drafted, 7) == ["2个环节均"]  # 上述2个环节: the ones named before
