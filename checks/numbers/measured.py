"""A number with the unit word after it: the ``Draft`` every reading starts from, its units, and
whether it is refused as a name, label or code (``refused``).

``with_unit`` reads the measure word after a number (3000张, 50%, 4 batches, 168cm), the forms
that add to the number with it (一年半, 三成五, 一个半小时, an hour and a half), 成 as tenths,
per mille and per ten thousand, and the unit id ``schemas/units.yaml`` names; without a word after
the number, a currency code before it may name the unit (RMB 5 billion: yuan, Rs 500: rupee).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from checks.numbers.bounds import is_sub_prefix
from checks.numbers.chinese import CN_DIGIT_VALUES, ONE_TO_NINE, PLACES
from checks.numbers.currencies import CURRENCY_CODES, RAND, currency_before
from checks.numbers.day_counts import counts_days
from checks.numbers.english import AND_A_HALF
from checks.numbers.nonquantities import (
    GLUED_MAX,
    LABEL_AFTER,
    NOT_MEASURE_AFTER,
    OPENING_QUOTES,
    QUOTED_SPEECH,
    is_latin,
)
from checks.numbers.rate_bases import slash_rate
from checks.numbers.units import (
    GLUED_ABBREVIATIONS,
    GLUED_DEGREES,
    HUNDREDTHS,
    PER_MILLE,
    PER_TEN_THOUSAND,
    SCORE,
    TENTHS,
    Units,
    ratio_unit,
    slash_rate_unit,
    speaks_of_temperature,
    unit_id,
)
from checks.scalar_intervals import PERCENT

# What a Latin unit word may start with besides a letter: a hyphen (a 5-mg dose), a degree sign (18 °C),
# a micro sign (5 μm).
_LATIN_UNIT_MARKS = frozenset("-°μµÅ")

_HALF_AFTER = re.compile(r"半(?![年月天日价场数])")  # 一年半, 三斤半, 三成半: and a half
_HALF_PERIOD = re.compile("半(小时|月|钟头|星期|礼拜|工作日)")  # 一个半小时, 三个半月: and a half
# 三个多月, 一个多小时: more than three months; 两年多, 一倍多, 一成多: 多/余 after the measure word is
# "more than" too, when no word goes on with 多 (5年多次获奖: many times).
_MORE_PERIOD = re.compile("[多余](小时|月|钟头|星期|礼拜|工作日)")
_MORE_AFTER = re.compile("[多余](?![\u4e00-\u9fff])|[多余](?=[的来了时前后以里间中，。；、])")
# 三成五, 七成五以上: a digit after 成 is its tenth (35 %, 75 %), when no word goes on after it.
_TENTH_AFTER = re.compile(rf"([{ONE_TO_NINE}])(?:(?![\u4e00-\u9fff])|(?=[的以左上之]))")
_HALF_UNITS = ("年", "个月", "天", "小时", "个小时", "周", "斤", "吨", "米", "公里", "倍", "成", "分钟")


ONE = Decimal(1)


# Immutable by type (Final fields), with an __init__ of its own: see Quantity (checks/numbers/quantity.py) for why.
@dataclass(init=False, unsafe_hash=True)
class Draft:
    """A number read at some position, before its bound words and the checks that may refuse it."""

    kind: Final[str]  # the named group matched (NUMBERS), or "ordinal" (an ordinal or numbers said in groups: refused)
    start: Final[int]
    number_end: Final[int]  # end of the number and its scale
    end: Final[int]  # end of the unit word (= number_end without one)
    value: Final[Decimal]  # in base units (scale applied; fractions and 成 as percentages)
    digits: Final[str]
    half_unit: Final[float]
    scale: Final[Decimal]
    step: Final[bool]  # 余/多/几 after the number: more than, below the next step
    unit: Final[str | None]
    unit_text: Final[str | None]  # the unit word, normalized (the quantity keeps it as printed)
    fraction: Final[bool]  # a fraction of a whole, read as a percentage
    unit_start: Final[int | None]
    about: Final[bool]  # 来 after the number (十来个, 20来万): about it

    def __init__(
        self,
        kind: str,
        start: int,
        number_end: int,
        end: int,
        value: Decimal,
        digits: str,
        half_unit: float,
        scale: Decimal,
        step: bool,
        unit: str | None,
        unit_text: str | None,
        fraction: bool,
        unit_start: int | None = None,
        about: bool = False,
    ) -> None:
        self.kind = kind
        self.start = start
        self.number_end = number_end
        self.end = end
        self.value = value
        self.digits = digits
        self.half_unit = half_unit
        self.scale = scale
        self.step = step
        self.unit = unit
        self.unit_text = unit_text
        self.fraction = fraction
        self.unit_start = unit_start
        self.about = about


# Pence glued to an amount of pence: at most three whole digits, a decimal of one or two.
_PENCE_DIGITS = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_GLUED_PENCE = re.compile(r"(p)(?![\w/-])")
_OF_EVERY_WHOLE = re.compile(r"(?i:\s+(?:out\s+)?(?:of|in)\s+(?:every|each)\s+(?:dollar|pound|euro|[$£€]1)\b)")
# Cents are a dollar's unless another currency is named just before (2 euros and 5 cents).
_OTHER_CURRENCY = re.compile(
    rf"[£€¥₹₱]|(?i:\b(?:euros?|pesos?|francs?|rand|yen|yuan|rupees?)\b)|\b(?!USD)(?:{CURRENCY_CODES})\b"
)


def with_unit(
    norm: str, kind: str, start: int, pos: int, value: Decimal, digits: str, half: float, scale: Decimal, step: bool,
    table: Units,
) -> Draft:  # fmt: skip
    """The draft of a number ending at ``pos``, with the unit word after it: 3000张, 50%, 4 batches."""
    after = norm[pos : pos + 1]
    if after == " " or after == "\t":
        after = norm[pos + 1 : pos + 2]
    found = table.cjk.match(norm, pos) if after in table.cjk_first else None
    if found is None and ((after.isascii() and after.isalpha()) or after in _LATIN_UNIT_MARKS):
        found = table.latin.match(norm, pos)
        word = found.group(1) if found is not None else ""
        if found is not None and found.start(1) == pos and len(word) <= 2 and not GLUED_ABBREVIATIONS.fullmatch(word):
            found = None  # 5G, 5M: glued to the digits, a short abbreviation counts only as printed (5g, 5m)
        elif found is not None and _next_numbers_code(norm, start, found):
            found = None
    if found is None and kind in ("arabic", "cn") and (is_latin(norm[pos : pos + 1]) or after in _LATIN_UNIT_MARKS):
        # 168cm, 四ml, 25°C, 5μm
        found = GLUED_ABBREVIATIONS.match(norm, pos)
        if found is None and kind == "arabic" and norm[pos] in "CF" and speaks_of_temperature(norm):
            found = GLUED_DEGREES.match(norm, pos)  # fever 38C, 100.4F
        if found is None and kind == "arabic" and _PENCE_DIGITS.fullmatch(digits):
            found = _GLUED_PENCE.match(norm, pos)  # 34p, 3.6p (not 1080p, 5p-, 5p15)
    if found is None:
        currency = currency_unit(norm, start, table)
        if currency is None and kind in ("arabic", "cn") and (base := slash_rate(norm, pos)) is not None:
            word = base.group("word") or base.group("per")
            at = base.start("word") if base.group("word") else base.start("per")
            return Draft(kind, start, pos, base.end(), value, digits, half, scale, step, slash_rate_unit(table, base),
                         word, False, at)  # fmt: skip
        return Draft(kind, start, pos, pos, value, digits, half, scale, step, currency, None, False)
    word = found.group(1)
    end = found.end()
    if word in _HALF_UNITS and _HALF_AFTER.match(norm, end):
        value, end = value + Decimal("0.5") * scale, end + 1  # 一年半, 三成半
        half = min(half, 0.25 * float(scale))
    elif word == TENTHS and value == int(value) and (tenth := _TENTH_AFTER.match(norm, end)) is not None:
        value, end = value + Decimal(CN_DIGIT_VALUES[tenth.group(1)]) / 10, tenth.end()  # 三成五 = 3.5成
        half = min(half, 0.05)
    elif word == "个" and (half_period := _HALF_PERIOD.match(norm, end)) is not None:
        value, end, word = value + Decimal("0.5") * scale, half_period.end(), "个" + half_period.group(1)  # 一个半小时
        half = min(half, 0.25 * float(scale))
    elif kind in ("arabic", "en") and value == int(value) and (and_half := AND_A_HALF.match(norm, end)) is not None:
        value, end = value + Decimal("0.5") * scale, and_half.end()  # an hour and a half, one month and half
        half = min(half, 0.25 * float(scale))
    elif kind in ("arabic", "cn") and not step and value == int(value):
        if word == "个" and (more_period := _MORE_PERIOD.match(norm, end)) is not None:
            step, end, word = True, more_period.end(), "个" + more_period.group(1)  # 三个多月
        elif _MORE_AFTER.match(norm, end):
            step, end = True, end + 1  # 两年多, 一倍多
    unit: str | None
    if word == TENTHS:
        unit, value, half = PERCENT, value * 10, half * 10
    elif word in PER_MILLE or word in PER_TEN_THOUSAND:
        unit = (table.hints.get(word) or (None,))[0]
    elif word.lower() in HUNDREDTHS and _OF_EVERY_WHOLE.match(norm, end):
        unit = PERCENT  # 81 cents of every dollar, 83p in every £1: a share, per hundred
    elif word.lower() in HUNDREDTHS:
        value, half = value / 100, half / 100  # 3.6 pence: £0.036; 5 cents after 2 euros: 0.05 of them
        code = HUNDREDTHS[word.lower()]
        other = code == "usd" and _OTHER_CURRENCY.search(norm, max(0, start - 40), start) is not None
        unit = None if other else (table.hints.get(code) or (None,))[0]
    elif word.lower() == "times" and (_TIMES_AS.match(norm, end) or _fractional_times(value, norm, end)):
        unit = ratio_unit(table)  # 2.8 times the rate, leverage of 1.5 times: a ratio, no count of times
    else:
        unit = unit_id(table, word, norm, start, found.end())
    return Draft(kind, start, pos, end, value, digits, half, scale, step, unit, word, False, found.start(1))


# N times the rate, as high, more likely, higher than: a ratio (3 times, 3 times a day: how often).
_TIMES_AS = re.compile(
    r"\s+(?:the|as|that|its|their|more|less|higher|lower|greater|larger|smaller|bigger|faster|slower|longer"
    r"|shorter|likelier|better|worse|over|above|below|what)\b",
    re.IGNORECASE,
)
# A count of times is whole: 1.5 times is a multiple (leverage of 1.5 times), but for how often (1.5 times a year).
_HOW_OFTEN = re.compile(r"\s+(?:a|an|per|each|every)\b", re.IGNORECASE)


def _fractional_times(value: Decimal, norm: str, end: int) -> bool:
    """Whether ``value`` times, ending at ``end``, is a fraction of times not said to be how often."""
    return value != value.to_integral_value() and _HOW_OFTEN.match(norm, end) is None


_CODES = frozenset(code.lower() for code in CURRENCY_CODES.split("|"))
_DIGIT_AFTER = re.compile(r" ?\d")
_CODE_BEFORE = re.compile(rf"(?i:(?<![a-z])(?:{CURRENCY_CODES})\.?) ?\Z")


def _next_numbers_code(norm: str, start: int, found: re.Match[str]) -> bool:
    """rmb 10 usd 20: a currency code between two numbers, the first with a code of its own before it,
    is the second's (but 10 rmb 20 usd: each after its number)."""
    return (
        found.group(1).lower() in _CODES
        and _DIGIT_AFTER.match(norm, found.end()) is not None
        and _CODE_BEFORE.search(norm, max(0, start - 6), start) is not None
    )


_NUMBER_BEFORE = re.compile(r"\d[\d,.]* ?\Z")


def _code_of_number_before(norm: str, code_start: int) -> bool:
    """10 USD 20: a code right after a number with no code of its own before it is that number's."""
    number = _NUMBER_BEFORE.search(norm, max(0, code_start - 24), code_start)
    return number is not None and _CODE_BEFORE.search(norm, max(0, number.start() - 6), number.start()) is None


def currency_unit(norm: str, start: int, table: Units) -> str | None:
    """The unit a currency code before the number names in units.yaml (RMB 5 billion: yuan; Rs 500: rupee)."""
    if not start:
        return None
    sign = currency_before(norm, start, 6)
    if sign is None or _code_of_number_before(norm, sign.start()):
        return None
    ids = table.hints.get((sign.group("code") or sign.group().strip()).lower())
    return ids[0] if ids else None


# A noun right after 二次 (not a bound, a conjunction or a sentence's end) makes it an adjective.
_SECONDARY_OF = re.compile(r"(?![以及或和与至到共左多余内后的了])[\u4e00-\u9fff]")


def unit_of(text: str, draft: Draft) -> tuple[str | None, str | None]:
    """(unit id, unit word as printed) of a draft."""
    if draft.unit_start is None or draft.unit_text is None:
        return draft.unit, draft.unit_text
    return draft.unit, text[draft.unit_start : draft.unit_start + len(draft.unit_text)]


# What stands around a label set apart: brackets, a table's cell (tabs, runs of spaces), the line's ends.
_OPENS_LABEL = re.compile(r"(?:[(（\t]|\s{2})\s*\Z")
_CLOSES_LABEL = re.compile(r"\s*(?:[)）\t]|\s{2}|\Z)")


def is_rate_label(norm: str, draft: Draft) -> bool:
    """Whether the draft is the unit a table's rates are in (孕产妇死亡率（1/10万）, a cell 1/10万), set
    apart in brackets or a cell of its own: no rate of one, and no number 10万 either."""
    if draft.digits != "1" or not draft.unit_text or draft.unit_text[0] != "/":
        return False
    start = draft.start
    opens = start == 0 or _OPENS_LABEL.search(norm, max(0, start - 4), start) is not None
    return opens and _CLOSES_LABEL.match(norm, draft.end) is not None


def refused(text: str, norm: str, draft: Draft, joined: bool = False) -> bool:
    """Whether the draft is a name, label or code rather than a quantity (before its bound is known).

    ``joined``: the draft is a range's second end, so what stands before it is the join (3km-5km).
    """
    kind, start, pos = draft.kind, draft.start, draft.number_end
    before = norm[start - 1] if start and not joined else ""
    # Glued to Latin letters (5G, H1N1, COVID-19) or opening a quoted name (“三个注重”): not a count; but
    # digits with a Chinese scale are no code (nonono3.1千万, 2.55万nonono).
    cn_scaled = draft.scale != 1 and norm[pos - 1 : pos] in PLACES
    if (
        kind in ("arabic", "frac")
        and not cn_scaled
        and (
            (is_latin(before) and not currency_before(norm, start, 5) and not RAND.match(norm, start - 1))
            or (before in "-+" and before and is_latin(norm[start - 2 : start - 1]) and not is_sub_prefix(norm, start))
            or (before == "+" and norm[start - 2 : start - 1].isdigit())  # J1149.5+6663: a code
        )
    ):
        return True
    if (
        kind in ("cn", "dual", "en", "enfrac", "cnfrac", "word")
        and before
        and (before in OPENING_QUOTES or (before == '"' and not norm[start - 2 : start - 1].isalnum()))
        and not (kind == "en" and QUOTED_SPEECH.match(norm, start))
    ):
        return True
    if (
        kind in ("arabic", "cn", "en")
        and (label := LABEL_AFTER.match(norm, pos)) is not None
        # a fraction of one before "level" is a significance level (the 0.05 level), no level label
        and not (0 < draft.value < 1 and label.group().lstrip(" -").lower().startswith("level"))
        # a decimal is no day or month of a calendar: 8.8日 and 1.5月 are spans of time
        and not (label.group().strip() in ("日", "月") and "." in norm[start:pos])
        # 整改期限不超过30日, 30日以上: a count of days, no day of the month
        and not (label.group().strip() == "日" and counts_days(norm, start, label.end() - 1))
    ):
        return True
    if draft.unit_text is not None and NOT_MEASURE_AFTER.match(norm, draft.end):
        return True
    if draft.unit_text == SCORE and kind != "arabic" and (kind != "cn" or len(draft.digits) == 1):
        return True  # 十分重要 (very), 一分: a lone numeral before 分 is a word, no score
    if draft.digits == "二" and draft.unit_text == "次" and _SECONDARY_OF.match(norm, draft.end):
        return True  # 二次供水, 二次污染: secondary (twice is 两次); 二次以上 and 二次。 still count
    after = norm[draft.end : draft.end + 1]  # past an ordinal suffix (1/4th), if any
    # 5G, 3D; but 300max is at most 300
    return (
        draft.unit_text is None
        and kind in ("arabic", "frac")
        and is_latin(after)
        and not cn_scaled
        and not (GLUED_MAX.match(norm, draft.end))
    )
