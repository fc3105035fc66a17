"""A year in brackets noted after a figure is that figure's only (round 57): a needs assessment of June 2025 writes
`Brackenford has 52 community pharmacies for a population of 268,400 (mid-2023 estimate), or 19.4 per 100,000 people.
The England average is 18.1`. The bracket says when the population was estimated: 268,400 is 2023's; the pharmacies
counted now, their rate and the averages it is compared with are not (README: a year printed right after another
figure is only that figure's, as `compared to 2,994,638 in February 2023`). Read as the clause's or the line's year,
it dated the 52 pharmacies and every rate after them 2023.

The bracket follows the figure at once (a unit word between: `268,400人（2023年末）`), holds one year and a few words,
no other number (`(mid-2023 estimate)`, `(2023 data)`, `(as at March 2024)`, `（2023年数据）`); for every other figure of
the line it is blanked (checks.draft.text.blanked), as if not printed. Not a bracket that gives a year's own level
(`（2024年为5分40秒）`: checks.draft.year_asides), nor one after no figure (`the 2024 survey (2023 data)`), nor for a
share of the noted figure's own people (`around 141,000 residents (mid-2024 estimate), one in five of whom is aged 65
or over`: 2024's too)."""

from __future__ import annotations

import re
from functools import lru_cache

from checks.draft.text import blanked

# a figure, a unit word or two, then a bracket that holds one year and a few words
_NOTE = re.compile(
    r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*(?:%|[A-Za-z]+\s*|[\u4e00-\u9fff]{1,3})?\s*"
    r"([(（](?:(?!\d)[^()（）]){0,16}(?:19|20)\d\d(?:年末|年底|年)?(?:(?!\d)[^()（）]){0,16}[)）])"
)

_OF_WHOM = re.compile(r"\s*of\s+(?:whom|which|them|these|those)\b", re.IGNORECASE)


def without_others_year_notes(line: str, start: int, end: int) -> str:
    """``line`` with each year noted in brackets after another figure than the one at ``start:end`` blanked
    (268,400 (mid-2023 estimate): no year for the 52 before it or the 19.4 after it)."""
    if _OF_WHOM.match(line, end):
        return line  # one in five of whom: a share of the noted figure's own people, of its year
    for figure, note_start, note_end in _notes(line):
        if not start <= figure < end:
            line = blanked(line, note_start, note_end)
    return line


@lru_cache(maxsize=16)
def _notes(line: str) -> tuple[tuple[int, int, int], ...]:
    """Each year note of ``line`` (where its figure starts, where the bracket starts and ends), not one that gives a
    level (（2024年为…）) or a time (: ): every figure of a line asks, the notes are found once."""
    notes = (note for note in _NOTE.finditer(line) if "为" not in note.group(2) and ":" not in note.group(2))
    return tuple((note.start(1), *note.span(2)) for note in notes)
