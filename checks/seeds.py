"""The articles datasets cite: read safely, split into lines the way an editor numbers them."""

from __future__ import annotations

import hashlib
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checks.files import Missing, Refused, read_inside

SEEDS_DIR = "seeds"


@dataclass(frozen=True)
class Seed:
    path: str
    exists: bool
    sha256: str | None = None
    lines: tuple[str, ...] = ()
    error: str | None = None  # why the text could not be read

    @property
    def readable(self) -> bool:
        return self.exists and self.error is None

    def lines_with(self, text: str) -> list[int]:
        """The numbers of the lines that hold ``text`` verbatim."""
        return [number for number, line in enumerate(self.lines, start=1) if text in line]

    def line(self, number: int) -> str | None:
        """Line ``number`` (1-based), or None when the seed has no such line or cannot be read."""
        if not self.readable or not 1 <= number <= len(self.lines):
            return None
        return self.lines[number - 1]


def split_lines(text: str) -> tuple[str, ...]:
    """Lines as an editor numbers them: a final newline ends the last line rather than starting
    another, and the CR of a CRLF ending is not part of its line."""
    lines = text.removesuffix("\n").split("\n") if text else []
    return tuple(line.removesuffix("\r") for line in lines)


def seed_from_bytes(path: str, data: bytes) -> Seed:
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Seed(path, True, digest, error=f"not valid UTF-8 at byte {error.start}")
    return Seed(path, True, digest, split_lines(text))


def read_seed(root: Path, path: str) -> Seed:
    """The seed at ``path`` (a normalised path under ``seeds/``), read only if it is a regular file
    inside ``seeds/``; anything else is a seed that exists but cannot be read, and says why."""
    try:
        data = read_inside(root, path, SEEDS_DIR)
    except Missing:
        return Seed(path, exists=False)
    except Refused as refused:
        return Seed(path, True, error=str(refused).removeprefix(f"{path} "))
    return seed_from_bytes(path, data)


def line_text(seeds: Mapping[str, Seed], seed: object, line: object) -> str | None:
    """The text of ``line`` of ``seed``, or None when either is missing, bad or unreadable."""
    found = seeds.get(seed) if isinstance(seed, str) else None
    if found is None:
        return None
    if type(line) is not int and (not isinstance(line, numbers.Real) or line != line):  # int first: cheap
        return None
    return found.line(int(line))  # type: ignore[arg-type]  # a Real is an int or a float here
