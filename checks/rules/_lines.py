"""Where a text a dataset cites stands in its seed, said to a person (P105's quotes, P110's headings)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checks.seeds import Seed


def _invisible(char: str) -> bool:
    """A format character: a zero-width space, a direction mark, a soft hyphen."""
    return unicodedata.category(char) == "Cf"


def _loose(text: str) -> str:
    """The text with width, spacing, case and invisible characters (a zero-width space, a direction
    mark: format characters) taken out."""
    normal = "".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return "".join(char for char in normal if not _invisible(char))


def where_in_seed(seed: Seed, quote: str) -> str:
    """Where ``quote`` occurs in ``seed``: its lines, or a line it matches once width and spacing are
    ignored, or nowhere."""
    exact = seed.lines_with(quote)
    if exact:
        shown = ", ".join(map(str, exact[:5]))
        return f"it occurs on line{'s' if len(exact) > 1 else ''} {shown}"
    loose = _loose(quote)
    near = [number for number, text in enumerate(seed.lines, start=1) if loose and loose in _loose(text)]
    if near:
        return (
            f"it occurs nowhere verbatim, but matches line {near[0]} once punctuation width, spacing and"
            " invisible characters (a zero-width space, a direction mark) are ignored"
        )
    return "it occurs nowhere in the seed"


def place_in_quote(offset: int | None, at: int) -> str:
    """Where the character ``at`` (0-based) of a quote stands: its column in the seed line, as every
    finding counts columns (``offset``: the line's column of the quote's first character), or, when
    the quote is not on its line (``offset`` None: P105), its character in the quote, said so."""
    return f"at column {offset + at}" if offset is not None else f"at character {at + 1} of the quote"


def invisible_characters(text: str, offset: int | None) -> str:
    """A note on the invisible characters in ``text`` (format characters: a zero-width space, a
    direction mark), each named with its column (``offset``: the column of ``text``'s first
    character, or None when the quote is not on its line: see ``place_in_quote``); "" when it has
    none. A number they split is read as two, and neither shows why."""
    found = [(at, char) for at, char in enumerate(text) if _invisible(char)]
    if not found:
        return ""
    shown = ", ".join(
        f"U+{ord(char):04X} {unicodedata.name(char, 'FORMAT CHARACTER')} {place_in_quote(offset, at)}"
        for at, char in found[:3]
    )
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    return f"; the quote holds an invisible character that splits what it prints: {shown}{more}"


# The digits a quote's edge would cut: a digit, a decimal point between digits, or a thousands comma
# (a comma with three digits on its far side: 1,200; not the clause break of 不低于1:1.2,50%以上).
_DIGITS = re.compile(r"\d+")
_THOUSANDS_AFTER = re.compile(r",\d{3}(?!\d)")
_WHOLE_NUMBER = re.compile(r"\d+(?:\.\d+|,\d{3}(?!\d))*")


def _cut_before(line: str, at: int, quote: str) -> bool:
    if not quote[0].isdigit() or at == 0:
        return False
    before, digit_before = line[at - 1], at >= 2 and line[at - 2].isdigit()
    leading = _DIGITS.match(quote)
    return (
        before.isdigit()
        or (before == "." and digit_before)
        or (before == "," and digit_before and leading is not None and len(leading.group()) == 3)
    )


def _cut_after(line: str, end: int, quote: str) -> bool:
    if not quote[-1].isdigit() or end >= len(line):
        return False
    after = line[end]
    return (
        after.isdigit()
        or (after == "." and line[end + 1 : end + 2].isdigit())
        or (after == "," and _THOUSANDS_AFTER.match(line, end) is not None)
    )


def cuts_numbers(line: str, quote: str) -> str | None:
    """When every occurrence of ``quote`` on ``line`` cuts a longer number at an edge ("200" only inside
    "1200" or "1,200", "34" only in "34.2"), the first number it cuts; None when one occurrence stands
    whole (or the quote is not on the line, or its edges are no digits)."""
    if not quote or not (quote[0].isdigit() or quote[-1].isdigit()):
        return None
    first_cut = None
    at = line.find(quote)
    while at >= 0:
        end = at + len(quote)
        cut_before, cut_after = _cut_before(line, at, quote), _cut_after(line, end, quote)
        if not cut_before and not cut_after:
            return None
        if first_cut is None:
            edge = at - 1 if cut_before else end
            numbers = [m for m in _WHOLE_NUMBER.finditer(line) if m.start() <= edge < m.end()]
            first_cut = numbers[0].group() if numbers else line[max(0, at - 1) : end + 1]
        at = line.find(quote, at + 1)
    return first_cut
