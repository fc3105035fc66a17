"""Each report format, parsed the way its consumer parses it: what is wrong with it, if anything.

A report must parse (JSON, SARIF against the official schema, JUnit XML, HTML with only the tags
factlint writes), and a hostile identifier or message must not forge structure: no extra text
line or annotation (a newline), no extra Markdown cell (a pipe), no extra HTML tag, and no
terminal control or bidi override in the text and GitHub formats.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema

VENDOR = Path(__file__).resolve().parents[1] / "vendor"
# What a terminal or a log viewer interprets, or what reorders text on screen: never raw in text.
HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_FINDING_LINE = re.compile(r"^(?:\S.*?: )?(?:error|warning|info|acknowledged) [A-Z]\d{3}[\dA-Z]* ")
REASON_INDENT = "    "  # an acknowledged finding's reason follows on lines indented so
_ANNOTATION = re.compile(r"^::(?:error|warning|notice)(?: [^:\n]*)?::")
# The tags factlint's HTML formatter writes (read from its source): any other one in a report was
# injected by a dataset; so is a second script, or an event handler attribute.
# (and the rules' explanations it draws with checks.formats.ruledoc.to_html)
_FORMATS = Path(__file__).resolve().parents[2] / "checks" / "formats"
_HTML_SOURCE = "".join((_FORMATS / name).read_text("utf-8") for name in ("html.py", "ruledoc.py"))
_HTML_TAGS = frozenset(re.findall(r"<([a-z][a-z0-9]*)", _HTML_SOURCE))
_SCRIPTS = _HTML_SOURCE.count("<script")


@cache
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((VENDOR / "sarif-schema-2.1.0.json").read_text("utf-8"))
    return jsonschema.Draft4Validator(schema)


def check_json(text: str) -> tuple[list[str], dict[str, Any] | None]:
    try:
        document = json.loads(text)
    except ValueError as error:
        return [f"json does not parse: {error}"], None
    if not isinstance(document, dict) or not {"version", "summary", "findings"} <= document.keys():
        return ["json lacks version, summary or findings"], None
    return [], document


def check_sarif(text: str) -> list[str]:
    try:
        log = json.loads(text)
    except ValueError as error:
        return [f"sarif does not parse: {error}"]
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    return [f"sarif is not valid SARIF 2.1.0: {errors[0].message[:300]}"] if errors else []


def check_junit(text: str) -> list[str]:
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as error:
        return [f"junit does not parse: {error}"]
    return [] if root.tag == "testsuites" else [f"junit root is <{root.tag}>"]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.unknown: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        if tag not in _HTML_TAGS or self.scripts > _SCRIPTS:
            self.unknown.add(tag)
        for name, _ in attrs:
            if name.startswith("on"):
                self.unknown.add(f"{tag}[{name}]")


def check_html(text: str) -> list[str]:
    if not text.lstrip().lower().startswith("<!doctype html>") or "</html>" not in text:
        return ["html is not a whole page"]
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return [f"html has tags factlint never writes (injected?): {sorted(parser.unknown)[:5]}"] if parser.unknown else []


def check_text(text: str, findings: int) -> list[str]:
    """One line per finding (an acknowledged one's reason on indented lines after it) and a summary."""
    problems = []
    lines = text.split("\n")
    heads = [line for line in lines[:-1] if not line.startswith(REASON_INDENT)]
    if lines[-1] != "" or len(heads) != findings + 1:
        problems.append(f"text has {len(heads)} lines for {findings} findings and a summary (a forged line?)")
    if HIDDEN.search(text):
        problems.append(f"text holds a control character {HIDDEN.search(text).group()!r}")  # type: ignore[union-attr]
    problems += [f"text line is not a finding: {line[:120]!r}" for line in heads[:-1] if not _FINDING_LINE.match(line)][
        :3
    ]
    return problems


def check_github(text: str) -> list[str]:
    problems = []
    if HIDDEN.search(text):
        problems.append(f"github output holds a control character {HIDDEN.search(text).group()!r}")  # type: ignore[union-attr]
    for line in text.split("\n")[:-1]:
        if not (_ANNOTATION.match(line) or line.startswith("factlint: ")):
            problems.append(f"github line is neither an annotation nor factlint's: {line[:120]!r}")
            break
    return problems


def check_markdown(text: str) -> list[str]:
    problems = []
    rows = [line for line in text.split("\n") if line.startswith("| ") and not line.startswith("| errors")]
    for row in rows[1:]:  # the first is the counts row
        if row.startswith("| location"):
            continue
        cells = len(re.findall(r"(?<!\\)\|", row))
        if cells != 5:
            problems.append(f"markdown row has {cells - 1} cells: {row[:120]!r}")
            break
    return problems


def check_json_list(text: str) -> list[str]:
    """``factlint numbers --format json``: a list of quantities."""
    try:
        document = json.loads(text)
    except ValueError as error:
        return [f"numbers json does not parse: {error}"]
    return [] if isinstance(document, list) else ["numbers json is not a list"]
