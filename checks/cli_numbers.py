"""``factlint numbers``: the quantities the reader finds in a text (an argument, a file or standard
input), line by line, as the rules read an article."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

from checks.console import say
from checks.errors import EXIT_OK, UsageError
from checks.formats.escape import json_safe
from checks.seeds import MAX_SEED_BYTES, UTF8_ADVICE, not_utf8


def numbers_command(options: argparse.Namespace) -> int:
    from checks.corpus import repository_units
    from checks.intervals import show_number
    from checks.numbers import read_quantities
    from checks.numbers.told_cells import told_lines

    name, text = text_to_read(options)
    if options.heading:
        return _heading(text, options.format, name)
    # Line by line, as coverage reads an article body (a table's cells with their header): offsets are columns of
    # their line.
    text_lines = text.split("\n")
    told = told_lines(text_lines)
    with repository_units(Path.cwd()):
        found = [
            (number, q) for number, line in enumerate(text_lines, 1) for q in read_quantities(line, told.get(number))
        ]
    found = [(number, q) for number, q in found if math.isfinite(q.value)]  # 400 digits read as inf: no figure
    if options.format == "json":
        rows = [{"line": number, **q.as_dict()} for number, q in found]
        sys.stdout.write(json_safe(json.dumps(rows, ensure_ascii=False, indent=2, allow_nan=False)) + "\n")
        return EXIT_OK
    prefix = f"{name}:" if name else ""
    for number, q in found:
        unit = f" {q.unit}" if q.unit else ""
        value = "–".join(show_number(end.value) for end in q.ends) if q.ends else show_number(q.value)
        low = "(" if q.low_open else "["
        high = ")" if q.high_open else "]"
        say(
            f"{prefix}{number}:{q.start + 1}-{q.end}: {q.text!r} → {value}{unit} {q.qualifier} "
            f"{low}{show_number(q.low)}, {show_number(q.high)}{high}"
        )
    lines = len({number for number, _ in found})
    if not found:
        sys.stdout.write("no quantity read\n")
    else:
        sys.stdout.write(
            f"{len(found)} quantit{'y' if len(found) == 1 else 'ies'} read on {lines} line{'s' * (lines != 1)}\n"
        )
    if options.file is None and _names_a_file(options.text):
        sys.stderr.write(f"factlint: read {options.text!r} as text; to read that file: factlint numbers --file PATH\n")
    return EXIT_OK


def _names_a_file(text: str) -> bool:
    """Whether a text given to ``numbers`` is the name of a file (a user who meant ``--file``)."""
    try:
        return "\n" not in text and len(text) < 4096 and Path(text).is_file()
    except (OSError, ValueError):  # a name the system refuses (a NUL, too long)
        return False


def _heading(text: str, form: str, name: str | None) -> int:
    """``factlint numbers --heading``: what a table heading gives a bare cell under it (``unit_from``).

    A heading is one line of at most ``MAX_HEADING`` characters (README, P110): a file of several
    lines, or a longer text, is refused, not read as one heading."""
    from checks.corpus import repository_units
    from checks.intervals import show_number
    from checks.numbers import MAX_HEADING, heading_unit

    text = text.rstrip("\r\n")  # a file's (or standard input's) last line break is no part of it
    named = name or "the text"
    if "\n" in text:
        raise UsageError(
            f"{named} has {text.count(chr(10)) + 1} lines; a heading is one line (of at most {MAX_HEADING}"
            " characters): give that line, or leave out --heading to read every line's numbers"
        )
    if len(text) > MAX_HEADING:
        raise UsageError(f"{named} is {len(text):,} characters long; a heading is one line of at most {MAX_HEADING}")
    with repository_units(Path.cwd()):
        heading = heading_unit(text)
    if form == "json":
        given = (
            None if heading is None else {"scale": heading.scale, "unit": heading.unit, "unit_text": heading.unit_text}
        )
        sys.stdout.write(json_safe(json.dumps({"heading": text, "gives": given}, ensure_ascii=False)) + "\n")
        return EXIT_OK
    if heading is None:
        say(f"{text!r} names no unit or scale: a bare cell under it is read as printed")
        return EXIT_OK
    unit = f", unit {heading.unit}" if heading.unit else ""
    printed = f" ({heading.unit_text!r})" if heading.unit_text else ""
    say(f"{text!r}: a bare cell under it is multiplied by {show_number(heading.scale)}{unit}{printed}")
    return EXIT_OK


def text_to_read(options: argparse.Namespace) -> tuple[str | None, str]:
    """(the name to report the text under, the text) of ``factlint numbers``: an argument, a file or stdin."""
    if options.file is None:
        return None, options.text
    name = "<stdin>" if options.file == "-" else options.file
    try:
        if options.file == "-":
            binary = getattr(sys.stdin, "buffer", None)  # None: a text stream standing in for it
            data = binary.read(MAX_SEED_BYTES + 1) if binary else sys.stdin.read(MAX_SEED_BYTES + 1).encode()
        else:
            # Any file you name, a pipe too (--file <(command)); but no more than an article may be:
            # /dev/zero or an endless pipe would otherwise fill the memory.
            with open(options.file, "rb") as opened:
                data = opened.read(MAX_SEED_BYTES + 1)
        if len(data) > MAX_SEED_BYTES:
            raise UsageError(f"cannot read {name}: longer than {MAX_SEED_BYTES:,} bytes, the most an article may be")
        # Line ends as a text file is read (CRLF and CR are line breaks).
        return name, data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as error:  # an article saved in GBK or Big5: say so, as draft does
        raise UsageError(f"{name}: {not_utf8(error)}; {UTF8_ADVICE}") from None
    except OSError as error:
        raise UsageError(f"cannot read {name}: {error}") from error


_NUMBERS_OPTIONS = ("--help", "--file", "--format", "--heading")
_NUMBERS_OPTIONS_WITH_VALUE = ("--file", "-f", "--format")


def dashed_text(argv: Sequence[str]) -> list[str]:
    """``factlint numbers -5%`` or ``numbers ---``: a text that begins with '-' and is no option of
    ``numbers`` is its text (argparse would take it for an unknown option): it is moved after ``--``."""
    arguments = list(argv)
    if not arguments or arguments[0] != "numbers" or "--" in arguments:
        return arguments
    for place, argument in enumerate(arguments[1:], start=1):
        name = argument.split("=", 1)[0]
        is_option = name in ("-h", "-f") or (len(name) > 2 and any(o.startswith(name) for o in _NUMBERS_OPTIONS))
        if argument.startswith("-") and not is_option and arguments[place - 1] not in _NUMBERS_OPTIONS_WITH_VALUE:
            return [*arguments[:place], *arguments[place + 1 :], "--", argument]
    return arguments
