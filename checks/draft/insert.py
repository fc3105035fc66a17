"""Append items to a top-level list of a YAML file by editing its text, keeping comments and order.

The positions come from PyYAML's composed nodes: new items go on the line after the last scalar of
the list's last item (so a comment that follows the list stays where it is), indented like the
existing items. An empty flow list (``ignore: []``) or a null value becomes a block list; a missing
key is added at the end of the file.
"""

from __future__ import annotations

import yaml

Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _last_leaf(node: yaml.Node) -> yaml.Node:
    while True:
        if isinstance(node, yaml.MappingNode) and node.value and not node.flow_style:
            node = node.value[-1][1]
        elif isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
            node = node.value[-1]
        else:
            return node


def _line_end(text: str, index: int) -> int:
    """The index just after the newline that ends the line holding ``index`` (or the end of ``text``)."""
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def append_items(text: str, key: str, items: list[str]) -> str:
    """``text`` with ``items`` (each one line, e.g. ``- {line: 3, ...}`` or a block item's lines) added to list ``key``.

    Each element of ``items`` is one list item, possibly several lines, written without indentation
    (``- id: x\\n  line: 3``); it is indented to match the list.
    """
    if not items:
        return text
    root = yaml.compose(text, Loader=Loader)
    if not isinstance(root, yaml.MappingNode):
        raise ValueError("the dataset is not a mapping")
    value = next((v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
    if isinstance(value, yaml.SequenceNode) and value.value and not value.flow_style:
        first = value.value[0]
        line_text = text.splitlines()[first.start_mark.line]
        dash = line_text.rfind("-", 0, first.start_mark.column)
        indent = " " * max(dash, 0)
        leaf = _last_leaf(value.value[-1])
        at = leaf.end_mark.index if leaf.end_mark.column == 0 else _line_end(text, leaf.end_mark.index)
        prefix = "" if at == 0 or text[at - 1] == "\n" else "\n"
        return text[:at] + prefix + _indented(items, indent) + text[at:]
    block = _indented(items, "  ")
    if value is None:
        separator = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{separator}{key}:\n{block}"
    if isinstance(value, yaml.SequenceNode) and value.value:
        raise ValueError(f"'{key}' is a non-empty flow list; write it as a block list first")
    # [] or null: the value's own text becomes a block list starting on the next line.
    start, end = value.start_mark.index, value.end_mark.index
    rest_of_line = _line_end(text, end)
    trailing = text[end:rest_of_line].rstrip("\n")
    return text[:start].rstrip(" ") + trailing + "\n" + block + text[rest_of_line:]


def _indented(items: list[str], indent: str) -> str:
    lines: list[str] = []
    for item in items:
        lines.extend(indent + part for part in item.split("\n"))
    return "\n".join(lines) + "\n"
