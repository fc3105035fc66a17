"""Numbers that mark or label rather than count: a footnote mark ([1]), a heading's or label's number
(Group 1, 表2), a programme named by a number (Agenda 111), a list item's number at the start of a
line (2、, 1., (3)) or inside a note (注:1.本公报…。2.每千人口…), a thing a sentence names by its number after a
capitalised word (Budget Vote 4, Issue 7, Dublin 7)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import accumulate

from checks.draft.text import own_cell
from checks.numbers import Quantity

_LABEL = re.compile(
    r"(?:\b(?:Group|Table|Figure|Fig\.|Chart|Section|Part|Chapter|Annex|Appendix|Box|Step|Phase)|表|图|附件|附表"
    # a report's choices named by their number: Option 1, Scenario 2, Alternative 3, Recommendation 4, 方案1
    r"|\b(?:Option|Scenario|Alternative|Recommendation|Proposal)|方案"
    # a typical case a notice tells, named by its number (案例1：某诊所…, Case 2: …; round 31)
    r"|案例|\bCase"
    # a page, an agenda item, a quarter or a month named by its number (pages 47 to 55, Agenda item: 7.2,
    # Quarter 2, at month 6 of the financial year)
    r"|\b(?i:pages?|pp?\.|(?:agenda\s+)?item(?:\s+no\.?)?\s*:?|quarter|month)"
    # a class named by its number: category 1 patients, type 2 diabetes, stage 4 cancer, level 3 care
    r"|\b(?i:category|cat\.|type|stage|grade|level|tier|band|priority|class|wave|phase|vote"
    # a population's fifth, quarter or tenth named by its number (Quintile 1, the lowest quartile is 1)
    r"|quintile|quartile|decile|tercile|tertile|quantile)"
    # the classes of a range named by their numbers (Tiers 3 to 5, levels 2 to 4; round 42), and the days
    # of a stay counted in order (a copay per day for days 1 to 5: which days, not how many; not "the busiest
    # day 812 of 830 beds")
    r"|\b(?i:(?:type|stage|grade|level|tier|band)s|days)"
    # a school year group named by its number, even opening a sentence (Year 6 obesity prevalence …; round 33)
    r"|\bYears?"
    # a vaccine's dose (Penta 3, DTP 3, dose 2) and a numbered question (Parliamentary Question Nos. 14 and 27)
    r"|\b(?i:penta|pentavalent|dtp|dpt|opv|ipv|pcv|mcv|dose|nos?\.)"
    # a tender's lot: 包1, 第2标段's 标段, Lot 3
    r"|(?<![打红钱背书])包|标段|\b(?i:lot)"
    # a bill named by its chamber's letters and number (SB 412, HB 2201, H.R. 5376, AB 1008) and a
    # statute's section (KSA 75-3715a, both its parts; RCW 43.70, 42 U.S.C. 1396, § 12)
    r"|\b(?:[SH]B|AB|[SH]F|LB|LD|[SH]JR|[SH]CR|H\.\s?R\.|[SH]\.\s?B\.)"
    r"|(?:\bK\.?S\.?A\.?|\bRCW|\bORS|\bU\.S\.C\.|\bC\.F\.R\.|§)(?:\s*\d+\s*[-–.:])?)\s*$"
)
# stage 4 or 5, grades 2 and 3, type 1 or 2 diabetes: the later numbers of a label's list.
_LABEL_LIST = re.compile(
    r"\b(?i:category|type|stage|grade|level|tier|band|class|phase|group|page|day|nos\.)s?\s+\d+"
    r"(?:\s*(?:,|or|and|to|-|–)\s*\d+)*\s*(?:,|or|and|to|-|–)\s*$"
)
# A programme named by a number: Agenda 111 (its hospitals are not 111 hospitals).
_NAMED_BY_NUMBER = re.compile(r"\b(?:Agenda|Vision|Project|Programme|Program|Initiative|Operation)\s+$")
# the full report (64 pages), 《方案》（共12页）: the length of the document named before it (round 41)
_PAGES_OPEN = re.compile(r"[(（]\s*(?:共|全文)?$")
_PAGES_CLOSE = re.compile(r"\s*(?:pages?|pp\.?|页)\s*[)）]", re.I)
# A provision named by its number: under clause 7.2, paragraph 3, Article 12, section 4.1.
_PROVISION = re.compile(
    r"\b(?i:clause|paragraph|para\.|article|section|regulation|(?:agenda\s+)?item(?:\s+no\.?)?\s*:?)\s*$"
)
# 5-14<TAB>197<TAB>28.4: a range of small numbers in a table row's first cell names the row's band; so does
# 3 to 5<TAB>51,960<TAB>47.9 under Age group (years), the range in words (round 66).
_BAND_CELL = re.compile(r"\s*\d{1,3}\s*(?:[-–]|to)\s*\d{1,3}(?=\t)")
# A cell that is a number (19.6, 1,082, 41%), and a cell with words (Year 6 prevalence, Week 47 cases).
_NUMBER_CELL = re.compile(r"\s*[-+(]?[\d.,]+%?\)?\s*")
_WORDS_CELL = re.compile(r"[A-Za-z]{3,}|[\u3400-\u9fff]{2,}")
# $0 copay per visit, 15% coinsurance, $250 (Tiers 3 to 5 only): a cell that opens on an amount (a
# currency sign or a percent sign on its number) holds a value, however many words follow it (round 42);
# not a header's 95% CI.
_AMOUNT_CELL = re.compile(r"\s*[-+(]?(?:[$£€¥￥₹]\s?\d|\d[\d.,]*\s?%(?!\s*(?i:CI\b|confidence|credible)))")


def _table_label(line: str, q: Quantity) -> str | None:
    """A number inside the words of a table row's first cell, which names the row (Year 6 prevalence
    of obesity (%)<TAB>2024/25<TAB>23.0), or of a header row, no cell of which is a number (Age
    group<TAB>Week 47 cases<TAB>Rate): part of a label, not a figure."""
    if line.count("\t") >= 2:
        cells = line.split("\t")
        starts = list(accumulate((len(c) + 1 for c in cells[:-1]), initial=0))  # each cell's offset, in one pass
    else:  # a row aligned by runs of spaces: each cell's words are joined by single spaces
        found = list(re.finditer(r"\S+(?: \S+)*", line))
        cells, starts = [m.group() for m in found], [m.start() for m in found]
        if len(cells) < 3:
            return None
    index = next((n for n, at in enumerate(starts) if at <= q.start and q.end <= at + len(cells[n])), None)
    if index is None:
        return None
    cell = cells[index]
    if not _WORDS_CELL.search(cell) or _NUMBER_CELL.fullmatch(cell):
        return None
    numbers = [c for c in cells if _NUMBER_CELL.fullmatch(c) or _AMOUNT_CELL.match(c)]
    if index == 0 and numbers:
        return "a number in the label of a table's row, not a figure"
    if not numbers:
        return "a number in a table's header row, not a figure"
    return None


# 表1　部分拟调整项目: a table's or figure's number glued to its label, then a space before its title.
_GLUED_LABEL = re.compile(r"(?:表|图|附表|附图)\s*$")
# 表1所列6项指标, 如图2所示, 表3中: a table or figure cited in a sentence (所 is no measure word here; round 34)
_CITED_AFTER = re.compile(r"\s*(?:所[列示述]|中|显示|可见|列出)")
_SPACE_AFTER = re.compile(r"\d+[ \t\u3000]")

# Page 43 of 112: the page count of a page marker.
_PAGE_OF = re.compile(r"\bpage\s+\d+\s+of\s+$", re.IGNORECASE)
# 1.1 This paper …, 2.3 Cancer: … : a report's numbered paragraph or section, at the start of its line.
_SECTION_AFTER = re.compile(r"^\s+(?:[A-Z]|[\u3400-\u9fff])")
# 19-1　主要年份卫生机构、床位和人员, 表3-2 …: a table's number opening its title line.
_TABLE_NUMBER = re.compile(r"\s*(?:表\s*)?\d{1,3}\s*[-－–]\s*\d{1,3}(?=[\s\u3000]+[\u3400-\u9fffA-Z])")
# Percentages may not add to 100 due to rounding: a note on the figures, no claim.
_ROUNDING = re.compile(
    r"^[^.;]{0,40}\bdue\s+to\s+rounding|^\s*(?:per\s*cent|%)?\s*(?:due\s+to|because\s+of)\s+rounding", re.I
)
# Registry figures are rounded to the nearest 10, 四舍五入到十位: the step of the rounding, no claim.
_ROUNDED_TO = re.compile(r"\brounded\s+(?:up\s+|down\s+)?to\s+the\s+nearest\s+$", re.I)
_NOTE_ITEM_BEFORE = re.compile(r"(?:^|[。；;])\s*$|(?:注|说明|备注|附注|附件|Notes?)\s*[:：]\s*$")
_NOTE_ITEM_AFTER = re.compile(r"[.．、]\s*[\u3400-\u9fffA-Z“「《(（]")  # 1.“是否达标”以…: a quoted term opens it too
_ENUMERATOR_AFTER = re.compile(r"^(?:[、．]|\.(?!\d)|[)）])")


# SDG target 3.4, Sustainable Development Goal 3, Indicator 3.8.1: a goal's or target's number.
_GOAL = re.compile(r"(?:\bSDGs?(?:\s+(?i:target|goal|indicator))?|\b(?:Goal|Target|Indicator))\s+$")
# the top 10 causes of death: the length of a ranking, not a count.
_TOP = re.compile(r"\btop\s+$", re.IGNORECASE)


# Budget Vote 4, Issue 7, Dublin 7, Ward 12, Penta 3: inside a sentence, a capitalised word right before a
# bare whole number (no unit, no bound) names a thing by its number; a count would follow a verb or
# a determiner ("put 38 per cent", "the 412 compounds"). Sentence openers and the words that bound or
# date a number (About 300, Nearly 40, In 2024, March 12) are no names.
# (a tab before the number ends the row's first cell: Stop smoking and NHS Health Checks<TAB>812 is a cell)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,14}\.?)[^\S\t]$")
_NOT_A_NAME = re.compile(
    r"(?:About|Around|Approximately|Roughly|Nearly|Almost|Over|Under|Some|Only|Just|More|Fewer|Less|Up|At|By|In|On"
    r"|From|To|Since|Until|Of|For|With|And|But|Or|The|All|Each|Every|Another|Total|Exactly|Between)"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
# a list item's first word opens it too, and a note's after its mark ((c) Includes 610 …)
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:;\"“‘(\[•·▪]|\t|^\s*[-–*]|(?:^|\s)[(（\[][a-z\d]{1,2}[)）\]])\s*$")


def _named_by_number(line: str, q: Quantity) -> bool:
    """A thing named by its number inside a sentence: table Budget Vote 4, Issue 7, Dublin 7."""
    if not q.digits.isdigit() or q.unit_text or q.qualifier != "eq" or q.value >= 1000:
        return False
    if line[q.start : q.start + len(q.digits)] != q.digits:
        return False  # a bound word inside the quantity (more than 4) makes it a figure
    word = _NAME_WORD_BEFORE.search(line, max(0, q.start - 17), q.start)
    if word is None or _NOT_A_NAME.fullmatch(word.group(1)):
        return False
    return not _SENTENCE_OPENER.search(line, 0, word.start())


# the 90th percentile was 8.6 hours: the reader reads the percentile's ordinal, which names a statistic.
_PERCENTILE_AFTER = re.compile(r"\s*(?:percentile|centile)\b", re.IGNORECASE)


# week 15, weeks 1-15, Current week (15), Epidemiological Week (ME) 32/2026, by week 26: a week of the
# year named by its number (an epidemiological week), a time, not a count; both ends of weeks 1-15.
_WEEK = re.compile(
    r"(?:\b(?i:weeks?|epi-?week)\s*(?:[(（]\s*(?:ME|EW)?\s*[)）]\s*)?[(（]?|\b(?:ME|EW))\s*(?:\d{1,2}\s*(?:[-–]|to)\s*)?$"
)


# … its two main causes (1). — a source's number in brackets closing a sentence, after a word that names
# nothing (a count in brackets follows the name of what it counts: Perak (2), Pulau Pinang (1).)
_REFERENCE = re.compile(r"[)）]\s*(?:[.;。；]|$)")
_NOT_NAMED = re.compile(r"(?:(?<![A-Za-z])[a-z][\w-]*|\d)\s*[(（]$")


def mark_or_label(line: str, q: Quantity) -> str | None:
    """A footnote mark ([1]), a heading's or label's number (Group 1, 表2), a list item's number (2、)."""
    digits_end = q.start + q.text.find(q.digits) + len(q.digits) if q.digits in q.text else q.end
    if q.digits.isdigit() and _PAGES_OPEN.search(line, 0, q.start) and _PAGES_CLOSE.match(line, digits_end):
        return "a document's page count in brackets (the full report (64 pages)), not a claim"
    # (not "delayed over two weeks below 25": a bound word opens the figure, a count)
    if q.unit_text is None and _WEEK.search(line, max(0, q.start - 24), q.start) and re.match(r"\d", line[q.start :]):
        return "the number of a week of the year (week 15, ME 32/2026), a time, not a figure"
    reference = q.unit is None and not q.unit_text and q.digits.isdigit() and len(q.digits) <= 2
    if reference and _REFERENCE.match(line, q.end) and _NOT_NAMED.search(line, 0, q.start):
        return "a reference to a source at the end of a sentence (… two main causes (1).), not a figure"
    if q.unit_text in ("st", "nd", "rd", "th") and _PERCENTILE_AFTER.match(line, q.end):
        return "the name of a percentile (the 90th percentile), a statistic, not a figure"
    if q.unit is None and re.fullmatch(r"\d+(?:\.\d+)*", q.digits):
        if _GOAL.search(line, max(0, q.start - 30), q.start):
            return "the number of a goal, target or indicator (SDG target 3.4), not a figure"
        if _TOP.search(line, max(0, q.start - 6), q.start) and q.qualifier == "eq":
            return "the length of a ranking (the top 10 causes), not a count"
    if q.digits.isdigit() and _NAMED_BY_NUMBER.search(line[max(0, q.start - 14) : q.start]):
        return "the number in a programme's name (Agenda 111), not a count"
    if not q.unit_text and re.fullmatch(r"\d+(?:\.\d+)*", q.digits) and _PROVISION.search(line, 0, q.start):
        return "the number of a clause or section, not a figure"
    lead = line[: q.start].strip(" \t\u3000•·-*")
    table = _TABLE_NUMBER.match(line)
    if table and q.start < table.end() and q.unit is None:
        return "a table's number (19-1 主要年份卫生机构), not a figure"
    section = not lead and not q.unit_text and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}", q.text)
    # 3.2 Year-to-date delivery …: the reader takes the paragraph's first word for a unit (3.2 year)
    worded = not lead and re.fullmatch(r"(\d{1,2}(?:\.\d{1,2}){1,2})\s+[A-Z][a-z]+", q.text)
    if worded:
        section, end = worded, q.start + len(worded.group(1))
    else:
        end = q.end
    if section and _SECTION_AFTER.match(line[end:]):
        return "a section's or paragraph's number, not a figure"
    # (may not add up to 100: the reader reads "up to 100" as at most 100)
    if (
        q.value == 100
        and re.search(r"\b(?:add(?:\s+up)?(?:\s+to)?|total|sum(?:\s+to)?)\s+$", line[: q.start])
        and _ROUNDING.match(line[q.end :])
    ):
        return "a note that rounded shares may not add to 100, not a figure"
    if _ROUNDED_TO.search(line, max(0, q.start - 30), q.start):
        return "the step figures are rounded to (rounded to the nearest 10), their precision, not a figure"
    label = _table_label(line, q)
    if label:
        return label
    band = _BAND_CELL.match(line)
    if band and q.start < band.end() and q.unit is None:
        return "a band naming a table's row (an age group 5-14), not a figure"
    if (
        q.digits.isdigit()
        and _GLUED_LABEL.search(line, max(0, q.start - 3), q.start)
        and _SPACE_AFTER.match(line, q.start)
    ):
        return "the number of a heading or label, not a figure"  # 表1　部分…: 部 is no measure word here
    if (
        q.digits.isdigit()
        and _GLUED_LABEL.search(line, max(0, q.start - 3), q.start)
        and _CITED_AFTER.match(line, q.start + len(q.digits))
    ):
        return "the number of a table or figure the text cites (表1所列), not a figure"
    integral = q.digits.isdigit() or re.fullmatch(r"\d+\s*(?:to|-|–)\s*\d+", q.digits)
    if not integral or q.unit_text:
        return None
    if _PAGE_OF.search(line, max(0, q.start - 20), q.start):
        return "the number of a heading or label, not a figure"
    if line[q.start - 1 : q.start] == "[" and line[q.end : q.end + 1] in ("]", ","):
        return "a footnote mark, not a figure"
    cell = own_cell(line, q.start, q.end)  # a label and its number stand in one cell: not `Under 28 days<TAB>24`
    listed = _LABEL_LIST.search(cell[max(0, q.start - 30) : q.start])
    # after a comma only inside the list (stages 2, 3 and 4), not a new clause (level 3, 45 hospitals …)
    if listed and listed.group().rstrip().endswith(","):
        listed = re.match(r"\s*(?:,|or\b|and\b)", line[q.end :])
    if _LABEL.search(cell[max(0, q.start - 12) : q.start]) or listed:
        return "the number of a heading or label, not a figure"
    if q.unit is None and _named_by_number(line, q):  # Rs 600: a currency code names the unit, no thing (round 45)
        return "a thing named by its number (Budget Vote 4, Issue 7), not a count"
    if lead in ("", "(", "（") and _ENUMERATOR_AFTER.match(line[q.end :]):
        return "a list item's number, not a figure"
    # 注:1.本公报数据…。2.每千人口指标…: a note's items, numbered inside a line
    if q.value <= 20 and _NOTE_ITEM_BEFORE.search(lead) and _NOTE_ITEM_AFTER.match(line[q.end :]):
        return "a list item's number, not a figure"
    return None


# 2 Information about velastinib, 3 Committee discussion: a heading that opens on its section's whole
# number, a short line that is no sentence (a capital or a Chinese character after the number).
_NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2})[ \t\u3000]+(?=[A-Z\u3400-\u9fff])[^.。!?！？:：;；\t]{1,60}$")
# 41/26 Apologies and declarations of interest, 43/26 Urgent and emergency care: winter preparedness: a
# committee's minute numbered in its year's sequence (the 41st of 2026), not the fraction 41/26.
_MINUTE_HEADING = re.compile(r"^\s*(\d{1,4})/\d{2}[ \t\u3000]+(?=[A-Z])[^.。!?！？;；\t]{1,80}$")


def numbered_headings(lines: Sequence[str], numbers: Iterable[int]) -> dict[int, str]:
    """The body lines that are headings numbered in sequence (1 Recommendations … 2 Information about …
    3 Committee discussion; a committee's minutes 41/26 …, 42/26 …): each heading's number follows the
    one before it, so it counts nothing."""
    headings = []
    for number in numbers:
        line = lines[number - 1] if 1 <= number <= len(lines) else ""
        found = _NUMBERED_HEADING.match(line) or _MINUTE_HEADING.match(line)
        if found and len(line.split()) <= (8 if "/" not in found.group() else 10):
            headings.append((number, int(found.group(1))))
    numbered = {
        line
        for index, (line, value) in enumerate(headings)
        if (index > 0 and headings[index - 1][1] == value - 1)
        or (index + 1 < len(headings) and headings[index + 1][1] == value + 1)
    }
    return {
        line: "a section heading's or minute's number (numbered in sequence), not a figure" for line in sorted(numbered)
    }
