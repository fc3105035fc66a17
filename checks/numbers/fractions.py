"""Fractions and plain numbers in a draft: 1/5, ½, 五分之一 (as percentages), and digits or Chinese numerals."""

from __future__ import annotations

import re
from decimal import Decimal

from checks.numbers.chinese import CN_ALL, chinese_numeral_value

UNICODE_FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
                     "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
                     "⅞": (7, 8)}  # fmt: skip


def number_value(digits: str) -> Decimal | None:
    """The value of Arabic digits (1,200) or a Chinese numeral (一千二百); None for a malformed numeral."""
    return chinese_numeral_value(digits) if digits[0] in CN_ALL else Decimal(digits.replace(",", ""))


def fraction_value(match: re.Match[str]) -> Decimal | None:
    """A fraction matched as 1/5, ½ or 五分之一 (named groups num and den), as a percentage; None if empty."""
    kind = match.lastgroup
    if kind == "frac":
        numerator, denominator = (Decimal(p) for p in match.group().split("/"))
    elif kind == "ufrac":
        numerator, denominator = (Decimal(p) for p in UNICODE_FRACTIONS[match.group()])
    else:
        numerator_cn, denominator_cn = number_value(match.group("num")), number_value(match.group("den"))
        if numerator_cn is None or denominator_cn is None:
            return None
        numerator, denominator = numerator_cn, denominator_cn
    if denominator == 0 or numerator == 0:
        return None
    return numerator * 100 / denominator
