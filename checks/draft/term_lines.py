"""A line of the terms a notice sets (round 54): a tender announcement prints its contract's terms as labelled
lines, `合同履行期限：合同签订后60日内完成全部设备的交货…，交货后15个工作日内由采购人组织验收。`, `付款方式：设备验收
合格后30日内支付合同金额的90%`. A time bound after an event on such a line (`签订后60日内`, `验收合格后30日内`) is
the term itself, a figure of the notice (the delivery, acceptance and payment it requires), not a window of time
that picks what is counted, as `出生后28天内` is in `出生后28天内开始治疗的比例` (checks.draft.definitions).

The line opens with a short label naming a term (…期限, …时限, …方式, …期: 合同履行期限, 交货期, 付款方式, 办理时限)
and its colon."""

from __future__ import annotations

import re

_TERM_LABEL = re.compile(r"^\s*[\u3400-\u9fff]{1,8}(?:期限|时限|方式|期)\s*[：:]")


def sets_terms(line: str) -> bool:
    """Whether ``line`` opens with a label of a term a notice sets (合同履行期限：, 付款方式：)."""
    return _TERM_LABEL.match(line) is not None
