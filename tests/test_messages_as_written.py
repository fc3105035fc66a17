"""Messages show a dataset's values as YAML writes them, never as Python's repr (None, True,
Timestamp(...), ['a', 'b']), and count in words a reader reads ("1 line")."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checks.findings import written
from tests.rule_harness import make_corpus, validate

DATASET = "data/example.yaml"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(None, "null"), (True, "true"), (False, "false"), ("3,000", "'3,000'"), (3.5, "3.5"), (date(2024, 3, 1), "2024-03-01"),
     (datetime(2024, 3, 1, 10, tzinfo=UTC), "2024-03-01T10:00:00+00:00"), (["a", "b"], "[a, b]"), ({"a": 1}, "{a: 1}")],
)  # fmt: skip
def test_a_value_is_written_as_yaml_writes_it(value: object, shown: str) -> None:
    assert written(value) == shown


def messages(tmp_path: Path, old: str, new: str, code: str) -> list[tuple[str, str | None]]:
    report = validate(make_corpus(tmp_path, {"edits": [{"file": DATASET, "old": old, "new": new}]}))
    return [(f.message, str(f.dataset)) for f in report.findings if f.code == code]


def test_a_boolean_is_shown_as_yaml_writes_it(tmp_path: Path) -> None:
    found = messages(tmp_path, "    value: 34.2\n", "    value: true\n", "S104")
    assert len(found) == 1 and found[0][0].endswith("got true") and found[0][1] == f"{DATASET}:29:12"


def test_a_timestamp_is_shown_as_written(tmp_path: Path) -> None:
    found = messages(tmp_path, "published: 2026-01-27", "published: 2024-03-01T10:00:00Z", "S107")
    assert found == [("published: expected a date YYYY-MM-DD, got 2024-03-01T10:00:00+00:00", f"{DATASET}:8:14")]


def test_an_unknown_key_that_is_a_list_is_named_as_written(tmp_path: Path) -> None:
    found = messages(
        tmp_path, "  title: Example Health Bulletin", "  title: Example Health Bulletin\n  [a, b]: x", "S102"
    )
    assert len(found) == 1 and found[0][0].startswith("unknown field '[a, b]'")


def test_a_waiver_without_its_rule_says_no_none(tmp_path: Path) -> None:
    report = validate(
        make_corpus(
            tmp_path,
            {
                "edits": [
                    {"file": DATASET, "old": "acknowledged: []", "new": "acknowledged:\n  - {fact: clinics, reason: x}"}
                ]
            },
        )
    )
    found = [(f.message, str(f.dataset)) for f in report.findings if f.code == "C191"]
    assert len(found) == 1 and found[0][0].startswith("the reason for waiving a finding quotes nothing")
    assert found[0][1].startswith(f"{DATASET}:141:")


def test_a_seed_of_one_line_is_one_line(tmp_path: Path) -> None:
    root = make_corpus(tmp_path, {"write": {"seeds/example.txt": "one line\n"}})
    found = [f.message for f in validate(root).findings if f.code == "P109"]
    assert found and all("has only 1 line" in m and "1 lines" not in m for m in found)
