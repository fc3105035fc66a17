"""Ages and years served that define the people a figure counts, not claims (checks.draft.ignores):
65岁及以上老年人, 68岁的尿毒症患者刘大爷, children under 3 years of age, aged 65 and over, aged 0 to 19
years, aged 6 to 59 months, aged <1 to 90 years, under the age of five, 13周岁女孩, 15岁之前, 19- to
64-year-olds, 连续工作满10年的卫生专业技术人员."""

from __future__ import annotations

import re

from checks.draft.text import digits_at, own_cell
from checks.numbers import Quantity

# 65岁老年人, 68岁的尿毒症患者刘大爷: the age describes the people (or the person) named after it.
_POPULATION_AFTER = re.compile(
    r"^[的]?[\u3400-\u9fff]{0,4}?(?:老年人|老人|儿童|幼儿|婴幼儿|人口|人群|妇女|居民|患者|孕妇|学生|男性|女性|群众|村民|大爷|大妈|老汉|女士|先生|阿姨|奶奶|爷爷|婆婆|师傅|小朋友|女孩|男孩|孩子|青少年|新生儿)"
)
# 婴儿(未满1岁), 年满65岁: the age a population is defined by.
_AGE_LIMIT_BEFORE = re.compile(r"(?:未满|不满|年满|满)\s*$")
# 15岁之前完成接种, 35岁前: an age a deadline is set by defines whom it counts; so do the ages of a
# list sharing the word after its last (在35岁和45岁之前).
_AGE_LIMIT_AFTER = re.compile(r"^(?:(?:[和、与及]\d+(?:周岁|岁))*(?:之前|以前|前|之后|以后))")
_AGE_EN = re.compile(
    r"\b(?:aged|ages?|under|over|above|below)\s+$|^\s*(?:years?\s+(?:of\s+age|old|and\s+(?:over|older|above|under)))"
    r"|^-year-old|^\s*-\s*year\s*-?\s*old",
    re.IGNORECASE,
)
_AGED = re.compile(r"\b(?:aged|ages?)\s+$", re.IGNORECASE)
# people aged under 75, those aged 65, walking after age 55: after "aged" a bare number is an age, whatever its bound.
_AGED_BARE = re.compile(
    r"\b(?:aged|ages|(?:under|over|below|above|after|before|from|until|till|by)\s+(?:the\s+)?age(?:\s+of)?)\s+$",
    re.IGNORECASE,
)
# children under five, adults over 65, those younger than 70: a bound right after the people it defines is
# their age.
_PEOPLE = (
    r"\b(?:children|adults|adolescents|teenagers|youths?|pupils|students|people|persons|women|men|girls|boys|infants"
    r"|babies|individuals|residents|patients|seniors|those"
    # physicians under 40, nurses over 55: a workforce's people, defined by their age the same way (round 34)
    r"|physicians|doctors|nurses|GPs|midwives|dentists|pharmacists|workers|employees|staff|mothers|parents|smokers)"
)
_PEOPLE_BOUND = re.compile(_PEOPLE + r"\s+(?:under|over|above|below|(?:younger|older)\s+than)\s+$", re.IGNORECASE)
# people 12 years and over, adolescents 16 years and under: the years right after the people they define.
_PEOPLE_BEFORE = re.compile(_PEOPLE + r"\s+$", re.IGNORECASE)
_AND_OVER_IN = re.compile(r"\b(?:and|or)\s+(?:over|above|under|below)$", re.IGNORECASE)
# adults 65 and older, children 5 or younger: only an age is "older" or "younger".
_OLDER = re.compile(r"^\s*(?:years?\s+)?(?:and|or)\s+(?:older|younger)\b", re.IGNORECASE)
_OLDER_IN = re.compile(r"\b(?:and|or)\s+(?:older|younger)\b", re.IGNORECASE)
_AND_OVER = re.compile(r"^\s*(?:years?\s+)?(?:and|or)\s+(?:over|above|older|under|below|younger)\b", re.IGNORECASE)
# ages 6 months to 17 years; children 6 months to 17 years of age; over the age of six months
# (aged nine months to 14 years: the first end in words too)
_AGES_FROM = re.compile(
    r"(?:\b(?:aged?|ages)\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    # (a mean, median or average age of 66 years is a claim about the people counted)
    r"(?:weeks?|months?|years?)\s+to\s+)?|(?<!mean\s)(?<!median\s)(?<!average\s)\bage\s+of\s+)$",
    re.IGNORECASE,
)
_RANGE_WORD_OPENS = re.compile(r"(?:from|to|between|and|aged|ages|through)\s|[从自到至]", re.IGNORECASE)
_AGED_BEFORE_RANGE = re.compile(r"\b(?:aged|ages)\s+\Z", re.IGNORECASE)  # aged from 6 months; not range in age from
_AGES_TO = re.compile(r"^\s+to\s+\d+\s+(?:months?|years?)\s+(?:of\s+age|old)\b", re.IGNORECASE)


# 19- to 64-year-olds: both ends of an age range name the people counted.
_AGE_RANGE_FROM = re.compile(r"\s*-?\s*(?:to|and|through)\s+\d{1,3}\s*[-\s]\s*years?\s*[-\s]\s*olds?\b", re.IGNORECASE)
# aged 0 to 19 years, aged 5 to 14: a range's second end after "aged" is an age too.
_AGED_RANGE_TO = re.compile(r"\b(?:aged|ages)\s+[<>≤≥]?\s*\d{1,3}\s*(?:to|-|–|and|through)\s*$", re.IGNORECASE)
_AGE_RANGE_TO = re.compile(r"-?\s*olds?\b", re.IGNORECASE)
# The reader takes -year-old(s) into the figure's text (64-year-olds, a 64-year-old man).
_AGE_TEXT = re.compile(r"years?\s*-?\s*olds?$", re.IGNORECASE)


# 连续工作满10年的卫生专业技术人员: the years served that define the staff counted.
_STAFF_AFTER = re.compile(r"的[\u3400-\u9fff]{0,10}?(?:人员|医生|医师|护士|职工|员工|人才|教师)")


# women age 15-49, children age 12-23 months: a span of ages right after "age" (not a mean or median age)
# names the people counted, both its ends.
_AGE_SPAN_FROM = re.compile(r"(?<!average\s)(?<!mean\s)(?<!median\s)\bage\s+$", re.IGNORECASE)
_AGE_SPAN_TO = re.compile(r"(?<!average\s)(?<!mean\s)(?<!median\s)\bage\s+\d{1,3}\s*[-–]\s*$", re.IGNORECASE)


# 6个月内纯母乳喂养率, 30分钟内到达率: a window of time (an infant's age, a time to an event) that names a rate.
_RATE_NAMED_AFTER = re.compile(r"[\u3400-\u9fff]{1,10}?率")


# Mr Whitlow, aged 74, who died …: a named person's age in apposition is a fact about that person (round 38).
_NAMED_PERSON_AGED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+,\s+aged\s+$")
# paid over up to five years: a bound word after over (a span's), no age over a number
_OVER_A_BOUND = re.compile(r"\b(?:over|under|above|below)\s+$", re.I)
_BOUND_OPENS = re.compile(r"(?:up\s+to|at\s+(?:least|most)|no\s+more\s+than)\b", re.I)


def age(line: str, q: Quantity) -> str | None:
    line = own_cell(line, q.start, q.end)  # an age is named in its own cell: not `All ages<TAB>61`
    if q.value >= 130:  # missed children below 1 lakh: no one is that old
        return None
    if q.qualifier == "eq" and _NAMED_PERSON_AGED.search(line, max(0, q.start - 60), q.start):
        return None
    if _BOUND_OPENS.match(q.text) and _OVER_A_BOUND.search(line, max(0, q.start - 8), q.start):
        return None
    window = q.unit in ("month", "week", "day", "hour", "minute") and q.text.endswith("内") and q.qualifier == "le"
    if window and _RATE_NAMED_AFTER.match(line, q.end):
        return "the window of time that names the rate after it (6个月内纯母乳喂养率), not a figure"
    if q.unit in (None, "year", "month", "week") and (
        (_AGE_SPAN_FROM.search(line[max(0, q.start - 16) : q.start]) and re.match(r"\s*[-–]\s*\d", line[q.end :]))
        or _AGE_SPAN_TO.search(line[max(0, q.start - 24) : q.start])
    ):
        return "age that defines a population, not a figure"
    if q.unit == "year" and q.qualifier == "ge" and _STAFF_AFTER.match(line, q.end):
        return "the years served that define the staff counted, not a figure"
    if q.unit == "year" and (
        _AGE_RANGE_FROM.match(line, q.end)
        or (q.text.rstrip().endswith("year") and _AGE_RANGE_TO.match(line, q.end))
        or _AGE_TEXT.search(q.text)
    ):
        return "age that defines a population, not a figure"
    if q.unit_text in ("岁", "周岁", "歲", "週歲") and (
        q.qualifier != "eq"
        or _POPULATION_AFTER.match(line[q.end :])
        or _AGE_LIMIT_BEFORE.search(line[: q.start])
        or _AGE_LIMIT_AFTER.match(line[q.end :])
    ):
        return "age that defines a population, not a figure"
    # 24 months of age, 6 weeks old: an age in months or weeks defines the children counted too
    # 6 months and older (the reader takes "and older" into the figure): only an age is older or younger
    if q.unit in ("year", "month", "week") and (
        re.match(r"\s*(?:of\s+age|old|and\s+(?:over|older|above|under))\b", line[q.end :], re.IGNORECASE)
        or _OLDER_IN.search(q.text)
    ):
        return "age that defines a population, not a figure"
    # an end of a range across units (aged nine months to 14 years, checks.numbers.unit_ranges) opens on the
    # range's word: the words before its number say whether it is an age (not Cases range in age from 8 months)
    if _RANGE_WORD_OPENS.match(q.text):
        number = digits_at(q)
        from_age = _AGES_FROM.search(line[max(0, number - 30) : number]) or _AGED_BEFORE_RANGE.search(line, 0, q.start)
    else:
        from_age = _AGES_FROM.search(line[max(0, q.start - 30) : q.start])
    if q.unit in ("month", "year") and (from_age or _AGES_TO.match(line[q.end :])):
        return "age that defines a population, not a figure"
    if q.unit in (None, "year", "month", "week") and _AGED_RANGE_TO.search(line[max(0, q.start - 20) : q.start]):
        return "age that defines a population, not a figure"
    if q.unit is None and (
        _AGED_BARE.search(line[max(0, q.start - 20) : q.start])
        or _OLDER.match(line[q.end :])
        or _OLDER.match(q.text[len(q.digits) :])
    ):
        return "age that defines a population, not a figure"
    if q.unit == "year" and _AND_OVER_IN.search(q.text) and _PEOPLE_BEFORE.search(line, max(0, q.start - 16), q.start):
        return "age that defines a population, not a figure"
    if q.unit in (None, "year") and (
        _PEOPLE_BOUND.search(line, max(0, q.start - 24), q.start)
        or _PEOPLE_BOUND.search(line[max(0, q.start - 24) : q.start] + q.text[: q.text.find(q.digits)])
    ):
        return "age that defines a population, not a figure"
    if _AGED.search(line[max(0, q.start - 10) : q.start]) and (
        _AND_OVER.match(line[q.end :]) or _AND_OVER.search(q.text[len(q.digits) :])
    ):
        return "age that defines a population, not a figure"
    if (
        q.unit in (None, "year")
        and (_AGE_EN.search(line[max(0, q.start - 10) : q.start]) or _AGE_EN.match(line[q.end :]))
        and (q.unit == "year" or re.match(r"^\s*(?:years?|-year)", line[q.end :], re.IGNORECASE))
    ):
        return "age that defines a population, not a figure"
    return None
