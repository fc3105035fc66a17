"""Round 48: two numbers that are no figures (for checks.draft.ignores.non_claim).

- The term a yearly amount runs over: incentive packages of up to $20,000 a year for three years; 2.5% a year for
  three years. The "three years" after "a year for" (per year, each year, a year over) defines the package or
  the offer, as the time frame of the yearly figure before it: not a claim of its own.
- A question's number heading a written answer: 3187 WESTERN NSW LOCAL HEALTH DISTRICT — LOCUM MEDICAL STAFF
  EXPENDITURE. A heading printed in capitals only (no small letter, no full stop ending it), opened by a bare
  number: the number is the item's identifier, not a count (412 COVID-19 cases were notified …, or 412 NURSES
  WERE ENGAGED IN 2024-25., sentences, keep their figure).
- Service numbers naming platforms: 实现与110、119、122等平台联动 (the police, fire and traffic lines), 12345热线: a list
  of bare numbers ending on the platforms or hotlines they name is their names, not counts.
"""

from __future__ import annotations

import re

from checks.numbers import Quantity

# a year for, per year for, each year for, a year over, per annum for: the term the yearly figure runs over
_YEARLY_FOR = re.compile(r"\b(?:a|per|each|every)\s+(?:year|annum)\s+(?:for|over)\s+(?:up\s+to\s+)?$", re.IGNORECASE)
_SMALL = re.compile(r"[a-z]")
# 110、119、122等平台, 12345热线, 120急救专线: bare numbers, listed, ending on what they name
_PLATFORMS = re.compile(r"(?:\s*[、，,和及与]\s*\d{3,5})*\s*等?\s*(?:平台|热线|服务热线|专线|服务台|呼叫中心)")


def term_or_item_number(line: str, q: Quantity) -> str | None:
    """Why ``q`` on ``line`` is no claim when it is the term a yearly figure runs over or the number heading a
    line in capitals; None otherwise."""
    if q.unit == "year" and q.qualifier == "eq" and _YEARLY_FOR.search(line, max(0, q.start - 30), q.start):
        return "the term the yearly figure before it runs over (a year for three years), not a claim"
    if (
        q.unit is None
        and q.qualifier == "eq"
        and not line[: q.start].strip()
        and re.fullmatch(r"\d{2,6}", q.text.strip()) is not None
        and re.match(r"\s+[A-Z]{2,}", line[q.end :]) is not None
        and _SMALL.search(line) is None
        and not line.rstrip().endswith(".")
    ):
        return "the number of the item its line, in capitals, heads (a question's number), not a count"
    if q.unit_text is None and re.fullmatch(r"\d{3,5}", q.text.strip()) and _PLATFORMS.match(line, q.end):
        return "a service number naming a platform or hotline (110、119等平台), not a count"
    return None
