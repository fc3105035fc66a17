"""The years a phrase counts are read with the number reader's own tables (checks/draft/year_counts.py),
shared by the rules that count years ahead (relative.py), back (earlier.py) and over a span (retrospect.py)."""

from __future__ import annotations

import pytest

from checks.draft.relative import years_ahead
from checks.draft.year_counts import years_counted


@pytest.mark.parametrize(
    ("word", "years"),
    [("5", 5), ("five", 5), ("Five", 5), ("五", 5), ("两", 2), ("十", 10), ("十二", 12), ("twelve", 12), ("few", None)],
)
def test_a_word_counts_the_years_it_names(word: str, years: int | None) -> None:
    assert years_counted(word) == years


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        # These two failed before the tables were shared: the drafter's own list stopped at ten.
        ("力争十二年内基本消除该病。", (12, "十二年内")),
        ("within the next twelve years the network will be complete", (12, "within the next twelve years")),
        # Guards (passed before too).
        ("未来五年内新增床位1200张。", (5, "未来五年")),
        ("over the next three years we will recruit 40 nurses", (3, "over the next three years")),
        ("within several years", None),
    ],
)
def test_years_ahead_of_a_target(sentence: str, ahead: tuple[int, str] | None) -> None:
    assert years_ahead(sentence) == ahead
