"""The loader: values and positions from libyaml's events, every input bounded, never a crash."""

from __future__ import annotations

import datetime

import pytest

from checks.load import MAX_DEPTH, MAX_NODES, Document, LoadError, Position, parse_dataset


def load(text: str) -> Document:
    document = parse_dataset("data/x.yaml", text.encode("utf-8"))
    assert isinstance(document, Document), document
    return document


def refused(text: str) -> LoadError:
    error = parse_dataset("data/x.yaml", text.encode("utf-8"))
    assert isinstance(error, LoadError), error
    return error


def test_values_keep_yaml_1_1_meaning_and_positions() -> None:
    document = load("a: 5\nb: [34.2, 2026-01-27, ~, yes, '7']\nc: {d: 0x1F}\n")
    assert document.data == {"a": 5, "b": [34.2, datetime.date(2026, 1, 27), None, True, "7"], "c": {"d": 31}}
    assert document.positions[("b", 1)] == Position(2, 11)
    assert document.key_positions[("c", "d")] == Position(3, 5)
    assert document.position("c", "d", "missing") == Position(3, 8)


def test_keys_are_text_as_written() -> None:
    assert load("yes: 1\n1: 2\nnull: 3\n").data == {"yes": 1, "1": 2, "null": 3}


def test_invalid_typed_scalar_keeps_its_text() -> None:
    assert load("published: 2026-13-45\nx: !!int abc\n").data == {"published": "2026-13-45", "x": "abc"}


def test_duplicate_keys_are_reported_with_the_later_key_position() -> None:
    document = load("a: 1\nb: 2\na: 3\n")
    assert document.duplicate_keys == ((("a",), Position(3, 1)),)


def test_aliases_share_their_anchor_value() -> None:
    assert load("a: &x [1, 2]\nb: *x\n").data == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: &r [*r]\n", "recursive", 1),
        ("a: *nope\n", "names no anchor", 1),
        ("--- a\n--- b\n", "one document", 2),
        ("a: [1, 2\n", "syntax", 2),
        ("x: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n", "nests deeper", 1),
    ],
)
def test_refusals_are_load_errors_with_a_line(text: str, message: str, line: int) -> None:
    error = refused(text)
    assert message in error.message
    assert error.line == line


def test_alias_expansion_is_bounded() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    error = refused("\n".join(lines) + "\n")
    assert f"more than {MAX_NODES} nodes" in error.message


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 900, 5000])
def test_very_deep_nesting_is_refused_without_recursion(depth: int) -> None:
    flow = refused("[" * depth + "]" * depth)
    block = refused("".join(" " * level + "- \n" for level in range(depth)))
    for error in (flow, block):
        assert "nest" in error.message  # ours ("nests deeper") or libyaml's ("maximum nesting depth")
        assert error.line is not None


def test_lines_are_counted_on_newlines_only() -> None:
    document = load('note: "a\u2028b"\nline: 5\r\nlast: 6\n')
    assert document.positions[("line",)] == Position(2, 7)
    assert document.positions[("last",)] == Position(3, 7)


def test_bad_utf8_points_at_the_byte() -> None:
    error = parse_dataset("data/x.yaml", b"a: 1\nb: \xff\n")
    assert isinstance(error, LoadError)
    assert (error.line, error.column) == (2, 4)
