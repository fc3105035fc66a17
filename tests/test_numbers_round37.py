"""Round 37's reader changes: a season before a year dates it (a session in spring 2027: no figure 2027), and
a negated subject keeps its own "of" phrase before its verb (no resident of the most deprived areas is more
than a 1.6-kilometre walk: at most 1.6). Each case fails on the reader before round 37."""

from __future__ import annotations

from pathlib import Path

from checks.numbers import read_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.bound) for q in read_quantities(text)]


def test_a_season_before_a_year_dates_it() -> None:
    assert _read("We will hold a follow-up evidence session in spring 2027 to review progress.") == []
    assert _read("The survey ran in autumn 2025 and reached 4,210 homes.") == [("4,210", 4210, "eq")]


def test_a_negated_subjects_of_phrase_keeps_the_bound_turned_round() -> None:
    assert [
        (value, bound)
        for _, value, bound in _read(
            "so that no resident of the most deprived areas is more than a 1.6-kilometre walk from a pharmacy"
        )
    ] == [(1.6, "le")]
    assert [(value, bound) for _, value, bound in _read("no patient of the trust should wait more than 18 weeks")] == [
        (18, "le")
    ]
    # a preposition between the subject and the bound word still makes the number another thing's
    assert [
        (value, bound) for _, value, bound in _read("no deaths of patients were reported in more than 40 hospitals")
    ] == [(40, "gt")]


def test_an_addresss_state_code_and_postcode_and_a_company_number_are_no_figures() -> None:
    line = "Level 26, 570 Bourke Street, Melbourne VIC 3000 | Phone 1300 582 113 | ABN 64 893 201 557"
    assert _read(line) == []
    assert _read("Sydney NSW 2000, Australia") == []
    assert _read("Company details: ACN 123 456 789") == []


def test_a_measure_word_after_a_base_of_people_before_it_is_a_rate_of_that_base() -> None:
    from checks.numbers.tables import reading_units
    from schemas.vocab import load_vocabulary

    # the repository's units with 台 as a draft proposes it (a measure once a decimal counted it, 9.6台)
    catalogue = dict(load_vocabulary(Path(__file__).resolve().parents[1]).units)
    catalogue["device"] = {"kind": "measure", "label_en": "devices", "label_zh": "台", "hints": ["台"]}

    def units(text: str) -> list[tuple[float, str | None]]:
        with reading_units(catalogue):
            return [(q.value, q.unit) for q in read_quantities(text)]

    assert units("每10万人口配置41.9台") == [(41.9, "per_100k_population")]  # as 每千人口床位6.2张
    assert units("县（市）每10万人口配置不足20台") == [(20, "per_100k_population")]
    assert units("全市AED总数达到4127台") == [(4127, "device")]  # no base: the word's unit
    assert units("婴幼儿托位数达到每千人口4.38个") == [(4.38, "per_1k_population")]  # 个 names the population rates too
    assert units("每万元GDP配置0.5台") == [(0.5, "device")]  # a base of money is no population
