"""The runner gives the same findings with and without the cache, with and without a pool of
processes, and for a selection the same as a full run reports for those datasets; a cache it
cannot trust (tampered, from another machine, corrupt) is no cache."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from checks import ahead, runner
from checks.cache import CACHE_DIR, entry_of, result_of
from checks.engine import DatasetResult
from checks.file_states import FileState
from checks.findings import Report
from checks.formats.json import format_json
from checks.runner import Options, validate
from tests.synthetic import build


@pytest.fixture
def key_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache key of this test's own (the key lives outside the repository)."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 datasets with cross-dataset findings (C107) and per-dataset ones (P106; P107, acknowledged)."""
    return build(tmp_path_factory.mktemp("runner") / "repo", 40, faults=True)


def findings(report: Report) -> list[dict[str, object]]:
    return json.loads(format_json(report))["findings"]  # type: ignore[no-any-return]


def run(root: Path, **options: object) -> Report:
    return validate(root, root, Options(**options))  # type: ignore[arg-type]


def fresh_copy(corpus: Path, tmp_path: Path) -> Path:
    import shutil

    root = tmp_path / "copy"
    shutil.copytree(corpus, root, ignore=shutil.ignore_patterns(CACHE_DIR))
    return root


def test_the_corpus_has_cross_dataset_findings(corpus: Path, key_home: Path) -> None:
    codes = {f["code"] for f in findings(run(corpus, use_cache=False))}
    assert {"C107", "P106", "P107"} <= codes


def test_cache_cold_warm_and_pool_give_the_same_findings(
    corpus: Path, tmp_path: Path, key_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = fresh_copy(corpus, tmp_path)
    plain = json.dumps(findings(run(root, use_cache=False, jobs=1)))
    cold = json.dumps(findings(run(root, jobs=1)))
    assert (root / CACHE_DIR / ".gitignore").is_file()
    warm = json.dumps(findings(run(root, jobs=1)))
    monkeypatch.setattr(runner, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(runner, "HEAD_START_BYTES", 0)  # so a worker gets a share of this small corpus
    shares: list[list[list[str]]] = []
    original = runner._shares
    monkeypatch.setattr(runner, "_shares", lambda *args: shares.append(original(*args)) or shares[-1])
    pooled = json.dumps(findings(run(root, use_cache=False, jobs=2)))
    assert len(shares) == 1 and len(shares[0]) == 2  # the pool did run
    assert plain == cold == warm == pooled


def test_a_warm_run_takes_the_cross_dataset_findings_from_the_cache(
    corpus: Path, tmp_path: Path, key_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = fresh_copy(corpus, tmp_path)
    cold = findings(run(root, jobs=1))
    assert any(f["code"] == "C107" for f in cold)
    computed: list[int] = []
    original = runner.index_findings
    monkeypatch.setattr(runner, "index_findings", lambda index, *a: computed.append(len(index)) or original(index, *a))
    assert findings(run(root, jobs=1)) == cold and computed == []  # nothing changed: the cache's
    # A comment moves every line of one dataset after it: the cached findings could point at old lines.
    dataset = root / "data" / "suiyang-2020-3.yaml"
    dataset.write_text("# a comment\n" + dataset.read_text(encoding="utf-8"), encoding="utf-8")
    after = findings(run(root, jobs=1))
    assert len(computed) == 1 and after != cold  # some finding points at that dataset's lines, one lower now
    assert findings(run(root, jobs=1)) == after and len(computed) == 1  # and stored again
    assert after == findings(run(root, use_cache=False, jobs=1))


def test_the_schema_stage_ahead_in_a_child_gives_the_same_findings(
    corpus: Path, tmp_path: Path, key_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = fresh_copy(corpus, tmp_path)
    dataset = sorted((root / "data").glob("*.yaml"))[3]
    text = dataset.read_text(encoding="utf-8")
    dataset.write_text(text.replace("unit: percent", "unit: percentt", 1).replace("period: ", "period: 20x", 1))
    here = findings(run(root, use_cache=False, jobs=1))
    answers: list[object] = []
    collect = ahead._collect

    def collected(*args: object) -> object:
        answers.append(collect(*args))  # type: ignore[arg-type]
        return answers[-1]

    monkeypatch.setattr(ahead, "_collect", collected)
    in_child = findings(run(root, use_cache=False, jobs=2))  # few datasets: no pool, the schema ahead
    assert len(answers) == 1 and answers[0] is not None  # the child did the schema stage
    assert {"S105", "C107", "P106"} <= {f["code"] for f in here}
    assert in_child == here


def test_shares_interleave_and_give_this_process_a_head_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "HEAD_START_BYTES", 300)
    paths = [f"data/{number:02}.yaml" for number in range(20)]
    shares = runner._shares(paths, [100] * 20, 3)
    assert sorted(path for share in shares for path in share) == paths  # every path once
    # 2,000 bytes: this process gets 300 more than each worker.
    assert [len(share) for share in shares] == [9, 6, 5]
    assert shares[1][:3] == ["data/04.yaml", "data/07.yaml", "data/10.yaml"]  # interleaved, not a run
    monkeypatch.setattr(runner, "HEAD_START_BYTES", 10_000)
    assert runner._shares(paths, [100] * 20, 3) == [paths]  # too little to share: all here


def test_warm_run_parses_nothing(corpus: Path, tmp_path: Path, key_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = fresh_copy(corpus, tmp_path)
    run(root)
    checked: list[list[str]] = []
    original = runner.check
    monkeypatch.setattr(runner, "check", lambda r, paths, *a, **k: checked.append(paths) or original(r, paths, *a, **k))
    run(root)
    assert checked == []
    dataset = root / "data" / "suiyang-2020-3.yaml"
    dataset.write_text(dataset.read_text(encoding="utf-8").replace("value: 613", "value: 614"), encoding="utf-8")
    run(root)
    assert checked == [["data/suiyang-2020-3.yaml"]]


def test_a_selection_reports_what_a_full_run_reports_for_those_datasets(
    corpus: Path, tmp_path: Path, key_home: Path
) -> None:
    root = fresh_copy(corpus, tmp_path)
    run(root)  # warm the cache
    # A changed dataset now disagrees with the copies about the same region (C107 across datasets).
    dataset = root / "data" / "suiyang-2020-0.yaml"
    text = dataset.read_text(encoding="utf-8")
    dataset.write_text(text.replace("    period: 2020\n", "    period: 2019\n", 1), encoding="utf-8")
    selected = run(root, paths=["data/suiyang-2020-0.yaml"])
    full = run(root, use_cache=False)
    chosen = set(selected.dataset_paths)
    assert "data/suiyang-2020-0.yaml" in chosen and len(chosen) > 1  # linked datasets come along
    expected = [f for f in findings(full) if f["dataset"] is None or f["dataset"]["path"] in chosen]  # type: ignore[index]
    assert findings(selected) == expected


def _table_parts(root: Path) -> set[str]:
    return {part.name for part in (root / CACHE_DIR).glob("v*/*") if part.name.startswith(("index-", "waivers-"))}


@pytest.mark.parametrize(
    ("edit", "kept"),
    [
        (lambda text: text + "# reviewed\n", True),  # a comment: the same rows
        (lambda text: text.replace("value: 613", "value: 614"), False),  # a fact's value: a new index
        (lambda text: text.replace("    period: 2020\n", "    period: 2019\n", 1), False),  # C107 across datasets
    ],
)
def test_a_changed_dataset_keeps_the_cached_tables_only_when_its_rows_are_the_same(
    corpus: Path, tmp_path: Path, key_home: Path, edit: Callable[[str], str], kept: bool
) -> None:
    root = fresh_copy(corpus, tmp_path)
    run(root)
    before = _table_parts(root)
    dataset = root / "data" / "suiyang-2020-3.yaml"
    dataset.write_text(edit(dataset.read_text(encoding="utf-8")), encoding="utf-8")
    hook = findings(run(root, paths=["data/suiyang-2020-3.yaml"]))
    assert (_table_parts(root) == before) is kept
    after_hook = findings(run(root))  # from the tables the hook left
    assert after_hook == findings(run(root, use_cache=False))
    chosen = {f["dataset"]["path"] for f in hook if f["dataset"]}  # type: ignore[index]
    assert hook == [f for f in after_hook if f["dataset"] is None or f["dataset"]["path"] in chosen]  # type: ignore[index]


def test_cached_tables_are_not_kept_when_a_dataset_is_gone(corpus: Path, tmp_path: Path, key_home: Path) -> None:
    root = fresh_copy(corpus, tmp_path)
    run(root)
    before = _table_parts(root)
    (root / "data" / "suiyang-2020-0.yaml").unlink()
    dataset = root / "data" / "suiyang-2020-3.yaml"
    dataset.write_text(dataset.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    run(root, paths=["data/suiyang-2020-3.yaml"])
    assert _table_parts(root) != before  # the gone dataset's rows are no longer in the index
    assert findings(run(root)) == findings(run(root, use_cache=False))


@pytest.mark.parametrize("damage", ["tamper", "garbage", "other key"])
def test_an_untrusted_cache_is_no_cache(
    corpus: Path, tmp_path: Path, key_home: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    root = fresh_copy(corpus, tmp_path)
    expected = findings(run(root))
    folder = next((root / CACHE_DIR).glob("v*"))
    results = next(folder.glob("results-*"))
    if damage == "tamper":
        # Claim a dataset with errors is clean, keeping the file's hash in the manifest right.
        data = json.loads(results.read_bytes())
        for entry in data["datasets"].values():
            entry["findings"] = []
        text = json.dumps(data).encode()
        import hashlib

        digest = hashlib.sha256(text).hexdigest()
        (folder / f"results-{digest}").write_bytes(text)
        manifest = json.loads((folder / "manifest.json").read_text())
        manifest["body"]["files"]["results"] = digest
        (folder / "manifest.json").write_text(json.dumps(manifest))
    elif damage == "garbage":
        results.write_bytes(b"\x00not json")
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-machine"))
    assert findings(run(root)) == expected


def test_two_runs_at_once_leave_a_usable_cache(corpus: Path, tmp_path: Path, key_home: Path) -> None:
    root = fresh_copy(corpus, tmp_path)
    command = [sys.executable, "-m", "checks.cli", "validate", "--format", "json", "--jobs", "1"]
    environment = {"XDG_CACHE_HOME": str(key_home), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, env=environment) for _ in range(3)]
    outputs = [process.communicate()[0] for process in runs]
    assert len(set(outputs)) == 1 and all(process.returncode == 1 for process in runs)
    again = subprocess.run(command, cwd=root, capture_output=True, env=environment, check=False)
    assert again.stdout == outputs[0]


def _hashing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The corpus files (data/, seeds/) whose state the cache takes by hashing them, from now on."""
    import checks.file_states

    hashed: list[str] = []
    original = checks.file_states.read_inside

    def counting(root: Path, relative: str, *args: object, **kwargs: object) -> bytes:
        if relative.startswith(("data/", "seeds/")):
            hashed.append(relative)
        return original(root, relative, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checks.file_states, "read_inside", counting)
    return hashed


def _later(monkeypatch: pytest.MonkeyPatch, seconds: int) -> None:
    """The next run starts ``seconds`` from now (as far as the cache's clock is concerned)."""
    import time

    real = time.time_ns
    monkeypatch.setattr(runner.time, "time_ns", lambda: real() + seconds * 1_000_000_000)


def test_a_file_rewritten_in_the_same_clock_tick_is_hashed_again(corpus: Path, tmp_path: Path, key_home: Path) -> None:
    import os

    root = fresh_copy(corpus, tmp_path)
    dataset = root / "data" / "suiyang-2020-3.yaml"
    dataset.write_bytes(dataset.read_bytes())  # written just before the run
    run(root)
    before = dataset.stat()
    # Same size, same time: only the bytes tell; the state was taken too close to the write to trust.
    dataset.write_text(dataset.read_text(encoding="utf-8").replace("value: 613", "value: 614"), encoding="utf-8")
    os.utime(dataset, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert dataset.stat().st_size == before.st_size
    assert findings(run(root)) == findings(run(root, use_cache=False))


def test_a_file_rewritten_with_its_old_size_and_time_is_hashed_again(
    corpus: Path, tmp_path: Path, key_home: Path
) -> None:
    """A tool that rewrites a file and sets its time back (``touch -r``, an editor keeping times) cannot
    set back its status change time: the cache notices that, as git does."""
    import os

    root = fresh_copy(corpus, tmp_path)
    _aged(root)
    run(root)
    dataset = root / "data" / "suiyang-2020-3.yaml"
    before = dataset.stat()
    dataset.write_text(dataset.read_text(encoding="utf-8").replace("value: 613", "value: 614"), encoding="utf-8")
    os.utime(dataset, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (dataset.stat().st_size, dataset.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert findings(run(root)) == findings(run(root, use_cache=False))
    assert any(f["code"] == "P106" and "suiyang-2020-3" in str(f["dataset"]) for f in findings(run(root)))


def test_racily_clean_files_are_trusted_once_they_are_old_enough(
    corpus: Path, tmp_path: Path, key_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    root = fresh_copy(corpus, tmp_path)
    for file in [*root.glob("data/*.yaml"), *root.glob("seeds/*.txt")]:
        os.utime(file)  # just written: racily clean for the first run's states
    expected = findings(run(root, jobs=1))
    hashed = _hashing(monkeypatch)
    _later(monkeypatch, 10)
    assert findings(run(root, jobs=1)) == expected
    assert len(hashed) > 40  # every dataset and seed, hashed again: too new to trust then
    hashed.clear()
    _later(monkeypatch, 20)
    assert findings(run(root, jobs=1)) == expected
    assert hashed == []  # the second run took their states again, old enough now


def test_a_touched_file_is_hashed_once_not_at_every_run(
    corpus: Path, tmp_path: Path, key_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    root = fresh_copy(corpus, tmp_path)
    _aged(root)
    expected = findings(run(root, jobs=1))
    dataset = root / "data" / "suiyang-2020-3.yaml"
    os.utime(dataset, (time.time() - 50,) * 2)  # a checkout rewrote it with the same bytes
    hashed = _hashing(monkeypatch)
    assert findings(run(root, jobs=1)) == expected
    assert hashed == ["data/suiyang-2020-3.yaml"]
    hashed.clear()
    assert findings(run(root, jobs=1)) == expected
    assert hashed == []


def _aged(root: Path, seconds: int = 100) -> None:
    """Every dataset and seed last written ``seconds`` ago: old enough for the cache to trust its state."""
    import os
    import time

    old = time.time() - seconds
    for file in [*root.glob("data/*.yaml"), *root.glob("seeds/*.txt")]:
        os.utime(file, (old, old))


def test_a_dataset_gone_with_nothing_else_changed_leaves_the_tables(
    corpus: Path, tmp_path: Path, key_home: Path
) -> None:
    root = fresh_copy(corpus, tmp_path)
    _aged(root)
    run(root)
    before = _table_parts(root)
    (root / "data" / "suiyang-2020-0.yaml").unlink()
    assert findings(run(root)) == findings(run(root, use_cache=False))
    assert _table_parts(root) != before
    assert findings(run(root)) == findings(run(root, use_cache=False))  # from the tables that run left


@pytest.mark.parametrize(
    "indicators",
    [(), ("beds",), ("beds", "doctors_per_1000"), ("",), ("", "beds"), ("beds\nnurses",), ("a\n", "b")],
)
def test_a_datasets_cached_entry_gives_back_its_indicators(indicators: tuple[str, ...]) -> None:
    # They are stored as one text where that text gives them back, else as a list (S112 counts on
    # the names exactly: which catalogue entries no fact uses).
    result = DatasetResult("data/x.yaml", (), 3, "seeds/x.txt", indicators)
    state = FileState(10, 1, 0o100644, "0" * 64, 2)
    stored = json.loads(json.dumps(entry_of(result, state, state)))
    assert result_of("data/x.yaml", stored) == result
