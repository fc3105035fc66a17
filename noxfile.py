"""Sessions: validate (default) the real dataset, export it, tests, lint, bench.

nox -s validate            # the whole dataset, human-readable; exit 1 on errors
nox -s validate -- --format json
nox -s tests
nox -s export -- --format parquet --output /tmp/factlint
"""

from __future__ import annotations

import os

import nox

# uv builds virtualenvs much faster; plain virtualenv when uv is not installed.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["validate"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = None  # the interpreter nox runs under: a fresh machine has only that one


def _install(session: nox.Session, *arguments: str) -> None:
    # uv installs without compiling bytecode (pip compiles): with PYTHONDONTWRITEBYTECODE set, every
    # run would then compile pandas and the rest from source again (a second more per command).
    # A session installs this checkout again at every run: pure Python unless FACTLINT_COMPILE=1 asks
    # for the compiled build (mypyc takes about 45 s, and saves a fifth of a cold run: worth it for
    # a large corpus's CI, not for this repository's few datasets; see setup.py).
    compile_build = os.environ.get("FACTLINT_COMPILE", "0")
    session.install(*arguments, env={"UV_COMPILE_BYTECODE": "1", "FACTLINT_COMPILE": compile_build})


@nox.session(python=PYTHON)
def validate(session: nox.Session) -> None:
    """Validate every dataset under data/ against its seed, the schema and each other."""
    _install(session, ".")
    session.run("factlint", "validate", *session.posargs)


@nox.session(python=PYTHON)
def export(session: nox.Session) -> None:
    """Publish the validated dataset to export/: datapackage.json, CSV and Parquet (options after --)."""
    _install(session, ".")
    session.run("factlint", "export", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite (pytest + hypothesis), including the acceptance tests of the CLI."""
    _install(session, "-e", ".[test]")
    # Both cores by default; pass your own pytest options after `--` to replace that.
    session.run("pytest", *(session.posargs or ["-n", "auto"]))


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy."""
    _install(session, "-e", ".[lint]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Speed of the stages over the real dataset and a synthetic large one."""
    _install(session, "-e", ".[test]")
    # This checkout's own modules compiled too, as an installed copy would be (see _install).
    session.run("python", "-m", "compileall", "-q", "checks", "schemas", "tests")
    session.run("python", "-m", "tests.bench", *session.posargs)
