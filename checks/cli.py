"""The ``factlint`` command: parse options, run, print, return an exit code.

Exit codes: 0 no errors; 1 errors found (or warnings with ``--strict``); 2 a wrong command line,
a broken configuration, or a bug. Bad data is never exit 2: it is a finding.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from checks.cli_numbers import dashed_text, numbers_command
from checks.cli_targets import not_fixed, refuse_draft_targets, refuse_report_target, shown
from checks.console import say
from checks.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError
from checks.export import FORMATS as EXPORT_FORMATS
from checks.formats import FORMATTERS, WITH_ARTICLES, WITH_FILE_TEXTS
from checks.formats.escape import visible

EXTRA_OUTPUTS = ("json", "sarif", "junit", "markdown", "html")
# Each extra report as its --help names it ("an HTML report", not "a html report").
EXTRA_OUTPUT_NAMES = dict(
    zip(EXTRA_OUTPUTS, ("a JSON", "a SARIF", "a JUnit XML", "a Markdown", "an HTML"), strict=True)
)


class _Version(argparse.Action):
    """--version: the installed package's version, looked up only when asked (30 ms a run otherwise)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("factlint")
        except PackageNotFoundError:  # run from a checkout that was never installed
            found = "(not installed)"
        sys.stdout.write(f"factlint {found}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factlint",
        description="Validate curated datasets of quantitative claims against their source articles.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show factlint's version and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check datasets against their seeds, the schema and each other")
    validate.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="datasets (data/*.yaml) or seeds (seeds/*) to report on; default: every dataset",
    )
    validate.add_argument("--format", choices=sorted(FORMATTERS), default="text", help="report format (default: text)")
    validate.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    validate.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
    validate.add_argument(
        "--changed-since",
        metavar="REF",
        help="report on the datasets and seeds changed since the merge base with git REF, committed or not"
        " (and the datasets that depend on them)",
    )
    for name in EXTRA_OUTPUTS:
        validate.add_argument(
            f"--{name}",
            metavar="FILE",
            dest=f"also_{name}",
            help=f"also write {EXTRA_OUTPUT_NAMES[name]} report to FILE",
        )
    validate.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the cache in .factlint_cache/"
    )
    validate.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="processes for checking many datasets (default: one per processor)"
    )

    rules = commands.add_parser("rules", help="list the rules, or explain one")
    rules.add_argument("code", nargs="?", help="a rule code, e.g. P105")

    fix = commands.add_parser(
        "fix", help="rewrite what can be derived: cited line numbers after a seed moved text; --sha256 after review"
    )
    fix.add_argument("paths", nargs="*", metavar="PATH", help="datasets or seeds to fix; default: every dataset")
    fix.add_argument("--sha256", action="store_true", help="also pin each seed's current sha256 (after review)")
    fix.add_argument("--dry-run", action="store_true", help="show the changes as a diff; write nothing")

    draft = commands.add_parser(
        "draft",
        help="draft a dataset for a new article (SEED), or draft facts for a dataset's uncited numbers (--uncited)",
    )
    draft.add_argument("path", metavar="SEED|DATASET", help="seeds/<article>.txt, or data/<slug>.yaml with --uncited")
    draft.add_argument("--output", "-o", metavar="FILE", help="the dataset to write (default: data/<seed name>.yaml)")
    draft.add_argument("--force", action="store_true", help="replace the output dataset if it exists")
    draft.add_argument(
        "--uncited", action="store_true", help="add draft facts to DATASET for every number K101 reports, in place"
    )

    export = commands.add_parser(
        "export", help="publish the validated corpus as a Frictionless Data Package, Parquet and CSV"
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="all",
        help="all (default): datapackage.json, CSV and Parquet; datapackage: datapackage.json and CSV",
    )
    export.add_argument(
        "--output",
        "-o",
        metavar="DIR",
        help="the directory to write (replaced whole); default: export/ in the repository",
    )
    export.add_argument(
        "--allow-errors",
        action="store_true",
        help="export even when validation finds errors; the failing facts are marked in their errors column",
    )

    numbers = commands.add_parser(
        "numbers", help="show the quantities the number reader reads in a text or a file, line by line"
    )
    source = numbers.add_mutually_exclusive_group(required=True)
    source.add_argument("text", nargs="?", help="the text to read (quote it)")
    source.add_argument("--file", "-f", metavar="PATH", help="read a whole file, UTF-8 (- for standard input)")
    numbers.add_argument(
        "--heading",
        action="store_true",
        help="read TEXT as a table heading: the unit and scale it gives a bare cell (a fact's unit_from)",
    )
    numbers.add_argument("--format", choices=["text", "json"], default="text")
    return parser


def _write(text: str, destination: str | None) -> None:
    if destination is None or destination == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from checks.atomic import WriteRefused, write_atomically

    target = Path(destination)
    try:
        if target.is_char_device() or target.is_fifo():  # /dev/null, a named pipe: written to, never replaced
            with target.open("w", encoding="utf-8") as stream:
                stream.write(text)
            return
        write_atomically(target, text)  # readers never see half a report
    except WriteRefused:
        raise
    except OSError as error:  # no permission, a read-only file system, a full disk: the path's, not a bug
        raise UsageError(f"cannot write {destination}: {error.strerror or error}") from None


def _outputs(options: argparse.Namespace) -> list[tuple[str, str | None]]:
    """(format, destination) of every report the run writes; None is standard output."""
    extra = [(name, getattr(options, f"also_{name}")) for name in EXTRA_OUTPUTS if getattr(options, f"also_{name}")]
    return [(options.format, options.output), *extra]


def _companions(outputs: list[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    """Where each full report of the run goes, as a reader of another report can find it.

    The step summary is named as GitHub shows it; a path outside the working directory by its file
    name only (no machine's paths in a report).
    """
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    found = []
    for name, destination in outputs:
        if destination is None or destination == "-":
            continue
        if summary and os.path.abspath(destination) == os.path.abspath(summary):
            found.append((name, "the job summary"))
            continue
        path = Path(destination)
        inside = not path.is_absolute() and ".." not in path.parts
        found.append((name, path.as_posix() if inside else path.name))
    return tuple(found)


def _repository_url() -> str | None:
    """The web address of the repository's files at this commit, when GitHub Actions says it."""
    parts = [os.environ.get(name, "") for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")]
    return f"{parts[0]}/{parts[1]}/blob/{parts[2]}/" if all(parts) else None


def _validate(options: argparse.Namespace) -> int:
    from dataclasses import replace

    from checks.corpus import find_root
    from checks.formats import formatter
    from checks.runner import Options, validate
    from checks.views import file_texts

    if options.jobs is not None and options.jobs < 1:
        raise UsageError("--jobs takes a whole number of 1 or more")
    root = find_root(Path.cwd())
    outputs = _outputs(options)
    for _, destination in outputs:
        refuse_report_target(destination)
    wanted = {name for name, _ in outputs}
    report = validate(
        root,
        Path.cwd(),
        Options(
            paths=options.paths,
            changed_since=options.changed_since,
            use_cache=not options.no_cache,
            jobs=options.jobs,
            articles=bool(wanted & WITH_ARTICLES),
        ),
    )
    report = replace(
        report,
        companions=_companions(outputs),
        repository_url=_repository_url(),
        file_texts=file_texts(root, report.findings) if wanted & WITH_FILE_TEXTS else {},
    )
    for name, destination in outputs:
        _write(formatter(name)(report), destination)
    return report.exit_code(options.strict)


def _rules(options: argparse.Namespace) -> int:
    from checks.formats.ruledoc import to_plain
    from checks.rules import all_rules, rule_by_code

    # Plain text, as SARIF's help.text: the docstring's reStructuredText (``code``, **Fails**::) read.
    if options.code is None:
        for rule in all_rules():
            sys.stdout.write(
                f"{rule.code()}  {rule.severity.value:<7}  {rule.family():<11}  {to_plain(rule.summary())}\n"
            )
        return EXIT_OK
    found = rule_by_code(options.code)
    if found is None:
        raise UsageError(f"no rule {options.code!r}; `factlint rules` lists them")
    sys.stdout.write(
        f"{found.code()}: {to_plain(found.summary())}\n"
        f"severity: {found.severity.value}    family: {found.family()}\n\n{to_plain(found.explanation())}\n"
    )
    return EXIT_OK


def _fix(options: argparse.Namespace) -> int:
    from checks.corpus import find_root, load_corpus
    from checks.fix import fix
    from checks.select import named_datasets

    root = find_root(Path.cwd())
    corpus = load_corpus(root)
    # A dataset that does not parse still claims the seed its text names: naming the seed names it.
    seed_of = {path: corpus.seed_of.get(path) for path in corpus.paths}
    chosen = named_datasets(root, Path.cwd(), options.paths, seed_of) if options.paths else None
    only = set(chosen) if chosen is not None else None
    outcome = fix(corpus, only, sha256=options.sha256, dry_run=options.dry_run)
    if options.dry_run:
        sys.stdout.write(visible(outcome.diff, keep_breaks=True))
    for edit in outcome.edits:
        say(str(edit))
    for problem in [*outcome.problems, *outcome.failed]:
        say(str(problem))
    verb = "would change" if options.dry_run else "changed"
    count = len(outcome.edits)
    sys.stdout.write(
        f"{verb} {count} value{'s' if count != 1 else ''}; {len(outcome.problems)} left for a person"
        f"{not_fixed(outcome.failed)}\n"
    )
    # A dataset fix could not read or write (P100, a link, read-only) is data that needs a person: exit 1.
    return EXIT_FINDINGS if outcome.unwritten else EXIT_OK


def _draft(options: argparse.Namespace) -> int:
    from checks.corpus import find_root
    from checks.draft import draft_new, draft_uncited
    from checks.formats._shared import plural

    root = find_root(Path.cwd())
    if options.uncited and (options.output or options.force):
        raise UsageError("--uncited edits DATASET in place; --output and --force do not apply")
    refuse_draft_targets(root, options)
    if options.uncited:
        summary = draft_uncited(root, options.path)
    else:
        summary = draft_new(root, options.path, options.output, options.force)
    for line, figure in summary.unquotable:
        say(f"{summary.dataset}: line {line}: no unique quote proves {figure!r}; left for a person")
    for line, why in summary.crowded:
        say(f"{summary.dataset}: line {line}: not drafted ({why}); left for a person")
    # The vocabularies are files of the repository the draft changed too: say which, and how they are reviewed.
    proposed = [
        f"{count} new {name if count != 1 else name.removesuffix('s')} added to schemas/{name}.yaml"
        for count, name in ((summary.new_indicators, "indicators"), (summary.new_units, "units"))
        if count
    ]
    new = f"; {', '.join(proposed)} (each marked for review: S191)" if proposed else ""
    verb = "added to" if options.uncited else "wrote"
    drafted = ", ".join(
        (
            plural(summary.facts, "fact"),
            plural(summary.relations, "relation"),
            f"{summary.ignores} ignore entr{'y' if summary.ignores == 1 else 'ies'}",
        )
    )
    sys.stdout.write(
        f"{verb} {summary.dataset}: {drafted}{new}. Every guess carries a review mark:"
        f" `factlint validate {summary.dataset}` lists them (S190).\n"
    )
    return EXIT_OK


def _export(options: argparse.Namespace) -> int:
    from checks.corpus import find_root
    from checks.export import export, validated
    from checks.export.earlier import refuse_unless_replaceable
    from checks.formats._shared import plural
    from checks.formats.text import format_finding

    root = find_root(Path.cwd())
    output = Path(options.output) if options.output else root / "export"
    refuse_unless_replaceable(output)  # before the validation: a wrong --output is told at once
    context, report = validated(root)
    errors = [f for f in report.findings if f.fails]
    for finding in errors:
        sys.stdout.write(format_finding(finding) + "\n")
    if errors and not options.allow_errors:
        sys.stderr.write(
            f"factlint: export refused: {plural(len(errors), 'error')}; fix them, or pass --allow-errors "
            "to export anyway with the failing facts marked\n"
        )
        return EXIT_FINDINGS
    tables = export(context, report.findings, output, options.format)
    counts = ", ".join(plural(len(table.frame), table.row) for table in tables)
    despite = f", despite {plural(len(errors), 'error')} (see the errors columns)" if errors else ""
    sys.stdout.write(f"exported {counts} to {output} ({options.format}){despite}\n")
    return EXIT_OK


COMMANDS = {
    "validate": _validate,
    "rules": _rules,
    "fix": _fix,
    "draft": _draft,
    "export": _export,
    "numbers": numbers_command,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        options = parser.parse_args(dashed_text(sys.argv[1:] if argv is None else argv))
    except SystemExit as exit_:  # argparse has printed the usage error
        return int(exit_.code or 0)
    from checks.atomic import WriteFailed, WriteRefused
    from checks.corpus import RepositoryNotFound
    from schemas.vocab import VocabularyError

    try:
        with warnings.catch_warnings():
            if not os.environ.get("FACTLINT_DEBUG"):
                # A library's warning is no finding: it names files outside the repository (the
                # installed package's) and says nothing a user can act on.
                warnings.simplefilter("ignore")
            return COMMANDS[options.command](options)
    except (UsageError, RepositoryNotFound, VocabularyError, WriteRefused) as error:
        sys.stderr.write(f"factlint: {error}\n")
        return EXIT_USAGE
    except WriteFailed as error:  # the system would not write a file: the path's, not a bug
        sys.stderr.write(f"factlint: cannot write {shown(Path(str(error.filename)))}: {error.strerror}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a bug: say so plainly; the traceback only on request
        sys.stderr.write(f"factlint: internal error: {type(error).__name__}: {error}\n")
        if os.environ.get("FACTLINT_DEBUG"):
            traceback.print_exc()
        else:
            sys.stderr.write("factlint: set FACTLINT_DEBUG=1 to see the traceback, and please report it\n")
        return EXIT_USAGE


def run() -> NoReturn:  # the factlint command
    code = main()
    gc.freeze()  # the collector's walk over every object at exit cost 0.1 s of a 1.3 s hook
    sys.exit(code)


if __name__ == "__main__":
    run()
