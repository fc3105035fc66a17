"""An annual report's present tense (round 49): a report on a year over, published the year after (Senior Coroner's
Annual Report 2025, published May 2026), dates its figures by the year its title names; but what it tells in the
present tense stands as it is published (The service has … 6 assistant coroners, supported by 14.6 full-time
equivalent officers against an establishment of 16.0; the mortuary contract … costs £412,000 a year): of the
publication year. Only a figure the title's year dated by default, in a part of its sentence (after its last ", and"
or ";") with a verb in the present before it (has, have, costs, employs, comprises; since round 68 also licenses,
regulates, operates … right before a count: The Board licenses 287 resident pharmacies; not "there are", the way a
year's statistics are told), no verb in the past and no year printed."""

from __future__ import annotations

import re
from datetime import date

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, sentence_bounds

_TITLE_YEAR = "the year its title names"
# costs only as the verb before its amount (costs £412,000), not the noun (Costs are counted …)
_PRESENT = re.compile(
    r"\b(?:has|have|employs|comprises|consists\s+of)\b|\bcosts\s+(?=[£$€¥₹]|\d|about\b|around\b|some\b)"
    # The Board licenses 287 resident pharmacies: a body's standing present, right before its count (round 68)
    r"|\b(?:licenses|licences|regulates|oversees|operates|registers|inspects|serves)\s+(?=\d|about\b|around\b|some\b|more\b|$)",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|made|rose|fell|grew|reached|received|recorded|reported|dealt|saw)\b", re.IGNORECASE
)

# a relative clause set off by commas tells of something else than the figure: its present is not the figure's
_RELATIVE = re.compile(r",\s*(?:where|which|who|whose)\b[^,;]*,")


def present_state(line: str, start: int, status: Guess, period: Guess, published: date | None) -> Guess:
    """``period``, or the publication year for a figure told in the present tense (see the module)."""
    if published is None or status.value != "achieved" or period.why != _TITLE_YEAR:
        return period
    if not isinstance(period.value, int) or period.value >= published.year:
        return period
    sentence_start = sentence_bounds(line, start)[0]
    part_start = max(sentence_start, line.rfind(", and ", 0, start) + 1, line.rfind(";", 0, start) + 1)
    # St Wilfrid's, where about a third of inpatients have a diagnosis, scored 74.1%: the relative clause's verb (60b)
    part = _RELATIVE.sub(" ", line[part_start:start])
    if _PRESENT.search(part) is None or _PAST.search(part) or PRINTED_YEAR.search(part):
        return period
    return Guess(published.year, "told in the present tense: as it stands at publication")
