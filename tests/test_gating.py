"""Gating, offline: changed-only validation on a git branch, and commits through real pre-commit."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checks import cli

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # factlint and pre-commit as installed beside this Python


def git(root: Path, *arguments: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false", *arguments],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def make_repository(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for name in ("seeds", "data", "schemas"):
        shutil.copytree(PROJECT / name, root / name)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "datasets")
    return root


def break_dataset(root: Path, dataset: str) -> None:
    """Change the first fact's value to one its quote does not hold (P106)."""
    file = root / dataset
    text = file.read_text(encoding="utf-8")
    head, tail = text.split("    value: ", 1)
    value, rest = tail.split("\n", 1)
    file.write_text(f"{head}    value: {value}9\n{rest}", encoding="utf-8")


def factlint(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "factlint"), *arguments], cwd=root, capture_output=True, text=True, check=False)


def test_changed_since_reports_only_the_touched_dataset(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    break_dataset(root, "data/zhengzhou-2022.yaml")  # already broken on main
    git(root, "commit", "-qam", "a known problem on main")
    git(root, "checkout", "-q", "-b", "topic")
    break_dataset(root, "data/hebei-2022.yaml")
    git(root, "commit", "-qam", "touch one dataset")

    everything = json.loads(factlint(root, "validate", "--format", "json").stdout)
    assert {f["dataset"]["path"] for f in everything["findings"]} >= {
        "data/zhengzhou-2022.yaml",
        "data/hebei-2022.yaml",
    }

    done = factlint(root, "validate", "--format", "json", "--changed-since", "main")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert {f["dataset"]["path"] for f in report["findings"]} == {"data/hebei-2022.yaml"}
    assert report["summary"]["datasets"] == 1


def test_changed_since_with_nothing_changed_passes(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    done = factlint(root, "validate", "--changed-since", "HEAD")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors" in done.stdout


def test_changed_since_a_deleted_seed_checks_its_datasets(tmp_path: Path) -> None:
    # A seed that git reports changed may be gone (deleted): not a usage error as a typo on the
    # command line is; the datasets citing it are checked and P102 says what is wrong.
    root = make_repository(tmp_path)
    cited = re.search(r"path: (seeds/\S+)", (root / "data/hebei-2022.yaml").read_text(encoding="utf-8"))
    assert cited
    git(root, "rm", "-q", cited[1])
    done = factlint(root, "validate", "--format", "json", "--changed-since", "HEAD")
    assert done.returncode == 1, done.stderr
    assert {f["code"] for f in json.loads(done.stdout)["findings"]} >= {"P102"}
    named = factlint(root, "validate", cited[1])
    assert named.returncode == 2 and "no such seed" in named.stderr and "Traceback" not in named.stderr


def test_changed_since_an_unknown_ref_is_a_usage_error(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    done = factlint(root, "validate", "--changed-since", "no-such-branch")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def local_hook_config() -> str:
    """This repository's shipped hook, as a local hook running the installed factlint."""
    [hook] = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = {**hook, "language": "system", "entry": f"{BIN / 'factlint'} validate"}
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]})


def commit(root: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    """A real `git commit`, so the installed pre-commit hook runs."""
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-m", message],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def pre_commit_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}


@pytest.mark.skipif(not (BIN / "pre-commit").exists(), reason="pre-commit is installed with the test extras")
def test_pre_commit_refuses_a_broken_dataset_and_passes_a_clean_one(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    (root / ".pre-commit-config.yaml").write_text(local_hook_config(), encoding="utf-8")
    env = pre_commit_env(tmp_path)
    subprocess.run([str(BIN / "pre-commit"), "install"], cwd=root, env=env, check=True, capture_output=True)
    git(root, "add", ".pre-commit-config.yaml")
    assert commit(root, env, "hooks").returncode == 0

    break_dataset(root, "data/hebei-2022.yaml")
    git(root, "add", "data/hebei-2022.yaml")
    refused = commit(root, env, "broken")
    assert refused.returncode != 0
    assert "error P106" in refused.stdout + refused.stderr
    assert "data/hebei-2022.yaml" in refused.stdout + refused.stderr

    git(root, "reset", "-q", "--hard")
    clean = root / "data" / "hebei-2022.yaml"
    clean.write_text(clean.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    git(root, "add", "data/hebei-2022.yaml")
    accepted = commit(root, env, "clean")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    hook_output = accepted.stdout + accepted.stderr
    assert "factlint validate" in hook_output and "Passed" in hook_output


@pytest.mark.skipif(not os.environ.get("FACTLINT_SLOW"), reason="installs the hook from PyPI: set FACTLINT_SLOW=1")
def test_pre_commit_try_repo_installs_the_shipped_hook(tmp_path: Path) -> None:
    """The hook as another repository gets it: pre-commit builds its own environment from here."""
    root = make_repository(tmp_path)
    break_dataset(root, "data/hebei-2022.yaml")
    git(root, "add", "-A")
    env = pre_commit_env(tmp_path)
    done = subprocess.run(
        [str(BIN / "pre-commit"), "try-repo", str(PROJECT), "factlint", "--files", "data/hebei-2022.yaml"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "error P106" in done.stdout


def fresh_clone(tmp_path: Path) -> Path:
    """This checkout's tracked files, as they are now, committed in a new repository."""
    root = tmp_path / "clone"
    for name in filter(None, git(PROJECT, "ls-files", "-z").split("\0")):
        source = PROJECT / name
        if source.is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / name)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "clone")
    return root


@pytest.mark.skipif(
    not os.environ.get("FACTLINT_SLOW"), reason="builds the hook environments from PyPI: set FACTLINT_SLOW=1"
)
def test_this_repositorys_hooks_work_from_a_fresh_clone_with_nothing_on_path(tmp_path: Path) -> None:
    """`pre-commit install` and nothing else: no virtualenv on PATH, no factlint, ruff or check-jsonschema."""
    root = fresh_clone(tmp_path)
    git_dir = str(Path(shutil.which("git") or "/usr/bin/git").parent)
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PATH", "VIRTUAL_ENV", "PYTHONPATH")},
        "PATH": os.pathsep.join(dict.fromkeys([git_dir, "/usr/bin", "/bin"])),
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
    }
    for tool in ("factlint", "ruff", "check-jsonschema"):
        assert shutil.which(tool, path=env["PATH"]) is None, f"{tool} is on the bare PATH"
    subprocess.run([str(BIN / "pre-commit"), "install"], cwd=root, env=env, check=True, capture_output=True)

    everything = subprocess.run(
        [str(BIN / "pre-commit"), "run", "--all-files"], cwd=root, env=env, capture_output=True, text=True, timeout=1800
    )
    assert everything.returncode == 0, everything.stdout + everything.stderr
    for hook in ("factlint validate", "ruff check", "validate GitHub workflows"):
        assert re.search(rf"^{re.escape(hook)}\.+Passed$", everything.stdout, re.M), everything.stdout

    break_dataset(root, "data/hebei-2022.yaml")
    git(root, "add", "data/hebei-2022.yaml")
    refused = commit(root, env, "broken")
    assert refused.returncode != 0
    assert "error P106" in refused.stdout + refused.stderr


def test_the_command_exits_with_the_code_main_returns_once_the_heap_is_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(cli, "main", lambda: 1)
    monkeypatch.setattr(cli.gc, "freeze", lambda: frozen.append(True))  # not this test process's heap
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 1 and frozen == [True]
