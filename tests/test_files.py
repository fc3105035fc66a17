"""``read_inside``: a plain name in its directory is read through the directory's descriptor (the
fast way, no path resolved); every other case gives what resolving the path gives."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

import checks.files
from checks.files import Missing, Refused, read_inside


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "article.txt").write_bytes(b"line one\nline two\n")
    (tmp_path / "outside.txt").write_bytes(b"a secret\n")
    return root


def resolved_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read as if no directory descriptor could be used (every path resolved first)."""
    monkeypatch.setattr(checks.files, "_DIRECTORY_DESCRIPTORS", False)


def outcome(root: Path, relative: str, limit: int = checks.files.MAX_FILE_BYTES) -> tuple[str, str]:
    try:
        return "read", read_inside(root, relative, "seeds", limit).decode()
    except Missing as missing:
        return "missing", str(missing)
    except Refused as refused:
        return "refused", str(refused)


def test_a_plain_name_is_read_without_resolving_its_path(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_resolving(path: object) -> str:
        raise AssertionError(f"resolved {path}")

    monkeypatch.setattr(checks.files.os.path, "realpath", no_resolving)
    assert outcome(repo, "seeds/article.txt") == ("read", "line one\nline two\n")


def link_inside(root: Path) -> str:
    (root / "seeds" / "alias.txt").symlink_to("article.txt")
    return "seeds/alias.txt"


def link_out(root: Path) -> str:
    (root / "seeds" / "leak.txt").symlink_to(root.parent / "outside.txt")
    return "seeds/leak.txt"


def directory_a_link(root: Path) -> str:
    (root / "seeds").rename(root / "real-seeds")
    (root / "seeds").symlink_to(root / "real-seeds")
    return "seeds/article.txt"


def fifo(root: Path) -> str:
    os.mkfifo(root / "seeds" / "pipe.txt")
    return "seeds/pipe.txt"


def missing(root: Path) -> str:
    return "seeds/nowhere.txt"


def dotted(root: Path) -> str:
    return "seeds/../seeds/article.txt"


@pytest.mark.parametrize(
    ("plant", "expected"),
    [
        (link_inside, ("read", "line one\nline two\n")),
        (link_out, ("refused", "seeds/leak.txt is a link that leads out of seeds/; not read")),
        (
            directory_a_link,
            ("refused", "seeds/article.txt is not read: seeds/ is a link, not a directory of the repository"),
        ),
        (fifo, ("refused", "seeds/pipe.txt is not a regular file; not read")),
        (missing, ("missing", "seeds/nowhere.txt does not exist")),
        (dotted, ("read", "line one\nline two\n")),
    ],
)
def test_every_other_case_reads_or_refuses_as_a_resolved_path_does(
    repo: Path, monkeypatch: pytest.MonkeyPatch, plant: Callable[[Path], str], expected: tuple[str, str]
) -> None:
    relative = plant(repo)
    assert outcome(repo, relative) == expected
    resolved_only(monkeypatch)
    assert outcome(repo, relative) == expected


def test_a_file_larger_than_the_limit_is_refused_either_way(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = ("refused", "seeds/article.txt is larger than 0 MiB; not read")
    assert outcome(repo, "seeds/article.txt", limit=4) == expected
    resolved_only(monkeypatch)
    assert outcome(repo, "seeds/article.txt", limit=4) == expected
