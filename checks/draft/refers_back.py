"""A count that names again, after a definite word, a set the article has counted already (round 31; README,
"Curation conventions": a count that refers back): `Of the 1,146 influenza cases` after a line that printed
1,146 influenza cases, `these 11 counties` after `Eleven of the state's 93 counties`, `All three` after
`Three isolates`, 上述13家处置门诊, 全县16家乡镇卫生院全部…, 86条背街小巷中有23条, 确诊的18例…均. It makes no new
claim: it goes under ``ignore`` naming the line it refers to.

The same number must have been drafted as a figure before (an earlier line, a table cell, an earlier clause
of its line) near the same noun, so a count first stated inside such words (`all 33 districts`, 全部117个县)
stays a figure; 上述 and 前述 say the set was named above, counted or listed, and need no earlier figure. An
amount or a share named again (`the 90% target`) counts no set and is left alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from checks.draft.text import CJK, clause_bounds
from checks.numbers import Quantity


@dataclass(frozen=True)
class Printed:
    """A figure printed before: its line number, value, measure word and the words that name what it counts."""

    line: int
    value: float
    unit_text: str | None
    near: str  # Chinese: the characters around it; English: the words after it, up to the next number
    label: str  # a table row's label (its first cell), or ""


# Of the 214 CPE isolates, these 11 counties, All three, every one of these 1,041 transplants
_EN_BEFORE = re.compile(
    r"\b(?:the|these|those|all|both|every\s+one\s+of\s+(?:the|these|those))\s+"
    r"(?:(?:approximately|about|around|some|nearly)\s+)?$",
    re.IGNORECASE,
)
# 上述13家, 这两个县, 全县16家, 全部42家, 已立案的96宗 (a participle naming the set)
_ZH_BEFORE = re.compile(r"(?:上述|前述|这|这些|该|全县|全市|全区|全省|全镇|全部|所有|[\u4e00-\u9fff]的)\s*$")
_ZH_NAMED_ABOVE = re.compile(r"(?:上述|前述)\s*$")  # the aforementioned: named above, whether counted or listed
_ZH_NOUN = r"(?:[^，,。；;：:、\d（(\s“”均都中的]|（[^）\d]{1,6}）|“[^”\d]{1,8}”)"
# 86条背街小巷中有23条, 12家被检医疗机构均存在…: the set named as the base of its parts, or of what all of it does
_ZH_AFTER = re.compile(
    rf"({_ZH_NOUN}{{1,14}}?)(?:(?<!其)中(?=[，,有仍共已仅只合\d一二三四五六七八九十]|[\u4e00-\u9fff]{{1,4}}\d)|均|全部|都)"
)  # 16家单位中优秀9家 (round 47): a breakdown of the set by grade
# 支持3所未达标的县级中医医院: the count, then what it has (not) done (未达标的) and its noun: a set described by
# its state (not 等4个县（市）的林地, whose 的 says whose)
_ZH_DESCRIBED = re.compile(r"(?:尚未|未|没有|已经|已|不)[^，,。；;：:\d的]{1,6}的[\u4e00-\u9fff]")
_ZH_NOUN_AFTER = re.compile(rf"{_ZH_NOUN}{{1,14}}")
# All three were linked …, eight of the 17 occurred …: no noun after the count, a pronoun for the set
_EN_NO_NOUN = re.compile(
    r"\s*(?:[,.;:)]|$|(?:were|was|are|is|have|had|has|occurred|remain\w*|came|died|did|of)\b)", re.IGNORECASE
)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
_EN_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "these",
        "those",
        "were",
        "was",
        "are",
        "have",
        "had",
        "has",
        "which",
        "who",
        "all",
        "per",
        "its",
        "their",
    ]
)
_ZH_STOP = frozenset("的个了在有和与及其家所名例份项条")


def _nouns_en(text: str) -> list[str]:
    """The first content words after a count (five letters of each: a plural is its singular's)."""
    return [w.lower()[:5] for w in _EN_WORD.findall(text[:40])[:3] if w.lower() not in _EN_STOP]


def _cjk(text: str) -> str:
    return "".join(c for c in text if CJK.match(c))


def _pieces_zh(line: str, q: Quantity) -> list[str]:
    """The noun a Chinese count names (两个县: 县; 412份水样中: 水样), or the words before it that name the set
    (已立案的96宗: 立案; 水产品不合格的5批次中: 水产品不合格): two characters at a time, or its only one."""
    found = _ZH_NOUN_AFTER.match(line, q.end)
    before = re.search(r"([\u4e00-\u9fff]{1,8})的\s*$", line[max(0, q.start - 12) : q.start])
    pieces = []
    for noun in (
        "".join(c for c in _cjk(found.group(0) if found else "") if c not in _ZH_STOP),
        before and before.group(1),
    ):
        if noun:
            pieces += [noun] if len(noun) == 1 else [noun[i : i + 2] for i in range(len(noun) - 1)]
    return pieces


def refers_back(line: str, q: Quantity, is_count: bool, printed: Sequence[Printed]) -> str | None:
    """Why ``q`` of ``line`` names again a count printed before, or None."""
    if not is_count or q.qualifier not in ("eq", "approx") or q.value != int(q.value) or q.value < 2:
        return None
    before = line[max(0, q.start - 24) : q.start]
    after = line[q.end :]
    same = [
        p
        for p in printed
        if math.isclose(p.value, q.value) and (not q.unit_text or not p.unit_text or p.unit_text == q.unit_text)
    ]
    if CJK.search(line):
        if _ZH_NAMED_ABOVE.search(before):
            return "a count of what the text named above (上述), named again: no new claim (README: refers back)"
        if not (_ZH_BEFORE.search(before) or _ZH_AFTER.match(after) or _ZH_DESCRIBED.match(after)):
            return None
        pieces = _pieces_zh(line, q)
        if pieces != ["单位"]:  # 16家单位中: a set named by its measure word's generic noun is the one counted so
            same = [p for p in same if any(piece in _cjk(p.near + p.label) for piece in pieces)]
    else:
        if not _EN_BEFORE.search(before):
            return None
        own = q.text[q.text.find(q.digits) + len(q.digits) :] if q.digits in q.text else ""  # four hospitals
        words = [] if _EN_NO_NOUN.match(own + after) else _nouns_en(own + after)
        same = [p for p in same if not words or any(w in (p.near + " " + p.label).lower() for w in words)]
    if not same:
        return None
    return (
        f"a count named again after a definite word: the set line {same[-1].line} counted, "
        "no new claim (README: refers back)"
    )


def _printed(line: str, q: Quantity, number: int) -> Printed:
    cells = re.split(r"\t|\s{2,}|\u3000", line.strip())
    label = cells[0] if len(cells) > 2 else ""
    # after it, up to the next number: 服务站97个，覆盖全部97个社区 names no 社区 for the first 97 (round 71)
    if CJK.search(line):
        near = line[max(0, q.start - 12) : q.end] + re.split(r"\d", line[q.end : q.end + 12], maxsplit=1)[0]
    else:  # the words of its clause before it (from 168 isolates in 2024 to 214) and after it, to the next number
        start = clause_bounds(line, q.start)[0]
        near = line[max(start, q.start - 60) : q.end] + " " + re.split(r"\d", line[q.end : q.end + 40], maxsplit=1)[0]
    return Printed(number, q.value, q.unit_text, near, label)


def back_references(
    line: str,
    read: dict[tuple[int, int], Quantity],
    reasons: dict[tuple[int, int], str | None],
    kind_of: dict[str, str],
    number: int,
    printed: list[Printed],
) -> None:
    """Give each claim of ``line`` that refers back its ignore reason, in ``reasons``; then add the line's
    claims to ``printed``, for the lines after it (an earlier clause of the line counts as printed before)."""
    ahead = list(printed)
    for span in sorted(read):
        q = read[span]
        if reasons[span]:
            continue
        is_count = (q.unit is None and not _MONEY.search(q.text)) or kind_of.get(str(q.unit)) == "count"
        reasons[span] = refers_back(line, q, is_count, ahead)
        if not reasons[span]:
            mark = _printed(line, q, number)
            ahead.append(mark)
            printed.append(mark)


_MONEY = re.compile(r"[£$€¥￥]|元|dollars?|pounds?|euros?", re.IGNORECASE)
