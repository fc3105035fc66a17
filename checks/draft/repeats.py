"""Body lines that restate another line: their numbers get ignore entries, not facts.

- a paragraph the page prints again, word for word or nearly (a copy that drops a byline word:
  ``昨日,南都记者了解到`` then ``昨日,记者了解到``): the same numbers in the same order and text
  at least 85% alike, recorded on its first printing;
- a headline or subhead inside the body (a short line that is no sentence) whose every number a
  paragraph of the body prints: ``深圳去年新生婴儿逾20万`` over a paragraph with ``突破20万``;
- the article's original title printed in the body (原标题:全国医疗卫生机构总数超100万个): a
  headline, whose rounded figures the paragraphs state exactly;
- a link to another story between the paragraphs (READ MORE: Nurses strike as 20,000 walk out;
  ALSO READ: …): its figures are that story's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from checks.draft.text import CJK, SENTENCE_END

# 412,000 is one number (a headline's 412 is not among its digits)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# A number a page broke with a space (2 .76%) is still one number.
_BROKEN = re.compile(r"(\d)\s+(?=\.\d)")
_NEAR_COPY = 0.85
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题|原標題|原题|原題)\s*[:：]")
STORY_LINK = re.compile(
    r"^\s*(?:read\s+more|also\s+read|see\s+also|more\s+on\s+this\s+story)\s*[:：|]\s*\S", re.IGNORECASE
)
# 附件：1.…不合格产品信息（22批次）　2.…, Attachments: 1. …: a notice's list of attachments, their titles.
_ATTACHMENTS = re.compile(r"^\s*(?:附件|附表|Attachments?|Annex(?:es)?)\s*[:：][^。]{0,200}$", re.IGNORECASE)
_COMPARED = 5  # earlier lines with the same numbers compared with each line, at most
_LONGEST_COMPARED = 4_000  # longer lines are compared for equality only (a near match costs their product)


def _alike(first: str, second: str) -> bool:
    if first == second:
        return True
    if max(len(first), len(second)) > _LONGEST_COMPARED:
        return False
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    return matcher.quick_ratio() >= _NEAR_COPY and matcher.ratio() >= _NEAR_COPY


def _numbers(line: str) -> tuple[str, ...]:
    return tuple(_NUMBER.findall(_BROKEN.sub(r"\1", line)))


# A row of a table whose cells are aligned by runs of spaces, its last cell a number (临汾市      85).
_SPACED_ROW = re.compile(r"\S(?:[ \u3000]{2,}|\u3000)[-+(]?\d[\d.,]*%?\)?\s*$")


def _headline(line: str) -> bool:
    """A short line that is no sentence; not a table's row (cells split by tabs: 行政许可<TAB>614), whose
    figures are the table's own though a paragraph prints them too."""
    text = line.strip()
    if "\t" in text:
        return False
    return not SENTENCE_END.search(text) and (len(CJK.findall(text)) <= 30 and len(text.split()) <= 15)


def restatements(lines: Sequence[str], numbers: Iterable[int]) -> dict[int, str]:
    """For each body line that restates another, why (the line it restates)."""
    body = [n for n in numbers if 1 <= n <= len(lines)]
    numbers_of = {n: _numbers(lines[n - 1]) for n in body}  # each line's numbers, read once
    found: dict[int, str] = {}
    first_of: dict[tuple[str, ...], list[int]] = {}
    for number in body:
        if _ORIGINAL_TITLE.match(lines[number - 1]) and numbers_of[number]:
            found[number] = "the article's original title (a headline), not a figure of its own"
        elif STORY_LINK.match(lines[number - 1]) and numbers_of[number]:
            found[number] = "a link to another story (READ MORE: …), not a figure of this one"
        elif _ATTACHMENTS.match(lines[number - 1]) and numbers_of[number]:
            found[number] = "a notice's list of attachments (附件：1.…), their titles, not figures"
    for number in body:
        text = lines[number - 1].strip()
        key = numbers_of[number]
        if number in found or len(text) < 20 or not key:
            continue
        earlier = next(
            (n for n in first_of.get(key, [])[:_COMPARED] if _alike(lines[n - 1].strip(), text)),
            None,
        )
        if earlier is not None:
            found[number] = f"the text of line {earlier} printed again, recorded there"
        else:
            first_of.setdefault(key, []).append(number)
    # Which paragraphs print each number: a headline's source is looked up, not searched for.
    printed_on: dict[str, set[int]] = {}
    for n in body:
        if n not in found and SENTENCE_END.search(lines[n - 1].strip()):
            for token in numbers_of[n]:
                printed_on.setdefault(token, set()).add(n)
    rows = {n for n in body if _SPACED_ROW.search(lines[n - 1])}
    for number in body:
        text = lines[number - 1]
        wanted = {k for k in numbers_of[number] if len(k) >= 2}
        if number in found or not wanted or not _headline(text):
            continue
        if number in rows and (number - 1 in rows or number + 1 in rows):
            continue  # a row of a table aligned by spaces (忻州市      97): the table's own figure
        sources = sorted((printed_on.get(token, set()) - {number} for token in wanted), key=len)
        common = set.intersection(*sources)
        if common:
            found[number] = f"a headline restating line {min(common)}, recorded there"
    return found
