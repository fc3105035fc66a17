"""A repository to break, and secrets outside it that no output may ever contain.

The secrets are what an attacker's pull request would try to exfiltrate: a file outside the
repository (a key, ``/etc/passwd``) and the process's environment (a CI token in
``/proc/self/environ``). Each holds a unique token and numbers the reader would read (so a K101
message would print them if the file were ever read), and ``Secrets.found_in`` looks for any of them.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
ENV_SECRET = "FACTLINT_FUZZ_SECRET"  # the campaign sets it before it starts; see ``environment_markers``
# What a repository is made of, for factlint: the rest of a checkout is code, not data.
REPOSITORY_PARTS = ("data", "seeds", "schemas/units.yaml", "schemas/indicators.yaml", "schemas/regions.tsv")
PASSWD_MARKER = "root:x:0:0"


def secret_text(token: str) -> str:
    """A text that would show in a report if read: the token, and figures the reader reads."""
    return (
        f"{token}\n"
        f"Secret line: {token} costs 7,391,468,253 yuan and reached 86.4173% in 2031.\n"
        f"秘密{token}：八千六百四十一万三千五百二十七元，占比百分之九十一点三七。\n"
    )


@dataclass(frozen=True)
class Secrets:
    outside: Path  # a directory outside the repository
    file: Path  # a file in it, holding ``secret_text(token)``
    token: str

    def markers(self) -> list[str]:
        markers = [self.token, "7,391,468,253", "86.4173", "八千六百四十一万", PASSWD_MARKER]
        markers += environment_markers()
        return markers

    def found_in(self, text: str) -> list[str]:
        return [marker for marker in self.markers() if marker in text]


def environment_markers() -> list[str]:
    """Entries of this process's environment block (what ``/proc/self/environ`` shows), long enough
    not to occur by chance in a report."""
    try:
        block = Path("/proc/self/environ").read_bytes()
    except OSError:
        block = b""
    entries = [entry.decode("utf-8", "replace") for entry in block.split(b"\0")]
    return [entry for entry in entries if len(entry) >= 24 and "=" in entry]


def plant_secrets(base: Path) -> Secrets:
    token = "fuzzsecret" + secrets.token_hex(12)
    outside = base / "outside"
    (outside / "directory").mkdir(parents=True, exist_ok=True)
    file = outside / "secret.txt"
    file.write_text(secret_text(token), encoding="utf-8")
    (outside / "directory" / "inner.txt").write_text(secret_text(token), encoding="utf-8")
    return Secrets(outside, file, token)


def copy_repository(destination: Path, source: Path = PROJECT, parts: tuple[str, ...] = REPOSITORY_PARTS) -> Path:
    """A copy of the data, seeds and vocabularies of ``source`` at ``destination``."""
    for part in parts:
        origin = source / part
        target = destination / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if origin.is_dir():
            shutil.copytree(origin, target, symlinks=True)
        elif origin.exists():
            shutil.copy2(origin, target)
    (destination / "data").mkdir(exist_ok=True)
    (destination / "seeds").mkdir(exist_ok=True)
    return destination


def snapshot(directory: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``directory`` (not following links): path → (size, modification time)."""
    found = {}
    for folder, dirs, files in os.walk(directory):
        for name in dirs + files:
            status = os.lstat(os.path.join(folder, name))
            found[os.path.relpath(os.path.join(folder, name), directory)] = (status.st_size, status.st_mtime_ns)
    return found


def repository_text(root: Path) -> str:
    """The text of every regular file in the repository (links not followed): what a later step
    might upload or commit."""
    parts = []
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            with open(path, "rb") as handle:
                parts.append(handle.read(64 * 1024 * 1024).decode("utf-8", "replace"))
    return "\n".join(parts)
