"""Numbers that name a document, a registration or a price base, not a quantity (checks.numbers.nonquantities
adds these to its skips; kept here to keep that module short).

- a clinical trial's registration number: ``ISRCTN 48213760``, ``EudraCT 2019-001234-56``, ``ChiCTR-2000012345``
  (one glued to its registry's letters is a code already);
- a council's or court's numbered paper, a year then a serial: ``Motion 2025-112``, ``Ordinance 2024-0318``
  (a year then one or two digits is a month or a fiscal year, read as such);
- the year a price base is counted in: ``in 2026 dollars``, ``constant 2020 prices``, ``(2024 pounds)``;
- the second day of a month printed with the first: ``on November 12 and 19, 2025`` (the month-day skip's tail);
- a law's, bill's or regulation's number, after its name in capitals: ``Senate Bill 1184``, ``SB 412``, ``Act 154``,
  ``the Children Act 2004``, ``Regulation 28``, ``Ontario Regulation 201/96``, ``Public Law 117-169`` (in lower case
  the words are common nouns before counts: ``a bill 20% higher``, ``the rules 5 years ago``);
- a statute's or code's citation: the section after a section sign (``§1404``, ``§ 131E-188``, ``T.C.A. § 4-5-228``),
  the title number before a code that one follows (``22 MRSA §1404``, ``42 U.S.C. § 1396a``), and a federal code's
  title and part (``42 CFR 438.6``, ``21 C.F.R. 314.50``, ``42 U.S.C. 1320a``).
"""

from __future__ import annotations

import re

# Clinical trial registries, whose numbers follow their name (ISRCTN 48213760).
_REGISTRIES = ("ISRCTN", "EudraCT", "ACTRN", "NCT", "DRKS", "CTRI", "ChiCTR", "PACTR", "CTIS")
_PRICE_BASE_BEFORE = ("in ", "constant ", "real ", "(")
# A law's, bill's or regulation's name before its number, as printed (capitalised; bills by their chamber's letters).
_INSTRUMENTS = (
    "Act", "Acts", "Bill", "Bills", "Regulation", "Regulations", "Rule", "Rules", "Ordinance", "Amendment", "Directive",
    "Statute", "Decree", "Executive Order", "Public Law", "SB", "HB", "AB", "SF", "HF", "LB", "H.R.", "S.B.", "H.B.",
)  # fmt: skip


def _instrument_before() -> str:
    """A lookbehind for an instrument's name and a space (or No.) before the number. The skips are tried at every
    digit: a space after a letter or a full stop is checked first, then one lookbehind per length, each over the
    names of that length (a lookbehind must have one width), not one per name (a cost of 3% of the reader's time)."""
    by_length: dict[int, list[str]] = {}
    for word in _INSTRUMENTS:
        for gap in (" ", " No. ", " No "):
            by_length.setdefault(len(word) + len(gap), []).append(re.escape(word + gap))
    behind = "|".join(f"(?<=\\b(?:{'|'.join(words)}))" for _, words in sorted(by_length.items()))
    return rf"(?<=[A-Za-z.] )(?:{behind})"


_INSTRUMENT_BEFORE = _instrument_before()

REFERENCE_SKIPS: list[tuple[str, str]] = [
    (r"(?:" + "|".join(f"(?<={r}{s})" for r in _REGISTRIES for s in (" ", ": ", "-")) + r")\d[\d/-]*\d", "d"),
    # a word (Motion, Ordinance), then the year and a serial of three digits or more (not a second year)
    (r"(?<=[A-Za-z] )(?:19|20)\d\d-(?!(?:19|20)\d\d\b)\d{3,5}(?![\d.,%]|-\d)", "d"),
    (
        "(?:"
        + "|".join(f"(?<={re.escape(word)})" for word in _PRICE_BASE_BEFORE)
        + r")(?:19|20)\d\d(?=[\s-](?:dollars?|prices|pounds|euros|terms)\b)",
        "d",
    ),
    (_INSTRUMENT_BEFORE + r"\d+(?:[-/]\d+)*(?![\d%]|[.,]\d)", "d"),
    # §1404, § 131E-188, §§ 4-5-228: a section's number; 22 MRSA §1404: the title before the code a section sign follows
    (r"(?:(?<=§)|(?<=§ ))\d+[0-9A-Za-z]*(?:[.:-]\d+[0-9A-Za-z]*)*", "d"),
    (r"(?<![\d.,])\d{1,3}\s(?:[A-Z][A-Za-z]*\.?\s?){1,4}(?=§)", "d"),
    # 42 CFR 438.6, 21 C.F.R. 314.50, 42 U.S.C. 1320a: a federal code's title, then its part or section
    (r"(?<![\d.,])\d{1,3}\s(?:C\.?F\.?R|U\.?S\.?C)\.?\s(?:(?:Part|Sec\.|section)\s)?\d+[a-z]?(?:\.\d+[a-z]?)*", "d"),
    (
        r"(?:(?<=CFR )|(?<=USC )|(?<=C\.F\.R\. )|(?<=U\.S\.C\. )|(?<=CFR Part )|(?<=C\.F\.R\. Part ))\d+[a-z]?(?:\.\d+[a-z]?)*",
        "d",
    ),
]
# After "November 12": "and 19", closing its clause or followed by the year (not "and 12 patients").
SECOND_DAY = r"(?:\s{1,2}(?:and|or|&|to)\s{1,2}(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?=\s*(?:[,.;)]|$)))?"
