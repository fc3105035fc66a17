"""Each schema check says the same of a column of text, or of whole numbers, whether it reads the
column as a whole (the fast form) or value by value (the general form)."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.columns import YAML_NAN, raw_column
from schemas.dataset import SCHEMAS, is_number, is_text
from schemas.vocab import load_vocabulary
from tests.synthetic import PROJECT

VOCABULARY = load_vocabulary(PROJECT)
CHECKS = [
    (table, column, check)
    for table, build in SCHEMAS.items()
    for column, spec in build(VOCABULARY).columns.items()
    for check in spec.checks
]
SAMPLES = ["", " ", "\x1c", "\u3000", "abc", "abc\n", "a b", "eq", "percent", "health_literacy_rate", "zh", "C101",
           "0" * 64, "f" * 64, "x-1.y_2", "-x", "410100", "2026-01-27"]  # fmt: skip


def both_forms(values: list[Any]) -> tuple[pd.Series, pd.Series]:
    typed = pd.Series(raw_column(values))
    general = pd.Series(values, dtype=object)
    return typed, general


def agree(values: list[Any]) -> None:
    typed, general = both_forms(values)
    assert str(typed.dtype) in ("string", "Int64")
    for table, column, check in CHECKS:
        mask = general.notna()
        fast = check(typed).check_output[mask]
        slow = [bool(check(pd.Series([v], dtype=object)).check_output.iloc[0]) for v in general[mask]]
        assert fast.tolist() == slow, (table, column, check.name, values)


@given(st.lists(st.one_of(st.text(max_size=8), st.sampled_from(SAMPLES)), min_size=1, max_size=12))
@settings(max_examples=40, deadline=None)
def test_text_columns(values: list[str]) -> None:
    agree(values)


@given(st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), min_size=1, max_size=12))
@settings(max_examples=25, deadline=None)
def test_whole_number_columns(values: list[int]) -> None:
    agree(values)


def test_nulls_are_left_to_the_nullable_check() -> None:
    agree(["abc", None, "eq"])
    agree([1, None, 3])


def test_forms_of_raw_columns() -> None:
    assert str(pd.Series(raw_column(["a", None])).dtype) == "string"
    assert str(pd.Series(raw_column([1, None])).dtype) == "Int64"
    assert pd.Series(raw_column([1, True])).dtype == object  # a boolean is not a whole number
    assert pd.Series(raw_column([1, 2**70])).dtype == object  # too large for 64 bits: value by value
    assert pd.Series(raw_column([1, 2.5])).dtype == object  # 1 and 2.5 stay what they were
    assert pd.Series(raw_column([float("nan")])).tolist() == [YAML_NAN]
    # A .nan among texts or whole numbers is YAML_NAN too, as the schema sees it everywhere: not a
    # null (which an optional field would take without a word), not text (which a note would take).
    assert list(raw_column(["a", float("nan"), None])) == ["a", YAML_NAN, None]
    assert list(raw_column([2025, float("nan"), None])) == [2025, YAML_NAN, None]
    assert not is_text(YAML_NAN) and not is_number(YAML_NAN) and repr(YAML_NAN) == ".nan"
    assert pickle.loads(pickle.dumps(YAML_NAN)) is YAML_NAN  # across the pool's processes


def test_forms_of_a_numbers_field() -> None:
    # A field that takes any number holds a mix of whole numbers and fractions as floats ...
    assert pd.Series(raw_column([7400, 2.1, None], numbers=True)).dtype == "float64"
    assert str(pd.Series(raw_column([7400, None], numbers=True)).dtype) == "Int64"  # all whole: as any field
    # ... unless a float would not hold one exactly, or one is no number, or a YAML .nan is there.
    assert pd.Series(raw_column([2.5, 2**53 + 1], numbers=True)).dtype == object
    assert pd.Series(raw_column([2.5, float("inf")], numbers=True)).dtype == object
    assert pd.Series(raw_column([2.5, True], numbers=True)).dtype == object
    assert pd.Series(raw_column([2.5, float("nan")], numbers=True)).tolist() == [2.5, YAML_NAN]
    assert pd.Series(raw_column([1, 2.5], numbers=True)).tolist() == [1.0, 2.5]


@given(
    st.lists(
        st.one_of(
            st.integers(),
            st.floats(allow_nan=False),
            st.sampled_from([10**400, -(10**400), float("inf"), True, "7", None]),
        ),
        min_size=1,
        max_size=12,
    )
)
@settings(max_examples=60, deadline=None)
def test_numbers_of_mixed_values(values: list[object]) -> None:
    from schemas.dataset import NUMBER, is_number

    for numbers in (False, True):
        column = pd.Series(raw_column(values, numbers=numbers))
        mask = column.notna()
        assert NUMBER(column).check_output[mask].tolist() == [is_number(v) for v in values if v is not None]


def test_the_blank_characters_are_pythons() -> None:
    import re

    from schemas.dataset import BLANK_CHARACTERS, WHITESPACE

    ours = re.compile(f"[{WHITESPACE}]")
    pythons = [c for c in range(0x110000) if chr(c).isspace()]
    assert [c for c in range(0x110000) if ours.fullmatch(chr(c))] == pythons
    assert sorted(map(ord, BLANK_CHARACTERS)) == pythons


@given(st.lists(st.one_of(st.none(), st.sampled_from(["410100", "CN", "x", ""])), min_size=1, max_size=10))
@settings(max_examples=30, deadline=None)
def test_one_of_says_what_isin_says(values: list[str | None]) -> None:
    from schemas.columns import one_of

    known = {"410100", "CN"}
    for column in (pd.Series(raw_column(values)), pd.Series(values, dtype=object)):
        assert one_of(column, known).tolist() == column.isin(known).tolist()


def test_the_vocabulary_is_read_again_once_a_catalogue_changes(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    for name in ("units.yaml", "indicators.yaml"):
        shutil.copy(PROJECT / "schemas" / name, tmp_path / "schemas" / name)
    before = load_vocabulary(tmp_path)
    assert "drafted_indicator" not in before.indicators
    assert load_vocabulary(tmp_path) is before  # the same content is parsed once
    with (tmp_path / "schemas" / "indicators.yaml").open("a", encoding="utf-8") as catalogue:
        catalogue.write("drafted_indicator: {unit: institution, kind: count}\n")  # as `factlint draft` adds one
    assert load_vocabulary(tmp_path).indicators["drafted_indicator"] == {"unit": "institution", "kind": "count"}
