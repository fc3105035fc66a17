"""What a product is made of: the dose of each medicine a pill, tablet or vaccine contains, as a trial's release
states it (`The triple pill contains telmisartan 10 mg, amlodipine 1.25 mg and indapamide 0.625 mg`, `每片含对乙酰
氨基酚500毫克`). Such a dose says what the intervention is, as an age says who a group is: it defines, it claims
nothing that was counted or found. Only doses (milligrams, micrograms) after a verb of make-up in the same sentence:
the grams of sugar a can of soda contains are a finding about soda, and stay figures."""

from __future__ import annotations

import re

from checks.numbers import Quantity

# The mass words a dose is printed in (the reader keeps the unit word as printed: mg, 毫克, µg, mcg).
_DOSE_WORD = re.compile(r"(?:mg|µg|μg|mcg|micrograms?|milligrams?|毫克|微克)\Z", re.IGNORECASE)
# A verb of make-up earlier in the sentence, nothing that ends the sentence between it and the dose.
_MAKE_UP_BEFORE = re.compile(
    r"(?:\b(?:contains?|containing|combin(?:es|ing)|consists?\s+of|made\s+(?:up\s+)?of|composed\s+of)\b|每[片粒支剂]含有?|含有)"
    r"(?:[^.;。；!?！？]|\.(?=\d)){0,120}\Z",  # a decimal point (1.25 mg) ends no sentence
    re.IGNORECASE,
)


def make_up(line: str, q: Quantity) -> str | None:
    """Why the dose ``q`` states what a product contains rather than claims a figure, or None."""
    if q.qualifier != "eq" or _DOSE_WORD.search(q.text.rstrip()) is None:
        return None
    if _MAKE_UP_BEFORE.search(line, max(0, q.start - 130), q.start) is None:
        return None
    return "a dose a product contains (contains telmisartan 10 mg, 每片含500毫克), what the product is, not a claim"
