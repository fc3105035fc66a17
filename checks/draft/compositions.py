"""What a product is made of: the dose of each medicine a pill, tablet or vaccine contains, as a trial's release
states it (`The triple pill contains telmisartan 10 mg, amlodipine 1.25 mg and indapamide 0.625 mg`, `每片含对乙酰
氨基酚500毫克`). Such a dose says what the intervention is, as an age says who a group is: it defines, it claims
nothing that was counted or found. Only doses (milligrams, micrograms) after a verb of make-up in the same sentence:
the grams of sugar a can of soda contains are a finding about soda, and stay figures.

Since round 57 the dose word may also follow the figure the reader reads without it (`contains 50 micrograms`: the
reader leaves `microgram` out of the figure's text), and a product's strength is named so with no verb: the dose
between a medicine's name and the form it is sold in (`taking a levothyroxine 50 microgram product`, `suppliers of
levothyroxine 50 microgram tablets`, `其他厂家的左甲状腺素钠50微克片`) or after `brands of` its name (`other brands of
levothyroxine 50 microgram at €6.20 per pack`): it says which product, as a batch number does. Not a dose after a verb
or a preposition (`patients taking 50 mg tablets`, `a dose of 50 mg`: the figure is what is taken), nor after a
capitalised name (`Thyrovan 50 microgram`: a thing named by its number, checks.draft.codes). So is a pack's size (`all
packs of 28 tablets`, `€6.20 per pack of 28 tablets`): what the product sold is, no count of what was found."""

from __future__ import annotations

import re

from checks.numbers import Quantity

# The mass words a dose is printed in (the reader keeps the unit word as printed: mg, 毫克, µg, mcg).
_DOSE_WORDS = "mg|µg|μg|mcg|micrograms?|milligrams?|毫克|微克"
_DOSE_WORD = re.compile(rf"(?:{_DOSE_WORDS})\Z", re.IGNORECASE)
# A verb of make-up earlier in the sentence, nothing that ends the sentence between it and the dose.
_MAKE_UP_BEFORE = re.compile(
    r"(?:\b(?:contains?|containing|combin(?:es|ing)|consists?\s+of|made\s+(?:up\s+)?of|composed\s+of)\b|每[片粒支剂]含有?|含有)"
    r"(?:[^.;。；!?！？]|\.(?=\d)){0,120}\Z",  # a decimal point (1.25 mg) ends no sentence
    re.IGNORECASE,
)


# The dose word right after a figure the reader read without it (50 microgram: the reader knows mg, not microgram).
_DOSE_AFTER = re.compile(rf"\s*(?:{_DOSE_WORDS})(?![A-Za-z])", re.IGNORECASE)
# The form a strength's product is sold in, right after its dose word.
_FORM_AFTER = re.compile(
    r"\s*(?:(?:film-coated\s+|oral\s+|modified-release\s+)?(?:tablets?|capsules?|products?|injections?|vials?|"
    r"sachets?|ampoules?|patch(?:es)?|suspension|solution)\b|[片粒支袋]|胶囊|注射液|缓释片|颗粒)",
    re.IGNORECASE,
)
# A medicine's name right before the figure: a lowercase word (levothyroxine), or Chinese characters after 的 or a
# line's start (左甲状腺素钠); not a verb's -ing, a preposition nor an article (taking 50 mg, of 50 mg, a 50 mg).
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:of|to|at|by|for|from|with|and|or|the|a|an|in|on|per|than|about)\b)"
    r"[a-z]{4,}(?<!ing)\s+\Z|[\u4e00-\u9fff]{2,}(?<![用服含为至到达剂每])\Z"
)
_BRANDS_OF = re.compile(r"\b(?:brands?|strengths?|formulations?|versions?)\s+of\s+[a-z]{4,}\s+\Z", re.IGNORECASE)


_PACK_OF = re.compile(r"\bpacks?\s+of\s+\Z", re.IGNORECASE)


def _dose_of(line: str, q: Quantity) -> int | None:
    """Where the dose word of ``q`` ends: in its text, or right after it when the reader left it out; else None."""
    if _DOSE_WORD.search(q.text.rstrip()) is not None:
        return q.end
    after = _DOSE_AFTER.match(line, q.end) if q.unit is None else None
    return after.end() if after is not None else None


def make_up(line: str, q: Quantity) -> str | None:
    """Why the dose ``q`` states what a product contains rather than claims a figure, or None."""
    packed = q.qualifier == "eq" and q.unit is None and _PACK_OF.search(line, max(0, q.start - 12), q.start)
    if packed and _FORM_AFTER.match(line, q.end) is not None:
        return "a pack's size (packs of 28 tablets), what the product is, not a claim"
    dose_end = _dose_of(line, q) if q.qualifier == "eq" else None
    if dose_end is None:
        return None
    if _MAKE_UP_BEFORE.search(line, max(0, q.start - 130), q.start) is not None:
        return "a dose a product contains (contains telmisartan 10 mg, 每片含500毫克), what the product is, not a claim"
    before = line[max(0, q.start - 40) : q.start]
    named = _NAME_BEFORE.search(before) is not None and _FORM_AFTER.match(line, dose_end) is not None
    if named or _BRANDS_OF.search(before) is not None:
        return "a product's strength (levothyroxine 50 microgram tablets), which product it is, not a claim"
    return None
