"""Round 44: a means test's thresholds. A financial assistance or fee policy sets out its tiers as conditions on
what a household has or owes (Free care: if your household income is at or below 200% of the poverty level, you
pay nothing; 家庭人均收入低于当地最低生活保障标准1.5倍的，…): the bound in such a condition is the tier's level, a
rule the policy sets (a claim, in force), not the threshold of a condition that only says when to act (call your
doctor if a fever is 105°F or higher). A short run-in label before the condition (Discounted care: if …, you will
…) opens its sentence as a heading would: what the sentence then grants is outside the condition."""

from __future__ import annotations

import re

from checks.draft.text import clause_bounds, sentence_bounds

# if your (household) income is, when the bills from us … exceed, 如果家庭人均收入: what a means test measures
_MEANS = re.compile(
    r"\b(?:if|when|once|unless|whose)\s+(?:(?:your|the|their|a|his|her|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:income|incomes|earnings|bills?|charges|assets|savings|out-of-pocket\s+costs)\b"
    r"|(?:如果|若|凡)[^，,。；;]{0,8}收入",
    re.IGNORECASE,
)
# Discounted care: , Free care: , High medical bills: : a short label opening the line
_RUN_IN_LABEL = re.compile(r"\s*[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}\s*:\s*")


def means_threshold(line: str, start: int) -> bool:
    """Whether the bound at ``start`` is in a condition on a household's means (income, bills), in its clause."""
    clause_start = clause_bounds(line, start)[0]
    return _MEANS.search(line, max(clause_start, sentence_bounds(line, start)[0]), start) is not None


def labelled_opening(line: str, sentence_start: int, condition_start: int) -> bool:
    """Whether all that stands before the condition in its sentence is a short run-in label (Free care: if …)."""
    return sentence_start == 0 and _RUN_IN_LABEL.fullmatch(line, sentence_start, condition_start) is not None
