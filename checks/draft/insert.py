"""Append items to a top-level list of a YAML file by editing its text, keeping comments and order.

The edit is ``checks.yamledit``'s (the same machinery ``factlint fix`` uses): new items go on the line
after the last item of the list (so a comment that follows the list stays where it is), indented like
the existing items, with the file's own line endings. An empty flow list (``ignore: []``) or a null
value becomes a block list; a missing key is added at the end of the file.
"""

from __future__ import annotations

import yaml

from checks.yamledit import CannotEdit, YamlText, apply


def append_items(text: str, key: str, items: list[str]) -> str:
    """``text`` with ``items`` added to the list ``key``.

    Each element of ``items`` is one list item, possibly several lines, written without indentation
    (``- id: x\\n  line: 3``); it is indented to match the list. A list that cannot be extended
    faithfully (a flow list with items, a value that is not a list) raises ``ValueError``.
    """
    if not items:
        return text
    try:
        document = YamlText(text)
        if not isinstance(document.root, yaml.MappingNode):
            raise ValueError("the dataset is not a mapping")
        return apply(text, [document.append_items((key,), "\n".join(items))])
    except CannotEdit as cannot:
        raise ValueError(str(cannot)) from None
