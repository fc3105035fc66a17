"""A compiled copy of factlint's sources (``setup.py`` with ``FACTLINT_COMPILE=1``), for the bench
and for ``tests/test_compiled.py``: the modules ``setup.py`` lists are built by mypyc next to copies
of their sources in a folder of their own, never in this checkout (where they would shadow the
sources being edited). Put the folder first on ``PYTHONPATH`` to run the compiled build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.synthetic import PROJECT


def source_copy(target: Path) -> Path:
    """``target`` holding what the build reads: the packages' sources (no bytecode, no compiled module) and the
    files that declare them."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("checks", "schemas"):
        shutil.copytree(PROJECT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(PROJECT / name, target / name)
    return target


def compiled_copy(target: Path) -> Path:
    """``target`` holding the sources with the listed modules compiled; SystemExit if the build fails."""
    source_copy(target)
    done = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=target,
        env={**os.environ, "FACTLINT_COMPILE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the compiled build failed:\n{done.stderr[-3000:]}")
    # The copy's interpreted modules compiled to bytecode too, as an installed copy's are (with
    # PYTHONDONTWRITEBYTECODE set, every process would compile them from source again).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "checks", "schemas"], cwd=target, check=True)
    return target


def is_compiled(code: Path) -> bool:
    """Whether the reader under ``code`` is compiled (its extension beside its source)."""
    return any(path.suffix in (".so", ".pyd") for path in (code / "checks" / "numbers").glob("scanner.*"))
