"""What the commands print, a line at a time."""

from __future__ import annotations

import sys

from checks.formats.escape import visible


def say(line: str) -> None:
    """One line of a command's output: what a dataset or seed holds cannot start another line,
    nor hide or recolour text (``checks.formats.escape``)."""
    sys.stdout.write(visible(line) + "\n")
