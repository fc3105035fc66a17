"""The measurement of `factlint draft` on articles by other people (tests/draft_measure.py), printed.

Tuned articles must meet the issue's figure targets (≥ 95% of gold figures held, ≤ 10% of draft
facts not figures); held-out articles are reported, not tuned for. Every draft of every article must
pass every provenance rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.corpus import load_corpus
from checks.engine import run
from tests.draft_measure import articles, draft_article, gold_of, measure, scratch_repository, table, totals


@pytest.fixture(scope="module")
def scores() -> list:  # type: ignore[type-arg]
    return measure()


def test_measurement_is_printed(scores: list, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    with capsys.disabled():
        print("\n" + table(scores))
    assert {s.article for s in scores} == set(articles())


def test_a_held_out_set_is_waiting(scores: list) -> None:  # type: ignore[type-arg]
    """The drafter is measured on articles it was never tuned on: a held-out set waits for its first
    look, or has had it and waits to be studied. Set 35 (first looked at on 3ffe81f: 97.6/8.0/95.9/96.6)
    was studied in round 31; set 36 (written and reviewed while round 31 ran) was first looked at on
    92c9b73: 99.7/4.3/97.9/95.3, and studied in round 32; set 37 (written and reviewed while round 32 ran)
    was first looked at on 493b583: 93.6/4.3/98.3/98.0, and studied in round 33; set 38 (written and reviewed
    while round 33 ran) was first looked at on ada66e0: 98.9/5.9/98.6/94.4, and studied in round 34; set 39
    (written and reviewed while round 34 ran) was first looked at on 54b2065: 96.6/3.9/91.7/93.5, and studied in
    round 35; set 40 (written and reviewed while round 35 ran) was first looked at on 9c29d0b: 99.2/2.4/94.3/91.1,
    and studied in round 36; set 41 (written and reviewed while round 36 ran) was first looked at on c9aae86:
    97.6/6.6/80.9/84.1, and studied in round 37; set 42 (written and reviewed while round 37 ran) was first
    looked at on 06ac92e: 95.9/8.8/95.7/89.3, and studied in round 38; set 43 (written and reviewed while round
    38 ran) was first looked at on a3e2c40: 98.4/1.9/78.3/94.1, and studied in round 39; set 44 (written and
    reviewed while round 39 ran) was first looked at on 700414b: 98.8/3.3/73.9/85.7, and studied in round 40;
    set 45 (written and reviewed while round 41 ran) was first looked at on 4ccaf4c: 93.9/3.6/88.5/91.0, and
    studied in round 42; set 46 (written and reviewed while round 42 ran) was first looked at on 122dd98:
    96.4/5.7/98.0/89.2, and studied in round 44; set 47 (written and reviewed while round 44 ran) was first
    looked at on e6cfac8: 97.6/4.8/85.0/82.9, and studied in round 45; set 48 (written and reviewed while round
    44 ran) was first looked at on 940cc34: 97.8/4.4/92.7/86.6, and studied in round 46; set 49 (written and
    reviewed while round 46 ran) was first looked at on fffe4f9: 98.9/6.2/93.4/92.6, and studied in round 47; set
    50 (written and reviewed while the drafter's modules were split) was first looked at on 2ce594f:
    92.8/10.8/90.3/91.9, and studied in round 48; set 51 (written and reviewed while round 48 ran) was first looked
    at on 88ca90f: 97.0/5.0/92.5/86.6, and studied in round 49; set 52 (written and reviewed while rounds 48 and
    49 ran) was first looked at on ca21f75: 98.6/3.1/94.8/87.3, and studied in round 50; set 53 was first looked at
    on 912e026: 97.4/5.1/85.2/79.8, and studied in round 51; set 54 (written and reviewed while round 51 ran) was
    first looked at on e3bbd4a: 97.9/4.4/95.4/95.4, and studied in round 52; set 55 was first looked at on 6bda3ea:
    94.1/10.3/90.6/76.7, and studied in round 53; set 56 (written and reviewed at the start of the next stop) was first
    looked at on 07b791e: 87.5/10.3/93.2/78.3, and studied in round 54; set 57 (written and reviewed at the start of
    the next stop) was first looked at on 293daa4: 95.1/7.9/90.8/78.4, and studied in round 55; set 58 (written and
    reviewed while round 55 was merged) was first looked at on 30dbc8a: 98.3/6.5/95.9/88.4, and studied in round 56;
    set 59 (written and reviewed at the start of the next stop) was first looked at on af887ab: 94.5/10.6/93.4/89.6,
    and studied in round 57; set 60 (written and reviewed while round 57 was merged) was first looked at on e89d5ea:
    98.9/6.6/95.2/86.2, and studied in round 58; set 61 (written and reviewed while round 58 ran) was first looked at
    on e8aaafb: 96.1/5.3/95.4/94.1, and studied in round 59; set 62 (written and reviewed while round 59 ran) was first
    looked at on bffaa52: 99.7/1.4/96.9/94.9, and studied in round 60; set 63 (written and reviewed while round 60
    ran) was first looked at on d31d950: 98.0/3.6/95.2/85.8, and studied in round 61; set 64 (written and reviewed while
    round 61 ran) was first looked at on 015dcdf: 98.0/6.8/98.0/92.5, and studied in round 62; set 65 (written and
    reviewed while round 62 ran) was first looked at on e9cf2f2: 98.4/7.1/98.9/87.4, and studied in round 63; set 66
    (written and reviewed while round 63 ran) was first looked at on 3e5c062: 99.1/2.9/90.8/85.2, and studied in round 64;
    set 67 (written and reviewed while round 64 ran) was first looked at on d0b6dca: 97.6/7.1/92.9/95.1, and studied
    in round 65; set 68 (written and reviewed while round 65 ran) was first looked at on 35da4b6: 96.7/7.6/96.8/91.0,
    and studied in round 66; set 69 (written and reviewed while round 66 ran) was first looked at on 2567340:
    99.0/4.1/96.8/79.0, and studied in round 67; set 70 (written and reviewed while round 67 ran) was first looked at
    on 1192c8c: 98.1/4.5/93.7/87.4, and studied in round 68; set 71 (written and reviewed while round 68 ran) was
    first looked at on 3a6c986: 98.3/3.2/96.7/91.9, and studied in round 69; set 72 (written and reviewed while round 69
    ran) was first looked at on 92d7ea6: 98.9/3.3/96.0/88.9, and studied in round 70; set 73 (written and reviewed
    while round 70 ran) was first looked at on 8448ee8: 99.2/3.5/97.7/93.3, and studied in round 71; set 74 (written
    and reviewed while round 71 ran) was first looked at on 33d3819: 99.7/1.5/97.9/95.1.
    Once a round has studied it, skipped, visibly, until the next set is written."""
    if not any(s.held_out for s in scores):
        pytest.skip("no held-out set: the next one is not written yet")
    assert sum(s.held_out for s in scores) >= 2


def test_tuned_articles_meet_the_figure_targets(scores: list) -> None:  # type: ignore[type-arg]
    tuned = totals([s for s in scores if not s.held_out])
    assert tuned["figures_held"] >= 0.95
    assert tuned["non_figures"] <= 0.10


@pytest.mark.parametrize("name", articles())
def test_draft_passes_every_provenance_rule(tmp_path: Path, name: str) -> None:
    root = scratch_repository(tmp_path / "repo")
    draft_article(root, name)
    findings = run(load_corpus(root)).findings
    assert [(f.code, f.message) for f in findings if f.code.startswith("P")] == []
    assert gold_of(name)["figures"]
