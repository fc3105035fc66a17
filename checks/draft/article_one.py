"""一 with a measure word, read as an article rather than a count.

Chinese introduces a noun with 一 and its measure word where English says "a" or "an": ``这是我市推进…的一项重要
举措``, ``医院与美国一家医院签约``, ``本次演练模拟一辆货车与一辆客车相撞``, ``一台挖掘机正在施工``, ``每5年进行一次``,
``管理一个``. None of these claims that there is one of something, and no gold file of the Chinese articles the project
holds records a figure of one printed so (they list them as non-claims). A count of one is told with a word that
counts or builds what it counts (``仅有一家``, ``共一所``, ``新增一个``, ``新建一个区域医疗中心``), or beside other
counts of the same measure word in digits (``新建一所、改扩建3所``): those stay figures. An ordinal (第一个), a
duration (一个月, 一年), a multiple (一倍) or a bounded figure (``不到一周``, ``至少一次``) is left to the rules for those.
"""

from __future__ import annotations

import re

from checks.draft.text import sentence_bounds
from checks.numbers import Quantity

# 又是一个, 每一个, 这一个: 一个 after 是, 每, 这 or 那 says "a" or "every" (moved here from checks.draft.definitions)
_INDEFINITE_BEFORE = re.compile(r"(?:是|每|这|那)$")
# measure words of things and events (no time, measure or money: 一个月, 一年, 一米 and 一元 are spans or amounts)
_MEASURE_WORDS = frozenset("个台道项次名位家所条批支套张座辆间种份例起场轮届期部件处组块片本根只户篇栋棵颗粒趟遍")
# a word that counts just before (仅有一家, 共一所, 新增一个, 达到一项), or one that builds or sets up what it counts
# (新建一个区域医疗中心, 建成一所, 设立一个): the one is a count
_COUNTED_BEFORE = re.compile(
    r"(?:仅|只|共|合计|总计|累计|新增|增加|增至|减少|减至|达到|达|剩|剩下|计"
    r"|新建|建成|新设|增设|设立|组建|成立|建立|创建|开设)有?\s*$"
)


def article_one(line: str, q: Quantity) -> str | None:
    """Why ``q``, 一 with a measure word, reads as an article (a, an) and not a count; None when it counts."""
    if q.digits == "一" and q.unit_text == "个" and _INDEFINITE_BEFORE.search(line[: q.start]):
        return "'一个' as an indefinite article ('a', 'every'), not a count"
    if q.digits != "一" or q.qualifier != "eq" or q.unit_text is None or q.unit_text not in _MEASURE_WORDS:
        return None
    if line[max(0, q.start - 1) : q.start] == "第" or _COUNTED_BEFORE.search(line, max(0, q.start - 4), q.start):
        return None
    start, end = sentence_bounds(line, q.start)
    if re.search(rf"\d\s*{re.escape(q.unit_text)}", line[start:end]):
        return None  # 新建一所、改扩建3所: one count among others of the same measure word
    return f"'一{q.unit_text}' as an article ('a', 'an'), not a count"
