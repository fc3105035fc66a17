"""A power of ten in a draft: one figure (not the parts of a schedule or a model's name, as 7×24 and
1+N are), written as YAML 1.1 reads a number back (``1.0e-05``: ``1e-05`` is text there)."""

from __future__ import annotations

from pathlib import Path

import yaml

from checks.draft.writer import scalar
from tests.draft_checks import facts_by_place as _facts
from tests.draft_checks import ignored_on as _ignored
from tests.draft_measure import draft_text

_LAB = [
    "Laboratory thresholds for the transfusion service, 2026",
    "Published 3 March 2026",
    "",
    "Neutrophil counts of at least 2×10^9/L were required before each cycle.",
    "The residual risk was estimated at 1×10^-5 per unit transfused.",
    "The hotline runs 7×24 for donors.",
]


def test_a_power_of_ten_is_drafted_as_one_figure(tmp_path: Path) -> None:
    drafted = draft_text(tmp_path, _LAB)
    facts = _facts(drafted)
    assert (4, 2_000_000_000) in facts and not _ignored(drafted, 4)
    assert (5, 0.00001) in facts and not _ignored(drafted, 5)
    assert (6, 7) not in facts and _ignored(drafted, 6) == ["7", "24"]  # a schedule stays no figure


def test_a_float_is_written_as_yaml_1_1_reads_a_number() -> None:
    for value, written in ((1e-05, "1.0e-05"), (1e30, "1.0e+30"), (2.48e-05, "2.48e-05"), (0.5, "0.5")):
        assert scalar(value) == written
        back = yaml.safe_load(f"k: {written}")["k"]
        assert isinstance(back, float) and back == value
