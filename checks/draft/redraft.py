"""What a forced redraft takes back: the catalogue entries the earlier draft of the same dataset added.

``factlint draft`` appends the indicators and units it proposes to ``schemas/indicators.yaml`` and
``schemas/units.yaml`` under a header ``# drafted for data/<slug>.yaml: …``, each entry marked with a
``review:`` line that says the draft proposed it. Drafting that dataset again (``--force``) drafts
those entries again: left in place, they would stay beside the new ones (which the draft names with a
suffix, since the old names are taken), and the vocabulary would grow with each redraft. So the
entries drafted for that dataset that still carry the draft's mark, and that no other dataset's fact
uses, are taken out first; an entry a curator reviewed (its mark deleted) stays, and the new draft
reuses it by its name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_HEADER = re.compile(r"# drafted for (?P<origin>.+?): ")
_KEY = re.compile(r"(?P<name>[^\s#:][^:]*):\s*(?:#.*)?$")
_DRAFT_MARK = re.compile(r"""\s+review:\s*["']?proposed by factlint draft""")

__all__ = ["unreviewed_drafted", "without_entries"]


def _entries(lines: list[str], origin: str) -> dict[str, tuple[int, int, bool]]:
    """The top-level entries under a ``# drafted for {origin}`` header: name → (first line, end line
    excluded, still marked), 0-based. A block ends at the next comment line at column 0."""
    found: dict[str, tuple[int, int, bool]] = {}
    block: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            header = _HEADER.match(line)
            block = header["origin"] if header else None
        elif block == origin and (key := _KEY.match(line)):
            end = index + 1
            while end < len(lines) and lines[end].startswith((" ", "\t")):
                end += 1
            marked = any(_DRAFT_MARK.match(inner) for inner in lines[index + 1 : end])
            found[key["name"].strip()] = (index, end, marked)
            index = end
            continue
        index += 1
    return found


def unreviewed_drafted(text: str, origin: str) -> set[str]:
    """The names of the entries of a catalogue's ``text`` drafted for ``origin`` that still carry the
    draft's review mark."""
    return {name for name, (_, _, marked) in _entries(text.split("\n"), origin).items() if marked}


def without_entries(text: str, origin: str, names: Collection[str]) -> str:
    """``text`` without the entries ``names`` drafted for ``origin``, and without a header of
    ``origin`` left with no entry under it (with the blank line before it); nothing else changes."""
    lines = text.split("\n")
    drop: set[int] = set()
    for name, (first, end, _) in _entries(lines, origin).items():
        if name in names:
            drop.update(range(first, end))
    kept = [line for number, line in enumerate(lines) if number not in drop]
    out: list[str] = []
    index = 0
    while index < len(kept):
        header = _HEADER.match(kept[index])
        if header and header["origin"] == origin:
            end = index + 1
            while end < len(kept) and not kept[end].startswith("#") and not kept[end].strip():
                end += 1
            if end == len(kept) or kept[end].startswith("#"):  # nothing left under it
                if end == len(kept) and out and not out[-1].strip():
                    out.pop()  # the blank line before it (before a next header, it stays that one's)
                index = end
                continue
        out.append(kept[index])
        index += 1
    result = "\n".join(out)
    return result if result.endswith("\n") or not text.endswith("\n") else result + "\n"
