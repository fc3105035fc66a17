"""Dates printed in a text, and the article's publication date.

Full dates: 2026-01-15, 2025.03.18, 2024年4月8日, Jul 15, 2024, 18 June 2018, 27.07.2025 (day first
when the separator is a dot). A *dateline* is a line that is a date and little else (labels such as
Updated:, Last reviewed:, 发布时间:, a time, a short publisher name). A day without a year (1月27日,
On September 12) takes the year the text implies: the year after the last year it reports as
closed (As of 2023, 截至2023年底, 2023年末; 去年底 beside 到2024年底), else a year on its line or
in the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from checks.draft.effective_dates import issued_date
from checks.draft.issued import issue_label
from checks.draft.lodged import lodged_at

MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
FULL_DATES = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)"),
    re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.])"),
    # 14/03/2024: day first, as most of the world writes it; 03/14/2024 (no 14th month) month first.
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])"),
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])"),
]
# The whole dates with their year a text writes out unambiguously (2026年6月8日, 2026-06-08, July 8, 2026, 8 July 2026).
WHOLE_DATES = FULL_DATES[:3]
_DAY_MONTH = [
    re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"),
    re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d|\d)", re.I),
]
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*年|\b)")
HEAD_LINES = 20  # how far down a page its head (title, dateline) is looked for
_DATE_LABELS = re.compile(
    r"\b(?:date|updated|published|posted|last\s+reviewed|reviewed|release\s+time|released|time"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|IST|GMT|UTC|BJT|at"
    # Tue Jun 9, 2026 08:00 PM | Last update on: …: a weekday's short name, a page's last update
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|last\s+update(?:d)?(?:\s+on)?)\b"
    r"|发布时间|发布日期|加入日期|时间|日期|来源|浏览次数|查看人数|阅读|点击|作者|字体|\d{1,2}:\d{2}(?::\d{2})?",
    re.IGNORECASE,
)
# Years a text reports as closed: its publication is later.
_CLOSED = re.compile(
    r"\bas\s+of\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b(?!\s*[-/.]\d)|截[至止]\s*((?:19|20)\d\d)年(?!\d{1,2}月)"
    r"|((?:19|20)\d\d)年(?:年)?末",
    re.IGNORECASE,
)
_SPAN_TO = re.compile(r"\s*(?:to|until|through|till|[-–—~至到])\s*", re.IGNORECASE)
_ANSWERED = re.compile(r"\s*(?:Answered\b|Answer\s+date\b|Date\s+(?:of\s+answer|answered)\b|答复(?:日期|时间))", re.I)
_LAST_YEAR_END = re.compile(r"去年(?:年)?[底末]")
_YEAR_END = re.compile(r"[到至截]\S{0,2}?((?:19|20)\d\d)年(?:年)?[底末]")


def date_of(match: re.Match[str], year: int | None = None) -> date | None:
    """The date ``match`` prints (its year, or ``year`` when it prints none); None when it is no day."""
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else MONTH_NUMBERS[groups["mon"].lower().rstrip(".")]
    try:
        return date(year if year is not None else int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None


def dates_printed(
    text: str, patterns: Sequence[re.Pattern[str]] = WHOLE_DATES
) -> Iterator[tuple[re.Match[str], date | None]]:
    """Every date of ``patterns`` that ``text`` prints, with the day it is (None for no day: 2026年2月30日)."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            yield match, date_of(match)


def _issued(line: str) -> date | None:
    """The date of a line of fields that prints a day of effect beside it (checks.draft.effective_dates)."""
    days: dict[int, date] = {}
    for match, day in dates_printed(line, FULL_DATES):
        if day is not None and not any(s <= match.start() < s + 12 for s in days):
            days[match.start()] = day
    return issued_date(line, sorted(days.items()))


def full_date(line: str) -> date | None:
    """The first full date printed on ``line``; none when it opens a span of dates (Financial year
    1 July 2024 to 30 June 2025 dates no page)."""
    for pattern in FULL_DATES:
        for match in pattern.finditer(line):
            found = date_of(match)
            if found is not None:
                rest = line[match.end() :]
                if _SPAN_TO.match(rest) and any(p.search(rest) for p in FULL_DATES):
                    return None
                return found
    return None


# A publication label right before a date (Released: November 18, 2026; Published on Fri, Jun 12,
# 2026; 发布日期:2026-11-20): the page's own statement of when it appeared, which no other date of its
# head (a quarter's last day, the day a policy takes effect, printed in the title) outranks.
_PUBLICATION_LABEL = re.compile(
    r"(?:\b(?:released|published|posted|date\s+(?:of\s+)?(?:publication|release)|publication\s+date|release\s+date)"
    r"(?:\s+on)?|发布日期|发布时间|发表日期|发表时间|发稿时间|发文日期)\s*[:：]?\s*"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.IGNORECASE,
)
# A byline opening a line of the page's fields (By WANJIRU KAMAU | Published on …).
_BYLINE_FIELD = re.compile(r"^\s*By\s+[A-Z][\w .'’-]{1,60}\|\s*")


def labelled_date(line: str) -> date | None:
    """The date a publication label names on ``line`` (Released: November 18, 2026), or None."""
    for pattern in FULL_DATES:
        for match in pattern.finditer(line):
            found = date_of(match)
            if found is not None and _PUBLICATION_LABEL.search(line, 0, match.start()):
                return found
            if found is not None and issue_label(line, match.start()):  # Issued on 16 March 2026 (round 49)
                return found
    return None


def opens_with_labelled_date(line: str) -> bool:
    """A line of the page's fields that opens (after a byline) with its publication date: a dateline,
    whatever fields follow it (Released: November 18, 2026 | Report no. QPR-2026-02 | …)."""
    rest = _BYLINE_FIELD.sub("", line, count=1)
    return labelled_date(rest.split("|")[0].split("  ")[0]) is not None


def only_date(line: str) -> bool:
    """A line that is a date and nothing else (a weekday or a time may stand beside it)."""
    rest = line
    for pattern in FULL_DATES:
        rest = pattern.sub("", rest)
    rest = re.sub(
        r"\b(?:date|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}:\d{2}(?::\d{2})?",
        "",
        rest,
        flags=re.I,
    )
    return rest != line and len(rest.strip(" ,:|-")) < 3


def is_dateline(line: str) -> bool:
    """A date with little else: labels, a time, a short publisher name (Xinhua | Updated: 2024-02-29 09:01),
    or a page's tools after it, each a word or two (Last updated: July 22, 2026 | Share | Print)."""
    if full_date(line) is None:
        return False
    if opens_with_labelled_date(line):
        return True
    fields = line.split("|")
    if len(fields) > 2 and all(len(f.split()) <= 2 for f in fields[1:]) and _dated(fields[0]):
        return True
    # A line of the page's fields, one of them a date alone (Press release | 20 May 2026 | Embargoed
    # until 00:01 BST, Wednesday 20 May 2026): each field a label, none a sentence.
    # A field may end on its date (Board of Health regular meeting, September 15, 2026): the meeting it was
    # presented at dates the paper.
    if len(fields) > 1 and any(_dated(f) or _ends_dated(f) for f in fields) and all(_field(f) for f in fields):
        return True
    return _dated(line)


_BY_FIELD = re.compile(r"\s*(?:(?:Presented|Prepared|Submitted|Written|Compiled|Reported)\s+)?by\s+[A-Z]", re.I)


def _field(text: str) -> bool:
    """A field of a page's line of fields: a few words (a date among them: Embargoed until 00:01 BST,
    Wednesday 20 May 2026), no sentence."""
    words = len(text.split())
    # a meeting's day, time and place (Meeting: Cabinet, Tuesday 17 March 2026, 10.00 am, Cumbria House,
    # Carlisle) or a span of dates (Date range: 1 Apr 2025 to 30 Jun 2026) is a dated field too
    dated = any(pattern.search(text) for pattern in FULL_DATES)
    # a paper's byline names its author and role (Presented by Dr. Elena Marsh, Health Officer): a field too
    long = dated or _BY_FIELD.match(text) is not None
    return 0 < words <= (12 if long else 6) and not re.search(r"[.!?。！？]\s*$", text.strip())


def _ends_dated(field: str) -> bool:
    """A field whose last words are a full date (…regular meeting, September 15, 2026)."""
    text = field.rstrip()
    return any(m.end() == len(text) and date_of(m) is not None for p in FULL_DATES for m in p.finditer(text))


def _dated(line: str) -> bool:
    if full_date(line) is None:
        return False
    rest = line
    for pattern in FULL_DATES:
        rest = pattern.sub("", rest)
    rest = _DATE_LABELS.sub("", rest)
    return len(re.sub(r"[\s\W_]+", "", rest)) <= 12


def closed_year(text: str) -> int | None:
    """The last year ``text`` reports as over (As of 2023, 截至2023年底, 2023年末), or None."""
    years = [int(next(g for g in m.groups() if g)) for m in _CLOSED.finditer(text)]
    if _LAST_YEAR_END.search(text):
        years += [int(m.group(1)) for m in _YEAR_END.finditer(text)]
    return max(years) if years else None


# 在2011年开始推进, since 2011: the year something began, not the year a dateline's day is in.
_BEGAN_BEFORE = re.compile(r"(?:自|从|\bsince|\b(?:began|started|launched)\s+in)\s*$", re.IGNORECASE)
_BEGAN_AFTER = re.compile(r"\s*年?\s*(?:开始|起|以来|启动)")


def _year_near(lines: list[str], number: int, title_line: int | None) -> int | None:
    for candidate in (lines[number - 1], lines[title_line - 1] if title_line else ""):
        for found in _YEAR.finditer(candidate):
            if not (_BEGAN_BEFORE.search(candidate, 0, found.start()) or _BEGAN_AFTER.match(candidate, found.end(1))):
                return int(found.group(1))
    return None


def published_of(
    lines: list[str], first_body_line: int, title_line: int | None, dateline: int | None = None
) -> tuple[date | None, str]:
    """The article's date: its dateline's, else the first full date of the head (or the first body
    line), else a day of the head with the year the text implies; and how it was found. A written
    answer is published when answered: its answer's date (Answered on 11 March 2026) comes first."""
    for number, line in enumerate(lines[: HEAD_LINES * 2], start=1):
        answered = full_date(line) if _ANSWERED.match(line) else None
        if answered is None and (at := lodged_at(line)) is not None:  # …; answer lodged on 12 March 2026 (round 48)
            answered = full_date(line[at : at + 40])
        if answered is not None:
            return answered, f"the date answered, on line {number}"
    for number, line in enumerate(lines[:HEAD_LINES], start=1):
        labelled = labelled_date(line)
        if labelled is not None:
            return labelled, f"the publication date on line {number}"
    if dateline is not None:  # Effective January 1, 2026 | Updated February 2, 2026: the update (round 55)
        found = _issued(lines[dateline - 1]) or full_date(lines[dateline - 1])
        if found is not None:
            return found, f"the dateline on line {dateline}"
    head = lines[: first_body_line + 1]
    for number, line in enumerate(head, start=1):
        found = _issued(line) or full_date(line)
        if found is not None:
            return found, f"printed on line {number}"
    # A dateline a little further down, below text the page prints above it (9月28日 … then
    # 发布时间:2025年9月28日): it dates the page better than a day without a year.
    for number, line in enumerate(lines[:HEAD_LINES], start=1):
        if is_dateline(line):
            found = full_date(line)
            if found is not None:
                return found, f"the dateline on line {number}"
    closed = closed_year("\n".join(lines))
    for number, line in enumerate(head, start=1):
        for pattern in _DAY_MONTH:
            match = pattern.search(line)
            if match is None:
                continue
            if closed is not None:
                year, how = closed + 1, f"the text reports {closed} as over"
            else:
                near = _year_near(lines, number, title_line)
                if near is None:
                    continue
                year, how = near, f"the year {near} near it"
            found = date_of(match, year)
            if found is not None:
                return found, f"{match.group().strip()} on line {number}, {how}"
    return None, "no date is printed in the head of the text"
