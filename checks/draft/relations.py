"""Relations a draft proposes where the text says so plainly, each checked against the figures.

- **sum_at_most**: a total, then 其中 / of which / including / among them and its parts, in one
  sentence and one unit (the article may list only some parts, so Σ parts ≤ total);
- **le**: "checked/screened X … completed/confirmed Y" (筛查 … 完成/确诊) in one sentence and unit;
- **share**: a percentage right after 占/占比/accounting for, with a part and a larger whole before
  it in the sentence, when 100·part/whole is within a point of the percentage;
- **share**: also a percentage after two counts of its sentence, either order (11,780 of 12,400 …, a
  coverage of 95.0%; 城镇人口31.6万人,占全县常住人口的74.4%), when it is 100·part/whole as printed
  (to its last digit) or, after a share word, within a point;
- **sum**: a total, then parts of one unit and period that add up to it exactly, the last one "the
  other"/"the rest"/其余 (hold 3,150 … hold the other 1,670 of 4,820);
- **change**: 从X提高到Y / from X to Y in one clause, with the direction of the two values; a figure
  then "up/down from" its earlier level in its sentence (4,820 …, up from 4,310).
- **same**: two figures with the same indicator, value, unit, bound, status and period; and the two ends of
  a range, which bound one quantity (3至5公里, between 10 and 20 days) and share its indicator.

A proposal the figures contradict is dropped: a draft proposes only what its own figures satisfy.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from checks.draft.facts import DraftFact
from checks.draft.text import clause_bounds, sentence_bounds

_OF_WHICH = re.compile(r"其中|of\s+which|of\s+whom|including|among\s+them|among\s+which|包括", re.IGNORECASE)
_CHANGE = re.compile(
    r"(?:较上年|比上年|同比|增加|减少|增长|下降|提高|降低|up|down|increase|decrease|more\s+than\s+in|from\s+the\s+previous)",
    re.IGNORECASE,
)
_CHECKED = re.compile(r"筛查|检查|检测|体检|受检|checked|screened|tested|examined", re.IGNORECASE)
_COMPLETED = re.compile(r"完成|确诊|发现|检出|completed|confirmed|diagnosed|found", re.IGNORECASE)
_SHARE = re.compile(
    r"(?:占比?|比例为?|比重为?|accounting\s+for|share\s+of|proportion\s+of|coverage\s+of|rate\s+of|\bor)\s*$"
    r"|占[^，,。；;\d]{1,16}的\s*$",  # 占全县常住人口的74.4%
    re.IGNORECASE,
)
_REST = re.compile(r"(?:the\s+(?:other|rest|remaining)|其余|剩余|其他)[^,，;；。.\d]{0,20}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(
    r"\b(?P<way>up|down|rising|falling|rose|fell|increased|decreased|higher|lower)\s+from\s*$", re.IGNORECASE
)
_FROM_TO = re.compile(r"从|由|\bfrom\b", re.IGNORECASE)
_TO = re.compile(
    r"提高到|提高至|提升至|提升到|增加到|增至|上升到|上升至|下降到|下降至|降至|降低到|降低至|减少到|到|至|\bto\b",
    re.IGNORECASE,
)

COUNTS = ("unit", "institution", "person", "bed", "item", "variety", "case")
GENERIC = "unit"  # 个, or no unit word: a count of anything


def _same_unit(a: DraftFact, b: DraftFact) -> bool:
    """One unit: a count with no unit word (unit) is no count of persons or beds, and C109 rejects a
    relation between them (签约人数688万人，其中老年人374万: 374万 is drafted in unit)."""
    return a.unit == b.unit or (GENERIC in (a.unit, b.unit) and a.unit in COUNTS and b.unit in COUNTS)


_IDS = ("total", "parts", "part", "whole", "from", "to", "facts")


def harmonise(
    relations: list[dict[str, Any]], facts: Sequence[DraftFact], proposed: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The relations whose facts count in one unit: a generic count (个, no unit word) in a relation with
    a count of persons or beds takes that unit, with every fact of its proposed indicator (个 agrees with
    any count, P108); a relation it cannot so agree (two specific units, a catalogue indicator in
    ``unit``) is dropped, as C109 would reject it."""
    by_id = {f.id: f for f in facts}
    kept = []
    for relation in relations:
        ids = [
            i
            for key in _IDS
            for i in ([relation[key]] if isinstance(relation.get(key), str) else relation.get(key) or [])
        ]
        members = [by_id[i] for i in ids if i in by_id and by_id[i].unit in COUNTS]
        specific = {f.unit for f in members} - {GENERIC}
        generic = [f for f in members if f.unit == GENERIC]
        if generic and (len(specific) != 1 or any(f.indicator not in proposed for f in generic)):
            continue
        for indicator in {f.indicator for f in generic}:
            unit = next(iter(specific))
            proposed[indicator]["unit"] = unit
            for f in facts:
                if f.indicator == indicator:
                    f.unit = unit
                    f.review.append(f"unit: {unit}, as the count it is related to")
        kept.append(relation)
    return kept


def _is_change(line: str, fact: DraftFact) -> bool:
    clause_start, _ = clause_bounds(line, fact.quantity.start)
    return bool(_CHANGE.search(line[clause_start : fact.quantity.start]))


def _same_sentence(line: str, a: DraftFact, b: DraftFact) -> bool:
    return sentence_bounds(line, a.quantity.start) == sentence_bounds(line, b.quantity.start)


def _of_which(lines: Sequence[str], facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    proposals = []
    for number in sorted({f.line for f in facts}):
        line = lines[number - 1]
        on_line = [f for f in facts if f.line == number]
        for cue in _OF_WHICH.finditer(line):
            before = [
                f for f in on_line if f.quantity.end <= cue.start() and _same_sentence(line, f, _at(on_line, cue.end()))
            ]
            after = [f for f in on_line if f.quantity.start >= cue.end()]
            if not after:
                continue
            first_part = after[0]
            totals = [
                f
                for f in before
                if _same_unit(f, first_part) and not _is_change(line, f) and f.status == first_part.status
            ]
            if not totals:
                continue
            total = totals[-1]
            parts = []
            for part in after:
                if not _same_sentence(line, part, first_part):
                    break
                if _same_unit(part, total) and not _is_change(line, part) and part.period == total.period:
                    parts.append(part)
            summable = total.unit in COUNTS or total.unit == "yuan"
            if parts and summable and sum(p.value for p in parts) <= total.value and total.qualifier == "eq":
                proposals.append({"kind": "sum_at_most", "total": total.id, "parts": [p.id for p in parts]})
    return proposals


def _at(facts: Sequence[DraftFact], position: int) -> DraftFact:
    after = [f for f in facts if f.quantity.start >= position]
    return after[0] if after else facts[-1]


def _checked_completed(lines: Sequence[str], facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    proposals = []
    for a, b in itertools.pairwise(facts):
        if a.line != b.line or not _same_unit(a, b) or not _same_sentence(lines[a.line - 1], a, b):
            continue
        line = lines[a.line - 1]
        before_a = line[clause_bounds(line, a.quantity.start)[0] : a.quantity.start]
        between = line[a.quantity.end : b.quantity.start]
        completed = _COMPLETED.search(between + line[b.quantity.start : b.quantity.end])
        if _CHECKED.search(before_a) and completed and b.value <= a.value:
            proposals.append({"kind": "le", "small": b.id, "large": a.id})
    return proposals


def _shares(lines: Sequence[str], facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    proposals = []
    for index, percent in enumerate(facts):
        line = lines[percent.line - 1]
        if percent.unit != "percent":
            continue
        before = [
            f
            for f in facts[:index]
            if f.line == percent.line and _same_sentence(line, f, percent) and f.unit != "percent"
        ]
        cue = _SHARE.search(line[: percent.quantity.start])
        # a share word allows a point's difference; without one the percentage must be the quotient
        # as printed, to its last digit (95.0% is 11,780 / 12,400)
        decimals = len(percent.quantity.digits.partition(".")[2])
        tolerance = 1 if cue else 0.5 * 10**-decimals
        for first, second in itertools.pairwise(before[-3:]):
            part, whole = sorted((first, second), key=lambda f: f.value)
            agrees = _same_unit(part, whole) and whole.value > part.value > 0 and part.period == whole.period
            if agrees and abs(100 * part.value / whole.value - percent.value) <= tolerance:
                proposals.append({"kind": "share", "percent": percent.id, "part": part.id, "whole": whole.id})
                break
    return proposals


def _rest(lines: Sequence[str], facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    """A total and parts after it that add up to it, the last one 'the other' (hold the other 1,670)."""
    proposals = []
    for index, last in enumerate(facts):
        line = lines[last.line - 1]
        if not _REST.search(line[clause_bounds(line, last.quantity.start)[0] : last.quantity.start]):
            continue
        earlier = [f for f in facts[:index] if f.line == last.line and not _is_change(line, f)]
        for size in (1, 2, 3):
            parts = [*earlier[len(earlier) - size :], last] if len(earlier) > size else []
            totals = [f for f in earlier[: len(earlier) - size] if f.qualifier == "eq"]
            total = totals[-1] if totals else None
            fits = total is not None and all(
                _same_unit(p, total) and p.period == total.period and p.status == total.status for p in parts
            )
            if total is not None and fits and abs(sum(p.value for p in parts) - total.value) < 1e-9:
                proposals.append({"kind": "sum", "total": total.id, "parts": [p.id for p in parts]})
                break
    return proposals


def _up_from(lines: Sequence[str], facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    """A figure, then its earlier level after "up/down from" in its sentence (4,820 …, up from 4,310)."""
    proposals = []
    for now, then in itertools.pairwise(facts):
        line = lines[now.line - 1]
        way = _FROM_BEFORE.search(line[clause_bounds(line, then.quantity.start)[0] : then.quantity.start])
        if way is None or then.line != now.line or not _same_sentence(line, now, then) or not _same_unit(now, then):
            continue
        rising = way.group("way").lower() in ("up", "rising", "rose", "increased", "higher")
        if now.indicator == then.indicator and (now.value > then.value) == rising and now.value != then.value:
            direction = "increase" if rising else "decrease"
            proposals.append({"kind": "change", "from": then.id, "to": now.id, "direction": direction})
    return proposals


def _changes(lines: Sequence[str], facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    proposals = []
    for a, b in itertools.pairwise(facts):
        if a.line != b.line or a.unit != b.unit or a.indicator != b.indicator:
            continue
        line = lines[a.line - 1]
        clause_start, _ = clause_bounds(line, a.quantity.start)
        if clause_bounds(line, b.quantity.start)[0] != clause_start or a.value == b.value:
            continue
        if _FROM_TO.search(line[clause_start : a.quantity.start]) and _TO.search(
            line[a.quantity.end : b.quantity.start]
        ):
            direction = "increase" if b.value > a.value else "decrease"
            proposals.append({"kind": "change", "from": a.id, "to": b.id, "direction": direction})
    return proposals


def _same(facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    groups: dict[tuple[Any, ...], list[str]] = {}
    for f in facts:
        key = (f.indicator, f.value, f.unit, f.qualifier, f.status, f.period)
        groups.setdefault(key, []).append(f.id)
    ends: dict[tuple[Any, ...], list[str]] = {}
    for f in facts:
        if f.range_of is not None:
            ends.setdefault((f.line, f.range_of, f.indicator), []).append(f.id)
    return [{"kind": "same", "facts": ids} for ids in [*groups.values(), *ends.values()] if len(ids) > 1]


def other_end_indicator(fact: DraftFact, facts: Sequence[DraftFact]) -> str | None:
    """The indicator of the other end of ``fact``'s range, drafted already in its unit and status: the two
    ends bound one quantity (README, Bounds), so they share it, and ``_same`` relates them."""
    if fact.range_of is None:
        return None
    return next(
        (
            f.indicator
            for f in facts
            if (f.line, f.range_of, f.unit, f.status) == (fact.line, fact.range_of, fact.unit, fact.status)
        ),
        None,
    )


def propose(lines: Sequence[str], facts: Sequence[DraftFact]) -> list[dict[str, Any]]:
    """Every relation the text states plainly among ``facts`` (in order of position)."""
    ordered = sorted(facts, key=lambda f: (f.line, f.quantity.start))
    return [
        *_of_which(lines, ordered),
        *_checked_completed(lines, ordered),
        *_shares(lines, ordered),
        *_rest(lines, ordered),
        *_changes(lines, ordered),
        *_up_from(lines, ordered),
        *_same(ordered),
    ]
