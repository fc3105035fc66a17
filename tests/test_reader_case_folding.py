"""The letters an ignore-case pattern takes for ASCII ones (ſ for s, the Kelvin sign K for k, İ and ı
for i): the reader's patterns match them, its word tables are in ASCII, so a number word spelt with
one (a hostile text, or an OCR's) once raised KeyError ("two millionſ"). They are read as the
ASCII letters now, and nothing the reader is given raises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.numbers import caption_unit, column_unit, heading_unit, read_quantities
from checks.numbers.scanner import KEYWORDS

TWINS = {"s": "ſ", "S": "ſ", "k": "\u212a", "K": "\u212a", "i": "\u0131", "I": "\u0130"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two millionſ people", 2_000_000),
        ("twenty thouſand", 20_000),
        ("three hundredſ", 300),
        ("one ſixth", 100 / 6),
        ("ſix percent", 6),
        ("FIFTY M\u0130LL\u0130ON", 50_000_000),
        ("f\u0131fty", 50),
        ("three b\u0131llion", 3_000_000_000),
    ],
)
def test_a_number_word_with_a_letter_of_another_case_reads_as_in_ascii(text: str, value: float) -> None:
    ascii_text = text.replace("ſ", "s").replace("\u0131", "i").replace("\u0130", "I")
    (q,) = read_quantities(text)
    (expected,) = read_quantities(ascii_text)
    assert q.value == pytest.approx(value) == expected.value
    assert (q.start, q.end, q.unit, q.bound) == (expected.start, expected.end, expected.unit, expected.bound)


_WORDS = [
    *sorted({w.lower() for w in KEYWORDS if w.isascii() and w.isalpha()}),
    *("million", "thousand", "hundred", "billion", "sixth", "third", "times", "per cent", "(£m)", "单位：万元"),
]


@st.composite
def _folded_text(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6))
    glue = draw(
        st.lists(st.sampled_from([" ", "\t", "", " 5 ", "12.5", ", "]), min_size=len(words), max_size=len(words))
    )
    text = "".join(w + g for w, g in zip(words, glue, strict=True))
    positions = draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=4))
    for at in positions:
        if text[at] in TWINS:
            text = text[:at] + TWINS[text[at]] + text[at + 1 :]
    return text


@settings(max_examples=400, deadline=None)
@given(text=_folded_text())
def test_nothing_with_such_letters_raises(text: str) -> None:
    read_quantities(text)
    heading_unit(text)
    column_unit(text)
    caption_unit(text)
