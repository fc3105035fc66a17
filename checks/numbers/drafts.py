"""One number as printed, before its bound words: the value, its scale and the unit word after it.

``read_draft`` reads the number a ``master_match`` starts — Arabic digits (with thousands
separators, spaces grouping thousands, a leading dot, Chinese places after them: 5万4千6百), Chinese
numerals, English number words, fractions (2/3, 三分之二, two-thirds, ½), 百分之, 千分之/万分之
and word quantities, decimals said without a whole part (point five) — then 来 for "about" (十来个,
20来万), its scale word (万, 亿, million, lakh, crore, 10多万, 2.1亿, 7.43m people), then its unit word
(``measured.with_unit``). ``pair_drafts`` reads the two ends of an approximate pair (两三万, 三五个).
``measured.refused`` tells a draft that is a name, label or code rather than a quantity (5G, 2型,
“三个注重”).
What a draft means with the words around it is the scanner's and the range reader's business.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checks.numbers.chinese import (
    APPROX_PAIR,
    BIG_PLACES,
    CN_ALL,
    CN_NUM,
    MIXED_TAIL,
    PLACES,
    TRILLION_PLACE,
    longest_numeral,
    mixed_value,
    pair_values,
)
from checks.numbers.currencies import currency_before
from checks.numbers.english import (
    AND_A_HALF,
    LEADING_POINT,
    SCALE_AFTER_DIGITS,
    WORDS,
    a_fraction,
    digits_over,
    english_number,
    in_ratio,
    point_decimal,
    scale_after_digits,
)
from checks.numbers.fractions import fraction_value, number_value
from checks.numbers.measured import ONE, Draft, with_unit
from checks.numbers.nonquantities import ARABIC, SKIPS, is_latin
from checks.numbers.powers import power_after
from checks.numbers.quantity import FRACTION_HALF_UNIT, half_unit_of
from checks.numbers.units import LAYERS, NOT_LAYERS_AFTER, Units, press_scale
from checks.numbers.words import WORD_PATTERN, word_quantity
from checks.scalar_intervals import PERCENT

# A decimal printed with a leading dot (.5) or digits grouped by spaces (1 234 567) are numbers too.
_GROUPED = r"(?<![A-Za-z])\d{1,3}(?: \d{3})+(?![\d-])(?:\.\d+)?(?![\dA-Za-z])"
HALF_OF = "个(?!月)|公?升|斤|公斤|千克|克|吨|米|公里|加仑|杯|瓶|盒|天|小时|个小时"
# The numbers, each with where it can start (as SKIPS: d digit, l Latin letter, o other mark; and
# p the dot of .5). A master pattern per start tries the non-quantities first, then the numbers.
NUMBERS: list[tuple[str, str]] = [
    (rf"(?P<pct>百分之(?P<pct_num>{ARABIC}|{CN_NUM}|百(?![分万亿])))", "o"),
    (rf"(?<![{CN_ALL}几数])(?P<permille>(?P<pm_base>千|万)分之(?P<pm_num>{ARABIC}|{CN_NUM}))", "o"),
    (rf"(?<![{CN_ALL}几数\d])(?P<cnfrac>(?P<den>{CN_NUM}|\d+)分之(?P<num>{CN_NUM}|{ARABIC}))", "do"),
    (rf"(?P<word>{WORD_PATTERN})", "lo"),
    (rf"(?P<dual>双(?=\s?{LAYERS}(?![{NOT_LAYERS_AFTER}])))", "o"),  # 双重: two layers
    # not a blood pressure (120/80 mmHg, 140/90毫米汞柱: two pressures, each read alone)
    (r"(?P<frac>(?<![\d/.])\d+/\d+(?![/\d]|\s?mm\s?Hg|\s?毫米汞柱|[ \t]?[千万]|,\d{3}))", "d"),
    (r"(?P<ufrac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])", "o"),
    (rf"(?<!\d)(?<!\d\.)(?P<arabic>{_GROUPED}|{ARABIC}|(?<![A-Za-z0-9_.])\.\d+)", "dp"),
    (rf"(?P<point>{LEADING_POINT})", "l"),
    (rf"(?P<en>(?i:\b(?:{WORDS}|an?|half|quarter)\b))", "l"),
    # 两三万, 三五个, 七八十岁, 十七八岁: two neighbouring digits (or 三五) are "two or three", a range.
    (rf"(?<![{CN_ALL}几数])(?P<cnpair>{APPROX_PAIR})", "o"),
    (rf"(?<![{CN_ALL}几数])(?P<cn>{CN_NUM})", "o"),
    # 半公升, 半个, 半小时: half a measure (but 上半年, 半年 and 半个月 are periods).
    (rf"(?<![上下前后一两几多])(?P<half_of>半)(?={HALF_OF})", "o"),
    # 千余名, 百多家, 近万人, 突破千人: a place with no digit is one of it, before 余/多 or after 近/逾/超/突破.
    (
        rf"(?P<bare>(?<![{CN_ALL}几数上成])[百千万](?=[余多])|(?:(?<=[近逾超])|(?<=突破))[百千万](?=[\u4e00-\u9fff]))",
        "o",
    ),
]
_ORDINAL_SUFFIX = re.compile(r"(?i:(?:st|nd|rd|th)?s?)(?![A-Za-z])")  # 1/4th, 3/8s


def pair_drafts(norm: str, match: re.Match[str], table: Units) -> tuple[Draft, Draft] | None:
    """The two ends of an approximate pair (两三万 → 2万 and 3万, 十七八岁 → 17 and 18岁), or None.

    The pair counts only before a measure word or a scale (三四家, 两三万), as a lone numeral does.
    """
    values = pair_values(match.group("pair_tens"), match.group("pair"), match.group("pair_place"))
    cn_tail = _cn_tail(norm, ONE, match.end())
    if values is None or cn_tail is None or cn_tail[2]:
        return None  # 两三百多: no pair
    _, scale, _, end = cn_tail
    low, high = values
    split = match.start("pair") + 1
    upper = with_unit(norm, "cn", split, end, Decimal(high) * scale, norm[split:end],
                       half_unit_of(str(high), float(scale)), scale, False, table)  # fmt: skip
    if upper.unit_text is None and scale == 1:
        return None  # 十七八 alone: no count named
    # The lower end is read as the upper one is (its scale, its unit; 三五成 is 30 % to 50 %).
    lower = Draft("cn", match.start(), split, split, upper.value * low / high, norm[match.start() : split],
                  upper.half_unit, scale, False, upper.unit, upper.unit_text, False)  # fmt: skip
    return lower, upper


CN_ONLY = re.compile(rf"(?P<cn>{CN_NUM})")  # a pair that is none is read as a numeral (十七八 → 十七)


def _master(start: str) -> re.Pattern[str]:
    skips = "|".join(pattern for pattern, starts in SKIPS if start in starts) or "(?!)"
    numbers = "|".join(pattern for pattern, starts in NUMBERS if start in starts)
    return re.compile(f"(?P<skip>{skips})|{numbers}", re.MULTILINE)


_MASTERS = {start: _master(start) for start in "dlop"}
MASTER_LATIN, MASTER_DIGIT = _MASTERS["l"], _MASTERS["d"]


def master_match(text: str, at: int) -> re.Match[str] | None:
    """The non-quantity or number that starts at ``at``, or None (one master pattern per kind of start)."""
    if at >= len(text):
        return None
    char = text[at]
    if char.isdigit():
        return _MASTERS["d"].match(text, at)
    if char.isascii() and char.isalpha():
        return _MASTERS["l"].match(text, at)
    return _MASTERS["p" if char == "." else "o"].match(text, at)


# After the number: 余/多/几 and a Chinese scale (4000多名, 10多万, 2.1亿元, 十几万), or an English one.
# A larger scale may follow 余/多 after a smaller one: 1千余万元 is more than 10 million (千 × 万).
_CN_AFTER = re.compile(
    rf"([余多几])?(?:[ \t]?(?=[万亿])|个(?=亿))?([百千万亿]*[百万亿]|[百千万亿]+(?![克米瓦卡])|{TRILLION_PLACE})?"
    r"(?:([余多])([万亿]+)?)?"
)
_CURRENCY_SCALE = re.compile(r"(bn|m|k|b)(?![A-Za-z])", re.IGNORECASE)
_CURRENCY_SCALES = {"bn": 10**9, "b": 10**9, "m": 10**6, "k": 10**3}  # $3bn, RMB5m, $40k


# The characters 一 makes a word with (统一 unify, 唯一 only, 同一 the same, 单一 single, 划一 uniform,
# 专一, 归一, 合一, 逐一 one by one): no count of one, even before a measure word (统一部署).
_ONE_IN_A_WORD_AFTER = frozenset("统唯同单划专归合逐")


def read_draft(norm: str, match: re.Match[str], table: Units) -> Draft | None:
    """The number of ``match`` with its scale and unit word, or None when it is no number."""
    kind = match.lastgroup or ""
    if kind == "cnpair":
        return None  # two ends, read by ranges.read_pair
    start, end = match.start(), match.end()
    scale, step, fraction = ONE, False, False
    half: float | None = None
    digits = match.group()
    about = False
    if kind == "arabic":
        digits = digits.replace(" ", ",") if " " in digits else digits
        about, end = _about_tens(norm, digits, end)
        tail = _arabic_tail(norm, digits, Decimal(digits.replace(",", "") if digits[0] != "." else "0" + digits), end)
        if tail is None:
            return None
        value, half, scale, step, end = tail
        ratio = (in_ratio(norm, value, end) or digits_over(norm, value, end)) if scale == 1 and not step else None
        if ratio is not None:
            return _share(norm, "frac", start, ratio)
        if scale == 1 and value == int(value) and (and_half := AND_A_HALF.match(norm, end)) is not None:
            value, end = value + Decimal("0.5"), and_half.end()  # 5 and a half minutes
    elif kind == "point":
        said = point_decimal(norm, start)
        if said is None:
            return None
        value, end = said
        half, digits = half_unit_of(str(value)), norm[start:end]
    elif kind == "half_of":
        value, half = Decimal("0.5"), 0.05
    elif kind == "bare":
        cn_tail = _cn_tail(norm, Decimal(PLACES[digits]), end)
        if cn_tail is None:
            return None
        value, scale, step, end = cn_tail
    elif kind == "cn":
        longest = longest_numeral(digits)
        if longest is None:
            return None
        parsed, length = longest
        digits, end = digits[:length], start + length
        if length == 1 and not _may_count(norm, end, table):
            return None  # 一些, 统一, 两癌: a lone numeral counts only before a measure word (or in a range)
        if digits == "一" and norm[start - 1 : start] in _ONE_IN_A_WORD_AFTER:
            return None  # 统一部署, 同一批, 单一项: 一 is part of a word, whatever measure word follows
        about, end = _about_tens(norm, digits, end)
        cn_tail = _cn_tail(norm, parsed, end)
        if cn_tail is None:
            return None
        value, scale, step, end = cn_tail
    elif kind == "pct":
        digits = match.group("pct_num")
        if digits[0] in CN_ALL and digits != "百":
            longest = longest_numeral(digits)
            if longest is None:
                return None
            digits, end = digits[: longest[1]], match.start("pct_num") + longest[1]
        percent = Decimal(100) if digits == "百" else number_value(digits)
        if percent is None:
            return None
        return Draft(kind, start, end, end, percent, digits, half_unit_of("一百" if digits == "百" else digits), scale,
                     False, PERCENT, "百分之", False)  # fmt: skip
    elif kind == "permille":
        digits = match.group("pm_num")
        per = number_value(digits)
        if per is None:
            return None
        word = match.group("pm_base") + "分之"
        return Draft(kind, start, end, end, per, digits, half_unit_of(digits), scale, False,
                     (table.hints.get(word) or (None,))[0], word, False)  # fmt: skip
    elif kind == "word":
        value, bound, fraction = word_quantity(digits)
        step = bound == "gt"  # 过半: more than half (the bound is read in _finish)
        unit = PERCENT if fraction else None
        half = FRACTION_HALF_UNIT if fraction else 0.5
        return Draft(kind, start, end, end, value, digits, half, scale, step, unit, None, fraction)
    elif kind == "en":
        return _english(norm, match, table)
    elif kind == "dual":
        value = Decimal(2)
    else:
        read_fraction = fraction_value(match)
        if read_fraction is None:
            return None
        value, fraction, half = read_fraction, True, FRACTION_HALF_UNIT
    if fraction:
        # 1/4th, 1/3RD: a fraction printed with the ordinal its denominator is said as
        suffix = _ORDINAL_SUFFIX.match(norm, end) if "/" in digits else None
        return Draft(kind, start, end, suffix.end() if suffix else end, value, digits, FRACTION_HALF_UNIT, scale,
                     False, PERCENT, None, True)  # fmt: skip
    if half is None:
        half = half_unit_of(digits, float(scale))
    draft = with_unit(norm, kind, start, end, value, digits, half, scale, step, table)
    return replace(draft, about=True) if about else draft


# 十来个, 二十来岁, 20来万: 来 after a round number (tens, hundreds …) is "about" (十来个 is about ten).
_ABOUT_AFTER = re.compile("来(?=[万亿]|[^\\s来])")
_ROUND = re.compile(r"(?:[十百千万]|[1-9][\d,]*0)\Z")


def _about_tens(norm: str, digits: str, end: int) -> tuple[bool, int]:
    """Whether 来 follows a round number (about it), and where the number goes on after it."""
    if norm[end : end + 1] == "来" and _ROUND.search(digits) and _ABOUT_AFTER.match(norm, end):
        return True, end + 1
    return False, end


_AFTER_LONE = frozenset("余多几来百千万亿个点分至到~-–—和与及 \t")  # what may follow a lone numeral that counts


def _may_count(norm: str, end: int, table: Units) -> bool:
    """A quick test for a lone Chinese numeral: can what follows it be a measure word, a scale or a range?"""
    after = norm[end : end + 1]
    return after in table.cjk_first or after in _AFTER_LONE or is_latin(after)  # 四ml


def _arabic_tail(
    norm: str, digits: str, value: Decimal, end: int
) -> tuple[Decimal, float | None, Decimal, bool, int] | None:
    """Scale words and 余/多/几 after Arabic digits: 2.1亿, 4000多, 10多万, 5万4千6百, 1.0436 million, $3bn.

    None for 几 without 万/亿 (10几家: a dozen or so, no figure). A power of ten (1.3×10^6) scales too.
    """
    power = power_after(norm, digits, end)
    if power is not None:
        factor, mantissa, end = power
        printed = value if mantissa == digits else Decimal(mantissa)
        return printed * factor, half_unit_of(mantissa, float(factor)), factor, False, end
    after = _CN_AFTER.match(norm, end)
    scale, step = Decimal(1), False
    if after and after.end() > end:
        places = after.group(2) or ""
        if places and not after.group(1):
            mixed = MIXED_TAIL.match(norm, after.start(2))
            if mixed and mixed.end() > after.end(2):
                parsed = mixed_value(digits, mixed.group())
                if parsed is not None:
                    return parsed[0], float(parsed[1]), Decimal(1), bool(after.group(3)), mixed.end()
        for place in places + (after.group(4) or ""):
            scale *= PLACES[place]
        if after.group(1) == "几" and not any(p in BIG_PLACES for p in places):
            return None
        step = bool(after.group(1) or after.group(3))
        end = after.end()
    elif (en_scale := SCALE_AFTER_DIGITS.match(norm, end)) is not None:
        scale, end = Decimal(scale_after_digits(en_scale.group(1))), en_scale.end()
    elif currency_before(norm, end - len(digits), 6):
        glued = _CURRENCY_SCALE.match(norm, end)
        if glued:
            scale, end = Decimal(_CURRENCY_SCALES[glued.group(1).lower()]), glued.end()
    elif norm[end : end + 1] in "mkK" and (press := press_scale(norm, digits, end)) is not None:  # 7.43m, 45K
        scale, end = Decimal(press[0]), press[1]
    return value * scale, None, scale, step, end


def _cn_tail(norm: str, value: Decimal, end: int) -> tuple[Decimal, Decimal, bool, int] | None:
    """Scale words and 余/多/几 after a Chinese numeral (十余万, 一千多万, 十几万); None for 十几家."""
    after = _CN_AFTER.match(norm, end)
    scale = Decimal(1)
    if not after or after.end() == end:
        return value, scale, False, end
    for place in (after.group(2) or "") + (after.group(4) or ""):
        scale *= PLACES[place]
    if after.group(1) == "几" and not any(p in BIG_PLACES for p in after.group(2) or ""):
        return None  # 十几家: a dozen or so, no figure
    return value * scale, scale, bool(after.group(1) or after.group(3)), after.end()


def _english(norm: str, match: re.Match[str], table: Units) -> Draft | None:
    start = match.start()
    word = match.group().lower()
    read = a_fraction(norm, start) if word in ("a", "an") else None
    read = read or english_number(norm, start)
    if read is None:
        if word in ("a", "an"):
            return _a_unit_and_a_half(norm, match, table)
        if word not in ("half", "quarter"):
            return None
        measured = _half_of_unit(norm, match, table)
        if measured is not None or word != "half":
            return measured
        return Draft("en", start, match.end(), match.end(), Decimal(50), match.group(), FRACTION_HALF_UNIT,
                     Decimal(1), False, PERCENT, None, True)  # fmt: skip
    if read.kind in ("ordinal", "run"):
        return Draft("ordinal", start, read.end, read.end, read.value, read.digits, 0.5, Decimal(1), False, None,
                     None, False)  # fmt: skip
    if read.kind == "fraction":
        return Draft("enfrac", start, read.end, read.end, read.value, read.digits, FRACTION_HALF_UNIT, Decimal(1),
                     False, PERCENT, None, True)  # fmt: skip
    ratio = in_ratio(norm, read.value, read.end) if read.scale == 1 else None
    if ratio is not None:
        return _share(norm, "enfrac", start, ratio)
    scale = Decimal(read.scale)
    half = half_unit_of(str(read.value), float(scale))
    return with_unit(norm, "en", start, read.end, read.value * scale, read.digits, half, scale, False, table)


def _share(norm: str, kind: str, start: int, ratio: tuple[Decimal, int]) -> Draft:
    """one in five, 1 in 1,000: a fraction of a whole, as a percentage."""
    percent, end = ratio
    return Draft(kind, start, end, end, percent, norm[start:end], FRACTION_HALF_UNIT, ONE, False, PERCENT, None, True)


def _a_unit_and_a_half(norm: str, match: re.Match[str], table: Units) -> Draft | None:
    """an hour and a half, a year and a half: one and a half of the unit (not "a half", 50 %), or None."""
    draft = with_unit(norm, "en", match.start(), match.end(), ONE, match.group(), 0.5, ONE, False, table)
    return draft if draft.unit_text is not None and draft.value == Decimal("1.5") else None


_TIME_WORDS = frozenset({"hr", "hrs", "min", "mins", "sec", "secs", "seconds", "week", "weeks", "month", "months"})
_PART_OF_A = re.compile(r"(?i:\s*-(?=[a-z])|\s+an?(?=\s)|\s+of\s+an?(?=\s))")


def _half_of_unit(norm: str, match: re.Match[str], table: Units) -> Draft | None:
    """half a liter, half-litre, a quarter of an hour: a part of one unit, or None."""
    part = _PART_OF_A.match(norm, match.end())
    draft = with_unit(norm, "en", match.start(), part.end() if part else match.end(),
                       Decimal("0.5" if match.group().lower() == "half" else "0.25"), match.group(), 0.05, ONE,
                       False, table)  # fmt: skip
    if draft.unit_text is None or (part is None and norm[match.end() : match.end() + 1] == "\t"):
        return None  # Quarter<TAB>Cases: a table's heading, no quarter of a case (round 38)
    if part is not None and "-" in part.group() and (draft.unit in table.durations or draft.unit_text in _TIME_WORDS):
        return None  # a half-day course, the half-time score: an adjective or a name, not a count
    return draft
