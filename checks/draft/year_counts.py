"""How many years a phrase counts (三年来, in the next five years, 12 years earlier), by the reader's tables."""

from __future__ import annotations

from checks.numbers import chinese_numeral_value
from checks.numbers.english import UNITS


def years_counted(word: str) -> int | None:
    """The number ``word`` names (5, five, 五, 十二), or None when it names none (few, several)."""
    if word.isdigit():
        return int(word)
    if not word.isascii():
        chinese = chinese_numeral_value(word)
        return int(chinese) if chinese is not None else None
    return UNITS.get(word.lower())
