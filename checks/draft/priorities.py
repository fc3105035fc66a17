"""What a text's priorities (aims, objectives, next steps) are to do: the figures they name are targets.

A situation update or report closes on what its writer sets out to do next: WHO's priorities for the next
30 days are to bring the case fatality rate below 1%, to raise the number of treatment centres to seven …;
Our objectives for the coming quarter are to … . A sentence whose subject is the priorities, aims,
objectives or next steps, joined by "are to"/"is to" to the verb of what is to be done, sets each figure it
names after that verb as an aim: a target, due in the year its words name or, by default, as a target's
period is guessed. Only where the first guess found no cue at all (a figure the sentence reports as done,
"has been", keeps its cue).

Since round 61 also a lead-in that names the goals and ends in a colon, the work to do listed after it in the same
sentence: `Our goals for the rest of FY2026 (through September 30, 2026): bring …, hire 24 additional clinical staff, 9 of
them in mental health, and schedule at least 90% of …` (each verb is a task; `Our goals for 2025: met 3 of 4` names
what was done, a verb in the past, and stays as read).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.text import sentence_bounds

# WHO's priorities for the next 30 days are to bring …; The objective is to raise …
_AIMS_ARE_TO = re.compile(
    r"(?i:\b(?:priorities|priority|aims?|objectives?|next\s+steps|immediate\s+goals)\b[^.;:]{0,60}?"
    r"\b(?:are|is|will\s+be)\s+to\s+[a-z]+)"
    # Our goals for the rest of FY2026 (through September 30, 2026): bring …, hire 24 … (round 61)
    r"|(?i:\b(?:goals|aims|priorities|objectives|next\s+steps)\b[^.;:]{0,80}?):\s+(?:to\s+)?"
    r"(?!(?:met|was|were|had|saw|hit|grew|fell|rose)\b)[a-z]+(?<!ed)\b"
)


def priorities(
    plain: str, start: int, guessed: tuple[Guess, Guess], as_target: Callable[[], Guess]
) -> tuple[Guess, Guess]:
    """A target, in the period ``as_target`` guesses, when the figure at ``start`` follows, in its sentence,
    the priorities or aims said to be "to" do something and no cue was found for it; ``guessed`` otherwise."""
    if guessed[0].why != "no cue":
        return guessed
    sentence_start = sentence_bounds(plain, start)[0]
    aims = _AIMS_ARE_TO.search(plain, sentence_start, start)
    if aims is None:
        return guessed
    return Guess("target", f"an aim its sentence's '{aims.group()}' sets"), as_target()
