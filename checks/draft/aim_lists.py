"""The items of a list of aims share the aim's verb (round 70).

`For 2026, the directorate wants to keep at least 1,500 vials in the district, cut snakebite deaths to no more than 5,
and ensure that no facility goes more than 7 days without antivenom.`: "wants to" governs each verb of the list after it
(keep, cut, ensure): every item is an aim. The guesses found the cue in the first item's clause only and read the
others as done. A figure read as done ("no cue"), in a clause that opens (after a comma, "and" or "or") on a bare verb
of the list, after a figure of its sentence drafted a target by an aim's verb (wants/aims/plans/intends/hopes/seeks/
expects to …), with no break between, is a target of that figure's year.
"""

from __future__ import annotations

import re

from checks.draft.facts import DraftFact
from checks.draft.guesses import Guess
from checks.draft.text import clause_bounds, sentence_bounds

# wants to keep, aims to raise, plans to open: the aim's verb before the list
_AIM = re.compile(r"\b(?:wants?|aims?|plans?|intends?|hopes?|seeks?|expects?)\s+to\s+[a-z]+\b", re.IGNORECASE)
# , cut …; , and ensure that …; , and to raise …: an item of the list opening on a bare verb (no subject, no tense)
_ITEM = re.compile(r"\s*(?:and\s+|or\s+)?(?:to\s+)?(?:also\s+)?(?P<verb>[a-z]+)\s+", re.IGNORECASE)
# a bare verb, not a word that opens a clause of another kind (its subject, a conjunction, an article)
_NOT_VERB = re.compile(
    r"(?:the|a|an|it|its|this|that|these|those|they|there|we|he|she|which|who|while|when|but|so|as|with|from|up|down"
    r"|in|on|at|by|for|of|to|about|some|all|most|over|under|per|each|compared|including|or|and)",
    re.IGNORECASE,
)
_VERB_ENDINGS = re.compile(r"(?:ed|ing|s)$", re.IGNORECASE)


def listed_aim(line: str, start: int, status: Guess, period: Guess, prior: DraftFact | None) -> tuple[Guess, Guess]:
    """``(status, period)``, or the target (and year) of ``prior`` for a done figure at ``start`` in a later item of
    the list of aims ``prior``'s verb governs."""
    if status.why != "no cue" or prior is None or prior.status != "target":
        return status, period
    low, high = sentence_bounds(line, start)
    if not low <= prior.quantity.start < start or prior.quantity.end > high:
        return status, period
    aim = None
    for found in _AIM.finditer(line, low, prior.quantity.start):
        aim = found
    if aim is None:
        return status, period
    clause_start = clause_bounds(line, start)[0]
    if clause_start <= prior.quantity.end:
        return status, period
    item = _ITEM.match(line, clause_start)
    if item is None or _NOT_VERB.fullmatch(item.group("verb")) or _VERB_ENDINGS.search(item.group("verb")):
        return status, period
    return (
        Guess("target", f"an item of the list of aims '{aim.group()}' governs"),
        Guess(prior.period, "the year of the aim its list goes on with"),
    )
