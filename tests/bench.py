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
from checks.export import export
from checks.formats import formatter
from checks.load import parse_dataset
from checks.numbers import read_quantities

PROJECT = Path(__file__).resolve().parents[1]


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
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
    timings["export (all formats)"] = export_stage(root, repeat)
    timings["facts"] = report.facts
    return timings


def export_stage(root: Path, repeat: int) -> float:
    """`factlint export` after its validation: tables from the analyses the rules computed, and files."""
    corpus = Corpus(root)
    report = run(corpus)
    with tempfile.TemporaryDirectory() as scratch:
        return best(repeat, lambda: export(corpus, report.findings, Path(scratch) / "package"))


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


if __name__ == "__main__":
    main()
