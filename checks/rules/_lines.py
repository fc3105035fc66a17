"""Where a text a dataset cites stands in its seed, said to a person (P105's quotes, P110's headings)."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checks.seeds import Seed


def _loose(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


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
        return f"it occurs nowhere verbatim, but matches line {near[0]} once punctuation width and spacing are ignored"
    return "it occurs nowhere in the seed"
