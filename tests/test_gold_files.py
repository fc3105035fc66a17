"""The gold files of tests/draft_articles are data the drafter is measured by: each entry must say what
its curator meant. A flow mapping's unquoted comma splits a scalar (`{text: about 171,000 more}` reads
as the text `about 171` and a key `000 more`), and an unquoted date or number is no text: both went
unnoticed in 23 and 30 entries until this test."""

from __future__ import annotations

import pytest

from tests.draft_measure import ARTICLES, articles, gold_of

FIGURE_KEYS = {"line", "text", "value", "unit", "qualifier", "status", "period"}
NON_CLAIM_KEYS = {"line", "text", "why"}
QUALIFIERS = {"eq", "approx", "gt", "ge", "lt", "le"}
STATUSES = {"achieved", "target"}


def entry_faults(entry: object, keys: set[str], lines: list[str]) -> list[str]:
    """What is wrong with one gold entry (nothing: an empty list)."""
    if not isinstance(entry, dict):
        return [f"not a mapping: {entry!r}"]
    faults = [f"keys {sorted(set(entry) ^ keys)} (a scalar with an unquoted comma?)"] if set(entry) != keys else []
    line, text = entry.get("line"), entry.get("text")
    if not isinstance(text, str):
        faults.append(f"text {text!r} is no string (quote it)")
    elif not isinstance(line, int) or not 1 <= line <= len(lines) or text not in lines[line - 1]:
        faults.append(f"text {text!r} is not on line {line}")
    if keys == FIGURE_KEYS:
        if entry.get("qualifier") not in QUALIFIERS or entry.get("status") not in STATUSES:
            faults.append(f"qualifier {entry.get('qualifier')!r} / status {entry.get('status')!r}")
        value, period = entry.get("value"), entry.get("period")
        if isinstance(value, bool) or not isinstance(value, int | float):
            faults.append(f"value {value!r} is no number")
        if period is not None and (isinstance(period, bool) or not isinstance(period, int)):
            faults.append(f"period {period!r} is no year")
    return faults


@pytest.mark.parametrize("name", articles())
def test_gold_entries_say_what_was_meant(name: str) -> None:
    gold = gold_of(name)
    lines = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    faults = [
        f"{section} line {entry.get('line') if isinstance(entry, dict) else '?'}: {fault}"
        for section, keys in (("figures", FIGURE_KEYS), ("non_claims", NON_CLAIM_KEYS))
        for entry in gold.get(section) or []
        for fault in entry_faults(entry, keys, lines)
    ]
    assert faults == []


@pytest.mark.parametrize(
    ("entry", "fault"),
    [
        ({"line": 1, "text": "about 171", "000 more": None, "why": "x"}, "unquoted comma"),
        ({"line": 1, "text": 2026, "why": "a year"}, "no string"),
        ({"line": 2, "text": "about 171,000 more", "why": "x"}, "not on line 2"),
    ],
)
def test_a_broken_entry_is_told(entry: dict[str, object], fault: str) -> None:
    lines = ["Some 2026 figures: about 171,000 more", "nothing here"]
    assert any(fault in found for found in entry_faults(entry, NON_CLAIM_KEYS, lines))
    assert entry_faults({"line": 1, "text": "about 171,000 more", "why": "x"}, NON_CLAIM_KEYS, lines) == []
