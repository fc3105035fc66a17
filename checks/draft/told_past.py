"""A figure told in the simple past is no target for a `will` elsewhere (round 59). A news release of Match Day
writes `At noon on Friday, 176 fourth-year students … opened their envelopes, and 171 of them learned where they will
begin residency training in July.` and `… and 21 matched to programs in rural areas`: the `will` of the sentence or
its paragraph tells what the people counted do next, not the count, which the figure's own verb reports done
(opened, learned, matched, did not match): achieved.

Read after the figure in its clause, before any `will` there: a word in -ed, `did` (`did not`), or a common irregular
past, followed by what a verb takes (the, their, to, in, where, what…): `registered nurses will …`, `the 40 beds
planned for 2027`, `the six hubs planned nationally are expected to cost` are none (a participle before a noun, a word
of what is to come, a passive after is, are, were, been). Only for a status the drafter
gave from `will` in its clause, sentence or paragraph; not when `will` stands before the figure in its clause (`will
hire 40 nurses`)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds

_PAST = re.compile(
    r"\bdid\s+not\b|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?:(?!(?:expected|scheduled|intended|planned|proposed|needed|required)\b)[a-z]{2,}ed"
    r"|did|chose|drew|took|won|got|went|made|began|left|gave|saw)\s+"
    r"(?:the|their|its|his|her|a|an|to|in|at|on|for|from|with|where|what|which|whether|how|who)\b"
)
_WILL = re.compile(r"\bwill\b")


def told_past(line: str, start: int, end: int, status: Guess) -> Guess:
    """``status`` of the figure at ``start``-``end``: achieved when its own verb tells it in the simple past."""
    if status.value != "target" or not str(status.why).startswith("'will' in its"):
        return status
    clause_start, clause_end = clause_bounds(line, start)
    if _WILL.search(line, clause_start, start):
        return status
    will = _WILL.search(line, end, clause_end)
    past = _PAST.search(line, end, min(will.start() if will else clause_end, end + 90))
    if past is None:
        return status
    return Guess("achieved", f"its own verb is past ('{past.group().split()[0]}'), not what 'will' tells")
