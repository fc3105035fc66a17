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
        ("a: [1, 2\n", "syntax", 1),  # the sequence left open on line 1, not the end YAML reached
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


ITEM_TEXTS = [
    "facts:\n  - id: a\n    value: 1\n  - {id: b, value: 2}  # flow\n  -\n    id: c\n    quote: |\n      x\n      y\n",
    "facts:\n- id: a\n  value: 1\n\n# a comment\n- id: b\n  value: [1, 2]\nrelations:\n  - kind: sum\n    parts: [a, b]\n",
    "facts: [{id: a, value: 1}, {id: b,\n  value: 2}]\n",
    "facts:\n  - &one {id: a, value: 1}\n  - *one\n  - id: c\n    region: *one\n",  # an alias to an earlier item
    "facts:\n  - id: a\n    value: 1\r\n  - id: b\n",  # a line break libyaml counts and we do not
]


def _same_places(document: Document) -> None:
    """Every node inside an item is placed alone where the whole file's second pass places it."""
    alone = {path: document.position(*path) for path in _item_paths(document)}
    whole = document.positions  # the full second pass (and from here on, what position() uses)
    for path, position in alone.items():
        probe = path
        while probe not in whole:
            probe = probe[:-1]
        assert position == whole[probe], (document.path, path)


def _item_paths(document: Document) -> list[tuple[str | int, ...]]:
    full = parse_dataset(document.path, document.text.encode("utf-8"))
    assert isinstance(full, Document)
    return [path for path in full.positions if len(path) >= 2 and isinstance(path[1], int)] + [("facts", 0, "nope")]


@pytest.mark.parametrize("text", ITEM_TEXTS)
def test_an_item_placed_alone_stands_where_the_whole_file_places_it(text: str) -> None:
    document = parse_dataset("data/x.yaml", text.encode("utf-8"))
    assert isinstance(document, Document)
    _same_places(document)


def test_every_real_and_fixture_dataset_places_its_items_alone_as_a_whole() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = sorted(
        [*root.glob("data/*.yaml"), *root.glob("tests/fixtures/**/*.yaml"), *root.glob("tests/fuzz/cases/**/*.yaml")]
    )
    placed = 0
    for file in files:
        document = parse_dataset(str(file), file.read_bytes())
        if isinstance(document, Document) and isinstance(document.data, dict):
            placed += len(document.items)
            _same_places(document)
    assert placed > 100  # the real datasets' facts, relations and ignore entries at least


def test_a_field_of_an_item_needs_no_second_pass_of_the_whole_file() -> None:
    document = parse_dataset("data/x.yaml", ITEM_TEXTS[0].encode("utf-8"))
    assert isinstance(document, Document)
    assert document.position("facts", 2, "quote") == Position(7, 12)
    assert "placed" not in document.__dict__
    crlf = parse_dataset("data/x.yaml", ITEM_TEXTS[-1].encode("utf-8"))
    assert isinstance(crlf, Document) and crlf.items == {}  # placed by the whole file's pass instead


def test_mutants_of_the_real_datasets_place_their_items_alone_as_a_whole() -> None:
    import random

    from tests.fuzz.mutants import real_datasets
    from tests.fuzz.mutate import mutate_dataset

    rng = random.Random(2026)
    originals = sorted(real_datasets().items())
    compared = 0
    for number in range(300):
        name, text = originals[number % len(originals)]
        mutant, _ = mutate_dataset(rng, text)
        document = parse_dataset(name, mutant.encode("utf-8", "surrogatepass"))
        if isinstance(document, Document) and isinstance(document.data, dict) and document.items:
            compared += 1
            _same_places(document)
    assert compared > 120  # the others do not load (the point of most mutations) or have no items


FACTS_AFTER = "\n".join(f'  - id: f{n}\n    line: {n}\n    quote: "figure {n}"' for n in range(2, 6))


@pytest.mark.parametrize(
    ("opened", "column"),
    [
        ('    quote: "more than 50% of', 12),  # a double quote left open
        ("    quote: 'more than 50% of", 12),  # a single one
        ("    quote: 'it''s 50%", 12),  # '' inside a single-quoted scalar is no closing mark
        ('    quote: "a \\" inside', 12),  # nor an escaped double quote
    ],
)
def test_a_quote_left_open_is_reported_where_it_opens(opened: str, column: int) -> None:
    text = f"facts:\n  - id: f1\n    line: 1\n{opened}\n{FACTS_AFTER}\n"
    error = refused(text)
    assert (error.line, error.column) == (4, column)
    assert error.message.startswith("YAML syntax error: this quote is not closed on its line, so YAML read on to line")


def test_a_quote_left_open_in_a_flow_mapping_is_reported_where_it_opens() -> None:
    text = 'ignore:\n  - {line: 3, text: "50%, reason: a rate}\n  - {line: 4, text: "60%", reason: "x"}\n'
    error = refused(text)
    assert (error.line, error.column) == (2, 21)


def test_other_syntax_errors_keep_their_place() -> None:
    text = f'facts:\n  - id: f1\n    line: 1\n   quote: "closed"\n{FACTS_AFTER}\n'  # an indent off by one
    error = refused(text)
    assert error.line == 4 and "not closed" not in error.message
    plain = f'facts:\n  - id: f1\n    note: a "word" in a plain scalar, then: {{\n{FACTS_AFTER}\n'
    assert "not closed" not in refused(plain).message


@pytest.mark.parametrize(
    ("text", "place", "opened"),
    [
        # a flow mapping left open on line 3: libyaml stops on line 4 (`facts` read as its next key)
        ("source:\n  path: x\n  body: {first: 5, last: 6\nfacts: []\n", (3, 27), "line 3, column 9"),
        ("source:\n  path: x\n  body: {first: 5, last: 6  # a comment\n", (3, 27), "line 3, column 9"),
        ("facts:\n  - id: a\n    tags: [a, b\n  - id: b\n", (3, 16), "line 3, column 11"),
        ("ignore:\n  - {line: 2, text: a, reason: b\n  - {line: 3, text: c, reason: d}\n", (2, 33), "line 2, column 5"),
        # one that goes on over lines (a line ending in a comma) is left open where a line does not
        ("a:\n  b: {x: 1,\n     y: 2\n  c: 3\n", (3, 10), "line 2, column 6"),
    ],
)
def test_a_flow_collection_left_open_is_reported_on_the_line_that_should_close_it(
    text: str, place: tuple[int, int], opened: str
) -> None:
    error = refused(text)
    assert (error.line, error.column) == place
    assert f"(opened at {opened}) is not closed on this line" in error.message


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a: {x: 1 y: 2}\nb: 3\n", 1, 11),  # inside a flow mapping on its one line
        ("a: {x: 1,\n    y: 2 z: 3}\n", 2, 11),  # on the second line of one that goes on over lines
        ("facts:\n  - id: beds\n   line: 15\n", 3, 4),  # an indent off by one
        ("a:\n\tb: 1\n", 2, 1),  # a tab
        ("a: {x: 1}}\nb: 2\n", 1, 10),  # one closing brace too many
    ],
)
def test_other_syntax_errors_in_and_around_flow_collections_keep_their_place(text: str, line: int, column: int) -> None:
    error = refused(text)
    assert (error.line, error.column) == (line, column)
    assert "is not closed" not in error.message
