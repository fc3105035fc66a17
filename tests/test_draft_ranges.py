"""A range's two ends bound one quantity (README, Bounds): a draft gives them one indicator and a same
relation (a new user's trial: 3至5公里 was drafted as two indicators, figure_x and figure_x_x, unrelated)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.corpus import load_corpus
from checks.engine import run
from tests.draft_measure import draft_repository

ARTICLE = [
    "某市2025年卫生健康工作综述",
    "发布时间：2026-01-20",
    "村卫生室服务半径为2.5至5公里，门诊报销比例为60%至80%。",
    "Waits for a first appointment were between 10 and 20 days in 2025.",
    "全市共有社区卫生服务中心46家。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:  # type: ignore[type-arg]
    return draft_repository(tmp_path_factory.mktemp("ranges"), ARTICLE)


@pytest.mark.parametrize(("line", "low", "high"), [(3, 2.5, 5), (3, 60, 80), (4, 10, 20)])
def test_a_ranges_ends_share_one_indicator_and_are_related_as_one_quantity(
    drafted: tuple[dict, Path],  # type: ignore[type-arg]
    line: int,
    low: float,
    high: float,
) -> None:
    data, _ = drafted
    by_value = {(f["line"], f["value"]): f for f in data["facts"]}
    low_end, high_end = by_value[(line, low)], by_value[(line, high)]
    assert (low_end["qualifier"], high_end["qualifier"]) == ("ge", "le")
    assert low_end["indicator"] == high_end["indicator"]
    assert {"kind": "same", "facts": [low_end["id"], high_end["id"]]} in [
        {k: v for k, v in r.items() if k in ("kind", "facts")} for r in data["relations"]
    ]


def test_the_drafted_ranges_raise_no_consistency_finding(drafted: tuple[dict, Path]) -> None:  # type: ignore[type-arg]
    _, root = drafted
    found = [(f.code, f.message) for f in run(load_corpus(root)).findings if f.code[0] == "C"]
    assert found == []
