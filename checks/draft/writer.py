"""YAML text for a draft, in the style of the curated datasets: block facts, one-line flow mappings for
regions, bodies, relations and ignore entries, and quotes only where YAML needs them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import yaml

from checks.draft.facts import DraftFact
from checks.intervals import exact_number

Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _reads_back(document: str, expected: Any) -> bool:
    try:
        return bool(yaml.load(document, Loader=Loader) == {"k": expected})
    except yaml.YAMLError:
        return False


def scalar(value: Any, flow: bool = False) -> str:
    """``value`` as a YAML scalar: plain when it reads back as itself, else double-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _yaml_float(value)
    if isinstance(value, int | date):
        return str(value) if isinstance(value, int) else value.isoformat()
    text = str(value)
    document = "{k: " + text + "}" if flow else "k: " + text
    # A tab or another control character is written escaped: libyaml reads a tab inside a plain
    # scalar, PyYAML's own parser (where libyaml is missing) refuses it.
    plain = text.isprintable() and text == text.strip() and "#" not in text
    if plain and _reads_back(document, text):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def _yaml_float(value: float) -> str:
    """A float as YAML 1.1 reads it back: exactly it, and a number (``1e-05`` and ``1e+30`` are text
    there, whose floats need a dot: ``1.0e-05``, ``1.0e+30``; Python's exponent carries its sign)."""
    text = exact_number(value, digits_below=1e15)
    mantissa, exponent = text.split("e") if "e" in text else (text, None)
    return f"{mantissa}.0e{exponent}" if exponent is not None and "." not in mantissa else text


def flow_mapping(mapping: dict[str, Any]) -> str:
    items = []
    for key, value in mapping.items():
        if isinstance(value, list):
            items.append(f"{key}: [{', '.join(scalar(v, flow=True) for v in value)}]")
        else:
            items.append(f"{key}: {scalar(value, flow=True)}")
    return "{" + ", ".join(items) + "}"


def review_text(notes: list[str]) -> str:
    return "; ".join(notes)


def fact_block(fact: DraftFact, indent: str = "  ") -> list[str]:
    fields: list[tuple[str, Any]] = [
        ("id", fact.id),
        ("line", fact.line),
        ("quote", fact.quote),
        ("indicator", fact.indicator),
        ("value", fact.value),
        ("unit", fact.unit),
        *([("unit_from", fact.unit_from)] if fact.unit_from else []),
        ("qualifier", fact.qualifier),
        ("period", fact.period),
        ("status", fact.status),
        ("region", None),
        ("note", fact.note),
        ("review", review_text(fact.review)),
    ]
    lines = []
    for index, (key, value) in enumerate(fields):
        lead = f"{indent}- " if index == 0 else f"{indent}  "
        lines.append(f"{lead}{key}: {flow_mapping(value) if isinstance(value, dict) else scalar(value)}")
    return lines


def item_lines(items: list[dict[str, Any]], indent: str = "  ") -> list[str]:
    return [f"{indent}- {flow_mapping(item)}" for item in items]


def catalogue_entries(entries: dict[str, dict[str, Any]], origin: str) -> str:
    """Block entries for ``schemas/indicators.yaml`` or ``schemas/units.yaml``, headed by where they come from."""
    if not entries:
        return ""
    lines = ["", f"# drafted for {origin}: each entry's review line is removed once it is checked"]
    for name, entry in entries.items():
        lines.append(f"{name}:")
        for key, value in entry.items():
            rendered = (
                "[" + ", ".join(scalar(v, flow=True) for v in value) + "]" if isinstance(value, list) else scalar(value)
            )
            lines.append(f"  {key}: {rendered}")
    return "\n".join(lines) + "\n"


def dataset_text(
    header: list[str],
    source: dict[str, Any],
    facts: list[DraftFact],
    relations: list[dict[str, Any]],
    ignores: list[dict[str, Any]],
) -> str:
    lines = [f"# {text}" if text else "#" for text in header]
    lines.append("source:")
    for key, value in source.items():
        rendered = flow_mapping(value) if isinstance(value, dict) else scalar(value)
        lines.append(f"  {key}: {rendered}")
    lines.append("facts:" if facts else "facts: []")
    for fact in facts:
        lines.extend(fact_block(fact))
    lines.append("relations:" if relations else "relations: []")
    lines.extend(item_lines(relations))
    lines.append("acknowledged: []")
    lines.append("ignore:" if ignores else "ignore: []")
    lines.extend(item_lines(ignores))
    return "\n".join(lines) + "\n"
