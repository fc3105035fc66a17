"""A paragraph wrapped over several lines (round 29): a line that goes on with the sentence of the line
before it, as a page copied with hard line breaks prints it

    2024年，全县医疗机构共完成门诊诊疗156万人次，比上年增长4.2%，
    全县住院患者3.2万人，病床使用率为82.1%。

is read in the paragraph it continues: the year opening that paragraph (2024年，…) dates its figures with
no year of their own, as it does the first line's (checks.draft.context: the line's title year)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.openings import earlier_openings
from checks.draft.sections import heading_line

# A paragraph's first line is indented (two ideographic spaces, or spaces); a line that goes on with it is not.
_INDENTED = re.compile(r"^(?:\u3000|\s{2,}|\t)")
# … and the line before ends inside a sentence: after a comma, an enumeration comma, or a word.
_OPEN_END = re.compile(r"[，,、\w]\s*$")
_FIELD = re.compile(r"^[^\s，。,.]{1,6}[：:]")
_LIST_MARK = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]|第[一二三四五六七八九十\d]+|[-•·*])")


def _goes_on(line: str, before: str) -> bool:
    """``line`` goes on with the sentence ``before`` leaves open: it is not indented, no heading, list
    item nor table row, and ``before`` ends after a comma or a word."""
    if not line.strip() or not before.strip() or "\t" in line or "\t" in before:
        return False
    if _INDENTED.match(line) or _LIST_MARK.match(line) or heading_line(line) or heading_line(before):
        return False
    # not a page's field after a signature's date (地址：…, 电话：…) under a short line
    return _OPEN_END.search(before) is not None and len(before.strip()) >= 20 and not _FIELD.match(line)


def continued_paragraphs(lines: Sequence[str], numbers: Sequence[int], now: int | None) -> dict[int, int]:
    """The body lines (of ``numbers``) that go on with an indented paragraph begun on an earlier line whose
    sentences open on a year not after ``now`` (2024年，…): that year, the last such."""
    found: dict[int, int] = {}
    body = set(numbers)
    paragraph: list[str] = []
    for number in numbers:
        line = lines[number - 1]
        before = lines[number - 2] if number - 1 in body else ""
        if paragraph and _goes_on(line, before):
            text = "".join(paragraph) + "。"
            years = [y for y in earlier_openings(text + "…", len(text)) if now is None or y <= now]
            if years:
                found[number] = years[-1]
            paragraph.append(line.strip())
            continue
        paragraph = [line.strip()] if _INDENTED.match(line) else []
    return found
