"""An organisation's "about" paragraph closing a page (round 29): `Tidewater Donor Network is a federally
designated organ procurement organization serving 7.5 million people.` after a blank line, the body's last
line, naming the body the page's head names: boilerplate a press office adds to every page (as a press
release's `About …` notes are), no part of the article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.text import is_blank

# Tidewater Donor Network is a …, The Foundation is an …: a name of capitalised words, then is a/an
_ABOUT = re.compile(r"^\s*((?:The\s+)?[A-Z][\w&.'-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&.'-]*){1,6})\s+is\s+(?:a|an)\s")


def before_about(lines: Sequence[str], first: int, last: int) -> int:
    """``last``, or the line before the page's closing "about" paragraph when ``last`` is one."""
    about = _ABOUT.match(lines[last - 1]) if first < last else None
    if about is None or not is_blank(lines[last - 2]):
        return last
    head = "\n".join(lines[: first - 1])
    if about.group(1).removeprefix("The ").strip() not in head:
        return last
    return max((n for n in range(first, last - 1) if not is_blank(lines[n - 1])), default=last)
