"""A proposed rule's date of effect said after a condition (round 58): a notice of a rulemaking hearing posted in
October 2025 ends `If adopted, the rules are expected to be filed with the Secretary of State by December 31, 2025 and to
take effect on January 1, 2026.` The rules it proposes are not in force when it is published: their rates are targets
of 2026 (README: a hearing's proposed values are targets of the year they would take effect). A sentence must open on
the text itself (`The new rules take effect on …`: checks.draft.policy.text_effective_after) to give that year, and a
condition before its subject (`If adopted,`, `Once approved,`, `Subject to approval,`) hid it.

A sentence in which the text's rules, changes or rates (`the rules`, `the proposed changes`, `these rates`, `the new
fee schedule`) are said, within a few words, to take effect or come into force on a day after the year of publication
gives that year (checks.draft.policy.effective_after reads the day). Not a rule of another text named in passing
(`the 2024 rules took effect on January 1, 2024`: a day of no later year), nor a sentence without the rules as its
subject (`The hearing will be held on December 3, 2025`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks.draft.policy import effective_after
from checks.draft.text import sentences

_RULES_TAKE_EFFECT = re.compile(
    r"\b(?:the|these|its)\s+(?:proposed\s+|new\s+|amended\s+|revised\s+)?"
    r"(?:rules?|changes?|amendments?|rates|fees|fee\s+schedules?|regulations?)\b"
    r"(?=[^.;]{0,90}?\b(?:take|takes|taking|come|comes|coming)\s+(?:into\s+)?(?:effect|force)\b)",
    re.IGNORECASE,
)


def adopted_effective_after(lines: Sequence[str], published: date | None) -> int | None:
    """The year after publication on which a sentence of ``lines`` says the text's rules take effect (see above)."""
    for line in lines:
        for start, end in sentences(line):
            cue = _RULES_TAKE_EFFECT.search(line, start, end)
            year = effective_after([line[cue.start() : end]], published) if cue else None
            if year is not None:
                return year
    return None
