"""A dataset that does not parse still claims the article its text names: the parse error is the
one finding (no K103 beside it), a seed path selects it, and `factlint draft` drafts no second
dataset for that article."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from checks.cli import main
from checks.corpus import load_corpus
from checks.engine import run
from tests.rule_harness import flatten, make_corpus

OPEN_QUOTE = {"file": "data/example.yaml", "old": "  title: Example Health Bulletin", "new": '  title: "Example Health'}


def _main(root: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(args))
    return code, out.getvalue()


def test_the_parse_error_is_the_one_finding(tmp_path: Path) -> None:
    root = make_corpus(tmp_path, {"edits": [OPEN_QUOTE]})
    assert flatten(run(load_corpus(root)).findings) == [
        {"code": "P100", "source": None, "dataset": "data/example.yaml:6"}
    ]
    code, out = _main(root, "validate", "seeds/example.txt")  # the seed selects the dataset claiming it
    assert code == 1 and out.startswith("data/example.yaml:6:10: error P100 ") and "K103" not in out


def test_a_dataset_of_another_name_that_does_not_parse_gets_no_second_draft(tmp_path: Path) -> None:
    root = make_corpus(tmp_path, {"edits": [OPEN_QUOTE]})
    (root / "data" / "example.yaml").rename(root / "data" / "county-report.yaml")
    code, out = _main(root, "draft", "seeds/example.txt")
    assert code == 2, out
    assert "is the source of data/county-report.yaml already, which does not parse" in out
    assert sorted(p.name for p in (root / "data").iterdir()) == ["county-report.yaml"]
    # of the same name: it exists, as a dataset that parses does
    (root / "data" / "county-report.yaml").rename(root / "data" / "example.yaml")
    code, out = _main(root, "draft", "seeds/example.txt")
    assert code == 2 and "data/example.yaml exists; pass --force" in out
