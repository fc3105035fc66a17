"""Hostile inputs, timed (``nox -s bench``): what issue 12 found quadratic, at two sizes.

- a seed line full of figures (5,000 and 20,000 characters, the longest a seed line may be): a
  fresh ``factlint validate`` in text and in HTML (the article view), and ``factlint draft``;
- a table of two lines at the same two sizes: a header of units and a row of cells of 1900–2100 under it, each of
  which the reader asks the header about (``checks.numbers.told_cells``);
- a dataset of 750 and 3,000 facts that all fail several rules.

×4 the input should take about ×4 the time (minus the second or so of starting the process).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from checks.seeds import MAX_LINE_CHARS
from tests.fuzz.hostile import huge_line
from tests.fuzz.sandbox import copy_repository

SEED = "seeds/004_f3394bd76fe2dc9a.txt"
DATASET = "data/zhengzhou-2026.yaml"


def _seconds(root: Path, *argv: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checks.cli", *argv], cwd=root, capture_output=True, check=False)
    return time.perf_counter() - start


def _set_lines(root: Path, texts: dict[int, str]) -> None:
    """Replace lines of the seed (by their index from 0) with ``texts``."""
    path = root / SEED
    lines = path.read_bytes().split(b"\n")
    for index, text in texts.items():
        lines[index] = text.encode("utf-8")
    path.write_bytes(b"\n".join(lines))


def _long_line(root: Path, length: int) -> None:
    _set_lines(root, {14: huge_line(b"").decode("utf-8")[:length]})  # line 15, in the article's body


def _year_cells(root: Path, length: int) -> None:
    cells = length // 5
    header = ("区" + "\t注册护士数（人）" * cells)[:length]  # line 14: a header
    row = ("武穴市" + "\t2080" * cells)[:length]  # line 15: its row
    _set_lines(root, {13: header, 14: row})


def _bad_facts(root: Path, count: int) -> None:
    path = root / DATASET
    bad = "\n".join(f"  - {{id: bad{n}, line: {n % 30 + 1}, quote: 'x', value: -1, unit: nope}}" for n in range(count))
    path.write_text(path.read_text("utf-8").replace("\nfacts:\n", f"\nfacts:\n{bad}\n", 1), "utf-8")


def hostile_timing() -> list[str]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in (MAX_LINE_CHARS // 4, MAX_LINE_CHARS):
            root = copy_repository(Path(folder) / f"line-{size}")
            _long_line(root, size)
            times = [
                _seconds(root, "validate", "--no-cache"),
                _seconds(root, "validate", "--no-cache", "--format", "html"),
                _seconds(root, "draft", SEED, "--output", "data/zz-draft.yaml"),
            ]
            rows.append(
                f"a seed line of {size:,} characters of figures: validate {times[0]:.2f} s, "
                f"html {times[1]:.2f} s, draft {times[2]:.2f} s"
            )
            shutil.rmtree(root)
        for size in (MAX_LINE_CHARS // 4, MAX_LINE_CHARS):
            root = copy_repository(Path(folder) / f"table-{size}")
            _year_cells(root, size)
            validate = _seconds(root, "validate", "--no-cache")
            draft = _seconds(root, "draft", SEED, "--output", "data/zz-draft.yaml")
            rows.append(
                f"a table row of {size:,} characters of cells 1900–2100: validate {validate:.2f} s, draft {draft:.2f} s"
            )
            shutil.rmtree(root)
        for count in (750, 3_000):
            root = copy_repository(Path(folder) / f"facts-{count}")
            _bad_facts(root, count)
            rows.append(
                f"a dataset with {count:,} failing facts: validate {_seconds(root, 'validate', '--no-cache'):.2f} s"
            )
    return rows


if __name__ == "__main__":
    print("\n".join(hostile_timing()))
