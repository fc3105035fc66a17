"""How a figure was measured, not a figure of its own (checks.draft.ignores): a survey's margin of
error and confidence interval (plus or minus 2.0 percentage points at the 95% confidence level, 95% CI
30.1% to 36.8%), a significance level (statistically significant at the 95% level), the time frame it is counted over (in the past 12 months), the first day of a span of
dates (between 2 and 27 March 2026), a test's P value (P=0.008), a file's size (PDF, 4.2 MB; .xls（86KB）)."""

from __future__ import annotations

import re

from checks.draft.months import MONTH
from checks.numbers import Quantity

_PAST_SPAN = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:past|previous|last|preceding)\s+$", re.IGNORECASE)
_FILE_SIZES = ("KB", "kB", "MB", "GB")
_FILE_BEFORE = re.compile(r"[(（,，]\s*(?:PDF|xlsx?|docx?|csv)?[,，\s]*$", re.IGNORECASE)
# The interval words of every kind: a confidence, credible, uncertainty or prediction interval (CI, CrI, UI, PI).
_INTERVAL = r"(?:confidence|credible|credibility|uncertainty|prediction)\s+(?:intervals?|levels?|limits?)\b"  # (plural: round 33)
_PRECISION_BEFORE = re.compile(
    r"\bmargin\s+of\s+error\b[^.;]{0,30}$|\bplus\s+or\s+minus\s+$|±\s*$"
    r"|\b(?:CI|CrI|UI)\s+(?:[\d.]+\s*%?\s*(?:to|-|–)\s*)?$"
    # statistically significant at the 95% level, a significance level of 5%: how sure a change is
    r"|\bsignificant\s+at\s+(?:the\s+|a\s+)?$|\bsignificance\s+(?:level\s+)?(?:of\s+)?$"
    rf"|\b{_INTERVAL}\s*(?:of\s+|was\s+|is\s+|[:：]\s*)?(?:[\d.]+\s*%?\s*(?:to|-|–)\s*)?$",
    re.IGNORECASE,
)
# (95% confidence interval for the difference 2.9 to 4.7 percentage points), （95%置信区间：1.2～3.4）: every
# number of a bracket that a precision term opens measures how precise the figure before it is.
_PRECISION_OPENS = re.compile(
    r"[(（\[]\s*(?:[\d.]+\s*%\s*)?(?:CI\b|confidence\s+(?:interval|level|limits?)\b|credible\s+interval\b"
    r"|margin\s+of\s+error\b|standard\s+error\b|SE\b|±|置信区间|可信区间)[^()（）\[\]]*$",
    re.IGNORECASE,
)
# P=0.008, p < 0.001, P value of 0.47, P值<0.05: a statistical test's P value says how sure a figure is.
_P_VALUE_BEFORE = re.compile(
    r"(?<![\w.])[Pp](?:\s*-?\s*values?(?:\s+(?:of|was|is))?\s*[=<>≤≥]?|值\s*[=<>≤≥]?|\s*[=<>≤≥])\s*$"
)
_PRECISION_AFTER = re.compile(
    rf"\s*(?:CI\b|CrI\b|UI\b|{_INTERVAL}|(?:statistical\s+)?significance\s+level\b|level\s+of\s+(?:statistical\s+)?significance\b)",
    re.IGNORECASE,
)
_DAY_SPAN_AFTER = re.compile(rf"\s*(?:and|to|-|–)\s*\d{{1,2}}\s+(?:{MONTH})\b", re.IGNORECASE)


def how_measured(line: str, q: Quantity) -> str | None:
    if (
        _PRECISION_BEFORE.search(line, max(0, q.start - 60), q.start)
        or _PRECISION_AFTER.match(line, q.end)
        or _PRECISION_OPENS.search(line, max(0, q.start - 120), q.start)
    ):
        return "the precision of a survey's figures (margin of error, confidence interval), not a figure"
    operator = q.text[:1] if q.text[:1] in "=<>≤≥" else ""  # p < 0.001: the reader reads < as its bound
    if q.unit is None and q.value < 1 and _P_VALUE_BEFORE.search(line[max(0, q.start - 16) : q.start] + operator):
        return "a statistical test's P value (P=0.008), how sure a figure is, not a figure"
    if q.unit in ("day", "week", "month", "year") and _PAST_SPAN.search(line, max(0, q.start - 24), q.start):
        return "the time frame a figure is counted over (in the past 12 months), not a claim"
    if q.unit is None and q.digits.isdigit() and 1 <= q.value <= 31 and _DAY_SPAN_AFTER.match(line, q.end):
        return "the first day of a span of dates (between 2 and 27 March), not a figure"
    if q.unit is None and q.unit_text in _FILE_SIZES and _FILE_BEFORE.search(line, 0, q.start):
        return "a file's size (PDF, 4.2 MB), page furniture, not a figure"
    return None
