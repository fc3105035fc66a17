"""Guesses for a draft's ``source`` block: title, language, published date, publisher, region, body.

Each guess is made from the text alone. A guess the text cannot support is left empty (``None``)
and said so in the review note, never invented.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from checks.draft.about import before_about
from checks.draft.crumbs import HOME_TRAIL, breadcrumb_line
from checks.draft.dates import HEAD_LINES, full_date, is_dateline, only_date, published_of
from checks.draft.key_figures import key_figures_start
from checks.draft.minguo import counts_minguo, gregorian
from checks.draft.places import region_of
from checks.draft.repeats import STORY_LINK
from checks.draft.simplified import simplified
from checks.draft.text import CJK, SENTENCE_END, is_blank, sentence_bounds

# Lines that are not the article: navigation, sharing, credits, related links, legal notices.
# A line that *starts* one of these ends the body when it comes after the article's text.
_END_MARKERS = re.compile(
    r"^\s*(?:[-—=*#\s]*END[-—=*#\s]*$|【?\s*完\s*】?$|[（(]完[)）]$|[•·*\-]?\s*(?:相[关關](?:阅读|閱讀|推荐|推薦|新闻|新聞|链接|鏈接)"
    r"|热点推荐|熱點推薦|延伸(?:阅读|閱讀)|推[荐薦](?:阅读|閱讀))"
    r"|特[别別][声聲]明|免[责責][声聲]明|[声聲]明[:：]|版[权權]|[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯][:：]|[来來]源[:：]"
    r"|文章[关關][键鍵]词|[关關][键鍵][词詞][:：]|分享到|扫一扫|打印本页|关闭窗口|Go to Forum|\d*\s*Comments?(?:\(s\))?\s*$"
    r"|Source\s*:|Editor\s*:|Related\b(?!\s+(?:to|with)\b)|Read more(?!\s*[:：]\s*\S)|More from|More\s+(?:articles|stories|news)\b|Share\s*$|Share\s+(?:this|on)\b[^:：.]{0,40}[:：]\s*\S[^|]*\|[^|]*\||Copied\s*$|Notice\s*:|Copyright|©|All rights reserved"
    r"|Disclaimer|Tags?\s*:|[<>]{2}\s*:|本文链接|原文链接|【?\s*字\s*体\s*[:：]|【\s*(?:打印|关闭|關閉)(?:本页|窗口)?\s*】"
    # A press release ends at "Ends" (-ENDS-, ###, a North American -30-), or, printing none, at its media contacts
    # (the last of its numbered notes, 4. Media enquiries: …): notes to editors before them are the publisher's own
    # statements (Larkspur ran 29 hospitals with 1,610 beds), part of the body; those after an Ends line are not.
    r"|[-–—\s]*ENDS?[-–—\s]*$|#{3,}\s*$|[-–—]\s*30\s*[-–—]\s*$"
    r"|(?:\d{1,2}[.)]\s+)?(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)\b|For\s+(?:media|press)\s+(?:enquiries|inquiries)\b"
    r"|For\s+(?:more|further)\s+information\b"
    # a press release's issuer credit ((Issued by: IEC Cell, …)): its address and footer follow
    r"|[(（]?\s*(?:Issued|Released)\s+by\s*[:：]"
    # a written answer's foot: the questions grouped with it, Parliament's copyright line
    r"|Grouped\s+Questions?\s*:|(?:Parliamentary|Crown)\s+copyright\b"
    # a fact sheet's reference list; a WeChat article's 阅读原文 and its 往期推荐
    r"|References?\s*$|参考文献|阅读原文|往期(?:推荐|回顾|精彩)"
    # a brief's citation line, a page's attachments to download, a report's list of attachments (ATTACHMENTS)
    r"|How\s+to\s+cite\b|Suggested\s+citation\b|Cite\s+this\s+(?:brief|report|paper)\b|附件下载|(?i:attachments?)\s*$"
    # a committee report's background papers and contact officer, a statistics release's next edition
    r"|(?:List\s+of\s+)?Background\s+(?:papers|documents)\s*[:：]|Contact\s+(?:officers?|details|persons?)\s*[:：]"
    r"|Next\s+(?:publication|release|update|edition)\s*(?:date\s*)?[:：]"
    # a web page's review stamp below its text (Page last reviewed: 12 November 2026): its footer follows (round 32)
    r"|(?:This\s+)?page\s+(?:was\s+)?last\s+(?:reviewed|updated|modified)\b"
    # a letter's closing (Sincerely, / Yours faithfully / 此致): the signature and its copies follow
    r"|[^.]{0,80}\bis\s+an?\s+501\s*\(c\)\s*\(\d\)|(?:Tax\s+ID|EIN)\s*[:.#]?\s*\d{2}-\d{7}\b"  # a nonprofit's status (round 38)
    r"|(?:Yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?\s*,?\s*$|(?:(?:kind|best|warm)\s+)?regards\s*,?\s*$|此致\s*$)",
    re.IGNORECASE,
)
# Credits, contact lines and page furniture: not the article wherever they stand.
# A contact line (联系电话：0553-…, 投稿邮箱：…): furniture, unless it is a sentence of the article that
# ends on where to call (…请拨打预约电话0917-3216120预约挂号。).
_CONTACT = re.compile(r"(?:热线|投稿|邮箱|电话)[:：]?\s*[\d(（]")
_BOILERPLATE = re.compile(
    r"@\w+\.|APP下载|下载网址|官方网站|申请入驻|^\s*分享至\s*$|^\s*[（(][^)）]{1,8}[)）]\s*$"
    r"|^\s*(?:Author|Time|key word|Original title|来源|作者|时间|索\s*引\s*号|生效日期|废止日期|文\s*号|发布机构|所属主题"
    r"|公开日期|发布日期|成文日期|组配分类|主题分类|发文字号|发文机关|信息分类|体裁分类|有效性)\s*[:：]"
    r"|由会员分享|可在线阅读|下载本文档|版权说明|文档简介|已阅读\d+页|著作权均?(?:属|归)|版权所有"
    # links to the neighbouring stories (上一篇：…, Next article: …) and a notice's list of attachments
    # (附件：1.…（22批次）　2.…): their numbers are titles'
    r"|^\s*(?:上一篇|下一篇|上一条|下一条|(?:Previous|Next)\s+(?:article|story|post|news))\s*[:：]"
    r"|^\s*附件\s*[:：][^。]{0,200}$"
    # a government site's footer: who runs it, its site code and registrations (主办:…  网站标识码:…  皖ICP备…)
    r"|^\s*(?:主办|承办|协办)(?:单位)?\s*[:：]|网站标识码|ICP备\s*\d|公网安备\s*\d" + rf"|{HOME_TRAIL.pattern}"
    # a page's breadcrumb (Home / States / Odisha, 当前位置：首页 > …), its tools (Font size: A A A | Share)
    # and its menu: four or more short items split by bars, no number among them (Donate | Shop | …)
    r"|^\s*Font\s+size\s*:|^\s*[^|\d]{1,16}(?:\|[^|\d]{1,16}){3,}$"
    # a byline with the page's fields (By Our Staff Reporter | Bhubaneswar | Published: …)
    r"|^\s*By\s+[A-Z][\w .'’-]{1,60}\|"
    r"|^\s*(?:PRESS|NEWS|MEDIA)\s+RELEASE\s*$|^\s*(?:For\s+immediate\s+release|EMBARGOED\b)"
    # a paper's fields, two or more to a line (Agenda item: 7.2    Paper reference: …), a page marker
    r"|^\s*[A-Z][\w ]{1,30}:\s*\S[^:]{0,80}?(?:\t|\s{3,}|\s\|\s)[A-Z][\w ]{1,30}:\s|^\s*Page\s+\d+(?:\s+of\s+\d+)?\s*$"
    # 提案号：第0087号　　提案人：王晓梅（…）　　界别：…: a document's fields, two or more to a line
    r"|^\s*[\u4e00-\u9fff]{2,6}\s*[:：][^:：。；;]{1,60}?(?:\t|\s{2,})[\u4e00-\u9fff]{2,6}\s*[:：]"
    # an organisation's footer: telephone, business number, street address ending in a postcode
    r"|^\s*(?:(?:Media|Press)\s+)?Contacts?\s*:|^\s*(?:文字|图片|文图|摄影|审核|初审|复审|终审|排版|校对|美编|供稿|撰稿)\s*[:：丨|]"
    r"|^\s*(?:Phone|Tel(?:ephone)?|Fax)\s*[:.]?\s*[(+\d]|^\s*(?:ABN|ACN|Registered\s+charity(?:\s+(?:number|no\.?))?)\s*[:.]?\s*\d"
    r"|^\s*(?:(?:Level|Suite|Floor|Unit)\s+\d+,\s*)?\d+[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave"
    r"|Lane|Drive|Place|Terrace|Way|Square|Parade)\b[^.]*\b(?:[A-Z]{2,3}\s+\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})\s*$"
    # … Hospice, Greystoke Road, Penrith CA11 8QT · 01768 894120: a named street, a postcode, a telephone
    r"|^[^.]{0,80}\b(?:Street|Road|Avenue|Lane|Drive|Terrace|Square|Parade)\b,?[^.]{0,60}"
    r"\b(?:[A-Z]{2,3}\s+\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})\s*[·•|,]\s*[+(]?\d[\d\s()-]{5,}$"
    # … Te Whatu Ora, PO Box 793, Wellington 6140: a postal address, its town and postcode, ending the line
    r"|\b(?:PO|P\.\s?O\.)\s+Box\s+\d+\s*,\s*(?:[A-Z][\w'’-]*\s+){1,3}\d{4,5}\s*$",
    re.IGNORECASE,
)
# Ohio Department of Health | 246 N. High St., Columbus, OH 43215 | 614-466-3543: a page's footer of fields, one a
# street address ending in a state and ZIP code, then a telephone: the page ends above it.
_ADDRESS_FOOTER = re.compile(
    r"\|\s*\d+[A-Za-z]?\s+[^|]{2,60}?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*[·•|,]\s*[+(]?\d[\d\s().-]{6,}$"
)

_PUBLISHER = re.compile(
    r"(?:本文转自|转自|来源|Source|稿件来源)\s*[:：]\s*(?P<name>[^\s|,，。;；()（）]{2,40}(?: [A-Z][\w-]*){0,4})",
    re.IGNORECASE,
)
# A byline (By Hannah Moreland, Health Reporter) or an issuing body (Eastshire Provincial Bureau of
# Statistics) between a title and its date.
_BYLINE = re.compile(
    r"\s*(?:By\s+[A-Z]|From\s+(?:our|the)\s)"
    r"|\s*(?:[A-Z][\w&'’.-]*\s+){0,6}(?:Bureau|Office|Agency|Ministry|Department|Commission|Council|Board|Service"
    r"|Institute|Trust|Authority|Executive)(?:\s+(?:of|for)\s+[\w ,&'’-]{2,60})?\s*$"
)
# An issuing body's signature above a notice's date: it closes the head but is no title.
_SIGNATURE = re.compile(r"^\s*\S{2,20}(?:办公室|政府|委员会|委|局|厅|部|中心)\s*$")


@dataclass
class SourceGuess:
    title: str | None
    language: str
    published: date | None
    publisher: str | None
    region: tuple[str, str] | None  # (code, name)
    body: tuple[int, int]
    review: list[str] = field(default_factory=list)
    original_publication: str | None = None


def language_of(text: str) -> str:
    letters = [ch for ch in text if ch.isalpha()]
    cjk = sum(1 for ch in letters if CJK.match(ch))
    return "zh" if letters and cjk / len(letters) > 0.2 else "en"


def _is_prose(line: str) -> bool:
    """A line of running text: a sentence, or long enough to be one."""
    stripped = line.strip()
    cjk = len(CJK.findall(stripped))
    long_enough = cjk >= 30 or len(stripped.split()) >= 12
    return (bool(SENTENCE_END.search(stripped)) and (long_enough or len(stripped) >= 25)) or long_enough


def _is_boilerplate(line: str) -> bool:
    sentence = _is_prose(line) and line.rstrip().endswith(("。", "！", ".", "!"))
    return bool(_BOILERPLATE.search(line) or _ADDRESS_FOOTER.search(line)) or (
        bool(_CONTACT.search(line)) and not sentence
    )


def title_of(lines: list[str]) -> tuple[int, str] | None:
    """The first non-empty line that is not a date line or page furniture (its number and text).

    None when that line is already a paragraph of the article (a page that starts mid-article).
    """
    # A site's name above its breadcrumb (霍山县人民政府 / 首页 > 信息公开 > …) is the page's, not the title.
    crumb = breadcrumb_line(lines)  # … and the trail itself (烟台新闻网 > 民生 > 健康: round 61)
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if number <= crumb or is_blank(stripped) or _is_boilerplate(stripped) or only_date(stripped):
            continue
        # A first line that is a long sentence is the article itself (a page starting mid-article);
        # a headline does not end with a full stop.
        long_cjk = len(CJK.findall(stripped)) >= 40 and SENTENCE_END.search(stripped)
        long_words = len(stripped.split()) >= 20 and stripped.endswith((".", "!", "?", "”", '"'))
        return None if long_cjk or long_words else (number, stripped)
    return None


def _titled(line: str) -> bool:
    """A line that can be a title: no sentence and not too long (a headline may run to 25 words), not
    furniture, and long enough to name something."""
    stripped = line.strip()
    # A headline may end in an exclamation or question mark (已超102万!); a full stop makes a sentence.
    headline = stripped.rstrip("!！?？")
    sentence = bool(SENTENCE_END.search(headline)) and _is_prose(headline)
    return (
        not sentence
        and len(CJK.findall(stripped)) < 60
        and len(stripped.split()) <= 25
        and not _is_boilerplate(stripped)
        and not only_date(stripped)
        and len(stripped.split("|")) < 3  # a site's menu (Home | About Us | News | …) names no article
        and (len(CJK.findall(stripped)) >= 6 or len(stripped.split()) >= 3)
    )


@dataclass(frozen=True)
class DatedHead:
    """A title (or a notice's signature) followed by a line that is its date."""

    title: int
    dateline: int
    closes_head: bool  # False when the article starts above it (the page prints that text again below)


def dated_head(lines: list[str]) -> DatedHead | None:
    """The first title followed by its dateline within the first lines, with the article after it;
    None when the text has no such head."""
    crumb = breadcrumb_line(lines)  # the trail and the site's name above it are the page's, never a title
    for number in range(1, min(len(lines), HEAD_LINES) + 1):
        if not is_dateline(lines[number - 1]):
            continue
        above = [
            n for n in range(number - 1, crumb, -1) if not is_blank(lines[n - 1]) and not _is_boilerplate(lines[n - 1])
        ]
        # a byline or the issuing body between the title and its date, or a standfirst (one sentence
        # that sums the article up, under its title: Life expectancy … by sex, for England and Wales.)
        between = lines[above[0] - 1] if len(above) > 1 else ""
        standfirst = _is_prose(between) and not _titled(between) and len(SENTENCE_END.findall(between.strip())) == 1
        if len(above) > 1 and (_BYLINE.match(between) or standfirst) and _titled(lines[above[1] - 1]):
            above = above[1:]
        if not above or not _titled(lines[above[0] - 1]):
            continue
        after = {line.strip() for line in lines[number:] if _is_prose(line)}
        if after:
            # Article text above the head that the page prints again below it is the article itself.
            repeated = any(_is_prose(line) and line.strip() in after for line in lines[: above[0] - 1])
            return DatedHead(above[0], number, not repeated)
    return None


# A section heading (一、卫生资源, (一)…, 第一章) or a document's own title (…实施方案(2025—2027年),
# …工作总结) over the first paragraph.
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章部节])"
    r"|(?:方案|规划|计划|总结|要点|公报|报告|意见)\s*(?:[(（][^)）]{1,20}[)）])?\s*$"
    # a report's numbered section heading: 1. Purpose, 2. Summary of performance (RAG rating against plan)
    r"|^\s*\d{1,2}\.\s+[A-Z][\w ,&()'’-]{1,60}$"
)


def _headed(lines: list[str], first: int, title_line: int | None, after: int) -> int:
    """The first prose line, or the headings right above it after the head (一、卫生资源; a plan's
    own title under the notice that sends it out): they open the article."""
    start = first
    for number in range(first - 1, after, -1):
        line = lines[number - 1]
        if is_blank(line):
            continue
        if number == title_line or not _HEADING.search(line) or len(line.strip()) > 60:
            break
        start = number
    return key_figures_start(lines, _first_of_numbered(lines, start, after), after)  # KEY FIGURES: a block above


# 六、代理服务收费标准: a heading numbered after the first. When 一、 stands between the head and it, the
# sections before (a notice's fields: 一、项目编号：…, 三、中标信息) are the article's too.
_LATER_ORDINAL = re.compile(r"^\s*[二三四五六七八九十]{1,3}\s*[、.．]")
_FIRST_ORDINAL = re.compile(r"^\s*一\s*[、.．]")


def _first_of_numbered(lines: list[str], start: int, after: int) -> int:
    if not _LATER_ORDINAL.match(lines[start - 1]):
        return start
    return next((n for n in range(after + 1, start) if _FIRST_ORDINAL.match(lines[n - 1])), start)


# A row of a table: cells split by a tab or a run of spaces, the last a number (2019/20<TAB>34,027) or
# an interval (5.4    4.7 to 6.1: a confidence interval's ends, round 33), or three cells or more split by
# tabs, one a number (…<TAB>89.4<TAB>86.5<TAB>Better).
_CELL = r"[-+(]?[\d.,]+%?\)?"
_TABLE_ROW = re.compile(
    rf"^.*\S(?:\t|\s{{2,}}){_CELL}(?:\s*(?:to|–|—|-|,)\s*{_CELL})?\s*$|^[^\t]*\S\t(?=[^\n]*\d)[^\t]*\t.*\S"
)
_TABLE_NOTE = re.compile(r"^\s*(?:Sources?|Notes?|[来來]源)\s*[:：]", re.IGNORECASE)


def _table_note(lines: list[str], number: int) -> bool:
    """A source note right under a table (Source: Hospital Episode Statistics): the table's, not the
    page's credit line, so the article goes on below it."""
    above = next((lines[n - 1] for n in range(number - 1, 0, -1) if not is_blank(lines[n - 1])), "")
    return bool(_TABLE_NOTE.match(lines[number - 1]) and _TABLE_ROW.match(above))


def body_range(lines: list[str], title_line: int | None, after: int = 0) -> tuple[int, int]:
    """First and last line of the article: prose after the title and its byline (and after line
    ``after``, the head's dateline, and after a breadcrumb), up to the first end marker."""
    after = max(after, breadcrumb_line(lines))  # a long trail may read as prose; it and the lines above are the page's
    first = None
    for number, line in enumerate(lines, start=1):
        if number <= after or number == title_line or is_blank(line) or _is_boilerplate(line):
            continue
        if _END_MARKERS.match(line):
            continue
        if _is_prose(line):
            first = _headed(lines, number, title_line, after)
            break
    if first is None:
        # No paragraph is prose (a list of headline figures, one a line): the body is what follows
        # the head, up to an end marker.
        first = next(
            (
                number
                for number, line in enumerate(lines, start=1)
                if number > after
                and number != title_line
                and not is_blank(line)
                and not _is_boilerplate(line)
                and not _END_MARKERS.match(line)
                and not is_dateline(line)
            ),
            None,
        )
    if first is None:
        non_blank = [n for n, line in enumerate(lines, start=1) if not is_blank(line)]
        return (non_blank[0], non_blank[-1]) if non_blank else (1, max(1, len(lines)))
    last = first
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        if (_END_MARKERS.match(line) and not _table_note(lines, number)) or _ADDRESS_FOOTER.search(line):
            break
        # A link to another story (Read more: …) stands between paragraphs, or after the last one.
        if not is_blank(line) and not _is_boilerplate(line) and not STORY_LINK.match(line):
            last = number
    return first, before_about(lines, first, last)


def publisher_of(text: str) -> str | None:
    found = _PUBLISHER.search(text)
    if found is None:
        return None
    name = re.split(r"\s{2,}|\s+(?:Editor|编辑|责编)\b", found.group("name"))[0].strip(" :：")
    return name or None


def credits(lines: list[str], first: int) -> tuple[str | None, tuple[int, str] | None]:
    """The publisher a head's 来源/Source names, and the publication a credit line after the article's
    start says the text was taken from ((来源:青河日报), Source: Medical Health Newspaper), with its line:
    that one is the text's ``original_publication`` (README), not its publisher."""
    publisher = publisher_of("\n".join(lines[: first - 1]))
    for number in range(first, len(lines) + 1):
        name = publisher_of(lines[number - 1])
        if name is not None and name != publisher:
            return publisher, (number, name)
    return publisher, None


def _signed(lines: list[str]) -> tuple[date, str] | None:
    """The date under a notice's signature at its end (某市卫生健康委员会 / 2024年3月12日): it dates a
    document whose head prints none."""
    printed = [(number, line) for number, line in enumerate(lines, start=1) if not is_blank(line)]
    for (_, signature), (number, line) in itertools.pairwise(printed):
        found = full_date(line) if _SIGNATURE.match(signature) and is_dateline(line) else None
        if found is not None:
            return found, f"the date under the signature on line {number}"
    return None


def guess_source(printed: list[str], regions: dict[str, str]) -> SourceGuess:
    # Labels, end markers and places are looked for in simplified characters (發布時間 is 发布时间);
    # the title is taken from the text as printed. An editor's byte-order mark is no text of it.
    printed = [line.removeprefix("\ufeff") if number == 0 else line for number, line in enumerate(printed)]
    lines = [simplified(line) for line in printed]
    if counts_minguo(printed):  # 日期:113/09/27 is 2024-09-27
        lines = [gregorian(line).text for line in lines]
    text = "\n".join(lines)
    dated = dated_head(lines)
    title = title_of(lines)
    if dated and dated.closes_head and not _SIGNATURE.match(lines[dated.title - 1]):
        title = (dated.title, lines[dated.title - 1].strip())
    if title:
        title = (title[0], printed[title[0] - 1].strip())
    title_line = title[0] if title else None
    dateline = dated.dateline if dated else None
    first, last = body_range(lines, title_line, dated.dateline if dated and dated.closes_head else 0)
    published, how = published_of(lines, first, title_line, dateline)
    if published is None:
        published, how = _signed(lines) or (published, how)
    # The title and the lines before the article, and the article's first sentence: further on, a
    # short name is too likely to be part of another word (其中卫生 holds 中卫).
    first_line = lines[first - 1] if first <= len(lines) else ""
    head = "\n".join([*lines[: first - 1], first_line[: sentence_bounds(first_line, 0)[1] + 1]])
    region = region_of(head, regions, first_line)
    review = [f"title: line {title_line}" if title else "title: no title line found"]
    review.append(f"published: {how}")
    review.append(f"body: lines {first}-{last}")
    publisher, original = credits(lines, first)
    if publisher is None:
        review.append("publisher: none printed")
    if original is not None:
        review.append(f"original_publication: {original[1]}, the source line {original[0]} names (not the publisher)")
    if region is None:
        review.append(
            "region: no region of schemas/regions.tsv is named in the title or first lines; null (a place"
            " outside China, or unknown) until a region is named"
        )
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
        original_publication=original[1] if original else None,
    )
