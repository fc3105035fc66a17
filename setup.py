"""The build: the hot modules compiled by mypyc where this machine can, else pure Python.

Everything else is declared in ``pyproject.toml``. ``pip install .`` compiles the number reader and
the YAML builder with mypyc (the way mypy and black ship compiled wheels of their own code): the
same readings and findings (``tests/test_compiled.py``), a cold validation of a large corpus a fifth
cheaper (README, "Scale"). Compiling needs a C compiler and the Python headers, and the build
fetches mypy itself; where any of that is missing, or the compiler fails, the build says so and
installs the pure Python modules instead (as PyYAML does without libyaml). ``FACTLINT_COMPILE``:
``1`` compiles or fails the build, ``0`` never compiles. An editable install (``pip install -e
.``) stays pure Python whatever the variable says: compiled modules would sit beside their sources,
be imported instead of them, and go stale the moment a source is edited.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
# The modules a cold run spends most of its time in (the reader alone is half of it), as paths from
# here (mypyc names a module by its path). Compiled code refuses a value its annotation does not
# allow, where Python would carry on: these take text and their own values, not a frame's cells
# (checks.intervals, which the rules call with theirs, stays interpreted; its scalar half, which
# the reader calls for every reading, is checks.scalar_intervals).
COMPILED = [
    *sorted(path.relative_to(HERE).as_posix() for path in (HERE / "checks" / "numbers").glob("*.py")),
    "checks/scalar_intervals.py",
    "checks/yaml_build.py",
]
# What the build needs to compile them (fetched into the build's own environment).
COMPILE_REQUIRES = ["mypy>=1.10", "types-PyYAML"]
# The commands that build the package (the others only describe it: egg_info, the build's requirements).
BUILDING = ("build_ext", "build", "bdist_wheel", "install")


def compile_mode() -> str:
    """``required`` (FACTLINT_COMPILE=1: compiled, or the build fails), ``off`` (FACTLINT_COMPILE=0), or
    ``wanted`` (unset: compiled where this machine can, pure Python where it cannot)."""
    value = os.environ.get("FACTLINT_COMPILE", "").strip()
    return {"1": "required", "0": "off"}.get(value, "wanted")


def compile_requested() -> bool:
    return compile_mode() != "off"


def editable() -> bool:
    """Whether setuptools builds an editable install (``pip install -e .``, or the older ``develop``)."""
    return any(command in sys.argv[1:] for command in ("editable_wheel", "develop"))


def building() -> bool:
    return any(command in sys.argv[1:] for command in BUILDING)


def _say(message: str) -> None:
    print(f"factlint: {message}", file=sys.stderr)


def extensions() -> list[Any]:
    """The compiled modules to build, or none (pure Python)."""
    mode = compile_mode()
    if mode == "off":
        return []
    if editable():
        if mode == "required":
            _say("an editable install stays pure Python (FACTLINT_COMPILE ignored)")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        if not building():
            return []  # the first pass, which only asks what the build requires (setup_requires below)
        if mode == "required":
            raise SystemExit(
                "factlint: FACTLINT_COMPILE=1 needs mypy where the build runs (pip install mypy)"
            ) from None
        _say("mypy is not where the build runs: the pure Python modules are installed")
        return []
    os.chdir(HERE)
    try:
        return list(mypycify(COMPILED, opt_level="3"))
    except (Exception, SystemExit) as failed:  # mypy's own errors end in SystemExit
        if mode == "required":
            raise
        _say(f"mypyc could not translate the modules ({failed!r}): the pure Python modules are installed")
        return []


class CompileFailed(Exception):
    """The C compiler failed on the compiled modules."""


class BuildCompiled(build_ext):
    """``build_ext`` whose failure anywhere (the compiler missing or failing, the headers missing) leaves none
    of the compiled modules behind (a module's shim without the library they share would not import) and is
    told as ``CompileFailed``: ``main`` then builds the pure package, whole, unless compiling was required."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as failed:
            self._remove_built()
            raise CompileFailed(str(failed)) from failed

    def _remove_built(self) -> None:
        for ext in self.extensions:
            Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)


def main() -> None:
    modules = extensions()
    requires = COMPILE_REQUIRES if compile_requested() else []
    if not modules:
        setup(setup_requires=requires)
        return
    try:
        setup(ext_modules=modules, cmdclass={"build_ext": BuildCompiled}, setup_requires=requires)
    except CompileFailed as failed:
        if compile_mode() == "required":
            raise SystemExit(f"factlint: the compiled build failed (FACTLINT_COMPILE=1): {failed}") from None
        _say(f"the C compiler failed ({str(failed)[:300]}): the pure Python modules are installed")
        setup(setup_requires=requires)


if __name__ == "__main__":
    main()
