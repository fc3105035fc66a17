"""A block of key figures above an article's first paragraph: a heading (KEY FIGURES, Key facts, At a glance, 主要数据)
then one labelled figure a line (`People targeted: 985,000 (69% of people in need)`, `Requirements 2026: US$86.4
million`). A humanitarian update, a fact sheet or a dashboard page prints its headline figures so, before its prose:
they are the article's, so its body starts at that heading (checks.draft.source.body_range starts it at the first
paragraph of prose, or the headings right above it)."""

from __future__ import annotations

import re

_KEY_HEADING = re.compile(
    r"^\s*(?:key\s+(?:figures|facts|points|numbers|statistics|messages)|highlights|at\s+a\s+glance|in\s+numbers"
    r"|(?:主要|核心|关键)(?:数据|指标)|数据速览)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# A short label (a year may name its period: Requirements 2026), its colon, then the figure (a currency sign or a
# bound word may open it): no date, no code.
_LABELLED_FIGURE = re.compile(
    r"^\s*[^\s\d:：](?:[^\d:：]|(?:19|20)\d\d){1,60}[:：]\s*(?:(?:about|around|over|nearly|almost|US\$|\$|£|€|约|近)\s*)?\d[\d,.]*"
    r"(?!\d*\s*[-/.年]\s*\d)(?!\d)",
    re.IGNORECASE,
)


# The heading of the first paragraph's section (Overview), between the block and the prose.
_SECTION_HEADING = re.compile(r"^\s*[A-Z\u3400-\u9fff][^\d.:：;,，。]{0,40}$")


def key_figures_start(lines: list[str], start: int, after: int) -> int:
    """``start`` (the body's first line), or the heading of a block of labelled figures right above it."""
    number = start - 1
    labelled = 0
    while number > after:
        line = lines[number - 1]
        if not line.strip() or (not labelled and number == start - 1 and _SECTION_HEADING.match(line)):
            number -= 1
            continue
        if _KEY_HEADING.match(line):
            return number if labelled else start
        if len(line) > 120 or not _LABELLED_FIGURE.match(line):
            return start
        labelled += 1
        number -= 1
    return start
