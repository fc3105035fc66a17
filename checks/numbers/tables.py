"""The unit table the reader reads with: the unit words of a ``schemas/units.yaml`` and the measure
words of ``checks.numbers.units``, as patterns.

The words are those of the repository being read (``reading_units``: a unit it adds, and the words
that name it, are read there), else those of the packaged units.yaml. Each table is built once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

from checks.numbers.concentrations import CJK_CONCENTRATIONS, EN_CONCENTRATIONS
from checks.numbers.rate_bases import label_base
from checks.numbers.units import CJK_MEASURES, EN_MEASURES, MEASURE_NOT_BEFORE, Units

_REPO = Path(__file__).resolve().parents[2]


def _alternation(words: Sequence[str]) -> str:
    """One pattern for many words, as a trie (个(?:月|小时|…)?): tried once per number, it must be cheap.

    At each branch the longer words come first, so the longest word printed wins; a word with a
    condition on what follows it (重 not before 大) carries it at its end.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = MEASURE_NOT_BEFORE.get(word, "")

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(node[""])  # the word ends here (with its condition, if any)
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(trie)


# The units of the repository being read (its own schemas/units.yaml: a unit it adds, and the words
# that name it, are read there); None: the packaged units.
_READING: ContextVar[Mapping[str, Mapping[str, Any]] | None] = ContextVar("reading_units", default=None)
_BUILT: dict[int, tuple[Mapping[str, Mapping[str, Any]], Units]] = {}
MAX_HINTS = 5000  # the packaged units.yaml names about a hundred


@contextmanager
def reading_units(repository_units: Mapping[str, Mapping[str, Any]]) -> Iterator[None]:
    """Within it, the reader names units by ``repository_units`` (a vocabulary's ``units``)."""
    token = _READING.set(repository_units)
    try:
        yield
    finally:
        _READING.reset(token)


def units() -> Units:
    """The unit words of ``schemas/units.yaml`` (the repository's being read, see ``reading_units``;
    else the packaged one) and the measure words, as patterns (built once for each)."""
    repository_units = _READING.get()
    if repository_units is None:
        return _packaged_units()
    built = _BUILT.get(id(repository_units))
    if built is None or built[0] is not repository_units:
        built = _BUILT[id(repository_units)] = (repository_units, _units_of(repository_units))  # kept: its id stays its
    return built[1]


@cache
def _packaged_units() -> Units:
    from schemas.vocab import load_vocabulary

    return _units_of(load_vocabulary(_REPO).units)


def _units_of(entries: Mapping[str, Mapping[str, Any]]) -> Units:
    hints: dict[str, list[str]] = {}
    rates: set[str] = set()
    rate_bases: dict[str, int] = {}
    rate_things: dict[str, str] = {}
    durations: set[str] = set()
    counts: set[str] = set()
    measures: set[str] = set()
    for unit_id, entry in entries.items():
        if entry.get("kind") == "rate":
            rates.add(unit_id)
            base = label_base(str(entry.get("label_en") or ""))
            if base is not None:
                rate_bases[unit_id], thing = base
                if thing is not None:
                    rate_things[unit_id] = thing
        elif entry.get("kind") == "duration":
            durations.add(unit_id)
        elif entry.get("kind") == "count":
            counts.add(unit_id)
        elif entry.get("kind") == "measure":
            measures.add(unit_id)
        listed = entry.get("hints")
        for hint in listed if isinstance(listed, list) else ():
            # Words only (a repository's catalogue may hold anything), and not without end: the
            # words become one pattern.
            if isinstance(hint, str) and hint.strip() and len(hints) < MAX_HINTS:
                hints.setdefault(hint.strip().lower(), []).append(unit_id)
    latin = [h for h in hints if h.isascii() and h[:1].isalpha()]
    # 百分之 is printed before its number, not after.
    cjk = [h for h in hints if h not in latin and h != "百分之"]
    return Units(
        hints={hint: tuple(ids) for hint, ids in hints.items()},
        rates=frozenset(rates),
        rate_bases=rate_bases,
        rate_things=rate_things,
        durations=frozenset(durations),
        counts=frozenset(counts),
        measures=frozenset(measures),
        cjk=re.compile(rf"[ \t]?({_alternation([*cjk, *CJK_MEASURES, *CJK_CONCENTRATIONS])})"),
        latin=re.compile(
            # the word ends at a word's end, or where Chinese follows it (5 km以内, 100 μg/L以上)
            rf"\s*(?:-\s*)?({_alternation([*latin, *EN_MEASURES, *EN_CONCENTRATIONS])})(?:\b|(?=[\u3400-\u9fff]))",
            re.IGNORECASE,
        ),
        cjk_first=frozenset(word[0] for word in [*cjk, *CJK_MEASURES, *CJK_CONCENTRATIONS]),
    )
