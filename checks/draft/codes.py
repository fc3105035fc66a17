"""Numbers that reach or name a thing rather than count it: a phone or hotline number (拨打120, the
12320 health hotline), a service schedule (7×24小时), a model's name ("1+N", "3+2"), a standard's
number and year (GB 37488—2019, WS/T 367-2012, ISO 9001:2015)."""

from __future__ import annotations

import re

from checks.numbers import Quantity, normalize
from checks.numbers.powers import power_after

# 拨打120, call 999, the helpline 1166, 邮编：362000: the number after the word that says a service (or a
# post office) is reached on it
_HOTLINE_BEFORE = re.compile(
    r"(?:拨打|热线|电话|邮编|邮政编码|\b(?:call|dial|ring|text)(?:\s+the)?|\b(?:hotline|helpline|post\s*code|zip(?:\s+code)?))\s*[:：]?\s*$",
    re.IGNORECASE,
)
# 12320卫生热线, “12345”热线, 12345政务服务便民热线, the 12320 health hotline, 111 helpline, 全国12315平台: a
# number a service is reached on (27 national helplines: a count of them)
_HOTLINE_AFTER = re.compile(
    r"^\s*[”\"]?\s*(?:急救|[\u4e00-\u9fff]{0,8}热线|电话|呼叫|平台|(?:[A-Za-z-]+\s+){0,2}(?:hotline|helpline)(?!s\b)"
    # the 108 emergency ambulance service, the 911 emergency line: an emergency number names its service
    r"|emergency\s+(?:ambulance\s+)?(?:service|line|number|call\s+service))",
    re.IGNORECASE,
)
# GB 37488—2019, GB/T 2260, WS/T 367-2012, YY 0469, DB33/T 1234, ISO 9001:2015, EN 14683, BS 5839: the
# code of a standard (its body's letters, /T for a recommended one) names it by number and year.
_STANDARD = r"(?<![A-Za-z])(?:GBZ?|WS|YY|HJ|DB\d{0,2}|ISO|IEC|EN|BS|ANSI|ASTM|DIN|JIS|NZS)(?:\s*/\s*[TZ])?\s*"
_STANDARD_BEFORE = re.compile(_STANDARD + r"$")
_STANDARD_YEAR_BEFORE = re.compile(_STANDARD + r"\d+(?:\.\d+)*\s*[-—–－:：]\s*$")
STANDARD_YEAR_BEFORE = _STANDARD_YEAR_BEFORE  # the year a standard's code ends in dates nothing (checks.draft.years)
# 555-0142, (541) 555-0100: a telephone number as printed (an exchange, a hyphen and a line of four digits,
# an area code in brackets before it), its first group the number the reader reads.
_TELEPHONE = re.compile(r"\d{3,4}-\d{4}(?![\d-])|(?<=\) )\d{3,4}[-\s]\d{4}(?![\d-])")
_TELEPHONE_START = re.compile(r"(?<![\d.,/-])(?:\(\d{2,4}\)\s?|\d{2}\s)?$")
_JOINED = re.compile(r"[×xX*+＋]\s*(?:\d|[NnXx]\b|N)")


# “5·15”防治碘缺乏病日, “9·20”全国爱牙日: a day named by its month and day, joined by a middle dot (round 31)
_DAY_NAME = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*[·•・]\s*([12]\d|3[01]|0?[1-9])(?![\d.])")
_DAY_NAMED = re.compile(r"\s*[”\"]|\s*(?:[\u4e00-\u9fff]{0,10}?(?:日|节|周))")
# The UK national action plan for 2024 to 2029: a span of years, its end no bound (round 31)
_YEARS_TO = re.compile(r"(?<!\d)(?:19|20)\d\d\s+(?:to|until|through)\s+$", re.IGNORECASE)


def _day_or_years(line: str, q: Quantity) -> str | None:
    for day in _DAY_NAME.finditer(line, max(0, q.start - 4), min(len(line), q.end + 4)):
        if day.start() <= q.start < day.end() and _DAY_NAMED.match(line, day.end()):
            return "a day named by its month and day (“5·15”), not a figure"
    year = q.digits.isdigit() and len(q.digits) == 4 and 1900 <= q.value <= 2100 and q.unit is None
    if year and not q.unit_text and _YEARS_TO.search(line, max(0, q.start - 20), q.start):
        return "the last year of a span of years (2024 to 2029), not a figure"
    return None


def code_or_name(line: str, q: Quantity) -> str | None:
    """A phone or hotline number (拨打120), a schedule (7×24小时), a model's name ("1+N", "3+2"), a
    standard's number (GB 37488—2019)."""
    if q.unit_text is None and (
        _STANDARD_BEFORE.search(line, max(0, q.start - 12), q.start)
        or _STANDARD_YEAR_BEFORE.search(line, max(0, q.start - 24), q.start)
    ):
        return "a standard's number or year (GB 37488—2019), its name, not a figure"
    # a number a measure word counts (受理电话1327个, 电话咨询2.3万次) is a count of calls, not a number to call
    if (q.digits.isdigit() and q.unit_text is None) and (
        _HOTLINE_BEFORE.search(line[max(0, q.start - 10) : q.start]) or _HOTLINE_AFTER.match(line[q.end :])
    ):
        return "a phone or hotline number, not a figure"
    if q.digits.isdigit() and q.unit_text is None and _telephone(line, q):
        return "a telephone number, not a figure"
    if (named := _day_or_years(line, q)) is not None:
        return named
    at = q.text.find(q.digits)
    number_end = q.start + at + len(q.digits) if at >= 0 else q.end  # "1+" is read as a bound: look at the +
    after = line[number_end : number_end + 3]
    before = line[max(0, q.start - 2) : q.start]
    # 7×24 and 1+N join numbers into a name; 2×10^9 is one number, a power of ten the reader read whole
    joined = _JOINED.match(after) is not None and power_after(normalize(line), q.digits, number_end) is None
    if joined or re.search(r"(?:\d|[NnXx])\s*[×xX*+＋]\s*$", before):
        return "part of a schedule or a model's name (7×24, 1+N), not a figure"
    return None


def _telephone(line: str, q: Quantity) -> bool:
    """The number opens a telephone number as printed (555-0142 after "at"), not a range or a code."""
    found = _TELEPHONE.match(line, q.start)
    return found is not None and _TELEPHONE_START.search(line, max(0, q.start - 6), q.start) is not None
