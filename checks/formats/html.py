"""A self-contained HTML page: the summary, the findings, and each article with its figures marked.

Green figures are verified, red ones fail a rule, amber ones are acknowledged discrepancies,
blue-outlined ones are in the body but curated by no fact, grey ones are ignored with a reason.
Hovering a figure shows the fact and what was found.
"""

from __future__ import annotations

from html import escape as escape_markup

from checks.findings import ArticleLine, ArticleView, Report
from checks.formats.escape import visible


def escape(text: str) -> str:
    """Markup-safe, and with what could hide or reorder text (bidi controls, ANSI) made visible.
    An article's own text is escaped for markup only: it is shown as received."""
    return escape_markup(visible(text))


STYLE = """
body { font: 15px/1.6 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 1rem 0; } td, th { border: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
.article { font-family: "Noto Serif CJK SC", serif; }
.line { display: grid; grid-template-columns: 3.5rem 1fr; gap: .5rem; }
.number { color: #999; text-align: right; font: 12px/2.2 monospace; }
mark { border-radius: 3px; padding: 0 1px; cursor: help; }
.verified { background: #c8f0c8; } .failing { background: #ffb3b3; } .acknowledged { background: #ffe0a3; }
.uncurated { background: none; outline: 2px dashed #3a78d8; } .ignored { background: #e6e6e6; }
.legend mark { margin-right: 1rem; } .error { color: #b00; } .warning { color: #a60; } code { font-size: 13px; }
"""
LEGEND = ("verified", "failing", "acknowledged", "uncurated", "ignored")


def _note(note: str) -> str:
    """A tooltip: its own line breaks kept, each line escaped."""
    return "\n".join(escape(part) for part in note.split("\n"))


def _line(line: ArticleLine) -> str:
    parts, at = [], 0
    for mark in line.marks:
        parts.append(escape_markup(line.text[at : mark.start]))
        parts.append(
            f'<mark class="{mark.status}" title="{_note(mark.note)}">{escape_markup(line.text[mark.start : mark.end])}</mark>'
        )
        at = mark.end
    parts.append(escape_markup(line.text[at:]))
    return f'<div class="line"><span class="number">{line.number}</span><span>{"".join(parts)}</span></div>'


def _article(view: ArticleView) -> str:
    counts = {status: sum(1 for line in view.lines for m in line.marks if m.status == status) for status in LEGEND}
    tally = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    lines = "\n".join(_line(line) for line in view.lines if line.text.strip())
    return (
        f'<h2 id="{escape(view.dataset)}">{escape(view.title)}</h2>\n'
        f"<p><code>{escape(view.seed)}</code> → <code>{escape(view.dataset)}</code>: {escape(tally)}</p>\n"
        f'<div class="article">\n{lines}\n</div>'
    )


def format_html(report: Report) -> str:
    summary = report.summary()
    counts = "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in summary.items())
    rows = "\n".join(
        f'<tr><td><code>{escape(str(f.primary or ""))}</code></td><td class="{f.severity.value}">'
        f"{escape(f.severity.value)}{' (acknowledged)' if f.acknowledged else ''}</td>"
        f"<td>{escape(f.code)}</td><td>{escape(f.message)}</td>"
        f"<td><code>{escape(str(f.dataset or ''))}</code></td></tr>"
        for f in report.findings
    )
    findings = (
        f"<table><tr><th>where</th><th>severity</th><th>code</th><th>message</th><th>dataset</th></tr>\n{rows}</table>"
        if report.findings
        else "<p>No findings.</p>"
    )
    legend = "".join(f'<mark class="{status}">{status}</mark>' for status in LEGEND)
    articles = "\n".join(_article(view) for view in report.articles)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>factlint report</title><style>{STYLE}</style></head>
<body>
<h1>factlint report</h1>
<table>{counts}</table>
<h2>Findings</h2>
{findings}
<p class="legend">{legend}</p>
{articles}
</body></html>
"""
