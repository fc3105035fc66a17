"""English number words: twenty-one, one hundred and sixty-one, half a million, two and a half, a fifth.

A number phrase is read whole, and only when it is well formed (each word in its place: tens
before units, a unit or tens before ``hundred``, scales decreasing): ``three hundred and thirty
one`` is 331, ``twenty-one thousand eleven`` is 21011, ``a thousand, one-hundred and eleven`` is
1111 (a comma after a scale word goes on with the hundreds). Number words that follow a phrase and
cannot go on with it (``one twenty two``, ``sixteen sixty six``) are said in groups, a year, model or
code: the run is refused whole, never read as 1 and 22. A trailing
scale word is returned apart (``two million`` is 2 × 10⁶), because it sets the rounding the way a
printed ``2 million`` does.

Ordinals are not quantities: ``twenty-first``, ``one hundred twenty-fifth``, ``two hundredth``
are read as ordinals so that the scanner can refuse them whole (never as 20 or as a fraction).
A fraction is a numerator and a denominator word: ``two-thirds``, ``three fifths``, ``one
twenty-fifth`` (4 %), ``a fifth``, ``a half``. A singular one (``a``/``one`` + denominator) is a
fraction only before "of" or at the end of a clause (``a fifth of patients``, ``about a third.``),
since ``a third hospital`` is another hospital, not 33 %. Fractions are percentages (DESIGN §5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "quadrillion": 10**15,
    "quintillion": 10**18, "sextillion": 10**21,
    # Indian English: a lakh is 100,000 and a crore 10,000,000 (Rs 37,000 crore, 1.15 lakh).
    "lakh": 10**5, "crore": 10**7,
}  # fmt: skip
# A scale word after digits (2 million, 3bn, 37,000 crores, 1.37 lakh crore: a lakh of crores, 10¹²).
SCALE_AFTER_DIGITS = re.compile(
    rf"\s*(?:-\s*)?(lakhs?\s+crores?|lakhs?|crores?|{'|'.join(w for w in SCALES if w not in ('lakh', 'crore'))}|bn|mn)\b",
    re.IGNORECASE,
)
_SHORT_SCALES = {"bn": 10**9, "mn": 10**6}


def scale_after_digits(word: str) -> int:
    """The size of a scale word matched by ``SCALE_AFTER_DIGITS`` (crores → 10⁷, lakh crore → 10¹²)."""
    size = 1
    for part in word.lower().split():
        part = part[:-1] if part.endswith("s") and part[:-1] in SCALES else part
        size *= SCALES.get(part) or _SHORT_SCALES[part]
    return size


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}  # fmt: skip
# Denominator words (plural too). "second" is no denominator: two seconds is a time.
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, **{w: v for w, v in ORDINALS.items() if v > 2}}
WORDS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_UNIT_WORDS = "|".join(sorted((w for w, v in UNITS.items() if 0 < v < 10), key=len, reverse=True))
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_DENOMINATOR_WORDS = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
_SEP = r"(?:\s*[-–—]\s*|\s+)"  # twenty-one, twenty—fifth (an em dash printed for a hyphen)
_WORD = re.compile(
    rf"(?i:(?P<tens>{'|'.join(TENS)})(?:{_SEP}(?P<unit>{_UNIT_WORDS})\b)?|(?P<single>{WORDS}|(?:{'|'.join(SCALES)})s?)\b)"
)
_AND = re.compile(rf"(?i:{_SEP}(?:(?:and|&)\s+)?)")
# After a scale word a comma may go on with a smaller scale's group (a thousand, one-hundred and eleven;
# three million, two hundred & forty; one million, twelve thousand, three hundred), as cheques,
# contracts and number spellers write a number out; not with the same scale (one million, two million).
_SCALE_COMMA = re.compile(
    rf"(?i:\s*,\s*(?=(?:(?:{'|'.join([*UNITS, *TENS])})(?:\s*[-–—]\s*|\s+)(?:and\s+)?){{1,3}}"
    rf"(?P<scale>{'|'.join(SCALES)})(?:th)?\b))"
)
# A number word right after a whole number phrase that cannot go on with it (one fifty, sixteen sixty
# six, fifty sixty thirty): numbers said in groups, a year, code or model name; not a count.
_RUN_NEXT = re.compile(rf"(?i:[ \t]+(?=(?:{WORDS})\b(?![-–—](?!(?:{WORDS})\b)[a-z])))")
_ORDINAL_AFTER = re.compile(
    rf"(?i:{_SEP}(?:and\s+)?(?:(?:{'|'.join(TENS)}){_SEP})?(?:{_ORDINAL_WORDS})s?\b|(?:\s*[-–—]\s*)?(?:{_ORDINAL_WORDS})s?\b)"
)
_DENOMINATOR = re.compile(
    rf"(?i:{_SEP}(?:(?P<tens>{'|'.join(TENS)}){_SEP})?(?P<den>{_DENOMINATOR_WORDS})(?P<plural>s)?\b(?!-))"
)
_POINT_DIGITS = rf"point((?:\s+(?:zero|nought|naught|{_UNIT_WORDS})\b)+)"
_POINT = re.compile(rf"(?i:\s+{_POINT_DIGITS})")
_POINT_HERE = re.compile(rf"(?i:{_POINT_DIGITS})")
# A decimal said without its whole part (point five percent): "point" and digit words.
LEADING_POINT = rf"(?i:\bpoint(?=\s+(?:zero|nought|naught|{_UNIT_WORDS})\b))"
# "the point", "a point": the noun, not a decimal (the point two years ago was made).
_NOUN_POINT_BEFORE = re.compile(r"(?i:\b(?:the|a|this|that|one|each|every|any|no|some|which|what)\s+)\Z")
AND_A_HALF = re.compile(r"(?i:\s+and\s+(?:an?\s+)?half\b)")  # two and a half; one month and half
_HALF_SCALE = re.compile(rf"(?i:half\s+(?:a\s+)?({'|'.join(w for w in SCALES if w != 'hundred')})\b)")
_QUARTER_SCALE = re.compile(r"(?i:(?:a\s+)?quarter\s+(?:of\s+a\s+)?(million|billion)\b)")
_SINGULAR_FRACTION_END = re.compile(r"\s+(?:of|and|or|but)\b|\s*(?:[.,;:!?)\]]|$)", re.IGNORECASE)
_ARTICLE = re.compile(r"(?i:an?\b)")
_CHANGE_FRACTION_END = re.compile(
    r"\s+(?:of|and|or|but|between|since|in|from|over|to|on|compared|during|after|last|this|a|per)\b|\s*(?:[.,;:!?)\]]|$)",
    re.IGNORECASE,
)
# cut by a third between …, dropped by roughly one-fifth since: the change, not "a third hospital"
_BY_BEFORE = re.compile(r"(?i:\bby\s{1,2}(?:(?:roughly|about|around|almost|nearly|some|approximately)\s{1,2})?)\Z")
# nearly a third described …, about a fifth said: an approximation or comparison makes "a third" a share
# whatever follows (no ordinal is "nearly a third hospital").
_SHARE_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:nearly|almost|about|around|roughly|approximately|some|(?:more|less|fewer)\s+than|(?:just\s+)?(?:over|under))\s{1,2})\Z"
)
# What may follow a number phrase and change it: an ordinal or denominator word, point, and a half,
# a scale word (two point two million). A quick test before the patterns that read them.
_MORE_AFTER = re.compile(
    rf"(?i:[\s\-–—]+(?:and\s+)?(?:(?:{'|'.join(TENS)})[\s\-–—]+)?(?:{_ORDINAL_WORDS}|{_DENOMINATOR_WORDS}|point|and\s+a\s+half)"
    rf"|\s*[-–—]?\s*(?:{_ORDINAL_WORDS})|[\s-]+(?:{'|'.join(SCALES)})\b)"
)
_BIG_SCALE = re.compile(rf"(?i:{_SEP}({'|'.join(w for w in SCALES if w != 'hundred')})\b)")
_A_BEFORE_SCALE = re.compile(rf"(?i:a{_SEP}(?=(?:{'|'.join(SCALES)})\b))")


@dataclass(frozen=True)
class EnglishNumber:
    """A number phrase read at some position: its value before a trailing scale word, and that scale."""

    kind: str  # "number", "fraction" (value in percent), "ordinal" or "run" (numbers said in groups): not quantities
    value: Decimal
    scale: int
    end: int  # where the phrase ends (its trailing scale word included)
    digits: str  # the phrase as printed, without its trailing scale word


def _phrase(text: str, pos: int) -> tuple[Decimal, int, int, int] | None:
    """(value, trailing scale, end without the scale, end) of the longest well-formed number phrase at ``pos``."""
    total = group = 0
    last = ""  # kind of the last word: unit, teen, tens, hundred, scale
    last_scale = 10**30
    at = pos
    a_start = _A_BEFORE_SCALE.match(text, pos)
    if a_start:
        group, last, at = 1, "unit", a_start.end()
    best: tuple[Decimal, int, int, int] | None = None
    first = True
    while True:
        if not first:
            sep = _AND.match(text, at) or (_scale_comma(text, at, last_scale) if last == "scale" else None)
            if sep is None:
                break
            word_at = sep.end()
        else:
            word_at = at
        word = _WORD.match(text, word_at)
        if word is None:
            break
        if word.group("tens"):
            if last in ("unit", "teen", "tens") or group % 100:
                break
            group += TENS[word.group("tens").lower()] + (UNITS[word.group("unit").lower()] if word.group("unit") else 0)
            last = "tens" if not word.group("unit") else "unit"
        else:
            name = _singular(word.group("single"))
            if name in UNITS:
                value = UNITS[name]
                if last in ("unit", "teen") or (last == "tens" and value >= 10) or (value == 0 and not first):
                    break
                group += value
                last = "teen" if value >= 10 else "unit"
            elif name == "hundred":
                # five hundred; and eleven hundred, twenty one hundred (2,100) as the first group
                if not ((last == "unit" and 0 < group < 10) or (last in ("unit", "teen") and total == 0 < group < 100)):
                    break
                group *= 100
                last = "hundred"
            else:
                scale = SCALES[name]
                if group == 0 or scale >= last_scale or last == "scale":
                    break
                total += group * scale
                group, last, last_scale = 0, "scale", scale
        first = False
        at = word.end()
        best = _split_scale(text, pos, total + group, at, last, word)
    return best


def _scale_comma(text: str, at: int, last_scale: int) -> re.Match[str] | None:
    comma = _SCALE_COMMA.match(text, at)
    return comma if comma is not None and SCALES[comma.group("scale").lower()] < last_scale else None


def _split_scale(
    text: str, pos: int, value: int, end: int, last: str, word: re.Match[str]
) -> tuple[Decimal, int, int, int]:
    """Split a trailing scale word off the phrase: two million → (2, 10⁶); five hundred → (5, 100)."""
    if last in ("hundred", "scale"):
        scale = SCALES[_singular(word.group("single"))]
        return Decimal(value) / scale, scale, _trim(text, pos, word.start()), end
    return Decimal(value), 1, end, end


def _singular(word: str) -> str:
    """three billions: a scale word may be plural after a number."""
    name = word.lower()
    return name[:-1] if name.endswith("s") and name[:-1] in SCALES else name


def _trim(text: str, pos: int, end: int) -> int:
    while end > pos and text[end - 1] in " -\t":
        end -= 1
    return end


def english_number(text: str, pos: int) -> EnglishNumber | None:
    """The English number, fraction or ordinal phrase that starts at ``pos``, or None."""
    first = text[pos : pos + 1].lower()
    half = (_HALF_SCALE.match(text, pos) or _QUARTER_SCALE.match(text, pos)) if first in "hqa" else None
    if half:
        scale = SCALES[half.group(1).lower()]
        part = Decimal("0.5") if half.group().lower().startswith("half") else Decimal("0.25")
        return EnglishNumber("number", part, scale, half.end(), half.group()[: half.start(1) - pos].strip())
    phrase = _phrase(text, pos)
    if phrase is None:
        return None
    value, scale, bare_end, end = phrase
    if not _MORE_AFTER.match(text, end):  # most phrases: nothing after them makes them more
        run_end = _run_end(text, end)
        if run_end is not None:
            return EnglishNumber("run", value, scale, run_end, text[pos:run_end])
        return EnglishNumber("number", value, scale, end, text[pos:bare_end])
    if scale == 100 and _POINT.match(text, end):
        value, scale, bare_end = value * 100, 1, end  # two hundred point zero three
    ordinal = _ORDINAL_AFTER.match(text, end)
    if scale != 1:
        if ordinal:  # two hundredth, one million twenty-fifth
            return EnglishNumber("ordinal", value * scale, 1, ordinal.end(), text[pos : ordinal.end()])
        return EnglishNumber("number", value, scale, end, text[pos:bare_end])
    fraction = _fraction(text, pos, value, end, _BY_BEFORE.search(text, max(0, pos - 20), pos) is not None)
    if fraction is not None:
        return fraction
    if ordinal and _ordinal_compound(value, ordinal.group()):
        return EnglishNumber("ordinal", value, 1, ordinal.end(), text[pos : ordinal.end()])
    if (point := _POINT.match(text, end)) is not None:
        decimals = "".join(str(UNITS.get(w.lower(), 0)) for w in point.group(1).split())
        value, end = Decimal(f"{int(value)}.{decimals}"), point.end()
    elif (and_half := AND_A_HALF.match(text, end)) is not None:
        value, end = value + Decimal("0.5"), and_half.end()  # two and a half
    bare_end = end
    scale_word = _BIG_SCALE.match(text, end)
    if scale_word and value != int(value):
        scale, end = SCALES[scale_word.group(1).lower()], scale_word.end()  # two point two million
    return EnglishNumber("number", value, scale, end, text[pos:bare_end])


def _run_end(text: str, end: int) -> int | None:
    """Where a run of number phrases said in groups ends (sixteen sixty six), or None after a lone phrase."""
    run_end = None
    for _ in range(_MAX_RUN):
        gap = _RUN_NEXT.match(text, end)
        following = _phrase(text, gap.end()) if gap else None
        if following is None:
            break
        run_end = end = following[3]
    return run_end


_MAX_RUN = 12


def _ordinal_compound(value: Decimal, ordinal: str) -> bool:
    """twenty-first, twenty second; but two seconds, twenty seconds: a duration, not an ordinal."""
    word = ordinal.strip(" -–—\t").lower()
    if word == "seconds":
        return False
    return word != "second" or (value >= 20 and value % 10 == 0)


def _fraction(
    text: str, pos: int, numerator: Decimal, end: int, by: bool = False, bounded: bool = False
) -> EnglishNumber | None:
    """two-thirds, three fifths, one twenty-fifth; a/one + denominator only before "of" or a clause end,
    or, after ``by``, before a preposition too (``by``: fell by a third between 2019 and 2024, a change;
    not passed by a third hospital), or before anything after a bound word (``bounded``: nearly a third
    described)."""
    if numerator == 0 or numerator >= 100:
        return None
    denominator = _DENOMINATOR.match(text, end)
    if denominator is None:
        return None
    value = DENOMINATORS[denominator.group("den").lower()]
    if denominator.group("tens"):
        if value >= 10:
            return None
        value += TENS[denominator.group("tens").lower()]
    singular = numerator == 1
    word = denominator.group("den").lower()
    # "one fifths", "three fifth"; but three quarter (cups), the adjective three-quarter: no ordinal says "quarter"
    if singular == bool(denominator.group("plural")) and word != "halves" and (singular or word != "quarter"):
        return None
    ends = _CHANGE_FRACTION_END if by else _SINGULAR_FRACTION_END
    if singular and not bounded and not ends.match(text, denominator.end()):
        return None
    return EnglishNumber("fraction", numerator * 100 / value, 1, denominator.end(), text[pos : denominator.end()])


def point_decimal(text: str, pos: int) -> tuple[Decimal, int] | None:
    """point five (0.5), point zero two (0.02): a decimal said without its whole part, or None (the point)."""
    point = _POINT_HERE.match(text, pos)
    if point is None or _NOUN_POINT_BEFORE.search(text, max(0, pos - 12), pos):
        return None
    decimals = "".join(str(UNITS[w.lower()]) for w in point.group(1).split())
    return Decimal(f"0.{decimals}"), point.end()


# four million calls a quarter, twice a quarter: "a quarter" after what is counted (a plural noun, once,
# twice) and before no "of" is how often, per quarter of a year, no share (not "rose by a quarter", "a
# quarter of patients").
_PER_QUARTER = re.compile(r"(?i:\b(?:[a-z]{2,}s|once|twice)\s{1,2})\Z")
_QUARTER_ALONE = re.compile(r"(?i:an?\s{1,2}quarter\b(?!\s{0,2}(?:of|-)))")


def a_fraction(text: str, pos: int) -> EnglishNumber | None:
    """``a fifth``, ``a half``, ``a third of``: the article as numerator (same rules as ``one``)."""
    article = _ARTICLE.match(text, pos)
    if article is None:
        return None
    if _QUARTER_ALONE.match(text, pos) and _PER_QUARTER.search(text, max(0, pos - 24), pos):
        return None
    by = _BY_BEFORE.search(text, max(0, pos - 20), pos) is not None
    bounded = _SHARE_BOUND_BEFORE.search(text, max(0, pos - 16), pos) is not None
    return _fraction(text, pos, Decimal(1), article.end(), by, bounded)


_DENOMINATOR_STEMS = frozenset({w.rstrip("s") for w in DENOMINATORS} | {"halve"})
_WORD_BREAK = re.compile(r"[\s-]+")


def is_fraction_words(digits: str) -> bool:
    """Whether printed ``digits`` are a fraction in words (two-thirds, a fifth, one twenty-fifth)."""
    words = _WORD_BREAK.split(digits.strip().lower())
    return len(words) >= 2 and words[-1].rstrip("s") in _DENOMINATOR_STEMS


def digits_over(norm: str, numerator: Decimal, end: int) -> tuple[Decimal, int] | None:
    """(percentage, end) of digits before a plural fraction word (2 fifths, 3 tenths), or None.

    Not quarters: after digits they are periods of a year (3 quarters of growth), and not halves.
    """
    found = _DENOMINATOR.match(norm, end) if 1 < numerator < 100 and numerator == int(numerator) else None
    if found is None or not found.group("plural") or found.group("tens") or found.group("den").lower() == "quarter":
        return None
    return numerator * 100 / DENOMINATORS[found.group("den").lower()], found.end()


# One in five, 1 in 1,000: a share, as a percentage. Not before a period (5 in 10 years), nor with a
# year after "in" (1 in 2020). "12 out of 16 cities" is two counts (the factlint suite's decision).
_IN_RATIO = re.compile(r"\s{1,2}in\s{1,2}(?:(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,]\d)|(?=[A-Za-z]))")
_YEAR_DIGITS = re.compile(r"1[89]\d\d|20\d\d")
_PERIOD_AFTER = re.compile(r"(?i:\s{1,2}(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))\b)")


def in_ratio(norm: str, numerator: Decimal, end: int) -> tuple[Decimal, int] | None:
    """(percentage, end) of "one in five", "1 in 1,000" after a whole number ending at ``end``, or None."""
    found = _IN_RATIO.match(norm, end)
    if found is None or numerator < 1 or numerator != int(numerator):
        return None
    if found.group(1):
        if _YEAR_DIGITS.fullmatch(found.group(1)):
            return None  # 1 in 2020: a year
        denominator, den_end = Decimal(found.group(1).replace(",", "")), found.end()
    else:
        words = english_number(norm, found.end())
        if words is None or words.kind != "number":
            return None
        denominator, den_end = words.value * words.scale, words.end
    if denominator <= numerator or denominator != int(denominator) or _PERIOD_AFTER.match(norm, den_end):
        return None
    return numerator * 100 / denominator, den_end
