"""Numbers of a body line that are not claims, when the words around them say so.

Each test looks at one reading of the number reader and the line it stands on, and returns the
reason a curator would write in the ``ignore:`` entry, or None:

- an age that defines a population (65岁及以上老年人, children under 3 years of age, aged 65 and
  over, a 64-year-old man);
- the base of a rate printed after a slash (14.3/10万);
- the time frame of a review (过去五年, 近三年, the past five years);
- the departments that issued a document (省卫健委等九部门);
- the count of a slogan's items right after the slogan (“责任、管理、服务、利益”四个共同体);
- a number joined to a word by a hyphen, which names a kind of thing (three-dose, three -year
  action plan, two-child policy);
- 一批 / 一些 (a number of); a vaccine's number of doses (three doses of DTP); 党的二十大;
- a duration that defines the share before it (90% of families … within 15 minutes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from checks.draft.text import clause_bounds
from checks.numbers import Quantity

_POPULATION_AFTER = re.compile(
    r"^[的]?(?:老年人|老人|儿童|幼儿|婴幼儿|人口|人群|妇女|居民|患者|孕妇|学生|男性|女性|群众)"
)
_AGE_EN = re.compile(
    r"(?:aged|ages?|under|over|above|below)\s+$|^\s*(?:years?\s+(?:of\s+age|old|and\s+(?:over|older|above|under)))"
    r"|^-year-old|^\s*-\s*year\s*-?\s*old",
    re.IGNORECASE,
)
_TIME_FRAME = re.compile(
    r"(?:过去|近|最近|前)\s*$|(?:the\s+(?:past|last)|over\s+the\s+(?:past|last))\s+$", re.IGNORECASE
)
_TIME_FRAME_AFTER = re.compile(r"^\s*(?:来|以来|间|中)")
_ISSUERS = re.compile(r"等\s*$")
_ISSUERS_AFTER = re.compile(r"^(?:个)?(?:部门|部委|单位)")
_SLOGAN = re.compile(r"[“\"]([^”\"]{2,40})[”\"]\s*$")
_HYPHEN_NAME = re.compile(r"^\s?-\s?[A-Za-z]")
_CHILD_POLICY = re.compile(r"^\s*[- ]child\b", re.IGNORECASE)


def _age(line: str, q: Quantity) -> str | None:
    if q.unit_text in ("岁", "周岁") and (q.qualifier != "eq" or _POPULATION_AFTER.match(line[q.end :])):
        return "age that defines a population, not a figure"
    if q.unit == "year" and re.match(
        r"\s*(?:of\s+age|old|and\s+(?:over|older|above|under))\b", line[q.end :], re.IGNORECASE
    ):
        return "age that defines a population, not a figure"
    if (
        q.unit in (None, "year")
        and (_AGE_EN.search(line[max(0, q.start - 10) : q.start]) or _AGE_EN.match(line[q.end :]))
        and (q.unit == "year" or re.match(r"^\s*(?:years?|-year)", line[q.end :], re.IGNORECASE))
    ):
        return "age that defines a population, not a figure"
    return None


def _rate_base(line: str, q: Quantity) -> str | None:
    if q.start and line[q.start - 1] == "/" and q.start >= 2 and line[q.start - 2].isdigit():
        return f"base of the rate before it (per {q.text})"
    return None


def _time_frame(line: str, q: Quantity) -> str | None:
    years = q.unit == "year" or q.unit_text in ("年", "years", "year")
    if years and (
        _TIME_FRAME.search(line[max(0, q.start - 16) : q.start])
        or (q.unit_text == "年" and _TIME_FRAME_AFTER.match(line[q.end :]))
    ):
        return "time frame of the review, not a claim"
    return None


def _issuers(line: str, q: Quantity) -> str | None:
    rest = line[q.end - len(q.unit_text or "") :] if q.unit_text else line[q.end :]
    if _ISSUERS.search(line[: q.start]) and _ISSUERS_AFTER.match(rest):
        return "the departments that issued the document, not a claim"
    return None


def _slogan(line: str, q: Quantity) -> str | None:
    quoted = _SLOGAN.search(line[max(0, q.start - 44) : q.start])
    if quoted and len(re.split(r"[、,，]", quoted.group(1))) == q.value:
        return "the number of items of the slogan before it, not a claim"
    return None


def _hyphen_name(line: str, q: Quantity) -> str | None:
    if q.unit_text and re.search(r"[A-Za-z]\s*-\s*" + re.escape(q.unit_text) + "$", q.text):
        return "a number inside a compound name (three-year plan), not a count"
    if q.unit_text is None and (_HYPHEN_NAME.match(line[q.end :]) or _CHILD_POLICY.match(line[q.end :])):
        return "a number inside a name (a kind of thing), not a count"
    return None


def _defines_share(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    if q.qualifier not in ("le", "lt") or q.unit not in ("minute", "hour", "day", "week", "month"):
        return None
    start, _ = clause_bounds(line, q.start)
    sentence_start = max(0, start - 80)
    if any(o.unit == "percent" and sentence_start <= o.start < q.start for o in others):
        return "the distance or time that defines the share before it, not a figure of its own"
    return None


_DOSES = re.compile(r"^\s*-?\s*doses?\b", re.IGNORECASE)
_CONGRESS = re.compile(r"^\s*大")


def _schedule_or_congress(line: str, q: Quantity) -> str | None:
    if q.unit_text is None and _DOSES.match(line[q.end :]):
        return "the vaccine schedule (its number of doses), not a count"
    if (
        q.digits[:1] in "一二三四五六七八九十"
        and _CONGRESS.match(line[q.end :])
        and line[: q.start].rstrip().endswith(("党", "的"))
    ):
        return "the Party Congress's ordinal (党的二十大), not a count"
    return None


def _a_batch(line: str, q: Quantity) -> str | None:
    if q.digits == "一" and q.unit_text in ("批", "系列", "些"):
        return f"'一{q.unit_text}' means 'a number of', not one"
    return None


_TESTS: list[Callable[[str, Quantity], str | None]] = [
    _age,
    _rate_base,
    _time_frame,
    _issuers,
    _slogan,
    _hyphen_name,
    _a_batch,
    _schedule_or_congress,
]


def non_claim(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why the reading ``q`` of ``line`` is not a claim, or None when it may be one."""
    for test in _TESTS:
        reason = test(line, q)
        if reason:
            return reason
    return _defines_share(line, q, others)
