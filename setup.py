"""The build: pure Python, or with ``FACTLINT_COMPILE=1`` the hot modules compiled by mypyc.

Everything else is declared in ``pyproject.toml``. ``FACTLINT_COMPILE=1 pip install .`` compiles the
number reader and the YAML builder with mypyc (the way mypy and black ship compiled wheels of their
own code): the same readings and findings (``tests/test_compiled.py``), a cold validation of a large
corpus a fifth cheaper (README, "Scale"). It needs a C compiler and the Python headers; the build
fetches mypy itself. An editable install (``pip install -e .``) stays pure Python whatever the
variable says: compiled modules would sit beside their sources, be imported instead of them, and go
stale the moment a source is edited.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

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


def compile_requested() -> bool:
    return os.environ.get("FACTLINT_COMPILE", "") == "1"


def editable() -> bool:
    """Whether setuptools builds an editable install (``pip install -e .``, or the older ``develop``)."""
    return any(command in sys.argv[1:] for command in ("editable_wheel", "develop"))


def extensions() -> list[object]:
    if not compile_requested():
        return []
    if editable():
        print("factlint: an editable install stays pure Python (FACTLINT_COMPILE ignored)", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        if any(command in sys.argv[1:] for command in ("build_ext", "build", "bdist_wheel", "install")):
            raise SystemExit(
                "factlint: FACTLINT_COMPILE=1 needs mypy where the build runs (pip install mypy)"
            ) from None
        return []  # the first pass, which only asks what the build requires (setup_requires below)
    os.chdir(HERE)
    return list(mypycify(COMPILED, opt_level="3"))


if __name__ == "__main__":
    setup(
        ext_modules=extensions(),
        setup_requires=COMPILE_REQUIRES if compile_requested() else [],
    )
