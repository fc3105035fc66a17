"""How long `factlint fix` takes as a dataset grows (called by ``tests/bench.py``).

One dataset holds the 19 facts of ``data/zhengzhou-2026.yaml`` copied 50 to 400 times (950 to 7,600
facts, ids made unique); its seed gains three lines at the top, so every line reference moves. Each
size is timed in process (load, follow, edit, write; and a dry run with its diff), as wall-clock
time and as CPU time, which a busy machine inflates less; then one cold `factlint fix` process.
"""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from checks.corpus import load_corpus
from checks.fix import fix
from tests.synthetic import PROJECT

DATASET = "data/zhengzhou-2026.yaml"
COPIES = (50, 100, 200, 400)


def shifted_corpus(root: Path, copies: int) -> Path:
    """The repository with one dataset of ``copies`` × its facts, whose seed moved down by 3 lines."""
    target = root / f"fix-{copies}"
    for name in ("seeds", "schemas"):
        shutil.copytree(PROJECT / name, target / name)
    (target / "data").mkdir(parents=True)
    head, rest = (PROJECT / DATASET).read_text(encoding="utf-8").split("facts:\n", 1)
    facts, tail = rest.split("relations:\n", 1)
    items = ["  - id: " + item for item in facts.split("  - id: ")[1:]]
    copied = [item.replace("  - id: ", f"  - id: c{copy}-", 1) for copy in range(copies) for item in items]
    ignore = tail[tail.index("ignore:") :]
    (target / DATASET).write_text(head + "facts:\n" + "".join(copied) + "relations: []\n" + ignore, "utf-8")
    seed = target / head.split("path: ", 1)[1].split("\n", 1)[0].strip()
    seed.write_text("moved\ndown\nthree lines\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def best(repeat: int, work: Callable[[], object], clock: Callable[[], float]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = clock()
        work()
        times.append(clock() - start)
    return min(times)


def fix_speed(scratch: Path, repeat: int) -> str:
    lines = [f"\n`factlint fix`, seed moved 3 lines:{'facts':>8}{'edits':>7}{'fix wall/cpu':>17}{'--dry-run':>16}"]
    for copies in COPIES:
        root = shifted_corpus(scratch, copies)
        original = (root / DATASET).read_bytes()

        def once(dry_run: bool, root: Path = root, original: bytes = original) -> int:
            (root / DATASET).write_bytes(original)
            return len(fix(load_corpus(root), None, sha256=False, dry_run=dry_run).edits)

        edits = once(False)
        write = [best(repeat, lambda: once(False), clock) for clock in (time.perf_counter, time.process_time)]
        show = [best(repeat, lambda: once(True), clock) for clock in (time.perf_counter, time.process_time)]
        lines.append(
            f"{'':<34}{copies * 19:>8}{edits:>7}{write[0]:>10.2f}s/{write[1]:.2f}s{show[0]:>9.2f}s/{show[1]:.2f}s"
        )
    (root / DATASET).write_bytes(original)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checks.cli", "fix"], cwd=root, capture_output=True, check=True)
    lines.append(
        f"one cold `factlint fix` on {COPIES[-1] * 19} facts (imports included): {time.perf_counter() - start:.2f} s"
    )
    return "\n".join(lines)
