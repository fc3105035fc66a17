"""Parse a dataset file into plain values plus the position of every node.

Parsing is a pure function of the file's bytes (so it can be cached by content hash). libyaml
composes the node tree; we build the values ourselves so every mapping key and value keeps its
1-based line and column, and so duplicate keys are noticed instead of silently overwritten.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import yaml

# libyaml when it is there (about ten times faster); the pure-Python loader otherwise.
Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]  # ("facts", 3, "value")


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class Document:
    """A parsed dataset: its values, and where each of them stands in the file."""

    path: str
    data: Any
    positions: dict[Path_, Position] = field(repr=False)
    key_positions: dict[Path_, Position] = field(repr=False)
    duplicate_keys: tuple[tuple[Path_, Position], ...] = ()

    def position(self, *path: str | int) -> Position | None:
        """The position of the node at ``path``, or of its nearest ancestor that exists."""
        probe: Path_ = tuple(path)
        while probe:
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get(())


@dataclass(frozen=True)
class LoadError:
    """A file that is not a YAML document we can read (syntax, encoding)."""

    path: str
    message: str
    line: int | None
    column: int | None


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


def _mark(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


# Aliases can make a small file expand into an enormous (or endless) tree; refuse before that.
MAX_NODES = 1_000_000


class _Refused(Exception):
    def __init__(self, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.position = _mark(node)


class _Builder:
    def __init__(self) -> None:
        self._building: set[int] = set()  # nodes on the current path: an alias to one is a cycle
        self._count = 0
        self.positions: dict[Path_, Position] = {}
        self.key_positions: dict[Path_, Position] = {}
        self.duplicates: list[tuple[Path_, Position]] = []
        self._scalars = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self._count += 1
        if self._count > MAX_NODES:
            raise _Refused(f"the document expands to more than {MAX_NODES} nodes (aliases?)", node)
        self.positions[path] = _mark(node)
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            if id(node) in self._building:
                raise _Refused("an alias refers to a node that contains it (a recursive structure)", node)
            self._building.add(id(node))
            try:
                return self._collection(node, path)
            finally:
                self._building.discard(id(node))
        return self._scalar(node)

    def _collection(self, node: yaml.Node, path: Path_) -> Any:
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
                key = key if isinstance(key, str | int) else str(key)
                child = (*path, key)
                if key in result:
                    self.duplicates.append((child, _mark(key_node)))
                self.key_positions[child] = _mark(key_node)
                result[key] = self.build(value_node, child)
            return result
        return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self._scalars.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError):
            # A scalar that looks typed but is not valid (a date 2026-13-45): keep its text, so
            # the schema reports it at its position instead of the parser giving up on the file.
            return node.value


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", errors="replace")) + 1
    return line, column


def parse_dataset(path: str, data: bytes) -> Document | LoadError:
    """Parse one dataset file. Never raises for bad input: bad input is a ``LoadError``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        return LoadError(path, f"file is not valid UTF-8 ({error.reason})", line, column)
    try:
        with collector_paused():
            loader = Loader(text)
            try:
                root = loader.get_single_node()
            finally:
                loader.dispose()
            builder = _Builder()
            value = builder.build(root, ()) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        return LoadError(
            path,
            f"YAML syntax error: {problem or error}",
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        )
    except yaml.YAMLError as error:
        return LoadError(path, f"YAML error: {error}", None, None)
    except _Refused as refused:
        return LoadError(path, f"YAML refused: {refused}", refused.position.line, refused.position.column)
    return Document(
        path=path,
        data=value,
        positions=builder.positions,
        key_positions=builder.key_positions,
        duplicate_keys=tuple(builder.duplicates),
    )
