"""What the round tests of the drafter (tests/test_draft_round*.py) ask of a drafted dataset."""

from __future__ import annotations

from typing import Any


def facts_by_place(drafted: dict[str, Any]) -> dict[tuple[int, float], dict[str, Any]]:
    """The drafted facts by (line, value)."""
    return {(f["line"], f["value"]): f for f in drafted["facts"]}


def status_and_period(facts: dict[tuple[int, float], dict[str, Any]], line: int, value: float) -> tuple[str, int]:
    return facts[(line, value)]["status"], facts[(line, value)]["period"]


def ignored_on(drafted: dict[str, Any], line: int) -> list[str]:
    """The texts the draft's ignore entries give for ``line``."""
    return [entry["text"] for entry in drafted.get("ignore") or [] if entry["line"] == line]
