"""Never a traceback, never a leak: every command on hostile and broken repositories (issue 12).

Four tests over the oracle of ``tests.fuzz.oracle`` (every command, every report format, a
secret planted outside the repository, a time bound per call):

- datasets drawn from the grammar of the format (``tests.fuzz.grammar``) on the base fixture;
- mutants of the real repository (``tests.fuzz.mutants``);
- every hostile file of ``tests.fuzz.hostile`` in place of a seed, a dataset, a vocabulary;
- every regression case the fuzzer found (``tests/fuzz/cases/*``).

The hypothesis tests run a fixed, small budget here (derandomized: the same examples each run);
``FACTLINT_FUZZ_EXAMPLES=500`` runs that many of each, with fresh random examples, for a campaign.
``python -m tests.fuzz.campaign`` runs a long one in forked processes with a hard time limit.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.cases import Mutant, all_cases, load_case
from tests.fuzz.grammar import dataset
from tests.fuzz.hostile import HOSTILE_FILES
from tests.fuzz.mutants import real_mutant
from tests.fuzz.oracle import Verdict, check_repository
from tests.fuzz.sandbox import copy_repository, plant_secrets

BASE = Path(__file__).parent / "fixtures" / "base"
CAMPAIGN = os.environ.get("FACTLINT_FUZZ_EXAMPLES")
FUZZ = settings(
    max_examples=int(CAMPAIGN) if CAMPAIGN else 6,
    derandomize=not CAMPAIGN,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@contextlib.contextmanager
def workspace() -> Iterator[Path]:
    """A fresh directory per example (hypothesis reuses a test's fixtures), with the cache key in it."""
    folder = Path(tempfile.mkdtemp(prefix="factlint-fuzz-"))
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder / "xdg")
    (folder / "reports").mkdir()
    try:
        yield folder
    finally:
        if before is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = before
        shutil.rmtree(folder, ignore_errors=True)


def run_mutant(mutant: Mutant, base: Path | None = None) -> Verdict:
    with workspace() as folder:
        secrets = plant_secrets(folder)
        root = folder / "repo"
        if base is not None:
            shutil.copytree(base, root)
        mutant.build(root, secrets, copy=base is None)
        return check_repository(
            root, secrets, folder / "reports", mutant.dataset, mutant.seed, mutant.text, mutant.configuration_changed
        )


def verdict_message(verdict: Verdict, mutant: Mutant) -> str:
    return "\n".join([*mutant.changes, *verdict.problems])


@FUZZ
@given(text=dataset(), hostile=st.sampled_from([None, None, None, *sorted(HOSTILE_FILES)]))
def test_datasets_of_the_grammar(text: str, hostile: str | None) -> None:
    mutant = Mutant(
        files={"data/example.yaml": text.encode("utf-8", "surrogatepass")},
        hostile={"seeds/example.txt": hostile} if hostile else {},
        dataset="data/example.yaml",
        seed="seeds/example.txt",
        text=text[:300].replace("\0", ""),
    )
    verdict = run_mutant(mutant, BASE)
    assert verdict.ok, verdict_message(verdict, mutant)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_mutants_of_the_real_repository(seed: int) -> None:
    mutant = real_mutant(random.Random(seed))
    verdict = run_mutant(mutant)
    assert verdict.ok, verdict_message(verdict, mutant)


@pytest.mark.parametrize("kind", sorted(HOSTILE_FILES))
@pytest.mark.parametrize("where", ["seeds/example.txt", "data/example.yaml", "schemas/indicators.yaml"])
def test_hostile_files(kind: str, where: str) -> None:
    mutant = Mutant(hostile={where: kind}, dataset="data/example.yaml", seed="seeds/example.txt", text="约3000张")
    verdict = run_mutant(mutant, BASE)
    assert verdict.ok, verdict_message(verdict, mutant)


@pytest.mark.parametrize("case", all_cases(), ids=lambda path: path.name)
def test_regression_cases(case: Path) -> None:
    mutant = load_case(case)
    verdict = run_mutant(mutant)
    assert verdict.ok, verdict_message(verdict, mutant)


def test_copy_of_the_real_repository_passes_the_oracle() -> None:
    """The oracle itself: the real data, unchanged, is a clean run of every command."""
    with workspace() as folder:
        secrets = plant_secrets(folder)
        root = copy_repository(folder / "repo")
        verdict = check_repository(
            root,
            secrets,
            folder / "reports",
            "data/hebei-2022.yaml",
            "seeds/001_bcf1aec070db8cc3.txt",
            "15 medical reform tasks",
        )
        assert verdict.ok, verdict.problems
        assert [call.code for call in verdict.calls[:2]] == [0, 0]
