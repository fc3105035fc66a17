"""A physical measure (a distance, mass, area) is of kind measure: a draft proposes its unit so, and C111,
which wants counts whole, leaves it (a new user's trial: 2.5至5公里 was a count, and C111 failed it)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checks.corpus import load_corpus
from checks.draft.new_units import new_unit
from checks.engine import run
from tests.draft_measure import draft_repository

ARTICLE = [
    "某市2025年卫生健康工作综述",
    "发布时间：2026-01-20",
    "全市建成15分钟健康服务圈，村卫生室服务半径为2.5至5公里。",
    "全年转运医疗废物1860吨，新建业务用房3.2万平方米。",
    "全市共有社区卫生服务中心46家。",
]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:  # type: ignore[type-arg]
    return draft_repository(tmp_path_factory.mktemp("measures"), ARTICLE)


def test_a_physical_measure_word_is_proposed_a_measure(drafted: tuple[dict, Path]) -> None:  # type: ignore[type-arg]
    data, root = drafted
    units = yaml.safe_load((root / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    unit_of = {(f["line"], f["value"]): f["unit"] for f in data["facts"]}
    assert unit_of[(3, 2.5)] == unit_of[(3, 5)]
    assert units[unit_of[(3, 2.5)]]["kind"] == "measure"  # 公里
    assert units[unit_of[(4, 1860)]]["kind"] == "measure"  # 吨, whole but a mass still
    assert units[unit_of[(5, 46)]]["kind"] == "count"  # 家: institutions, the catalogue's


def test_c111_leaves_a_measure_that_is_not_whole(drafted: tuple[dict, Path]) -> None:  # type: ignore[type-arg]
    _, root = drafted
    codes = [(f.code, f.dataset.line if f.dataset else None) for f in run(load_corpus(root)).findings]
    assert not [c for c in codes if c[0] in ("C111", "S110", "S114")], codes


@pytest.mark.parametrize(
    ("word", "kind"), [("公里", "measure"), ("km", "measure"), ("Tonnes", "measure"), ("栋", "count")]
)
def test_the_kind_a_new_measure_word_is_proposed(word: str, kind: str) -> None:
    assert new_unit(word)[1] == kind
