"""The compiled build (``setup.py``, ``FACTLINT_COMPILE=1``) reads and reports as the pure one.

The slow test compiles the modules ``setup.py`` lists with mypyc into a copy of the sources, then
reads every line of every article and every suite case with it, and validates a corpus with
findings, in a fresh process: the readings and the report must be the pure build's, to the byte.
"""

from __future__ import annotations

import importlib.util
import json
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.numbers import read_quantities
from tests.compiled_build import compiled_copy, is_compiled, source_copy
from tests.synthetic import PROJECT, build

SLOW = pytest.mark.skipif(not os.environ.get("FACTLINT_SLOW"), reason="compiles with mypyc: set FACTLINT_SLOW=1")

# Reads the texts of a JSON file given as argv[1] and prints every reading, and which build read them.
_READ_ALL = """
import json, sys
import checks.numbers.scanner as scanner
from checks.numbers import read_quantities
texts = json.load(open(sys.argv[1], encoding="utf-8"))
print(json.dumps({"file": scanner.__file__, "readings": [[q.as_dict() for q in read_quantities(t)] for t in texts]}))
"""


def _setup_namespace() -> dict[str, Any]:
    return runpy.run_path(str(PROJECT / "setup.py"), run_name="setup")


@pytest.mark.parametrize("command", ["editable_wheel", "develop"])
def test_an_editable_install_stays_pure_python(monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    namespace = _setup_namespace()
    monkeypatch.setenv("FACTLINT_COMPILE", "1")
    monkeypatch.setattr(sys, "argv", ["setup.py", command, "--dist-dir", "x"])
    assert namespace["extensions"]() == []


@pytest.mark.parametrize(
    ("value", "mode"), [(None, "wanted"), ("", "wanted"), ("1", "required"), ("0", "off"), (" 0 ", "off")]
)
def test_the_build_compiles_unless_told_not_to(monkeypatch: pytest.MonkeyPatch, value: str | None, mode: str) -> None:
    """An ordinary install (``pip install .``) compiles where it can; FACTLINT_COMPILE=1 requires it, =0 refuses it."""
    namespace = _setup_namespace()
    if value is None:
        monkeypatch.delenv("FACTLINT_COMPILE", raising=False)
    else:
        monkeypatch.setenv("FACTLINT_COMPILE", value)
    assert namespace["compile_mode"]() == mode
    assert namespace["compile_requested"]() is (mode != "off")


def test_nothing_is_compiled_when_told_not_to(monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = _setup_namespace()
    monkeypatch.setenv("FACTLINT_COMPILE", "0")
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    assert namespace["extensions"]() == []


def _without_mypyc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mypyc.build", None)  # importing it raises ImportError


def test_without_mypy_an_ordinary_build_is_pure_and_a_required_one_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace = _setup_namespace()
    _without_mypyc(monkeypatch)
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    monkeypatch.delenv("FACTLINT_COMPILE", raising=False)
    assert namespace["extensions"]() == []
    assert "pure Python modules are installed" in capsys.readouterr().err
    monkeypatch.setenv("FACTLINT_COMPILE", "1")
    with pytest.raises(SystemExit, match="needs mypy"):
        namespace["extensions"]()
    # The first pass only asks what the build requires: no mypy yet, and nothing to say.
    monkeypatch.setattr(sys, "argv", ["setup.py", "egg_info"])
    assert namespace["extensions"]() == []


def test_when_mypyc_fails_an_ordinary_build_is_pure_and_a_required_one_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace = _setup_namespace()
    build = pytest.importorskip("mypyc.build")

    def refuses(*_: object, **__: object) -> list[object]:
        raise SystemExit("error: the type check failed")

    monkeypatch.setattr(build, "mypycify", refuses)
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    monkeypatch.chdir(PROJECT)
    monkeypatch.delenv("FACTLINT_COMPILE", raising=False)
    assert namespace["extensions"]() == []
    assert "could not translate" in capsys.readouterr().err
    monkeypatch.setenv("FACTLINT_COMPILE", "1")
    with pytest.raises(SystemExit, match="type check failed"):
        namespace["extensions"]()


# setup.py's main with one small C module in place of the mypyc build, run in a copy of the project.
_PROBE_BUILD = """
import runpy, sys
from setuptools import Extension
main = runpy.run_path("setup.py", run_name="setup")["main"]
main.__globals__["extensions"] = lambda: [Extension("checks._probe", ["probe.c"])]
sys.argv = ["setup.py", "-q", "build_ext", "--inplace"]
main()
"""
_PROBE_C = """
#include <Python.h>
static struct PyModuleDef probe = {PyModuleDef_HEAD_INIT, "_probe", NULL, -1, NULL};
PyMODINIT_FUNC PyInit__probe(void) { return PyModule_Create(&probe); }
"""


def _probe_project(target: Path) -> Path:
    source_copy(target)
    (target / "probe.c").write_text(_PROBE_C, encoding="utf-8")
    return target


def _probe_build(project: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _PROBE_BUILD],
        cwd=project,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=False,
    )


def _built(project: Path) -> list[str]:
    return sorted(path.name for path in (project / "checks").glob("_probe*"))


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler")
def test_a_failing_compiler_gives_the_pure_package_unless_compiling_was_required(tmp_path: Path) -> None:
    """The compiler missing or failing: an ordinary build says so and builds pure Python, leaving no compiled
    module behind; FACTLINT_COMPILE=1 fails the build. With the compiler working, the module is built."""
    working = _probe_project(tmp_path / "working")
    done = _probe_build(working, FACTLINT_COMPILE="")
    assert done.returncode == 0, done.stderr[-2000:]
    assert _built(working) and _built(working)[0].endswith((".so", ".pyd"))

    failing = _probe_project(tmp_path / "failing")
    done = _probe_build(failing, FACTLINT_COMPILE="", CC="false")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "the C compiler failed" in done.stderr and "pure Python modules are installed" in done.stderr
    assert _built(failing) == []

    required = _probe_project(tmp_path / "required")
    done = _probe_build(required, FACTLINT_COMPILE="1", CC="false")
    assert done.returncode != 0
    assert "the compiled build failed (FACTLINT_COMPILE=1)" in done.stderr
    assert _built(required) == []


def test_the_compiled_modules_are_the_hot_ones_and_exist() -> None:
    compiled = _setup_namespace()["COMPILED"]
    assert "checks/numbers/scanner.py" in compiled and "checks/yaml_build.py" in compiled
    assert all((PROJECT / path).is_file() for path in compiled)


def _texts() -> list[str]:
    texts: set[str] = set()
    for folder in (PROJECT / "seeds", PROJECT / "tests" / "draft_articles"):
        for article in sorted(folder.glob("*.txt")):
            texts.update(article.read_text(encoding="utf-8").splitlines())
    for suite in sorted((PROJECT / "tests" / "reader_suites").glob("*.yaml")):
        data = yaml.safe_load(suite.read_text(encoding="utf-8"))
        for case in data.get("cases", []) if isinstance(data, dict) else []:
            if isinstance(case, dict) and isinstance(case.get("input"), str):
                texts.add(case["input"])
    return sorted(text for text in texts if text.strip())


def _run(code_path: Path, arguments: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(code_path)}
    return subprocess.run([sys.executable, "-P", *arguments], cwd=cwd, env=environment, capture_output=True, text=True)


@SLOW
def test_the_compiled_build_reads_and_reports_as_the_pure_one(tmp_path: Path) -> None:
    compiled = compiled_copy(tmp_path / "compiled")
    assert is_compiled(compiled)
    texts = _texts()
    assert len(texts) > 5000
    given = tmp_path / "texts.json"
    given.write_text(json.dumps(texts), encoding="utf-8")
    done = _run(compiled, ["-c", _READ_ALL, str(given)], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    read = json.loads(done.stdout)
    assert not read["file"].endswith(".py"), read["file"]  # the compiled module, not its source
    pure = [[q.as_dict() for q in read_quantities(text)] for text in texts]
    assert read["readings"] == pure

    corpus = build(tmp_path / "corpus", 12, faults=True)
    report = ["-m", "checks.cli", "validate", "--no-cache", "--format", "json"]
    by_compiled = _run(compiled, report, corpus)
    by_pure = _run(PROJECT, report, corpus)
    assert by_compiled.returncode == by_pure.returncode, by_compiled.stderr[-3000:]
    findings = json.loads(by_pure.stdout)["findings"]
    assert findings, "the corpus was built with faults: the comparison needs findings"
    assert json.loads(by_compiled.stdout) == json.loads(by_pure.stdout)


def _installers(wheels: Path, target: Path) -> tuple[list[str], list[str]] | None:
    """How to build this project's wheel into ``wheels`` and install a wheel into ``target`` as a user would: with
    pip where this Python has it, else with uv (a virtualenv uv made, as nox makes them, has no pip); None if neither."""
    if importlib.util.find_spec("pip") is not None:
        pip = [sys.executable, "-m", "pip"]
        return [*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(wheels), "."], [
            *pip,
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
        ]
    uv = shutil.which("uv")
    if uv is None:
        return None
    return [uv, "build", "--wheel", "--quiet", "--python", sys.executable, "--out-dir", str(wheels), "."], [
        uv,
        "pip",
        "install",
        "--no-deps",
        "--quiet",
        "--python",
        sys.executable,
        "--target",
        str(target),
    ]


@SLOW
def test_an_ordinary_install_is_the_compiled_build(tmp_path: Path) -> None:
    """``pip install .`` with nothing set builds the compiled wheel (PEP 517, mypy fetched by the build), and
    the installed package runs compiled: the main job over this repository passes with the compiled reader."""
    source = tmp_path / "source"
    shutil.copytree(
        PROJECT, source, ignore=shutil.ignore_patterns(".git", "build", "*.egg-info", "__pycache__", "*.so", ".*cache*")
    )
    installed = tmp_path / "installed"
    commands = _installers(tmp_path / "wheels", installed)
    if commands is None:
        pytest.skip("neither pip nor uv is here to build the wheel with")
    build_wheel, install_wheel = commands
    environment = {key: value for key, value in os.environ.items() if key != "FACTLINT_COMPILE"}
    built = subprocess.run(build_wheel, cwd=source, env=environment, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    [wheel] = (tmp_path / "wheels").glob("factlint-*.whl")
    assert not wheel.name.endswith("-none-any.whl"), wheel.name  # a platform wheel: compiled modules inside
    done = subprocess.run([*install_wheel, str(wheel)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    done = _run(
        installed,
        ["-c", "import checks.numbers.scanner as s, checks.yaml_build as y; print(s.__file__, y.__file__)"],
        PROJECT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert all(not name.endswith(".py") for name in done.stdout.split()), done.stdout
    report = _run(installed, ["-m", "checks.cli", "validate", "--no-cache", "--format", "json"], PROJECT)
    assert report.returncode == 0, report.stderr[-3000:]
    assert json.loads(report.stdout)["summary"]["errors"] == 0
