"""Chinese numerals: 七千四百, 一千零十, 一百十一, 三点五万, and Arabic digits with Chinese places (5万4千6百).

A numeral is digits and places. 十, 百, 千 are *places* inside a numeral (三千 is exactly 3000);
万 and 亿 close a section, and a trailing 万 or 亿 is a *scale word* that sets the rounding (三万 is
3 ten-thousands, ±5000). Forms the reader takes:

- 零 marks a skipped place (一千零五 = 1005, 两万零三百 = 20300), and 十 after it or after a larger
  place needs no 一 (一千零十 = 1010, 一百十一 = 111);
- a last digit after a place is one place lower (三百五 = 350, 一万二 = 12000), unless 零 came first;
- 廿, 卅 and 卌 are 二十, 三十 and 四十 (廿五 = 25, 五百卅四 = 534);
- Arabic digits take Chinese places (5万4千6百 = 54600, 3万4000 = 34000, 2千零30万 = 20300000,
  4.78万亿); the printed precision is the last Arabic group's, times the places after it.

Not numerals here: runs of bare digits (二〇二〇, 三四: a year or "three or four"), broken place
order (十四五, 千百), financial capitals (壹贰叁, see the reader suites' scope notes), and 几/数 at
the start (几十家, 数十万: "several", no figure is printed). 几 and 多 *inside* a numeral before a
scale (十几万, 二十多万) are handled by the scanner as "more than" (gt_step).
"""

from __future__ import annotations

import re
from decimal import Decimal

CN_DIGIT_VALUES = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_PLACES = {"十": 10, "百": 100, "千": 1000}
# 兆 is a place (10**12, as in Taiwan: 1兆6,951億) only between Arabic digits and 亿 (drafts._CN_AFTER,
# MIXED_TAIL): alone it is mega as often (5兆瓦, 100兆帕), so no Chinese numeral reads it.
BIG_PLACES = {"万": 10**4, "亿": 10**8, "兆": 10**12}
PLACES = {**SMALL_PLACES, **BIG_PLACES}
CN_DIGITS = "".join(CN_DIGIT_VALUES)
ONE_TO_NINE = "一二三四五六七八九"  # the digits that are no zero and no 两: 三成五, 十四五, 二十七八
# Tens written as one character (廿五 = 25, 五百卅四 = 534): read as the two characters they stand for.
CN_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
CN_TENS_CHARS = "".join(CN_TENS)
CN_ALL = CN_DIGITS + "十百千万亿" + CN_TENS_CHARS
# A Chinese numeral as printed: a digit or 十 first, then digits and places, then decimals (三点五万).
# Repetitions are bounded (no numeral is that long), so a long run of numerals is read in linear time.
CN_NUM = f"[{CN_DIGITS}十{CN_TENS_CHARS}](?:[{CN_DIGITS}十百万亿{CN_TENS_CHARS}]|千(?![克米瓦卡])){{0,30}}(?:点[{CN_DIGITS}]{{1,20}}[万亿]{{0,3}})?"
# Two neighbouring digits (or 三五, 一两) say "two or three": 两三万, 三五个, 七八十, 十七八, 二十七八.
# Not in a longer run of digits (一二三四: a list or a code).
APPROX_PAIR = (
    f"(?P<pair_tens>[{ONE_TO_NINE}]?十)?(?P<pair>一二|一两|两三|二三|三四|四五|五六|六七|七八|八九|三五)"
    f"(?P<pair_place>[十百千])?(?![{CN_DIGITS}十])"
)


def pair_values(tens: str | None, pair: str, place: str | None) -> tuple[int, int] | None:
    """The two values of an approximate pair (七八十 → 70, 80; 十七八 → 17, 18), or None (十七八十)."""
    if tens and place:
        return None
    first, second = CN_DIGIT_VALUES[pair[0]], CN_DIGIT_VALUES[pair[1]]
    if tens:
        base = 10 * (CN_DIGIT_VALUES[tens[0]] if len(tens) == 2 else 1)
        return base + first, base + second
    size = SMALL_PLACES[place] if place else 1
    return first * size, second * size


# Arabic digits continued by Chinese places: 5万4千6百, 3万4000, 2千零30万, 1千零1, and a group of four
# digits with a thousands comma after a place (7萬2,687 = 72687, 1兆6,951億, as Taiwan prints them).
TRILLION_PLACE = r"兆(?=\d[\d,]*亿)"
MIXED_TAIL = re.compile(
    rf"(?:(?:[十百千万亿]|{TRILLION_PLACE}){{1,4}}(?:零?(?:\d,\d{{3}}|\d{{1,4}}|[{CN_DIGITS[2:]}])(?![\d.]))?){{1,8}}"
)
_TENS = re.compile(f"[{CN_TENS_CHARS}]")
_TOKEN = re.compile(rf"\d+|[{CN_DIGITS}]|[十百千万亿兆]")


def _integer(tokens: list[str]) -> int | None:
    """The value of numeral tokens (digits, Arabic digit groups, places); None when not well formed."""
    if all(t not in PLACES for t in tokens):
        return _digit_value(tokens[0]) if len(tokens) == 1 else None
    total = section = 0
    pending: int | None = None
    pending_arabic = False
    small_last, big_last, last_place = 10**4, 10**13, 1
    after_zero = False
    for token in tokens:
        if token not in PLACES:
            if pending is not None:
                return None
            value = _digit_value(token)
            if value == 0:
                after_zero = True
                continue
            pending, pending_arabic = value, token.isdigit()
        elif token in SMALL_PLACES:
            place = SMALL_PLACES[token]
            if place >= small_last or (pending is not None and pending >= 10):
                return None
            if pending is None:
                # 十 alone is 一十: at the start (十三), after 零 (一千零十) or after a larger place (一百十一).
                if token != "十":
                    return None
                pending = 1
            section += pending * place
            pending, small_last, last_place, after_zero = None, place, place, False
        else:
            place = BIG_PLACES[token]
            section += pending or 0
            if section == 0:
                if total == 0 or place <= big_last:
                    return None
                total *= place  # 万亿
            elif place < big_last:
                total += section * place
            elif place > big_last:
                total = (total + section) * place
            else:
                return None
            section, pending, small_last, big_last, last_place, after_zero = 0, None, 10**4, place, place, False
    if pending is not None:
        if pending_arabic and pending >= 10:
            # 3万4000: a group of Arabic digits after a place counts as printed, below that place.
            if pending >= last_place:
                return None
            section += pending
        else:
            # 三百五 is 350 and 一万二 is 12000: a digit after a place is one place lower, unless 零 came between.
            section += pending * last_place // 10 if last_place >= 10 and not after_zero else pending
    return total + section


def _digit_value(token: str) -> int:
    return int(token) if token.isdigit() else CN_DIGIT_VALUES[token]


def chinese_integer(text: str) -> int | None:
    """七千四百 → 7400, 十三 → 13, 一万二 → 12000, 一千零十 → 1010, 5万4千6百 → 54600; None if malformed."""
    text = _TENS.sub(lambda tens: CN_TENS[tens.group()], text)
    tokens = _TOKEN.findall(text)
    if not tokens or "".join(tokens) != text:
        return None
    return _integer(tokens)


def chinese_numeral_value(text: str) -> Decimal | None:
    """The value of a Chinese numeral, decimals (三点五) and a trailing 万/亿 (三点五万) included."""
    whole, point, fraction = text.partition("点")
    integer = chinese_integer(whole)
    if integer is None or any(ch.isdigit() for ch in whole):
        return None
    if not point:
        return Decimal(integer)
    scale = 1
    while fraction and fraction[-1] in BIG_PLACES:
        scale *= BIG_PLACES[fraction[-1]]
        fraction = fraction[:-1]
    if not fraction or any(ch not in CN_DIGIT_VALUES or ch == "两" for ch in fraction):
        return None
    decimals = "".join(str(CN_DIGIT_VALUES[ch]) for ch in fraction)
    return Decimal(f"{integer}.{decimals}") * scale


def longest_numeral(text: str) -> tuple[Decimal, int] | None:
    """(value, length) of the longest well-formed numeral that ``text`` starts with (七十百分位 → 70, 2)."""
    for length in range(len(text), 0, -1):
        value = chinese_numeral_value(text[:length])
        if value is not None:
            return value, length
    return None


def mixed_value(arabic: str, tail: str) -> tuple[Decimal, Decimal] | None:
    """(value, half-unit) of Arabic digits followed by Chinese places: ("5", "万4千6百") → (54600, 50).

    Decimals (2.1亿, 4.78万亿) take big places only. The rounding is the last Arabic group's half
    unit times the places printed after it: 2.1亿 ±5000000, 5万4千6百 ±50, 3万4000 ±0.5.
    """
    digits = arabic.replace(",", "")
    if "." in digits:
        if any(ch not in BIG_PLACES for ch in tail):
            return None
        scale = Decimal(1)
        for ch in tail:
            scale *= BIG_PLACES[ch]
        decimals = len(digits.partition(".")[2])
        return Decimal(digits) * scale, Decimal(5).scaleb(-decimals - 1) * scale
    tail = tail.replace(",", "")
    tokens = [digits, *_TOKEN.findall(tail)]
    if "".join(tokens[1:]) != tail:
        return None
    value = _integer(tokens)
    if value is None:
        return None
    last_arabic = max(i for i, t in enumerate(tokens) if t.isdigit())
    places = Decimal(1)
    for token in tokens[last_arabic + 1 :]:
        places *= PLACES.get(token, 1)
    return Decimal(value), Decimal("0.5") * places
