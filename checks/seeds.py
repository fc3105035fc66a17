"""The articles datasets cite: read safely, split into lines the way an editor numbers them."""

from __future__ import annotations

import hashlib
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checks.files import Missing, Refused, read_inside

SEEDS_DIR = "seeds"

# What to do about an article saved in GBK or Big5, the usual case of one that is not UTF-8.
UTF8_ADVICE = "save the article as UTF-8 first (e.g. iconv -f GBK -t UTF-8)"


def not_utf8(error: UnicodeDecodeError) -> str:
    """Why a text could not be read as UTF-8, as draft, numbers and P102 say it."""
    return f"not valid UTF-8 at byte {error.start}"


@dataclass(frozen=True)
class Seed:
    path: str
    exists: bool
    sha256: str | None = None
    lines: tuple[str, ...] = ()
    error: str | None = None  # why the text could not be read
    # What an editor adds when it re-saves a text (a byte-order mark, CRLF line ends), for P103 to
    # name when the pinned hash no longer matches.
    saved_with: tuple[str, ...] = ()

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


# What a text whose lines end in CR alone (classic Mac OS) is told: lines are numbered on LF, as git
# and editors number them, so such a text is one line, and every line a dataset cites past the first
# would be reported missing, or a quote not on it, dozens of findings for one cause.
CR_LINE_ENDS = (
    "its lines end in CR alone (old Mac line ends), so git and factlint read it as one line:"
    " convert them to LF (e.g. with mac2unix)"
)


def cr_line_ends(data: bytes) -> bool:
    """Whether the lines of ``data`` end in CR alone: more CRs that no LF follows than LFs (a stray CR
    inside a line of an LF text is not this, nor are CRLF ends, mixed with LF ones or not)."""
    if b"\r" not in data:
        return False  # nearly every file: one scan
    bare = data.count(b"\r") - data.count(b"\r\n")
    return bare > data.count(b"\n")


def split_lines(text: str) -> tuple[str, ...]:
    """Lines as an editor numbers them: a final newline ends the last line rather than starting
    another, and the CR of a CRLF ending is not part of its line."""
    lines = text.removesuffix("\n").split("\n") if text else []
    return tuple(line.removesuffix("\r") for line in lines)


# An article is a few pages: the real seeds have under 10 kB. Reading a seed's numbers costs a few
# microseconds a character, so a bound on its size is a bound on the time a run takes.
MAX_SEED_BYTES = 1024 * 1024
# A line of an article is a paragraph: the longest of the real seeds has about 6,000 characters.
# Every rule, the number reader and the draft work line by line, some of them in time that grows
# faster than the line; a line far longer than any paragraph is not an article's, and is refused.
MAX_LINE_CHARS = 20_000


def seed_from_bytes(path: str, data: bytes) -> Seed:
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Seed(path, True, digest, error=not_utf8(error))
    cr_only = cr_line_ends(data)
    if cr_only:  # one finding at the file (P102), not one per line it cites
        return Seed(path, True, digest, error=CR_LINE_ENDS, saved_with=editor_marks(data, cr_only))
    lines = split_lines(text)
    if len(text) > MAX_LINE_CHARS:  # only then can a line be too long
        for number, line in enumerate(lines, start=1):
            if len(line) > MAX_LINE_CHARS:
                return Seed(
                    path,
                    True,
                    digest,
                    error=f"line {number} has {len(line):,} characters, more than the {MAX_LINE_CHARS:,} of any "
                    "article's paragraph",
                )
    return Seed(path, True, digest, lines, saved_with=editor_marks(data, cr_only))


def editor_marks(data: bytes, cr_only: bool) -> tuple[str, ...]:
    """How an editor saved ``data`` beyond plain UTF-8 with LF (``cr_only``: ``cr_line_ends(data)``, known already)."""
    marks = ("a byte-order mark",) if data.startswith(b"\xef\xbb\xbf") else ()
    if cr_only:
        return (*marks, "line ends of CR alone")
    return (*marks, "CRLF line ends") if b"\r\n" in data else marks


def read_seed(root: Path, path: str) -> Seed:
    """The seed at ``path`` (a normalised path under ``seeds/``), read only if it is a regular file
    inside ``seeds/``; anything else is a seed that exists but cannot be read, and says why."""
    try:
        data = read_inside(root, path, SEEDS_DIR, limit=MAX_SEED_BYTES)
    except Missing:
        return Seed(path, exists=False)
    except Refused as refused:
        return Seed(path, True, error=str(refused).removeprefix(f"{path} "))
    return seed_from_bytes(path, data)


def quote_columns(text: str | None, quote: object, empty: bool = False) -> tuple[int, int] | None:
    """Where ``quote`` first stands in the line ``text``: its 1-based column and the column after
    it; None when there is no text, the quote is not text, or it is not in the line. An empty quote
    (S104 reports it) has no place, unless ``empty``: then it stands, with no width, at the start
    (the article view marks its fact there, as P105 finds it on its line)."""
    if text is None or not isinstance(quote, str) or not (quote or empty):
        return None
    at = text.find(quote)
    return (at + 1, at + 1 + len(quote)) if at >= 0 else None


def readable_seeds(seeds: Mapping[str, Seed]) -> list[str]:
    """The seeds that could be read (for the others P101/P102 say so once, and no rule reads them)."""
    return [name for name, seed in seeds.items() if seed.readable]


def line_text(seeds: Mapping[str, Seed], seed: object, line: object) -> str | None:
    """The text of ``line`` of ``seed``, or None when either is missing, bad or unreadable."""
    found = seeds.get(seed) if isinstance(seed, str) else None
    if found is None:
        return None
    if type(line) is not int and (not isinstance(line, numbers.Real) or line != line):  # int first: cheap
        return None
    return found.line(int(line))  # type: ignore[arg-type]  # a Real is an int or a float here
