"""The year money is carried into is not the year of the money (round 69).

`2025年全县共下达资金5,231.8万元，…结余33.4万元已全部结转2026年继续使用`: the balance is what was left at the end of
the year reported (2025); 2026 is where it goes. The guesses read the line with a year after a verb of carrying over
(结转, 转入, 滚存, with 至/到/入) blanked (the same length), so that the balance keeps the year of its sentence, as a
law's year is blanked by checks.draft.law_years. A year the money comes from (`2024年结转资金120万元`) is before the
verb and stays.
"""

from __future__ import annotations

import re

from checks.draft.text import blanked

# 结转2026年, 结转至2026年度, 转入2026年: the year after a verb of carrying over
_CARRIED_INTO = re.compile(r"(?:结转|转入|滚存)(?:至|到|入)?\s*((?:19|20)\d\d)\s*年")


def without_carried_into(line: str) -> str:
    """``line`` with each year money is carried into blanked (positions kept)."""
    for found in reversed(list(_CARRIED_INTO.finditer(line))):
        line = blanked(line, found.start(1), found.end(1))
    return line
