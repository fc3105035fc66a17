"""Parse a dataset file into plain values, and the position of every node when a report needs it.

Parsing is a pure function of the file's bytes (so it can be cached by content hash). libyaml
parses the text into events; we build the values from the events ourselves, without recursion, so
duplicate keys are noticed instead of silently overwritten, and every input is bounded. The
positions (1-based line and column of every key and value) cost as much as the values again, and
a clean dataset never needs one: they are found by a second pass over the text, the first time a
finding asks for one (``Document.placed``). A finding on one item of a list (a fact's field, most
findings) re-reads that item's text alone, a twentieth of the file; the first pass noted where each
item stands. The bounds:

- the file's size (``MAX_BYTES``), the nesting depth (``MAX_DEPTH``) and the number of nodes after
  alias expansion (``MAX_NODES``: a few aliases can stand for an enormous tree);
- an alias to a collection that is still open (a recursive structure) is refused;
- a scalar keeps YAML 1.1's meaning as PyYAML's safe loader gives it (``2026-01-27`` is a date,
  ``5`` an int), but a scalar whose tag cannot be constructed keeps its text, so the schema reports
  it where it stands instead of the parser giving up on the file;
- a mapping key is always text: the key as written (``yes:``, ``1:`` and ``null:`` are the keys
  "yes", "1" and "null"), so no key can be a boolean or ``None``.

Lines are counted the way editors and git count them, on ``\\n`` alone. libyaml also breaks lines on
``\\r``, NEL, U+2028 and U+2029; in a file holding one of those, positions are recomputed from the
character offset. A file whose lines end in ``\\r`` alone (classic Mac OS) is refused, saying so: it
would be one line, and every finding in it on line 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

import yaml

from checks.seeds import CR_LINE_ENDS, cr_line_ends
from checks.yaml_build import (
    MAX_DEPTH,
    MAX_NODES,
    Builder,
    Path_,
    Position,
    Refused,
    collector_paused,
    has_unusual_breaks,
    positions_by,
)

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "Document", "LoadError", "Path_", "Position", "parse_dataset"]

MAX_BYTES = 16 * 1024 * 1024  # a dataset is text a person curates; this is hundreds of times more


@dataclass(frozen=True)
class Placed:
    """Where every node of a document stands: its value's position, its key's, repeated keys."""

    positions: dict[Path_, Position]
    key_positions: dict[Path_, Position]
    duplicate_keys: tuple[tuple[Path_, Position], ...]


@dataclass(frozen=True)
class Document:
    """A parsed dataset: its values, and (computed when first asked) where each of them stands."""

    path: str
    data: Any
    text: str = field(repr=False, compare=False)
    has_duplicate_keys: bool = False

    # Where each item of a top-level list stands in ``text`` (``Builder.items``).
    items: dict[Path_, tuple[int, int, int, int]] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def placed(self) -> Placed:
        # The text parsed once already; parsing it again with positions cannot fail differently.
        builder = Builder(positions_by(self.text), track=True)
        with collector_paused():
            builder.feed(self.text)
        return Placed(builder.positions, builder.key_positions, tuple(builder.duplicates))

    @property
    def positions(self) -> dict[Path_, Position]:
        return self.placed.positions

    @property
    def key_positions(self) -> dict[Path_, Position]:
        return self.placed.key_positions

    @property
    def duplicate_keys(self) -> tuple[tuple[Path_, Position], ...]:
        return self.placed.duplicate_keys if self.has_duplicate_keys else ()

    def position(self, *path: str | int) -> Position | None:
        """The position of the node at ``path``, or of its nearest ancestor that exists."""
        if "placed" not in self.__dict__ and tuple(path[:2]) in self.items:
            found = self._item_position(tuple(path))
            if found is not None:
                return found
        positions = self.positions
        probe: Path_ = tuple(path)
        while probe:
            if probe in positions:
                return positions[probe]
            probe = probe[:-1]
        return positions.get(())

    def _item_position(self, path: Path_) -> Position | None:
        """The position of ``path`` inside one item of a top-level list, from that item's text
        alone (a fact's field without parsing the whole file again); None when the item cannot
        be read alone (an alias to an anchor outside it)."""
        item = path[:2]
        if item not in self._placed_items:
            self._placed_items[item] = self._place_item(item)
        placed = self._placed_items[item]
        if placed is None:
            return None
        probe = path[2:]
        while probe not in placed:
            probe = probe[:-1]
        return placed[probe]

    @cached_property
    def _placed_items(self) -> dict[Path_, dict[Path_, Position] | None]:
        return {}

    def _place_item(self, item: Path_) -> dict[Path_, Position] | None:
        start, end, line, column = self.items[item]
        text = " " * column + self.text[start:end]  # the item's lines at their own columns
        builder = Builder(positions_by(text), track=True)
        try:
            with collector_paused():
                builder.feed(text)
        except (yaml.YAMLError, Refused):
            return None
        if () not in builder.positions:
            return None
        return {path: Position(at.line + line, at.column) for path, at in builder.positions.items()}


@dataclass(frozen=True)
class LoadError:
    """A file that is not a YAML document we can read (syntax, encoding, a bound exceeded)."""

    path: str
    message: str
    line: int | None
    column: int | None
    # The seed path its ``source`` names, read from the text (``seeds/…`` after ``path:``): a dataset
    # that does not parse still claims its article (no K103, no second draft).
    seed: str | None = None


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", errors="replace")) + 1
    return line, column


# ``  path: seeds/x.txt`` in a block ``source`` (indented), or ``source: {path: seeds/x.txt, …}``
_SEED_CLAIM = re.compile(
    r"""^(?:source:[ \t]*\{(?:[^\n}]*?,)?[ \t]*|[ \t]+)path[ \t]*:[ \t]*"""
    r"""(?:(["'])(?P<quoted>seeds/[^"'\n]+)\1|(?P<plain>seeds/[^\s"'#,}]+))""",
    re.M,
)


def claimed_seed(text: str) -> str | None:
    """The seed path a dataset's text names, found without parsing it (the first ``path: seeds/…``)."""
    found = _SEED_CLAIM.search(text)
    return (found.group("quoted") or found.group("plain")) if found else None


def parse_dataset(path: str, data: bytes) -> Document | LoadError:
    """Parse one dataset file. Never raises for bad input: bad input is a ``LoadError`` (with the seed
    its text names, when it names one)."""
    parsed = _parse(path, data)
    if isinstance(parsed, Document) or len(data) > MAX_BYTES:
        return parsed
    text = data.decode("utf-8", "replace")
    return replace(parsed, seed=claimed_seed(text.replace("\r", "\n") if cr_line_ends(data) else text))


def _parse(path: str, data: bytes) -> Document | LoadError:
    if len(data) > MAX_BYTES:
        return LoadError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB; not read", None, None)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        return LoadError(path, f"file is not valid UTF-8 ({error.reason})", line, column)
    if cr_line_ends(data):
        return LoadError(path, CR_LINE_ENDS, None, None)
    position_of = positions_by(text)
    builder = Builder(position_of, track=False)
    try:
        with collector_paused():
            value = builder.feed(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        where = position_of(_Mark(mark)) if mark else None
        opened = _unclosed_quote(text, error.context_mark, where.line) if where else None
        if opened is not None and where is not None:
            # libyaml reads a quote left open as a scalar running on to the next quote mark, and stops
            # lines later: the curator's slip is where the quote opened.
            return LoadError(
                path,
                f"YAML syntax error: this quote is not closed on its line, so YAML read on to line "
                f"{where.line}, where it stopped ({problem or error})",
                opened.line,
                opened.column,
            )
        left_open = _flow_left_open(text, error, where, position_of) if where else None
        if left_open is not None and where is not None:
            # libyaml reads the next line as the open collection's next key or item, and stops there:
            # the curator's slip is the line that should have closed it.
            (line, column), (kind, opened) = left_open
            return LoadError(
                path,
                f"YAML syntax error: this flow {kind} (opened at line {opened.line}, column {opened.column}) is not"
                f" closed on this line, so YAML read on to line {where.line}, where it stopped ({problem})",
                line,
                column,
            )
        return LoadError(
            path,
            f"YAML syntax error: {problem or error}",
            where.line if where else None,
            where.column if where else None,
        )
    except yaml.reader.ReaderError as error:  # a character YAML does not allow; its offset is in bytes
        line, column = _byte_position(data, error.position)
        character = f"#x{error.character:04x}" if isinstance(error.character, int) else repr(error.character)
        return LoadError(path, f"YAML syntax error: unacceptable character {character}: {error.reason}", line, column)
    except yaml.YAMLError as error:
        return LoadError(path, f"YAML error: {' '.join(str(error).split())}", None, None)
    except Refused as refused:
        return LoadError(path, f"YAML refused: {refused}", refused.position.line, refused.position.column)
    # libyaml counts lines on \r, NEL and U+2028 too: items are placed alone only where it counts as we do.
    items = {} if has_unusual_breaks(text) else builder.items
    return Document(path=path, data=value, text=text, has_duplicate_keys=bool(builder.duplicates), items=items)


# Where a value opens a quote: after a key (`quote: "…`, `- text: '…`) or a list's dash at the start of
# a line, or after a flow mapping's or sequence's opening or comma on a line that is one.
_BLOCK_QUOTE = re.compile(r"""\s*(?:-\s+)?(?:[^\s"'#:\-{[][^:#]*:\s+)?(?P<mark>["'])""")
_FLOW_QUOTE = re.compile(r"""[{,\[]\s*(?:[^\s"'{},:]+:\s*)?(?P<mark>["'])""")


def _quotes_opened(line: str) -> list[int]:
    """Where quoted scalars open on ``line`` (a comment's line has none)."""
    body = line.lstrip()
    if body.startswith("#"):
        return []
    if body.lstrip("- ").startswith(("{", "[")):
        return [opening.start("mark") for opening in _FLOW_QUOTE.finditer(line)]
    block = _BLOCK_QUOTE.match(line)
    return [block.start("mark")] if block else []


def _closes(line: str, at: int) -> bool:
    """Whether the quoted scalar opening at ``line[at]`` ends on the same line."""
    mark = line[at]
    index = at + 1
    while index < len(line):
        if mark == '"' and line[index] == "\\":
            index += 2
            continue
        if line[index] == mark:
            if mark == "'" and line[index + 1 : index + 2] == "'":
                index += 2  # '' is a quote mark inside a single-quoted scalar
                continue
            return True
        index += 1
    return False


def _unclosed_quote(text: str, context: Any, last: int) -> Position | None:
    """The first quote left open on its line between where a syntax error's context began (or 40
    lines before it stopped) and the line where it stopped, or None."""
    lines = text.split("\n")
    first = context.line + 1 if context is not None else max(1, last - 40)
    for number in range(max(1, first), min(last, len(lines)) + 1):
        line = lines[number - 1]
        for at in _quotes_opened(line):
            if not _closes(line, at):
                return Position(number, at + 1)
    return None


_TRAILING_COMMENT = re.compile(r"\s+#.*$")


def _flow_left_open(
    text: str, error: yaml.MarkedYAMLError, where: Position, position_of: Any
) -> tuple[tuple[int, int], tuple[str, Position]] | None:
    """Where a flow mapping or sequence was left open: the first line after the one it opened on, or
    that line itself, that neither closes it nor goes on with it (ends with ``,`` ``{`` ``[`` ``:``)
    and comes before the line where the parser stopped; None when the error is not that (an error
    inside a collection that goes on over lines keeps its place)."""
    context = error.context or ""
    kind = next((k for k in ("mapping", "sequence") if context == f"while parsing a flow {k}"), None)
    if kind is None or error.context_mark is None:
        return None
    opened = position_of(_Mark(error.context_mark))
    lines = text.split("\n")
    for number in range(opened.line, min(where.line, len(lines) + 1)):
        content = _TRAILING_COMMENT.sub("", lines[number - 1]).rstrip()
        if not content or (content.lstrip().startswith("#") and number > opened.line):
            continue
        if not content.endswith((",", "{", "[", ":")):
            return (number, len(content) + 1), (kind, opened)
    return None


class _Mark:
    """An error's mark dressed as an event, so syntax errors are placed like nodes."""

    __slots__ = ("start_mark",)

    def __init__(self, mark: Any) -> None:
        self.start_mark = mark
