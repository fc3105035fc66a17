"""checks/numbers/units.py: unit words, measure words and rate bases."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities
from checks.numbers.tables import units
from checks.numbers.units import unit_id


@pytest.mark.parametrize(
    ("text", "unit", "unit_text"),
    [
        ("每千人口床位6.2张", "per_1k_population", "张"),
        ("每万名人口配备4.8名全科医生", "per_10k_population", "名"),
        ("4.8 people per 10,000 population", "per_10k_population", "people"),
        ("每10万人口20名", "per_100k_population", "名"),
        # A count of anything per so many people is that base's rate (P108 then refuses a count unit).
        ("6.1 beds per 1,000 residents", "per_1k_population", "beds"),
        ("2.1 beds per thousand people", "per_1k_population", "beds"),
        ("1,200 beds per 100,000 people", "per_100k_population", "beds"),
        ("2.3 beds per 1,000 patients", "bed", "beds"),  # patients are no population
        ("3,000 beds in the county", "bed", "beds"),
        ("床位3000张", "bed", "张"),
        ("100 percentage", "percent", "percentage"),
        ("身高168cm", None, "cm"),
        ("三双袜子", None, "双"),
        ("孕产妇死亡率4.8‰", "per_mille", "‰"),
        ("至少四ml", None, "ml"),  # glued to a Chinese numeral too
        ("5英吋以上", None, "英吋"),
        ("Reduced from 44 mg", None, "mg"),
        ("half a liter of water", None, "liter"),  # half of one unit: 0.5
        ("每天运动半小时", "hour", "小时"),
        ("Reading time: 4 min", "minute", "min"),
        ("for 15 mins", "minute", "mins"),  # abbreviated
        ("brief (< 24 hrs) episodes", "hour", "hrs"),
        ("1 hr later", "hour", "hr"),
        ("two second-hand cars", None, None),  # second-hand is no unit
        ("能兑换700人民币左右", None, "人民币"),  # 人民币, not 人 (people)
        ("2005 SEK", None, "SEK"),  # a currency code after the amount: no year
        ("202 p.c.", "percent", "p.c"),
        ("1.19deg C higher", None, "deg C"),  # a degree abbreviation glued to the digits
        ("a 4.4x increase", None, "x"),  # times
        ("30 degrees Celsius", None, "degrees Celsius"),
        # units of scientific and medical papers, after a space or glued (a degree or micro sign starts some)
        ("reached 400atm, which", None, "atm"),
        ("over 1,000MVA is", None, "MVA"),
        ("at 48kOe the", None, "kOe"),
        ("a 0.15mK ring", None, "mK"),
        ("at 1.88AU from the Sun", None, "AU"),
        ("weigh 80tonnes.", None, "tonnes"),
        ("less than 990AT/cm.", None, "AT/cm"),  # a unit per a length, glued
        ("a 5mg/kg dose", None, "mg/kg"),  # a dose by weight: one measure word (checks/numbers/concentrations.py)
        ("a field of 21kG in", None, "kG"),
        ("hydrogen at 2atg for", None, "atg"),
        ("each 7.7s exposure", None, "s"),  # seconds glued to a decimal
        ("a deviation of 1.43 Å.", None, "Å"),  # ångström after a space
        ("29.7MPa and", None, "MPa"),
        ("drawn 165h after", None, "h"),
        ("at 18 °C", None, "°C"),
        ("25°C", None, "°C"),
        ("10 μM", None, "μM"),
        ("5μm", None, "μm"),
        ("older than 40 yrs", None, "yrs"),
        ("10ppm", None, "ppm"),
        ("20keV", None, "keV"),
        ("3 kDa", None, "kDa"),
        ("5mA", None, "mA"),
        ("4 ms", None, "ms"),
        ("at 300 K", None, "K"),
        ("a 300 k budget", None, None),  # kelvin in capitals only
        ("an area of 5 cm2", None, "cm2"),
        ("2 m²", None, "m²"),
        ("5m2", None, "m2"),  # the power is the unit's
        ("建筑面积12.3万㎡", None, "㎡"),  # the square-metre sign, one character
    ],
)
def test_unit_of_the_word_after(text: str, unit: str | None, unit_text: str | None) -> None:
    (quantity,) = read_quantities(text)
    assert (quantity.unit, quantity.unit_text) == (unit, unit_text)


@pytest.mark.parametrize(
    "text",
    ["一对一帮扶", "政策一成不变", "降低成本", "5G网络", "3D打印", "a half-day course", "上半年", "a 3x3 grid", "0x1F"],
)
def test_words_that_only_look_like_measure_words(text: str) -> None:
    assert read_quantities(text) == []


def test_unit_id_prefers_the_rate_of_the_printed_base() -> None:
    table = units()
    text = "每千人口执业医师3.2名"
    assert unit_id(table, "名", text, text.index("3"), len(text)) == "per_1k_population"
    assert unit_id(table, "名", "医师3.2名", 2, 6) == "person"
    assert table.rate_bases["per_1k_population"] == 1000 and table.rate_bases["per_10k_population"] == 10000


def test_a_currency_code_before_another_number_is_that_numbers() -> None:
    assert [(q.text, q.unit_text) for q in read_quantities("rmb 10 usd 20")] == [("10", None), ("20", None)]


def test_a_blood_pressure_is_two_pressures_not_a_fraction() -> None:
    read = [(q.text, q.value, q.unit_text) for q in read_quantities("a blood pressure of 120/80 mmHg")]
    assert read == [("120", 120, None), ("80 mmHg", 80, "mmHg")]
    assert [q.value for q in read_quantities("2/3 of them")] == [pytest.approx(66.6667, rel=1e-4)]


@pytest.mark.parametrize(("text", "value"), [("平均住院8.8日", 8.8), ("療程1.5月", 1.5)])
def test_a_decimal_before_ri_or_yue_is_a_span_of_time_not_a_date(text: str, value: float) -> None:
    (reading,) = read_quantities(text)
    assert reading.value == value and reading.unit in ("day", "month")


def test_a_whole_number_before_ri_is_still_a_day_of_the_month() -> None:
    assert read_quantities("27日上午") == []


@pytest.mark.parametrize(
    ("text", "value"), [("45K patients were enrolled", 45000), ("1.5k people", 1500), ("2,500K doses", 2_500_000)]
)
def test_k_glued_to_a_number_before_a_plural_noun_is_thousands(text: str, value: int) -> None:
    (reading,) = read_quantities(text)
    assert reading.value == value


@pytest.mark.parametrize("text", ["the samples were cooled to 45K", "at a temperature of 45K cells"])
def test_k_in_a_text_about_temperature_is_no_thousand(text: str) -> None:
    assert all(reading.value < 1000 for reading in read_quantities(text))


def test_the_base_of_a_rate_per_one_unit_is_no_quantity() -> None:
    # 0.5 faults per 1 MVA: 1 MVA is the base the rate is counted on, not a figure of the text.
    assert [reading.value for reading in read_quantities("0.5 faults per 1 MVA of capacity")] == [0.5]


@pytest.mark.parametrize(
    ("text", "value", "bound"), [("ALT<2.5X ULN", 2.5, "lt"), ("> 2X ULN", 2, "gt"), ("1.5xULN", 1.5, "eq")]
)
def test_x_glued_before_the_upper_limit_of_normal_is_times(text: str, value: float, bound: str) -> None:
    (reading,) = read_quantities(text)
    assert (reading.value, reading.bound) == (value, bound)


def test_a_capital_x_glued_to_digits_elsewhere_is_still_refused() -> None:
    assert read_quantities("the 5X factor") == []


def test_a_unit_per_decilitre_glued_to_the_digits() -> None:
    (reading,) = read_quantities("Hb level < 9gm/dl")
    assert (reading.value, reading.bound, reading.unit_text) == (9, "lt", "gm/dl")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("500ccs of saline", ("500ccs", 500)), ("a 39yo woman", ("39yo", 39)), ("3rem", ("3rem", 3)),
        # dioptres glued to a decimal; 3D and a 5D plan stay names
        ("a spherical equivalent of >8.00D at screening", (">8.00D", 8)), ("up to 0.75D in each eye", ("up to 0.75D", 0.75)),
        # degrees without their sign, in a text that speaks of temperature
        ("Temperature >38C on admission", (">38C", 38)), ("fever over 100.4F", ("over 100.4F", 100.4)),
    ],
)  # fmt: skip
def test_unit_abbreviations_glued_to_the_digits(text: str, read: tuple[str, float]) -> None:
    assert [(q.text, q.value) for q in read_quantities(text)] == [read]


@pytest.mark.parametrize("text", ["3D movie", "a 5D plan", "Form 3C", "a 38C grade", "fever 38Ca"])
def test_letters_glued_to_the_digits_stay_names_without_their_context(text: str) -> None:
    assert read_quantities(text) == []


def test_a_fever_makes_c_degrees_but_leaves_k_thousands() -> None:
    assert [(q.text, q.value) for q in read_quantities("45K patients had a fever")] == [("45K", 45000)]
    assert read_quantities("cooled to 45K") == []


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("10 USD 20", [("10 USD", "usd"), ("20", None)]),  # the code after the first number is its own
        ("RMB 10 USD 20", [("10", "yuan"), ("20", "usd")]),  # the first has a code before: the second's
        ("10 GBP, USD 20", [("10 GBP", "gbp"), ("20", "usd")]),
    ],
)
def test_a_code_between_two_numbers_is_one_number_s(text: str, units: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.unit) for q in read_quantities(text)] == units


def test_defined_daily_doses_are_a_measure_word_glued_or_not() -> None:
    """抗菌药物使用强度 (antibiotic use density) is printed in DDDs, glued to the digits or not: a figure in
    that measure word; letters glued to digits that are no unit stay a code (3D打印, COVID-19)."""
    text = "住院患者抗菌药物使用强度为36.4DDDs，符合不超过40DDDs的要求。"
    assert [(q.text, q.value, q.bound, q.unit_text) for q in read_quantities(text)] == [
        ("36.4DDDs", 36.4, "eq", "DDDs"),
        ("不超过40DDDs", 40.0, "le", "DDDs"),
    ]
    assert [(q.text, q.unit_text) for q in read_quantities("use density of 36.4 DDDs")] == [("36.4 DDDs", "DDDs")]
    assert read_quantities("3D打印") == [] and read_quantities("36.4DDX") == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a currency's hundredth after the amount: its currency, a hundredth of it
        ("Interim dividend of 3.6 pence per share", [("3.6 pence", 0.036, "gbp")]),
        ("a fee of 45p per item", [("45p", 0.45, "gbp")]),
        ("34p above the wage", [("34p", 0.34, "gbp")]),
        ("a levy of 12 cents per line", [("12 cents", 0.12, "usd")]),
        ("每支50美分", [("50美分", 0.5, "usd")]),
        # cents after another currency are its hundredths, of a currency left open; of every dollar, a share
        ("2 euros and 5 cents", [("2 euros", 2.0, "eur"), ("5 cents", 0.05, None)]),
        ("of which 81 cents of every dollar went to care", [("81 cents", 81.0, "percent")]),
        # glued p is pence only after an amount of pence: not a resolution, a chromosome arm or a band
        ("1080p video", []),
        ("a 5p- deletion", []),
        ("at 5p15.2", []),
    ],
)
def test_a_currencys_hundredth_is_that_currency(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(q.text, round(q.value, 6), q.unit) for q in read_quantities(text)] == read


def test_below_twenty_pence_bounds_the_amount_in_pounds() -> None:
    (quantity,) = read_quantities("keep the cost of raising each £1 below 20p.")[1:]
    assert (quantity.value, quantity.unit, quantity.qualifier) == (0.2, "gbp", "lt")
