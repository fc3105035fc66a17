"""The compiled build (``setup.py``, ``FACTLINT_COMPILE=1``) reads and reports as the pure one.

The slow test compiles the modules ``setup.py`` lists with mypyc into a copy of the sources, then
reads every line of every article and every suite case with it, and validates a corpus with
findings, in a fresh process: the readings and the report must be the pure build's, to the byte.
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.numbers import read_quantities
from tests.compiled_build import compiled_copy, is_compiled
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


def test_nothing_is_compiled_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = _setup_namespace()
    monkeypatch.delenv("FACTLINT_COMPILE", raising=False)
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    assert namespace["extensions"]() == []
    assert namespace["compile_requested"]() is False
    monkeypatch.setenv("FACTLINT_COMPILE", "1")
    assert namespace["compile_requested"]() is True


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
