"""The text a dataset was read from, found again in git history by the sha256 the dataset pins.

When a seed's text changed, its dataset still pins the sha256 of the old text. If any version of
the seed that git knows (any commit on any ref, or the index) hashes to that pin, we have the old
text, and lines can be followed exactly from the old text to the new one. No git, no repository,
no such version: ``None``, and the caller falls back to searching for each quote.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

NO_BLOB = "0" * 40


def _git(root: Path, *arguments: str, given: bytes | None = None) -> bytes | None:
    try:
        done = subprocess.run(["git", *arguments], cwd=root, input=given, capture_output=True, check=False)
    except OSError:  # git is not installed
        return None
    return done.stdout if done.returncode == 0 else None


def _blob_ids(root: Path, path: str) -> list[str]:
    """Every blob the path has held: in the history of every ref, and in the index."""
    log = _git(root, "log", "--all", "--format=", "--raw", "--no-abbrev", "--no-renames", "--", path) or b""
    ids = [field for line in log.decode().splitlines() if line.startswith(":") for field in line.split()[2:4]]
    staged = _git(root, "ls-files", "--stage", "--", path) or b""
    ids += [line.split()[1] for line in staged.decode().splitlines() if len(line.split()) >= 2]
    return list(dict.fromkeys(i for i in ids if i != NO_BLOB))


def _contents(root: Path, ids: list[str], path: str, checked_out: bool) -> list[bytes]:
    """The blobs' bytes as stored, or as a checkout writes them (line endings and filters applied)."""
    how = ["--batch", "--filters", f"--path={path}"] if checked_out else ["--batch"]
    out = _git(root, "cat-file", *how, given="".join(f"{i}\n" for i in ids).encode())
    blobs, at = [], 0
    while out and at < len(out):
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        if len(header) != 3:  # "<id> missing"
            at = header_end + 1
            continue
        size = int(header[2])
        blobs.append(out[header_end + 1 : header_end + 1 + size])
        at = header_end + 1 + size + 1  # the content is followed by a line break
    return blobs


def text_with_sha256(root: Path, path: str, sha256: str) -> bytes | None:
    """The version of ``path`` in git whose sha256 is ``sha256``, or None."""
    ids = _blob_ids(root, path)
    if not ids:
        return None
    for checked_out in (False, True):
        for blob in _contents(root, ids, path, checked_out):
            if hashlib.sha256(blob).hexdigest() == sha256:
                return blob
    return None
