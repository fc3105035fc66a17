"""Word quantities: claims printed without digits, so that coverage (K101) asks about them too.

- 一半, half of, only half: 50 % (a fraction); 半数 (半数以上 ≥ 50 %, 超过半数 > 50 %).
- 过半, 过半数: more than half (gt 50 %).
- halve, halving, halved: 50 % (a change by half; "by half", as in cut by half, is read as "half of" is).
- 翻一番, 翻了一番, 翻番, 翻倍, doubled: two times (2); 翻两番 (doubled twice): four times (4);
  tripled, trebled: 3; quadrupled: 4; twice the, twice as (not twice a day), double the: 2; triple the: 3; twofold … ninetyfold, hundredfold: that many times. The value is the factor,
  with no unit: a curator who records the change as a percentage writes the fact so.

Not word quantities: 半年, 上半年, the first half of 2025 (a period), half-day, "a half-hearted effort", 多半 (probably).
"""

from __future__ import annotations

from decimal import Decimal

from checks.numbers.english import TENS, UNITS

# The printed word → (value, bound, is a fraction of a whole: then the value is a percentage).
WORD_QUANTITIES: dict[str, tuple[Decimal, str, bool]] = {
    "一半": (Decimal(50), "eq", True),
    "半数": (Decimal(50), "eq", True),
    "过半数": (Decimal(50), "gt", True),
    "过半": (Decimal(50), "gt", True),
    "翻了一番": (Decimal(2), "eq", False),
    "翻一番": (Decimal(2), "eq", False),
    "翻了两番": (Decimal(4), "eq", False),
    "翻两番": (Decimal(4), "eq", False),
    "翻了番": (Decimal(2), "eq", False),
    "翻番": (Decimal(2), "eq", False),
    "翻了一倍": (Decimal(2), "eq", False),
    "翻倍": (Decimal(2), "eq", False),
    "doubled": (Decimal(2), "eq", False),
    # halving the number: a change by half (a percentage)
    "halve": (Decimal(50), "eq", True),
    "halving": (Decimal(50), "eq", True),
    "halved": (Decimal(50), "eq", True),
    "tripled": (Decimal(3), "eq", False),
    "trebled": (Decimal(3), "eq", False),
    "quadrupled": (Decimal(4), "eq", False),
    # twice the FY2026 total, twice as many: two times (not twice a day, twice weekly: how often)
    "twice": (Decimal(2), "eq", False),
    # double the 24,500 uses, triple the number: two and three times (not a double room, double-digit)
    "double": (Decimal(2), "eq", False),
    "triple": (Decimal(3), "eq", False),
}
# twofold … nineteenfold, twentyfold … ninetyfold, hundredfold: that many times.
WORD_QUANTITIES.update(
    {
        f"{word}fold": (Decimal(value), "eq", False)
        for word, value in {**UNITS, **TENS, "hundred": 100}.items()
        if value > 1
    }
)
_CJK_WORDS = sorted((w for w in WORD_QUANTITIES if not w.isascii()), key=len, reverse=True)
# Said of what they multiply only: twice as many, double the total (not twice a day, a double room).
_TIMES_OF = ("twice", "double", "triple")
_LATIN_WORDS = sorted((w for w in WORD_QUANTITIES if w.isascii() and w not in _TIMES_OF), key=len, reverse=True)
_TWICE = r"(?:twice(?=\s+(?:as|the|that|its|their|our|this|last|what)\b)|(?:double|triple)(?=\s+(?:the|that|its|their|our|this|last|what)\b))"
WORD_PATTERN = f"(?:{'|'.join(_CJK_WORDS)})(?![年月天日])|(?i:\\b(?:{'|'.join(_LATIN_WORDS)}|{_TWICE})\\b)"
LATIN_WORDS = frozenset([*_LATIN_WORDS, *_TIMES_OF])


def word_quantity(printed: str) -> tuple[Decimal, str, bool]:
    return WORD_QUANTITIES[printed.lower()]
