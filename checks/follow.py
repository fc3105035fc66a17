"""Follow a dataset's line references to where their text is in a seed's new version.

A dataset refers to lines of its seed in three ways: each fact's ``line`` (with its quote), each
ignore entry's ``line`` (with its text), and ``source.body: {first, last}``. When the seed's text
changes, all of them must move together.

- **The old text is known** (git holds the version whose sha256 the dataset pins): the lines of the
  old and new text are matched (``difflib``), and every reference on an unchanged line moves with it
  exactly. A body boundary on a changed line moves to the edge of what replaced it, so the body keeps
  covering the same stretch of text; a body that ran to the old text's last line runs to the new
  text's when lines were appended (the article grew). A fact or ignore entry on a changed line is
  looked for nearby.
- **The old text is unknown**: a quote found on exactly one line of the new text fixes where its
  reference went; a quote found on several lines takes the occurrence nearest to where the nearest
  uniquely found reference says it went. Each body boundary moves as the cited line nearest to it
  inside the body moved; when that line is not the boundary itself (lines may have come or gone on
  either side of the boundary) it moves only as far as keeps every line it covered in the body, and
  is reported for a person to check, as are figures on lines after the body's last line.

Either way, a reference whose text is not on its (followed) line is moved to the one nearest line
that holds it, and one whose text is on no line, or on two lines equally near, is left for a person.
The result is a pure function of the two texts and the references.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from checks.numbers import read_quantities


@dataclass(frozen=True)
class Reference:
    """A line a dataset cites, the text that must be on it (if any), and how to name it to a person."""

    key: tuple[str | int, ...]  # where the line number is written: ("facts", 3, "line")
    line: int
    text: str | None
    label: str  # "fact literacy-2025", "ignore entry 2", "body.first"


@dataclass(frozen=True)
class Move:
    reference: Reference
    line: int  # the new line
    why: str


@dataclass(frozen=True)
class Leftover:
    reference: Reference
    message: str


class LineMap:
    """Where each line of an old text is in the new text (``difflib``'s matching, no junk heuristic)."""

    def __init__(self, old: Sequence[str], new: Sequence[str]) -> None:
        self.old_lines, self.new_lines = old, new
        if old is new:  # the same text: no need to match anything
            self.blocks = [(0, len(old), 0, len(new), True)]
        else:
            matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
            # (old start, old end, new start, new end, equal?) per block, 0-based, in order.
            self.blocks = [(i1, i2, j1, j2, tag == "equal") for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
        self._starts = [block[0] for block in self.blocks]

    @property
    def identity(self) -> bool:
        return self.old_lines is self.new_lines

    def _block(self, line: int) -> tuple[int, int, int, int, bool] | None:
        if not 1 <= line <= len(self.old_lines):
            return None
        return self.blocks[bisect_right(self._starts, line - 1) - 1]

    def exact(self, line: int) -> int | None:
        """The new number of an unchanged old line; None for a changed, deleted or missing one."""
        block = self._block(line)
        if block is None or not block[4]:
            return None
        return block[2] + (line - 1 - block[0]) + 1

    def near(self, line: int) -> int:
        """Where an old line (changed or not) is about in the new text: to search from."""
        block = self._block(line)
        if block is None:
            return line
        i1, _, j1, j2, _ = block
        return min(j1 + (line - 1 - i1), max(j1, j2 - 1)) + 1

    def boundary(self, line: int, first: bool) -> int | None:
        """Where a body boundary goes: with its line when unchanged, else to the edge of what
        replaced it (the first new line for ``first``, the last for ``last``)."""
        exact = self.exact(line)
        block = self._block(line)
        if exact is not None or block is None:
            return exact
        _, _, j1, j2, _ = block
        return j1 + 1 if first else j2  # for a pure deletion: the line after / the line before


def nearest(lines: Sequence[str], text: str, around: int) -> tuple[int | None, list[int]]:
    """The line nearest ``around`` that holds ``text``: (it, []) when one is nearest, else (None, every
    line holding it). Searches outwards from ``around``, so a small move costs a few lines."""
    last = len(lines)
    around = min(max(around, 1), last) if last else 0
    for distance in range(last):
        hits = [n for n in {around - distance, around + distance} if 1 <= n <= last and text in lines[n - 1]]
        if len(hits) == 1:
            return hits[0], []
        if hits:
            break
    return None, [n for n, line in enumerate(lines, start=1) if text in line]


def _on_line(lines: Sequence[str], line: int, text: str | None) -> bool:
    return text is None or (1 <= line <= len(lines) and text in lines[line - 1])


def _search(
    reference: Reference, lines: Sequence[str], around: int, how: str, moves: list[Move], leftovers: list[Leftover]
) -> None:
    """Move ``reference`` to the line nearest ``around`` that holds its text, or leave it for a person."""
    assert reference.text is not None
    found, everywhere = nearest(lines, reference.text, around)
    if found is not None:
        moves.append(Move(reference, found, f"{how}: its text is on line {found}"))
        return
    where = "on lines " + ", ".join(map(str, everywhere)) if everywhere else "on no line of the seed"
    leftovers.append(Leftover(reference, f"{reference.label}: its text {reference.text!r} is {where}; left as it is"))


Body = tuple[Reference, Reference] | None  # source.body's first and last line, when both are given


def follow_known(cited: Sequence[Reference], body: Body, line_map: LineMap) -> tuple[list[Move], list[Leftover]]:
    """Follow references through an old → new line map. With the identity map (the seed did not
    change, or the dataset already follows its new text) only misplaced texts are looked for."""
    old, new = line_map.old_lines, line_map.new_lines
    # A dataset whose lines already follow the new text (fix ran before, or a person moved them)
    # must not be moved again: count which text its cited lines agree with.
    agrees_old = sum(_on_line(old, r.line, r.text) and not _on_line(new, r.line, r.text) for r in cited if r.text)
    agrees_new = sum(_on_line(new, r.line, r.text) and not _on_line(old, r.line, r.text) for r in cited if r.text)
    if agrees_new > agrees_old:
        return follow_known(cited, None, LineMap(new, new))
    moves: list[Move] = []
    leftovers: list[Leftover] = []
    for reference in cited:
        target = line_map.exact(reference.line)
        if target is not None and _on_line(new, target, reference.text):
            moves.append(Move(reference, target, f"{reference.label}: line {reference.line} is now line {target}"))
        elif reference.text is not None:
            around = target if target is not None else line_map.near(reference.line)
            how = f"{reference.label}: line {reference.line} changed" if target is None else reference.label
            _search(reference, new, around, how, moves, leftovers)
        else:
            message = (
                f"{reference.label}: line {reference.line} has no counterpart in the seed's text, and no text to find"
            )
            leftovers.append(Leftover(reference, f"{message}; left as it is"))
    old_end, new_end = _last_with_text(old), _last_with_text(new)
    for reference, first in zip(body, (True, False), strict=True) if body else ():
        if not first and reference.line == new_end > old_end:
            continue  # body.last moved to the end of the grown text already (fix ran before)
        target = line_map.boundary(reference.line, first)
        if not first and target is not None and reference.line == old_end and new_end > target:
            # The body ran to the old text's end, and lines came after it: the article grew, and the
            # body grows with it (a body cut short of the end, a references list after it, stays).
            added = new_end - target
            moves.append(
                Move(
                    reference,
                    new_end,
                    f"{reference.label}: line {reference.line} was the last line of the seed's old text, and"
                    f" {added} line{'s' if added != 1 else ''} came after it: the body runs to line {new_end} now;"
                    f" check that {'they are' if added != 1 else 'it is'} the article's",
                )
            )
            continue
        if target is None:
            leftovers.append(Leftover(reference, f"{reference.label}: line {reference.line} is not in the old text"))
        else:
            moves.append(Move(reference, target, f"{reference.label}: line {reference.line} is now line {target}"))
    return _changed(moves), leftovers


def _last_with_text(lines: Sequence[str]) -> int:
    """The number of the last line that is not blank (0 for none)."""
    return next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)


def follow_unknown(cited: Sequence[Reference], body: Body, new: Sequence[str]) -> tuple[list[Move], list[Leftover]]:
    """Follow references when only the new text is known, by the text each of them cites."""
    occurrences: dict[str, list[int]] = {}  # datasets cite many texts more than once
    for text in {r.text for r in cited if r.text}:
        occurrences[text] = list(islice((n for n, line in enumerate(new, start=1) if text in line), 2))
    # A text on exactly one line says where its reference went.
    found = {r: occurrences[r.text][0] for r in cited if r.text and len(occurrences[r.text]) == 1}
    anchors = sorted((r.line, line - r.line) for r, line in found.items())
    moves: list[Move] = []
    leftovers: list[Leftover] = []
    for reference in cited:
        if reference in found:
            moves.append(
                Move(reference, found[reference], f"{reference.label}: its text is on line {found[reference]} only")
            )
        elif reference.text:
            around = reference.line + _shift_near(anchors, reference.line)
            _search(reference, new, around, reference.label, moves, leftovers)
        else:
            leftovers.append(Leftover(reference, f"{reference.label}: no text to follow; left as it is"))
    shifts = {m.reference: m.line - m.reference.line for m in moves}
    moves += _follow_body(body, shifts, len(new), leftovers)
    if body is not None:
        _figures_after_body(body[1], next((m.line for m in moves if m.reference is body[1]), None), new, leftovers)
    return _changed(moves), leftovers


def _figures_after_body(last: Reference, moved: int | None, new: Sequence[str], leftovers: list[Leftover]) -> None:
    """Without the old text, whether lines after body.last were added to the article (its end grew)
    or were there before (a references list cut off on purpose) cannot be told: when they hold
    figures, which K101 does not check outside the body, a person is asked."""
    end = moved if moved is not None else last.line
    figures = [n for n in range(end + 1, len(new) + 1) if read_quantities(new[n - 1])]
    if figures:
        lines = f"line {figures[0]}" if len(figures) == 1 else f"lines {figures[0]}-{figures[-1]}"
        leftovers.append(
            Leftover(
                last,
                f"{last.label}: {lines} after line {end} hold figures, outside the body; the seed's old text is"
                f" not in git, so whether they were added to the article cannot be told: if they are its, move"
                f" body.last to line {figures[-1]} or later",
            )
        )


def _shift_near(anchors: list[tuple[int, int]], line: int) -> int:
    """The shift of the uniquely found reference nearest ``line`` (0 when there is none)."""
    if not anchors:
        return 0
    return min(anchors, key=lambda anchor: (abs(anchor[0] - line), anchor[0]))[1]


def _follow_body(body: Body, shifts: dict[Reference, int], length: int, leftovers: list[Leftover]) -> list[Move]:
    if body is None:
        return []
    first, last = body
    inside = sorted((r.line, shift, r.label) for r, shift in shifts.items() if first.line <= r.line <= last.line)
    if not inside:
        if any(shifts.values()):
            leftovers.extend(
                Leftover(b, f"{b.label}: no cited line inside the body to follow; left as it is") for b in body
            )
        return []
    moves = []
    for boundary, (line, shift, label), is_first in ((first, inside[0], True), (last, inside[-1], False)):
        guessed = line != boundary.line and shift != 0  # lines may have come or gone between the two
        if guessed:
            # Where between the boundary and that line they came or went, the text cannot tell: the
            # boundary goes only as far as keeps every line it covered inside the body (a body one
            # line too long shows in the report; one line too short would hide that line's figures).
            shift = min(shift, 0) if is_first else max(shift, 0)
        target = boundary.line + shift
        if not 1 <= target <= length:
            leftovers.append(
                Leftover(boundary, f"{boundary.label}: would move off the seed (line {target}); left as it is")
            )
            continue
        if shift:
            moves.append(Move(boundary, target, f"{boundary.label}: moves as {label} did ({shift:+d})"))
        if guessed:
            where = f"moved to line {target} as {label} did" if shift else f"kept at line {target} ({label} moved)"
            leftovers.append(
                Leftover(
                    boundary,
                    f"{boundary.label}: {where}; the seed's old text is not in git, so lines may have come or"
                    " gone on either side of it: check that the body still starts and ends there",
                )
            )
    return moves


def _changed(moves: list[Move]) -> list[Move]:
    return [move for move in moves if move.line != move.reference.line]
