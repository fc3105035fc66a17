"""一 with a measure word read as an article (a, an), not a count (checks.draft.article_one): failing and passing
cases, written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from tests.draft_checks import facts_by_place, ignored_on
from tests.draft_measure import draft_text

# A county news story: 一 with a measure word introduces a noun on lines 4 to 6; lines 7 and 8 count.
_STORY = [
    "某县融媒体中心",
    "某县人民医院与省级医院签约共建",
    "发布时间：2026-02-10",
    "近日，县人民医院与省城一家三甲医院签订合作协议，这是我县提升县域医疗服务能力的一项重要举措。",
    "现场，一台救护车正在进行急救演示，专家每3个月来院坐诊一次。",
    "该院去年接诊患者12.6万人次，较上年增长8.1%。",
    "全县目前仅有一家三级医院。",
    "今年将新建一所卫生院、改扩建3所卫生院。",
    "另外，全市去年建成一个区域医疗中心。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return draft_text(tmp_path_factory.mktemp("story"), _STORY)


@pytest.mark.parametrize(("line", "text"), [(4, "一家"), (4, "一项"), (5, "一台"), (5, "一次")])
def test_one_with_a_measure_word_is_an_article(drafted: dict[str, Any], line: int, text: str) -> None:
    facts = facts_by_place(drafted)
    assert (line, 1) not in facts
    assert any(text in ignored for ignored in ignored_on(drafted, line))


@pytest.mark.parametrize("line", [7, 8, 9])
def test_guard_one_counted_stays_a_figure(drafted: dict[str, Any], line: int) -> None:
    """Guard: 仅有一家 (a word that counts before it), 新建一所 beside 改扩建3所 (counts of the same measure word) and
    建成一个 (a word that builds what it counts) are counts of one."""
    assert (line, 1) in facts_by_place(drafted)


def test_guard_the_storys_other_figures_stay(drafted: dict[str, Any]) -> None:
    facts = facts_by_place(drafted)
    assert (6, 126000) in facts and (6, 8.1) in facts
