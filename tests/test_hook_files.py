"""The pre-commit hooks pass factlint only what it reads (a dataset, a seed, a vocabulary, its code).

The repository's own hook took every path under data/, so committing data/README.md ran
`factlint validate data/README.md`, which refuses a path that is no dataset (exit 2): the commit
was blocked. Typed by hand, that refusal stays; the hook no longer names such a file."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.test_gating import BIN, PROJECT, break_dataset, commit, factlint, git, make_repository, pre_commit_env

READ = ["data/hebei-2022.yaml", "data/new.yml", "seeds/000_97e1b4bfb218e7a9.txt", "seeds/sub/article.txt"]
NOT_READ = [
    "data/README.md",
    "data/notes.txt",
    "data/sub/x.yaml",
    "data/.hidden.yaml",
    "seeds/README.md",
    "seeds/.x",
    "docs/pyproject.toml",
]
VOCABULARIES = ["schemas/units.yaml", "schemas/indicators.yaml", "schemas/regions.tsv", "pyproject.toml"]


def own_hook() -> dict[str, object]:
    config = yaml.safe_load((PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = [h for repo in config["repos"] for h in repo["hooks"] if h["id"] == "factlint"]
    return dict(hook)


def shipped_hook() -> dict[str, object]:
    [hook] = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return dict(hook)


@pytest.mark.parametrize("hook", [own_hook, shipped_hook], ids=["own", "shipped"])
def test_each_hook_takes_the_files_factlint_reads_and_no_other(hook: object) -> None:
    files = re.compile(str(hook()["files"]))  # type: ignore[operator]
    # pre-commit matches with re.search on the path from the repository's root
    assert [p for p in READ + VOCABULARIES if not files.search(p)] == []
    assert [p for p in NOT_READ if files.search(p)] == []


def test_the_own_hook_also_takes_the_code() -> None:
    files = re.compile(str(own_hook()["files"]))
    assert files.search("checks/cli.py") and files.search("schemas/dataset.py")


def test_validate_named_the_settings_checks_every_dataset(tmp_path: Path) -> None:
    """pyproject.toml holds the [tool.factlint] settings: a change to it may change any finding, so the
    hook passes it and naming it selects every dataset (it was a refusal, exit 2, as no dataset)."""
    root = make_repository(tmp_path)
    (root / "pyproject.toml").write_text("[tool.factlint]\ntarget_horizon = 30\n", encoding="utf-8")
    break_dataset(root, "data/zhengzhou-2022.yaml")
    done = factlint(root, "validate", "pyproject.toml")
    assert done.returncode == 1, done.stderr
    assert "data/zhengzhou-2022.yaml" in done.stdout and "P106" in done.stdout


def test_validate_named_a_file_that_is_no_dataset_still_refuses(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    (root / "data" / "README.md").write_text("# The datasets\n", encoding="utf-8")
    done = factlint(root, "validate", "data/README.md")
    assert done.returncode == 2
    assert done.stderr == "factlint: data/README.md is neither a dataset under data/ nor a seed under seeds/\n"


@pytest.mark.skipif(not (BIN / "pre-commit").exists(), reason="pre-commit is installed with the test extras")
def test_the_repositorys_own_hook_lets_a_readme_under_data_be_committed(tmp_path: Path) -> None:
    root = make_repository(tmp_path)
    hook = {**own_hook(), "language": "system", "entry": f"{BIN / 'factlint'} validate"}
    hook.pop("additional_dependencies", None)
    config = yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]})
    (root / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    env = pre_commit_env(tmp_path)
    subprocess.run([str(BIN / "pre-commit"), "install"], cwd=root, env=env, check=True, capture_output=True)
    git(root, "add", ".pre-commit-config.yaml")
    assert commit(root, env, "hooks").returncode == 0

    (root / "data" / "README.md").write_text("# The datasets\n", encoding="utf-8")
    git(root, "add", "data/README.md")
    done = commit(root, env, "a readme")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "neither a dataset" not in done.stdout + done.stderr

    break_dataset(root, "data/hebei-2022.yaml")  # a dataset is still checked
    git(root, "add", "data/hebei-2022.yaml")
    refused = commit(root, env, "broken")
    assert refused.returncode != 0 and "error P106" in refused.stdout + refused.stderr
