"""The one writer: atomic, keeps the mode, refuses links and protected files, leaves no temporary file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checks import atomic
from checks.atomic import TEMPORARY_SUFFIX, WriteRefused, remove_stale_temporaries, write_atomically
from tests.test_gating import factlint, make_repository


def temporaries(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"*{TEMPORARY_SUFFIX}"))


def test_replaces_the_content_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    target.write_bytes(b"old\r\n")
    target.chmod(0o640)
    write_atomically(target, "new\r\nline\u2028\n")
    assert target.read_bytes() == "new\r\nline\u2028\n".encode()  # no newline translation
    assert target.stat().st_mode & 0o777 == 0o640
    assert temporaries(tmp_path) == []


def test_a_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_atomically(tmp_path / "new" / "report.html", b"x")
    finally:
        os.umask(previous)
    assert (tmp_path / "new" / "report.html").stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("symlink", "is a symbolic link"),
        ("read-only", r"is read-only \(mode 0444\)"),
        ("hard link", "has 2 hard links"),
        ("directory", "is not a regular file"),
    ],
)
def test_refuses_what_it_must_not_replace(tmp_path: Path, kind: str, said: str) -> None:
    real = tmp_path / "real.yaml"
    real.write_bytes(b"old")
    target = tmp_path / "a.yaml"
    if kind == "symlink":
        target.symlink_to(real.name)
    elif kind == "read-only":
        real.rename(target)
        target.chmod(0o444)
    elif kind == "hard link":
        os.link(real, target)
    else:
        target.mkdir()
    with pytest.raises(WriteRefused, match=said):
        write_atomically(target, b"new")
    kept = target if kind == "read-only" else real
    assert kept.read_bytes() == b"old"
    assert kind != "symlink" or target.is_symlink()
    assert temporaries(tmp_path) == []


def test_a_failed_write_leaves_no_temporary_and_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.yaml"
    target.write_bytes(b"old")

    def no_space(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", no_space)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old" and temporaries(tmp_path) == []


def finished_process_id() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True)
    return int(done.stdout)


def test_stale_temporaries_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    stale = tmp_path / f".a.yaml.{finished_process_id()}.x1{TEMPORARY_SUFFIX}"
    live = tmp_path / f".a.yaml.{os.getpid()}.x2{TEMPORARY_SUFFIX}"
    unnamed = tmp_path / f".a.yaml.x3{TEMPORARY_SUFFIX}"
    for path in (stale, live, unnamed):
        path.write_bytes(b"half")
    assert sorted(remove_stale_temporaries(tmp_path)) == sorted([stale, unnamed])
    assert temporaries(tmp_path) == [live]


WRITER = """
import sys
from pathlib import Path
from checks.atomic import write_atomically
target, versions = Path(sys.argv[1]), [Path(p).read_bytes() for p in sys.argv[2:]]
print("ready", flush=True)
turn = 0
while True:
    write_atomically(target, versions[turn % 2])
    turn += 1
"""


def test_a_kill_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    """SIGKILL a writer again and again: the dataset is always whole, and what a kill leaves
    behind neither breaks `validate --changed-since` nor outlives the next `fix`."""
    root = make_repository(tmp_path)  # a repository without factlint's .gitignore
    target = root / "data" / "zhengzhou-2026.yaml"
    old = target.read_bytes()
    new = old + b"# " + b"padding to make each write take a while " * 50_000 + b"\n"
    versions = [tmp_path / "old", tmp_path / "new"]
    for path, content in zip(versions, (old, new), strict=True):
        path.write_bytes(content)
    chance = random.Random(17)
    left_behind = 0
    for _ in range(20):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), *map(str, versions)],
            stdout=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[1],
        )
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        time.sleep(chance.uniform(0, 0.2))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert target.read_bytes() in (old, new)
        left_behind += len(temporaries(target.parent))
    assert left_behind > 0  # the kills did land mid-write
    if not temporaries(target.parent):  # the last kill happened to land between writes
        (target.parent / f".zhengzhou-2026.yaml.{finished_process_id()}.abc{TEMPORARY_SUFFIX}").write_bytes(b"x")
    assert factlint(root, "validate", "--changed-since", "HEAD").returncode == 0
    assert factlint(root, "fix", "--dry-run").returncode == 0
    assert temporaries(target.parent) != []  # a dry run writes (and removes) nothing
    assert factlint(root, "fix").returncode == 0
    assert temporaries(target.parent) == []
