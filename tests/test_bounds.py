"""Every input is bounded, every value total (issue 12): what the fuzzer found, each kept as a test.

The number of findings of a rule in a file, a seed's size and its line length, a draft's figures,
the marks of an article line; a missing value that must not be ``pd.NA`` in a rule, a line below 1,
a tag PyYAML cannot construct, a character YAML does not allow. Each test here failed before its fix.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from checks.corpus import load_corpus
from checks.draft.build import MAX_DRAFT_ITEMS, MAX_FIGURES_PER_LINE, Context, Drafted, draft_line
from checks.draft.years import ArticleYears
from checks.engine import run
from checks.findings import (
    MAX_MESSAGE_CHARS,
    MAX_NAME_CHARS,
    MAX_PER_RULE_AND_FILE,
    Finding,
    Location,
    Severity,
    capped,
)
from checks.frames import records
from checks.load import LoadError, parse_dataset
from checks.seeds import MAX_LINE_CHARS, MAX_SEED_BYTES, seed_from_bytes
from schemas.vocab import load_vocabulary

BASE = Path(__file__).parent / "fixtures" / "base"
PROJECT = Path(__file__).resolve().parents[1]


def finding(code: str, path: str, line: int, fact: str | None = None) -> Finding:
    return Finding(code, Severity.ERROR, f"finding {line}", fact=fact, dataset=Location(path, line))


def test_findings_are_capped_per_rule_and_file_with_a_count_of_the_rest() -> None:
    many = [finding("S105", "data/a.yaml", n) for n in range(1, 251)]
    others = [finding("S105", "data/b.yaml", 1), finding("P106", "data/a.yaml", 1)]
    waived = finding("S105", "data/a.yaml", 999, fact="a/kept")
    kept = capped([*many, *others, waived], lambda f: f.fact == "a/kept")
    mine = [f for f in kept if f.code == "S105" and f.dataset and f.dataset.path == "data/a.yaml"]
    assert len(mine) == MAX_PER_RULE_AND_FILE + 2  # the first ones, the acknowledged one, the count
    assert [f.dataset.line for f in mine[:3] if f.dataset] == [1, 2, 3]
    assert waived in mine
    (rest,) = [f for f in mine if f.dataset and f.dataset.line is None]
    assert rest.message.startswith(f"{250 - MAX_PER_RULE_AND_FILE} more S105 findings")
    assert all(f in kept for f in others)


def test_a_dataset_of_thousands_of_bad_facts_makes_a_bounded_report(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    dataset = root / "data" / "example.yaml"
    bad = "\n".join(f"  - {{id: bad{n}, line: 4, quote: 'x', value: -1, unit: nope}}" for n in range(1500))
    dataset.write_text(dataset.read_text().replace("\nfacts:\n", f"\nfacts:\n{bad}\n"))
    report = run(load_corpus(root))
    by_code = pd.Series([f.code for f in report.findings]).value_counts()
    assert by_code.max() <= MAX_PER_RULE_AND_FILE + 1
    assert any(f.message.startswith("1400 more ") or " more " in f.message for f in report.findings)


def test_a_seed_line_longer_than_any_paragraph_is_refused() -> None:
    long = seed_from_bytes("seeds/x.txt", b"title\n" + b"1 " * (MAX_LINE_CHARS // 2 + 1) + b"\n")
    assert not long.readable and str(long.error).startswith(f"line 2 has {MAX_LINE_CHARS + 2:,} characters")
    fine = seed_from_bytes("seeds/x.txt", ("一" * MAX_LINE_CHARS + "\n" + "x\n" * 10).encode())
    assert fine.readable and len(fine.lines) == 11


def test_a_seed_larger_than_any_article_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    (root / "seeds" / "example.txt").write_bytes(b"5 beds.\n" * (MAX_SEED_BYTES // 8 + 1))
    report = run(load_corpus(root))
    assert [f.code for f in report.findings if f.code.startswith("P10")] == ["P102"]
    assert any("larger than 1 MiB" in f.message for f in report.findings)


def test_draft_leaves_a_crowded_line_for_a_person() -> None:
    vocabulary = load_vocabulary(PROJECT)
    context = Context(False, ArticleYears(None), vocabulary.units, vocabulary.indicators)
    drafted = Drafted()
    crowded = " ".join(f"{n} beds" for n in range(MAX_FIGURES_PER_LINE + 1))
    draft_line(1, crowded, None, context, drafted)
    assert drafted.facts == [] and drafted.crowded == [(1, f"{MAX_FIGURES_PER_LINE + 1} figures on one line")]
    drafted = Drafted()
    line = "In 2025 the city built 25 clinics."
    for number in range(MAX_DRAFT_ITEMS + 5):
        draft_line(number + 1, line, None, context, drafted)
    assert len(drafted.facts) + len(drafted.ignores) + len(drafted.unquotable) <= MAX_DRAFT_ITEMS
    assert drafted.crowded and drafted.crowded[-1][1].startswith("the draft holds")


def test_records_give_none_for_a_missing_value_in_every_column_kind() -> None:
    frame = pd.DataFrame(
        {
            "text": pd.array(["x", None], dtype="string[pyarrow]"),
            "whole": pd.array([1, None], dtype="Int64"),
            "items": [[1], None],
        }
    )
    for rows in (frame, pd.concat([frame] * 40, ignore_index=True)):  # few rows, and many
        missing = list(records(rows))[1]
        assert (missing.text, missing.whole, missing.items) == (None, None, None)


def test_a_location_has_no_line_below_one() -> None:
    assert Location("seeds/x.txt", -3, 5) == Location("seeds/x.txt")
    assert Location("seeds/x.txt", 4, 0, 9) == Location("seeds/x.txt", 4)
    assert Location("seeds/x.txt", 4, 3, 3) == Location("seeds/x.txt", 4, 3)


@pytest.mark.parametrize("scalar", ["!!bool maybe", "!!timestamp x", "!!int x", "!!float nan-ish", "!!set x"])
def test_a_tag_that_cannot_be_constructed_keeps_its_text(scalar: str) -> None:
    parsed = parse_dataset("data/x.yaml", f"a: {scalar}\n".encode())
    assert not isinstance(parsed, LoadError)
    assert isinstance(parsed.data["a"], str)


def test_a_character_yaml_refuses_is_placed_and_named() -> None:
    parsed = parse_dataset("data/x.yaml", "a: 中文\nb: x\x00y\n".encode())
    assert isinstance(parsed, LoadError)
    assert (parsed.line, parsed.column) == (2, 5)
    assert parsed.message == "YAML syntax error: unacceptable character #x0000: control characters are not allowed"


def test_a_huge_id_or_quote_is_shortened_in_every_finding(tmp_path: Path) -> None:
    """A fact id of 200,000 characters would be repeated in each of its findings, in every format."""
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    dataset = root / "data" / "example.yaml"
    huge = "x" * 200_000
    text = (
        dataset.read_text()
        .replace("id: clinics\n", f"id: {huge}\n")
        .replace('quote: "built 25 clinics"', f'quote: "{huge}"')
    )
    dataset.write_text(text)
    report = run(load_corpus(root))
    mine = [f for f in report.findings if f.fact and f.fact.startswith("example/xxx")]
    assert len(mine) >= 2
    for found in report.findings:
        assert len(found.message) <= MAX_MESSAGE_CHARS + 40 and len(found.fact or "") <= MAX_NAME_CHARS + 40
    assert "more characters" in mine[0].fact  # type: ignore[operator]


HUGE = "9" * 400  # beyond a float's range


def test_a_number_beyond_a_float_is_no_figure_for_numbers_and_draft(tmp_path: Path) -> None:
    from tests.fuzz.oracle import call

    result = call(tmp_path, "numbers", "--format", "json", f"{HUGE} beds and 5 yuan")
    assert result.code == 0, result.stderr
    assert [row["value"] for row in json.loads(result.stdout)] == [5.0]
    vocabulary = load_vocabulary(PROJECT)
    drafted = Drafted()
    draft_line(
        1,
        f"The city added {HUGE} beds and built 25 clinics.",
        None,
        Context(False, ArticleYears(None), vocabulary.units, vocabulary.indicators),
        drafted,
    )
    assert [fact.value for fact in drafted.facts] == [25]


def test_the_reader_reads_no_infinite_quantity() -> None:
    from checks.numbers import read_quantities

    assert all(math.isfinite(q.value) for q in read_quantities(f"{HUGE} beds"))


@pytest.mark.parametrize(
    "text",
    [
        f"{'9' * 88}—{HUGE}",  # a range whose second end is beyond a float (the draft fuzzer's line)
        f"{HUGE} to {HUGE} beds",
        f"between 5 and {HUGE} beds",
        f"{HUGE}-{HUGE}%",
    ],
)
def test_a_range_with_an_end_beyond_a_float_is_no_range(text: str) -> None:
    from checks.numbers import read_quantities

    quantities = read_quantities(text)
    assert all(math.isfinite(q.value) for q in quantities)
    assert all(q.ends is None for q in quantities)
