"""Rates: the unit of a figure printed with a rate's base, and of a change of a rate.

A figure the reader reads without a rate unit may still be a rate: ``报告发病率为162.39/10万`` and
``78.4 per 100,000 population`` print the base after the figure (the reader reads it as the figure's
unit word, and the rate of that base when the catalogue has one), ``每10万人口…4.8名`` before it (the
reader reads no unit when ``schemas/units.yaml`` has no rate of that base). Drafted as a count, such a figure is no count (C111: 8.15 people). The
draft takes the catalogue's rate of that base (the base is in its ``label_en``, "per 10,000
population", as the reader reads it), and proposes one (``per_100k_population``) when it has none.

A change of a rate is counted in the rate: ``每千人口床位5.34张,比上年提高0.21张`` and ``每千人口
医师2.88人,…,分别比上年增加0.11人和0.15人`` — the change takes the unit of the nearest earlier rate
of its sentence printed with the same word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from checks.draft.facts import DraftFact
from checks.draft.new_units import hint_words
from checks.draft.text import clause_bounds, sentence_bounds
from checks.numbers import Quantity
from checks.numbers.rate_bases import EN_BASE, ZH_BASE, printed_rate_base, rate_base, same_thing, thing_words
from checks.numbers.rate_bases import printed_base as printed_base_match
from checks.numbers.rate_bases import printed_thing as base_words
from checks.numbers.tables import units as reading_units

# 162.39/10万, 20名/10万人口, 78.4 per 100,000 (population, live births …)
# 3.12 licensed doctors per 1,000: a few words may name what the rate counts (17.9 defined daily doses (DDD)
# per 1,000 inhabitants per day: four, its abbreviation in brackets)
_BASE_AFTER = re.compile(rf"\s*(?:/\s*{ZH_BASE}(?![\d.])|(?i:(?:[a-z()-]+\s+){{0,4}}per\s+{EN_BASE})\b)")
# 每10万人口结核病发病率为35.2: a base earlier in the figure's clause
_BASE_BEFORE = re.compile(rf"每\s*{ZH_BASE}\s*[名个]?\s*(?:常住|户籍|服务)?\s*(?:人口|居民|人|活产)")
_CHANGE = re.compile(
    r"比上年|较上年|比去年|较去年|同比|增加|提高|下降|降低|减少|增长|上升|"
    r"\b(?:up|down|rose|fell|increased|decreased|dropped|climbed|declined)\b(?:\s+by)?",
    re.IGNORECASE,
)
_PREFIXES = {10**3: "per_1k", 10**4: "per_10k", 10**5: "per_100k"}
_NAMES = {size: f"{prefix}_population" for size, prefix in _PREFIXES.items()}
_LABELS_ZH = {10**3: "每千人口", 10**4: "每万人口", 10**5: "每10万人口"}


def printed_base(line: str, q: Quantity) -> int | None:
    """The base of the rate ``q`` is, when the line prints one right after it or earlier in its clause."""
    printed = printed_rate_base(q.unit_text)  # 162.39/10万: the reader reads the base as the unit word
    if printed is not None:
        return printed
    after = _BASE_AFTER.match(line, q.end)
    if after:
        return rate_base(after)
    clause_start = clause_bounds(line, q.start)[0]
    before = list(_BASE_BEFORE.finditer(line, clause_start, q.start))
    return rate_base(before[-1]) if before else None


def printed_thing(q: Quantity) -> str | None:
    """What the base printed after ``q`` counts when that is no population (``member months`` of 54.8
    per 1,000 member months), as printed in lower case; None otherwise."""
    other = base_words(printed_base_match(q.unit_text))
    return " ".join(other.lower().split()) if other else None


def rate_unit(
    base: int,
    catalogue: dict[str, dict[str, Any]],
    word: str | None,
    proposed: dict[str, dict[str, Any]],
    thing: str | None = None,
) -> tuple[str, str]:
    """The unit of a rate per ``base`` of people, or of ``thing`` (``printed_thing``), the catalogue's,
    else one added to ``proposed``, and a review note."""
    table = reading_units()
    compared = thing_words(thing) if thing else None
    known = [
        uid
        for uid in catalogue
        if table.rate_bases.get(uid) == base
        and catalogue[uid].get("kind") == "rate"
        and same_thing(table.rate_things.get(uid), compared)
    ]
    per = f"per {base:,}" + (f" {thing}" if thing else "")
    if known:
        return known[0], f"unit: {known[0]}, a rate {per}"
    if thing:
        # 54.8 per 1,000 member months: a rate of that base the repository adds (README, "Rates keep their base")
        uid = _PREFIXES.get(base, f"per_{base}") + "_" + re.sub(r"[^a-z0-9]+", "_", thing).strip("_")
        labels = {"label_en": per, "label_zh": per}
    else:
        uid = _NAMES.get(base, f"per_{base}_population")
        labels = {"label_en": f"per {base:,} population", "label_zh": _LABELS_ZH.get(base, f"每{base}人口")}
    if uid not in catalogue:
        entry = proposed.setdefault(
            uid, {"kind": "rate", **labels, "hints": [], "review": f"proposed by factlint draft for a rate {per}"}
        )
        if word and word not in entry["hints"]:
            entry["hints"].append(word)  # the quote's unit word must name the rate (P108)
    return uid, f"unit: {uid} proposed for a rate {per}"


def changed_rate(line: str, q: Quantity, earlier: Sequence[DraftFact], kind_of: dict[str, str]) -> str | None:
    """The rate unit of the figure the change ``q`` is of: the nearest earlier fact of its sentence
    printed with the same word (with any, when the change prints none: up 0.09), when that fact is a rate."""
    clause_start = clause_bounds(line, q.start)[0]
    if not _CHANGE.search(line, clause_start, q.start):
        return None
    sentence_start = sentence_bounds(line, q.start)[0]
    same_word = [
        f
        for f in earlier
        if (q.unit_text is None or f.quantity.unit_text == q.unit_text) and sentence_start <= f.quantity.start < q.start
    ]
    if same_word and kind_of.get(same_word[-1].unit) == "rate":
        return same_word[-1].unit
    # 17.9 DDD per 1,000 inhabitants per day in 2025, 2.2% lower than in 2024 and down from 19.8: a level
    # printed with decimals and no unit word is no count; the change is of the rate its sentence names
    rates = [f for f in earlier if sentence_start <= f.quantity.start < q.start and kind_of.get(f.unit) == "rate"]
    if rates and q.unit is None and not q.unit_text and "." in q.digits:
        return rates[-1].unit
    # 3,120 licensed doctors, up 90: a count's change with no unit word of its own counts the same
    counted = same_word[-1].unit if same_word else None
    if counted and counted != "unit" and kind_of.get(counted) == "count" and q.unit in (None, "unit"):
        return counted
    return None


def rate_named_by(word: str | None, base: int, catalogue: dict[str, dict[str, Any]]) -> str | None:
    """The catalogue's rate of ``base`` that the unit word ``word`` names (人 after 每千人口…达到), if any."""
    table = reading_units().rate_bases
    hinted = [uid for uid, entry in catalogue.items() if word in hint_words(entry)]
    return next((uid for uid in hinted if table.get(uid) == base), None)


# 孕产妇死亡率为0, infant mortality rate was 2.1: a mortality rate printed with no base has its customary one
# (maternal deaths per 100,000 live births; infant, neonatal and under-five deaths per 1,000).
_CUSTOMARY = (
    (re.compile(r"(?:孕产妇死亡率|\bmaternal\s+mortality\s+(?:rate|ratio))[^，,。；;\d]{0,6}$", re.I), 100_000),
    (
        re.compile(
            r"(?:(?:婴儿|新生儿|5岁以下儿童|五岁以下儿童)死亡率|\b(?:infant|neonatal|under-five)\s+mortality\s+rate)[^，,。；;\d]{0,6}$",
            re.I,
        ),
        1_000,
    ),
)


def customary_base(line: str, q: Quantity) -> int | None:
    """The customary base of a mortality rate printed right before a figure with no unit word, or None."""
    if q.unit is not None or q.unit_text:
        return None
    return next((base for pattern, base in _CUSTOMARY if pattern.search(line, max(0, q.start - 30), q.start)), None)
