"""Round 16's rules on the structure around a number: a number inside a question is asked about,
not claimed; a number right after the word hotline or helpline reaches a service. Each has its
failing and passing cases (a figure of the same shape that is a claim)."""

from __future__ import annotations

import pytest

from checks.draft.ignores import non_claim
from checks.numbers import read_quantities

CASES = [
    # a number inside a question
    ("Was it really 48 per cent when the trial began?", "48", True),
    ("So the backlog is down to 300 beds? That is wrong.", "300", True),
    ("床位使用率是否超过了85%？", "85", True),
    ("The trial began with 48 patients. How many remain?", "48", False),  # the question is the next sentence
    ("Coverage reached 48 per cent, the minister said.", "48", False),
    ("It reached 48 per cent in 20?5 and rose again.", "48", False),  # a lost character, not a question
    # a number after the word hotline or helpline
    ("Parents may use the district helpline 4455 if a child was missed.", "4455", True),
    ("The hotline 9925 is open all night.", "9925", True),
    ("The helpline took 9,925 calls last year.", "9,925", False),  # the count of what it did
]


@pytest.mark.parametrize(("line", "figure", "ignored"), CASES)
def test_round_16_non_claims(line: str, figure: str, ignored: bool) -> None:
    figures = [end for reading in read_quantities(line) for end in reading.figures()]
    q = next(q for q in figures if figure in q.text)
    assert (non_claim(line, q, figures) is not None) == ignored
