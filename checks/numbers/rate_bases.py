"""Rate bases: the base of a rate as printed (每万名人口, per 10,000 population, /10万) and its size.

A rate's base is printed before its figure (每万人口全科医生4.8名, 4.8 people per 10,000 population) or
after it (4.8名/万人, 发病率为12.5/10万, 78.4 per 100,000). ``checks.numbers.units`` picks the rate unit
of units.yaml with that base; the base itself is never a number of its own.
"""

from __future__ import annotations

import re

# Rate bases. The base of 每万名人口 / per 10,000 population, as printed, and its size.
RATE_BASES = {
    "千": 10**3, "一千": 10**3, "1千": 10**3, "1000": 10**3, "thousand": 10**3, "onethousand": 10**3,
    "athousand": 10**3, "万": 10**4, "一万": 10**4, "1万": 10**4, "10000": 10**4, "tenthousand": 10**4,
    "十万": 10**5, "10万": 10**5, "100000": 10**5, "hundredthousand": 10**5, "onehundredthousand": 10**5,
    "ahundredthousand": 10**5, "lakh": 10**5, "onelakh": 10**5, "alakh": 10**5,
}  # fmt: skip
# A rate base as printed (each names its size in RATE_BASES): Chinese and English.
ZH_BASE = r"(?P<zh>十万|10万|100,?000|10,?000|1,?000|[一1]?万|[一1]?千)"
EN_BASE = (
    r"(?P<en>100,000|10,000|1,000|100000|10000|1000|(?:(?:one|a)\s+)?hundred\s+thousand|ten\s+thousand"
    r"|(?:(?:one|a)\s+)?(?:thousand|lakh))"
)
EN_POPULATION = r"(?:population|people|persons|residents|inhabitants)\b"
# What a rate is per when that is time at risk or events, not people (54.8 per 1,000 member months, 3.2
# falls per 1,000 occupied bed days, 12 per 1,000 emergency department visits): no rate of population
# (README, "Rates keep their base"). A word or two may qualify it; births and doses, bases that count
# people or what people receive, stay rates of their base as they were.
EN_OTHER_BASE = (
    r"(?P<other>(?:(?!(?:and|or|in|of|for|the|a|an|to|at|by|with|from|on|was|were|is|are)\b)[a-z]+\s+){0,2}?"
    r"(?:(?:bed|patient|member|person|catheter|device|ventilator|line|resident|enrollee)[\s-]+(?:days?|months?|years?)"
    r"|visits?|admissions?|discharges?|attendances?|encounters?|episodes?|procedures?|operations?|prescriptions?"
    r"|appointments?|contacts?|calls?|referrals?)\b)"
)
# The whole rate-base phrase, the one thing that may stand between a bound word and its number.
RATE_BASE_BEFORE = re.compile(
    rf"(?:每\s*{ZH_BASE}\s*[名个]?\s*(?:常住|户籍|服务)?\s*(?:人口|居民|人)\s*(?:配备|拥有|配置|有)?"
    rf"|(?i:\bper\s+{EN_BASE}\s+{EN_POPULATION}))\s*\Z"
)
# Looser, to pick a rate unit: a base shortly before the number (每万人口全科医生数达4.8名) …
RATE_BEFORE = re.compile(
    rf"(?:每\s*{ZH_BASE}[^，,。；;、！!？?]{{0,12}}|(?i:\bper\s+{EN_BASE}\s+{EN_POPULATION})[^，,。；;、！!？?]{{0,16}})\Z"
)
_ZH_PER_POPULATION = rf"/\s*{ZH_BASE}\s*[名个]?\s*(?:常住|户籍)?(?:人口|居民|人)"  # 4.8名/万人
# … or right after its unit word (4.8 people per 10,000 population, 4.8名/万人).
RATE_AFTER = re.compile(rf"\s*(?:{_ZH_PER_POPULATION}|(?i:per\s+{EN_BASE})\b)")
# A count of anything per so many people (6.1 beds per 1,000 residents, 2.3张/千人): that base's rate.
PER_POPULATION_AFTER = re.compile(rf"\s*(?:{_ZH_PER_POPULATION}|(?i:per\s+{EN_BASE}\s+{EN_POPULATION}))")


# A rate printed with its base after the figure and no measure word between (发病率为12.5/10万,
# 35/十万, 4.2/万人口, 10.2/10万活产, 41.37/10万剂次, 78.4 per 100,000): the base is the figure's unit,
# never a number of its own. Not per 10,000 yuan or visits (/万元, /万人次: bases of other things,
# ``OTHER_BASE``), nor a slash before a plain number (3/1000 may be a fraction: only bases no fraction
# is written with, 10万 or 100,000).
_SLASH_SIZES = r"十万|10[ \t]?万|[一1]?万|[一1]?千|100,?000"  # the sizes a base after a slash prints
SLASH_BASE = re.compile(
    rf"[ \t]?(?P<word>/[ \t]?(?P<zh>{_SLASH_SIZES})"
    r"(?:[名个]?(?:常住|户籍)?(?:人口|居民|人|活产)|剂次?)?)(?![\d元次人]|[.,]\d)"
    rf"|[ \t](?P<per>(?i:per\s+{EN_BASE}(?:\s+(?:{EN_POPULATION}|{EN_OTHER_BASE}))?))(?!\d|[.,]\d)"
)


# What a figure is per when that is no population (2.1/万元, 41.37/10万人次, 2.6/10万次): no rate
# base of units.yaml, and no figure of its own either (10万人次 there is no count of visits).
OTHER_BASE = re.compile(rf"/[ \t]?(?:{_SLASH_SIZES}|1,?000)(?:元|人次|次)")


def slash_rate(norm: str, pos: int) -> re.Match[str] | None:
    """The rate base printed right after a figure ending at ``pos`` (``SLASH_BASE``), or None."""
    after = norm[pos : pos + 2]
    if "/" not in after and after[:1] not in (" ", "\t"):
        return None
    return SLASH_BASE.match(norm, pos)


def is_rate_base(unit_text: str | None) -> bool:
    """Whether a quantity's unit word is a rate base ``slash_rate`` read (/10万, per 100,000)."""
    return unit_text is not None and (unit_text[:1] == "/" or unit_text[:4].lower() == "per ")


def printed_base(unit_text: str | None, whole: bool = False) -> re.Match[str] | None:
    """The rate base a quantity's unit word prints (/10万, per 1,000 member months), or None for
    another word; ``whole``: only when the base is all of ``unit_text`` (a heading's words)."""
    if unit_text is None or not is_rate_base(unit_text):
        return None
    text = unit_text.replace("萬", "万") if unit_text[0] == "/" else " " + unit_text
    return (SLASH_BASE.fullmatch if whole else SLASH_BASE.match)(text)


def printed_rate_base(unit_text: str | None, whole: bool = False) -> int | None:
    """The size of the rate base a quantity's unit word prints (/10万: 100,000), or None for another word."""
    return rate_base(printed_base(unit_text, whole))


def may_hold_rate_base(text: str, low: int, high: int) -> bool:
    """A quick test before the rate-base patterns: every rate base starts with 每 or per."""
    return text.find("每", low, high) >= 0 or text.find("per", low, high) >= 0 or text.find("Per", low, high) >= 0


def printed_thing(match: re.Match[str] | None) -> str | None:
    """What a base ``SLASH_BASE`` found counts when that is no population, as printed (``member months``);
    None for a base of people or of nothing named."""
    return match.groupdict().get("other") if match is not None else None


def base_thing(match: re.Match[str] | None) -> str | None:
    """``printed_thing`` as ``thing_words`` writes it, to compare."""
    other = printed_thing(match)
    return thing_words(other) if other else None


# A rate unit's label_en: its size, and what it is per besides it when that is no population
_LABEL_BASE = re.compile(
    rf"(?i:\bper\s+(\d{{1,3}}(?:,\d{{3}})+|\d+)\b(?:\s+(?!{EN_POPULATION})([a-z][a-z\s-]*[a-z]))?)"
)


def label_base(label_en: str) -> tuple[int, str | None] | None:
    """The size and thing (``thing_words``) a rate unit's ``label_en`` names (``per 1,000 member months``:
    1000, ``member month``; ``per 1,000 population``: 1000, None), or None when it names no size."""
    found = _LABEL_BASE.search(label_en)
    if found is None:
        return None
    return int(found.group(1).replace(",", "")), thing_words(found.group(2)) if found.group(2) else None


def thing_words(text: str) -> str:
    """A base's words as compared: lower case, one space between words, a plural's s dropped
    (``Occupied bed-days`` and ``occupied bed day`` are one base)."""
    return " ".join(word.removesuffix("s") for word in re.split(r"[\s-]+", text.strip().lower()) if word)


def same_thing(known: str | None, printed: str | None) -> bool:
    """Whether a unit per ``known`` fits a figure printed per ``printed`` (``thing_words``; None: people).
    One may qualify the other: a unit per bed days fits a figure per 1,000 occupied bed days."""
    if known is None or printed is None:
        return known is None and printed is None
    return known == printed or known.endswith(" " + printed) or printed.endswith(" " + known)


def rate_base(match: re.Match[str] | None) -> int | None:
    """The size of the base a pattern's ``zh`` or ``en`` group (``ZH_BASE``, ``EN_BASE``) matched."""
    if match is None:
        return None
    printed = match.group("zh") or match.group("en")
    return RATE_BASES.get(re.sub(r"[\s,]", "", printed).lower())
