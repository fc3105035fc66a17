"""A provisional result still under public notice sets values to come (round 68).

A selection's or a tender's provisional result (拟中选, 拟中标) is published for public notice before it is final; a text
that says the result is still under notice (`本次拟中选结果尚处于公示期（2026年5月22日至5月26日）`, or a notice period that
ends after the text's date) reports values not yet in force: the proposed prices and supplies (a table column headed
`拟中选价格（元/盒）`, `拟供应省份数（个）`; `上述产品拟中选价格较…下降71.4%`) and the rules of the round's documents that
will bind it once executed (`根据本次集中采购文件，采购周期原则上为3年`, its sentence a rule: 原则上, 应, 须) are targets, as a
consultation's proposed values are (README). What the notice itself reports stays achieved (`其中3个产品拟中选`: the 拟
after the figure), and so does every 拟 value of a text that says no notice is still running (a round's result told
as news: `拟中选产品平均降价52.7%`, checks.draft.cues keeps 拟中选 from the plan cues).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.guesses import Guess

# 尚处于公示期, 正在公示: the result is still under notice
_STILL = re.compile(r"(?:尚|仍|正)(?:处于|在)公示(?:期|阶段)|正在(?:进行)?公示")
# 公示期为2026年5月22日至5月26日, 公示期（2026年5月22日至5月26日）: the notice period's last day
_PERIOD = re.compile(
    r"公示(?:期|时间)[^。；\d]{0,6}?((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:至|到|—|–|-|~)\s*"
    r"(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
# 拟中选价格, 拟中标金额, 拟供应省份数: a value the provisional result sets for what it selects (a price, an amount, a
# supply); not the count of what it selects (拟立项数, 拟立项总数, 拟中选产品数: what the notice reports, achieved)
_PROPOSED = re.compile(r"拟[\u4e00-\u9fff]{1,4}?(?:价格|价|金额|单价|费率|费用)|拟供应")
# 根据本次集中采购文件: the round's own documents; 原则上, 应, 须: its sentence sets a rule
_ROUND_RULES = re.compile(r"本次[\u4e00-\u9fff]{0,8}?(?:文件|规则|方案)")
_RULE = re.compile(r"原则上|(?<![对相供])应(?!用|急|对|答)|须(?!知)")


def under_notice(text: Sequence[str], published: date | None) -> bool:
    """Whether ``text`` says its provisional result is still under public notice: in so many words, or by a notice
    period that ends on or after ``published``."""
    for line in text:
        if _STILL.search(line):
            return True
        for found in _PERIOD.finditer(line):
            try:
                last = date(int(found.group(2) or found.group(1)), int(found.group(3)), int(found.group(4)))
            except ValueError:
                continue
            if published is not None and last >= published:
                return True
    return False


def noticed_status(line: str, start: int, status: Guess, header: str, notice: bool) -> Guess:
    """``status``, or a target for a figure a provisional result under public notice (``notice``) proposes: a cell of
    a column ``header`` opening on 拟, a figure after a 拟 value in its sentence, or a rule of the round's documents."""
    if not notice or status.value != "achieved":
        return status
    if header and _PROPOSED.match(header.strip()):
        return Guess("target", f"its column ({header.strip()}) holds a provisional result under public notice")
    low = line.rfind("。", 0, start) + 1  # its sentence: up to a full stop (a rule's clauses run on after ；)
    high = line.find("。", start)
    high = len(line) if high < 0 else high
    before = line[low:start]
    if _PROPOSED.search(before):
        return Guess("target", "a value of a provisional result under public notice (拟… before it)")
    sentence = line[low:high]
    if _ROUND_RULES.search(sentence) and _RULE.search(sentence):
        return Guess("target", "a rule of the round's documents, under public notice: it binds once executed")
    return status
