"""What money is given to pay for is still to come: a target of the money's year.

`The Welsh Government has agreed an extra £350,000 for 2026-27 to fund 6 more community sessions a week`, `Budget
2026 provides $52.4 million over four years to add 14 new crisis and respite services`: the money is granted (an
allocation, achieved), the sessions and services it is to pay for are not there yet. A count right after an amount
and `to fund`, `to pay for`, `to add`, `to hire` (its object, with `more`, `extra` or `new` before it) is a target,
of the financial year printed with the amount (2026-27: 2027) when one is, else as guessed. Only in the amount's
sentence, the amount before the count with no other figure between.
"""

from __future__ import annotations

import re

from checks.draft.fiscal import fiscal_years
from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

# £350,000 for 2026-27 to fund 6 more, $52.4 million over four years to add 14 new: an amount, then what it pays for
_FUNDED = re.compile(
    r"[£$€¥₹]\s?\d[\d,.]*(?:\s?(?:million|billion|m|bn|k)\b)?(?P<between>[^.;:\d£$€¥₹]{0,40}?(?:\d{4}\s*[-–/]\s*\d{2,4}"
    r"[^.;:\d£$€¥₹]{0,20}?)?)\bto\s+(?:fund|pay\s+for|add|hire|recruit|open|buy|train)\s+(?:an?\s+)?"
    r"(?:(?:more|extra|additional|further|new)\s+)?\Z",
    re.IGNORECASE,
)


def funded_purpose(line: str, start: int, status: Guess, period: Guess) -> tuple[Guess, Guess]:
    """``status`` and ``period``, or a target of the amount's financial year for the count at ``start`` that
    an amount before it in its sentence is given to pay for."""
    low = sentence_bounds(line, start)[0]
    found = _FUNDED.search(line, low, start)
    if found is None:
        return status, period
    fiscal = fiscal_years(found.group("between"))  # 2026-27: 2027, as every fiscal year is read
    status = Guess("target", "what the money before it is to pay for")
    if not fiscal:
        return status, period
    named, year, _ = fiscal[0]
    return status, Guess(year, f"the financial year of the money ({named.group()})")
