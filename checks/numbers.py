"""The number reader: every quantity printed in a text, as the interval the printed figure stands for.

A printed figure is not a point. ``96.6%`` stands for anything that rounds to it, [96.55, 96.65];
``more than 80%`` for (80, 100]; ``7400余元`` for (7400, 7500). Consistency rules compare these
intervals and fail only when they cannot agree, so rounding never raises a false alarm (the way
statcheck treats a printed statistic). ``interval_for`` is the one place that turns a value, its
rounding half-unit and a bound into an interval; the reader and the rules on curated facts both use
it (``intervals_for`` is the same arithmetic over pandas columns).

Bounds. A fact's ``qualifier`` is one of ``QUALIFIERS``. Two bound words say more than their
qualifier and get an interval of their own (``Quantity.bound``; ``interval_for`` accepts them):

- ``nearly`` (近, 将近, nearly, almost): qualifier ``approx``, interval [min(0.9·v, v−h), v+h].
- ``gt_step`` (余, 多 after a round number): qualifier ``gt``, interval (v, v + step) where step is
  the place of the number's last non-zero digit (7400余 → (7400, 7500), 50多 → (50, 60)).

Bound words the reader knows, by the bound they give (before the number unless marked *after*):

- ``gt``: 超过, 超出, 超, 逾, 多于, 高于, 大于; more than, greater than, higher than, over, exceeds,
  exceeded, exceeding, in excess of, upwards of, and ``above``: English "above 2/3" means more than
  2/3, so it is strict (only *after* the number, "or above"/"and above", is it ``ge``).
- ``ge``: 不少于, 不低于, 不小于, 至少, 最少, 最低; at least, not/no less than, not/no fewer than,
  (a) minimum of. *After*: 以上, 及以上, 或以上, 或更多; or more/higher/above/over/greater,
  and above/over/more.
- ``lt``: 不足, 不到, 少于, 低于, 小于, 未满; less than, fewer than, lower than, under, below.
- ``le``: 不超过, 不高于, 不多于, 不大于, 至多, 最多, 最高; at most, not/no more than, not exceeding,
  up to, (a) maximum of, within. *After*: 以下, 及以下, 或以下, 以内; or less/lower/below/fewer/under,
  and below/under; 内 only after a duration (2分钟内); a circle after a duration (15分钟便民医疗圈,
  a 15-minute medical service circle: everything within 15 minutes; the span runs to 圈/circle).
- ``approx``: 大约, 大概, 约为, 约合, 约; about, approximately, approx., around, roughly.
  *After*: 左右; or so.
- ``nearly``: 将近, 接近, 近乎, 几乎, 近 (but 近3年 is "the past three years", eq); nearly, almost,
  close to, approaching, just under, just below.
- ``gt_step``: *after*: 余, 多 (7400余元, 50多名, 10多万).

Between a bound word and its number nothing may stand but a rate base (每万名人口配备, 每千人口拥有,
per 10,000 population, per 1,000 people): 超过每万名人口配备4.8名 is more than 4.8 per 10,000
population, and its span runs from 超过 to 名.

Decisions a reader of the rules needs:

- ``eq`` and ``approx`` intervals are closed: a value on a rounding boundary may agree either way.
- ``approx`` is ±``APPROX_TOLERANCE`` (10 %) of the value, never narrower than the rounding range.
- Percentages stop at 100. ``more than 80%`` → (80, 100] (a ``gt``/``ge``/``gt_step`` bound of a
  percentage below 100), and a printed percentage of at most 100 never reaches above 100 by rounding
  or ``approx``: ``100%`` → [99.5, 100], ``约100%`` → [90, 100]. A percentage above 100 (growth),
  ``more than 100%``, and any other unit are unbounded above (``math.inf``, open).
- Integers are exact as printed: ``23,000`` and ``七千四百`` stand for ±0.5, not for "about 23
  thousand"; trailing zeros are never read as rounding. Only a scale word makes the rounding
  coarse: ``2.3万``, ``23 thousand`` → ±500, ``三万`` → ±5000 (a trailing 万/亿 of a Chinese numeral
  is a scale word; 千/百 inside it are places, so ``三千`` is ±0.5).
- ``lt``/``le``/``within`` start at 0 (quantities here are never negative).
- Fractions (``2/3``, ``三分之二``, ``two-thirds``, ``一半``) are percentages, exact, with a
  rounding half-unit of ``FRACTION_HALF_UNIT`` so that a curated 66.67 agrees with 2/3.
- In JSON (``Quantity.as_dict``) an infinite bound is ``None``; the ``*_open`` flag stays true.

What is not a quantity: dates and times, years (a 4-digit 1900–2100 integer used as one), phone
numbers, codes with a leading zero, ordinals (18th, 第二), levels (level 4, 二级, 三级), plan labels
(十四五), a number alone in quotes (“369”), a number word opening a quoted name (“三个注重”,
"ten unification"), list markers (1. / 一、 / (2)), rate bases (每万名, per 10,000), numbers glued to
Latin letters (5G, COVID-19), a lone Chinese numeral not followed by a measure word (两癌, 四院,
一系列), lone ``one``/``a``/``half`` without a bound or scale word (one of, one-stop, one hospital),
but ``at least one``, ``only one``, ``just one``, ``one more`` and ``only half`` are counts.

Measure words are read whether units.yaml names them or not (``unit`` is then None, the word is in
``unit_text``): 户, 倍, ‰ (``4.8‰`` is 4.8 per mille, not a percentage), 重 (layers: 四重保障 is 4,
and 双重 is 2; not 重大, 重点, 重要…).

Rates. After a rate base (每万名人口配备4.8名, 4.8 people per 10,000 population) a word that names
both a count and a rate (名, 人) reads as the rate of that base (``per_10k_population``); when
units.yaml has no rate of that base (每千人口4.8名), the unit is None rather than a count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from checks.intervals import PERCENT, QUALIFIER_OF_BOUND, in_interval, interval_for, tidy

__all__ = [
    "FRACTION_HALF_UNIT",
    "Quantity",
    "chinese_numeral_value",
    "half_unit_of",
    "read_quantities",
]

FRACTION_HALF_UNIT = 0.005

_REPO = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------------------------

_CN_DIGIT_VALUES = {
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
_CN_SMALL_PLACES = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_PLACES = {"万": 10**4, "亿": 10**8}
_CN_DIGITS = "".join(_CN_DIGIT_VALUES)
_CN_ALL = _CN_DIGITS + "十百千万亿"


def _chinese_integer(text: str) -> int | None:
    """七千四百 → 7400, 十三 → 13, 一万二 → 12000, 一千零五 → 1005; None when not a well-formed numeral.

    Runs of bare digits (二〇二〇, 三四) and broken place order (十四五, 千百) are not numerals here.
    """
    if all(ch in _CN_DIGIT_VALUES for ch in text):
        return _CN_DIGIT_VALUES[text] if len(text) == 1 else None
    total = section = 0
    pending: int | None = None
    small_last, big_last, last_place = 10**4, 10**13, 1
    after_zero = False
    for ch in text:
        if ch in _CN_DIGIT_VALUES:
            if pending is not None:
                return None
            if _CN_DIGIT_VALUES[ch] == 0:
                after_zero = True
                continue
            pending = _CN_DIGIT_VALUES[ch]
        elif ch in _CN_SMALL_PLACES:
            place = _CN_SMALL_PLACES[ch]
            if place >= small_last:
                return None
            if pending is None:
                if ch != "十" or section:
                    return None
                pending = 1
            section += pending * place
            pending, small_last, last_place, after_zero = None, place, place, False
        else:
            place = _CN_BIG_PLACES[ch]
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
        # 三百五 is 350 and 一万二 is 12000: a digit after a place is one place lower, unless 零 came between.
        section += pending * last_place // 10 if last_place >= 10 and not after_zero else pending
    return total + section


def chinese_numeral_value(text: str) -> Decimal | None:
    """The value of a Chinese numeral, decimals (三点五) and a trailing 万/亿 (三点五万) included."""
    whole, point, fraction = text.partition("点")
    integer = _chinese_integer(whole)
    if integer is None:
        return None
    if not point:
        return Decimal(integer)
    scale = 1
    while fraction and fraction[-1] in _CN_BIG_PLACES:
        scale *= _CN_BIG_PLACES[fraction[-1]]
        fraction = fraction[:-1]
    if not fraction or any(ch not in _CN_DIGIT_VALUES for ch in fraction):
        return None
    decimals = "".join(str(_CN_DIGIT_VALUES[ch]) for ch in fraction)
    return Decimal(f"{integer}.{decimals}") * scale


_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_EN_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def _english_value(words: str) -> int | None:
    parts = re.split(r"[-\s]+", words.lower())
    if parts == ["a"]:
        return 1
    total = 0
    for part in parts:
        if part in _EN_TENS:
            total += _EN_TENS[part]
        elif part in _EN_UNITS:
            total += _EN_UNITS[part]
        else:
            return None
    return total


def _decimals(digits: str) -> int:
    return len(digits.rpartition(".")[2]) if "." in digits else 0


def half_unit_of(digits: str, scale: float = 1.0) -> float:
    """The rounding half-unit of a printed figure: ``digits`` as ``Quantity.digits`` holds them.

    16.20 → 0.005; 7,400 → 0.5; 4.39 with scale 10000 → 50; 三万 → 5000 (a trailing 万/亿 acts as
    a scale, as in 3万); 七千四百 → 0.5; Six → 0.5; fractions (2/3, 三分之二, two-thirds, 一半) →
    ``FRACTION_HALF_UNIT`` whatever the scale.
    """
    text = digits.strip()
    if "/" in text or "分之" in text or text.lower() in ("一半", "half") or _EN_FRACTION_WORDS.fullmatch(text):
        return FRACTION_HALF_UNIT
    factor = Decimal(repr(float(scale)))
    if text and text[0] in _CN_ALL:
        while text and text[-1] in _CN_BIG_PLACES and len(text) > 1:
            factor *= _CN_BIG_PLACES[text[-1]]
            text = text[:-1]
        decimals = len(text.partition("点")[2])
    else:
        decimals = _decimals(text) if text[:1].isdigit() else 0
    return float(Decimal(5).scaleb(-decimals - 1) * factor)


# ---------------------------------------------------------------------------------------------
# Patterns (compiled once; the unit patterns on first use, from units.yaml)
# ---------------------------------------------------------------------------------------------

_LAYERS = "重"  # 四重保障: four layers; but 重大, 重点, 重要, 重新, 重症 … are words of their own
_NOT_LAYERS_AFTER = "大点要新复视特建庆症度量型组申任病返叠置启残伤灾金心磅中镇地头担力阳拳塑整审温生演修构工"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_NUM = f"[{_CN_DIGITS}十][{_CN_ALL}]*(?:点[{_CN_DIGITS}]+[万亿]*)?"
_EN_WORD_ALTS = "|".join(sorted([*_EN_UNITS, *_EN_TENS], key=len, reverse=True))
_EN_NUMBER = (
    rf"(?:{'|'.join(_EN_TENS)})(?:-(?:{'|'.join(k for k, v in _EN_UNITS.items() if v < 10)}))?"
    rf"|{_EN_WORD_ALTS}|a(?=\s+(?:{'|'.join(_EN_SCALES)})\b)|half"
)
_EN_FRACTION = rf"(?:{_EN_WORD_ALTS})[-\s](?:{'|'.join(sorted(_EN_DENOMINATORS, key=len, reverse=True))})s?"
_EN_FRACTION_WORDS = re.compile(_EN_FRACTION, re.IGNORECASE)
# Words before a number that make it a label: level 4, Grade 3, No. 5.
_LABEL_WORDS = (
    "level",
    "grade",
    "class",
    "phase",
    "stage",
    "tier",
    "no",
    "article",
    "section",
    "chapter",
    "page",
    "room",
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)

# Things that look like numbers and are not quantities. They are tried first at each position, so
# the date 2022.08.28 is consumed whole and never read as 2022.08.
_SKIP = "|".join(
    [
        # Addresses. One that starts with a letter needs no entry: its digits are glued to letters.
        r"https?://\S+|www\.\S+|\d[A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
        r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?",  # 2020-12-14, 2022.08.28, 2026年1月27日
        r"\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}[日号]|\d{4}[-/]\d{1,2}(?![\d.])",
        r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)",  # 11:17:45
        rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*,?\s*\d{{4}}\b)?",  # August 27th, May 24, 2022
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b(?:\s*,?\s*\d{{4}}\b)?",  # 27 August 2022
        r"(?<!\d)(?:1[3-9]\d[ -]?\d{4}[ -]?\d{4}|0\d{2,3}[ -]\d{7,8}|400[ -]?\d{3}[ -]?\d{4}|\d{3}[ -]\d{4}[ -]\d{4})(?!\d)",
        r"\d+(?:st|nd|rd|th)\b",  # 18th
        rf"(?i:\b(?:{'|'.join(_LABEL_WORDS)})\.?\s*[-#]?\s*)(?:\d+|(?i:{_EN_WORD_ALTS})\b)",  # level 4, No. 5
        rf"(?i:\bper\s+)(?:{_ARABIC}|ten\b|hundred\b|thousand\b)",  # per 10,000: a rate's base
        rf"每\s*(?:{_ARABIC}|{_CN_NUM})[百千万亿]*",  # 每10万人: a rate's base
        rf"第\s*(?:\d+|[{_CN_ALL}]+)",  # ordinals 第二, 第18
        rf"[“\"「『‘]\s*(?:{_ARABIC}|[{_CN_ALL}]+)\s*[”\"」』’]",  # “369”, “十四五”: names
        rf"十[{_CN_DIGITS}]五",  # plan labels 十四五, 十五五
        r"^\d{1,2}[.．、](?!\d)",  # list markers at a line start
        r"(?:(?<=[.?!:;] )|(?<=[。？！：；]))\d{1,2}\.(?=\s+[A-Z])",  # ... institutions? 1. How is
        r"(?:^|(?<=[\s。；：！？，,]))[一二三四五六七八九十]{1,3}、",  # 一、
        rf"[（(](?:\d{{1,2}}|[{_CN_DIGITS}十]{{1,3}})[)）]",  # (1) （二）
        r"\d+(?:\.\d+){2,}",  # version numbers
        r"0\d+(?![.\d])",  # codes with a leading zero: 002462
        rf"(?:\d+|(?i:{_EN_WORD_ALTS}))\s*-\s*Year\s+Plans?\b",  # Five-Year Plan
    ]
)
_MASTER = re.compile(
    rf"(?P<skip>{_SKIP})"
    rf"|(?P<pct>百分之(?P<pct_num>{_ARABIC}|{_CN_NUM}))"
    rf"|(?<![{_CN_ALL}几数])(?P<cnfrac>(?P<den>{_CN_NUM})分之(?P<num>{_CN_NUM}))"
    r"|(?P<half>一半)"
    rf"|(?P<dual>双(?=\s?{_LAYERS}(?![{_NOT_LAYERS_AFTER}])))"  # 双重: two layers
    r"|(?P<frac>(?<![\d/.])\d+/\d+(?![/\d]))"
    rf"|(?<!\d)(?<!\d\.)(?P<arabic>{_ARABIC})"
    rf"|(?P<enfrac>(?i:\b{_EN_FRACTION}\b(?!-)))"
    rf"|(?P<en>(?i:\b(?:{_EN_NUMBER})\b))"
    rf"|(?<![{_CN_ALL}几数])(?P<cn>{_CN_NUM})",
    re.MULTILINE,
)
# Where an alternative of _MASTER can start: a digit, a Chinese numeral or mark, or a Latin keyword.
_TRIGGER = re.compile(rf"[\d{_CN_DIGITS}十百每第双“\"「『‘(（]|([A-Za-z]+)")
_KEYWORDS = frozenset(
    [*_EN_UNITS, *_EN_TENS, *_LABEL_WORDS, "a", "half", "per", "http", "https", "www"]
    + [month.lower() for month in _MONTHS.split("|")]
)
# After the number: 余/多 and a Chinese scale (4000多名, 10多万, 2.1亿元), or an English scale.
_CN_AFTER = re.compile(r"([余多])?([百千万亿]+(?![克米瓦]))?([余多])?")
_EN_SCALE = re.compile(rf"\s*(?:-\s*)?({'|'.join(_EN_SCALES)})\b", re.IGNORECASE)
# Labels, not counts: 二级, 1月, 27日, 3号楼, 十八届, 一期, 3点, level(s) after the number.
_LABEL_AFTER = re.compile(r"\s?(?:级|(?<!个)月|日|号|届|楼|期|时(?!间)|点)|\s*-?\s*levels?\b", re.IGNORECASE)
_PRE_BOUND = re.compile(
    r"(?:"
    r"(?P<ge>不少于|不低于|不小于|至少|最少|最低|(?i:\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than"
    r"|not\s+fewer\s+than|no\s+fewer\s+than|a\s+minimum\s+of|minimum\s+of)))"
    r"|(?P<le>不超过|不高于|不多于|不大于|至多|最多|最高|(?i:\b(?:at\s+most|not\s+more\s+than|no\s+more\s+than"
    r"|not\s+exceeding|up\s+to|a\s+maximum\s+of|maximum\s+of|within)))"
    r"|(?P<gt>超过|超出|(?<![赶高])超|逾|多于|高于|大于|(?i:\b(?:more\s+than|greater\s+than|higher\s+than|over"
    r"|exceeds?|exceeded|exceeding|above|in\s+excess\s+of|upwards\s+of)))"
    r"|(?P<nearly>将近|接近|近乎|几乎|(?<![附最邻就靠])近|(?i:\b(?:nearly|almost|close\s+to|approaching"
    r"|just\s+under|just\s+below)))"
    r"|(?P<lt>不足|不到|少于|低于|小于|未满|(?i:\b(?:less\s+than|fewer\s+than|lower\s+than|under|below)))"
    r"|(?P<approx>大约|大概|约为|约合|(?<![预节制签合契公])约|(?i:\b(?:about|approximately|approx\.|around"
    r"|roughly)))"
    r")\s*\Z"
)
_POST_BOUND = re.compile(
    r"\s*(?:"
    r"(?P<ge>或以上|及以上|以上|或更多|(?i:or\s+(?:more|higher|above|over|greater)\b|and\s+(?:above|over|more)\b))"
    r"|(?P<le>或以下|及以下|以下|以内|(?i:or\s+(?:less|lower|below|fewer|under)\b|and\s+(?:below|under)\b))"
    r"|(?P<within>内)"
    r"|(?P<approx>左右|(?i:or\s+so\b))"
    r")"
)
# After a duration, a service circle: 15分钟便民医疗圈, a 15-minute medical and health service circle
# (within 15 minutes). A few words may name the circle, with no punctuation and, in English, no
# article or preposition ("a 15-minute walk to the circle line" is no circle).
_CIRCLE_ZH = re.compile(r"[\u3400-\u9fff]{0,8}?圈")
_CIRCLE_EN = re.compile(r"(?i:(?:\s+(?!(?:to|the|of|from|in|at|by|for|with|on|an?)\b)[a-z]+){0,5}?\s+circles?\b)")
# Rate bases. The base of 每万名人口 / per 10,000 population, as printed, and its size.
_RATE_BASES = {
    "千": 10**3, "一千": 10**3, "1千": 10**3, "1000": 10**3, "thousand": 10**3, "onethousand": 10**3,
    "athousand": 10**3, "万": 10**4, "一万": 10**4, "1万": 10**4, "10000": 10**4, "tenthousand": 10**4,
    "十万": 10**5, "10万": 10**5, "100000": 10**5, "hundredthousand": 10**5, "onehundredthousand": 10**5,
    "ahundredthousand": 10**5,
}  # fmt: skip
_ZH_BASE = r"(?P<zh>十万|10万|100,?000|10,?000|1,?000|[一1]?万|[一1]?千)"
_EN_BASE = (
    r"(?P<en>100,000|10,000|1,000|100000|10000|1000|(?:(?:one|a)\s+)?hundred\s+thousand|ten\s+thousand"
    r"|(?:(?:one|a)\s+)?thousand)"
)
_EN_POPULATION = r"(?:population|people|persons|residents|inhabitants)\b"
# The whole rate-base phrase, the one thing that may stand between a bound word and its number.
_RATE_BASE_BEFORE = re.compile(
    rf"(?:每\s*{_ZH_BASE}\s*[名个]?\s*(?:常住|户籍|服务)?\s*(?:人口|居民|人)\s*(?:配备|拥有|配置|有)?"
    rf"|(?i:\bper\s+{_EN_BASE}\s+{_EN_POPULATION}))\s*\Z"
)
# Looser, to pick a rate unit: a base shortly before the number (每万人口全科医生数达4.8名) …
_RATE_BEFORE = re.compile(
    rf"(?:每\s*{_ZH_BASE}[^，,。；;、！!？?]{{0,12}}|(?i:\bper\s+{_EN_BASE}\s+{_EN_POPULATION})[^，,。；;、！!？?]{{0,16}})\Z"
)
# … or right after its unit word (4.8 people per 10,000 population, 4.8名/万人).
_RATE_AFTER = re.compile(rf"\s*(?:/\s*{_ZH_BASE}\s*[名个]?\s*(?:常住|户籍)?(?:人口|居民|人)|(?i:per\s+{_EN_BASE})\b)")
_RATE_LABEL_BASE = re.compile(r"\bper\s+(\d{1,3}(?:,\d{3})+|\d+)\b", re.IGNORECASE)  # label_en of a rate unit
_YEAR_BEFORE = re.compile(
    r"(?:(?i:\b(?:in|since|by|from|to|until|till|before|after|during|of|year|years|early|mid|late|fy|copyright))"
    r"\s*[-–]?\s*|©\s*)\Z"
)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_OPENING_QUOTES = "“「『‘"
_IN_QUOTES_BEFORE = re.compile(r"[“「『][^”」』\n]{0,10}\Z")
_NOT_MEASURE_AFTER = re.compile("[性化]")  # 一次性, 一元化: adjectives, not counts
_CJK = re.compile(r"[\u3400-\u9fff]")
_NEAR_TIME_UNITS = ("年", "个月", "天", "日", "周")  # 近3年 is "the past 3 years", not "nearly 3 years"

# Measure words read whether or not units.yaml names them (if it does not: unit None, never text).
_CJK_MEASURES = (
    "个月", "个小时", "个工作日", "个百分点", "百分点", "周年", "条", "台", "套", "辆", "份", "篇", "户", "间",
    "处", "轮", "部", "本", "件", "只", "块", "片", "组", "周", "倍", "成", "公里", "平方米", "米", "亩", "吨", "公斤",
    "‰", "重",
)  # fmt: skip
_EN_MEASURES = ("percentage points", "percentage point", "months", "month", "weeks", "week")
_TENTHS = "成"  # 八成 = 80%
# What a measure word must not be followed by to count as one (its lookahead in the unit pattern).
_MEASURE_NOT_BEFORE = {_LAYERS: f"(?![{_NOT_LAYERS_AFTER}])"}
# Lone "one"/"half" is a count after "only"/"just" (only one county) and "one" before "more" (one more).
_ONLY_BEFORE = re.compile(r"(?i:\b(?:only|just|merely))\s+\Z")
_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Units:
    hints: dict[str, tuple[str, ...]]  # hint (lower-cased when Latin) → unit ids, in units.yaml order
    rates: frozenset[str]
    rate_bases: dict[str, int]  # rate unit id → its base (per_10k_population → 10000), from label_en
    durations: frozenset[str]
    cjk: re.Pattern[str]
    latin: re.Pattern[str]


def _alternation(words: Sequence[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) + _MEASURE_NOT_BEFORE.get(w, "") for w in ordered)


@cache
def _units() -> _Units:
    from schemas.vocab import load_vocabulary

    hints: dict[str, list[str]] = {}
    rates: set[str] = set()
    rate_bases: dict[str, int] = {}
    durations: set[str] = set()
    for unit_id, entry in load_vocabulary(_REPO).units.items():
        if entry.get("kind") == "rate":
            rates.add(unit_id)
            base = _RATE_LABEL_BASE.search(str(entry.get("label_en") or ""))
            if base:
                rate_bases[unit_id] = int(base.group(1).replace(",", ""))
        elif entry.get("kind") == "duration":
            durations.add(unit_id)
        for hint in entry.get("hints") or ():
            hints.setdefault(str(hint).lower(), []).append(unit_id)
    latin = [h for h in hints if h.isascii() and h[:1].isalpha()]
    # 百分之 is printed before its number, not after.
    cjk = [h for h in hints if h not in latin and h != "百分之"]
    return _Units(
        hints={hint: tuple(ids) for hint, ids in hints.items()},
        rates=frozenset(rates),
        rate_bases=rate_bases,
        durations=frozenset(durations),
        cjk=re.compile(rf"\s?({_alternation([*cjk, *_CJK_MEASURES])})"),
        latin=re.compile(rf"\s*(?:-\s*)?({_alternation([*latin, *_EN_MEASURES])})\b", re.IGNORECASE),
    )


def _rate_base(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    printed = match.group("zh") or match.group("en")
    return _RATE_BASES.get(re.sub(r"[\s,]", "", printed).lower())


def _unit_id(units: _Units, word: str, text: str, start: int, end: int) -> str | None:
    """The unit id ``word`` names, for the number at ``start`` whose unit word ends at ``end``."""
    candidates = units.hints.get(word.lower()) or (units.hints.get(word[1:]) if word.startswith("个") else None)
    if not candidates:
        return None
    rates = [c for c in candidates if c in units.rates]
    others = [c for c in candidates if c not in units.rates]
    if rates:
        low = max(0, start - 40)
        before = _RATE_BEFORE.search(text, low, start) if _may_hold_rate_base(text, low, start) else None
        base = _rate_base(before or _RATE_AFTER.match(text, end))
        if base is not None:
            # 每万名人口配备4.8名: a rate per 10,000 population, not 4.8 persons; 每千人口4.8名 is a rate
            # too, of a base units.yaml may have no unit for: then no unit rather than a count.
            return next((r for r in rates if units.rate_bases.get(r) == base), None)
    return others[0] if others else rates[0]


# ---------------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """One quantity as printed. ``interval_for(value, half_unit, bound, unit)`` gives its interval."""

    value: float  # base units: 2.1亿 → 210000000; percent stays percent; fractions become percent
    digits: str  # the number as printed: "16.20", "7,400", "1.0436", "七千四百", "2/3", "Six"
    qualifier: str  # one of QUALIFIERS
    low: float
    high: float
    low_open: bool
    high_open: bool
    round_low: float  # the rounding range of the digits alone, ignoring the qualifier
    round_high: float
    unit: str | None  # unit id (schemas/units.yaml) named by the word after the number
    unit_text: str | None  # that word as printed (also a measure word units.yaml does not name)
    start: int  # span of the whole quantity, bound and unit words included (end exclusive)
    end: int
    text: str
    half_unit: float  # the rounding half-unit of the digits, in base units
    bound: str  # one of BOUNDS: the qualifier, or nearly / gt_step when the words say more

    def contains(self, x: float) -> bool:
        return in_interval(x, self.low, self.high, self.low_open, self.high_open)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; an infinite bound is ``None`` (its ``*_open`` flag says it is unbounded)."""

        def finite(x: float) -> float | None:
            return x if math.isfinite(x) else None

        return {
            "value": self.value,
            "digits": self.digits,
            "qualifier": self.qualifier,
            "bound": self.bound,
            "low": finite(self.low),
            "high": finite(self.high),
            "low_open": self.low_open,
            "high_open": self.high_open,
            "unit": self.unit,
            "unit_text": self.unit_text,
            "round_low": finite(self.round_low),
            "round_high": finite(self.round_high),
            "half_unit": self.half_unit,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


def read_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of position."""
    units = _units()
    found = []
    resume = 0
    # Same result as _MASTER.finditer, but _MASTER is tried only where one of its alternatives can
    # start; scanning every position with it is ten times slower.
    for trigger in _TRIGGER.finditer(text):
        at = trigger.start()
        if at < resume or (trigger.lastindex and trigger.group(1).lower() not in _KEYWORDS):
            continue
        match = _MASTER.match(text, at)
        if match is None:
            continue
        resume = match.end()
        if match.lastgroup != "skip":
            quantity = _read(text, match, units)
            if quantity is not None:
                found.append(quantity)
    return found


def _core(match: re.Match[str]) -> tuple[str, Decimal, bool] | None:
    """(digits, value before any scale word, is a fraction of a whole) of the number matched."""
    kind = match.lastgroup
    core = match.group()
    value: Decimal | int | None
    if kind == "arabic":
        return core, Decimal(core.replace(",", "")), False
    if kind == "cn":
        value = chinese_numeral_value(core)
        return (core, value, False) if value is not None else None
    if kind == "pct":
        digits = match.group("pct_num")
        value = chinese_numeral_value(digits) if digits[0] in _CN_ALL else Decimal(digits.replace(",", ""))
        return (digits, value, False) if value is not None else None
    if kind == "half" or (kind == "en" and core.lower() == "half"):
        return core, Decimal(50), True
    if kind == "dual":
        return core, Decimal(2), False
    if kind == "en":
        value = _english_value(core)
        return (core, Decimal(value), False) if value is not None else None
    if kind == "frac":
        numerator, denominator = (Decimal(p) for p in core.split("/"))
    elif kind == "cnfrac":
        numerator_cn, denominator_cn = (
            chinese_numeral_value(match.group("num")),
            chinese_numeral_value(match.group("den")),
        )
        if numerator_cn is None or denominator_cn is None:
            return None
        numerator, denominator = numerator_cn, denominator_cn
    else:  # enfrac
        first, _, second = re.split(r"([-\s])", core, maxsplit=1)
        second = second.lower()
        numerator = Decimal(_english_value(first) or 0)
        denominator = Decimal(_EN_DENOMINATORS.get(second) or _EN_DENOMINATORS[second[:-1]])  # thirds → third
    if denominator == 0 or numerator == 0:
        return None
    return core, numerator * 100 / denominator, True


def _read(text: str, match: re.Match[str], units: _Units) -> Quantity | None:
    kind = match.lastgroup
    parsed = _core(match)
    if parsed is None:
        return None
    digits, number, is_fraction = parsed
    start, pos = match.start(), match.end()
    before = text[start - 1] if start else ""
    # Glued to Latin letters (5G, H1N1, COVID-19) or opening a quoted name (“三个注重”): not a count.
    if kind in ("arabic", "frac") and (_is_latin(before) or (before == "-" and _is_latin(text[start - 2 : start - 1]))):
        return None
    if (
        kind in ("cn", "dual", "en", "enfrac", "cnfrac")
        and before
        and (before in _OPENING_QUOTES or (before == '"' and not text[start - 2 : start - 1].isalnum()))
    ):
        return None
    if kind in ("arabic", "cn", "en") and _LABEL_AFTER.match(text, pos):
        return None

    scale = Decimal(1)
    step = False
    if kind in ("arabic", "cn"):
        cn_after = _CN_AFTER.match(text, pos)
        if cn_after and cn_after.end() > pos:
            step_end = cn_after.end()
            for scale_char in cn_after.group(2) or "":
                scale *= _CN_BIG_PLACES.get(scale_char) or _CN_SMALL_PLACES[scale_char]
            step = bool(cn_after.group(1) or cn_after.group(3))
            pos = step_end
    if kind in ("arabic", "en") and scale == 1:
        en_scale = _EN_SCALE.match(text, pos)
        if en_scale:
            scale, pos = Decimal(_EN_SCALES[en_scale.group(1).lower()]), en_scale.end()
    if is_fraction:
        scale = Decimal(1)

    unit_match = units.cjk.match(text, pos) or units.latin.match(text, pos)
    unit_text = unit_match.group(1) if unit_match else None
    if step and not unit_text and scale == 1 and _CJK.match(text, pos):
        step, pos = False, match.end()  # 3多部门: 多 starts the next word
        unit_match, unit_text = None, None
    if unit_match and _NOT_MEASURE_AFTER.match(text, unit_match.end()):
        return None
    if unit_match is None and kind in ("arabic", "frac") and _is_latin(text[pos : pos + 1]):
        return None  # 5G, 3D
    end = unit_match.end() if unit_match else pos

    half_unit = FRACTION_HALF_UNIT if is_fraction else half_unit_of(digits, float(scale))
    value = number * scale
    unit: str | None
    if kind == "pct" or is_fraction:
        unit, unit_text = PERCENT, "百分之" if kind == "pct" else None
    elif unit_text == _TENTHS:
        unit, value, half_unit = PERCENT, value * 10, half_unit * 10
    else:
        unit = _unit_id(units, unit_text, text, start, end) if unit_text else None

    # A lone Chinese numeral counts only before a measure word (三种, not 两癌 or 四院); a lone
    # "one"/"a"/"half" only with a bound or scale word (at least one, a million), not "one of".
    lone_cn = (kind == "cn" and len(digits) == 1) or kind == "dual"
    lone_en = kind == "en" and digits.lower() in ("one", "a", "half")
    if lone_cn and (unit_text is None or _IN_QUOTES_BEFORE.search(text, max(0, start - 12), start)):
        return None  # “全院一张床”: a lone numeral in a quoted slogan is a name, not a count

    bound = "gt_step" if step else "eq"
    post = _POST_BOUND.match(text, end)
    if post and post.lastgroup:
        name = post.lastgroup
        duration = unit in units.durations or unit_text in _NEAR_TIME_UNITS
        if name != "within" or duration:
            bound, end = ("le" if name == "within" else name), post.end()
    elif bound == "eq" and unit in units.durations and (circle := _circle_after(text, unit_text, end)):
        bound, end = "le", circle.end()
    pre = _PRE_BOUND.search(text, max(0, start - 24), start)
    if pre is None and _may_hold_rate_base(text, max(0, start - 40), start):
        # 超过每万名人口配备4.8名: a rate base may stand between the bound word and the number.
        rate_base = _RATE_BASE_BEFORE.search(text, max(0, start - 40), start)
        if rate_base is not None:
            pre = _PRE_BOUND.search(text, max(0, rate_base.start() - 24), rate_base.start())
    if pre and pre.lastgroup:
        if pre.lastgroup == "nearly" and unit_text in _NEAR_TIME_UNITS and pre.group().strip() == "近":
            pass  # 近3年: the past three years
        else:
            bound, start = pre.lastgroup, pre.start()
    if lone_en and bound == "eq" and scale == 1 and not _lone_word_counts(text, digits, start, end):
        return None
    if kind == "arabic" and _is_year(text, digits, scale, step, bound, unit_text, match.start(), match.end()):
        return None

    low, high, low_open, high_open = interval_for(float(value), half_unit, bound, unit)
    return Quantity(
        value=float(value),
        digits=digits,
        qualifier=QUALIFIER_OF_BOUND[bound],
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        round_low=tidy(float(value) - half_unit, half_unit),
        round_high=tidy(float(value) + half_unit, half_unit),
        unit=unit,
        unit_text=unit_text,
        start=start,
        end=end,
        text=text[start:end],
        half_unit=half_unit,
        bound=bound,
    )


def _circle_after(text: str, unit_text: str | None, end: int) -> re.Match[str] | None:
    """The service circle after a duration (15分钟…圈, 15-minute … circle), or None."""
    if unit_text and unit_text.isascii():
        # Only the compound adjective (15-minute, one-hour) names a circle, not "15 minutes".
        return None if unit_text.lower().endswith("s") else _CIRCLE_EN.match(text, end)
    return _CIRCLE_ZH.match(text, end)


def _may_hold_rate_base(text: str, low: int, high: int) -> bool:
    """A quick test before ``_RATE_BASE_BEFORE``: every rate base starts with 每 or per."""
    return text.find("每", low, high) >= 0 or text.find("per", low, high) >= 0 or text.find("Per", low, high) >= 0


def _lone_word_counts(text: str, digits: str, start: int, end: int) -> bool:
    """Whether a lone "one"/"half" (no bound, no scale) is a count: half of, only one, one more — not one-stop."""
    word = digits.lower()
    if word == "half" and _OF_AFTER.match(text, end):
        return True
    if text[end : end + 1] == "-" or word not in ("one", "half"):
        return False
    return bool(_ONLY_BEFORE.search(text, max(0, start - 8), start) or (word == "one" and _MORE_AFTER.match(text, end)))


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _is_year(
    text: str, digits: str, scale: Decimal, step: bool, bound: str, unit_text: str | None, start: int, end: int
) -> bool:
    """2026年, in 2022, By the end of 2021, 2022 Press Conference — but not 2000名 or 2000 doctors."""
    if len(digits) != 4 or not digits.isdigit() or not 1900 <= int(digits) <= 2100:
        return False
    if scale != 1 or step or bound != "eq":
        return False
    if unit_text is not None:
        return unit_text == "年"
    if _YEAR_BEFORE.search(text, max(0, start - 16), start):
        return True
    return not _LOWER_WORD_AFTER.match(text, end)
