"""A self-contained HTML page a journalist can read: the findings, then each article with its figures marked.

- A table of contents lists the findings of each dataset and each article, with counts.
- Every figure of an article body is a ``<details>`` element: it opens on click, Enter or Space and
  shows every fact that cites the figure, every finding about it (linked to the finding's row) and,
  for an acknowledged discrepancy, the reason. Each finding links to its figure.
- A status shows by a sign and a word as well as by colour (✓ verified, ✗ failing, ⚠ warned,
  ! acknowledged, ? uncurated, – ignored), in colours that keep WCAG 2.2 AA contrast.
- An article's text carries its language (``lang="zh"``). A long line is broken at sentence ends
  for display only; its line number stays that of the seed.

No external resources; one small script opens the figure a link leads to. The statuses are
decided in ``checks.views``; this module only draws them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from html import escape as escape_markup
from typing import TYPE_CHECKING

from checks.findings import ArticleLine, ArticleView, Finding, Mark, Report, Severity
from checks.formats._shared import plural, shown_counts, status, urgency_order
from checks.formats.escape import visible
from checks.formats.html_page import SCRIPT, STYLE
from checks.formats.ruledoc import inline_html, to_html, to_plain
from checks.formats.text import format_summary

if TYPE_CHECKING:
    from checks.rules.base import Rule


def escape(text: str) -> str:
    """Markup-safe, and with what could hide or reorder text (bidi controls, ANSI) made visible.
    An article's own text is escaped for markup only (``escape_markup``): it is shown as received."""
    return escape_markup(visible(text))


STATUSES = {  # status: (sign, what it means)
    "verified": ("✓", "a fact cites this figure and every rule passes"),
    "failing": ("✗", "a fact cites this figure and a rule fails on it"),
    "warned": ("⚠", "a fact cites this figure and a rule warns about it (a warning does not fail)"),
    "acknowledged": ("!", "the article contradicts itself here, and the dataset says why"),
    "uncurated": ("?", "a number in the article body that no fact cites and no ignore entry explains"),
    "ignored": ("–", "a number that is not a claim (a plan's name, a date), ignored with a reason"),
}
SEVERITY_SIGNS = {Severity.ERROR: "✗", Severity.WARNING: "⚠", Severity.INFO: "i"}
OTHER_FILES = "other files"
# A line longer than this is shown in pieces of at most about this length, cut at sentence ends.
DISPLAY_CHUNK = 240
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’\"」』）)]*|\.[”’\")]*\s+")


def _anchor(text: str) -> str:
    """An HTML id from a name: letters, digits, hyphens."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "x"


class _Anchors:
    """The ids of the page: one per article, figure and finding; unique, without spaces."""

    def __init__(self, report: Report) -> None:
        self.article: dict[str, str] = {}
        for view in report.articles:
            base = "article-" + _anchor(view.dataset.rsplit("/", 1)[-1].rsplit(".", 1)[0])
            anchor, n = base, 1
            while anchor in self.article.values():
                n += 1
                anchor = f"{base}-{n}"
            self.article[view.dataset] = anchor
        self.finding_ids: dict[Finding, list[str]] = {}
        for index, finding in enumerate(report.findings, start=1):
            self.finding_ids.setdefault(finding, []).append(f"finding-{index}")
        self.figure_of: dict[Finding, str] = {}  # a finding → the first figure it is about
        for view in report.articles:
            for line in view.lines:
                for index, mark in enumerate(line.marks, start=1):
                    for finding in mark.findings:
                        self.figure_of.setdefault(finding, self.figure(view, line, index))
        self.line_of: dict[tuple[str, int], str] = {
            (view.seed, line.number): self.line(view, line) for view in report.articles for line in view.lines
        }

    def figure(self, view: ArticleView, line: ArticleLine, index: int) -> str:
        return f"{self.article[view.dataset]}-L{line.number}-{index}"

    def line(self, view: ArticleView, line: ArticleLine) -> str:
        return f"{self.article[view.dataset]}-L{line.number}"

    def target(self, finding: Finding) -> tuple[str, str] | None:
        """Where in the articles a finding is: (anchor, link text), or None."""
        if finding in self.figure_of:
            return self.figure_of[finding], "the figure in the article"
        where = finding.source
        if where is not None and where.line is not None and (where.path, where.line) in self.line_of:
            return self.line_of[(where.path, where.line)], f"line {where.line} of the article"
        return None


def _lang(language: str | None) -> str:
    return f' lang="{escape(language)}"' if language else ""


def _status_word(finding: Finding) -> str:
    if finding.acknowledged is not None:
        sign, css = "!", "acknowledged"
    else:
        sign, css = SEVERITY_SIGNS[finding.severity], finding.severity.value
    return f'<span class="s-{css}"><span class="sign" aria-hidden="true">{sign}</span> {status(finding)}</span>'


def _reason(finding: Finding) -> str:
    if finding.acknowledged is None:
        return ""
    return f'<p class="reason"><strong>Acknowledged:</strong> {escape(finding.acknowledged)}</p>'


def _rule_cell(finding: Finding, rule_titles: dict[str, str]) -> str:
    """A finding's rule code, linked to its explanation on the page, its summary as the link's title."""
    code, title = f"<code>{escape(finding.code)}</code>", rule_titles.get(finding.code)
    if title is None:  # a code no rule of the registry has: no explanation to link to
        return f'<td class="rule">{code}</td>'
    return f'<td class="rule"><a href="#rule-{_anchor(finding.code)}" title="{title}">{code}</a></td>'


def _rule_titles(findings: Iterable[Finding], rules: dict[str, type[Rule]]) -> dict[str, str]:
    """Each reported rule's summary as plain, escaped text, by code: made once per rule, not once per
    finding (16 µs each, a second and a half in a report of 100,000 findings)."""
    return {code: escape(to_plain(rules[code].summary())) for code in {f.code for f in findings} if code in rules}


def _rules_explained(report: Report, rules: dict[str, type[Rule]]) -> str:
    """Each rule that occurs in the report explained once: what SARIF's help says (the rule's
    summary and docstring, ``checks.formats.ruledoc``), with its severity and family."""
    codes = sorted({f.code for f in report.findings if f.code in rules})
    if not codes:
        return "<p>No rule reported anything. <code>factlint rules</code> lists them all.</p>"
    entries = []
    for code in codes:
        rule = rules[code]
        entries.append(
            f'<section class="rule-help" id="rule-{_anchor(code)}" aria-labelledby="rule-{_anchor(code)}-title">\n'
            f'<h3 id="rule-{_anchor(code)}-title"><code>{escape(code)}</code>: {inline_html(rule.summary())}</h3>\n'
            f"<p>Severity {escape(rule.severity.value)}, family {escape(rule.family())}.</p>\n"
            f"{to_html(rule.explanation())}\n</section>"
        )
    return "\n".join(entries)


def _finding_row(finding: Finding, row_id: str, anchors: _Anchors, rule_titles: dict[str, str]) -> str:
    places = "<br>".join(f"<code>{escape(str(p))}</code>" for p in (finding.dataset, finding.source) if p is not None)
    fact = f" <span>(fact <code>{escape(finding.fact)}</code>)</span>" if finding.fact else ""
    target = anchors.target(finding)
    link = f'<a href="#{target[0]}">{escape(target[1])}</a>' if target else "—"
    return (
        f'<tr id="{row_id}" tabindex="-1"><td>{_status_word(finding)}</td>{_rule_cell(finding, rule_titles)}'
        f"<td>{escape(finding.message)}{fact}{_reason(finding)}</td><td>{places or '—'}</td><td>{link}</td></tr>"
    )


def _tally(findings: Iterable[Finding]) -> str:
    counts: Counter[str] = Counter()
    for finding in findings:
        counts["acknowledged" if finding.acknowledged is not None else finding.severity.value] += 1
    words = [plural(counts[k], k) for k in ("error", "warning", "info") if counts[k]]
    if counts["acknowledged"]:
        words.append(f"{counts['acknowledged']} acknowledged")
    return ", ".join(words)


def _findings(
    report: Report, anchors: _Anchors, titles: dict[str, ArticleView], rules: dict[str, type[Rule]]
) -> tuple[str, list[str]]:
    """The findings section, one table per dataset; and its table-of-contents entries."""
    groups: dict[str, list[tuple[int, Finding]]] = {}
    for index, finding in sorted(enumerate(report.findings, start=1), key=lambda pair: urgency_order(pair[1])):
        group = finding.dataset.path if finding.dataset is not None else OTHER_FILES
        groups.setdefault(group, []).append((index, finding))
    if not groups:
        return "<p>No findings: every figure is verified.</p>", []
    parts, toc = [], []
    rule_titles = _rule_titles(report.findings, rules)
    # The dataset with the most urgent finding first (errors before acknowledged discrepancies).
    order = sorted(groups, key=lambda g: (urgency_order(groups[g][0][1])[0], g == OTHER_FILES, g))
    for number, group in enumerate(order, start=1):
        tally = escape(_tally(f for _, f in groups[group]))
        rows = "\n".join(_finding_row(f, f"finding-{index}", anchors, rule_titles) for index, f in groups[group])
        view = titles.get(group)
        about = f' — <a href="#{anchors.article[group]}"{_lang(view.language)}>{escape(view.title)}</a>' if view else ""
        parts.append(
            f'<h3 id="findings-{number}"><code>{escape(group)}</code>{about}</h3>\n'
            f"<table><caption>{tally}</caption>\n"
            '<thead><tr><th scope="col">Status</th><th scope="col">Rule</th><th scope="col">Finding</th>'
            '<th scope="col">Where (dataset; article)</th><th scope="col">In the article</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody></table>"
        )
        toc.append(f'<li><a href="#findings-{number}"><code>{escape(group)}</code></a>: {tally}</li>')
    return "\n".join(parts), toc


def _panel(mark: Mark, anchors: _Anchors) -> str:
    sign, meaning = STATUSES[mark.status]
    items = []
    for fact in mark.facts:
        items.append(
            f"<li>Fact <code>{escape(fact.fact)}</code> (<code>{escape(str(fact.dataset))}</code>): "
            f"{escape(fact.description)}</li>"
        )
    for finding in mark.findings:
        ids = anchors.finding_ids.get(finding, [])
        label = f"{status(finding)} {escape(finding.code)}"
        linked = f'<a href="#{ids[0]}">{label}</a>' if ids else label
        items.append(f"<li>{linked}: {escape(finding.message)}{_reason(finding)}</li>")
    note = f"<p>{escape(mark.note)}</p>" if mark.note else ""
    listing = f"<ul>{''.join(items)}</ul>" if items else ""
    return f'<div class="panel" lang="en"><p><strong>{sign} {mark.status}</strong>: {meaning}.</p>{listing}{note}</div>'


def _pieces(line: ArticleLine) -> list[tuple[int, int]]:
    """Spans of a line to show one under the other: cut at sentence ends, never inside a mark."""
    text = line.text
    if len(text) <= DISPLAY_CHUNK:
        return [(0, len(text))]
    cuts = [m.end() for m in _SENTENCE_END.finditer(text) if 0 < m.end() < len(text)]
    cuts = [c for c in cuts if not any(mark.start < c < mark.end for mark in line.marks)]
    pieces, start, last_cut = [], 0, 0
    for cut in [*cuts, len(text)]:
        if cut - start > DISPLAY_CHUNK and last_cut > start:
            pieces.append((start, last_cut))
            start = last_cut
        last_cut = cut
    pieces.append((start, len(text)))
    return pieces


def _figure(view: ArticleView, line: ArticleLine, index: int, mark: Mark, anchors: _Anchors) -> str:
    sign = STATUSES[mark.status][0]
    return (
        f'<details class="figure {mark.status}" id="{anchors.figure(view, line, index)}">'
        f'<summary><span class="sign" aria-hidden="true">{sign}</span>{escape_markup(line.text[mark.start : mark.end])}'
        f'<span class="visually-hidden" lang="en"> ({mark.status})</span></summary>{_panel(mark, anchors)}</details>'
    )


def _line(view: ArticleView, line: ArticleLine, anchors: _Anchors) -> str:
    out = []
    marks = list(enumerate(line.marks, start=1))
    for start, end in _pieces(line):
        parts, at = [], start
        for index, mark in marks:
            if start <= mark.start < end:
                parts.append(escape_markup(line.text[at : mark.start]))
                parts.append(_figure(view, line, index, mark, anchors))
                at = mark.end
        parts.append(escape_markup(line.text[at:end]))
        out.append(f'<div class="piece">{"".join(parts)}</div>')
    return (
        f'<div class="line" id="{anchors.line(view, line)}"><span class="number">{line.number}</span>'
        f"<div>{''.join(out)}</div></div>"
    )


def _figure_counts(view: ArticleView) -> str:
    counts = Counter(mark.status for line in view.lines for mark in line.marks)
    return ", ".join(f"{counts[status]} {STATUSES[status][0]} {status}" for status in STATUSES if counts[status])


def _article(view: ArticleView, anchors: _Anchors) -> str:
    anchor = anchors.article[view.dataset]
    lines = "\n".join(_line(view, line, anchors) for line in view.lines if line.text.strip())
    return (
        f'<section id="{anchor}" aria-labelledby="{anchor}-title">\n'
        f'<h2 id="{anchor}-title"{_lang(view.language)}>{escape(view.title)}</h2>\n'
        f"<p><code>{escape(view.seed)}</code> → <code>{escape(view.dataset)}</code>: "
        f"{escape(_figure_counts(view)) or 'no figures'}</p>\n"
        f'<div class="body"{_lang(view.language)}>\n{lines}\n</div>\n</section>'
    )


def format_html(report: Report) -> str:
    from checks.rules import all_rules  # every rule module: only when an HTML report is asked for

    rules = {rule.code(): rule for rule in all_rules()}
    anchors = _Anchors(report)
    titles = {view.dataset: view for view in report.articles}
    findings, finding_toc = _findings(report, anchors, titles, rules)
    summary = report.summary()
    counts = "".join(f"<div><dt>{escape(k)}</dt><dd>{v}</dd></div>" for k, v in shown_counts(summary).items())
    article_toc = "".join(
        f'<li><a href="#{anchors.article[v.dataset]}"{_lang(v.language)}>{escape(v.title)}</a>: '
        f"{escape(_figure_counts(v)) or 'no figures'}</li>"
        for v in report.articles
    )
    legend = "".join(
        f'<li><span class="mark {status}"><span class="sign" aria-hidden="true">{sign}</span> {status}</span>: '
        f"{meaning}.</li>"
        for status, (sign, meaning) in STATUSES.items()
    )
    nested = f"<ul>{''.join(finding_toc)}</ul>" if finding_toc else ""
    articles = "\n".join(_article(view, anchors) for view in report.articles)
    headline = escape(format_summary(report))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factlint report: {headline}</title>
<style>{STYLE}</style>
<script>{SCRIPT}</script>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>factlint report</h1>
<p>{headline}</p>
<dl class="counts">{counts}</dl>
</header>
<nav aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
<li><a href="#findings">Findings</a>: {escape(plural(len(report.findings), "finding"))}{nested}</li>
<li><a href="#rules">The rules reported</a></li>
<li><a href="#legend">How figures are marked</a></li>
{article_toc}
</ol>
</nav>
<main id="main" tabindex="-1">
<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
{findings}
</section>
<section id="rules" aria-labelledby="rules-title">
<h2 id="rules-title">The rules reported</h2>
{_rules_explained(report, rules)}
</section>
<section id="legend" aria-labelledby="legend-title">
<h2 id="legend-title">How figures are marked</h2>
<p>Each figure of an article opens on click, or on Enter or Space, to show the facts that cite it and what was found.</p>
<ul class="legend">{legend}</ul>
</section>
{articles}
</main>
</body></html>
"""
