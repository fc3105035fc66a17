"""Text from datasets, shown to a person: what could forge, hide or reorder a report is escaped.

A fact id, a message quoting a dataset, a file name come from a pull request. In a terminal, a log
viewer or a rendered page, a newline would start a line that looks like another finding, an ANSI
escape could recolour or erase text, and a bidi control (U+202E...) could show text in another
order than it is (the "Trojan Source" trick). ``visible`` writes each of them as a Python-style
escape (``\\x0a``, ``\\x1b``, ``\\u202e``), so the report shows what is there and nothing else.
A tab stays: it cannot forge or hide anything.
"""

from __future__ import annotations

import re

# C0 controls but tab, DEL and C1 controls (NEL included), the line and paragraph separators, the
# bidi marks, embeddings, overrides and isolates; and lone surrogates (a file name that is not
# UTF-8), which no output encoding can write.
HIDDEN = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_BREAK_KEPT = re.compile(HIDDEN.pattern.replace("\x0a-\x1f", "\x0b\x0c\x0e-\x1f"))


def visible(text: str, keep_breaks: bool = False) -> str:
    """``text`` with every character that could forge, hide or reorder output escaped; with
    ``keep_breaks``, line breaks (LF, CR) stay, for a format that escapes them itself."""
    pattern = _BREAK_KEPT if keep_breaks else HIDDEN
    return pattern.sub(_escape, text) if pattern.search(text) else text


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_safe(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) that UTF-8 can write: a lone surrogate
    (from a file name that is not UTF-8) can only stand inside a JSON string, where its ``\\uXXXX``
    escape means the same."""
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) if _SURROGATE.search(text) else text
