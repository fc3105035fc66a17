"""Money: the unit of an amount printed with a currency sign or word the reader names no unit for.

The reader reads ``£4.6 million`` and ``$3.2bn`` as numbers (the sign before them is no unit word)
and ``4.6 million dollars`` with a word ``schemas/units.yaml`` may not list. Drafted as a count (or
as a unit named after the word's code points), the amount says nothing of its currency. The draft
takes the catalogue's unit whose hints hold the sign or word, and otherwise proposes the currency's
ISO code (``gbp``, ``usd``, ``eur``…), kind ``amount``, for the curator to confirm: a bare ``$`` is
proposed as US dollars, and the review note says so. An amount in brackets right after another, in
another currency, is that amount converted (``converted``), no figure of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from checks.draft.new_units import hint_words
from checks.numbers import Quantity
from checks.numbers.currencies import RAND

# (unit id, label_en, label_zh) of the currencies a sign or word names.
CURRENCIES = {
    "usd": ("US dollars", "美元"),
    "gbp": ("pounds sterling", "英镑"),
    "eur": ("euros", "欧元"),
    "hkd": ("Hong Kong dollars", "港元"),
    "aud": ("Australian dollars", "澳元"),
    "nzd": ("New Zealand dollars", "新西兰元"),
    "cad": ("Canadian dollars", "加元"),
    "sgd": ("Singapore dollars", "新加坡元"),
    "twd": ("New Taiwan dollars", "新台币"),
    "kes": ("Kenyan shillings", "肯尼亚先令"),
    "ugx": ("Ugandan shillings", "乌干达先令"),
    "tzs": ("Tanzanian shillings", "坦桑尼亚先令"),
    "myr": ("Malaysian ringgit", "林吉特"),
    "ngn": ("Nigerian naira", "奈拉"),
    "zmw": ("Zambian kwacha", "克瓦查"),
    "zar": ("South African rand", "南非兰特"),
}
_SIGNS = {
    "US$": "usd", "$": "usd", "£": "gbp", "€": "eur", "HK$": "hkd", "A$": "aud", "AU$": "aud", "NZ$": "nzd",
    "C$": "cad", "CA$": "cad", "S$": "sgd", "NT$": "twd",
}  # fmt: skip
_WORDS = {
    "dollars": "usd", "dollar": "usd", "pounds": "gbp", "pound": "gbp", "euros": "eur", "euro": "eur",
    "美元": "usd", "英镑": "gbp", "欧元": "eur", "港元": "hkd", "港币": "hkd", "澳元": "aud", "新台币": "twd",
}  # fmt: skip
# Codes printed before the amount, glued or not (KSh138.2 billion, Sh3.5 trillion, RM475 million,
# USD 300): a bare Sh is taken for Kenyan shillings (Uganda's and Tanzania's print USh, TSh).
_CODES = {
    "KSh": "kes", "Ksh": "kes", "KES": "kes", "Sh": "kes", "USh": "ugx", "UGX": "ugx", "TSh": "tzs", "TZS": "tzs",
    "RM": "myr", "MYR": "myr", "NGN": "ngn", "USD": "usd", "GBP": "gbp", "EUR": "eur", "HKD": "hkd", "AUD": "aud",
    "NZD": "nzd", "CAD": "cad", "SGD": "sgd", "ZAR": "zar", "R": "zar", "N": "ngn",
    "ZMW": "zmw", "K": "zmw",
}  # fmt: skip
_SIGNS.update(_CODES)
_SIGN = r"(US\$|HK\$|AU\$|NZ\$|CA\$|NT\$|A\$|C\$|S\$|\$|£|€|(?<![A-Za-z])(?:" + "|".join(_CODES) + r")\.?)"
_SIGN_BEFORE = re.compile(rf"{_SIGN}\s?$")
_SIGN_INSIDE = re.compile(rf"{_SIGN}\s?(?=\d)")


def currency_of(line: str, q: Quantity) -> tuple[str, str] | None:
    """The printed sign or word of ``q``'s currency and the ISO code it is proposed as, or None."""
    # the sign before the figure, or inside the reader's text after a bound word (at least £300 million)
    sign, at = _SIGN_BEFORE.search(line, max(0, q.start - 4), q.start), 0
    if sign is None:
        sign, at = _SIGN_INSIDE.search(q.text), q.start  # its place in the reader's text, not the line's
    # R13.9 billion, N5,000; not Vote R 4, an N 95 mask
    if sign and (sign.group(1) not in ("R", "N") or RAND.match(line, at + sign.start(1))):
        return sign.group(1), _SIGNS[sign.group(1).rstrip(".")]
    word = (q.unit_text or "").lower()
    return (q.unit_text or "", _WORDS[word]) if word in _WORDS else None


def word_currency(word: str) -> str | None:
    """The ISO code a currency's word names (dollars: usd, 英镑: gbp), or None."""
    return _WORDS.get(word.lower())


def money_unit(
    printed: str, code: str, catalogue: dict[str, dict[str, Any]], proposed: dict[str, dict[str, Any]], word: bool
) -> tuple[str, str]:
    """The unit of an amount in ``code`` printed as ``printed`` (the catalogue's, else one added to
    ``proposed``) and a review note."""
    named = [uid for uid, entry in catalogue.items() if printed in hint_words(entry)]
    amounts = [uid for uid in named if catalogue[uid].get("kind") == "amount"]
    if amounts:
        return amounts[0], f"unit: {amounts[0]}, named by '{printed}'"
    if code in catalogue:
        return code, f"unit: {code}, the currency of '{printed}'"
    label_en, label_zh = CURRENCIES[code]
    entry = proposed.setdefault(
        code,
        {
            "kind": "amount",
            "label_en": label_en,
            "label_zh": label_zh,
            "hints": [],
            "review": f"proposed by factlint draft for '{printed}'",
        },
    )
    if word and printed not in entry["hints"]:
        entry["hints"].append(printed)  # a word printed after the amount names it (P108)
    guess = {"$": " (a bare $ is taken for US dollars)", "Sh": " (a bare Sh is taken for Kenyan shillings)"}.get(
        printed, ""
    )
    return code, f"unit: {code} proposed for '{printed}'{guess}"


_CONVERTED_BEFORE = re.compile(
    r"[(（]\s*(?:about|approx\.?|approximately|around|roughly|some|or|约合|约|合|折合)?\s*(?:US\s*\$|US\$|\$|€|£|￥)?\s*$",
    re.IGNORECASE,
)
_CURRENCY_SIGN = re.compile(r"(?:US\s*\$|\$|€|£)\s*$")
_CURRENCY_AFTER = re.compile(r"^\s*(?:U\.?S\.?\s+dollars|US\s+dollars|dollars|美元|欧元|euros?|pounds)", re.I)


def converted(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """An amount in parentheses right after another, in another currency: 3 billion yuan ($419.4 million),
    $2.7 million (about N4.1 billion)."""
    before = line[max(0, q.start - 24) : q.start]
    opening = _CONVERTED_BEFORE.search(before)
    signed = currency_of(line, q)
    if opening is None or not (_CURRENCY_SIGN.search(before) or _CURRENCY_AFTER.match(line[q.end :]) or signed):
        return None
    paren = q.start - len(before) + opening.start()
    if any(
        o.end <= paren and paren - o.end <= 2 and (o.unit == "yuan" or _other_currency(line, o, signed)) for o in others
    ):
        return "the amount before it converted to another currency, not a figure of its own"
    return None


def _other_currency(line: str, o: Quantity, signed: tuple[str, str] | None) -> bool:
    own = currency_of(line, o)
    return own is not None and signed is not None and own[1] != signed[1]


# 采集全血15.42万单位（折合3084万毫升）, 2.1 million tonnes (equivalent to 4.6 billion pounds): the amount
# before it restated in another unit, its conversion word opening the bracket.
_CONVERSION_OPENS = re.compile(
    r"[(（]\s*(?:折合|约合|相当于|换算为|\bequivalent\s+to|\bi\.\s?e\.,?)\s*$", re.IGNORECASE
)


def converted_unit(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """An amount in brackets that a conversion word opens, right after another amount (a measure word
    between at most): the same amount in another unit."""
    opening = _CONVERSION_OPENS.search(line, max(0, q.start - 16), q.start)
    if opening is None:
        return _restated_in_brackets(line, q, others)
    paren = opening.start()
    if any(o.end <= paren and re.fullmatch(r"[^\d\s,，。；;()（）]{0,4}\s*", line[o.end : paren]) for o in others):
        return "the amount before it converted into another unit, not a figure of its own"
    return None


_BRACKET_OPENS = re.compile(r"\s*[(（]\s*$")
_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")


def _restated_in_brackets(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """A time in brackets right after another of the same value and unit, printed otherwise: the time
    before it written out in one unit (1 hour 52 minutes (112 minutes)), no figure of its own."""
    if q.unit not in _TIME_UNITS:
        return None  # (a fraction in words restated as a share, Seven in 10 (70%), keeps the share: ignores.py)
    for o in others:
        same = o.unit == q.unit and o.value == q.value and o.text.strip() != q.text.strip()
        if same and o.end <= q.start and _BRACKET_OPENS.fullmatch(line[o.end : q.start]):
            return "the quantity before it restated in one unit, not a figure of its own"
    return None
