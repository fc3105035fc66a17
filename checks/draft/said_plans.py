"""What people counted said they plan is theirs, no target (round 60b).

`Workforce: the 2025 renewal survey found a median RN age of 44, and nearly one in five RNs said they plan to leave
nursing or retire within five years.`: the share counts the RNs who answered so; the cue `plan to` (and its due
`within five years`) is what they said, not a level to reach. The share is the survey's finding: achieved, of the
year its words give once what they said is set aside (the survey's 2025). As round 34 read `计划在未来12个月内戒烟的
占18.3%` (a cue inside the words that pick the people a share counts).

Only a status from a cue after the figure that a verb of saying opens with its subject (`said they plan to`, `say
they intend to`, `reported that they expect to`, `told us they would`), between the figure and the cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.text import blanked, clause_bounds

_SAID = re.compile(
    r"\b(?:said|say|says|reported|told\s+us|answered|indicated|stated)\s+(?:that\s+)?(?:they|he|she)\s+"
    r"(?:plan(?:ned)?|intend(?:ed)?|expect(?:ed)?|want(?:ed)?|would|will|were\s+going)\b",
    re.IGNORECASE,
)


def said_plans(
    line: str, end: int, guessed: tuple[Guess, Guess], guess_again: Callable[[str], Guess]
) -> tuple[Guess, Guess]:
    """``guessed``, or achieved of the year ``guess_again`` gives without the words said, for a figure whose target
    cue is what the people it counts said they plan."""
    status, _ = guessed
    if status.value != "target":
        return guessed
    clause_end = clause_bounds(line, end)[1]
    said = _SAID.search(line, end, clause_end)
    if said is None or line[end : said.start()].count(",") or "'" not in status.why:
        return guessed
    cue = status.why.split("'")[1]
    if line.find(cue, said.start(), clause_end) < 0:
        return guessed
    period = guess_again(blanked(line, said.start(), clause_end))
    return Guess("achieved", f"what the people it counts {said.group().split()[0]} they plan, theirs"), period
