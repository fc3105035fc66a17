"""The fields of the dataset format (DESIGN.md §4). Cheap to import: no pandas, no pandera."""

from __future__ import annotations

import re

TOP_LEVEL = ("source", "facts", "relations", "acknowledged", "ignore")
LISTS = ("facts", "relations", "acknowledged", "ignore")

SOURCE = (
    "path",
    "sha256",
    "title",
    "publisher",
    "published",
    "language",
    "translated_from",
    "region",
    "body",
    # Optional. The publication the text says it was first published in (its "Source:", 来源, 转自),
    # when that is not the publisher; and how title, publisher and date were established when the
    # text does not print them plainly (no title of its own, a cut-off byline, an event's date).
    "original_publication",
    "provenance_note",
    "review",
)
REGION = ("code", "name")
BODY = ("first", "last")
UNIT_FROM = ("line", "text")

FACT = (
    "id",
    "line",
    "quote",
    "indicator",
    "value",
    "unit",
    # Optional. Where a table's heading or caption gives a bare figure its unit and scale
    # (计划投资（万元） over a cell 960): {line, text}, the text verbatim on that line.
    "unit_from",
    "qualifier",
    "period",
    "status",
    "region",
    "note",
    "review",
)
# Fields whose whole numbers and fractions are the same kind of value (any number): their raw
# column may hold a mix of them as floats (``schemas.columns``).
NUMBERS = ("value",)
# ``review``: what a person must still check of a drafted item (``factlint draft`` writes it, the
# curator deletes it once checked, rule S190 reports it until then). Sources, facts, relations,
# ignore entries and catalogue entries may carry one.
REVIEW = "review"
# What ``factlint draft`` writes into a vocabulary label it cannot fill (checks/draft: an English
# article's indicator has no Chinese label, a Chinese one no English name, a measure word no unit
# name), each with a review mark on its entry. Once the mark is deleted, a label that still holds
# one is unfinished data (rule S113), and ``(placeholder, what to write instead)`` says so.
LABEL_PLACEHOLDERS: tuple[tuple[str, str], ...] = (
    ("(待译)", "the Chinese label"),
    ("(to be named)", "the English name"),
)

# Each relation kind and the fields it takes.
RELATION_KINDS: dict[str, tuple[str, ...]] = {
    "change": ("from", "to", "direction"),
    "sum": ("total", "parts"),
    "sum_at_most": ("total", "parts"),
    "le": ("small", "large"),
    "share": ("percent", "part", "whole"),
    "same": ("facts",),
}
RELATION = ("kind", *dict.fromkeys(f for fields in RELATION_KINDS.values() for f in fields), "note", "review")
# Relation fields that hold a list of fact ids; the others hold one fact id (or a word).
RELATION_LISTS = ("parts", "facts")
RELATION_WORDS = ("kind", "direction", "note", "review")

ACKNOWLEDGED = ("rule", "fact", "reason")
# What an acknowledged entry's rule is written as (C101); here, not beside the schema, so a rule can
# use it without importing pandera (a commit imports that only in the schema stage's child).
RULE_CODE = re.compile(r"[SPCK][0-9]{3}")
IGNORE = ("line", "text", "reason", "review")

FIELDS: dict[str, tuple[str, ...]] = {
    "facts": FACT,
    "relations": RELATION,
    "acknowledged": ACKNOWLEDGED,
    "ignore": IGNORE,
}

QUALIFIERS = ("eq", "gt", "ge", "lt", "le", "approx")
STATUSES = ("achieved", "target")
LANGUAGES = ("zh", "en")
DIRECTIONS = ("increase", "decrease")
KINDS = ("count", "percent", "percent_change", "amount", "rate", "duration", "score", "measure")
