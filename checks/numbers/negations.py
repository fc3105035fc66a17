"""Negations that turn a bound word round: not more than, have not risen above 70%, 并未超过5%, 不得超过15%,
no member pays more than P5,000, we want no handover to take longer than 45 minutes, shall not increase its bed
capacity beyond 352 beds (each at most)."""

from __future__ import annotations

import re

# A negation before a "more"/"less" word turns it round: have not risen above 70% is at most 70, did not
# fall below 3% at least 3, 并未超过5% at most 5 (not after "not only": not only more than 5 but …, nor
# across a conjunction: is not allowed if more than 25% … says more than 25).
_NEGATION_BEFORE = re.compile(
    r"(?:(?i:\b(?:not|never|n't)\s+(?!(?:only|just|merely|even|quite)\b)"
    r"(?:(?!(?:if|when|unless|because|since|that|where|while|as|and|or|but|for|with|in)\b)[a-z]+\s+){0,2})"
    # 不得超过15% (must not exceed: at most 15), 严禁低于: a rule's negation too
    r"|(?:并未|从未|未|没有|没|不曾|不得|不能|不应|不宜|不可|不准|不许|不允许|严禁|禁止)\s?)\Z"
)


# A negated subject turns the "more"/"less" word of its verb round the same way: no member pays more
# than P5,000, no plan's rate exceeds 65%, no one should wait longer than 18 weeks, none of the 12 clinics had more than 30 beds
# (each at most). Only a subject that opens its clause, with only a verb's words between it and the
# bound word: a preposition there makes the number another thing's (no deaths were reported in more
# than 40 hospitals: more than 40), and "no doubt", "no wonder", "no sooner" negate nothing after them.
_NEGATED_SUBJECT = re.compile(
    r"(?i:(?:\A|[.;:!?]\s+|,\s+|\b(?:that|so|and|but|want|wants|wanted|expect|expects|ensure|ensures)\s+)"
    r"(?:no\s+(?!(?:more|less|fewer|longer|shorter|later|earlier|sooner|greater|higher|lower|doubt|wonder|matter)\b)"
    r"[a-z'’-]+(?:\s+[a-z'’-]+)?|nobody|no[- ]one|none(?:\s+of\s+(?:the|them|these|those|our|its|their)(?:\s+[a-z0-9,-]+){0,2})?)"
    # the subject's own "of" phrase before its verb (no resident of the most deprived areas is more than …)
    r"(?:\s+of\s+(?:the|its|their|our|these|those|any|all)(?:\s+[a-z-]+){1,3}(?=\s+(?:is|are|was|were|has|have|had"
    r"|should|shall|will|would|can|could|may|must|waits?|waited|pays?|paid|lives?|lived)\b))?"
    r"(?:\s+(?!(?:in|at|on|of|for|from|by|with|across|within|than|that|which|who|if|when|because|since|where|while"
    r"|and|or|but)\b)[a-z'-]+){1,4}\s+\Z)"
)


# A negated verb of growth and its object before the bound word: shall not increase its total licensed acute care
# bed capacity beyond 352 beds (at most 352). Only the object's words between (no preposition, conjunction or
# number): a preposition there makes the number another thing's (did not increase staff in more than 3 wards).
_NEGATED_GROWTH = re.compile(
    r"(?i:\b(?:not|never|n't)\s+(?:increase|raise|expand|extend|grow|enlarge|lift|take|push)\s+"
    r"(?:(?!(?:if|when|unless|because|since|that|where|while|as|and|or|but|for|with|in|at|on|of|from|to|by|than)\b)"
    r"[a-z'’/-]+\s+){1,8}\Z)"
)


def negated(text: str, start: int) -> bool:
    """Whether a negation stands right before the bound word starting at ``start``, a negated
    subject opens its clause, or a negated verb of growth and its object stand before it."""
    return (
        _NEGATION_BEFORE.search(text, max(0, start - 32), start) is not None
        or _NEGATED_SUBJECT.search(text, max(0, start - 80), start) is not None
        or _NEGATED_GROWTH.search(text, max(0, start - 96), start) is not None
    )
