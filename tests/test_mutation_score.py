"""Curation slips the validator must catch, on a real dataset (tests/mutation_score.py measures all)."""

from __future__ import annotations

from tests.mutation_score import SLIPS, measure, table

# Slips that change what the quote prints, where it is, or how it is measured: every one is caught,
# at the fact. (Status and period slips inside the article's own years are not always caught: the
# README's "What the checks cannot see".)
ALWAYS_CAUGHT = [
    "value ×10",
    "value ÷10",
    "value: last digit",
    "value: sign",
    "unit",
    "qualifier",
    "line +1",
    "line −1",
    "another fact's quote",
]


def test_every_slip_of_a_printed_figure_is_caught_at_its_fact() -> None:
    told: list[str] = []
    tallies = measure(
        slips={name: SLIPS[name] for name in ALWAYS_CAUGHT},
        datasets=["nhc-rural-health-2022.yaml"],
        progress=told.append,
    )
    print(table(tallies))
    # A run of minutes says where it is (a new user's trial saw nothing until its end).
    assert told == [f"[1/1] nhc-rural-health-2022.yaml: 10 facts, up to {10 * len(ALWAYS_CAUGHT)} slips"], told
    for name in ALWAYS_CAUGHT:
        tally = tallies[name]
        assert tally.mutants >= 9, name
        assert tally.at_fact == tally.mutants, (name, tally.missed)
