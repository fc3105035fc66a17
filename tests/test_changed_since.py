"""``--changed-since`` reports what a full run reports for what changed: whatever the files' names,
whatever changed (a dataset deleted, a YAML file that is no dataset, a file under seeds/), and says
what is wrong with a revision git cannot use."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.test_gating import factlint, git, make_repository


def report(root: Path, *arguments: str) -> tuple[int, list[dict[str, object]]]:
    done = factlint(root, "validate", "--format", "json", "--no-cache", *arguments)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)["findings"]


def brief(findings: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(f["code"], (f["dataset"] or {}).get("path")) for f in findings]  # type: ignore[attr-defined]


def copy_with(root: Path, name: str, old: str, new: str) -> None:
    text = (root / "data/zhengzhou-2026.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    (root / "data" / name).write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("name", ['zz"2.yaml', "zz\t2.yaml", "zz\\2.yaml"])
def test_a_dataset_whose_name_git_quotes_is_selected(tmp_path: Path, name: str) -> None:
    root = make_repository(tmp_path)
    copy_with(root, name, "    value: 7400\n", "    value: 7100\n")  # P106
    status, findings = report(root, "--changed-since", "HEAD")
    assert status == 1 and ("P106", f"data/{name}") in brief(findings)
    full = report(root)[1]
    assert findings == [f for f in full if f["dataset"] and f["dataset"]["path"] == f"data/{name}"]  # type: ignore[index]
    git(root, "add", "-A")
    git(root, "commit", "-qm", "added")
    assert report(root, "--changed-since", "HEAD~1")[1] == findings  # committed, from git diff


@pytest.mark.parametrize("ref", ["--all", "-h", "--output=x"])
def test_a_revision_that_reads_as_an_option_is_refused(tmp_path: Path, ref: str) -> None:
    root = make_repository(tmp_path)
    done = factlint(root, "validate", f"--changed-since={ref}")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert (
        done.stderr.strip()
        == f"factlint: --changed-since {ref!r}: not a git revision (a revision does not start with '-')"
    )
    assert not (root / "x").exists()


@pytest.mark.parametrize("stray", ["data/notes/old.yaml", "data/.old.yaml"])
def test_a_changed_yaml_file_that_is_no_dataset_is_warned_of_as_in_a_full_run(tmp_path: Path, stray: str) -> None:
    root = make_repository(tmp_path)
    (root / stray).parent.mkdir(exist_ok=True)
    (root / stray).write_bytes((root / "data/hebei-2022.yaml").read_bytes())
    git(root, "add", "-A")
    git(root, "commit", "-qm", "notes")
    (root / stray).write_text((root / stray).read_text(encoding="utf-8") + "# more\n", encoding="utf-8")
    for since in ("HEAD", "HEAD~1"):  # changed since, and committed since
        status, findings = report(root, "--changed-since", since)
        assert (status, brief(findings)) == (0, [("K104", stray)])
    assert ("K104", stray) in brief(report(root)[1])
    named = factlint(root, "validate", stray)  # named by hand: refused, as the README says
    assert named.returncode == 2 and "is not read" in named.stderr


def test_a_deleted_dataset_reports_what_a_full_run_reports(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    # A copy of zhengzhou-2026 disagreeing with it (C107 both ways), the discrepancy acknowledged in
    # zhengzhou-2026: once the copy is gone, the waiver matches nothing (C190).
    copy_with(root, "zz.yaml", "    value: 34.2\n", "    value: 43.2\n")
    original = root / "data/zhengzhou-2026.yaml"
    text = original.read_text(encoding="utf-8")
    assert text.count("\nacknowledged: []\n") == 1
    waiver = "\nacknowledged:\n  - {rule: C107, fact: literacy-2025, reason: the copy says otherwise}\n"
    original.write_text(text.replace("\nacknowledged: []\n", waiver), encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "copy")
    git(root, "rm", "-q", "data/zz.yaml", "data/hebei-2022.yaml")  # hebei's article: cited by no dataset now
    done = factlint(root, "validate", "--format", "json", "--no-cache", "--strict", "--changed-since", "HEAD")
    full = factlint(root, "validate", "--format", "json", "--no-cache", "--strict")
    assert done.returncode == full.returncode == 1, done.stderr
    findings = json.loads(done.stdout)["findings"]
    cited = re.search(r"path: (seeds/\S+)", git(root, "show", "HEAD:data/hebei-2022.yaml"))
    assert cited
    assert {("K103", None), ("C190", "data/zhengzhou-2026.yaml")} <= set(brief(findings))
    assert any(f["code"] == "K103" and f["source"]["path"] == cited[1] for f in findings)  # type: ignore[index]
    chosen = {f["dataset"]["path"] for f in findings if f["dataset"]}  # type: ignore[index]
    expected = [
        f for f in json.loads(full.stdout)["findings"] if f["dataset"] is None or f["dataset"]["path"] in chosen
    ]
    assert findings == expected


@pytest.mark.parametrize(
    ("name", "asked"), [("README", False), ("README.md", False), ("notes.md", True), (".x", False)]
)
def test_files_under_seeds_are_articles_as_a_full_run_decides(tmp_path: Path, name: str, asked: bool) -> None:
    root = make_repository(tmp_path)
    (root / "seeds" / name).write_text("An article of its own: 12 beds.\n", encoding="utf-8")
    changed = report(root, "--changed-since", "HEAD")[1]
    full = report(root)[1]
    assert [f for f in full if f["code"] == "K103"] == [f for f in changed if f["code"] == "K103"]
    assert bool([f for f in changed if f["code"] == "K103"]) is asked


def test_no_merge_base_says_why_and_what_to_do(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    git(root, "checkout", "-q", "--orphan", "other")
    git(root, "commit", "-qm", "unrelated")
    done = factlint(root, "validate", "--changed-since", "main")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "no merge base between main and HEAD" in done.stderr and "share no commit" in done.stderr


def test_a_shallow_clone_says_it_is_shallow(tmp_path: Path) -> None:
    origin = make_repository(tmp_path)
    (origin / "data/hebei-2022.yaml").write_text(
        (origin / "data/hebei-2022.yaml").read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8"
    )
    git(origin, "commit", "-qam", "second")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", origin.as_uri(), str(clone)], check=True, capture_output=True)
    done = factlint(clone, "validate", "--changed-since", "HEAD~1")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "shallow" in done.stderr and "git fetch --unshallow" in done.stderr
    # A branch fetched shallow beside it: no merge base, and the clone is shallow.
    git(origin, "checkout", "-q", "--orphan", "other")
    git(origin, "commit", "-qm", "unrelated")
    git(clone, "fetch", "-q", "--depth", "1", "origin", "other:other")
    done = factlint(clone, "validate", "--changed-since", "other")
    assert done.returncode == 2
    assert "no merge base between other and HEAD" in done.stderr and "git fetch --unshallow" in done.stderr
