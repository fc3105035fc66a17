"""Guesses for a draft's ``source`` block: title, language, published date, publisher, region, body.

Each guess is made from the text alone. A guess the text cannot support is left empty (``None``)
and said so in the review note, never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from checks.draft.text import CJK, is_blank, sentence_bounds
from schemas.regions import ancestors

# Lines that are not the article: navigation, sharing, credits, related links, legal notices.
# A line that *starts* one of these ends the body when it comes after the article's text.
_END_MARKERS = re.compile(
    r"^\s*(?:[-—=*#\s]*END[-—=*#\s]*$|【?\s*完\s*】?$|[（(]完[)）]$|相关阅读|相关推荐|相关新闻|相关链接|热点推荐|延伸阅读|推荐阅读"
    r"|特别声明|免责声明|声明[:：]|版权|责任编辑|责编|编辑[:：]|来源[:：]|文章关键词|关键词[:：]|分享到|扫一扫|打印本页|关闭窗口"
    r"|Source\s*:|Editor\s*:|Related\b|Read more|More from|Share\s*$|Copied\s*$|Notice\s*:|Copyright|©|All rights reserved"
    r"|Disclaimer|Tags?\s*:|[<>]{2}\s*:)",
    re.IGNORECASE,
)
# Credits, contact lines and page furniture: not the article wherever they stand.
_BOILERPLATE = re.compile(
    r"(?:热线|投稿|邮箱|电话)[:：]?\s*[\d(（]|@\w+\.|APP下载|下载网址|官方网站|申请入驻|^\s*分享至\s*$|^\s*[（(][^)）]{1,8}[)）]\s*$"
    r"|^\s*(?:Author|Time|key word|Original title|来源|作者|时间|索引号|生效日期|废止日期|文\s*号|发布机构|所属主题)\s*[:：]",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[。！？!?；;]|[.](?:\s|$)")

_MONTHS = {
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
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_FULL_DATES = [
    (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)"), "ymd"),
    (
        re.compile(
            rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I
        ),
        "mdy",
    ),
    (re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I), "dmy"),
]
_DAY_MONTH = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*年|\b)")

_PUBLISHER = re.compile(
    r"(?:本文转自|转自|来源|Source|稿件来源)\s*[:：]\s*(?P<name>[^\s|,，。;；]{2,40}(?: [A-Z][\w-]*){0,4})",
    re.IGNORECASE,
)
_NATIONAL = re.compile(
    r"全国|我国|国家卫生健康委|国家卫健委|国务院|\bChina\b|\bChinese\b|National Health Commission|nationwide"
)


@dataclass
class SourceGuess:
    title: str | None
    language: str
    published: date | None
    publisher: str | None
    region: tuple[str, str] | None  # (code, name)
    body: tuple[int, int]
    review: list[str] = field(default_factory=list)


def language_of(text: str) -> str:
    letters = [ch for ch in text if ch.isalpha()]
    cjk = sum(1 for ch in letters if CJK.match(ch))
    return "zh" if letters and cjk / len(letters) > 0.2 else "en"


def _is_prose(line: str) -> bool:
    """A line of running text: a sentence, or long enough to be one."""
    stripped = line.strip()
    cjk = len(CJK.findall(stripped))
    long_enough = cjk >= 30 or len(stripped.split()) >= 12
    return (bool(_SENTENCE_END.search(stripped)) and (long_enough or len(stripped) >= 25)) or long_enough


def _is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.search(line))


def title_of(lines: list[str]) -> tuple[int, str] | None:
    """The first non-empty line that is not a date line or page furniture (its number and text).

    None when that line is already a paragraph of the article (a page that starts mid-article).
    """
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if is_blank(stripped) or _is_boilerplate(stripped) or _only_date(stripped):
            continue
        paragraph = len(CJK.findall(stripped)) >= 40 or len(stripped.split()) >= 30
        return None if paragraph and _SENTENCE_END.search(stripped) else (number, stripped)
    return None


def _only_date(line: str) -> bool:
    rest = line
    for pattern, _ in _FULL_DATES:
        rest = pattern.sub("", rest)
    rest = re.sub(
        r"\b(?:date|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}:\d{2}(?::\d{2})?",
        "",
        rest,
        flags=re.I,
    )
    return rest != line and len(rest.strip(" ,:|-")) < 3


def body_range(lines: list[str], title_line: int | None) -> tuple[int, int]:
    """First and last line of the article: prose after the title and its byline, up to the first end marker."""
    first = None
    for number, line in enumerate(lines, start=1):
        if number == title_line or is_blank(line) or _is_boilerplate(line) or _END_MARKERS.match(line):
            continue
        if _is_prose(line):
            first = number
            break
    if first is None:
        non_blank = [n for n, line in enumerate(lines, start=1) if not is_blank(line)]
        return (non_blank[0], non_blank[-1]) if non_blank else (1, max(1, len(lines)))
    last = first
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        if _END_MARKERS.match(line):
            break
        if not is_blank(line) and not _is_boilerplate(line):
            last = number
    return first, last


def _year_near(lines: list[str], number: int, title_line: int | None) -> int | None:
    for candidate in (lines[number - 1], lines[title_line - 1] if title_line else ""):
        found = _YEAR.search(candidate)
        if found:
            return int(found.group(1))
    return None


def published_of(lines: list[str], first_body_line: int, title_line: int | None) -> tuple[date | None, str]:
    """The first date printed in the head of the text (or the first body line), and how it was found."""
    head = lines[: first_body_line + 1]
    for number, line in enumerate(head, start=1):
        for pattern, order in _FULL_DATES:
            found = pattern.search(line)
            if found is None:
                continue
            month = int(found.group("m")) if order == "ymd" else _MONTHS[found.group("mon").lower().rstrip(".")]
            try:
                return date(int(found.group("y")), month, int(found.group("d"))), f"printed on line {number}"
            except ValueError:
                continue
    for number, line in enumerate(head, start=1):
        found = _DAY_MONTH.search(line)
        year = _year_near(lines, number, title_line) if found else None
        if found and year:
            try:
                return date(year, int(found.group("m")), int(found.group("d"))), (
                    f"{found.group()} on line {number} with the year {year} near it"
                )
            except ValueError:
                continue
    return None, "no date is printed in the head of the text"


def publisher_of(text: str) -> str | None:
    found = _PUBLISHER.search(text)
    if found is None:
        return None
    name = re.split(r"\s{2,}|\s+(?:Editor|编辑|责编)\b", found.group("name"))[0].strip(" :：")
    return name or None


def _short_names(code: str, name: str) -> list[str]:
    """Forms a region is named by: 郑州市 → 郑州; 海南藏族自治州 → 海南州; 内蒙古自治区 → 内蒙古 (not for counties)."""
    forms = [name]
    if code.endswith("00") and len(name) > 2:
        ethnic = re.sub(r"^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治(州|县|旗)$", r"\1\2", name)
        if ethnic != name and len(ethnic) >= 3:
            forms.append(ethnic)
        short = re.sub(r"(?:(?:[\u4e00-\u9fff]{1,4}?族)*自治区|特别行政区|省|市|地区|盟)$", "", name)
        if short != name and len(short) >= 2:
            forms.append(short)
    return forms


def region_of(head: str, regions: dict[str, str]) -> tuple[str, str] | None:
    """The most specific GB/T 2260 region named in ``head`` (full names, or short ones of provinces and cities)."""
    forms: dict[str, list[str]] = {}
    for code, name in regions.items():
        if code == "CN":
            continue
        for form in _short_names(code, name):
            if len(form) >= 2:  # a one-character name (县) is part of too many words
                forms.setdefault(form, []).append(code)
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        for match in re.finditer(re.escape(form), head):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.extend(forms[form])
    if not found:
        return ("CN", regions.get("CN", "全国")) if _NATIONAL.search(head) else None
    named = set(found)

    def score(code: str) -> tuple[int, int]:
        # A county whose city is also named beats a namesake elsewhere; then the most specific.
        depth = 2 if code[4:] != "00" else 1 if code[2:] != "0000" else 0
        return sum(1 for other in ancestors(code) if other in named), depth

    best = max(sorted(named), key=score)
    return best, regions[best]


def guess_source(lines: list[str], regions: dict[str, str]) -> SourceGuess:
    text = "\n".join(lines)
    title = title_of(lines)
    title_line = title[0] if title else None
    first, last = body_range(lines, title_line)
    published, how = published_of(lines, first, title_line)
    # The title and the lines before the article, and the article's first sentence: further on, a
    # short name is too likely to be part of another word (其中卫生 holds 中卫).
    first_line = lines[first - 1] if first <= len(lines) else ""
    head = "\n".join([*lines[: first - 1], first_line[: sentence_bounds(first_line, 0)[1] + 1]])
    region = region_of(head, regions)
    review = [f"title: line {title_line}" if title else "title: no title line found"]
    review.append(f"published: {how}")
    review.append(f"body: lines {first}-{last}")
    publisher = publisher_of(text)
    if publisher is None:
        review.append("publisher: none printed")
    if region is None:
        review.append("region: no region of schemas/regions.tsv is named in the title or first lines")
    else:
        review.append(f"region: {region[1]} named in the first lines")
    return SourceGuess(
        title=title[1] if title else None,
        language=language_of(text),
        published=published,
        publisher=publisher,
        region=region,
        body=(first, last),
        review=review,
    )
