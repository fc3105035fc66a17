"""GitHub code scanning's ``primaryLocationLineHash``: a rolling hash of a line and what follows it.

A port of ``hash`` in github/codeql-action's ``src/fingerprints.ts``, the function the
``upload-sarif`` action runs when a result has no such fingerprint, and against which it checks
one that is given (a different value is reported as an "inconsistent fingerprint"). So the value
must be bit for bit the same:

- the hash of a line covers the first 100 characters from the start of that line, skipping spaces
  and tabs, running on into the following lines; CR and CRLF count as LF;
- characters are UTF-16 code units (JavaScript's ``charCodeAt``), so a character outside the
  Basic Multilingual Plane counts as two;
- arithmetic is on 64-bit integers, wrapping; the end of the text is one 65535 unit followed by
  zeros; equal hashes in one file are numbered ``:1``, ``:2``… in file order.
"""

from __future__ import annotations

from collections.abc import Iterator

BLOCK_SIZE = 100
_MOD = 37
_MASK = (1 << 64) - 1
_FIRST_MOD = pow(_MOD, BLOCK_SIZE, 1 << 64)
_TAB, _SPACE, _LF, _CR, _EOF = 9, 32, 10, 13, 65535


def _code_units(text: str) -> Iterator[int]:
    for character in text:
        point = ord(character)
        if point > 0xFFFF:  # a surrogate pair, as JavaScript strings hold it
            point -= 0x10000
            yield 0xD800 + (point >> 10)
            yield 0xDC00 + (point & 0x3FF)
        else:
            yield point


def line_hashes(text: str) -> dict[int, str]:
    """``{line number: "hash:occurrence"}`` for every line of ``text`` (1-based, as GitHub numbers them)."""
    window = [0] * BLOCK_SIZE
    line_numbers = [-1] * BLOCK_SIZE  # the line starting at each window slot, or -1
    hashes: dict[int, str] = {}
    seen: dict[str, int] = {}
    state = {"hash": 0, "index": 0, "line": 0, "line_start": True, "prev_cr": False}

    def output() -> None:
        value = format(state["hash"] & _MASK, "x")
        seen[value] = seen.get(value, 0) + 1
        hashes[line_numbers[state["index"]]] = f"{value}:{seen[value]}"
        line_numbers[state["index"]] = -1

    def update(current: int) -> None:
        index = state["index"]
        begin = window[index]
        window[index] = current
        state["hash"] = (_MOD * state["hash"] + current - _FIRST_MOD * begin) & _MASK
        state["index"] = (index + 1) % BLOCK_SIZE

    def process(current: int) -> None:
        if current in (_SPACE, _TAB) or (state["prev_cr"] and current == _LF):
            state["prev_cr"] = False
            return
        state["prev_cr"] = current == _CR
        if current == _CR:
            current = _LF
        if line_numbers[state["index"]] != -1:
            output()
        if state["line_start"]:
            state["line_start"] = False
            state["line"] += 1
            line_numbers[state["index"]] = state["line"]
        if current == _LF:
            state["line_start"] = True
        update(current)

    for unit in _code_units(text):
        process(unit)
    process(_EOF)
    for _ in range(BLOCK_SIZE):
        if line_numbers[state["index"]] != -1:
            output()
        update(0)
    return hashes
