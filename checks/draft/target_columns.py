"""A performance evaluation's column of indicator values (round 51): a 绩效自评 table sets, beside the value reached
(实际完成值, 实际值), the value the year's indicator was set at (年度指标值, 指标值, 预期值, 期望值, 计划值); in
English, Target value, Expected value, Benchmark beside Actual. The set value is a target, of the year its row
reports (the period already guessed: the table's year, the title's), even with no word of plan or target in
its header ("远程会诊服务量（例）<TAB>≥30000<TAB>34126": 30000 a target of 2025, 34126 achieved). A header that names
what was done (完成, 实际, 执行, Actual) is no such column; checks.draft.tables.column_guess reads the headers
that name a plan or a target (目标值, 计划投资, Target)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess
from checks.draft.tables import YEAR_AMONG_WORDS

_SET_VALUE = re.compile(
    r"(?:年度|全年|绩效|预期|计划)?指标值|预期值|期望值|预期数|标准值|(?i:\b(?:expected|benchmark)\s+(?:value|level)s?\b)"
)
_DONE = re.compile(r"完成|实际|执行|实现|达成|(?i:actual|outturn|achieved|result)")


def set_value_status(header: str) -> Guess | None:
    """A target for a cell whose column ``header`` (tables.cell_header) holds set indicator values (年度指标值);
    else None."""
    if YEAR_AMONG_WORDS.search(header) or not _SET_VALUE.search(header) or _DONE.search(header):
        return None
    return Guess("target", f"its table column holds the values the indicators were set at ({header})")
