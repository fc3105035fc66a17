"""Speed and growth, measured (never asserted in unit tests: a loaded machine must not fail them).

    nox -s bench                              # 1k, 10k and 100k facts
    nox -s bench -- --sizes 1000 10000 --repeat 5

For each size, a synthetic corpus built from the real datasets (``tests/synthetic.py``: every copy
cites its own copy of its seed and is about a region of its own, so cross-dataset rules compare
many facts and the corpus validates clean) is validated by a fresh ``factlint validate`` process,
of this checkout's pure Python (what an editable install or ``FACTLINT_COMPILE=0`` runs) and then of
a compiled copy (``setup.py``'s mypyc build, what ``pip install .`` installs, built in the scratch
folder; ``--no-compiled`` skips it):

- cold: no cache (``.factlint_cache/`` removed before each run), with the default pool of processes;
- warm: nothing changed since the last run;
- hook: at the largest size, one dataset changed before each run, ``--changed-since HEAD`` as the
  pre-commit hook runs it: a comment added (the fact index stays as the cache holds it), and the
  facts reordered (a new fact index, the same findings);
- schema: the facts table's constraints checked by factlint's pandera schema and by frictionless-py
  (same rows, same constraints), as a ratio;
- reader: the number reader over the seeds, its slowest call over the regression suites
  (``tests/reader_suites``), and long lines read at two lengths (linear: 4x the text, about 4x the time);
- fix: `factlint fix` on one dataset of 950 to 7,600 facts whose seed moved (``tests/bench_fix.py``);
- hostile: a seed line of figures as long as a seed line may be, and a dataset of thousands of
  failing facts, at two sizes (``tests/bench_hostile.py``).

Medians of ``--repeat`` runs. Wall times wander on a shared machine; ratios taken in one run hold
better.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.bench_fix import fix_speed
from tests.bench_hostile import hostile_timing
from tests.compiled_build import compiled_copy
from tests.synthetic import PROJECT, build, templates

FACTS_PER_DATASET = sum(text.count("\n  - id: ") for _, text, _ in templates()) / len(templates())


def seconds(
    command: list[str], cwd: Path, before: Callable[[], object] | None = None, repeat: int = 3, code: Path = PROJECT
) -> float:
    """Median wall time of a fresh process running ``command`` with factlint's sources at ``code``
    (this checkout, or a compiled copy of it); ``before`` runs untimed first."""
    times = []
    environment = _running(code)
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, env=environment, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{done.stderr.decode()}")
    return statistics.median(times)


def _running(code: Path) -> dict[str, str]:
    """The environment of a process that runs factlint from the sources at ``code``."""
    return {**os.environ, "PYTHONPATH": str(code)}


def factlint(*arguments: str) -> list[str]:
    # -P: the corpus's directory is not put first on the import path (as the installed command runs).
    return [sys.executable, "-P", "-m", "checks.cli", *arguments]


def git(root: Path, *arguments: str) -> None:
    subprocess.run(["git", *arguments], cwd=root, check=True, capture_output=True)


def corpus(scratch: Path, facts: int) -> tuple[Path, int]:
    """The synthetic corpus of about ``facts`` facts, built once per run."""
    datasets = max(1, round(facts / FACTS_PER_DATASET))
    root = scratch / f"corpus-{facts}"
    return (root if (root / "data").is_dir() else build(root, datasets)), datasets


def measure_size(scratch: Path, facts: int, repeat: int, hook: bool, code: Path = PROJECT) -> dict[str, float]:
    root, datasets = corpus(scratch, facts)
    cache = root / ".factlint_cache"
    validate = factlint("validate", "--format", "json", "--output", os.devnull)
    row: dict[str, float] = {"datasets": datasets}
    row["cold"] = seconds(validate, root, lambda: shutil.rmtree(cache, ignore_errors=True), repeat, code)
    seconds(validate, root, repeat=1, code=code)  # fill the cache
    row["warm"] = seconds(validate, root, repeat=repeat, code=code)
    counted = subprocess.run(
        factlint("validate", "--format", "json"),
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env=_running(code),
    )
    import json

    summary = json.loads(counted.stdout)["summary"]
    row["facts"] = summary["facts"]
    row["errors"] = summary["errors"] + summary["warnings"]
    if hook:
        if not (root / ".git").is_dir():  # the second build's pass finds the corpus committed already
            git(root, "init", "-q")
            git(root, "add", "-A")
            git(root, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-qm", "corpus")
        changed = root / "data" / sorted(os.listdir(root / "data"))[len(os.listdir(root / "data")) // 2]
        original = changed.read_text(encoding="utf-8")
        edits = iter(range(10**6))

        def edit() -> None:
            changed.write_text(original + f"# reviewed {next(edits)}\n", encoding="utf-8")

        row["hook"] = seconds(factlint("validate", "--changed-since", "HEAD"), root, edit, repeat, code)
        # Facts reordered: a new fact index (each fact's item moves) but the same findings, where
        # the comment above leaves the cached index as it is. Each run an order not seen before.
        head, facts, tail = _facts_section(original)

        def reorder() -> None:
            turn = next(edits) % (len(facts) - 1) + 1
            changed.write_text(head + "".join(facts[turn:] + facts[:turn]) + tail, encoding="utf-8")

        row["hook_facts"] = seconds(factlint("validate", "--changed-since", "HEAD"), root, reorder, repeat, code)
        changed.write_text(original, encoding="utf-8")
    return row


def _facts_section(text: str) -> tuple[str, list[str], str]:
    """A dataset's text as (what comes before its facts, each fact's lines, what comes after)."""
    start = text.index("\nfacts:\n") + len("\nfacts:\n")
    after = re.compile(r"^\S", re.MULTILINE).search(text, start)
    end = after.start() if after else len(text)
    facts = re.split(r"(?m)^(?=  - )", text[start:end])
    assert facts[0] == "" and len(facts) > 2, "expected a facts list of several facts"
    return text[:start], facts[1:], text[end:]


def schema_ratio(scratch: Path, facts: int) -> tuple[float, float, int] | None:
    """(factlint s, frictionless s, rows) for the facts table's constraints, or None without frictionless."""
    try:
        import frictionless  # noqa: F401
    except ImportError:
        return None
    from tests.bench_schema import compare

    root, _ = corpus(scratch, facts)
    return compare(root)


def export_timing(scratch: Path, facts: int) -> str:
    """`factlint export` in this process: its validation, then the export from what the rules computed."""
    from checks.export import export, validated

    root, _ = corpus(scratch, facts)
    start = time.perf_counter()
    context, report = validated(root)
    checked = time.perf_counter() - start
    start = time.perf_counter()
    export(context, report.findings, scratch / "export")
    exported = time.perf_counter() - start
    return (
        f"export of {report.facts} facts: validation {checked:.2f} s, then tables and files (all formats)"
        f" {exported:.2f} s ({exported / checked:.2f} of the validation)"
    )


def reader_timing() -> str:
    from checks.numbers import read_quantities

    seeds = [p.read_text(encoding="utf-8") for p in sorted((PROJECT / "seeds").glob("*.txt"))]
    start = time.perf_counter()
    for _ in range(5):
        for text in seeds:
            read_quantities(text)
    elapsed = (time.perf_counter() - start) / 5
    return f"number reader over all seeds ({sum(map(len, seeds))} characters): {elapsed * 1000:.1f} ms"


# Long lines built to make a careless pattern backtrack: each is read at two lengths, and the time
# of the long one over the short one says whether the reader stays linear (4× the text, ≈4× the time).
LONG_LINES = {
    "1a": "1a", "digits and spaces": "1 23 ", "1,": "1,", "1.": "1.", "一": "一", "more than": "more than 1 ",
    "1-": "1-", "超过": "超过5", "“1": "“1", "1万": "1万", "twenty-": "twenty-", "1、": "1、",
}  # fmt: skip


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def reader_worst_case(repeat: int) -> None:
    """The reader's slowest call over the regression suites, and its time on long adversarial lines."""
    from checks.numbers import read_quantities
    from tests.reader_score import load_suites

    inputs = [case["input"] for suite in load_suites().values() for case in suite["cases"]]
    slowest = max((best(repeat, lambda text=text: read_quantities(text)), text) for text in inputs)
    print(f"number reader, slowest of {len(inputs)} suite inputs: {slowest[0] * 1000:.2f} ms ({slowest[1][:40]!r})")
    for name, unit in LONG_LINES.items():
        short, long = (unit * (size // len(unit)) for size in (25_000, 100_000))
        gc.disable()  # the collector's passes grow with the readings alive; the reader's time is what counts
        try:
            times = [best(2, lambda line=line: read_quantities(line)) for line in (short, long)]
        finally:
            gc.enable()
        print(
            f"number reader on one line of {name!r}: {len(short)} chars {times[0]:.2f}s, "
            f"{len(long)} chars {times[1]:.2f}s (×{times[1] / times[0]:.1f} for ×4 the text)"
        )


def draft_quality() -> str:
    """How good `factlint draft` is on articles by other people (tests/draft_measure.py)."""
    from tests.draft_measure import measure as measure_drafts
    from tests.draft_measure import table

    return (
        "\n`factlint draft` on tests/draft_articles (gold figures held, non-figures, status and period right):\n"
        + table(measure_drafts())
    )


def measure_build(label: str, code: Path, scratch: Path, options: argparse.Namespace) -> None:
    """Cold, warm and hook runs of the build at ``code`` at every size, and the growth between sizes."""
    print(f"\n{label}:", flush=True)
    rows = {}
    for facts in options.sizes:
        rows[facts] = measure_size(scratch, facts, options.repeat, hook=facts == max(options.sizes), code=code)
        row = rows[facts]
        print(
            f"{int(row['facts']):>8} facts {int(row['datasets']):>6} datasets:"
            f" cold {row['cold']:6.2f} s ({row['facts'] / row['cold']:7.0f} facts/s)"
            f"  warm {row['warm']:5.2f} s"
            + (f"  hook {row['hook']:5.2f} s (facts reordered: {row['hook_facts']:5.2f} s)" if "hook" in row else "")
            + (f"  ({int(row['errors'])} findings!)" if row["errors"] else ""),
            flush=True,
        )
    sizes = sorted(rows)
    for small, large in itertools.pairwise(sizes):
        rate = (rows[large]["facts"] / rows[large]["cold"]) / (rows[small]["facts"] / rows[small]["cold"])
        print(f"cold throughput at {large} facts / at {small} facts: {rate:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000], help="facts per corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--no-compiled",
        dest="compiled",
        action="store_false",
        help="skip the compiled build (it needs mypy and a C compiler)",
    )
    options = parser.parse_args()

    print(reader_timing())
    reader_worst_case(options.repeat)
    print("\n".join(hostile_timing()))
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        measure_build(
            "pure Python (this checkout: an editable install, or FACTLINT_COMPILE=0)", PROJECT, scratch, options
        )
        if options.compiled:
            code = compiled_copy(scratch / "compiled")
            measure_build(
                "compiled (what pip install . builds: the reader and the YAML builder by mypyc)", code, scratch, options
            )
        print(export_timing(scratch, max(options.sizes)), flush=True)
        ratio = schema_ratio(scratch, max(options.sizes))
        if ratio is None:
            print("schema vs frictionless: frictionless is not installed (pip install frictionless)")
        else:
            ours, theirs, count = ratio
            print(
                f"schema constraints on {count} facts: factlint {ours:.3f} s, frictionless {theirs:.2f} s"
                f" ({theirs / ours:.0f}x)"
            )
        print(fix_speed(scratch, options.repeat))


if __name__ == "__main__":
    main()
    print(draft_quality())
