"""Mutations of real datasets and seeds, drawn from a seeded ``random.Random`` (so a mutant can be
made again from its seed).

Dataset mutations work on the YAML text line by line, so they can produce what no YAML emitter
would: duplicate keys, aliases and anchors, tags, deep nesting, broken indentation, YAML 1.1 words
as keys, odd numbers and odd Unicode in any value, renamed and missing keys. Seed mutations
shift, cut, duplicate and corrupt lines, and add huge ones.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.fuzz import values

_KEY_LINE = re.compile(r"^(?P<indent>\s*(?:- )?)(?P<key>[A-Za-z_][\w-]*):(?P<rest>.*)$")
_LINE_KEYS = ("line:", "first:", "last:", "value:", "period:", "sha256:", "path:", "id:", "quote:", "text:")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _key_lines(lines: list[str]) -> list[int]:
    return [number for number, line in enumerate(lines) if _KEY_LINE.match(line)]


def _key_line(rng: random.Random, lines: list[str]) -> tuple[int, re.Match[str]] | None:
    """A random ``key: value`` line: its number and its parts."""
    candidates = _key_lines(lines)
    if not candidates:
        return None
    number = rng.choice(candidates)
    match = _KEY_LINE.match(lines[number])
    assert match is not None
    return number, match


def replace_value(rng: random.Random, text: str) -> str:
    """``key: value`` → ``key: <odd value>`` on a random line."""
    lines = _lines(text)
    picked = _key_line(rng, lines)
    if picked is None:
        return text
    number, match = picked
    value = rng.choice(values.ALL_VALUES)
    value = value.replace("\n", "\n" + " " * (len(match["indent"]) + 2))
    lines[number] = f"{match['indent']}{match['key']}: {value}"
    return "\n".join(lines)


def replace_targeted(rng: random.Random, text: str) -> str:
    """A line number, body bound, value, period, hash or path made odd: where conversions live."""
    lines = _lines(text)
    candidates = [n for n, line in enumerate(lines) if any(key in line for key in _LINE_KEYS)]
    if not candidates:
        return text
    number = rng.choice(candidates)
    match = _KEY_LINE.match(lines[number])
    if match is None:  # a flow mapping: replace one of its numbers
        lines[number] = re.sub(r"\d+", lambda _: rng.choice(values.HUGE_NUMBERS), lines[number], count=1)
        return "\n".join(lines)
    choice = rng.choice(values.HUGE_NUMBERS + values.ODD_NUMBERS + values.COLLECTIONS[:10] + ["null", '""', "-3"])
    lines[number] = f"{match['indent']}{match['key']}: {choice}"
    return "\n".join(lines)


def rename_key(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    picked = _key_line(rng, lines)
    if picked is None:
        return text
    number, match = picked
    key = rng.choice([*values.KEY_WORDS, match["key"].upper(), match["key"] + "_", match["key"][:-1] or "x"])
    lines[number] = f"{match['indent']}{key}:{match['rest']}"
    return "\n".join(lines)


def delete_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    if len(lines) > 1:
        del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def duplicate_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    number = rng.randrange(len(lines))
    lines.insert(number, lines[number])
    return "\n".join(lines)


def swap_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def reindent(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    number = rng.randrange(len(lines))
    lines[number] = (
        rng.choice(["", " ", "  ", "\t", "    "]) + lines[number].lstrip(" ")
        if rng.random() < 0.5
        else " " + lines[number]
    )
    return "\n".join(lines)


def anchor_and_alias(rng: random.Random, text: str) -> str:
    """An anchor on one value and an alias to it elsewhere (maybe to a collection that holds it)."""
    lines = _lines(text)
    candidates = _key_lines(lines)
    if len(candidates) < 2:
        return text
    first, second = sorted(rng.sample(candidates, 2))
    name = rng.choice(["a", "x1", "facts"])
    match_a = _KEY_LINE.match(lines[first])
    match_b = _KEY_LINE.match(lines[second])
    assert match_a is not None and match_b is not None
    rest = match_a["rest"].strip()
    lines[first] = (
        f"{match_a['indent']}{match_a['key']}: &{name} {rest}"
        if rest
        else f"{match_a['indent']}{match_a['key']}: &{name}"
    )
    if rng.random() < 0.2:  # the alias before its anchor, or inside it
        second = first - 1 if first > 0 else first
        match_b = _KEY_LINE.match(lines[second]) or match_b
    lines[second] = f"{match_b['indent']}{match_b['key']}: *{name}"
    return "\n".join(lines)


def merge_key(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    candidates = [n for n, line in enumerate(lines) if line.startswith("  - id:")]
    if not candidates:
        return text
    number = rng.choice(candidates)
    lines[number] = lines[number] + "\n    <<: {value: 1, line: -3, id: merged}"
    return "\n".join(lines)


def alias_bomb(rng: random.Random, text: str) -> str:
    levels = rng.randint(5, 12)
    bomb = ["bomb0: &b0 [x, x, x, x, x, x, x, x, x, x]"]
    bomb += [
        f"bomb{i}: &b{i} [*b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}]"
        for i in range(1, levels)
    ]
    return "\n".join(bomb) + "\n" + text


def deep_nesting(rng: random.Random, text: str) -> str:
    depth = rng.choice([30, 63, 64, 65, 100, 400, 1000, 10_000])
    nested = "[" * depth + "1" + "]" * depth if rng.random() < 0.5 else "{a: " * depth + "1" + "}" * depth
    lines = _lines(text)
    candidates = _key_lines(lines) or [0]
    number = rng.choice(candidates)
    match = _KEY_LINE.match(lines[number])
    if match:
        lines[number] = f"{match['indent']}{match['key']}: {nested}"
    return "\n".join(lines)


def block_nesting(rng: random.Random, text: str) -> str:
    depth = rng.choice([40, 70, 400])
    nested = "\n".join("  " * i + f"k{i}:" for i in range(depth)) + " 1"
    return text + "\n" + nested


def insert_document_marker(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    lines.insert(
        rng.randrange(len(lines) + 1), rng.choice(["---", "...", "--- !!map", "%YAML 1.1\n---", "%TAG ! tag:x,2000:"])
    )
    return "\n".join(lines)


def truncate(rng: random.Random, text: str) -> str:
    return text[: rng.randrange(len(text) + 1)]


def insert_unicode(rng: random.Random, text: str) -> str:
    odd = rng.choice(
        [
            "\u2028",
            "\u2029",
            "\x85",
            "\r",
            "\u202e",
            "\u200f",
            "\ufeff",
            "\x1b[31m",
            "\x00",
            "\x07",
            "\t",
            "１２",
            "\U0001f600",
        ]
    )
    at = rng.randrange(len(text) + 1)
    return text[:at] + odd + text[at:]


def crlf(rng: random.Random, text: str) -> str:
    return text.replace("\n", "\r\n")


def bom(rng: random.Random, text: str) -> str:
    return "\ufeff" + text


def many_facts(rng: random.Random, text: str) -> str:
    """A dataset with thousands of bad facts: the report must stay bounded."""
    count = rng.choice([300, 3000])
    block = "\n".join(f"  - {{id: bad{i}, line: {i}, quote: 'x', value: -1, unit: nope}}" for i in range(count))
    return text.replace("\nfacts:\n", "\nfacts:\n" + block + "\n", 1)


def odd_id(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    candidates = [
        n
        for n, line in enumerate(lines)
        if re.match(r"^\s*- id: ", line) or re.search(r"\b(from|to|total|fact|small|large|part|whole|percent): ", line)
    ]
    if not candidates:
        return text
    number = rng.choice(candidates)
    odd = rng.choice(values.ODD_TEXT[:23] + values.KEY_WORDS[:12] + values.HUGE_NUMBERS[:4])
    if "- id: " in lines[number]:
        lines[number] = re.sub(r"- id: .*", lambda _: f"- id: {odd}", lines[number])
    else:
        lines[number] = re.sub(
            r"\b(from|to|total|fact|small|large|part|whole|percent): [^,}]+",
            lambda m: f"{m[1]}: {odd}",
            lines[number],
            count=1,
        )
    return "\n".join(lines)


DATASET_MUTATIONS: list[Callable[[random.Random, str], str]] = [
    replace_value,
    replace_value,
    replace_targeted,
    replace_targeted,
    rename_key,
    rename_key,
    delete_line,
    duplicate_line,
    swap_lines,
    reindent,
    anchor_and_alias,
    merge_key,
    alias_bomb,
    deep_nesting,
    block_nesting,
    insert_document_marker,
    truncate,
    insert_unicode,
    crlf,
    bom,
    many_facts,
    odd_id,
    odd_id,
]


def mutate_dataset(rng: random.Random, text: str, count: int | None = None) -> tuple[str, list[str]]:
    """``text`` after 1-3 mutations (or ``count``), and their names."""
    applied = []
    for _ in range(count or rng.choice([1, 1, 1, 2, 3])):
        mutation = rng.choice(DATASET_MUTATIONS)
        text = mutation(rng, text)
        applied.append(mutation.__name__)
    return text, applied


# ---- seeds ----------------------------------------------------------------------------------------


def mutate_seed(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    lines = data.split(b"\n")
    kind = rng.choice(["shift", "cut", "duplicate", "replace-number", "insert-numbers", "bytes", "join"])
    if kind == "shift":
        for _ in range(rng.randint(1, 4)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice([b"", b"inserted 5 lines", "新增一行12个".encode()]))
    elif kind == "cut":
        del lines[rng.randrange(len(lines)) :]
    elif kind == "duplicate":
        number = rng.randrange(len(lines))
        lines.insert(number, lines[number])
    elif kind == "replace-number":
        number = rng.randrange(len(lines))
        odd = rng.choice(
            [
                b"10000000000000000000000000000000",
                b"1e400",
                b"-0",
                "１２３".encode(),
                b"9223372036854775808",
                b"0.000000000001",
                b"9" * 400,
            ]
        )
        lines[number] = re.sub(rb"\d+", lambda _: odd, lines[number], count=rng.randint(1, 3))
    elif kind == "insert-numbers":
        number = rng.randrange(len(lines))
        lines[number] += rng.choice(
            [
                "超过百分之九十九点九九",
                " more than 2/3 of 1,000,000 ",
                "两千亿余元",
                " 18th level 4 ",
                "一二三四五六七八九十" * 50,
            ]
        ).encode()
    elif kind == "bytes":
        number = rng.randrange(len(lines))
        lines[number] += rng.choice([b"\xff", b"\r", b"\x00", "\u2028".encode(), b"\x1b[31m", "\u202e".encode()])
    else:
        lines = [b" ".join(lines)]
    return b"\n".join(lines), kind
