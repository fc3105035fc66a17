"""The HTML report: every figure of the body marked with the right status, and well-formed HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from checks.corpus import load_corpus
from checks.engine import run
from checks.findings import Mark
from checks.formats.html import format_html
from tests.rule_harness import make_corpus


class Marks(HTMLParser):
    """Collects (class, text) of every <mark>, and checks that tags nest."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.marks: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "br"):
            self.stack.append(tag)
        if tag == "mark":
            self.marks.append((dict(attrs)["class"] or "", ""))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "mark":
            status, text = self.marks[-1]
            self.marks[-1] = (status, text + data)


def marks_of(root: Path) -> tuple[list[tuple[str, str]], dict[str, list[Mark]]]:
    report = run(load_corpus(root), articles=True)
    parser = Marks()
    parser.feed(format_html(report))
    assert parser.stack == []
    by_status: dict[str, list[Mark]] = {}
    for view in report.articles:
        for line in view.lines:
            for mark in line.marks:
                by_status.setdefault(mark.status, []).append(mark)
    return parser.marks, by_status


def test_clean_article_has_every_figure_verified(tmp_path: Path) -> None:
    marks, by_status = marks_of(make_corpus(tmp_path, {}))
    assert {status for status, _ in marks} >= {"verified"}
    assert set(by_status) == {"verified"} and len(by_status["verified"]) == 11
    assert ("verified", "34.20%") in marks and ("verified", "more than 80%") in marks


def test_failing_uncurated_ignored_and_acknowledged_figures(tmp_path: Path) -> None:
    root = make_corpus(
        tmp_path,
        {
            "edits": [
                {"file": "data/example.yaml", "old": "value: 34.2\n", "new": "value: 43.2\n"},
                {"file": "data/example.yaml", "old": "value: 25\n", "new": "value: 25.5\n"},
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
                    "new": "acknowledged:\n  - {rule: C111, fact: clinics, reason: the article prints “built 25 clinics”}",
                },
            ]
        },
    )
    marks, by_status = marks_of(root)
    assert ("failing", "提升至34.20%") in marks  # value not in its quote: the whole quote is marked
    assert ("uncurated", "12") in marks
    assert ("ignored", "5") in marks or ("ignored", "5 other stories") in marks
    assert any(status == "acknowledged" and "25" in text for status, text in marks)
    failing = by_status["failing"][0]
    assert "P106" in failing.note and "literacy-2025" in failing.note


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
    assert "<script>" not in page and "&lt;script&gt;" in page
