"""`factlint fix`: every line reference follows a seed's text, sha256 only on request, nothing else touched."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import chdir
from pathlib import Path

import pytest
import yaml

from checks.cli import main
from checks.corpus import load_corpus
from checks.engine import run
from tests.rule_harness import flatten, make_corpus
from tests.test_gating import git

DATASET = "data/example.yaml"
SEED = "seeds/example.txt"
# The base fixture with an ignore entry and a body that runs to the seed's last line, so that a
# shift must move facts, ignore entries and both body boundaries.
WITH_IGNORE = {
    "edits": [
        {"file": DATASET, "old": "body: {first: 4, last: 7}", "new": "body: {first: 4, last: 8}  # kept"},
        {
            "file": DATASET,
            "old": "ignore: []",
            "new": 'ignore:\n  - {line: 8, text: "5 other stories", reason: "a count of links, not a claim"}',
        },
    ]
}
HEADER = ["Filed under: news", "Print this page", "Share"]  # lines without numbers or quotes


def read(root: Path, path: str = DATASET) -> bytes:
    return (root / path).read_bytes()


def codes(root: Path) -> set[str]:
    return {row["code"] or "" for row in flatten(run(load_corpus(root)).findings)}


def insert_lines(root: Path, before: int, lines: list[str], path: str = SEED) -> None:
    """Insert ``lines`` into the seed so that they become lines ``before``, ``before + 1``..."""
    text = read(root, path).decode()
    old = text.split("\n")
    (root / path).write_bytes("\n".join([*old[: before - 1], *lines, *old[before - 1 :]]).encode())


def values(root: Path) -> tuple[list[int], list[int], dict[str, int]]:
    data = yaml.safe_load(read(root))
    return [f["line"] for f in data["facts"]], [i["line"] for i in data["ignore"]], data["source"]["body"]


def committed(root: Path) -> Path:
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "datasets")
    return root


def fix(root: Path, *arguments: str) -> int:
    with chdir(root):
        return main(["fix", *arguments])


@pytest.fixture
def base(tmp_path: Path) -> Path:
    root = make_corpus(tmp_path, WITH_IGNORE)
    assert codes(root) == set()
    return root


@pytest.fixture(params=["git history", "no history"])
def history(request: pytest.FixtureRequest, base: Path) -> Iterator[Path]:
    yield committed(base) if request.param == "git history" else base


def test_a_shift_by_three_moves_facts_ignore_entries_and_the_body(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts, ignores, _ = values(history)
    insert_lines(history, 1, HEADER)
    assert {"P105", "K101", "K102"} <= codes(history)
    assert fix(history) == 0
    assert "changed 14 values; 0 left for a person" in capsys.readouterr().out
    assert values(history) == ([n + 3 for n in facts], [n + 3 for n in ignores], {"first": 7, "last": 11})
    assert codes(history) == {"P103"}  # the seed changed: pinned only after review
    assert "# kept" in read(history).decode()
    assert fix(history, "--sha256") == 0
    assert codes(history) == set()


def test_a_second_run_moves_nothing_again(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    insert_lines(history, 6, ["A line the editor added."])
    assert fix(history) == 0
    after = read(history)
    capsys.readouterr()
    assert fix(history) == 0
    assert "changed 0 values" in capsys.readouterr().out
    assert read(history) == after


def test_a_line_inserted_inside_the_body_moves_what_follows_it(history: Path) -> None:
    insert_lines(history, 6, ["A line the editor added."])
    assert fix(history) == 0
    facts, ignores, body = values(history)
    assert facts == [4, 4, 4, 5, 5, 5, 5, 7, 7, 7, 8] and ignores == [9] and body == {"first": 4, "last": 9}
    assert codes(history) == {"P103"}


@pytest.fixture
def heading(base: Path) -> Path:
    """A body that starts at a heading with no figure (line 3)."""
    (base / DATASET).write_bytes(read(base).replace(b"first: 4", b"first: 3"))
    assert codes(base) == set()
    return base


def test_the_old_text_in_git_says_where_a_heading_went(heading: Path) -> None:
    committed(heading)
    insert_lines(heading, 4, ["A subtitle without figures"])  # after the heading
    assert fix(heading) == 0
    assert values(heading)[2] == {"first": 3, "last": 9}
    assert codes(heading) == {"P103"}


@pytest.mark.parametrize(
    ("at", "lines_in_body"),
    [
        (4, ["heading", "A subtitle without figures"]),  # inside the body: the body keeps its heading
        (3, ["A subtitle without figures", "heading"]),  # before it: one line too many, shown to a person
    ],
)
def test_without_the_old_text_a_boundary_without_a_figure_keeps_every_line_it_covered_and_is_flagged(
    heading: Path, at: int, lines_in_body: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Lines came between the heading (body.first, no figure) and the first cited line, or before the
    heading: the text cannot tell which, so the body keeps every line it covered (a line too few would
    hide that line's figures from K101), and a person is asked to check (a new user's trial)."""
    heading_text = (heading / SEED).read_text().split("\n")[2]
    insert_lines(heading, at, ["A subtitle without figures"])
    assert fix(heading) == 0
    out = capsys.readouterr().out
    body = values(heading)[2]
    assert body == {"first": 3, "last": 9}
    seed = (heading / SEED).read_text().split("\n")
    assert seed[2:4] == [heading_text if line == "heading" else line for line in lines_in_body]
    assert "data/example.yaml:12: body.first: kept at line 3 (fact" in out and "check that" in out
    assert "changed 13 values; 1 left for a person" in out


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("0x5", "'0x5'"),
        ("0b101", "'0b101'"),
        ("05", "'05'"),
        ("+5", "'+5'"),
        ("!!int 5", "explicit tag"),
        ("&where 5", "anchor"),
    ],
)
def test_a_form_fix_cannot_rewrite_is_left_for_a_person(
    base: Path, written: str, why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = read(base).decode().replace("  - id: clinics\n    line: 5", f"  - id: clinics\n    line: {written}")
    (base / DATASET).write_text(text, encoding="utf-8")
    assert codes(base) == set()  # every form reads as line 5
    insert_lines(base, 1, HEADER)
    assert fix(base) == 0
    out = capsys.readouterr().out
    assert "data/example.yaml:48: fact clinics: should move from line 5 to 8, but" in out and why in out
    assert "changed 13 values; 1 left for a person" in out
    after = read(base).decode()
    assert f"  - id: clinics\n    line: {written}\n" in after
    assert values(base)[0][4] == 8  # the next fact moved


def test_an_alias_to_a_line_is_left_with_its_anchor(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = read(base).decode()
    text = text.replace("  - id: clinics\n    line: 5", "  - id: clinics\n    line: &five 5")
    text = text.replace("  - id: centres\n    line: 5", "  - id: centres\n    line: *five")
    (base / DATASET).write_text(text, encoding="utf-8")
    insert_lines(base, 1, HEADER)
    assert fix(base) == 0
    out = capsys.readouterr().out
    assert "fact clinics: should move" in out and "fact centres: should move" in out
    assert "line: &five 5\n" in read(base).decode() and "line: *five\n" in read(base).decode()


def test_two_digit_lines_and_underscores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's `line: 0xF` became `18xF` and `1_5` became `18_5`: each is now left as written."""
    root = make_corpus(tmp_path, WITH_IGNORE)
    insert_lines(root, 1, [f"Header {chr(65 + n)}" for n in range(10)])
    assert fix(root, "--sha256") == 0
    text = read(root).decode()
    for written in ("0xF", "1_5"):
        variant = text.replace("  - id: clinics\n    line: 15", f"  - id: clinics\n    line: {written}")
        (root / DATASET).write_text(variant, encoding="utf-8")
        insert_lines(root, 1, HEADER)
        capsys.readouterr()
        assert fix(root) == 0
        assert f"fact clinics: should move from line 15 to 18, but it is written '{written}'" in capsys.readouterr().out
        assert f"line: {written}\n" in read(root).decode()
        (root / SEED).write_bytes(read(root, SEED).split(b"\n", 3)[3])  # undo the shift


def test_a_line_separator_in_an_earlier_note_does_not_misplace_edits(base: Path) -> None:
    text = read(base).decode().replace("    note: null", '    note: "one\u2028two"', 1)
    (base / DATASET).write_text(text, encoding="utf-8")
    assert codes(base) == set()
    insert_lines(base, 1, HEADER)
    assert fix(base) == 0
    after = read(base).decode()
    assert '"one\u2028two"' in after and codes(base) == {"P103"}


@pytest.mark.parametrize(("start", "newline"), [(b"", b"\r\n"), ("\ufeff".encode(), b"\n")])
def test_line_endings_and_a_byte_order_mark_stay(base: Path, start: bytes, newline: bytes) -> None:
    before = start + read(base).replace(b"\n", newline)
    (base / DATASET).write_bytes(before)
    insert_lines(base, 1, HEADER)
    assert fix(base) == 0
    after = read(base)
    assert after.count(b"\r\n") == before.count(b"\r\n") and after.count(b"\n") == before.count(b"\n")
    assert re.sub(rb"\d+", b"#", after) == re.sub(rb"\d+", b"#", before)
    assert after.startswith(start) and codes(base) == {"P103"}


def test_a_read_only_dataset_is_refused(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = read(base)
    os.chmod(base / DATASET, 0o444)
    insert_lines(base, 1, HEADER)
    assert fix(base) == 1
    out = capsys.readouterr().out
    assert "data/example.yaml: not written:" in out and "read-only (mode 0444)" in out
    # Not written is not left for a person: the summary says so, and why.
    assert (
        "changed 0 values; 0 left for a person; 1 dataset not fixed: data/example.yaml (not written: read-only" in out
    )
    assert read(base) == before and (base / DATASET).stat().st_mode & 0o777 == 0o444


def test_a_symlinked_dataset_is_refused_and_its_target_kept(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (base / "data" / "curated").mkdir()  # inside data/: the validator reads through such a link
    shutil.move(base / DATASET, base / "data" / "curated" / "example.yaml")
    (base / DATASET).symlink_to("curated/example.yaml")
    before = read(base, "data/curated/example.yaml")
    insert_lines(base, 1, HEADER)
    assert fix(base) == 1
    assert "symbolic link" in capsys.readouterr().out
    assert (base / DATASET).is_symlink() and read(base, "data/curated/example.yaml") == before


def test_dry_run_shows_a_diff_that_applies_and_writes_nothing(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = read(base)
    insert_lines(base, 1, HEADER)
    assert fix(base, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "-    line: 4\n+    line: 7\n" in out and "would change 14 values" in out
    assert read(base) == before
    diff = out[: out.index("data/example.yaml:12:")]
    subprocess.run(["patch", "-s", "-p1"], cwd=base, input=diff.encode(), check=True)
    assert codes(base) == {"P103"}


def test_sha256_after_review_then_nothing_left(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    insert_lines(base, 1, HEADER)
    assert fix(base, "--sha256") == 0
    assert codes(base) == set()
    capsys.readouterr()
    assert fix(base, "--sha256") == 0
    assert "changed 0 values; 0 left for a person" in capsys.readouterr().out


def test_a_seed_that_is_no_longer_text_is_not_pinned(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = base / SEED
    seed.write_bytes(seed.read_text(encoding="utf-8").encode("gbk"))  # an editor re-saved it
    before = read(base)
    assert fix(base, "--sha256") == 1
    out = capsys.readouterr().out
    assert f"{SEED} not pinned:" in out and "(P102)" in out and "1 left for a person" in out
    assert read(base) == before
    assert {"P102", "P103"} <= codes(base)


def test_a_null_sha256_is_left_for_a_person(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = re.sub(r"sha256: \w+", "sha256: null", read(base).decode())
    (base / DATASET).write_text(text, encoding="utf-8")
    assert fix(base, "--sha256") == 0
    out = capsys.readouterr().out
    assert "data/example.yaml:5: sha256: should be" in out and "it is not a string; left for a person" in out


def test_an_ambiguous_quote_is_left_for_a_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_corpus(
        tmp_path,
        {
            "edits": [
                {"file": SEED, "old": "Header line, no article yet", "new": "71 health centres"},
                {"file": DATASET, "old": "  - id: centres\n    line: 5", "new": "  - id: centres\n    line: 4"},
            ]
        },
    )
    assert fix(root) == 0
    out = capsys.readouterr().out
    assert "data/example.yaml:59: fact centres: its text '71 health centres' is on lines 3, 5; left as it is" in out
    assert "  - id: centres\n    line: 4" in read(root).decode()


def test_a_quote_gone_from_the_seed_is_left_and_said(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (base / SEED).write_bytes(read(base, SEED).replace(b"coverage will reach 95%", b"coverage will rise"))
    insert_lines(base, 1, HEADER)
    assert fix(base) == 0
    out = capsys.readouterr().out
    assert "fact coverage-2027: its text 'coverage will reach 95%' is on no line of the seed; left as it is" in out
    assert "13 values; 1 left for a person" in out


def test_a_unit_heading_moves_with_its_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fact's ``unit_from`` line is a line reference like its own: it follows the seed's text."""
    cases = yaml.safe_load((Path(__file__).parent / "rules" / "P110.yaml").read_text(encoding="utf-8"))["cases"]
    (passing,) = [case for case in cases if not case["expect"]]
    root = make_corpus(tmp_path, passing)
    insert_lines(root, 2, ["（表一）"], path="seeds/table.txt")
    assert {"P105", "P110"} <= codes(root)
    assert fix(root) == 0
    assert "unit heading of fact clinics-plan" in capsys.readouterr().out
    (fact,) = yaml.safe_load(read(root, "data/table.yaml"))["facts"]
    assert (fact["line"], fact["unit_from"]) == (5, {"line": 4, "text": "计划投资（万元）"})
    assert not {"P105", "P106", "P110"} & codes(root)


GROWN = "新增护士200名。"  # a line with a figure appended to the seed


def _k101(root: Path) -> list[dict[str, str | None]]:
    return flatten(run(load_corpus(root)).findings, "K101")


def test_a_body_that_ran_to_the_seed_s_end_grows_with_it(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """body.last was the seed's last line (8) and a line was appended: fix kept 8, and the figure on
    line 9 went unchecked (a new user's trial). With the old text in git, body.last moves to 9."""
    committed(base)
    (base / SEED).write_bytes(read(base, SEED) + f"{GROWN}\n".encode())
    assert fix(base) == 0
    out = capsys.readouterr().out
    assert values(base)[2] == {"first": 4, "last": 9}
    assert "data/example.yaml:12: source.body.last 8 → 9 (body.last: line 8 was the last line" in out
    assert _k101(base) == [{"code": "K101", "source": "seeds/example.txt:9", "dataset": "data/example.yaml:13"}]
    capsys.readouterr()
    assert fix(base) == 0 and "changed 0 values; 0 left for a person" in capsys.readouterr().out  # not again


def test_a_body_cut_short_of_the_end_on_purpose_stays(tmp_path: Path) -> None:
    root = committed(make_corpus(tmp_path, {}))  # body 4-7; line 8 is the page's links
    (root / SEED).write_bytes(read(root, SEED) + f"{GROWN}\n".encode())
    assert fix(root) == 0
    assert values(root)[2] == {"first": 4, "last": 7}


def test_without_the_old_text_figures_after_the_body_are_shown_to_a_person(
    base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (base / SEED).write_bytes(read(base, SEED) + f"{GROWN}\n".encode())
    assert fix(base) == 0
    out = capsys.readouterr().out
    assert values(base)[2] == {"first": 4, "last": 8}
    assert "data/example.yaml:12: body.last: line 9 after line 8 hold figures, outside the body;" in out
    assert "1 left for a person" in out
