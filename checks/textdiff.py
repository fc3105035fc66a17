"""A unified diff of a text and its edited version, built from the edits themselves.

``difflib`` compares whole files and grows with the square of their length; here only the lines
the replacements touch are compared, so the cost follows the size of the change. The output is a
unified diff that ``patch`` and ``git apply`` accept (lines end as the file ends them; a last line
without a line break is marked as git marks it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from checks.yamledit import Replacement, apply

CONTEXT = 3
NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    """``text`` split after each ``\\n`` (only ``\\n``: git and patch do not break at U+2028)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def _regions(text: str, starts: list[int], replacements: Sequence[Replacement]) -> list[tuple[int, int, list[str]]]:
    """(first old line, end old line, new lines) for each run of lines the replacements touch."""
    regions: list[tuple[int, int, list[Replacement]]] = []
    for replacement in sorted(replacements, key=lambda r: (r.start, r.end)):
        first = bisect.bisect_right(starts, replacement.start) - 1
        last = bisect.bisect_right(starts, max(replacement.end - 1, replacement.start)) - 1
        if regions and first <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(last + 1, regions[-1][1]), [*regions[-1][2], replacement])
        else:
            regions.append((first, last + 1, [replacement]))
    out = []
    for first, end, edits in regions:
        begin = starts[first]
        finish = starts[end] if end < len(starts) else len(text)
        moved = [Replacement(r.start - begin, r.end - begin, r.new) for r in edits]
        out.append((first, end, _lines(apply(text[begin:finish], moved))))
    return out


def _line(text: str, mark: str) -> str:
    return f"{mark}{text}" if text.endswith("\n") else f"{mark}{text}\n{NO_NEWLINE}"


def _range(start: int, length: int) -> str:
    """A hunk range as ``diff -u`` writes it (1-based; an empty range names the line before it)."""
    if length == 1:
        return f"{start + 1}"
    return f"{start + 1 if length else start},{length}"


def unified_diff(path: str, text: str, replacements: Sequence[Replacement]) -> str:
    """The diff of ``text`` → ``apply(text, replacements)`` for the file ``path`` ('' if nothing changes)."""
    old = _lines(text)
    starts = list(_line_starts(text))
    changes = [(a, b, new) for a, b, new in _regions(text, starts, replacements) if old[a:b] != new]
    if not changes:
        return ""
    out = [f"--- a/{path}\n", f"+++ b/{path}\n"]
    shift = 0  # new line number - old line number, before the current hunk
    index = 0
    while index < len(changes):
        # A hunk takes every change whose context touches the next one's.
        last = index
        while last + 1 < len(changes) and changes[last + 1][0] - changes[last][1] <= 2 * CONTEXT:
            last += 1
        begin = max(changes[index][0] - CONTEXT, 0)
        end = min(changes[last][1] + CONTEXT, len(old))
        body, position, added = [], begin, 0
        for a, b, new in changes[index : last + 1]:
            body += [_line(line, " ") for line in old[position:a]]
            body += [_line(line, "-") for line in old[a:b]] + [_line(line, "+") for line in new]
            added += len(new) - (b - a)
            position = b
        body += [_line(line, " ") for line in old[position:end]]
        out.append(f"@@ -{_range(begin, end - begin)} +{_range(begin + shift, end - begin + added)} @@\n")
        out += body
        shift += added
        index = last + 1
    return "".join(out)


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text) if m.end() < len(text))]
