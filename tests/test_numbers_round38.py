"""Round 38's reader changes, from the kinds of text the forty-second held-out set brought (a trust's response to
a coroner's report, a guardian's annual report, a county's circular) and set 41's leftovers (a certificate-of-need
decision): "up to N or more" after a verb's "up", a table's heading "Quarter", a ratio of one to N in words, a verb
of change with its object before "from X to Y", another place's average compared with. Each case fails on the
reader before round 38; each has its guard."""

from __future__ import annotations

from checks.numbers import read_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.bound) for q in read_quantities(text)]


def _bounds(text: str) -> list[tuple[float, str]]:
    return [(value, bound) for _, value, bound in _read(text)]


def test_or_more_after_a_verbs_up_to_is_the_bound() -> None:
    assert _bounds("We want the share of nurses who feel able to speak up to 70% or more by next year.") == [(70, "ge")]
    # guard: "up to" alone is at most
    assert _bounds("Each clinic may see up to 40 patients a day.") == [(40, "le")]


def test_a_tables_heading_quarter_is_no_quarter_of_what_the_next_heading_counts() -> None:
    assert _read("Quarter\tBeds\tOccupied (%)") == []
    # guards: a quarter of what is counted, and a quarter cup, are read as before
    assert _bounds("a quarter of patients waited longer") == [(25, "eq")]
    assert [value for _, value, _ in _read("add a quarter cup of oats")] == [0.25]


def test_a_ratio_of_one_to_n_in_words_is_its_other_term() -> None:
    read = [(q.value, q.bound, q.unit) for q in read_quantities("The ward ran at a ratio of one to 11 that night.")]
    assert read == [(11, "eq", "ratio")]
    read = [(q.value, q.bound, q.unit) for q in read_quantities("a planned ratio of no more than one to six")]
    assert read == [(6, "le", "ratio")]
    # guard: no ratio named, a range from one to N stays a range
    assert [q.bound for q in read_quantities("stays lasted from one to 14 days")] == ["range"]


def test_a_verb_of_change_and_its_object_before_from_x_to_y_make_a_change() -> None:
    assert _bounds("The trust is raising its staffed cots from 24 to 30.") == [(24, "eq"), (30, "eq")]
    # guard: with no verb of change, from X to Y is a range
    assert [q.bound for q in read_quantities("Sessions run from 24 to 30 minutes.")] == ["range"]


def test_another_places_average_compared_with_after_a_share_is_printed_as_it_is() -> None:
    assert _bounds("失访率为4.2%，低于全市平均水平的6.8%。") == [(4.2, "eq"), (6.8, "eq")]
    # guard: alone, below 80% of the average is a bound
    assert _bounds("人均费用低于全省平均水平的80%") == [(80, "lt")]
