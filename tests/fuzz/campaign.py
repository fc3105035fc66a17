"""A long fuzzing campaign over mutants of the real repository, with a hard time limit per mutant.

    python -m tests.fuzz.campaign --mutants 10000 [--seed 1] [--keep] [--limit 60]

The parent imports factlint once, then forks one child per mutant (a fresh process state each
time, no import cost): the child builds the mutant, runs every command on it through the oracle
(``tests.fuzz.oracle``) and sends its verdict back. A child still running after ``--limit``
seconds is killed and counted as a hang. A planted secret is in this process's environment (the
campaign re-executes itself with one), so a report that prints ``/proc/self/environ`` shows it.
With ``--keep`` every failing mutant is saved under ``tests/fuzz/cases/`` (a regression case).
The figures (mutants, failures by kind, hangs, leaks, slowest call) are printed at the end and
written to ``--summary`` as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.fuzz.cases import CASES, Mutant, save_case
from tests.fuzz.mutants import real_mutant
from tests.fuzz.sandbox import ENV_SECRET, plant_secrets


def _warm() -> None:
    """Import every module of factlint (and the oracle) once, so each forked child starts warm and
    runs the code as it was when the campaign started, even if the files change meanwhile."""
    import importlib
    import pkgutil

    import checks
    import schemas
    import tests.fuzz.oracle  # noqa: F401

    for package in (checks, schemas):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    from checks.rules import all_rules

    all_rules()


def _child(seed: int, work: Path, write: int) -> None:
    from tests.fuzz.oracle import check_repository

    rng = random.Random(seed)
    mutant = real_mutant(rng)
    secrets_ = plant_secrets(work)
    root = mutant.build(work / "repo", secrets_)
    (work / "reports").mkdir()
    os.environ["XDG_CACHE_HOME"] = str(work / "xdg")
    verdict = check_repository(
        root, secrets_, work / "reports", mutant.dataset, mutant.seed, mutant.text, mutant.configuration_changed
    )
    slowest = max((c.seconds for c in verdict.calls), default=0.0)
    problems = [p[:500] for p in verdict.problems[:20]]
    os.write(write, json.dumps({"problems": problems, "slowest": slowest}).encode())


def run_one(seed: int, limit: float) -> tuple[dict[str, object], Mutant]:
    with tempfile.TemporaryDirectory(prefix="factlint-fuzz-") as folder:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read)
            code = 0
            try:
                _child(seed, Path(folder), write)
            except BaseException as error:
                os.write(write, json.dumps({"problems": [f"harness: {error!r}"], "slowest": 0.0}).encode())
                code = 1
            os._exit(code)
        os.close(write)
        started = time.monotonic()
        status = None
        while time.monotonic() - started < limit:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.02)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read)
            return {"problems": [f"hang: still running after {limit:.0f} s"], "slowest": limit}, real_mutant(
                random.Random(seed)
            )
        chunks = []
        while chunk := os.read(read, 1 << 16):
            chunks.append(chunk)
        os.close(read)
        if not chunks:
            return {"problems": [f"child died (status {status})"], "slowest": 0.0}, real_mutant(random.Random(seed))
        return json.loads(b"".join(chunks)), real_mutant(random.Random(seed))


def kind_of(problem: str) -> str:
    for kind in (
        "hang",
        "secret",
        "outside the repository was changed",
        "took",
        "internal error",
        "exception escaped",
        "traceback",
        "exit",
        "does not parse",
        "not valid SARIF",
        "control character",
        "forged",
        "cells",
        "not a finding",
        "neither",
        "cache",
        "harness",
        "died",
    ):
        if kind in problem:
            return kind
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mutants", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a mutant's child is killed")
    parser.add_argument("--keep", action="store_true", help="save failing mutants as regression cases")
    parser.add_argument("--cases", type=Path, default=CASES, help="where --keep saves them (default: %(default)s)")
    parser.add_argument("--summary", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--log", type=Path, help="append one line per failing mutant to this file")
    parser.add_argument(
        "--share", default="0/1", help="K/N: run only the mutants whose number is K modulo N (N campaigns at once)"
    )
    options = parser.parse_args(argv)
    if ENV_SECRET not in os.environ:  # the secret must be in the environment block the process starts with
        os.environ[ENV_SECRET] = "fuzzenv" + secrets.token_hex(12)
        os.execv(sys.executable, [sys.executable, "-m", "tests.fuzz.campaign", *(argv or sys.argv[1:])])
    _warm()
    kinds: Counter[str] = Counter()
    failing = 0
    slowest = 0.0
    started = time.monotonic()
    index, count = (int(part) for part in options.share.split("/"))
    ran = 0
    for number in range(index, options.mutants, count):
        ran += 1
        seed = options.seed * 1_000_003 + number
        verdict, mutant = run_one(seed, options.limit)
        problems = list(verdict["problems"])  # type: ignore[call-overload]
        slowest = max(slowest, float(verdict["slowest"]))  # type: ignore[arg-type]
        if problems:
            failing += 1
            kinds.update({kind_of(p) for p in problems})
            if options.log:
                with options.log.open("a", encoding="utf-8") as log:
                    log.write(
                        json.dumps(
                            {"seed": seed, "changes": mutant.changes, "problems": problems[:5]}, ensure_ascii=False
                        )
                        + "\n"
                    )
            if options.keep:
                save_case(mutant, f"seed-{seed}", problems, options.cases)
        if ran % 100 == 0:
            print(f"{ran} mutants, {failing} failing {dict(kinds)}, {time.monotonic() - started:.0f} s", flush=True)
    figures = {
        "mutants": ran,
        "failing": failing,
        "kinds": dict(kinds),
        "slowest_call_seconds": round(slowest, 2),
        "seconds": round(time.monotonic() - started),
    }
    print(json.dumps(figures))
    if options.summary:
        options.summary.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    return 0 if not failing else 1


if __name__ == "__main__":
    sys.exit(main())
