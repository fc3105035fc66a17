"""Currencies before an amount: signs, codes, a currency's word, the letter of a rand or a peso.

The one home of them: the reader (``nonquantities``, ``bounds``, ``headings``, ``lists``, ``ranges``) and the
drafter's money rules take them from here.
"""

from __future__ import annotations

import re

# Currency signs and codes: before the digits, glued or not ($5, US$ 3, RMB5 billion, USD 300,
# Rs 37,000 crore, Rs.500, RM50, Rp 31,500, KSh138.2 billion, Sh3.5 trillion: East Africa's
# shillings), they name the amount's currency.
CURRENCY_SIGNS = "$£€¥₹₱"
CURRENCY_CODES = "RMB|USD|EUR|GBP|HKD|CNY|JPY|AUD|CAD|SGD|CHF|INR|MYR|IDR|ZAR|NZD|PKR|KRW|KES|UGX|TZS|NGN|KSh|Ksh|USh|TSh|RM|Rs|Rp|Sh"
CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![A-Za-z])(?:US|HK|A|C|S|NZ)?[{CURRENCY_SIGNS}]|(?<![A-Za-z])(?P<code>{CURRENCY_CODES})\.?)\s?\Z"
)
_CODE_ENDS = "".join(code[-1] for code in CURRENCY_CODES.split("|"))  # the last letters of the codes
# The characters CURRENCY_BEFORE can end with (before its optional space): a sign, a code's last letter, a dot.
_CURRENCY_LAST = frozenset(CURRENCY_SIGNS + "." + _CODE_ENDS)


def ends_in(text: str, end: int, marks: frozenset[str]) -> bool:
    """Whether the character before ``end``, or the one before a space there, is one of ``marks``: a
    test in a few steps before searching a pattern that ends in one of them, an optional space and
    ``\\Z`` (a search tries every position of its window; most numbers have no currency before)."""
    end = min(end, len(text))
    last = text[end - 1] if end > 0 else ""
    return last in marks or (end >= 2 and last.isspace() and text[end - 2] in marks)


def currency_before(text: str, start: int, reach: int) -> re.Match[str] | None:
    """The currency sign or code ending right before ``start`` (with a space at most), looked for in
    the ``reach`` characters before it: $5, US$ 3, RMB5 billion, Rs.500."""
    if not ends_in(text, start, _CURRENCY_LAST):
        return None
    return CURRENCY_BEFORE.search(text, max(0, start - reach), start)


# A currency written as one capital glued to an amount with a scale word or thousands commas: South
# Africa's rand (R13.9 billion, R612 million, R1,250) and the Philippine peso as its press writes it
# (P12.6 billion, P6,350), Nigeria's naira (N1.18 billion, N5,000) and Zambia's kwacha (K186.4
# million, K14.2 billion): not a code like R2, R0, P5, P100, N95 or K9 (a road, a reproduction number,
# a grade, a mask, a unit of dogs).
CURRENCY_LETTERS = "RPNK"
# What follows such a letter: an amount with a scale word or thousands commas.
LETTER_AMOUNT = r"(?=\d[\d,]*(?:\.\d+)?\s?(?:million|billion|trillion|bn|m)\b|\d{1,3}(?:,\d{3})+(?!\d|,\d))"
RAND = re.compile(rf"(?<![A-Za-z])[{CURRENCY_LETTERS}]{LETTER_AMOUNT}")
# A currency sign, with its country's letters (US$, HK$, S$, NZ$, GH¢), or a currency's code or word
# (RMB, Rs., 人民币), right before an amount; and the characters each can end with (``ends_in``).
SIGN_BEFORE = re.compile(rf"(?<![A-Za-z])(?:(?:US|HK|A|C|S|NZ)?[{CURRENCY_SIGNS}]|GH[¢₵])\s?\Z")
SIGN_LAST = frozenset(CURRENCY_SIGNS + "¢₵")
CURRENCY_WORD_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?:{CURRENCY_CODES})\.?|人民币|美元|港币)\s?\Z")
CURRENCY_WORD_LAST = frozenset(".币元" + _CODE_ENDS)


def currency_start(text: str, start: int) -> int:
    """Where the currency before the amount at ``start`` begins, or ``start`` when none stands there: a
    bound word before the amount ends before it (at least $1.42, no more than S$10, an estimated
    GH¢9.5 million, about RMB 5 billion, 约人民币5亿元, more than R13.9 billion, up to P5,000)."""
    if ends_in(text, start, SIGN_LAST) and (sign := SIGN_BEFORE.search(text, max(0, start - 5), start)):
        return sign.start()
    if ends_in(text, start, CURRENCY_WORD_LAST) and (
        word := CURRENCY_WORD_BEFORE.search(text, max(0, start - 5), start)
    ):
        return word.start()
    if start and text[start - 1] in CURRENCY_LETTERS and RAND.match(text, start - 1):
        return start - 1  # the letter of the rand or the peso
    return start
