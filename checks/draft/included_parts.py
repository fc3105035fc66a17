"""A year inside a bracket that says what a figure includes is not the year of its sentence (round 70).

`全年…完成鉴定89例（含2024年结转的11例），不予受理或终止鉴定8例，结转至2026年继续办理11例。`: the bracket names a part
of the figure before it (含, 包括, 其中: what it includes) and the year that part came from; the part was counted with
the whole, in the year reported, and the figures after the bracket are of that year too. The guesses took the year in
the bracket as the sentence's year. They read the line with each year inside such a bracket blanked (positions kept),
as a law's year is blanked by checks.draft.law_years. A bracket of another kind (`（2024年为56.3%）`: the level of an
earlier year, compared with) keeps its year.
"""

from __future__ import annotations

import re

from checks.draft.text import blanked

# （含2024年结转的11例）, (包括2024年度…), （其中2024年…）: a bracket opening on what a figure includes
_INCLUDED = re.compile(r"[（(]\s*(?:含|包括|其中)[^（()）]{0,40}[）)]")
_YEAR = re.compile(r"(?:19|20)\d\d(?=\s*年)")


def without_included_years(line: str) -> str:
    """``line`` with each year inside a bracket of what a figure includes blanked (positions kept)."""
    for bracket in _INCLUDED.finditer(line):
        for year in _YEAR.finditer(line, bracket.start(), bracket.end()):
            line = blanked(line, year.start(), year.end())
    return line
