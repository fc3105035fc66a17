"""The HTML report's content: every figure marked with the right status, every fact and finding shown,
links that resolve, ids and languages right, and well-formed HTML. (The browser test drives the page.)"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from checks.corpus import load_corpus
from checks.engine import run
from checks.findings import Mark, Report
from checks.formats.html import DISPLAY_CHUNK, STATUSES, format_html
from tests.rule_harness import PROJECT, make_corpus, real_corpus

VOID = {"meta", "br", "link", "img", "input", "hr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def text(self, skip: tuple[str, ...] = ()) -> str:
        """The text inside, leaving out elements whose class is in ``skip``."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not set(child.attrs.get("class", "").split()) & set(skip):
                parts.append(child.text(skip))
        return "".join(parts)

    def all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.attrs.get("class", "").split()):
                    found.append(child)
                found.extend(child.all(tag, cls))
        return found

    def ancestor(self, tag: str) -> Node | None:
        node = self.parent
        while node is not None and node.tag != tag:
            node = node.parent
        return node


class Tree(HTMLParser):
    """A DOM of the page; every end tag must close the element that is open (well-formed)."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Node("#document", {})
        self.open = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.open)
        self.open.children.append(node)
        if tag not in VOID:
            self.open = node

    def handle_endtag(self, tag: str) -> None:
        assert self.open.tag == tag, f"</{tag}> closes <{self.open.tag}>"
        assert self.open.parent is not None
        self.open = self.open.parent

    def handle_data(self, data: str) -> None:
        self.open.children.append(data)


def parse(page: str) -> Node:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.open is tree.root, "unclosed elements"
    return tree.root


def figures(page: Node) -> list[tuple[str, str]]:
    """(status, figure text) of every marked figure."""
    found = []
    for details in page.all("details", "figure"):
        status = next(c for c in details.attrs["class"].split() if c != "figure")
        summary = details.all("summary")[0]
        found.append((status, summary.text(skip=("sign", "visually-hidden"))))
    return found


def marks_of(root: Path) -> tuple[list[tuple[str, str]], dict[str, list[Mark]]]:
    report = run(load_corpus(root), articles=True)
    page = parse(format_html(report))
    by_status: dict[str, list[Mark]] = {}
    for view in report.articles:
        for line in view.lines:
            for mark in line.marks:
                by_status.setdefault(mark.status, []).append(mark)
    return figures(page), by_status


def test_clean_article_has_every_figure_verified(tmp_path: Path) -> None:
    marks, by_status = marks_of(make_corpus(tmp_path, {}))
    assert {status for status, _ in marks} == {"verified"}
    assert set(by_status) == {"verified"} and len(by_status["verified"]) == len(marks) == 11
    assert ("verified", "34.20%") in marks and ("verified", "more than 80%") in marks


def test_failing_uncurated_ignored_and_acknowledged_figures(tmp_path: Path) -> None:
    root = make_corpus(
        tmp_path,
        {
            "edits": [
                {"file": "data/example.yaml", "old": "value: 34.2\n", "new": "value: 43.2\n"},
                # the article's own parts do not add up (25 + 72 is not 96): acknowledged
                {"file": "seeds/example.txt", "old": "71 health centres", "new": "72 health centres"},
                {"file": "data/example.yaml", "old": '"71 health centres"', "new": '"72 health centres"'},
                {"file": "data/example.yaml", "old": "value: 71\n", "new": "value: 72\n"},
                {"file": "seeds/example.txt", "old": "of them are new.", "new": "of them are new, 12 are rural <b>."},
                {"file": "data/example.yaml", "old": "last: 7}", "new": "last: 8}"},
                {
                    "file": "data/example.yaml",
                    "old": "ignore: []",
                    "new": "ignore:\n  - {line: 8, text: 5 other stories, reason: related links}",
                },
                {
                    "file": "data/example.yaml",
                    "old": "acknowledged: []",
                    "new": "acknowledged:\n  - {rule: C101, fact: facilities, reason: 'the article prints “25 clinics and"
                    " 72 health centres, 96 facilities in all”'}",
                },
            ]
        },
    )
    marks, by_status = marks_of(root)
    assert ("failing", "提升至34.20%") in marks  # value not in its quote: the whole quote is marked
    assert ("uncurated", "12") in marks
    assert ("ignored", "5") in marks or ("ignored", "5 other stories") in marks
    assert any(status == "acknowledged" and "96" in text for status, text in marks)
    failing = by_status["failing"][0]
    assert [f.code for f in failing.findings] == ["P106"]
    assert [f.fact for f in failing.facts] == ["example/literacy-2025"]
    acknowledged = by_status["acknowledged"][0]
    assert [(f.code, f.acknowledged) for f in acknowledged.findings] == [
        ("C101", "the article prints “25 clinics and 72 health centres, 96 facilities in all”")
    ]
    assert by_status["uncurated"][0].note.startswith("12 = 12: no fact cites it")
    assert by_status["ignored"][0].note == "ignored: related links"


def test_a_fact_with_an_empty_quote_is_marked_failing_at_its_lines_start(tmp_path: Path) -> None:
    # An empty quote is on its line as P105 reads it; its fact is shown there, with no width, and
    # its findings (S104, P106) link to that mark, though a finding's place gives it no column.
    edit = {"file": "data/example.yaml", "old": 'quote: "built 25 clinics"', "new": 'quote: ""'}
    marks, by_status = marks_of(make_corpus(tmp_path, {"edits": [edit]}))
    assert ("failing", "") in marks
    [failing] = by_status["failing"]
    assert (failing.start, failing.end) == (0, 0)
    assert [f.fact for f in failing.facts] == ["example/clinics"]
    assert sorted(f.code for f in failing.findings) == ["P106", "S104"]
    assert all(f.source is not None and f.source.column is None for f in failing.findings)


def test_article_text_is_escaped(tmp_path: Path) -> None:
    root = make_corpus(
        tmp_path,
        {
            "edits": [
                {"file": "seeds/example.txt", "old": "of them are new.", "new": "of them are <script>new</script>."}
            ]
        },
    )
    page = format_html(run(load_corpus(root), articles=True))
    assert "<script>new" not in page and "&lt;script&gt;new&lt;/script&gt;" in page
    parse(page)


# The real data, with one value mistyped (a failing figure), one fact pointed at the wrong line
# (its figure becomes uncurated) and one still marked for review (a warning only: warned, not
# failing): every status a journalist meets.
JOURNALIST_CASE = {
    "edits": [
        {"file": "data/zhengzhou-2026.yaml", "old": "    value: 7400\n", "new": "    value: 7100\n"},
        {
            "file": "data/zhengzhou-2026.yaml",
            "old": "    note: Reduction of time spent in hospital per visit, secondary and above hospitals.\n",
            "new": "    note: Reduction of time spent in hospital per visit, secondary and above hospitals.\n"
            "    review: guessed achieved\n",
        },
        {
            "file": "data/hebei-2022.yaml",
            "old": '    line: 9\n    quote: "build 100',
            "new": '    line: 10\n    quote: "build 100',
        },
    ]
}


@pytest.fixture(scope="module")
def journalist_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return run(load_corpus(real_corpus(tmp_path_factory.mktemp("real"), JOURNALIST_CASE)), articles=True)


@pytest.fixture(scope="module")
def journalist_page(journalist_report: Report) -> Node:
    return parse(format_html(journalist_report))


def test_every_status_has_a_sign_and_a_word_besides_its_colour(journalist_page: Node) -> None:
    statuses = {status for status, _ in figures(journalist_page)}
    assert statuses == set(STATUSES)
    # A figure whose fact only warns (S190: still marked for review) is warned, not failing.
    assert ("warned", "1小时") in figures(journalist_page)
    for details in journalist_page.all("details", "figure"):
        status = next(c for c in details.attrs["class"].split() if c != "figure")
        summary = details.all("summary")[0]
        assert summary.all("span", "sign")[0].text() == STATUSES[status][0]
        assert summary.all("span", "visually-hidden")[0].text() == f" ({status})"


def test_ids_are_unique_and_every_link_resolves(journalist_page: Node) -> None:
    ids = [node.attrs["id"] for node in journalist_page.all() if "id" in node.attrs]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", i) for i in ids), ids
    links = [a.attrs["href"] for a in journalist_page.all("a")]
    assert links and all(href.startswith("#") for href in links)  # nothing outside the page
    assert {href[1:] for href in links} <= set(ids)


def test_each_finding_links_to_its_figure_and_back(journalist_report: Report, journalist_page: Node) -> None:
    rows = {row.attrs["id"]: row for row in journalist_page.all("tr") if row.attrs.get("id", "").startswith("finding-")}
    assert len(rows) == len(journalist_report.findings)
    by_id = {node.attrs["id"]: node for node in journalist_page.all() if "id" in node.attrs}
    for row_id, row in rows.items():
        links = [a.attrs["href"][1:] for a in row.all("a") if not a.attrs["href"].startswith("#rule-")]
        figure = by_id[links[0]] if links else None
        if figure is not None and figure.tag == "details":
            back = {a.attrs["href"][1:] for a in figure.all("a")}
            assert row_id in back, row_id
    p106 = next(row for row in rows.values() if row.all("td")[1].text() == "P106")
    [link] = [a for a in p106.all("a") if not a.attrs["href"].startswith("#rule-")]  # the code links to its rule
    figure = by_id[link.attrs["href"][1:]]
    assert figure.tag == "details" and "failing" in figure.attrs["class"]
    assert figure.all("summary")[0].text(skip=("sign", "visually-hidden")) == "次均费用较普通住院降低7400余元"
    # Uncurated and fact-less findings link to the figure at their seed column.
    k101 = next(row for row in rows.values() if row.all("td")[1].text() == "K101")
    figure = by_id[k101.all("a")[1].attrs["href"][1:]]
    assert "uncurated" in figure.attrs["class"] and figure.all("summary")[0].text(skip=("sign",)).startswith("100")


def test_the_acknowledged_reason_is_shown(journalist_report: Report, journalist_page: Node) -> None:
    [finding] = [f for f in journalist_report.findings if f.acknowledged is not None]
    assert finding.fact is not None and finding.acknowledged
    [figure] = journalist_page.all("details", "acknowledged")
    assert finding.fact in figure.text() and f"Acknowledged: {finding.acknowledged}" in figure.text()
    rows = [row for row in journalist_page.all("tr") if f"acknowledged {finding.severity.value}" in row.text()]
    assert len(rows) == 1 and f"Acknowledged: {finding.acknowledged}" in rows[0].text()


def test_a_figure_cited_by_several_facts_shows_every_one(tmp_path: Path) -> None:
    restated = (
        '  - {id: literacy-restated, line: 4, quote: "提升至34.20%", indicator: health_literacy_rate, value: 34.2,'
        " unit: percent, qualifier: eq, period: 2025, status: achieved, region: null, note: null}\n"
    )
    edit = {"file": "data/example.yaml", "old": "facts:\n", "new": f"facts:\n{restated}"}
    page = parse(format_html(run(load_corpus(make_corpus(tmp_path, {"edits": [edit]})), articles=True)))
    [figure] = [d for d in page.all("details", "figure") if "34.20%" in d.all("summary")[0].text()]
    for fact in ("example/literacy-2025", "example/literacy-restated"):
        assert f"Fact {fact} " in figure.text()


def cited_articles() -> set[str]:
    """The articles the repository's datasets cite: five here, more once a curator adds some."""
    return {yaml.safe_load(path.read_text(encoding="utf-8"))["source"]["path"] for path in PROJECT.glob("data/*.yaml")}


def test_articles_carry_their_language(journalist_report: Report, journalist_page: Node) -> None:
    sections = {s.attrs["id"]: s for s in journalist_page.all("section") if s.attrs["id"].startswith("article-")}
    assert len(sections) == len(journalist_report.articles) == len(cited_articles())
    languages = {}
    for section in sections.values():
        [body] = section.all("div", "body")
        languages[section.attrs["id"]] = body.attrs.get("lang")
        for panel in body.all("div", "panel"):
            assert panel.attrs["lang"] == "en"  # what factlint says is English, in a Chinese text too
    assert (
        languages.items()
        >= {
            "article-hebei-2022": "en",
            "article-nhc-rural-health-2022": "en",
            "article-suiyang-2020": "zh",
            "article-zhengzhou-2022": "en",
            "article-zhengzhou-2026": "zh",
        }.items()
    )
    assert journalist_page.all("html")[0].attrs["lang"] == "en"


def test_long_lines_are_shown_in_sentences_for_display_only(journalist_report: Report, journalist_page: Node) -> None:
    [nhc] = [s for s in journalist_page.all("section") if s.attrs.get("id") == "article-nhc-rural-health-2022"]
    [line] = nhc.all("div", "line")
    pieces = line.all("div", "piece")
    view = next(v for v in journalist_report.articles if v.dataset == "data/nhc-rural-health-2022.yaml")
    original = view.lines[0].text
    assert len(original) > 5000 and len(pieces) > 10
    shown = [piece.text(skip=("sign", "visually-hidden", "panel")) for piece in pieces]
    assert "".join(shown) == original  # nothing added, dropped or reordered
    for text in shown:
        assert len(text) <= DISPLAY_CHUNK or not re.search(r"[.!?]\s", text[:-1]), text
    ends = [text.rstrip() for text in shown[:-1]]
    assert all(re.search(r"[.!?;。！？；][\"”’)]*$", end) for end in ends), ends
    assert line.all("span", "number")[0].text() == "1"  # one seed line, one number


def test_table_of_contents_counts_each_article(journalist_report: Report, journalist_page: Node) -> None:
    [nav] = journalist_page.all("nav")
    entries = {a.attrs["href"]: a.parent.text() for a in nav.all("a") if a.parent is not None}
    for view in journalist_report.articles:
        anchor = next(href for href in entries if href.startswith("#article-") and view.title in entries[href])
        marks = [m.status for line in view.lines for m in line.marks]
        for status in set(marks):
            assert f"{marks.count(status)} {STATUSES[status][0]} {status}" in entries[anchor]
    assert f"{len(journalist_report.findings)} findings" in nav.text()


def test_each_rule_code_links_to_its_explanation_given_once(journalist_report: Report, journalist_page: Node) -> None:
    """A finding's code carries its rule's summary (title) and links to the rule explained on the
    page, once per rule that occurs, from the source SARIF's help uses (summary and docstring)."""
    from checks.rules import rule_by_code

    by_id = {node.attrs["id"]: node for node in journalist_page.all() if "id" in node.attrs}
    cells = journalist_page.all("td", "rule")
    assert len(cells) == len(journalist_report.findings)
    codes = {f.code for f in journalist_report.findings}
    for cell in cells:
        [link] = cell.all("a")
        code = cell.text()
        rule = rule_by_code(code)
        assert rule is not None and link.attrs["title"] == rule.summary()
        explained = by_id[link.attrs["href"][1:]]
        assert explained.ancestor("section") is not None and explained.attrs["class"] == "rule-help"
        assert explained.text().strip().startswith(f"{code}: {rule.summary()}")
        assert "``" not in explained.text() and "**" not in explained.text()  # no reStructuredText markup
    section = by_id["rules"]
    assert sorted(node.attrs["id"] for node in section.all(cls="rule-help")) == sorted(f"rule-{c}" for c in codes)
