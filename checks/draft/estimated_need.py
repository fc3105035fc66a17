"""What a calculation on an earlier year's basis says will be needed (round 70).

`按2025年末补贴人数测算，标准调整后全县每季度需发放补贴资金约146.08万元，全年约584.30万元，比调整前增加约111.14万元。` in a
notice of January 2026: the sentence opens on the basis of a calculation (按 … 测算: the number of people at the end of
2025) and says what will be needed (需) under the new standard: amounts to come, targets of the year of publication,
not figures of the basis year. The guesses took the basis year as the sentence's opening year and the amounts as done.
A figure read as done, after `需` in a sentence whose first clause is such a basis (按…测算, a year of publication or
earlier in it), is a target of the year of publication, unless a later year is printed before it in its sentence.
"""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.text import PRINTED_YEAR, clause_bounds, sentence_bounds

# 按2025年末补贴人数测算，: the basis a calculation is made on, as its sentence's first clause
_BASIS = re.compile(r"[\s　]*按[^，,。；;]{0,30}?测算\s*[，,]")
_NEEDED = re.compile(r"需(?!求)")


def estimated_need(line: str, start: int, status: Guess, period: Guess, now: int | None) -> tuple[Guess, Guess]:
    """``(status, period)``, or a target of the year of publication for a need estimated on a basis (按…测算，…需…)."""
    if status.value != "achieved" or now is None:
        return status, period
    low = sentence_bounds(line, start)[0]
    basis = _BASIS.match(line, low)
    if basis is None or basis.end() > start or clause_bounds(line, low)[1] + 1 != basis.end():
        return status, period
    if any(int(y.group()) > now for y in PRINTED_YEAR.finditer(line, low, start)):
        return status, period
    if _NEEDED.search(line, basis.end(), start) is None:
        return status, period
    return (
        Guess("target", f"what a calculation says will be needed ('{basis.group().strip()}')"),
        Guess(now, "the year of publication: a need estimated on an earlier basis"),
    )
