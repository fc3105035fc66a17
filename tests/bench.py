"""Speed of each stage, on the real dataset and on a synthetic corpus many times its size.

    nox -s bench                  # default: the real data, and 20 copies of it
    nox -s bench -- --copies 100

Prints a table of seconds per stage (best of ``--repeat`` runs) and facts per second. Timings
are measured here, never asserted in unit tests: a loaded machine must not fail the suite.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from checks.corpus import Corpus
from checks.engine import run
from checks.formats import formatter
from checks.load import parse_dataset
from checks.numbers import read_quantities

PROJECT = Path(__file__).resolve().parents[1]


def best(repeat: int, work: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = clock()
        work()
        times.append(clock() - start)
    return min(times)


def synthetic(root: Path, copies: int) -> Path:
    """The real repository with every dataset copied ``copies`` times (ids stay unique per file)."""
    target = root / f"x{copies}"
    for name in ("seeds", "schemas"):
        shutil.copytree(PROJECT / name, target / name)
    (target / "data").mkdir(parents=True)
    for dataset in sorted((PROJECT / "data").glob("*.yaml")):
        text = dataset.read_text(encoding="utf-8")
        for copy in range(copies):
            (target / "data" / f"{dataset.stem}-{copy}.yaml").write_text(text, encoding="utf-8")
    return target


def measure(root: Path, repeat: int) -> dict[str, float]:
    files = sorted((root / "data").glob("*.yaml"))
    blobs = [(f"data/{f.name}", f.read_bytes()) for f in files]
    timings = {"parse YAML": best(repeat, lambda: [parse_dataset(path, data) for path, data in blobs])}

    def build() -> Corpus:
        corpus = Corpus(root)
        _ = corpus.frames
        return corpus

    timings["load + frames"] = best(repeat, build)
    timings["validate (all rules)"] = best(repeat, lambda: run(build()))
    report = run(build())
    timings["format text"] = best(repeat, lambda: formatter("text")(report))
    timings["format sarif"] = best(repeat, lambda: formatter("sarif")(report))
    timings["facts"] = report.facts
    return timings


FIX_DATASET = "data/zhengzhou-2026.yaml"  # 19 facts; copied to make 950, 1,900, 3,800, 7,600


def shifted_corpus(root: Path, copies: int) -> Path:
    """One dataset of ``copies`` × its 19 facts (ids made unique), its seed moved down by 3 lines."""
    target = root / f"fix{copies}"
    for name in ("seeds", "schemas"):
        shutil.copytree(PROJECT / name, target / name)
    (target / "data").mkdir(parents=True)
    head, rest = (PROJECT / FIX_DATASET).read_text(encoding="utf-8").split("facts:\n", 1)
    facts, tail = rest.split("relations:\n", 1)
    items = ["  - id: " + item for item in facts.split("  - id: ")[1:]]
    copied = [item.replace("  - id: ", f"  - id: c{copy}-", 1) for copy in range(copies) for item in items]
    ignore = tail[tail.index("ignore:") :]
    (target / FIX_DATASET).write_text(head + "facts:\n" + "".join(copied) + "relations: []\n" + ignore, "utf-8")
    seed = target / yaml_source_path(head)
    seed.write_text("moved\ndown\nthree lines\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def yaml_source_path(head: str) -> str:
    return head.split("path: ", 1)[1].split("\n", 1)[0].strip()


def fix_timings(scratch: Path, repeat: int, copies: tuple[int, ...] = (50, 100, 200, 400)) -> None:
    """Seconds for `fix` (load, follow, edit, write; and a dry run with its diff) by dataset size,
    as wall-clock time and as this process's CPU time (which a busy machine inflates less)."""
    from checks.fix import fix

    print(f"\n{'fix, seed moved 3 lines':<26}{'facts':>7}{'edits':>7}{'fix wall/cpu':>16}{'--dry-run wall/cpu':>22}")
    for count in copies:
        root = shifted_corpus(scratch, count)
        original = (root / FIX_DATASET).read_bytes()

        def once(dry_run: bool, root: Path = root, original: bytes = original) -> int:
            (root / FIX_DATASET).write_bytes(original)
            return len(fix(Corpus(root), None, sha256=False, dry_run=dry_run).edits)

        edits = once(False)
        write = [best(repeat, lambda: once(False), clock) for clock in (time.perf_counter, time.process_time)]
        show = [best(repeat, lambda: once(True), clock) for clock in (time.perf_counter, time.process_time)]
        print(f"{'':<26}{count * 19:>7}{edits:>7}{write[0]:>9.2f}s/{write[1]:.2f}s{show[0]:>15.2f}s/{show[1]:.2f}s")
    command = [sys.executable, "-m", "checks.cli", "fix"]
    (root / FIX_DATASET).write_bytes(original)
    start = time.perf_counter()
    subprocess.run(command, cwd=root, capture_output=True, check=True)
    print(f"one cold `factlint fix` on {copies[-1] * 19} facts (imports included): {time.perf_counter() - start:.2f}s")


def cold_command(root: Path) -> float:
    """One `factlint validate` process, as pre-commit runs it: imports included."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checks.cli", "validate"], cwd=root, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of each dataset in the synthetic corpus")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    seeds = [p.read_text(encoding="utf-8") for p in sorted((PROJECT / "seeds").glob("*.txt"))]
    reader = best(options.repeat, lambda: [read_quantities(text) for text in seeds])
    print(f"number reader over all seeds ({sum(map(len, seeds))} characters): {reader * 1000:.1f} ms")

    with tempfile.TemporaryDirectory() as scratch:
        corpora = {"real data": PROJECT, f"{options.copies}× copies": synthetic(Path(scratch), options.copies)}
        print(f"\n{'stage':<24}" + "".join(f"{name:>18}" for name in corpora))
        results = {name: measure(root, options.repeat) for name, root in corpora.items()}
        for stage in next(iter(results.values())):
            if stage == "facts":
                continue
            print(f"{stage:<24}" + "".join(f"{results[name][stage]:>17.3f}s" for name in corpora))
        print(f"{'facts':<24}" + "".join(f"{int(results[name]['facts']):>18}" for name in corpora))
        rates = [results[name]["facts"] / results[name]["validate (all rules)"] for name in corpora]
        print(f"{'facts/s (validate)':<24}" + "".join(f"{rate:>18.0f}" for rate in rates))
        print(f"\none cold `factlint validate` on the real data (imports included): {cold_command(PROJECT):.2f}s")
        fix_timings(Path(scratch), options.repeat)


if __name__ == "__main__":
    main()
