"""Run every command of factlint on a repository, in this process, and say what went wrong.

The commands: ``validate`` in every format (one run writes text and the five file formats, a second
run, from the cache, writes github and json again: both reports must agree), ``fix --dry-run``,
``numbers`` on a line of the repository, ``export --allow-errors``, ``draft`` of a seed and
``draft --uncited`` of a dataset.
Standard output is encoded as a terminal would encode it (UTF-8, strict), so a report that cannot
be printed fails here as it would there.

What is wrong: an exception escaping ``main``; an exit code other than 0 or 1 (2 only for a usage
error, with a one-line message and no "internal error"); a traceback anywhere; a report that does
not parse or forges structure (``tests.fuzz.reports``); a secret planted outside the repository
in any output or in any file of the repository afterwards; a file outside the repository changed;
a call over ``TIME_BOUND`` seconds.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from checks.cli import main
from tests.fuzz import reports
from tests.fuzz.sandbox import Secrets, repository_text, snapshot

# CPU seconds for one call (a clean run of the real data takes about one). CPU, not wall time: on a
# busy machine a call waits for its turn, and that is no hang.
TIME_BOUND = 10.0
FILE_FORMATS = ("json", "sarif", "junit", "markdown", "html")


@dataclass(frozen=True)
class Call:
    argv: tuple[str, ...]
    code: int | None  # None: an exception escaped main
    stdout: str
    stderr: str
    seconds: float  # CPU time of this process during the call
    escaped: str | None = None  # the traceback of an exception that escaped main


@dataclass
class Verdict:
    calls: list[Call] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, call: Call, problems: list[str]) -> None:
        self.calls.append(call)
        self.problems.extend(f"{' '.join(call.argv)[:80]}: {problem}" for problem in problems)


@contextlib.contextmanager
def _inside(root: Path) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(root)
    try:
        yield
    finally:
        os.chdir(before)


def call(root: Path, *argv: str) -> Call:
    """``factlint ARGV`` in ``root``, this process, output captured as a terminal would take it."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", newline="")
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", newline="")
    escaped = None
    started = time.process_time()
    with _inside(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | None = main(list(argv))
        except BaseException:
            code, escaped = None, traceback.format_exc()
    seconds = time.process_time() - started
    with contextlib.suppress(ValueError):
        out.flush()
    err.flush()
    return Call(
        tuple(argv),
        code,
        out_bytes.getvalue().decode("utf-8", "replace"),
        err_bytes.getvalue().decode("utf-8", "replace"),
        seconds,
        escaped,
    )


def basic_problems(result: Call, allowed: frozenset[int] = frozenset({0, 1})) -> list[str]:
    """What is wrong with one call: an exception, an exit code not ``allowed`` (2 is allowed only as a
    usage error: one plain message), a traceback or an internal error, a call over the time bound."""
    problems = []
    usage = result.code == 2 and result.stderr.startswith("factlint: ") and "internal error" not in result.stderr
    if result.escaped is not None:
        problems.append(f"exception escaped main: {result.escaped.strip().splitlines()[-1][:300]}")
    elif result.code not in allowed or (result.code == 2 and not usage):
        problems.append(f"exit {result.code}: {result.stderr.strip()[:300]}")
    for stream, text in (("stdout", result.stdout), ("stderr", result.stderr)):
        if "Traceback (most recent call last)" in text:
            problems.append(f"traceback on {stream}")
        if "internal error" in text:
            problems.append(f"internal error on {stream}: {text.strip()[-300:]}")
    if result.seconds > TIME_BOUND:
        problems.append(f"took {result.seconds:.1f} s of CPU (bound {TIME_BOUND} s)")
    return problems


# Exit 2 is right for validate and fix only when the configuration itself is broken (schemas/,
# pyproject.toml); draft also gives it for an argument it cannot use (an unreadable seed).
CHECKED = frozenset({0, 1})
CONFIGURATION_BROKEN = frozenset({0, 1, 2})
DRAFTED = frozenset({0, 2})


def validate(root: Path, reports_dir: Path, verdict: Verdict, allowed: frozenset[int], dataset: str | None) -> None:
    files = {name: reports_dir / f"report.{name}" for name in FILE_FORMATS}
    argv = [
        "validate",
        "--format",
        "text",
        *(item for name in FILE_FORMATS for item in (f"--{name}", str(files[name]))),
    ]
    first = call(root, *argv)
    problems = basic_problems(first, allowed)
    document = None
    if first.code in (0, 1) and first.escaped is None:
        texts = {name: path.read_text("utf-8") if path.exists() else "" for name, path in files.items()}
        json_problems, document = reports.check_json(texts["json"])
        problems += json_problems
        problems += reports.check_sarif(texts["sarif"])
        problems += reports.check_junit(texts["junit"])
        problems += reports.check_html(texts["html"])
        problems += reports.check_markdown(texts["markdown"])
        if document is not None:
            problems += reports.check_text(first.stdout, len(document["findings"]))
    verdict.add(first, problems)
    again = reports_dir / "again.json"
    second = call(root, "validate", "--format", "github", "--json", str(again))
    problems = basic_problems(second, allowed)
    if second.code in (0, 1) and second.escaped is None:
        problems += reports.check_github(second.stdout)
        if document is not None and again.exists():
            _, cached = reports.check_json(again.read_text("utf-8"))
            if cached is not None and cached["findings"] != document["findings"]:
                problems.append("the second run (from the cache) reports other findings than the first")
    verdict.add(second, problems)
    if dataset is not None:  # as the commit hook runs it: the named dataset and those linked to it
        named = call(root, "validate", "--format", "json", dataset)
        # A name that is no dataset (a directory called x.yaml) is a usage error: exit 2 is right.
        problems = basic_problems(named, CONFIGURATION_BROKEN)
        if named.code in (0, 1):
            problems += reports.check_json(named.stdout)[0]
        verdict.add(named, problems)


def other_commands(
    root: Path,
    verdict: Verdict,
    allowed: frozenset[int],
    export_dir: Path,
    dataset: str | None,
    seed: str | None,
    text: str,
) -> None:
    fixed = call(root, "fix", "--dry-run")
    verdict.add(fixed, basic_problems(fixed, allowed))
    numbers = call(root, "numbers", text)
    verdict.add(numbers, basic_problems(numbers, frozenset({0})))
    as_json = call(root, "numbers", "--format", "json", text)
    verdict.add(as_json, basic_problems(as_json, frozenset({0})) + reports.check_json_list(as_json.stdout))
    exported = call(root, "export", "--allow-errors", "--output", str(export_dir))
    verdict.add(exported, basic_problems(exported, allowed))
    if seed is not None:
        drafted = call(root, "draft", seed, "--output", "data/zz-fuzz-draft.yaml", "--force")
        verdict.add(drafted, basic_problems(drafted, DRAFTED))
    if dataset is not None:
        uncited = call(root, "draft", dataset, "--uncited")
        verdict.add(uncited, basic_problems(uncited, DRAFTED))


def check_repository(
    root: Path,
    secrets: Secrets,
    reports_dir: Path,
    dataset: str | None = None,
    seed: str | None = None,
    text: str = "",
    configuration_changed: bool = False,
) -> Verdict:
    """Every command on ``root``; ``dataset`` and ``seed`` are what ``draft`` is given, ``text`` what
    ``numbers`` reads. With ``configuration_changed`` (schemas/ or pyproject.toml were made
    hostile), validate and fix may also stop with a usage error."""
    verdict = Verdict()
    outside_before = snapshot(secrets.outside)
    allowed = CONFIGURATION_BROKEN if configuration_changed else CHECKED
    validate(root, reports_dir, verdict, allowed, dataset)
    other_commands(root, verdict, allowed, reports_dir / "export", dataset, seed, text)
    outputs = "\n".join(c.stdout + c.stderr for c in verdict.calls)
    outputs += "\n".join(
        path.read_text("utf-8", "replace") for path in sorted(reports_dir.rglob("*")) if path.is_file()
    )
    leaked = secrets.found_in(outputs)
    if leaked:
        verdict.problems.append(f"an output holds a secret from outside the repository: {leaked[:3]}")
    leaked = secrets.found_in(repository_text(root))
    if leaked:
        verdict.problems.append(f"a repository file holds a secret from outside it: {leaked[:3]}")
    if snapshot(secrets.outside) != outside_before:
        verdict.problems.append("a file outside the repository was changed")
    return verdict
