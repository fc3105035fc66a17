"""The reader's rates printed with their base after the figure: 12.5/10万, 78.4 per 100,000, (1/10万)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.numbers import heading_unit, read_quantities
from checks.numbers.tables import reading_units
from schemas.vocab import load_vocabulary
from tests.rule_harness import flatten, make_corpus, validate
from tests.test_numbers import printed_decimals

PACKAGED = load_vocabulary(Path(__file__).resolve().parents[1]).units


@pytest.mark.parametrize(
    ("text", "figure", "value", "bound", "unit"),
    [
        ("发病率为12.5/10万", "12.5/10万", 12.5, "eq", "per_100k_population"),
        ("结核病发病率降至35/10万", "35/10万", 35, "eq", "per_100k_population"),  # not 35/10 = 350 %
        ("孕产妇死亡率控制在12/10万以下", "12/10万以下", 12, "le", "per_100k_population"),  # its bound after the base
        ("死亡率为3.2/千", "3.2/千", 3.2, "eq", "per_1k_population"),
        ("全科医生4.2/万人口", "4.2/万人口", 4.2, "eq", "per_10k_population"),
        ("孕产妇死亡率16.9/10萬", "16.9/10萬", 16.9, "eq", "per_100k_population"),  # traditional, as printed
        ("the rate was 19.6/100,000 in", "19.6/100,000", 19.6, "eq", "per_100k_population"),
        (
            "incidence was 78.4 per 100,000 population,",
            "78.4 per 100,000 population",
            78.4,
            "eq",
            "per_100k_population",
        ),
        ("a rate of 71.2 per 100,000, 1.9 times", "71.2 per 100,000", 71.2, "eq", "per_100k_population"),
        ("70 per one lakh live births", "70 per one lakh", 70, "eq", "per_100k_population"),
        # Doses (an AEFI rate): the base's measure word is the base's, and so are the words after it.
        ("发生率为41.37/10万剂次", "41.37/10万剂次", 41.37, "eq", "per_100k_population"),
        ("发生率保持在10/10万剂次以上", "10/10万剂次以上", 10, "ge", "per_100k_population"),
        ("报告发生率低于5/10万剂。", "低于5/10万剂", 5, "lt", "per_100k_population"),
    ],
)
def test_a_rate_prints_its_base_after_the_figure(text: str, figure: str, value: float, bound: str, unit: str) -> None:
    """The base is the figure's unit word (the rate of that base in units.yaml), never a number 10万 of
    its own, nor the denominator of a fraction (12/10万 is no 120 %)."""
    (q,) = [q for q in read_quantities(text) if q.text == figure]
    assert (q.value, q.bound, q.unit) == (value, bound, unit)
    assert all(q.value != 100000 for q in read_quantities(text))


def test_a_range_of_rates_per_doses_is_one_range() -> None:
    (q,) = read_quantities("各地报告发生率在9.84/10万剂次至41.37/10万剂次之间")
    assert (q.text, q.bound, q.low, q.high, q.unit) == (
        "在9.84/10万剂次至41.37/10万剂次之间",
        "range",
        9.84,
        41.37,
        "per_100k_population",
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("3/1000", [("3/1000", 0.3)]),  # a fraction: no base a fraction is never written with
        ("12/100", [("12/100", 12.0)]),
        ("3.5/万人次", [("3.5", 3.5)]),  # per 10,000 visits: no population's rate
        # … and its base no count of its own (10万人次 is no 100,000 visits here)
        ("发生率为41.37/10万人次，", [("41.37", 41.37)]),
        ("平均2.6/10万次，较上年", [("2.6", 2.6)]),
        ("人均1.2/1000元", [("1.2", 1.2)]),
        ("人均2.1/万元", [("2.1", 2.1)]),  # per 10,000 yuan
        ("£5 per 1,000", [("5", 5.0)]),  # an amount per so many: money, no rate
    ],
)
def test_a_slash_or_per_before_something_else_is_no_rate_base(text: str, read: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in read_quantities(text)][: len(read)] == read
    if "/" in text:  # what stands after the slash is what the figure is per, no figure of its own
        assert [(q.text, q.value) for q in read_quantities(text)] == read
    assert all(q.unit_text is None or not q.unit_text.startswith(("/", "per")) for q in read_quantities(text))


def test_a_rate_of_a_base_units_yaml_has_no_unit_for_has_none() -> None:
    """Without a rate per 100,000 in the repository's units.yaml the figure has no unit (never a count),
    and its unit word is still the base, so P108 tells a fact's unit that is no such rate."""
    units = {uid: entry for uid, entry in PACKAGED.items() if uid != "per_100k_population"}
    with reading_units(units):
        (q,) = read_quantities("发病率为12.5/10万")
    assert (q.value, q.unit, q.unit_text) == (12.5, None, "/10万")


@pytest.mark.parametrize(
    "text", ["心脑血管疾病死亡率（1/10万）\t≤209.7", "孕产妇死亡率\t1/10万\t4.12", "死亡率 (1/10万)"]
)
def test_a_base_set_apart_is_a_table_s_unit_not_a_figure(text: str) -> None:
    """（1/10万）, a cell 1/10万: the unit the table's rates are in, neither 1 nor 10万 (nor 10 %)."""
    read = [q.text for q in read_quantities(text)]
    assert not any("1/10" in figure or figure == "10万" for figure in read)


def test_a_rate_of_one_in_a_sentence_is_a_figure() -> None:
    (q,) = read_quantities("全年报告死亡率为1/10万，较上年持平")
    assert (q.text, q.value, q.unit) == ("1/10万", 1, "per_100k_population")


@pytest.mark.parametrize(
    ("heading", "unit_text"),
    [
        ("心脑血管疾病死亡率（1/10万）", "/10万"),
        ("发病率（/10万）", "/10万"),
        ("Rate (per 100,000 population)", "per 100,000 population"),
    ],
)
def test_a_heading_naming_a_rate_s_base_gives_its_cells_that_rate(heading: str, unit_text: str) -> None:
    assert heading_unit(heading) == (1.0, "per_100k_population", unit_text)


def test_a_rate_restated_in_brackets_takes_no_bound_of_an_age() -> None:
    """aged 65 years and older (48.7 per 100,000): the group's rate, not its age again."""
    read = read_quantities("highest in adults aged 65 years and older (48.7 per 100,000) and in")
    assert [(q.text, q.bound) for q in read] == [("65 years and older", "ge"), ("48.7 per 100,000", "eq")]
    (_, rate) = read_quantities("aged 65 years and older (48.7) and")
    assert rate.bound == "eq"


@settings(max_examples=200, deadline=None)
@given(
    printed=printed_decimals(),
    base=st.sampled_from([("/10万", 10**5), ("/十万", 10**5), ("/万", 10**4), ("/千人", 10**3), ("/100,000", 10**5)]),
    after=st.sampled_from(["", "，", "。", "以下", "以上", " in 2025"]),
)
def test_any_figure_before_a_base_is_that_base_s_rate(
    printed: tuple[Decimal, int], base: tuple[str, int], after: str
) -> None:
    value, places = printed
    digits = f"{value:.{places}f}"
    word, size = base
    (q,) = [q for q in read_quantities(f"发病率为{digits}{word}{after}") if q.start == 4]
    assert (q.value, q.unit_text) == (float(value), word)
    assert q.unit == {10**5: "per_100k_population", 10**4: "per_10k_population", 10**3: "per_1k_population"}[size]
    assert q.bound == {"以下": "le", "以上": "ge"}.get(after, "eq")


def test_p108_takes_any_rate_of_the_base_the_repository_names(tmp_path: Path) -> None:
    """A repository's own rate per 100,000 (``per_100k``) agrees with 12.5/10万 as the packaged one does;
    its rate per 10,000 does not."""
    units = (Path(__file__).resolve().parents[1] / "schemas" / "units.yaml").read_text(encoding="utf-8")
    own = "per_100k:\n  kind: rate\n  label_en: per 100,000 persons\n  label_zh: 每10万人\n  hints: []\n"
    edits = [
        {"file": "seeds/example.txt", "old": "全市新增床位3000张", "new": "全市结核病发病率为12.5/10万"},
        {"file": "data/example.yaml", "old": 'quote: "全市新增床位3000张"', "new": 'quote: "结核病发病率为12.5/10万"'},
    ]
    found = {}
    for unit in ("per_100k", "per_10k_population"):
        case = {
            "edits": [*edits, {"file": "data/example.yaml", "old": "    value: 3000\n    unit: bed",
                               "new": f"    value: 12.5\n    unit: {unit}"}],
            "write": {"schemas/units.yaml": units + own},
        }  # fmt: skip
        root = make_corpus(tmp_path / unit, case)
        found[unit] = flatten(validate(root).findings, "P108")
    assert found == {
        "per_100k": [],
        "per_10k_population": [{"code": "P108", "source": "seeds/example.txt:6", "dataset": "data/example.yaml:96"}],
    }
