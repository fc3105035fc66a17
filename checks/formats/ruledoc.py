"""A rule's explanation (its docstring, written in reStructuredText's simplest forms) as Markdown.

The docstrings use ````code```` for inline code and ``**Fails**::`` followed by an indented block
for examples, which Markdown renders as stray backticks and colons. Code scanning shows
``help.markdown`` when it is there, so SARIF carries this conversion; ``help.text`` gets the
plain form (inline code in single backticks, literal blocks kept indented).
"""

from __future__ import annotations

import re
import textwrap

_INLINE = re.compile(r"``(.+?)``", re.DOTALL)
_STRONG = re.compile(r"\*\*(.+?)\*\*")


def _inline(text: str) -> str:
    def code(match: re.Match[str]) -> str:
        inner = match[1]
        return f"`` {inner} ``" if "`" in inner else f"`{inner}`"

    return _INLINE.sub(code, text)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _literal_marker(line: str) -> str | None:
    """The line without its ``::`` when it introduces a literal block, else None."""
    stripped = line.rstrip()
    if not stripped.endswith("::"):
        return None
    head = stripped[:-2]
    if not head.strip():
        return ""  # a bare "::" paragraph
    return head.rstrip() if head.endswith(" ") else head + ":"


def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """("prose", lines) and ("literal", dedented lines) blocks, in order."""
    lines = text.splitlines()
    blocks: list[tuple[str, list[str]]] = []
    prose: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        marker = _literal_marker(line)
        at += 1
        if marker is None:
            prose.append(line)
            continue
        if marker:
            prose.append(marker)
        body: list[str] = []
        while at < len(lines) and (not lines[at].strip() or _indent(lines[at]) > _indent(line)):
            body.append(lines[at])
            at += 1
        blocks.append(("prose", prose))
        blocks.append(("literal", textwrap.dedent("\n".join(body)).strip("\n").splitlines()))
        prose = []
    blocks.append(("prose", prose))
    return [(kind, body) for kind, body in blocks if kind == "literal" or any(x.strip() for x in body)]


def to_markdown(text: str) -> str:
    out = []
    for kind, lines in _blocks(text):
        if kind == "prose":
            out.append(_inline("\n".join(lines)).strip("\n"))
        else:
            body = "\n".join(lines)
            longest = max((len(run) for run in re.findall("`+", body)), default=0)
            fence = "`" * max(3, longest + 1)
            out.append(f"{fence}yaml\n{body}\n{fence}")
    return "\n\n".join(out)


def to_plain(text: str) -> str:
    out = []
    for kind, lines in _blocks(text):
        if kind == "prose":
            out.append(_STRONG.sub(r"\1", _inline("\n".join(lines))).strip("\n"))
        else:
            out.append("\n".join(f"    {line}" if line else "" for line in lines))
    return "\n\n".join(out)


def inline_html(text: str) -> str:
    """One line of a docstring (a rule's summary) as HTML: escaped, ``code`` as <code>."""
    from html import escape

    return _INLINE.sub(lambda m: f"<code>{m[1]}</code>", escape(text, quote=False))


def to_html(text: str) -> str:
    """The explanation as HTML for the HTML report: paragraphs, inline ``code`` and **strong**, and
    the examples as preformatted blocks. ``text`` is the rule's own docstring, escaped here."""
    from html import escape

    out = []
    for kind, lines in _blocks(text):
        if kind == "literal":
            out.append("<pre><code>" + escape("\n".join(lines)) + "</code></pre>")
            continue
        for paragraph in re.split(r"\n\s*\n", "\n".join(lines).strip("\n")):
            html = _INLINE.sub(lambda m: f"<code>{m[1]}</code>", escape(paragraph.strip(), quote=False))
            out.append("<p>" + _STRONG.sub(r"<strong>\1</strong>", html) + "</p>")
    return "\n".join(out)
