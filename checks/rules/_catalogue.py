"""What the two catalogues' entries share: their fields, labels and where a finding points."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from checks.findings import Location

if TYPE_CHECKING:
    from checks.load import Document
    from schemas.vocab import Vocabulary


def field_problems(
    entry: dict[str, Any], fields: tuple[str, ...], optional: tuple[str, ...]
) -> Iterator[tuple[str | None, str]]:
    """(field, what is wrong) for the fields every entry needs, the ones it may not have and its labels."""
    for name in fields:
        if name not in entry:
            yield None, f"missing '{name}'"
    for name in set(entry) - set(fields) - set(optional):
        yield name, f"unknown field '{name}'"
    for name in ("label_en", "label_zh"):
        if name in entry and not (isinstance(entry[name], str) and entry[name].strip()):
            yield name, f"{name} must be non-empty text"


def entry_location(document: Document, path: str, name: str, field: str | None) -> Location:
    """The catalogue line of entry ``name`` (of its ``field`` when given)."""
    position = document.position(name, field) if field else document.key_positions.get((name,))
    return Location(path, position.line, position.column) if position else Location(path)


def entries(vocabulary: Vocabulary, path: str) -> Iterator[tuple[Document, Any, Any]]:
    """(the catalogue as parsed, name, entry) of every entry of the repository's catalogue at ``path``; none
    when the repository has no such file (the packaged one is used)."""
    document = vocabulary.documents.get(path)
    if document is None:
        return
    for name, entry in document.data.items():
        yield document, name, entry  # the key as parsed (its position is found by it)
