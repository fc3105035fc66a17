"""The placeholders ``factlint draft`` writes into a vocabulary label (``(待译)``, ``… (to be named)``)
pass while their entry is marked for review (S191 reports it) and are S113's error once the mark is
deleted and the label still holds one: a new user's trial found ``label_zh: (待译)`` passing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.draft import draft_new
from tests.rule_harness import make_corpus, validate

ARTICLES = {
    "en": "Riverton expands dental care\nPublished 2026-03-02\nThe county opened 12 new dental clinics in 2025.\n",
    "zh": "郑州新闻\n2026年3月2日\n全市新增口腔诊所12个，配备流动牙科车7台。\n",
}


def _draft_and_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> tuple[Path, list[tuple[str, int, str]]]:
    """Draft the article into a copy of the fixture corpus, delete the review marks of the catalogue
    entries it proposed (the curator's act of review, labels untouched); the placeholder labels left
    (file, line, text)."""
    root = make_corpus(tmp_path, {"write": {"seeds/new.txt": ARTICLES[language]}})
    monkeypatch.chdir(root)  # the draft works on the repository it runs in
    draft_new(root, "seeds/new.txt", None, False)
    left = []
    for name in ("indicators.yaml", "units.yaml"):
        path = root / "schemas" / name
        if not path.exists():
            continue
        text = re.sub(r"\n  review: [^\n]*", "", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        left += [
            (f"schemas/{name}", number, line)
            for number, line in enumerate(text.split("\n"), start=1)
            if re.match(r"  label_(en|zh): .*(\(待译\)|\(to be named\))", line)
        ]
    return root, left


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_drafted_placeholder_label_left_once_reviewed_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    root, left = _draft_and_review(tmp_path, monkeypatch, language)
    assert left, "the draft wrote no placeholder label: S113's placeholders no longer match the draft's"
    findings = [f for f in validate(root).findings if f.code == "S113"]
    assert sorted((f.dataset.path, f.dataset.line) for f in findings) == [(path, line) for path, line, _ in left]
    assert {f.severity.value for f in findings} == {"error"}
    assert all(f.source is None and f.fact is None for f in findings)


def test_a_placeholder_label_written_over_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, _ = _draft_and_review(tmp_path, monkeypatch, "en")
    path = root / "schemas" / "indicators.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("(待译)", "新开口腔诊所数"), encoding="utf-8")
    assert [f for f in validate(root).findings if f.code == "S113"] == []


def test_every_label_the_draft_leaves_to_be_named_is_one_s113_knows() -> None:
    """The labels the drafter proposes for a person to write (a measure word's unit, a decimal's measure)
    hold a placeholder S113 reports once the review mark is gone."""
    from checks.draft.new_units import MEASURE, new_unit
    from schemas.fields import LABEL_PLACEHOLDERS

    placeholders = [placeholder for placeholder, _ in LABEL_PLACEHOLDERS]
    for label in (MEASURE["label_en"], new_unit("份")[2]):
        assert any(placeholder in label for placeholder in placeholders), label
