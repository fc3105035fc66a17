"""Hypothesis strategies over the dataset format (DESIGN.md §4), rendered to YAML text.

A dataset is drawn field by field: each field mostly gets a value of its own kind (a line of the
base seed, a quote of it, a known unit...), sometimes an odd one (``tests.fuzz.values``, huge and
odd numbers, text with any character escaped, collections); a key may be dropped, renamed to a YAML
1.1 word, written twice; a value may carry an anchor, a tag, or be an alias, or be nested deep.
The text is rendered by hand (block style, values in flow style) so it can hold what no YAML
emitter writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from schemas import fields
from tests.fuzz import values

BASE_QUOTES = [
    "从16.20%",
    "提升至34.20%",
    "人均预期寿命提高至79.51岁",
    "built 25 clinics",
    "71 health centres",
    "96 facilities in all",
    "more than 80% of them are new",
    "全市新增床位3000张",
    "coverage will reach 95%",
]
BASE_IDS = ["literacy-2020", "literacy-2025", "clinics", "centres", "facilities", "beds-total"]
UNITS = ["percent", "institution", "bed", "year", "yuan", "person", "nope"]
INDICATORS = ["health_literacy_rate", "clinics", "facilities", "beds_added", "coverage_rate", "unknown_indicator"]


@dataclass(frozen=True)
class Node:
    """YAML source: ``text`` is a flow value on one line (or a block scalar), or ``items`` a block
    mapping (key text → node) or sequence (key None)."""

    text: str | None = None
    items: tuple[tuple[str | None, Node], ...] = ()


def render(node: Node, indent: int = 0) -> str:
    pad = " " * indent
    if node.text is not None:
        return node.text.replace("\n", "\n" + pad + "  ")
    lines = []
    for key, child in node.items:
        head = f"{pad}- " if key is None else f"{pad}{key}:"
        if child.text is not None:
            lines.append(f"{head}{' ' if key is not None else ''}{render(child, indent)}")
        elif not child.items:
            lines.append(f"{head} {{}}" if key is not None else f"{head}{{}}")
        else:
            nested = render(child, indent + 2)
            lines.append(head if key is not None else head.rstrip())
            lines.append(nested)
    return "\n".join(lines)


def _escaped(text: str) -> str:
    """A YAML double-quoted scalar of ``text``, every character outside printable ASCII escaped."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


ODD_TEXT = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(["\n", "\r", "\x1b[2J", "\x00", "\u2028", "\u202e", "\u2066", "\x85", "%0A", "::", "１"]),
    ),
    max_size=30,
).map(lambda pieces: _escaped("".join(pieces)))
# A lone surrogate in an escape: libyaml refuses the file (a P100 finding, not a crash).
LONE_SURROGATE = st.just('"a\\ud800b"')
ODD_NUMBER = st.one_of(
    st.integers().map(str),
    st.integers(-(2**80), 2**80).map(str),
    st.floats().map(
        lambda x: ".nan" if x != x else (".inf" if x == float("inf") else "-.inf" if x == -float("inf") else repr(x))
    ),
    st.sampled_from(values.HUGE_NUMBERS + values.ODD_NUMBERS),
)
ODD = st.one_of(st.sampled_from(values.ALL_VALUES), ODD_NUMBER, ODD_TEXT, ODD_TEXT, LONE_SURROGATE).map(
    lambda text: Node(text)
)


def _flow(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[Node]:
    return strategy.map(lambda value: Node(str(value)))


VALUES: dict[str, st.SearchStrategy[Node]] = {
    "path": _flow(
        st.sampled_from(["seeds/example.txt", "seeds/example.txt", "seeds/../data/example.yaml", "/etc/passwd"])
    ),
    "sha256": _flow(
        st.sampled_from(["eff9b528b0d9272bfb805022bacd4b50f75b4ba93720fb2f5de490f8422e0428", "null", "0" * 64])
    ),
    "title": _flow(st.sampled_from(["Example Health Bulletin", "null"])),
    "publisher": _flow(st.just("Example Press")),
    "published": _flow(st.sampled_from(["2026-01-27", "2026-02-30", "null", "2026"])),
    "language": _flow(st.sampled_from(["zh", "en", "fr"])),
    "translated_from": _flow(st.sampled_from(["null", "zh"])),
    "region": _flow(st.sampled_from(['{code: "410100", name: 郑州市}', '{code: "CN", name: 全国}', "{code: 410100}"])),
    "code": _flow(st.sampled_from(['"410100"', "410100", "CN", "999999", "41O100"])),
    "name": _flow(st.sampled_from(["郑州市", "null", "全国"])),
    "body": _flow(
        st.sampled_from(["{first: 4, last: 7}", "{first: 0}", "{first: -3, last: 99}", "{first: 7, last: 4}"])
    ),
    "id": _flow(st.sampled_from(BASE_IDS)),
    "line": _flow(st.integers(-2, 10)),
    "quote": _flow(st.sampled_from(BASE_QUOTES).map(_escaped)),
    "indicator": _flow(st.sampled_from(INDICATORS)),
    "value": _flow(st.sampled_from(["16.2", "34.2", "25", "96", "80", "3000", "95", "-1", "0"])),
    "unit": _flow(st.sampled_from(UNITS)),
    "unit_from": _flow(
        st.sampled_from(
            [
                "{line: 6, text: 全市新增床位}",
                "{line: 6, text: （万元）}",
                "{line: 3, text: Header}",
                "{line: 99, text: 万元}",
                "{line: 0, text: 万元}",
                "{line: 6}",
                "{text: 万元}",
                "万元",
                "{line: 6, text: (£m)}",
                "{line: 6, text: ('000)}",
            ]
        )
    ),
    "qualifier": _flow(st.sampled_from(["eq", "gt", "ge", "lt", "le", "approx", "about"])),
    "period": _flow(st.integers(1900, 2200)),
    "status": _flow(st.sampled_from(["achieved", "target", "planned"])),
    "kind": _flow(st.sampled_from([*fields.RELATION_KINDS, "ratio"])),
    "parts": _flow(st.lists(st.sampled_from(BASE_IDS), max_size=3).map(lambda ids: "[" + ", ".join(ids) + "]")),
    "facts": _flow(st.lists(st.sampled_from(BASE_IDS), max_size=3).map(lambda ids: "[" + ", ".join(ids) + "]")),
    "rule": _flow(st.sampled_from(["C101", "P106", "K101", "X999"])),
    "fact": _flow(st.sampled_from(BASE_IDS)),
    "text": _flow(st.sampled_from(["5 other stories", "2027", "十四五"])),
    "reason": _flow(st.sampled_from(["a reason", '"quoted: 96 facilities"'])),
}
RELATION_FIELDS = (
    "kind",
    "from",
    "to",
    "direction",
    "total",
    "parts",
    "small",
    "large",
    "percent",
    "part",
    "whole",
    "facts",
)


def _value(name: str) -> st.SearchStrategy[Node]:
    usual = VALUES.get(name, _flow(st.sampled_from(BASE_IDS)))
    return st.one_of(usual, usual, usual, ODD)


@st.composite
def mapping(draw: st.DrawFn, names: tuple[str, ...]) -> Node:
    entries: list[tuple[str, Node]] = []
    anchors = 0
    for name in names:
        action = draw(st.sampled_from(["keep"] * 8 + ["drop", "rename", "twice", "anchor", "alias", "tag", "deep"]))
        if action == "drop":
            continue
        key = draw(st.sampled_from(values.KEY_WORDS)) if action == "rename" else name
        node = draw(_value(name))
        if action == "anchor" and node.text is not None:
            node = Node(f"&a{anchors} {node.text}")
            anchors += 1
        elif action == "alias":
            node = Node(draw(st.sampled_from(["*a0", "*a1", "*nowhere"])))
        elif action == "tag" and node.text is not None:
            node = Node(
                f"{draw(st.sampled_from(['!!str', '!!int', '!!float', '!!bool', '!!null', '!!timestamp', '!!binary', '!x']))} {node.text}"
            )
        elif action == "deep":
            depth = draw(st.sampled_from([10, 64, 65, 300]))
            node = Node("[" * depth + (node.text or "1") + "]" * depth)
        entries.append((key, node))
        if action == "twice":
            entries.append((key, draw(_value(name))))
    return Node(items=tuple(entries))


def _list(item: st.SearchStrategy[Node], most: int) -> st.SearchStrategy[Node]:
    items = st.lists(item, max_size=most).map(lambda nodes: Node(items=tuple((None, node) for node in nodes)))
    return st.one_of(items, items, items, ODD)


@st.composite
def dataset(draw: st.DrawFn) -> str:
    """The text of one dataset citing ``seeds/example.txt`` of the base fixture."""
    region = Node(items=(("code", draw(_value("code"))), ("name", draw(_value("name")))))
    body = Node(items=(("first", draw(_value("line"))), ("last", draw(_value("line")))))
    source = draw(mapping(fields.SOURCE[:7]))
    source = Node(
        items=(
            *source.items,
            ("region", draw(st.one_of(st.just(region), _value("region")))),
            ("body", draw(st.one_of(st.just(body), _value("body")))),
        )
    )
    parts = {
        "source": st.one_of(st.just(source), st.just(source), ODD),
        "facts": _list(mapping(fields.FACT[: fields.FACT.index("note") + 1]), 4),
        "relations": _list(mapping(RELATION_FIELDS[: draw(st.integers(1, len(RELATION_FIELDS)))]), 3),
        "acknowledged": _list(mapping(("rule", "fact", "reason")), 2),
        "ignore": _list(mapping(("line", "text", "reason")), 2),
    }
    top = []
    for name, strategy in parts.items():
        action = draw(st.sampled_from(["keep"] * 6 + ["drop", "rename", "twice"]))
        if action == "drop":
            continue
        key = draw(st.sampled_from(values.KEY_WORDS)) if action == "rename" else name
        top.append((key, draw(strategy)))
        if action == "twice":
            top.append((key, draw(strategy)))
    text = render(Node(items=tuple(top))) + "\n"
    prefix = draw(st.sampled_from(["", "", "", "\ufeff", "%YAML 1.1\n---\n", "--- !!map\n"]))
    return prefix + (text.replace("\n", "\r\n") if draw(st.booleans()) and not prefix else text)
