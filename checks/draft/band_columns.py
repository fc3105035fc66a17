"""A table column of bands (round 55): a notice of an assessment's results prints, beside each grade, the
band of scores that makes it and the units in it, `考核等级<TAB>得分区间（分）<TAB>药店数（家）` over `A级（优秀）
<TAB>≥90<TAB>312`, `B级（良好）<TAB>80～89.99<TAB>655`, `D级（不合格）<TAB>＜60<TAB>15`; so does a rate card, `Band
<TAB>Income range<TAB>Discount` over `2<TAB>201%-300%<TAB>40%`. The bounds in that column define the row's grade
or band, what the counts beside it are counted in, as `waiting more than 18 weeks` defines a count: no claim of
their own (the counts, shares and discounts beside them are).

The column's whole header, its unit in brackets aside, names a band, a range or an interval (得分区间, 分数段,
分值范围, 区间; Score range, Score band, Range, Band, Income band); its cell is a bound or a range's end
(≥90, 80～89.99, ＜60). Not a column of what was measured (得分, 平均分, Score), whose bounds are figures."""

from __future__ import annotations

import re

from checks.draft.tables import Column, column_of
from checks.numbers import Quantity

_BAND_HEADER = re.compile(
    r"(?:得分|分数|分值|评分|积分|收入|年龄)?(?:区间|范围|分段|段|档次)"
    r"|(?i:(?:(?:score|points?|income|age|grade|rating)\s+)?(?:range|band|bracket|interval)s?)"
)
_UNIT_ASIDE = re.compile(r"\s*[（(][^()（）]{1,8}[)）]\s*$")


def band_cell(row: list[Column] | None, line: str, q: Quantity) -> str | None:
    """Why ``q`` is no claim: a bound in a table column whose header names the band that defines the row
    (得分区间（分）: ≥90); None otherwise."""
    index = column_of(line, q.start) if row else 0
    if not row or not 0 < index < len(row) or q.qualifier not in ("ge", "gt", "le", "lt"):
        return None
    header = _UNIT_ASIDE.sub("", row[index].header.strip())
    if _BAND_HEADER.fullmatch(header) is None:
        return None
    return f"a band that defines the row ({row[index].header.strip()} column), not a figure"
