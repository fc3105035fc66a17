"""Parts exceed the total they belong to.

``{kind: sum_at_most, total: a, parts: [b, c]}`` declares that the parts are some of the total
(the article lists only some), so Σ parts ≤ total. It fails only when even the smallest values of
the parts' intervals add up to more than the largest value of the total's.

**Fails**::

    # 家庭病床1200张、康复床位800张 of "全市新增床位1500张"
    - {kind: sum_at_most, total: beds-total, parts: [home-beds, rehab-beds]}

**Passes**::

    # 1200 + 800 of 3000
    - {kind: sum_at_most, total: beds-total, parts: [home-beds, rehab-beds]}
"""

from __future__ import annotations

from typing import ClassVar

import pandas as pd

from checks.rules.c101_sum import Rule_C101, parts_fit


class Rule_C102(Rule_C101):
    __doc__ = __doc__
    kind: ClassVar[str] = "sum_at_most"
    verdict: ClassVar[str] = ">"

    @staticmethod
    def agrees(both: pd.DataFrame) -> pd.Series:
        return parts_fit(both)
