"""The scanner: every quantity printed in a text, as the interval the printed figure stands for.

One pass over the text. A cheap trigger pattern finds where a number (or a non-quantity that looks
like one) can start; the master pattern is tried only there, so the cost is linear in the text
and most characters are looked at once. At each hit the scanner reads a *draft* (the number, its
scale and its unit word), tries to join it with a second number into a range, and otherwise
finishes it with its bound words and the checks that refuse non-quantities.

The text is read through a 1:1 character map (``normalize``): full-width digits and punctuation
(０-９, ．, ％, ～, ＋, －, full-width comma between full-width digits), no-break spaces, and
traditional forms of numerals and measure words (萬, 億, 兩, 點, 個, 張 …) read as their plain
forms, so ``全年投入资金３．６亿元`` is 360000000 and every span stays a span of the text as given.
``digits`` holds the normalized number; ``text`` and ``unit_text`` the characters as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from checks.intervals import PERCENT
from checks.numbers import bounds
from checks.numbers.chinese import (
    BIG_PLACES,
    CN_ALL,
    CN_DIGITS,
    CN_NUM,
    MIXED_TAIL,
    chinese_numeral_value,
    longest_numeral,
    mixed_value,
)
from checks.numbers.english import SCALES, UNITS, WORDS, a_fraction, english_number
from checks.numbers.nonquantities import (
    ARABIC,
    IN_QUOTES_BEFORE,
    LABEL_AFTER,
    LABEL_WORDS,
    MONTHS,
    NOT_MEASURE_AFTER,
    OPENING_QUOTES,
    PHONE_WORDS,
    SKIP,
    is_latin,
    is_year,
    looks_like_year,
)
from checks.numbers.quantity import FRACTION_HALF_UNIT, RANGE, Quantity, half_unit_of, quantity, range_of
from checks.numbers.units import (
    GLUED_ABBREVIATIONS,
    LAYERS,
    NEAR_TIME_UNITS,
    NOT_LAYERS_AFTER,
    PER_MILLE,
    PER_TEN_THOUSAND,
    RATE_BASE_BEFORE,
    TENTHS,
    Units,
    may_hold_rate_base,
    unit_id,
    units,
)
from checks.numbers.words import LATIN_WORDS, TRIGGER_CHARS, WORD_PATTERN, word_quantity

_FULL_WIDTH = {chr(0xFF10 + d): str(d) for d in range(10)}
_NORMAL = str.maketrans(
    {
        **_FULL_WIDTH,
        "．": ".", "％": "%", "～": "~", "＋": "+", "－": "-", "−": "-", "／": "/", "：": ":", "＜": "<", "＞": ">",
        "＝": "=", "\u3000": " ", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "萬": "万", "億": "亿", "兩": "两",
        "點": "点", "個": "个", "幾": "几", "餘": "余", "張": "张", "項": "项", "種": "种", "歲": "岁", "週": "周",
        "間": "间", "條": "条", "臺": "台", "輛": "辆", "對": "对", "雙": "双", "數": "数", "塊": "块",
    }
)  # fmt: skip
# A full-width comma between digits groups thousands after a full-width digit (４，５６５), or in a
# number that groups thousands already or has decimals (82，225.00, 233,333，333,434); otherwise it
# separates clauses ($20，300美圆 is 20 and 300). Tried on the text as given, replaced in the plain one.
_FULL_WIDTH_COMMA = re.compile(
    "(?<=[０-９])，(?=[０-９]{3}(?![０-９]))|(?<=[0-9],[0-9]{3})，(?=[0-9]{3}(?![0-9]))"
    "|(?<=[0-9])，(?=[0-9]{3}(?:[.,，][0-9]))"
)

# A decimal printed with a leading dot (.5) or digits grouped by spaces (1 234 567) are numbers too.
_GROUPED = r"\d{1,3}(?: \d{3})+(?![\d-])(?:\.\d+)?(?![\dA-Za-z])"
MASTER = re.compile(
    rf"(?P<skip>{SKIP})"
    rf"|(?P<pct>百分之(?P<pct_num>{ARABIC}|{CN_NUM}|百(?![分万亿])))"
    rf"|(?<![{CN_ALL}几数])(?P<permille>(?P<pm_base>千|万)分之(?P<pm_num>{ARABIC}|{CN_NUM}))"
    rf"|(?<![{CN_ALL}几数\d])(?P<cnfrac>(?P<den>{CN_NUM}|\d+)分之(?P<num>{CN_NUM}|{ARABIC}))"
    rf"|(?P<word>{WORD_PATTERN})"
    rf"|(?P<dual>双(?=\s?{LAYERS}(?![{NOT_LAYERS_AFTER}])))"  # 双重: two layers
    r"|(?P<frac>(?<![\d/.])\d+/\d+(?![/\d]))"
    r"|(?P<ufrac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    rf"|(?<!\d)(?<!\d\.)(?P<arabic>{_GROUPED}|{ARABIC}|(?<![\w.])\.\d+)"
    rf"|(?P<en>(?i:\b(?:{WORDS}|an?|half|quarter)\b))"
    rf"|(?<![{CN_ALL}几数])(?P<cn>{CN_NUM})",
    re.MULTILINE,
)
_UNICODE_FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
                      "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
                      "⅞": (7, 8)}  # fmt: skip
# Where an alternative of MASTER can start: a digit, a Chinese numeral or mark, or a Latin keyword.
TRIGGER = re.compile(rf"[\d{CN_DIGITS}十百千万每第双“\"「『‘(（.#+电热传{TRIGGER_CHARS}½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|([A-Za-z]+)")
KEYWORDS = frozenset(
    [*UNITS, *(w for w in WORDS.split("|")), *LABEL_WORDS, *PHONE_WORDS, *LATIN_WORDS, "a", "an", "half", "quarter"]
    + ["per"]
    + ["http", "https", "www"]
    + [month.lower() for month in MONTHS.split("|")]
)
# After the number: 余/多/几 and a Chinese scale (4000多名, 10多万, 2.1亿元, 十几万), or an English one.
_CN_AFTER = re.compile(r"([余多几])?(?:[ \t]?(?=[万亿])|个(?=亿))?([百千万亿]+(?![克米瓦卡]))?([余多])?")
_EN_SCALE = re.compile(rf"\s*(?:-\s*)?({'|'.join(SCALES)}|bn|mn)\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥]|US\$|HK\$|RMB)\s?\Z")
_CURRENCY_SCALE = re.compile(r"(bn|m|k|b)(?![A-Za-z])", re.IGNORECASE)
_CURRENCY_SCALES = {"bn": 10**9, "b": 10**9, "mn": 10**6, "m": 10**6, "k": 10**3, "billion": 10**9, "million": 10**6}
_ONLY_BEFORE = re.compile(r"(?i:\b(?:only|just|merely))\s+\Z")
_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")
_HALF_AFTER = re.compile(r"半(?![年月天日价场数])")  # 一年半, 三斤半, 三成半: and a half
_HALF_UNITS = ("年", "个月", "天", "小时", "个小时", "周", "斤", "吨", "米", "公里", "倍", "成", "分钟")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


@dataclass(frozen=True)
class Draft:
    """A number read at some position, before its bound words and the checks that may refuse it."""

    kind: str  # the MASTER group, or "ordinal"
    start: int
    number_end: int  # end of the number and its scale
    end: int  # end of the unit word (= number_end without one)
    value: Decimal  # in base units (scale applied; fractions and 成 as percentages)
    digits: str
    half_unit: float
    scale: Decimal
    step: bool  # 余/多/几 after the number: more than, below the next step
    unit: str | None
    unit_text: str | None  # the unit word, normalized (the quantity keeps it as printed)
    fraction: bool  # a fraction of a whole, read as a percentage
    unit_start: int | None = None


def normalize(text: str) -> str:
    """The text through a 1:1 character map (full-width and traditional forms read as plain ones)."""
    plain = text.translate(_NORMAL)
    if "，" in text:
        commas = [found.start() for found in _FULL_WIDTH_COMMA.finditer(text)]
        if commas:
            chars = list(plain)
            for at in commas:
                chars[at] = ","
            plain = "".join(chars)
    return plain


def read_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of position."""
    norm = normalize(text)
    table = units()
    found: list[Quantity] = []
    resume = 0
    for trigger in TRIGGER.finditer(norm):
        at = trigger.start()
        if at < resume or (trigger.lastindex and trigger.group(1).lower() not in KEYWORDS):
            continue
        match = MASTER.match(norm, at)
        if match is None:
            continue
        resume = match.end()
        if match.lastgroup == "skip":
            continue
        draft = _draft(norm, match, table)
        if draft is None:
            continue
        resume = max(resume, draft.number_end)
        if draft.kind == "ordinal":
            continue
        joined = _range(text, norm, draft, table)
        if joined is not None:
            if isinstance(joined, Quantity):
                found.append(joined)
            resume = joined.end if isinstance(joined, Quantity) else joined
            continue
        finished = _finish(text, norm, draft, table)
        if finished is not None:
            found.append(finished)
            resume = max(resume, finished.end)
    return _pair_bounds(text, norm, found)


def _draft(norm: str, match: re.Match[str], table: Units) -> Draft | None:
    """The number of ``match`` with its scale and unit word, or None when it is no number."""
    kind = match.lastgroup or ""
    start, end = match.start(), match.end()
    scale, step, fraction = Decimal(1), False, False
    half: float | None = None
    digits = match.group()
    if kind == "arabic":
        digits = digits.replace(" ", ",") if " " in digits else digits
        tail = _arabic_tail(norm, digits, Decimal(digits.replace(",", "") if digits[0] != "." else "0" + digits), end)
        if tail is None:
            return None
        value, half, scale, step, end = tail
    elif kind == "cn":
        longest = longest_numeral(digits)
        if longest is None:
            return None
        parsed, length = longest
        digits, end = digits[:length], start + length
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
        parsed = Decimal(100) if digits == "百" else _number(digits)
        if parsed is None:
            return None
        return Draft(kind, start, end, end, parsed, digits, half_unit_of(digits.replace("百", "一百")), scale, False,
                     PERCENT, "百分之", False)  # fmt: skip
    elif kind == "permille":
        digits = match.group("pm_num")
        parsed = _number(digits)
        if parsed is None:
            return None
        word = match.group("pm_base") + "分之"
        return Draft(kind, start, end, end, parsed, digits, half_unit_of(digits), scale, False,
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
        fraction_value = _fraction_value(match)
        if fraction_value is None:
            return None
        value, fraction, half = fraction_value, True, FRACTION_HALF_UNIT
    return _with_unit(norm, Draft(kind, start, end, end, value, digits, half if half is not None else
                                  half_unit_of(digits, float(scale)), scale, step, None, None, fraction), table)  # fmt: skip


def _number(digits: str) -> Decimal | None:
    return chinese_numeral_value(digits) if digits[0] in CN_ALL else Decimal(digits.replace(",", ""))


def _arabic_tail(
    norm: str, digits: str, value: Decimal, end: int
) -> tuple[Decimal, float | None, Decimal, bool, int] | None:
    """Scale words and 余/多/几 after Arabic digits: 2.1亿, 4000多, 10多万, 5万4千6百, 1.0436 million, $3bn.

    None for 几 without 万/亿 (10几家: a dozen or so, no figure).
    """
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
        for place in places:
            scale *= BIG_PLACES.get(place) or {"百": 100, "千": 1000}[place]
        if after.group(1) == "几" and not any(p in BIG_PLACES for p in places):
            return None
        step = bool(after.group(1) or after.group(3))
        end = after.end()
    elif (en_scale := _EN_SCALE.match(norm, end)) is not None:
        word = en_scale.group(1).lower()
        scale, end = Decimal(SCALES.get(word) or _CURRENCY_SCALES[word]), en_scale.end()
    elif _CURRENCY_BEFORE.search(norm, max(0, end - len(digits) - 5), end - len(digits)):
        glued = _CURRENCY_SCALE.match(norm, end)
        if glued:
            scale, end = Decimal(_CURRENCY_SCALES[glued.group(1).lower()]), glued.end()
    return value * scale, None, scale, step, end


def _cn_tail(norm: str, value: Decimal, end: int) -> tuple[Decimal, Decimal, bool, int] | None:
    """Scale words and 余/多/几 after a Chinese numeral (十余万, 一千多万, 十几万); None for 十几家."""
    after = _CN_AFTER.match(norm, end)
    scale = Decimal(1)
    if not after or after.end() == end:
        return value, scale, False, end
    for place in after.group(2) or "":
        scale *= BIG_PLACES.get(place) or {"百": 100, "千": 1000}[place]
    if after.group(1) == "几" and not any(p in BIG_PLACES for p in after.group(2) or ""):
        return None  # 十几家: a dozen or so, no figure
    return value * scale, scale, bool(after.group(1) or after.group(3)), after.end()


def _fraction_value(match: re.Match[str]) -> Decimal | None:
    kind = match.lastgroup
    if kind == "frac":
        numerator, denominator = (Decimal(p) for p in match.group().split("/"))
    elif kind == "ufrac":
        numerator, denominator = (Decimal(p) for p in _UNICODE_FRACTIONS[match.group()])
    else:
        numerator_cn, denominator_cn = _number(match.group("num")), _number(match.group("den"))
        if numerator_cn is None or denominator_cn is None:
            return None
        numerator, denominator = numerator_cn, denominator_cn
    if denominator == 0 or numerator == 0:
        return None
    return numerator * 100 / denominator


def _english(norm: str, match: re.Match[str], table: Units) -> Draft | None:
    start = match.start()
    word = match.group().lower()
    read = a_fraction(norm, start) if word in ("a", "an") else None
    read = read or english_number(norm, start)
    if read is None:
        if word != "half":
            return None
        return Draft("en", start, match.end(), match.end(), Decimal(50), match.group(), FRACTION_HALF_UNIT,
                     Decimal(1), False, PERCENT, None, True)  # fmt: skip
    if read.kind == "ordinal":
        return Draft("ordinal", start, read.end, read.end, read.value, read.digits, 0.5, Decimal(1), False, None,
                     None, False)  # fmt: skip
    if read.kind == "fraction":
        return Draft("enfrac", start, read.end, read.end, read.value, read.digits, FRACTION_HALF_UNIT, Decimal(1),
                     False, PERCENT, None, True)  # fmt: skip
    scale = Decimal(read.scale)
    half = half_unit_of(str(read.value), float(scale))
    draft = Draft("en", start, read.end, read.end, read.value * scale, read.digits, half, scale, False, None, None,
                  False)  # fmt: skip
    return _with_unit(norm, draft, table)


def _with_unit(norm: str, draft: Draft, table: Units) -> Draft:
    """The draft with the unit word after its number (none for fractions): 3000张, 50%, 4 batches."""
    if draft.fraction:
        return replace(draft, unit=PERCENT)
    pos = draft.number_end
    found = table.cjk.match(norm, pos) or table.latin.match(norm, pos)
    if found is None and draft.kind == "arabic" and is_latin(norm[pos : pos + 1]):
        found = GLUED_ABBREVIATIONS.match(norm, pos)
    if found is None:
        return draft
    word = found.group(1)
    value, half, end = draft.value, draft.half_unit, found.end()
    if word in _HALF_UNITS and _HALF_AFTER.match(norm, end):
        value, end = value + Decimal("0.5") * draft.scale, end + 1  # 一年半, 三成半
        half = min(half, 0.25 * float(draft.scale))
    unit: str | None
    if word == TENTHS:
        unit, value, half = PERCENT, value * 10, half * 10
    elif word in PER_MILLE or word in PER_TEN_THOUSAND:
        unit = (table.hints.get(word) or (None,))[0]
    else:
        unit = unit_id(table, word, norm, draft.start, found.end())
    return replace(draft, end=end, value=value, half_unit=half, unit=unit, unit_text=word, unit_start=found.start(1))


def _refused(text: str, norm: str, draft: Draft) -> bool:
    """Whether the draft is a name, label or code rather than a quantity (before its bound is known)."""
    kind, start, pos = draft.kind, draft.start, draft.number_end
    before = norm[start - 1] if start else ""
    # Glued to Latin letters (5G, H1N1, COVID-19) or opening a quoted name (“三个注重”): not a count.
    if kind in ("arabic", "frac") and (is_latin(before) or (before == "-" and is_latin(norm[start - 2 : start - 1]))):
        return True
    if (
        kind in ("cn", "dual", "en", "enfrac", "cnfrac", "word")
        and before
        and (before in OPENING_QUOTES or (before == '"' and not norm[start - 2 : start - 1].isalnum()))
    ):
        return True
    if kind in ("arabic", "cn", "en") and LABEL_AFTER.match(norm, pos):
        return True
    if draft.unit_text is not None and NOT_MEASURE_AFTER.match(norm, draft.end):
        return True
    return draft.unit_text is None and kind in ("arabic", "frac") and is_latin(norm[pos : pos + 1])  # 5G, 3D


def _finish(text: str, norm: str, draft: Draft, table: Units) -> Quantity | None:
    """The quantity of a draft standing alone: its bound words, or None when it is no quantity."""
    if _refused(text, norm, draft):
        return None
    kind, digits, unit_text, end = draft.kind, draft.digits, draft.unit_text, draft.end
    if draft.step and kind != "word" and not unit_text and draft.scale == 1 and _CJK.match(norm, draft.number_end):
        # 3多部门: 多 starts the next word, so the number ends before it.
        draft = replace(draft, step=False, number_end=draft.number_end - 1, end=draft.number_end - 1)
        end = draft.end
    step = draft.step
    lone_cn = (kind == "cn" and len(digits) == 1 and draft.scale == 1 and not draft.step) or kind == "dual"
    lone_en = kind == "en" and digits.lower() in ("one", "a", "half", "an")
    if lone_cn and (unit_text is None or IN_QUOTES_BEFORE.search(norm, max(0, draft.start - 12), draft.start)):
        return None  # “全院一张床”: a lone numeral in a quoted slogan is a name, not a count
    own = "gt_step" if step and kind != "word" else ("gt" if step else "eq")
    bound, start, end = _bounds(norm, draft, own, table)
    if lone_en and bound == "eq" and draft.scale == 1 and not _lone_word_counts(norm, digits, start, end):
        return None
    if kind == "arabic" and is_year(norm, digits, draft.scale, step, bound, unit_text, draft.start, draft.number_end):
        return None
    return quantity(text, (start, end), draft.value, draft.half_unit, bound, digits, _unit(text, draft))


def _bounds(norm: str, draft: Draft, own: str, table: Units) -> tuple[str, int, int]:
    """(bound, start, end) of a draft with the bound words around it."""
    start, end = draft.start, draft.end
    post = bounds.post_bound(norm, end)
    post_name = None
    if post is not None:
        name = post.lastgroup
        duration = draft.unit in table.durations or draft.unit_text in NEAR_TIME_UNITS
        if name != "within" or duration:
            post_name, end = ("le" if name == "within" else name), post.end()
    elif own == "eq" and draft.unit in table.durations and (circle := bounds.circle_after(norm, draft.unit_text, end)):
        post_name, end = "le", circle.end()
    pre = bounds.pre_bound(norm, start)
    if pre is None and may_hold_rate_base(norm, max(0, start - 40), start):
        # 超过每万名人口配备4.8名: a rate base may stand between the bound word and the number.
        rate_base = RATE_BASE_BEFORE.search(norm, max(0, start - 40), start)
        if rate_base is not None:
            pre = bounds.pre_bound(norm, rate_base.start())
    pre_name = pre.lastgroup if pre is not None else None
    if pre_name == "nearly" and draft.unit_text in NEAR_TIME_UNITS and pre is not None and pre.group().strip() == "近":
        pre_name = None  # 近3年: the past three years
    if pre_name == "gt" and pre is not None and pre.group("gt") == "过" and draft.unit_text in NEAR_TIME_UNITS:
        pre_name = None  # 过3天: three days later
    if post_name == "or_equal" and pre_name not in ("gt", "lt"):
        post_name, end = None, post.start() if post is not None else end
    if pre_name is None and post_name is None and (compared := bounds.comparison(norm, start, end)) is not None:
        return compared.lastgroup or own, norm.rindex("比", 0, start), compared.end()  # 比三十大: more than 30
    bound = bounds.resolve(pre_name, post_name, own)
    if pre_name is not None and pre is not None:
        start = pre.start()
    return bound, start, end


def _unit(text: str, draft: Draft) -> tuple[str | None, str | None]:
    """(unit id, unit word as printed) of a draft."""
    if draft.unit_start is None or draft.unit_text is None:
        return draft.unit, draft.unit_text
    return draft.unit, text[draft.unit_start : draft.unit_start + len(draft.unit_text)]


def _lone_word_counts(text: str, digits: str, start: int, end: int) -> bool:
    """Whether a lone "one"/"half" (no bound, no scale) is a count: half of, only one, one more — not one-stop."""
    word = digits.lower()
    if word == "half" and _OF_AFTER.match(text, end):
        return True
    if text[end : end + 1] == "-" or word not in ("one", "half"):
        return False
    return bool(_ONLY_BEFORE.search(text, max(0, start - 8), start) or (word == "one" and _MORE_AFTER.match(text, end)))


def _range(text: str, norm: str, first: Draft, table: Units) -> Quantity | int | None:
    """A range starting at ``first`` (3至5年, between 10 and 20), the end of a period to skip (2020-2025年), or None."""
    if first.kind not in ("arabic", "cn", "en", "pct", "permille") or bounds.post_bound(norm, first.end):
        return None
    join = bounds.RANGE_JOIN.match(norm, first.end)
    if join is None:
        return None
    second_match = MASTER.match(norm, join.end())
    if second_match is None or second_match.lastgroup not in ("arabic", "cn", "en", "pct", "permille"):
        return None
    second = _draft(norm, second_match, table)
    if second is None or second.kind == "ordinal":
        return None
    if first.kind == "arabic" and second.kind == "arabic" and _is_period(norm, first, second):
        return second.end
    opener = bounds.RANGE_OPENER.search(norm, max(0, first.start - 20), first.start)
    closer = bounds.RANGE_CLOSER.match(norm, second.end)
    if closer is None and second.unit_text == "间":  # 10000与20000间: 间 closes the pair, it is no room
        closer = bounds.RANGE_CLOSER.match(norm, second.number_end)
        second = replace(second, end=second.number_end, unit=None, unit_text=None, unit_start=None)
    if join.group("and") and opener is None and closer is None:
        return None
    if opener is not None and opener.group().lower().startswith("from") and bounds.is_change(norm, opener):
        return None
    first, second = _shared(first, second)
    if first.value >= second.value or not _same_unit(first, second):
        return None
    if LABEL_AFTER.match(norm, second.number_end) and second.unit_text is None:
        return second.number_end  # 3-5月, 1-3号楼: a range of labels
    if _refused(text, norm, replace(first, kind="range-end")) or _refused(text, norm, second):
        return None
    lower = quantity(text, (first.start, first.end), first.value, first.half_unit, "ge", first.digits,
                     _unit(text, first))  # fmt: skip
    upper = quantity(text, (second.start, second.end), second.value, second.half_unit, "le", second.digits,
                     _unit(text, second))  # fmt: skip
    start = opener.start() if opener is not None else first.start
    pre = bounds.pre_bound(norm, start)
    if pre is not None and pre.lastgroup in ("approx", "nearly"):
        start = pre.start()  # 约3至5天: about, and still a range
    return range_of(text, lower, upper, (start, closer.end() if closer is not None else second.end))


def _shared(first: Draft, second: Draft) -> tuple[Draft, Draft]:
    """The first end takes the second's scale and unit when it prints none (两到三万, 5-20%, 3至5年).

    Only when it is the smaller figure before the scale: 两到三万 is 20000 to 30000, but 从8500到3万
    is 8500 to 30000.
    """
    scale = _trailing_scale(second)
    if first.scale == 1 and scale != 1 and not first.fraction and first.value < second.value / scale:
        first = replace(first, value=first.value * scale, scale=scale,
                        half_unit=half_unit_of(first.digits, float(scale)))  # fmt: skip
    if first.unit_text is None and second.unit_text is not None:
        first = replace(first, unit=second.unit, unit_text=second.unit_text)
    elif second.unit_text is None and first.unit_text is not None:
        second = replace(second, unit=first.unit, unit_text=first.unit_text)
    return first, second


def _trailing_scale(draft: Draft) -> Decimal:
    """The scale word a draft ends with: 3万 → 10⁴, 三万 → 10⁴, 九百亿 → 10⁸, 300 → 1."""
    if draft.scale != 1 or draft.kind != "cn":
        return draft.scale
    scale, digits = Decimal(1), draft.digits
    while digits and digits[-1] in BIG_PLACES:
        scale *= BIG_PLACES[digits[-1]]
        digits = digits[:-1]
    return scale


def _same_unit(first: Draft, second: Draft) -> bool:
    return first.unit == second.unit and (first.unit is not None or first.unit_text == second.unit_text)


def _is_period(norm: str, first: Draft, second: Draft) -> bool:
    """2020-2025年, 2013-2014: a span of years, not a range of quantities."""
    if not (looks_like_year(first.digits) and looks_like_year(second.digits)) or first.scale != 1 or second.scale != 1:
        return False
    if second.unit_text not in (None, "年", "年度") or int(second.digits) <= int(first.digits):
        return False
    return second.unit_text is not None or not _LOWER_WORD_AFTER.match(norm, second.end)


def _pair_bounds(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """Join a lower and an upper bound printed together into one range (大于10小于20, 1000以上，1500以下)."""
    if len(found) < 2:
        return found
    joined: list[Quantity] = []
    index = 0
    while index < len(found):
        here = found[index]
        if index + 1 < len(found):
            there = found[index + 1]
            pair = _bound_pair(norm, here, there)
            if pair is not None:
                joined.append(range_of(text, pair[0], pair[1], (here.start, there.end)))
                index += 2
                continue
        joined.append(here)
        index += 1
    return joined


def _bound_pair(norm: str, here: Quantity, there: Quantity) -> tuple[Quantity, Quantity] | None:
    if RANGE in (here.bound, there.bound) or here.end > there.start:
        return None
    if here.bound in bounds.LOWER and there.bound in bounds.UPPER:
        lower, upper = here, there
    elif here.bound in bounds.UPPER and there.bound in bounds.LOWER:
        lower, upper = there, here
    else:
        return None
    if lower.value >= upper.value or (None not in (lower.unit, upper.unit) and lower.unit != upper.unit):
        return None
    if not bounds.BOUND_PAIR_JOIN.match(norm[here.end : there.start]):
        return None
    return lower, upper
