"""Formatters: plain functions from a Report to text, in one table. They never decide anything."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from checks.findings import Report

Formatter = Callable[[Report], str]

# name → (module, function); imported on use so a run loads only the formatter it prints with.
FORMATTERS: dict[str, tuple[str, str]] = {
    "text": ("checks.formats.text", "format_text"),
    "json": ("checks.formats.json", "format_json"),
    "sarif": ("checks.formats.sarif", "format_sarif"),
    "junit": ("checks.formats.junit", "format_junit"),
    "github": ("checks.formats.github", "format_github"),
    "markdown": ("checks.formats.markdown", "format_markdown"),
    "html": ("checks.formats.html", "format_html"),
}
# Formats that draw the articles themselves, so the run must prepare them.
WITH_ARTICLES = frozenset({"html"})
# Formats that need the text of the files findings point at (regions, line hashes).
WITH_FILE_TEXTS = frozenset({"sarif"})


def formatter(name: str) -> Formatter:
    module, function = FORMATTERS[name]
    found: Formatter = getattr(import_module(module), function)
    return found
