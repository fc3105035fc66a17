"""Scalar edits land exactly on their scalar, whatever the file around them; odd forms are refused."""

from __future__ import annotations

import difflib
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from checks.textdiff import unified_diff
from checks.yamledit import CannotEdit, Replacement, YamlText, apply


def edited_int(text: str, path: tuple[str | int, ...], old: int, new: int) -> str:
    return apply(text, [YamlText(text).replace_int(path, old, new)])


@pytest.mark.parametrize(
    "before",
    [
        "\ufeffa: 1\nline: 15\n",  # libyaml does not count a byte-order mark
        "a: 1\r\nline: 15\r\n",
        'note: "x\u2028y"\nline: 15\n',  # YAML breaks lines at U+2028; the text does not
        "note: 'x\x85y'\nline: 15\n",
        "a: 1\rline: 15\r",
        "note: '𝄞 astral'\nline: 15  # a comment\n",
        "line:     15\n",
    ],
)
def test_an_edit_lands_on_its_scalar_whatever_precedes_it(before: str) -> None:
    after = edited_int(before, ("line",), 15, 18)
    assert after == before.replace("15", "18")


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("0xF", "'0xF'"),
        ("1_5", "'1_5'"),
        ("+15", "'+15'"),
        ("017", "'017'"),  # YAML 1.1 octal
        ("0o17", "'0o17'"),  # a string in YAML 1.1
        ('"15"', "'\"15\"'"),
        ("!!int 15", "explicit tag"),
        ("&n 15", "anchor"),
        ("15.0", "'15.0'"),
    ],
)
def test_a_form_that_cannot_be_rewritten_is_refused(written: str, why: str) -> None:
    with pytest.raises(CannotEdit, match=re.escape(why)) as refused:
        YamlText(f"a: 1\nline: {written}\n").replace_int(("line",), 15, 18)
    assert refused.value.at == len("a: 1\nline: ")


def test_an_alias_of_a_whole_item_is_refused_on_both_paths() -> None:
    text = "facts:\n  - &f {id: a, line: 3}\n  - *f\n"
    for item in (0, 1):
        with pytest.raises(CannotEdit, match=rf"facts\[{item}\] carries an anchor"):
            YamlText(text).replace_int(("facts", item, "line"), 3, 4)


def test_a_duplicate_key_and_a_missing_path_are_refused() -> None:
    with pytest.raises(CannotEdit, match="'line' appears 2 times"):
        YamlText("line: 3\nline: 4\n").replace_int(("line",), 4, 5)
    with pytest.raises(CannotEdit, match=r"there is no facts\[2\]"):
        YamlText("facts: [{line: 3}]\n").replace_int(("facts", 2, "line"), 3, 4)
    with pytest.raises(CannotEdit, match="in the file, not 4"):
        YamlText("line: 3\n").replace_int(("line",), 4, 5)


@pytest.mark.parametrize(
    ("written", "new", "expected"),
    [
        ("abc", "def0", "def0"),
        ("'abc'", "def0", "'def0'"),
        ('"abc"', "def0", '"def0"'),
        ("abc", "1234", '"1234"'),  # plain digits would read as a number
    ],
)
def test_a_word_keeps_its_quoting(written: str, new: str, expected: str) -> None:
    text = f"source:\n  sha256: {written}  # pinned\n"
    after = apply(text, [YamlText(text).replace_word(("source", "sha256"), "abc", new)])
    assert after == f"source:\n  sha256: {expected}  # pinned\n"
    assert yaml.safe_load(after)["source"]["sha256"] == new


@pytest.mark.parametrize("written", ['"\\x61bc"', "!!str abc", "|\n    abc", "null"])
def test_a_word_in_another_form_is_refused(written: str) -> None:
    with pytest.raises(CannotEdit):
        YamlText(f"source:\n  sha256: {written}\n").replace_word(("source", "sha256"), "abc", "def")


def test_line_numbers_count_only_line_feeds() -> None:
    text = 'a: "x\u2028y"\r\nb: 1\n'
    document = YamlText(text)
    assert document.line_at(("b",)) == 2 and document.line_of(len(text)) == 3


# ---- appending list items (for `draft --uncited`) ---------------------------------------------

ITEMS = "- {line: 9, text: x, reason: y}\n- id: b\n  line: 10\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "ignore:\n  - {line: 8, text: a}  # first\n# about relations\nrelations: []\n",
            "ignore:\n  - {line: 8, text: a}  # first\n  - {line: 9, text: x, reason: y}\n  - id: b\n    line: 10\n"
            "# about relations\nrelations: []\n",
        ),
        (
            "ignore:\r\n- id: a\r\n  note: |\r\n    two\r\n    lines\r\nend: 1\r\n",
            "ignore:\r\n- id: a\r\n  note: |\r\n    two\r\n    lines\r\n- {line: 9, text: x, reason: y}\r\n- id: b\r\n"
            "  line: 10\r\nend: 1\r\n",
        ),
        (
            "ignore:\n  - {line: 8, text: a}",
            "ignore:\n  - {line: 8, text: a}\n  - {line: 9, text: x, reason: y}\n  - id: b\n    line: 10",
        ),
        (
            "source: {}\nignore: []  # none yet\nend: 1\n",
            "source: {}\nignore:  # none yet\n  - {line: 9, text: x, reason: y}\n  - id: b\n    line: 10\nend: 1\n",
        ),
        (
            "ignore: null\r\nend: 1\r\n",
            "ignore:\r\n  - {line: 9, text: x, reason: y}\r\n  - id: b\r\n    line: 10\r\nend: 1\r\n",
        ),
        (
            "ignore:\nend: 1\n",
            "ignore:\n  - {line: 9, text: x, reason: y}\n  - id: b\n    line: 10\nend: 1\n",
        ),
        (
            "other: 1",
            "other: 1\nignore:\n  - {line: 9, text: x, reason: y}\n  - id: b\n    line: 10\n",
        ),
    ],
)
def test_items_are_appended_after_the_last_one_keeping_everything(before: str, after: str) -> None:
    result = apply(before, [YamlText(before).append_items(("ignore",), ITEMS)])
    assert result == after
    loaded = yaml.safe_load(result)["ignore"]
    assert loaded[-2:] == [{"line": 9, "text": "x", "reason": "y"}, {"id": "b", "line": 10}]


@pytest.mark.parametrize("before", ["ignore: [a]\n", "ignore: {}\n", "ignore: &i\n  - a\n", "ignore: 1\n", "- a\n"])
def test_appending_to_what_is_not_a_plain_list_is_refused(before: str) -> None:
    with pytest.raises(CannotEdit):
        YamlText(before).append_items(("ignore",), ITEMS)


# ---- properties --------------------------------------------------------------------------------

NOTE = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Nd")) | st.sampled_from("\u2028\u2029\x85\t"), max_size=8
)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[int]]:
    """A mapping of ``kN: <int>`` with odd notes, comments and line endings between its entries."""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    values = draw(st.lists(st.integers(0, 10**6), min_size=1, max_size=12))
    lines = ["\ufeff# head" if draw(st.booleans()) else "# head"]
    for number, value in enumerate(values):
        note = draw(NOTE).replace("\\", "").replace('"', "")
        lines.append(f'n{number}: "{note}"')
        comment = f"  # {draw(st.sampled_from(['', 'k', '中文', '𝄞']))}" if draw(st.booleans()) else ""
        lines.append(f"k{number}:{' ' * draw(st.integers(1, 3))}{value}{comment}")
    return newline.join(lines) + newline, values


@given(documents(), st.data())
def test_edits_change_only_their_scalars(document: tuple[str, list[int]], data: st.DataObject) -> None:
    text, values = document
    chosen = data.draw(st.sets(st.sampled_from(range(len(values)))))
    new = {n: data.draw(st.integers(0, 10**6)) for n in chosen}
    source = YamlText(text)
    after = apply(text, [source.replace_int((f"k{n}",), values[n], new[n]) for n in chosen])
    assert re.sub(r"\d+", "#", after) == re.sub(r"\d+", "#", text)  # the same text outside the numbers
    loaded = yaml.safe_load(after)
    assert [loaded[f"k{n}"] for n in range(len(values))] == [new.get(n, v) for n, v in enumerate(values)]


# ---- the diff of an edit -----------------------------------------------------------------------


@given(
    st.lists(st.integers(0, 10**6), min_size=1, max_size=60, unique=True),
    st.data(),
)
def test_the_diff_is_the_one_difflib_computes(numbers: list[int], data: st.DataObject) -> None:
    text = "".join(f"key{n}: {n}\n" for n in numbers)
    changed = data.draw(st.sets(st.sampled_from(range(len(numbers)))))
    replacements = []
    start = 0
    for index, n in enumerate(numbers):
        value_at = start + len(f"key{n}: ")
        if index in changed:
            replacements.append(Replacement(value_at, value_at + len(str(n)), f"{n}x"))
        start += len(f"key{n}: {n}\n")
    after = apply(text, replacements)
    expected = "".join(difflib.unified_diff(text.splitlines(True), after.splitlines(True), "a/f", "b/f"))
    assert unified_diff("f", text, replacements) == expected


def test_the_diff_applies_when_the_file_has_no_final_line_break(tmp_path: Path) -> None:
    text = "a: 1\nb: 2\nc: 3"
    (tmp_path / "f").write_text(text)
    diff = unified_diff("f", text, [Replacement(text.index("3"), len(text), "4")])
    assert diff.endswith("+c: 4\n\\ No newline at end of file\n")
    subprocess.run(["patch", "-s", "-p1"], cwd=tmp_path, input=diff.encode(), check=True)
    assert (tmp_path / "f").read_text() == "a: 1\nb: 2\nc: 4"
