"""A number inside a question is asked about, not claimed: "What was the figure then—61 per cent?",
"Only halving?", "是否超过30%？". The answer, in the sentences after it, states the figure; the
question only puts it forward (a hearing's member, an FAQ's heading, a reporter)."""

from __future__ import annotations

import re

from checks.draft.text import sentence_bounds
from checks.numbers import Quantity

# A question mark that ends a sentence: full-width anywhere, an ASCII one before a space, a closing
# quote or the end of the line (not a "?" standing for a character the text lost, as in 20?5).
_QUESTION_END = re.compile(r"？|\?(?=\s|$|[\"”’')）])")


def asked(line: str, q: Quantity) -> str | None:
    """Why ``q`` is no claim when its sentence is a question, or None."""
    _, end = sentence_bounds(line, q.start)
    if _QUESTION_END.match(line, end):
        return "asked in a question, not claimed (the answer states the figure)"
    return None
