"""Edit a YAML document's text in place: replace a scalar, or append items to a list, touching nothing else.

The text is composed once (libyaml, like the loader) and each edit is computed from the character
span of its node (``start_mark.index`` to ``end_mark.index``): an index counts characters of the
decoded text, whatever the line breaks (CRLF, a U+2028 inside a quoted note), so an edit lands
exactly on its scalar. Everything outside the replaced spans stays byte for byte as it was.

A scalar is rewritten only when its form can be rewritten faithfully: a plain decimal integer, or
a plain or quoted string of letters and digits. Anything else (``0xF``, ``1_5``, ``+15``, ``!!int
15``, an anchor or an alias anywhere on its path, a duplicate key) raises ``CannotEdit`` with the
reason, for the caller to report as left for a person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

import yaml
from yaml.resolver import Resolver

from checks.yaml_build import Loader, collector_paused

Key = str | int
NodePath = tuple[Key, ...]

INT_TAG = "tag:yaml.org,2002:int"
STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
UNRESOLVED = "?"
BYTE_ORDER_MARK = "\ufeff"
# YAML 1.1 reads 015 as octal, 1_5 as 15, 0xF as hex, 1:30 as sexagesimal: only this is written as read.
PLAIN_DECIMAL = re.compile(r"0|[1-9][0-9]*")
WORD = re.compile(r"[0-9A-Za-z]*")


class _Composer(Loader):  # type: ignore[misc,valid-type]
    """The loader's composer, without resolving each plain scalar's implicit type: only the few
    scalars to be edited need theirs (``_tag``), and resolving all of them is most of the time."""

    def resolve(self, kind: type[yaml.Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        return UNRESOLVED


class CannotEdit(Exception):
    """The edit cannot be made faithfully; the message says why, for a person to do it by hand."""

    def __init__(self, message: str, at: int | None = None) -> None:
        super().__init__(message)
        self.at = at  # the character index of the node that stopped it, when there is one


@dataclass(frozen=True)
class Replacement:
    """Replace ``text[start:end]`` (character indices of the decoded text) with ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Scalar:
    path: NodePath
    start: int
    end: int
    source: str  # the scalar as written, text[start:end]
    value: str  # the scalar's content (what the loader constructs from)
    tag: str
    style: str | None  # None (plain), "'", '"', "|" or ">"


class YamlText:
    """A YAML document's text with its node tree, for edits that keep everything else as it was."""

    def __init__(self, text: str) -> None:
        """Raises ``yaml.YAMLError`` when ``text`` is not one YAML document."""
        self.text = text
        # libyaml does not count a byte-order mark in its indices; compose without it, shift by it.
        self._offset = 1 if text.startswith(BYTE_ORDER_MARK) else 0
        loader = _Composer(text[self._offset :])
        try:
            with collector_paused():  # a tree of fresh nodes: nothing for the collector to free
                self.root: yaml.Node | None = loader.get_single_node()
        finally:
            loader.dispose()
        self._line_starts: list[int] | None = None

    # ---- positions --------------------------------------------------------------------------

    def span(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.index + self._offset, node.end_mark.index + self._offset

    def line_of(self, index: int) -> int:
        """The 1-based line of ``index`` as an editor and git count lines (``\\n`` ends a line)."""
        if self._line_starts is None:
            self._line_starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        return bisect.bisect_right(self._line_starts, index)

    def line_at(self, path: NodePath) -> int | None:
        """The line of the node at ``path`` (or of what stops the way to it), if there is one."""
        try:
            return self.line_of(self.span(self.node(path))[0])
        except CannotEdit as cannot:
            return None if cannot.at is None else self.line_of(cannot.at)

    @property
    def newline(self) -> str:
        """The file's own line ending (that of its first line), for text added to it."""
        first = self.text.find("\n")
        return "\r\n" if first > 0 and self.text[first - 1] == "\r" else "\n"

    # ---- locating ---------------------------------------------------------------------------

    def _child(self, node: yaml.Node, key: Key) -> tuple[yaml.Node, yaml.Node] | None:
        """(key node or the item itself, value node) of ``key`` in ``node``; None when absent."""
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and not isinstance(key, bool):
            return (node.value[key], node.value[key]) if 0 <= key < len(node.value) else None
        if isinstance(node, yaml.MappingNode) and isinstance(key, str):
            found = [
                (k, v)
                for k, v in node.value
                if isinstance(k, yaml.ScalarNode) and k.value == key and _tag(k) == STR_TAG
            ]
            if len(found) > 1:
                raise CannotEdit(f"the key {key!r} appears {len(found)} times in one mapping", self.span(node)[0])
            return found[0] if found else None
        return None

    def node(self, path: NodePath) -> yaml.Node:
        """The node at ``path``, refusing any path through an anchor, an alias or an explicit tag.

        An alias is the very node of its anchor, so editing it would edit every place that refers
        to it; both start with the anchor (``&name``) in the text, which is what is checked.
        """
        if self.root is None:
            raise CannotEdit("the document is empty")
        node = self.root
        self._check_plain(node, ())
        for depth, key in enumerate(path):
            child = self._child(node, key)
            if child is None:
                raise CannotEdit(f"there is no {dotted(path[: depth + 1])}", self.span(node)[0])
            node = child[1]
            self._check_plain(node, path[: depth + 1])
        return node

    def _check_plain(self, node: yaml.Node, path: NodePath) -> None:
        start, _ = self.span(node)
        written = self.text[start : start + 1]
        name = dotted(path) or "the document"
        if written == "&":
            raise CannotEdit(f"{name} carries an anchor (aliases may share it)", start)
        if written == "!":
            raise CannotEdit(f"{name} has an explicit tag", start)

    def scalar(self, path: NodePath) -> Scalar:
        node = self.node(path)
        if not isinstance(node, yaml.ScalarNode):
            raise CannotEdit(f"{dotted(path)} is not a single value", self.span(node)[0])
        start, end = self.span(node)
        # libyaml gives a plain scalar the style "", the pure-Python composer None.
        return Scalar(path, start, end, self.text[start:end], node.value, _tag(node), node.style or None)

    # ---- editing ----------------------------------------------------------------------------

    def replace_int(self, path: NodePath, old: int, new: int) -> Replacement:
        """Write ``new`` in place of the plain decimal integer ``old`` at ``path``."""
        scalar = self.scalar(path)
        if scalar.tag != INT_TAG or scalar.style is not None or not PLAIN_DECIMAL.fullmatch(scalar.source):
            raise CannotEdit(f"it is written {scalar.source!r}, not as a plain decimal number", scalar.start)
        if int(scalar.source) != old:
            raise CannotEdit(f"it is {scalar.source} in the file, not {old} (edited meanwhile?)", scalar.start)
        return Replacement(scalar.start, scalar.end, str(new))

    def replace_word(self, path: NodePath, old: str, new: str) -> Replacement:
        """Write the string ``new`` (letters and digits) in place of the string ``old``, in its quoting."""
        if not WORD.fullmatch(new):
            raise ValueError(f"{new!r} is not made of letters and digits only")
        scalar = self.scalar(path)
        quote = scalar.style or ""
        if scalar.tag != STR_TAG or quote not in ("", "'", '"') or scalar.source != f"{quote}{scalar.value}{quote}":
            raise CannotEdit(f"it is written {scalar.source!r}, not as a simple string", scalar.start)
        if scalar.value != old:
            raise CannotEdit(f"it is {scalar.value!r} in the file, not {old!r} (edited meanwhile?)", scalar.start)
        if not quote and Resolver().resolve(yaml.ScalarNode, new, (True, False)) != STR_TAG:
            quote = '"'  # written plain it would read as a number: quote it so it stays a string
        return Replacement(scalar.start, scalar.end, f"{quote}{new}{quote}")

    def append_items(self, path: NodePath, block: str) -> Replacement:
        """Add the items of ``block`` (YAML of one or more ``- ...`` items at column 0, ``\\n`` line
        ends) at the end of the block-style list at ``path``, after its last item and any comment on
        that item's last line, indented like its items and with the file's line endings.

        An empty flow list (``key: []``) or an empty value (``key:``, ``key: null``) becomes a block
        list; a top-level key that is missing is added at the end. Any other form (a flow list with
        items, a mapping, an anchor...) raises ``CannotEdit``.
        """
        if len(path) == 1 and isinstance(self.root, yaml.MappingNode) and self._child(self.root, path[0]) is None:
            lead = "" if not self.text or self.text.endswith("\n") else self.newline
            at = len(self.text)
            return Replacement(at, at, f"{lead}{path[0]}:{self.newline}{self._lines(block, 2)}")
        node = self.node(path)
        start, end = self.span(node)
        null = isinstance(node, yaml.ScalarNode) and _tag(node) == NULL_TAG
        if null or (isinstance(node, yaml.SequenceNode) and node.flow_style and not node.value):
            return self._fill(path, start, end, block)
        if not isinstance(node, yaml.SequenceNode):
            raise CannotEdit(f"{dotted(path)} is not a list", start)
        if node.flow_style:
            raise CannotEdit(f"{dotted(path)} is a flow-style list ([a, b]); add the items by hand", start)
        if self.text[self._line_start(start) : start].strip(" "):
            raise CannotEdit(f"{dotted(path)} does not start on a line of its own", start)
        end = self._content_end(node.value[-1])
        at = end if self.text[end - 1] == "\n" else self._line_end(end)  # a block scalar ends after its break
        return Replacement(at, at, self._added(self._lines(block, self._column(start)), at))

    def _fill(self, path: NodePath, start: int, end: int, block: str) -> Replacement:
        """``key: []`` or ``key:`` becomes ``key:`` (its comment kept) followed by the items."""
        key_start = self._key_start(path)
        at = self._line_end(key_start)
        if end > at:
            raise CannotEdit(f"{dotted(path)} is empty but not on the line of its key", start)
        added = self._added(self._lines(block, self._column(key_start) + 2), at)
        if start == end:
            return Replacement(at, at, added)
        blank_before = len(self.text[:start]) - len(self.text[:start].rstrip(" \t"))
        # One replacement from the empty value to the insertion, so edits never overlap.
        return Replacement(start - blank_before, at, self.text[end:at] + added)

    def _lines(self, block: str, indent: int) -> str:
        lines = block.removesuffix("\n").split("\n")
        return "".join((" " * indent + line if line else "") + self.newline for line in lines)

    def _added(self, lines: str, at: int) -> str:
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            return self.newline + lines.removesuffix(self.newline)  # the file keeps ending without a break
        return lines

    def _key_start(self, path: NodePath) -> int:
        parent = self.node(path[:-1])
        child = self._child(parent, path[-1])
        assert child is not None  # node(path) found it
        return self.span(child[0])[0]

    def _content_end(self, node: yaml.Node) -> int:
        """Where the last character of a node's own text is: a block collection's end mark lies past
        the comments and blank lines after it, so descend to its last child."""
        while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style and node.value:
            last = node.value[-1]
            node = last[1] if isinstance(node, yaml.MappingNode) else last
        return self.span(node)[1]

    def _line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def _line_end(self, index: int) -> int:
        """The index just after the line break that ends the line of ``index`` (or the end of text)."""
        found = self.text.find("\n", index)
        return len(self.text) if found < 0 else found + 1

    def _column(self, index: int) -> int:
        return index - self._line_start(index)


def _tag(node: yaml.ScalarNode) -> str:
    """The scalar's tag; for an untagged one, the type the loader gives it."""
    if node.tag != UNRESOLVED:
        return str(node.tag)
    plain = not node.style
    return str(_RESOLVER.resolve(yaml.ScalarNode, node.value, (plain, not plain)))


_RESOLVER = Resolver()


def apply(text: str, replacements: Iterable[Replacement]) -> str:
    """``text`` with each replacement made (they must not overlap), in one pass."""
    pieces, position = [], 0
    for replacement in sorted(replacements, key=lambda r: (r.start, r.end)):
        if replacement.start < position:
            raise ValueError(f"overlapping edits at character {replacement.start}")
        pieces += [text[position : replacement.start], replacement.new]
        position = replacement.end
    pieces.append(text[position:])
    return "".join(pieces)


def dotted(path: NodePath) -> str:
    """``("facts", 3, "line")`` → ``facts[3].line``."""
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out
