"""A label and a colon that open a sentence's values: a target's (目标：, Target:, goals:) or a result's
(Achieved:, Actual:, Outturn:, 完成情况：, 实际完成：). A report that sets each aim beside its result
prints them so (Target: fewer than 5.0 falls per 1,000 bed days. Achieved: 4.6.): the nearest label
before a figure in its sentence says whether the figure is the aim or what was reached."""

from __future__ import annotations

import re

_TARGET_COLON = re.compile(r"(?:目标|\b(?:goals?|targets?))\s*[”\"]?\s*[:：]", re.IGNORECASE)
# A result's label: a past participle or a noun of the outcome, then its colon.
_RESULT_COLON = re.compile(
    r"(?:实际完成|完成情况|实际|\b(?:achieved|actual|outturn|outcome|result|performance))\s*[”\"]?\s*[:：]",
    re.IGNORECASE,
)
# A target's label after 已/met (已实现目标：, met target:) reports it reached: no target's label then.
_MET_BEFORE = re.compile(r"已|提前|超额|\b(?:met|reached|achieved|exceeded|surpassed)\b", re.IGNORECASE)


def colon_label(line: str, sentence_start: int, start: int) -> tuple[str, str] | None:
    """The status (and why) the nearest label with a colon before the figure, in its sentence, gives it."""
    target = _TARGET_COLON.search(line, sentence_start, start)
    if target is not None and (
        _MET_BEFORE.search(line, max(sentence_start, target.start() - 16), target.start())
        or _closed_before(line, target.end(), start)
    ):
        target = None
    result = _last(_RESULT_COLON, line, sentence_start, start)
    if result is not None and _closed_before(line, result.end(), start):
        result = None
    if result is not None and (target is None or result.start() > target.start()):
        return "achieved", f"'{result.group().strip()}' opening its values"
    if target is not None:
        return "target", f"'{target.group().strip()}' opening its values"
    return None


def _last(pattern: re.Pattern[str], line: str, begin: int, end: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(line, begin, end):  # noqa: B007 - the last one is wanted
        pass
    return found


def _closed_before(line: str, label_end: int, start: int) -> bool:
    """Whether the label stands in brackets that close before the figure (6.8% (national target: less
    than 10%), and 71 cancers): it opens the bracket's values only."""
    depth = 0
    for char in line[label_end:start]:
        depth += (char in "(（[【") - (char in ")）]】")
        if depth < 0:
            return True
    return False


def unclosed_bracket(line: str, end: int, clause_end: int) -> int:
    """Where a bracket opened after a figure (at ``end``) and not closed before ``clause_end`` opens; else
    ``clause_end``."""
    opened: list[int] = []
    for at in range(end, clause_end):
        if line[at] in "(（[【":
            opened.append(at)
        elif line[at] in ")）]】" and opened:
            opened.pop()
    return opened[0] if opened else clause_end
