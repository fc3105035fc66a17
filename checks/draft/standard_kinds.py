"""'Standard' beside the kind it is contrasted with names a kind of thing, not a norm (round 65).

A health plan's report of its prior authorization decisions splits them by type of request: a table
``Measure<TAB>Standard<TAB>Expedited`` over ``Approved (%)<TAB>84.6<TAB>91.2``, and a sentence ``We denied
20,188 standard requests and 1,543 expedited requests``. A column headed ``Standard`` alone, or a figure
followed by ``standard``, usually names the level to reach (round 36: ``Indicator<TAB>Standard<TAB>2025/26``;
``the 78% standard``), a target. Where the table's other columns, or the figure's sentence, name a kind of the
same thing that ``standard`` is the ordinary counterpart of (expedited, urgent, priority, express, fast-track,
emergency, premium, enhanced, basic), ``standard`` is the ordinary kind: its cells and figures are what was
measured of that kind, and keep the status their other words give.

Only the header ``Standard`` (one word, so ``National standard`` or ``Our standard`` stay norms) among
headers naming such a kind; only ``standard`` right after a figure and before the noun it qualifies (``20,188
standard requests``), in a sentence naming such a kind. Not ``Standard<TAB>2025/26`` (no kind beside it),
nor ``the 78% standard for urgent referrals`` (standard ends its noun phrase: for follows it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# expedited, urgent, priority …: the kinds a standard service, request or procedure is contrasted with
_CONTRASTED = re.compile(
    r"(?i)\b(?:expedited|urgent|priority|express|fast[- ]track(?:ed)?|emergency|premium|enhanced|basic)\b"
)
_STANDARD_HEADER = re.compile(r"(?i)\s*standard\s*")
# 20,188 standard requests: standard before a noun (no preposition, verb or clause mark after it)
_STANDARD_BEFORE_NOUN = re.compile(
    r"\s+standard\s+(?!(?:for|of|in|at|on|to|by|is|was|are|were|has|had|set|and|or)\b)[a-z][\w-]*", re.IGNORECASE
)


def kind_header(header: str, headers: Sequence[str]) -> bool:
    """Whether the column header ``header`` is ``Standard`` among ``headers`` (its row's) that name a kind it is
    the ordinary counterpart of (``Standard`` beside ``Expedited``): a kind, not a norm."""
    if _STANDARD_HEADER.fullmatch(header) is None:
        return False
    return any(_CONTRASTED.search(other) for other in headers if other is not header)


def kind_after(line: str, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the figure ending at ``end`` is followed by ``standard`` and the noun it qualifies (``20,188
    standard requests``) in a ``sentence`` (its bounds on ``line``) that names a kind contrasted with it."""
    found = _STANDARD_BEFORE_NOUN.match(line, end)
    if found is None or found.end() > sentence[1]:
        return False
    return _CONTRASTED.search(line, sentence[0], sentence[1]) is not None
