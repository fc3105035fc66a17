"""`value: 1.5e1` is text to YAML 1.1 (PyYAML): S104 says so, and how to write it (1.5e+1, or 15)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from schemas.dataset import number_text_hint
from tests.fuzz.oracle import call

BASE = Path(__file__).parent / "fixtures" / "base"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("1.5e1", " (YAML 1.1 reads 1.5e1 as text: write 1.5e+1 or 15)"),
        ("1e5", " (YAML 1.1 reads 1e5 as text: write 1.0e+5 or 100000)"),
        ("15E-2", " (YAML 1.1 reads 15E-2 as text: write 15.0e-2 or 0.15)"),
        ("1e-7", " (YAML 1.1 reads 1e-7 as text: write 1.0e-7)"),
        ("1.5e+1", ""),  # the YAML 1.1 form already: text only when quoted
        ("1e400", ""),  # no finite number
        ("3,000", ""),
    ],
)
def test_the_hint_gives_forms_yaml_reads_as_the_same_number(written: str, hint: str) -> None:
    assert number_text_hint(written) == hint
    if hint:
        forms = hint.removesuffix(")").split("write ")[1].split(" or ")
        assert all(yaml.safe_load(form) == float(written) for form in forms), forms


def test_a_number_yaml_reads_as_text_is_an_s104_that_says_how_to_write_it(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    dataset = root / "data" / "example.yaml"
    original = dataset.read_text(encoding="utf-8")
    assert original.count("value: 34.2\n") == 1
    dataset.write_text(original.replace("value: 34.2\n", "value: 3.42e1\n"), encoding="utf-8")
    result = call(root, "validate", "--no-cache")
    assert result.code == 1
    [line] = [line for line in result.stdout.splitlines() if " S104 " in line]
    assert line.startswith("seeds/example.txt:4:")
    assert (
        "error S104 value: expected a number (YAML 1.1 reads 3.42e1 as text: write 3.42e+1 or 34.2), got '3.42e1'"
        " [data/example.yaml:29 fact literacy-2025]"
    ) in line
    dataset.write_text(original.replace("value: 34.2\n", "value: 3.42e+1\n"), encoding="utf-8")
    assert call(root, "validate", "--no-cache").code == 0
