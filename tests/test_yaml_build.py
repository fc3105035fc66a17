"""The builder reads every plain scalar as PyYAML's safe loader does (YAML 1.1's nulls, booleans,
numbers, dates), with and without the positions; only a YAML .nan differs (NaN is never equal)."""

from __future__ import annotations

import math
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.yaml_build import Builder, positions_by

# Spellings YAML 1.1 gives a meaning to, near misses that stay text, and numbers of every form.
SPECIAL = [
    "~",
    "null",
    "Null",
    "NULL",
    "nUll",
    "yes",
    "Yes",
    "YES",
    "yEs",
    "no",
    "No",
    "NO",
    "true",
    "True",
    "TRUE",
    "tRUE",
    "false",
    "False",
    "FALSE",
    "on",
    "On",
    "ON",
    "oN",
    "off",
    "Off",
    "OFF",
    "oFF",
    "y",
    "n",
    "Y",
    "N",
    "=",
    "<<",
    ".nan",
    ".NaN",
    ".inf",
    "-.Inf",
    "0x1f",
    "0o17",
    "017",
    "0b101",
    "1_000",
    "1:20",
    "+12",
    "-0",
    "0.5",
    "1e3",
    "2026-01-15",
    "2026-13-45",
    "2026-01-15T10:00:00Z",
    "12.50",
    ".5",
    "5.",
    "-",
    "~x",
    "nulls",
]
SCALARS = st.one_of(
    st.sampled_from(SPECIAL),
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.text(alphabet="-+.0123456789eE_:yYnNtToO~", min_size=1, max_size=8),
)


def _same(built: Any, loaded: Any) -> bool:
    if isinstance(loaded, float) and math.isnan(loaded):
        return isinstance(built, float) and math.isnan(built)
    return type(built) is type(loaded) and built == loaded


@given(st.lists(SCALARS, min_size=1, max_size=8))
@settings(max_examples=300, deadline=None)
def test_plain_scalars_read_as_pyyaml_reads_them(words: list[str]) -> None:
    text = "".join(f"k{i}: {word}\n" for i, word in enumerate(words))
    try:
        loaded = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):
        # a word the parser refuses here, or a typed scalar PyYAML cannot build (2026-13-45): the
        # builder keeps its text and the schema reports it (test_load)
        return
    for track in (False, True):
        built = Builder(positions_by(text), track=track).feed(text)
        assert built.keys() == loaded.keys()
        for key, value in loaded.items():
            assert _same(built[key], value), (key, built[key], value)


def test_a_near_miss_of_null_or_a_boolean_stays_text() -> None:
    text = "a: nUll\nb: yEs\nc: oN\nd: null\ne: Off\n"
    assert Builder(positions_by(text), track=False).feed(text) == {
        "a": "nUll",
        "b": "yEs",
        "c": "oN",
        "d": None,
        "e": False,
    }
