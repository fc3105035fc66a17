"""Values (and, when asked, positions) from libyaml's events, built without recursion and bounded.

``Builder.feed`` turns the events of one document into plain values. Without ``track`` it builds
only the values, as fast as Python can walk the events; with ``track`` it also records the position
of every value and key (``checks.load.Document.placed`` asks for that only when a report needs a
position). Scalars keep YAML 1.1's meaning as PyYAML's safe loader gives it; keys stay text as
written; the nesting depth and the nodes after alias expansion are bounded; an alias to an open
collection (a recursive structure) is refused.
"""

from __future__ import annotations

import bisect
import gc
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

Path_ = tuple[str | int, ...]  # ("facts", 3, "value")

# libyaml when it is there (about ten times faster); the pure-Python parser otherwise.
Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 64  # the format needs 4 levels
MAX_NODES = 1_000_000  # after alias expansion


class Position(NamedTuple):
    line: int
    column: int


@contextmanager
def collector_paused() -> Iterator[None]:
    # Building many small containers triggers the cyclic GC constantly; it finds nothing to free
    # in a fresh parse tree, and pausing it makes parsing markedly faster.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Refused(Exception):
    def __init__(self, message: str, position: Position) -> None:
        super().__init__(message)
        self.position = position


# ---- scalars --------------------------------------------------------------------------------------

_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
# The most digits Python reads as a whole number (4,300 unless set otherwise; 0: no limit), a sign taken for one.
_INT_DIGITS = sys.get_int_max_str_digits() or sys.maxsize
_DECIMAL_FRACTION = re.compile(r"[-+]?[0-9]+\.[0-9]+\Z")  # YAML 1.1 reads it as float() does
# First characters of a plain scalar that YAML 1.1 may read as something other than text (the
# implicit resolvers of PyYAML: bool, float, int, merge, null, timestamp, value).
_MAYBE_TYPED = frozenset("-+.0123456789yYnNtTfFoO~<=")
# The nulls and booleans of YAML 1.1 as PyYAML's resolver spells them: looked up at once (a dataset
# writes null a few times per fact, and the resolver and constructor cost a dozen calls each).
_NULLS_AND_BOOLEANS = {
    **dict.fromkeys(["~", "null", "Null", "NULL"], None),
    **dict.fromkeys(["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"], True),
    **dict.fromkeys(["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"], False),
}


def _construct(tag: str, value: str, style: str | None) -> Any:
    try:
        return _CONSTRUCTOR.construct_object(yaml.ScalarNode(tag, value, style=style), deep=True)
    except Exception:  # PyYAML's constructors fail in many ways (a KeyError for !!bool maybe)
        return value  # a scalar that looks typed but is not valid (a date 2026-13-45): keep its text


def _scalar(event: ScalarEvent) -> Any:
    value: str = event.value
    if event.implicit[0]:  # plain, untagged: resolve as YAML 1.1 does
        if not value:
            return None
        if value[0] not in _MAYBE_TYPED:
            return value
        if value in _NULLS_AND_BOOLEANS:
            return _NULLS_AND_BOOLEANS[value]
        if value.isascii() and value.isdigit() and (value[0] != "0" or len(value) == 1):
            # a line number, a count: what _DECIMAL takes, without the pattern (the commonest typed scalar)
            return int(value) if len(value) <= _INT_DIGITS else float(value)
        if _DECIMAL.match(value):
            # Python refuses to read a whole number of more digits than sys.get_int_max_str_digits()
            # (4,300: reading more costs time quadratic in them): so long a number is as good as infinite.
            return int(value) if len(value) <= _INT_DIGITS else float(value)
        if _DECIMAL_FRACTION.match(value):
            return float(value)
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
        return value if tag == _STR else _construct(tag, value, None)
    if event.tag is None or event.tag == "!":  # quoted, untagged
        return value
    return _construct(event.tag, value, event.style)


# ---- building ---------------------------------------------------------------------------------------

_EXPECTING_KEY = object()  # a mapping waiting for its next key (a key may itself be None)


class _Frame:
    """A collection being built: the container, its path, its pending key, its anchor, its size."""

    __slots__ = ("anchor", "container", "is_map", "key", "key_event", "nodes", "path")

    def __init__(self, container: dict[str, Any] | list[Any], path: Path_, anchor: str | None) -> None:
        self.container = container
        self.is_map = container.__class__ is dict
        self.path = path
        self.key: Any = _EXPECTING_KEY
        self.key_event: Any = None
        self.anchor = anchor
        self.nodes = 1


class Builder:
    """Values from events. With ``track``, also the position of every node (a second, slower pass
    made only when a report needs a position: most datasets of a clean corpus never do)."""

    def __init__(self, position_of: Callable[[Any], Position], track: bool) -> None:
        self.position_of = position_of  # event → Position
        self.track = track
        self.positions: dict[Path_, Position] = {}
        self.key_positions: dict[Path_, Position] = {}
        self.duplicates: list[tuple[Path_, Position]] = []
        self.anchors: dict[str, tuple[Any, int]] = {}  # anchor → (value, nodes it expands to)
        self.open_anchors: set[str] = set()
        self.stack: list[_Frame] = []
        self.nodes = 0
        self.documents = 0
        self.root: Any = None
        self._starts: list[Any] = []  # the start event of each open collection
        # Where each collection inside a top-level list starts and ends (("facts", 3) → start
        # offset, end offset, line, column): a finding on a fact then re-reads that item alone.
        self.items: dict[Path_, tuple[int, int, int, int]] = {}

    def feed(self, text: str) -> Any:
        """The value of the YAML document ``text`` (raises yaml.YAMLError and ``Refused``)."""
        loader = Loader(text)
        try:
            return self._feed(loader.get_event)
        finally:
            loader.dispose()

    def _feed(self, next_event: Callable[[], Any]) -> Any:
        stack, track, positions, key_positions = self.stack, self.track, self.positions, self.key_positions
        position_of = self.position_of
        # The parser's own loop (not yaml.parse's generator): one call per event.
        while (event := next_event()) is not None:
            kind = event.__class__
            if kind is ScalarEvent and stack:
                # The common case, kept to one pass through this loop: a key or a scalar value.
                top = stack[-1]
                self.nodes += 1
                top.nodes += 1
                if self.nodes > MAX_NODES:
                    self._count(0, event)
                if top.is_map:
                    if top.key is _EXPECTING_KEY:
                        # A mapping key is text: the scalar as written (yes, 1, null are "yes", "1", "null").
                        top.key = event.value
                        top.key_event = event
                        if event.anchor is not None:
                            self.anchors[event.anchor] = (event.value, 1)
                        continue
                    value = _scalar(event)
                    key = top.key
                    container = top.container
                    if key in container:
                        self._duplicate(top, key, event)
                    container[key] = value
                    top.key = _EXPECTING_KEY
                    if track:
                        path = (*top.path, key)
                        positions[path] = position_of(event)
                        key_positions[path] = position_of(top.key_event)
                else:
                    value = _scalar(event)
                    if track:
                        positions[(*top.path, len(top.container))] = position_of(event)
                    top.container.append(value)  # type: ignore[union-attr]
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1)
            elif kind is ScalarEvent:
                self._value(_scalar(event), event, 1, event.anchor, counted=False)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self._open({} if kind is MappingStartEvent else [], event)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                self._close(event)
            elif kind is AliasEvent:
                self._alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise Refused("expected one document in the file, found another", position_of(event))
        return self.root

    def _count(self, nodes: int, event: Any) -> None:
        self.nodes += nodes
        if self.nodes > MAX_NODES:
            raise Refused(f"the document expands to more than {MAX_NODES} nodes (aliases?)", self.position_of(event))

    def _duplicate(self, top: _Frame, key: Any, event: Any) -> None:
        path = (*top.path, key)
        self.duplicates.append((path, self.position_of(top.key_event or event)))

    def _value(self, value: Any, event: Any, nodes: int, anchor: str | None, counted: bool) -> None:
        """Place a value that is not a scalar in a collection: a root, a closed collection, an alias
        (``nodes``: what it expands to; ``counted``: already counted towards ``MAX_NODES``)."""
        if not counted:
            self._count(nodes, event)
        if not self.stack:
            self.root = value
            if self.track:
                self.positions[()] = self.position_of(event)
        else:
            top = self.stack[-1]
            top.nodes += nodes
            container = top.container
            if top.is_map and top.key is _EXPECTING_KEY:
                top.key = event.value if event.__class__ is ScalarEvent else _key_text(value)
                top.key_event = event
                value = top.key
            elif top.is_map:
                key = top.key
                if key in container:
                    self._duplicate(top, key, event)
                container[key] = value
                top.key = _EXPECTING_KEY
                if self.track:
                    path = (*top.path, key)
                    self.positions[path] = self.position_of(event)
                    self.key_positions[path] = self.position_of(top.key_event)
            else:
                if self.track:
                    self.positions[(*top.path, len(container))] = self.position_of(event)
                container.append(value)  # type: ignore[union-attr]
        if anchor is not None:
            self.anchors[anchor] = (value, nodes)

    def _open(self, container: dict[str, Any] | list[Any], event: Any) -> None:
        self._count(1, event)
        if len(self.stack) >= MAX_DEPTH:
            raise Refused(f"the document nests deeper than {MAX_DEPTH} levels", self.position_of(event))
        path: Path_ = ()
        if self.track and self.stack:
            parent = self.stack[-1]
            if parent.is_map and parent.key is _EXPECTING_KEY:
                path = (*parent.path, "?")  # a collection used as a key: built, then turned to text
            else:
                path = (*parent.path, parent.key if parent.is_map else len(parent.container))
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(container, path, event.anchor))
        self._starts.append(event)

    def _close(self, event: Any) -> None:
        frame = self.stack.pop()
        start = self._starts.pop()
        if len(self.stack) == 2 and self.stack[0].is_map and not self.stack[1].is_map and not self.track:
            mark = start.start_mark
            self.items[(str(self.stack[0].key), len(self.stack[1].container))] = (
                mark.index,
                event.end_mark.index,
                mark.line,
                mark.column,
            )
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
        self._value(frame.container, start, frame.nodes, frame.anchor, counted=True)

    def _alias(self, event: AliasEvent) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise Refused("an alias refers to a node that contains it (a recursive structure)", self.position_of(event))
        if name not in self.anchors:
            raise Refused(f"alias *{name} names no anchor", self.position_of(event))
        value, nodes = self.anchors[name]
        if self.stack and self.stack[-1].is_map and self.stack[-1].key is _EXPECTING_KEY:
            value = _key_text(value)
        self._value(value, event, nodes, None, counted=False)


def _key_text(value: Any) -> str:
    """A key that is no scalar as YAML writes it (``[a, b]``, ``{a: 1}``), for the messages that name it."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[" + ", ".join(_key_text(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key_text(key)}: {_key_text(item)}" for key, item in value.items()) + "}"
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    return str(value)


# ---- positions ---------------------------------------------------------------------------------------


def has_unusual_breaks(text: str) -> bool:
    """Whether ``text`` holds a character libyaml counts as a line break besides ``\\n``. (Four
    substring searches: a tenth of the time of one character-class search over a dataset.)"""
    return "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text


def positions_by(text: str) -> Callable[[Any], Position]:
    """A function event → Position on ``\\n``-counted lines and characters."""
    if not has_unusual_breaks(text):

        def simple(event: Any) -> Position:
            mark = event.start_mark
            return Position(mark.line + 1, mark.column + 1)

        return simple
    starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def by_offset(event: Any) -> Position:
        index = event.start_mark.index
        line = bisect.bisect_right(starts, index)
        return Position(line, index - starts[line - 1] + 1)

    return by_offset
