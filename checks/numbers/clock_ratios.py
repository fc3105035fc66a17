"""A ratio whose second term is shaped like a clock's minutes is no time of day (checks.numbers.nonquantities
masks times of day; checks.numbers.ratios reads the ratio)."""

from __future__ import annotations

import re

# 1:12 after a ratio's name or a bound word (护患比为1:12, 不高于1:12, a ratio of 1:14) is a ratio, not a time
# of day, and so is 1:14.2 (a time's minutes take no decimals): left to checks.numbers.ratios. Looked
# behind only where a clock's shape follows (the lookahead first), so other digits pay nothing.
_RATIO_WORDS = ("比", "比为", "比是", "比例为", "比例是", "比达到", "比例达到", "比约为", "比保持在", "不低于", "不高于",
                "不超过", "不少于", "不多于", "不大于", "不小于", "至少", "最多", "低于", "高于", "ratio of ", "ratios of ",
                "ratio was ", "ratio is ", "ratio at ", "at least ", "at most ", "no more than ", "no less than ",
                "not more than ", "not less than ")  # fmt: skip
NOT_A_RATIO = r"(?=\d{1,2}[:：]\d)" + "".join(f"(?<!{re.escape(word)})" for word in _RATIO_WORDS)
