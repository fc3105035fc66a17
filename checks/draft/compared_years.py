"""The years after 比 or 较 are the period compared with: they date no figure but the level printed with them (round 67).

`判决案件平均诉请金额为68.4万元，比2020—2022年增长31.5%；诉请金额超过100万元的案件有97件` in a white paper on 2023—2025:
the rise of 31.5% is measured against the earlier span, it is of the period reported, and so are the figures after it
on the line (97); `比2020—2022年的46.8%提高7.3个百分点` keeps its 46.8% in 2022 (the level compared with, printed right
after its years with 的 or 为). A span or a year after 比, 较 or 与 (…相比) is blanked on the line and the figure's period
guessed again (the year its title names, the one its text declares, or another year printed), only when it is that
year (a span's last) that dated it, as checks.draft.name_years does for a name's year.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.name_years import dated_by_a_printed_year, guessed_without
from checks.draft.text import blanked_matches

_YEAR = r"(?:19|20)\d\d"
# 比2020—2022年, 较2022年, 与2020年至2022年相比: the years compared with (a span's last is group 1)
_COMPARED = re.compile(rf"(?:比|较|与)\s*(?:{_YEAR}\s*年?\s*(?:—|–|-|~|至|到)\s*)?({_YEAR})\s*年(?!\d)(?:度)?(?:同期)?")
# …的46.8%, 较2024年底的72.5%, 较2025年（2.3%, 比2023年复核时的856.0分: the level compared with itself, after its years
# in the same clause with no word of change between (增长, 提高, 缩短 … measure against it)
_LEVEL = re.compile(r"[^\d，,。；;增减提降缩升多少高低长短快慢扩延翻]{0,16}")


def compared_years(line: str, start: int, period: Guess, guess_again: Callable[[str], Guess]) -> Guess:
    """``period``, or the period ``guess_again`` gives ``line`` with the years compared with (after 比, 较, 与)
    blanked, when one of them dated the figure at ``start`` and the figure is not the level compared with."""
    if not dated_by_a_printed_year(period):
        return period
    found = list(_COMPARED.finditer(line))
    if any(m.end() <= start and _LEVEL.fullmatch(line, m.end(), start) for m in found):
        return period
    years = [int(m.group(1)) for m in found]
    return guessed_without(period, years, lambda: blanked_matches(_COMPARED, line, 0), guess_again, "is compared with")
