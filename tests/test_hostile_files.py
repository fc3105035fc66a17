"""Files a pull request can plant so that factlint reads, prints, writes or removes something outside
the repository, or never finishes: each is refused, and nothing of the outside reaches a report
(issue 12). Each test here failed before its fix."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checks.cache import CACHE_DIR, Cache
from checks.config import load_config
from checks.errors import UsageError
from checks.files import Refused, read_inside
from checks.seeds import read_seed
from schemas.regions import load_regions
from schemas.vocab import VocabularyError, load_vocabulary
from tests.fuzz.oracle import call
from tests.fuzz.sandbox import Secrets, plant_secrets

BASE = Path(__file__).parent / "fixtures" / "base"
FORMATS = ("json", "sarif", "junit", "markdown", "html")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    return root


@pytest.fixture
def secrets(tmp_path: Path) -> Secrets:
    return plant_secrets(tmp_path)


def every_report(root: Path, reports: Path) -> str:
    """The text of a validate run in every format (standard output and error included)."""
    reports.mkdir(exist_ok=True)
    extras = [item for name in FORMATS for item in (f"--{name}", str(reports / name))]
    first = call(root, "validate", *extras)
    second = call(root, "validate", "--format", "github", "--no-cache")
    assert first.code in (0, 1) and second.code in (0, 1), first.stderr + second.stderr
    return "\n".join(
        [first.stdout, first.stderr, second.stdout, second.stderr, *(p.read_text() for p in reports.iterdir())]
    )


def test_seeds_directory_that_is_a_link_out_is_not_read(repo: Path, secrets: Secrets, tmp_path: Path) -> None:
    """``seeds -> /somewhere`` would make everything there "inside seeds/"."""
    (secrets.outside / "example.txt").write_text((repo / "seeds" / "example.txt").read_text())
    shutil.rmtree(repo / "seeds")
    (repo / "seeds").symlink_to(secrets.outside)
    dataset = repo / "data" / "example.yaml"
    dataset.write_text(dataset.read_text().replace("path: seeds/example.txt", "path: seeds/secret.txt"))
    seed = read_seed(repo, "seeds/secret.txt")
    assert not seed.readable and "is a link" in str(seed.error)
    assert secrets.found_in(every_report(repo, tmp_path / "reports")) == []


def test_a_nul_in_a_seed_path_is_refused_not_a_crash(repo: Path) -> None:
    with pytest.raises(Refused, match="NUL"):
        read_inside(repo, "seeds/example\0.txt", "seeds")
    dataset = repo / "data" / "example.yaml"
    dataset.write_text(dataset.read_text().replace("path: seeds/example.txt", 'path: "seeds/ex\\0ample.txt"'))
    result = call(repo, "validate")
    assert result.code == 1 and "P102" in result.stdout and "\x00" not in result.stdout


def test_quote_on_a_linked_seed_is_no_oracle_for_its_target(repo: Path, secrets: Secrets) -> None:
    """Whether a guessed quote is on a line of the link's target must not change any finding."""
    (repo / "seeds" / "guess.txt").symlink_to(secrets.file)
    dataset = repo / "data" / "example.yaml"
    text = dataset.read_text().replace("path: seeds/example.txt", "path: seeds/guess.txt")
    reports = []
    for guess in (secrets.token, "a wrong guess"):
        dataset.write_text(text.replace('quote: "从16.20%"', f'quote: "{guess}"').replace("line: 4\n", "line: 1\n", 1))
        found = json.loads(call(repo, "validate", "--format", "json", "--no-cache").stdout)["findings"]
        reports.append([(f["code"], f["message"].replace(guess, "GUESS")) for f in found])
    assert reports[0] == reports[1]
    assert any(code == "P102" for code, _ in reports[0])


def test_the_environment_never_reaches_a_report(repo: Path, tmp_path: Path) -> None:
    """A seed linked to /proc/self/environ, with a token in the environment, in a process of its own."""
    token = "ENVTOKEN" + os.urandom(8).hex()
    (repo / "seeds" / "example.txt").unlink()
    (repo / "seeds" / "example.txt").symlink_to("/proc/self/environ")
    reports = tmp_path / "reports"
    reports.mkdir()
    extras = [item for name in FORMATS for item in (f"--{name}", str(reports / name))]
    env = {**os.environ, "CI_TOKEN": token, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    command = [sys.executable, "-m", "checks.cli", "validate", *extras]
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stderr
    assert "P102" in done.stdout
    everything = done.stdout + done.stderr + "".join(p.read_text() for p in reports.iterdir())
    assert token not in everything


@pytest.mark.parametrize("name", ["units.yaml", "indicators.yaml"])
def test_a_vocabulary_linked_out_is_a_configuration_error_that_names_no_content(
    repo: Path, secrets: Secrets, name: str
) -> None:
    target = repo / "schemas" / name
    target.unlink(missing_ok=True)
    target.symlink_to(secrets.file)
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(repo)
    assert secrets.found_in(str(raised.value)) == []
    result = call(repo, "validate")
    assert result.code == 2 and result.stderr.startswith("factlint: ") and "internal error" not in result.stderr


def test_a_vocabulary_nested_too_deep_is_a_configuration_error(repo: Path) -> None:
    (repo / "schemas" / "indicators.yaml").write_text("x: " + "[" * 500 + "]" * 500 + "\n")  # libyaml allows 1000
    with pytest.raises(VocabularyError, match="nests deeper"):
        load_vocabulary(repo)


def test_regions_and_pyproject_linked_out_are_configuration_errors(repo: Path, secrets: Secrets) -> None:
    (repo / "schemas" / "regions.tsv").symlink_to(secrets.file)
    with pytest.raises(UsageError, match="leads out") as raised:
        load_regions(repo)
    assert secrets.found_in(str(raised.value)) == []
    (repo / "pyproject.toml").symlink_to(secrets.file)
    with pytest.raises(UsageError, match="leads out"):
        load_config(repo)


def test_a_setting_that_would_overflow_is_a_configuration_error(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.factlint]\ntarget_horizon = 100000000000000000000\n")
    with pytest.raises(UsageError, match="whole number from"):
        load_config(repo)
    (repo / "pyproject.toml").write_text("tool = 5\n")
    assert load_config(repo).target_horizon == 15


def test_a_cache_directory_linked_out_is_neither_read_nor_written(repo: Path, secrets: Secrets) -> None:
    outside = secrets.outside / "cache"
    outside.mkdir()
    (repo / CACHE_DIR).symlink_to(outside)
    assert not Cache(repo).safe
    assert call(repo, "validate").code == 0
    assert list(outside.iterdir()) == []


def test_cache_cleaning_never_removes_through_a_link(repo: Path, secrets: Secrets) -> None:
    """An old generation's folder committed as a link: the cleaning must not empty its target."""
    assert call(repo, "validate").code == 0  # a first generation, so the folder exists
    victim = secrets.outside / "directory"
    old = time.time() - 10 * 3600
    os.utime(victim, (old, old))
    os.utime(victim / "inner.txt", (old, old))
    (repo / CACHE_DIR / "v1-0123456789abcdef").symlink_to(victim, target_is_directory=True)
    dataset = repo / "data" / "example.yaml"
    dataset.write_text(dataset.read_text() + "\n")  # a change, so the run saves a generation and cleans
    assert call(repo, "validate").code == 0
    assert (victim / "inner.txt").exists()


def test_a_cache_manifest_that_is_a_fifo_does_not_block(repo: Path, tmp_path: Path) -> None:
    """Run in a process of its own: before the fix, reading the FIFO blocked forever."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    command = [sys.executable, "-m", "checks.cli", "validate"]
    subprocess.run(command, cwd=repo, env=env, capture_output=True, timeout=300, check=True)
    (folder,) = (repo / CACHE_DIR).glob("v1-*")
    (folder / "manifest.json").unlink()
    os.mkfifo(folder / "manifest.json")
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr


def test_file_names_that_are_not_text(repo: Path, secrets: Secrets, tmp_path: Path) -> None:
    """A dataset named with bytes that are not UTF-8, a newline or an escape: every command copes."""
    from tests.fuzz.oracle import check_repository

    example = (repo / "data" / "example.yaml").read_bytes()
    for name in (b"bad\xff\x1b[31m.yaml", b"new\nline.yaml", b"\xe2\x80\xaeevil.yaml"):
        with open(os.path.join(os.fsencode(repo / "data"), name), "wb") as handle:
            handle.write(example)
    reports = tmp_path / "reports"
    reports.mkdir()
    verdict = check_repository(repo, secrets, reports, "data/example.yaml", "seeds/example.txt", "5")
    assert verdict.ok, verdict.problems
    assert verdict.calls[0].code == 1  # the copies' facts duplicate the original's (C107)


@pytest.mark.parametrize("unit", ["-0.0", "[bed, person]", "{a: 1}", "null"])
def test_a_catalogue_entry_whose_unit_or_kind_is_not_text_is_a_finding(repo: Path, unit: str) -> None:
    catalogue = repo / "schemas" / "indicators.yaml"
    text = catalogue.read_text()
    text = text.replace(
        "unit: institution, kind: count, additive: true}", f"unit: {unit}, kind: {unit}, additive: true}}", 1
    )
    catalogue.write_text(text)
    result = call(repo, "validate", "--no-cache")
    assert result.code == 1, result.stderr
    assert "S110" in result.stdout


def test_export_reads_no_license_from_a_pyproject_linked_out_or_odd(repo: Path, secrets: Secrets) -> None:
    from checks.corpus import load_corpus
    from checks.export.inputs import readable_pyproject
    from checks.export.package import licenses

    secrets.file.write_text('[project]\nlicense = "SECRET-LICENSE"\n')
    (repo / "pyproject.toml").symlink_to(secrets.file)
    assert licenses(readable_pyproject(load_corpus(repo, []))) == []
    (repo / "pyproject.toml").unlink()
    (repo / "pyproject.toml").write_text("project = 5\n")
    assert licenses(readable_pyproject(load_corpus(repo, []))) == []


def test_a_number_past_64_bits_prints_no_librarys_warning(repo: Path) -> None:
    """numpy warns as pandas casts 2**63 on its way to refusing it: the user sees the finding (S104)
    only, never a warning naming the installed package's files (outside the repository)."""
    dataset = repo / "data" / "example.yaml"
    text = dataset.read_text(encoding="utf-8")
    dataset.write_text(text.replace("    period: 2025\n", f"    period: {2**63}\n", 1), encoding="utf-8")
    for command in (["validate", "--no-cache"], ["draft", "data/example.yaml", "--uncited"]):
        done = subprocess.run(
            [sys.executable, "-m", "checks.cli", *command], cwd=repo, capture_output=True, text=True, check=False
        )
        assert "Warning" not in done.stderr and sys.prefix not in done.stderr, done.stderr
    assert (
        "S104"
        in subprocess.run(
            [sys.executable, "-m", "checks.cli", "validate"], cwd=repo, capture_output=True, text=True, check=False
        ).stdout
    )


@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_a_directory_or_fifo_named_as_a_dataset_is_refused_not_skipped(repo: Path, kind: str) -> None:
    """The README refuses "a FIFO, device, socket or directory in place of a file": a P100 at its
    path, in a cold run and a warm one (the cache never takes it for a dataset it checked)."""
    target = repo / "data" / "notes.yaml"
    if kind == "directory":
        target.mkdir()
    else:
        os.mkfifo(target)
    for _ in range(2):
        done = call(repo, "validate", "--format", "json")
        assert done.code == 1, done.stderr
        findings = json.loads(done.stdout)["findings"]
        assert [(f["code"], f["dataset"]["path"]) for f in findings] == [("P100", "data/notes.yaml")]
        assert findings[0]["message"] == "the dataset is not read: it is not a regular file"
