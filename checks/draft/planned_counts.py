"""A count someone plans or is recruiting (round 71).

`The CHO plans two more caravans in 2026`, `We currently have 46 trained volunteers and are recruiting 12 more`,
`The unit intends 3 further clinics`: the count right after `plans`, `intends`, `is/are recruiting` (hiring, seeking) is
one to come, a target, though the sentence tells its own present (`have 46`) or a year with no verb of the future. Only a
figure the guesses called done, right after such a verb (a `to` and one verb between allowed: plans to hold 3), with spaces between, no
table's tab (`Health plan<TAB>286` is a row's label).
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

_PLANNED = re.compile(
    r"\b(?:plans|intends|(?:is|are|'re) +(?:recruiting|hiring|seeking|training|planning))"
    r" +(?:to +[a-z]+ +)?(?:another +|up +to +|about +|some +)?$",
    re.IGNORECASE,
)


def planned_count(line: str, start: int, status: Guess) -> Guess:
    """``status``, or target for a figure right after a verb of planning or recruiting."""
    if status.value != "achieved" or _PLANNED.search(line, max(0, start - 40), start) is None:
        return status
    return Guess("target", "what is planned or being recruited")
