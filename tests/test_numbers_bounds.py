"""checks/numbers/bounds.py and ranges.py: bound words, fillers, compound bounds and ranges."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities
from checks.numbers.bounds import post_bound, pre_bound, resolve


def _one(text: str) -> tuple[str, str]:
    (quantity,) = read_quantities(text)
    return quantity.text, quantity.qualifier


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("超过了80", ("超过了80", "gt")), ("至少有5个", ("至少有5个", "ge")), ("最多为3", ("最多为3", "le")),
        ("高度至少是3", ("至少是3", "ge")), ("大于等于一百", ("大于等于一百", "ge")),
        ("大于或者等于4,565", ("大于或者等于4,565", "ge")), ("小于或等于100", ("小于或等于100", "le")),
        ("≥65岁", ("≥65岁", "ge")), ("x>10", (">10", "gt")), ("x >= 30", (">= 30", "ge")),
        ("equal to or more than 30", ("equal to or more than 30", "ge")),
        ("less than or equal to 100", ("less than or equal to 100", "le")),
        ("less than 5000 or equal", ("less than 5000 or equal", "le")),
        ("about five hundred or more", ("about five hundred or more", "ge")),
        ("5000例以上", ("5000例以上", "ge")), ("50万元（含）以上", ("50万元（含）以上", "ge")),
        ("3000元上下", ("3000元上下", "approx")), ("比三十大", ("比三十大", "gt")), ("占比过20", ("过20", "gt")),
        ("大概有五百多个", ("大概有五百多个", "gt")),
        ("约占三成", ("约占三成", "approx")), ("超过占50%", ("超过占50%", "gt")), ("差不多50人", ("差不多50人", "approx")),
        ("50-plus people", ("50-plus", "ge")), ("fifty-odd people", ("fifty-odd", "gt")),
        ("more or less 50 people", ("more or less 50 people", "approx")), ("approx 50 m", ("approx 50 m", "approx")),
        ("approximately RMB 5 billion", ("approximately RMB 5 billion", "approx")),
        ("more than RMB5 billion", ("more than RMB5 billion", "gt")), ("约人民币5亿元", ("约人民币5亿元", "approx")),
        ("30岁出头", ("30岁出头", "gt")), ("五十开外", ("五十开外", "gt")), ("just shy of 50%", ("shy of 50%", "lt")),
        ("was estimated at $5 million", ("estimated at $5 million", "approx")),
        # in scientific papers: ages compared, much less / much greater than, a bound after a unit abbreviation
        ("athletes older than 40 years", ("older than 40 years", "gt")), ("younger than 18", ("younger than 18", "lt")),
        ("recall that e ≪ 1", ("≪ 1", "lt")), ("n≫10", ("≫10", "gt")),
        ("strength of 30 MPa or higher", ("30 MPa or higher", "ge")), ("10 ppm or more", ("10 ppm or more", "ge")),
        # a negated comparison is the inclusive other side; "as high as" is a ceiling, "as low as" a floor
        ("not lower than 5", ("not lower than 5", "ge")), ("not below 2", ("not below 2", "ge")),
        ("not greater than 4", ("not greater than 4", "le")), ("no higher than 5%", ("no higher than 5%", "le")),
        ("not above 7", ("not above 7", "le")), ("as many as 500 people", ("as many as 500 people", "le")),
        ("as high as 40%", ("as high as 40%", "le")), ("as low as 2 mg", ("as low as 2 mg", "ge")),
        ("beyond 10 years", ("beyond 10 years", "gt")),
        # an approximation word after a bound word leaves the bound
        ("more than about 30", ("more than about 30", "gt")), ("up to about 20", ("up to about 20", "le")),
        ("less than approximately 10", ("less than approximately 10", "lt")), ("超过约5万人", ("超过约5万人", "gt")),
        ("less than a 0.1% chance", ("less than a 0.1%", "lt")), ("up to a 20% rise", ("up to a 20%", "le")),
        ("over a 10-year period", ("10-year", "eq")),
        ("give an upper limit of 10% on", ("upper limit of 10%", "le")), ("a lower bound of 3 kg", ("lower bound of 3 kg", "ge")),  # over a period is during it: no article after over
        ("an age above ∼2 Gyr", ("above ∼2", "gt")), ("up to ≈ 5 m", ("up to ≈ 5 m", "le")),  # a sign of approximation too
        ("应在30日内完成", ("30日内", "le")), ("15个工作日内", ("15个工作日内", "le")),  # within days (27日 is a date)
        ("分別為兩星期內", ("兩星期內", "le")), ("5公里以內", ("5公里以內", "le")),  # 內 in traditional characters
        ("最高可达500元", ("最高可达500元", "le")), ("37.3℃以上", ("37.3℃以上", "ge")),  # ℃ is a unit word
        ("≈ 3 m", ("≈ 3 m", "approx")), ("ca. 5 kg", ("ca. 5 kg", "approx")), ("declines by ∼10%", ("∼10%", "approx")),
        # comparatives of length, size and speed; a bound after the number at the end of a sentence
        ("shorter than 4.35 light years", ("shorter than 4.35", "lt")), ("longer than 3 days", ("longer than 3 days", "gt")),
        ("a radius of ∼ 2 km or larger.", ("∼ 2 km or larger", "ge")), ("aged 65 years or older.", ("65 years or older", "ge")),
        ("it was 15 at most and", ("15 at most", "le")), ("it took 5 days at least.", ("5 days at least", "ge")),
        ("C max. 0.28 Si", ("max. 0.28", "le")), ("(minimum 4 observations)", ("minimum 4", "ge")),
        ("a maximum 20% rise", ("maximum 20%", "le")), ("the maximum 5-year survival", ("5-year", "eq")),
    ],
)  # fmt: skip
def test_bound_words(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("城乡居民医保统筹基金年度最高支付限额为15万元;", [("限额为15万元", "le")]),
        ("一个建床周期最高支付限额8000元。", [("一个", "eq"), ("限额8000元", "le")]),
        ("基金按每人每天60元的限额支付", [("60元的限额", "le")]),
        ("年度支付上限为10万元", [("上限为10万元", "le")]), ("每人每年封顶500元", [("封顶500元", "le")]),
        ("大病保险封顶线为30万元", [("封顶线为30万元", "le")]),
        # a price limit (限价), and a ceiling's noun as a label
        ("最高限价：1262.0万元（人民币）", [("限价：1262.0万元", "le")]), ("最高投标限价为980万元", [("限价为980万元", "le")]),
        ("年度支付上限：10万元", [("上限：10万元", "le")]),
        ("列支的工作成本未超过规定的3%上限。", [("3%上限", "le")]),
        # a ceiling's noun after the amount with no 的 (60元限额), a cap after it (60万元封顶)
        ("按每人每天60元限额支付", [("60元限额", "le")]), ("年度60万元封顶", [("60万元封顶", "le")]),
        ("60万元封顶线", [("60万元", "eq")]),
        # a ceiling changed or kept is a change: its values eq, as the English "the cap rises from … to …"
        ("月支付限额将由1500元提高至1800元", [("1500元", "eq"), ("1800元", "eq")]),
        ("最高支付限额保持40万元不变", [("40万元", "eq")]),
        # a building topped out, a threshold to cross: no ceiling
        ("主体结构封顶2栋", [("2栋", "eq")]), ("起付线为1.5万元", [("1.5万元", "eq")]),
        # a highest value observed, a price named, a rate below the price limit: no ceiling
        ("最高：38.5℃", [("38.5℃", "eq")]), ("单价：50元", [("50元", "eq")]), ("较最高投标限价下浮9.08%", [("9.08%", "eq")]),
    ],
)  # fmt: skip
def test_a_ceilings_value_is_at_most(text: str, read: list[tuple[str, str]]) -> None:
    """README, Curation conventions: a figure a ceiling word names is le, as "a ceiling of" is read."""
    assert [(q.text, q.qualifier) for q in read_quantities(text)] == read


@pytest.mark.parametrize("text", ["<>30", "=>30", "开展过3次", "过3天"])
def test_no_bound(text: str) -> None:
    assert all(q.qualifier == "eq" for q in read_quantities(text))


@pytest.mark.parametrize("text", ["such as 5 people", "as well as 3 kg", "as long as 3 of them agree"])
def test_as_alone_is_no_bound(text: str) -> None:
    assert _one(text)[1] == "eq"


def test_a_bound_after_the_number_stops_before_a_number_not_before_a_full_stop() -> None:
    assert [(q.text, q.qualifier) for q in read_quantities("5 mg at least twice. 15 at most 20")] == [
        ("5 mg", "eq"),
        ("15", "eq"),
        ("at most 20", "le"),
    ]
    assert [(q.text, q.qualifier) for q in read_quantities("2 km or more. 5 or more .5")] == [
        ("2 km or more", "ge"),
        ("5", "eq"),
        (".5", "eq"),
    ]


def test_or_more_before_a_number_is_no_bound() -> None:
    assert [(q.text, q.qualifier) for q in read_quantities("His score is 200 or greater than 190")] == [
        ("200", "eq"),
        ("greater than 190", "gt"),
    ]
    assert post_bound("200 or more", 3) is not None and post_bound("200 or more than 190", 3) is None


def test_pre_bound_is_found_only_where_a_bound_word_ends() -> None:
    assert pre_bound("more than 20", 10) is not None
    assert pre_bound("the 20", 4) is None and pre_bound("共20", 1) is None
    assert (
        resolve("approx", "ge", "eq") == "ge"
        and resolve("gt", "ge", "eq") == "gt"
        and resolve("lt", "or_equal", "eq") == "le"
    )


@pytest.mark.parametrize(
    ("text", "span", "ends"),
    [
        ("培养周期3至5年", "3至5年", (3, 5)), ("3-5 years", "3-5 years", (3, 5)), ("20~100个", "20~100个", (20, 100)),
        ("between 10 and 20 beds", "between 10 and 20 beds", (10, 20)), ("在20和30之间", "在20和30之间", (20, 30)),
        ("10000与20000间", "10000与20000间", (10000, 20000)), ("两到三万元", "两到三万元", (20000, 30000)),
        ("从8500到3万港元", "从8500到3万港元", (8500, 30000)), ("5-20%", "5-20%", (5, 20)),
        ("大于10小于20", "大于10小于20", (10, 20)), ("1000以上，1500以下", "1000以上，1500以下", (1000, 1500)),
        ("at most 100 and at least 20", "at most 100 and at least 20", (20, 100)),
        ("from 30 degrees celsius to 40 degrees celsius", "from 30 degrees celsius to 40 degrees celsius", (30, 40)),
        ("between 18 °C and 22 °C.", "between 18 °C and 22 °C", (18, 22)),  # units on both ends
        ("between 5 ppm and 10 ppm", "between 5 ppm and 10 ppm", (5, 10)),
        ("3km-5", "3km-5", (3, 5)), ("from 5% to 10", "from 5% to 10", (5, 10)),  # the second end takes the first's unit
    ],
)  # fmt: skip
def test_ranges_are_one_quantity(text: str, span: str, ends: tuple[int, int]) -> None:
    (quantity,) = read_quantities(text)
    assert quantity.text == span and quantity.bound == "range" and quantity.ends is not None
    assert tuple(end.value for end in quantity.ends) == ends


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("rose from 10 to 20 percent", [10, 20]),  # a change, not a range
        ("from 10 to 7 days", [10, 7]),  # not in order: no range
        ("x大于10且y小于20", [10, 20]),  # a letter between the bounds
        ("大于50小于12", [50, 12]),
        ("3 and 5 beds", [3, 5]),  # and needs between / 之间
        # a percentage and an amount of money are never the ends of one range: a change and what it comes to
        ("the wage rises by 4.1% to £12.71 an hour", [4.1, 12.71]),
        ("from £5 to 10%", [5, 10]),
        # nor a share and a plain figure past 100: a change and the count it comes to
        ("is projected to grow by 5.8% to 284,000 by 2028", [5.8, 284000]),
    ],
)
def test_not_ranges(text: str, values: list[int]) -> None:
    assert [q.value for q in read_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a verb that carries its object from one level to another: a change (bring any object, take an amount)
        ("bringing the total from 1,200 to 1,450", [1200, 1450]),
        ("taking staffing from 98 to 112 full-time equivalents", [98, 112]),
        ("which took the trust's total from 14 to 19", [14, 19]),
        # "by" after a verb of change, and a level past ten times the size: the change and the level it comes to
        ("is expected to fall by £25,000 to £430,000", [25000, 430000]),
        ("beds increased by 12 to 340 beds", [12, 340]),
        ("visits rose by about 1,200 to 15,400 in 2025", [1200, 15400]),
    ],
)
def test_changes_told_like_ranges(text: str, values: list[int]) -> None:
    assert [q.value for q in read_quantities(text)] == values
    assert all(q.bound != "range" for q in read_quantities(text))


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("a clinic that takes children from 5 to 16", (5, 16)),  # take carries no amount: an age range
        ("plans to reduce by 10 to 20 percent", (10, 20)),  # a range of the change's size
        ("waits were cut by 3 to 17 days", (3, 17)),  # the second end under ten times the first
        ("grants of 25,000 to 430,000", (25000, 430000)),  # no verb of change before by
    ],
)
def test_ranges_beside_changes(text: str, ends: tuple[int, int]) -> None:
    (quantity,) = read_quantities(text)
    assert quantity.bound == "range" and tuple(end.value for end in quantity.ends or []) == ends


@pytest.mark.parametrize("text", ["2020-2025年", "In 2013-2014, funding rose", "3-5月", "1-3号楼"])
def test_spans_of_years_and_labels_are_no_quantities(text: str) -> None:
    assert read_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("more than 100 km (60 miles)", ["gt", "gt"]),  # restated in another unit: the same bound
        ("Nearly one in three adults (32.1%)", ["nearly", "eq"]),  # the exact share, not a restatement
        ("just over half (51%)", ["gt", "eq"]),
        ("more than 80% (n = 400)", ["gt", "eq"]),  # the sample size
    ],
)
def test_a_figure_restated_in_parentheses_takes_the_bound(text: str, bounds: list[str]) -> None:
    assert [q.bound for q in read_quantities(text)] == bounds


@pytest.mark.parametrize(
    ("text", "read", "ends"),
    [
        ("with 1 ≤ i ≤ 7, but", "1 ≤ i ≤ 7", [(1, "ge"), (7, "le")]),
        ("a difference 3 < ∆V < 5.5; see", "3 < ∆V < 5.5", [(3, "gt"), (5.5, "lt")]),
        ("assume 0 < λ X ≤ 1, while", "0 < λ X ≤ 1", [(0, "gt"), (1, "le")]),
    ],
)
def test_a_double_inequality_around_a_variable_is_a_range(text: str, read: str, ends: list[tuple[float, str]]) -> None:
    (quantity,) = read_quantities(text)
    assert quantity.text == read and [(end.value, end.qualifier) for end in quantity.ends or []] == ends


@pytest.mark.parametrize("text", ["5 < x < 3", "if 3 < x and x < 5", "at 1<2"])
def test_no_double_inequality(text: str) -> None:
    assert all(q.qualifier != "range" for q in read_quantities(text))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("varying between ∼3000 and 10000 days.", ["between ∼3000 and 10000 days"]),  # an approximate first end
        ("from about 5 to 10 kg", ["from about 5 to 10 kg"]),
        ("orbits between 3 AU and 8 AU", ["between 3 AU and 8 AU"]),
        ("ranging from 1.14 Å to 1.43 Å.", ["ranging from 1.14 Å to 1.43 Å"]),
        # a change or a comparison still, past an approximation or a currency sign after the opening word
        ("it rose from about 5 to 10 kg", ["about 5", "10 kg"]),
        ("it rose from $10 to $20", ["10", "20"]),
        ("the gap between about 84% and 90%", ["about 84%", "90%"]),
    ],
)
def test_range_openers_past_an_approximation(text: str, read: list[str]) -> None:
    assert [q.text for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("約9%", ("約9%", "approx")), ("約有300人", ("約有300人", "approx")), ("超過80%", ("超過80%", "gt")),
        ("低於5%", ("低於5%", "lt")), ("將近一半", ("將近一半", "approx")),
    ],
)  # fmt: skip
def test_traditional_bound_words(text: str, read: tuple[str, str]) -> None:
    # 約, 超過, 低於 are 约, 超过, 低于 in traditional characters (Hong Kong, Taiwan).
    assert _one(text) == read


@pytest.mark.parametrize(("text", "value"), [("突破千人", 1000), ("连续两年突破万元", 10000), ("突破百万", 10**6)])
def test_a_bare_place_after_tupo_is_one_of_it_and_more(text: str, value: int) -> None:
    reading = read_quantities(text)[-1]
    assert (reading.value, reading.bound) == (value, "gt")


def test_a_bare_place_after_dapo_is_no_figure() -> None:
    assert read_quantities("打破千年传统") == []


@pytest.mark.parametrize(
    "text",
    [
        "the median wait lengthened from 5 hours to 7.2 hours",
        "the forecast was revised from 3% to 4%",
        "waits had risen from about five hours to 7.2 hours",
        # an adverb (and a comma) between the verb and "from"
        "Age-standardized death rates rose more slowly, from 16.2 to 19.5 per 100 000 population",
        "admissions fell sharply from 120 to 80",
    ],
)
def test_from_x_to_y_after_a_verb_of_change_is_two_points(text: str) -> None:
    assert [reading.bound for reading in read_quantities(text)] != ["range"]
    assert len(read_quantities(text)) == 2


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("an uplift of 6.2% from £742.56 to £788.60", [6.2, 742.56, 788.6]),
        ("a 6.2% uplift from 742 to 788 pounds", [6.2, 742, 788]),
        ("the rate rose by 12 points from 40 to 52", [12, 40, 52]),
        ("prices rose 3 per cent, from 10 to 20", [3, 10, 20]),
    ],
)
def test_the_size_of_a_change_before_from_x_to_y_leaves_two_points(text: str, values: list[float]) -> None:
    readings = read_quantities(text)
    assert [reading.value for reading in readings] == values and all(r.bound == "eq" for r in readings)


@pytest.mark.parametrize(
    "text",
    ["children aged from 5 to 10 years", "prices vary widely, from 5 to 10 dollars", "rates ranged from 5 to 10%"],
)
def test_from_x_to_y_without_a_verb_of_change_is_still_a_range(text: str) -> None:
    (reading,) = read_quantities(text)
    assert reading.bound == "range"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Be 19 years of age or older", ("19 years of age or older", "ge")),
        ("patients 18 years old or more,", ("18 years old or more", "ge")),
        ("children 5 years of age and under.", ("5 years of age and under", "le")),
    ],
)
def test_an_age_bound_after_years_of_age(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


def test_age_words_without_a_bound_after_them_leave_the_years_exact() -> None:
    assert _one("a child 5 years old or a baby") == ("5 years", "eq")


def test_between_the_ages_of_opens_a_range() -> None:
    (reading,) = read_quantities("women between the age of 18 and 45 years old")
    assert (reading.bound, reading.ends[0].value, reading.ends[1].value) == ("range", 18, 45)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("rates have not risen above 70%", ("above 70%", "le")), ("it has not exceeded 5%", ("exceeded 5%", "le")),
        ("should wait no longer than four hours", ("no longer than four hours", "le")),
        ("no older than 65", ("no older than 65", "le")), ("no shorter than 2 weeks", ("no shorter than 2 weeks", "ge")),
        ("no younger than 18", ("no younger than 18", "ge")),
        ("it did not fall below 3%", ("below 3%", "ge")), ("并未超过5%", ("超过5%", "le")), ("单次涨幅不得超过15%", ("超过15%", "le")),
        ("严禁低于90%", ("低于90%", "ge")), ("没有超过5%", ("超过5%", "le")),
        ("not only more than 5% but", ("more than 5%", "gt")), ("预计未来超过5%", ("超过5%", "gt")),
    ],
)  # fmt: skip
def test_a_negation_turns_a_more_or_less_word_round(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a negated subject opening its clause: what every one of them does is at most (at least) the number
        ("no member pays more than P5,000 a month", ("more than P5,000", "le")),
        ("In 2024, no patient waited more than 52 weeks", ("more than 52 weeks", "le")),
        ("No one should wait longer than 18 weeks", ("longer than 18 weeks", "le")),
        ("The law ensures that no household will have to pay over 10% of its income", ("over 10%", "le")),
        ("None of the clinics had more than 30 beds", ("more than 30 beds", "le")),
        ("nobody stayed less than 2 days", ("less than 2 days", "ge")),
        ("the least any plan pays; no plan's rate exceeds 65% of the charge", ("exceeds 65%", "le")),
        # not a negated subject: a preposition before the number, a "no" that negates nothing after it,
        # a negated object, a "no" that is the bound itself
        ("No deaths were reported in more than 40 hospitals", ("more than 40 hospitals", "gt")),
        ("No doubt costs rose more than 5%", ("more than 5%", "gt")),
        ("There were no deaths and more than 30 recoveries", ("more than 30", "gt")),
        ("The clinic has no beds for more than 30 patients", ("more than 30", "gt")),
        ("No fewer than 300 nurses", ("No fewer than 300", "ge")),
        ("The plan's rate exceeds 65% of the charge", ("exceeds 65%", "gt")),
        # the object of a verb of wish or requirement, and a negated verb of growth with its object
        ("For ambulances, we want no handover to take longer than 45 minutes", ("longer than 45 minutes", "le")),
        ("and shall not increase its total licensed acute care bed capacity beyond 352 beds", ("beyond 352 beds", "le")),
        ("does not raise the cap above £86,000", ("above £86,000", "le")),
        # not so: a preposition between (the number is another thing's), a wish without a negation
        ("did not increase staff in more than 3 wards", ("more than 3", "gt")),
        ("we want more than 50 sites", ("more than 50", "gt")),
    ],
)  # fmt: skip
def test_a_negated_subject_turns_a_more_or_less_word_round(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a verb that sets a ceiling, its object between it and at/to: at most
        ("Cap the fee for a GP visit at €50", ("Cap the fee for a GP visit at €50", "le")),
        ("The charge will be capped for all patients at €50 a visit", ("capped for all patients at €50", "le")),
        ("limit the co-payment to 20%", ("limit the co-payment to 20%", "le")),
        ("visits are limited to 2 a year", ("limited to 2", "le")),
        ("stays restricted to 3 days", ("restricted to 3 days", "le")),
        # no ceiling verb, or a number or a comma in what stands between
        ("the capital at 50", ("50", "eq")),
        ("Cap the 2nd fee at 50", ("50", "eq")),
        ("limit spending, and move to 20%", ("20%", "eq")),
        ("delimited to 30", ("30", "eq")),
    ],
)  # fmt: skip
def test_a_ceiling_verb_bounds_its_number(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


def test_a_negation_across_a_conjunction_leaves_the_bound() -> None:
    assert _one("radiotherapy is not allowed if more than 25% of bone") == ("more than 25%", "gt")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a plan's verb between 至少 (起码) and its number: still a lower bound
        ("每个县(市、区)至少建成2家次中心", ("至少建成2家", "ge")),
        ("每个乡镇卫生院至少配备1名公共卫生医师", ("至少配备1名", "ge")),
        ("起码要3次", ("起码要3次", "ge")),
        # and the verb's object between it and the number
        ("每个社区卫生服务中心至少配备全科医生3名", ("至少配备全科医生3名", "ge")),
        ("至少建成了县级2家", ("至少建成了县级2家", "ge")),
        ("起码需要等待3天", ("起码需要等待3天", "ge")),
        # no bound word: the verb alone bounds nothing; a comma breaks the bound
        ("每个乡镇卫生院配备1名", ("1名", "eq")),
        ("至少,建成2家", ("2家", "eq")),
        # a noun is no verb: the bound reaches over a rate base and nothing else
        ("至少全市每万名居民配备4名", ("4名", "eq")),
        # what a scheme grants between 最高 (最多) and the number: a cap
        ("对确诊患儿最高补助3万元", ("最高补助3万元", "le")),
        ("每人每年最高可报销8000元", ("最高可报销8000元", "le")),
        ("最多补助2次", ("最多补助2次", "le")),
        # a noun between is no grant's verb: the bound does not reach over it
        ("最高补助标准为3万元", ("3万元", "eq")),
    ],
)
def test_a_verb_may_stand_between_at_least_and_its_number(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # after an average in the same sentence, 最高 and 最低 are the highest and lowest reached: as printed
        ("平均得分86.2分，最高96.5分", ("96.5分", "eq")),
        ("平均分88.0分，最低为86.5分", ("86.5分", "eq")),
        # an average in another sentence or clause, or none: a cap
        ("平均住院日8.5天；最高12天", ("最高12天", "le")),
        ("每月10元，最高300元", ("最高300元", "le")),
    ],
)
def test_the_highest_or_lowest_after_an_average_is_reached_not_a_bound(text: str, last: tuple[str, str]) -> None:
    *_, reading = read_quantities(text)
    assert (reading.text, reading.qualifier) == last


def test_the_highest_and_lowest_after_an_average_are_two_figures_not_a_range() -> None:
    text = "36家机构平均得分85.7分，最高96.0分，最低68.5分；得分低于70分的1家机构已被取消定点资格"
    read = [(q.text, q.value, q.qualifier) for q in read_quantities(text)][1:4]
    assert read == [("85.7分", 85.7, "eq"), ("96.0分", 96.0, "eq"), ("68.5分", 68.5, "eq")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("鹿鸣乡卫生院年内至少提高5个百分点", ("至少提高5个百分点", "ge")),
        ("非计划拔管至少下降10%", ("至少下降10%", "ge")),
        ("平均住院日至少缩短2天", ("至少缩短2天", "ge")),
        ("力争门诊量至少增长8%", ("至少增长8%", "ge")),
    ],
)
def test_a_change_by_at_least_so_much_is_a_lower_bound(text: str, read: tuple[str, str]) -> None:
    """Fails before 2026-12-02 (a change verb between 至少 and its number left the number eq)."""
    assert _one(text) == read


def test_a_change_with_no_bound_word_stays_exact() -> None:
    """Guard: a change verb alone bounds nothing (passes before and after)."""
    assert _one("门诊量提高5个百分点") == ("5个百分点", "eq")
    assert _one("至少,提高5个百分点") == ("5个百分点", "eq")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("a minimum stock of 500 ORS sachets", ("minimum stock of 500", "ge")),
        ("a maximum waiting time of 18 weeks", ("maximum waiting time of 18 weeks", "le")),
        ("a maximum daily rate of $2,800", ("maximum daily rate of $2,800", "le")),
        ("the minimum age of 18 years", ("minimum age of 18 years", "ge")),
    ],
)
def test_a_maximum_or_minimum_of_a_thing_bounds_its_number(text: str, read: tuple[str, str]) -> None:
    """Fails before 2026-12-02 (the words between maximum and its "of" left the number eq)."""
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("the forecast maximum temperature of 45°C", ("45°C", "eq")),  # a day's highest temperature, no ceiling
        ("It is the minimum a country of 17 crore people owes", ("17 crore people", "eq")),  # an article between
        ("a maximum of 12 patients", ("a maximum of 12", "le")),
    ],
)
def test_a_maximum_or_minimum_that_bounds_nothing_stays(text: str, read: tuple[str, str]) -> None:
    """Guard: passes before and after."""
    assert _one(text) == read


def test_an_object_holding_a_number_ends_the_reach_of_at_least() -> None:
    read = [(q.text, q.qualifier) for q in read_quantities("至少配备医生1名和护士3名")]
    assert read == [("至少配备医生1名", "ge"), ("3名", "eq")]
    # a preposition of time in it: what follows is a date, not a lower bound
    assert [q.text for q in read_quantities("至少完成于2026年")] == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a number word opening a quoted sentence counts; one opening a short quoted name does not
        ('said Dr Nandakumar. "Two new practices are due to open by the end of next year."', [("Two", "eq")]),
        ("“Three new clinics will open in the county next year,” she said.", [("Three", "eq")]),
        ('the "Two Sessions" opened', []),
        ("“Three Nos” policy", []),
    ],
)
def test_a_number_word_opening_quoted_speech_is_read(text: str, read: list[tuple[str, str]]) -> None:
    assert [(q.text, q.qualifier) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a count in brackets under a strictly bounded share is the exact count, not bounded
        ("fewer than 2 per cent (412 people) had waited", [("fewer than 2 per cent", "lt"), ("412 people", "eq")]),
        ("more than 40% (2,000 people) said so", [("more than 40%", "gt"), ("2,000 people", "eq")]),
        # an approximate share's round count is as approximate; a count to the last digit was counted
        ("about 40 per cent (2,000 people) said so", [("about 40 per cent", "approx"), ("2,000 people", "approx")]),
        ("about 3 in 4 deaths (161) were men", [("about 3 in 4", "approx"), ("161", "eq")]),
        ("nearly a third (412 patients)", [("nearly a third", "approx"), ("412", "eq")]),
        ("approximately 7 % oxygen (53 mmHg)", [("approximately 7 %", "approx"), ("53 mmHg", "approx")]),
        # a bounded count restated keeps its bound
        ("more than 5 million (5,200 people)", [("more than 5 million", "gt"), ("5,200 people", "gt")]),
    ],
)
def test_a_count_restating_a_bounded_share(text: str, read: list[tuple[str, str]]) -> None:
    assert [(q.text, q.qualifier) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the base a ratio is of may stand between a bound word and the ratio
        ("可按不超过当地事业单位绩效工资基准线的1.5倍核定", ("不超过当地事业单位绩效工资基准线的1.5倍", "le")),
        ("收入不低于全国平均水平的80%", ("不低于全国平均水平的80%", "ge")),
        ("他是全省的1.5倍", ("1.5倍", "eq")),  # no bound word
        ("超过全省的3家", ("3家", "eq")),  # a count is no ratio of a base
        # about a share of a named base (约占…的), which may name its year
        ("不合格样品约占全部样品的7.5%", ("约占全部样品的7.5%", "approx")),
        ("约占全市2025年度医疗服务收入的1.9%", ("约占全市2025年度医疗服务收入的1.9%", "approx")),
        ("占全部样品的7.5%", ("7.5%", "eq")),
        # years served in full (工作满, 服务满) are at least that many
        ("须到基层医疗卫生机构累计服务满1年", ("满1年", "ge")),
        ("连续工作满10年", ("满10年", "ge")),
        ("住满3天", ("3天", "eq")),
    ],
)
def test_a_ratio_of_a_named_base_and_years_served_in_full(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a bound before a ratio is the ratio's: one reading, the value its second term gives
        ("各县按不低于1:1的比例配套", [("不低于1:1", 1.0, "ge")]),
        ("医护比不低于1:1.6", [("不低于1:1.6", 1.6, "ge")]),
        ("at least 1:2 staffing", [("at least 1:2", 2.0, "ge")]),
        ("比例为1:1", [("1:1", 1.0, "eq")]),  # a ratio named before it: one reading too
        ("mixed 1:2 with water", [("1", 1.0, "eq"), ("2", 2.0, "eq")]),  # no bound, no ratio named: both terms
        # halving is a change by half
        ("Malawi has committed to halving the number of unvaccinated children", [("halving", 50.0, "eq")]),
        ("Cases halved in 2023", [("halved", 50.0, "eq")]),
        ("a half-hearted effort", []),
        # so is halve, and half after "by" (cut by half): 50 %, as "half of" is
        ("aims to halve the number of unvaccinated children", [("halve", 50.0, "eq")]),
        ("and to cut refusals by half by the end of the round", [("half", 50.0, "eq")]),
        ("cut by half the share of patients waiting", [("half", 50.0, "eq")]),
        ("cut waits by half an hour", [("half an hour", 0.5, "eq")]),  # a duration
        ("three halves", [("three halves", 150.0, "eq")]),
        # the first or second half of a year is a period, no share (half of them is one)
        ("compared with 88% in the first half of 2025", [("88%", 88.0, "eq")]),
        ("expected to commence in the second half of 2027", []),
        ("half of them in the first half of the year", [("half", 50.0, "eq")]),
        # zero before a hyphen and a word is a term's (zero-dose children), no count of nothing
        ("aims to halve the number of zero-dose children", [("halve", 50.0, "eq")]),
        ("a zero-tolerance policy; zero cases were reported", [("zero cases", 0.0, "eq")]),
    ],
)
def test_a_bound_before_a_ratio_and_halving(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.qualifier) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Patient aged 18 ans or more", ("18 ans or more", "ge")), ("2 drinks or more per day", ("2 drinks or more", "ge")),
        ("300max", ("300max", "le")), ("dose 300 mg max", ("300 mg max", "le")), ("5 maximum", ("5 maximum", "le")),
    ],
)  # fmt: skip
def test_bounds_after_one_word_and_max_after_the_number(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


def test_max_in_capitals_after_a_number_is_a_name_and_a_number_after_or_more_is_compared() -> None:
    assert [(q.text, q.qualifier) for q in read_quantities("Galaxy 300 Max")] == [("300", "eq")]
    assert [(q.text, q.qualifier) for q in read_quantities("5 cats or more than 3 dogs")] == [
        ("5", "eq"),
        ("more than 3", "gt"),
    ]


def test_ages_of_two_numbers_are_a_range() -> None:
    (quantity,) = read_quantities("ages of 7 and 75 years")
    assert quantity.bound == "range" and [e.value for e in quantity.ends or []] == [7, 75]
    assert [q.text for q in read_quantities("children ages of 5")] == ["5"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # what each amount is per stands between the bound word and its number
        ("财政补助标准不低于每人每年700元", ("不低于每人每年700元", "ge")),
        ("自付费用不超过人均3000元", ("不超过人均3000元", "le")),
        ("最高每床每日200元", ("最高每床每日200元", "le")),
        ("随访不少于每人每年4次", ("不少于每人每年4次", "ge")),
        # without a bound word it stays a figure of its own
        ("个人缴费标准为每人每年400元", ("400元", "eq")),
    ],
)
def test_a_per_unit_may_stand_between_a_bound_and_its_number(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a time bound before the number: no earlier (sooner) than is at least, no later than at most
        ("the final dose no earlier than 6 months after", ("no earlier than 6 months", "ge")),
        ("not sooner than 28 days apart", ("not sooner than 28 days", "ge")),
        ("paid no later than 30 days after", ("no later than 30 days", "le")),
        # closer to, like close to, is an approximation
        ("Today it is closer to one in 23.", ("closer to one in 23", "approx")),
        # but "the closer to" compares (the closer to zero the less it is scattered)
        ("and the closer to zero the less it is scattered", ("zero", "eq")),
    ],
)
def test_earlier_later_and_closer_bound_their_number(text: str, read: tuple[str, str]) -> None:
    assert _one(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("a cap of 3.2%", ("a cap of 3.2%", "le")),
        ("the national cap of 3.2%", ("the national cap of 3.2%", "le")),  # a word naming the cap between
        ("the annual cap of 86,000 yuan", ("the annual cap of 86,000 yuan", "le")),
        ("with a limit of eight units", ("a limit of eight", "le")),
        ("a time limit of 30 days", ("a time limit of 30 days", "le")),
        ("the lower limit of 5", ("lower limit of 5", "ge")),  # a floor, not a cap
    ],
)
def test_a_cap_or_limit_of_a_figure_is_at_most_it(text: str, read: tuple[str, str]) -> None:
    (reading,) = read_quantities(text)
    assert (reading.text, reading.bound) == read


def test_a_change_stated_again_without_its_verb_is_two_points() -> None:
    """A verb of change earlier in the sentence, then ", and … from X to Y": the second change's levels."""
    text = "Institutional births rose from 85.7 per cent to 91.4 per cent, and those in public facilities from 69.4 to 76.8."
    assert [(q.value, q.bound) for q in read_quantities(text)] == [
        (85.7, "eq"),
        (91.4, "eq"),
        (69.4, "eq"),
        (76.8, "eq"),
    ]
    # no verb of change in its sentence (the one before has one): ranges
    other = "Prices rose sharply. Adults from 18 to 65 were asked, and children from 5 to 10."
    assert [q.bound for q in read_quantities(other)] == ["range", "range"]
    # in the present tense, the verb followed by from (a pay deal's rates)
    present = (
        "The starting rate rises from $44.12 to $50.83 an hour by July 2028, and the top rate from $78.40 to $93.03."
    )
    assert [(q.value, q.bound) for q in read_quantities(present)] == [
        (44.12, "eq"),
        (50.83, "eq"),
        (78.4, "eq"),
        (93.03, "eq"),
    ]
    # a present-tense word of change without from, or ages after the and: ranges
    assert [q.bound for q in read_quantities("Fees increase every year, and children aged from 5 to 16 pay half.")] == [
        "range"
    ]
    aged = "Staff rose from 3 to 4, and patients aged from 5 to 16 years."
    assert [q.bound for q in read_quantities(aged)] == ["eq", "eq", "range"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # "at or below" / "at or above" include the number
        ("premiums at or below 250% of the poverty line", ("at or below 250%", "le")),
        ("waits at or under 5 days", ("at or under 5 days", "le")),
        ("coverage at or above 90%", ("at or above 90%", "ge")),
        ("coverage at or over 90%", ("at or over 90%", "ge")),
        # without "at or" the comparison stays strict, and "or below" after the number stays le
        ("premiums below 250%", ("below 250%", "lt")),
        ("coverage above 90%", ("above 90%", "gt")),
        ("premiums at 250% or below", ("250% or below", "le")),
        # an equality said approximately is approximate
        ("The saving equals about 12.4% of spending.", ("equals about 12.4%", "approx")),
        ("节约资金等于约5万元", ("等于约5万元", "approx")),
        ("The saving equals roughly $3 million.", ("equals roughly $3 million", "approx")),
        # an equality with no approximation stays eq
        ("The saving equals 12.4% of spending.", ("equals 12.4%", "eq")),
        ("节约资金等于5万元", ("等于5万元", "eq")),
    ],
)
def test_at_or_below_includes_the_number_and_equals_about_is_approximate(text: str, read: tuple[str, str]) -> None:
    (reading,) = read_quantities(text)
    assert (reading.text, reading.bound) == read


def test_a_requirement_s_own_percentage_is_not_bounded_by_the_comparison() -> None:
    """低于标准要求的80%: the level (71.5%) falls short of the 80% the standard requires; the 80% is the
    requirement's value, not bounded by 低于. A percentage *of* a base keeps the bound (低于全国平均水平的80%:
    below 80% of the average), and so does a multiple of a requirement (不超过规定的1.5倍)."""
    reads = [(q.text, q.value, q.bound) for q in read_quantities("临床路径入径率为71.5%，低于标准要求的80%。")]
    assert reads == [("71.5%", 71.5, "eq"), ("80%", 80.0, "eq")]
    assert [(q.text, q.bound) for q in read_quantities("达标率高于国家规定的90%")] == [("90%", "eq")]
    assert [(q.text, q.bound) for q in read_quantities("低于全国平均水平的80%")] == [("低于全国平均水平的80%", "lt")]
    assert [(q.text, q.bound) for q in read_quantities("不低于省定目标值的85%")] == [("不低于省定目标值的85%", "ge")]
    assert [(q.text, q.bound) for q in read_quantities("不超过规定的1.5倍")] == [("不超过规定的1.5倍", "le")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # 约为 before the base a ratio or fraction is of: the approximation is the figure's
        ("前者约为后者的1.3倍", [("约为后者的1.3倍", 1.3, "approx")]),
        ("单价约为集采前价格的二十分之一", [("约为集采前价格的二十分之一", 5.0, "approx")]),
        ("约为2025年的三分之一", [("约为2025年的三分之一", 100 / 3, "approx")]),
        ("约为2025年同期的一半", [("约为2025年同期的一半", 50.0, "approx")]),
        # a year with no figure of it after 的 stays a duration (two thousand years of history)
        ("约2000年的历史", [("约2000年", 2000.0, "approx")]),
        # without 约 the ratio stays eq
        ("前者为后者的1.3倍", [("1.3倍", 1.3, "eq")]),
    ],
)
def test_about_a_ratio_of_a_base_is_approximate(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.bound) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a change compared with a year: the year is no figure
        ("an increase of 9.5% over 2024.", [("9.5%", 9.5, "eq")]),
        ("Spending was 12% higher than 2023.", [("12%", 12.0, "eq")]),
        ("Visits fell 3% below 2019, when the clinic opened.", [("3%", 3.0, "eq")]),
        # a count after the bound word, or no change before it, stays a count
        ("Admissions rose to over 2000.", [("over 2000", 2000.0, "gt")]),
        ("over 2000 people attended", [("over 2000 people", 2000.0, "gt")]),
        ("grew 5% over 2000 households", [("5%", 5.0, "eq"), ("over 2000", 2000.0, "gt")]),
    ],
)
def test_a_year_a_change_is_compared_with_is_no_figure(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.bound) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("整改期限不超过30日", ("不超过30日", "le")),
        ("住院天数不少于15日的患者", ("不少于15日", "ge")),
        ("公示期5日", ("5日", "eq")),
        ("整改期限为15日", ("15日", "eq")),
        ("连续住院30日以上", ("30日以上", "ge")),
        ("整改期限为15至30日", ("15至30日", "range")),
        # counted from a day (之日起, 起算), all told (共), running (连续): days counted
        ("投标有效期为投标截止之日起90日。", ("90日", "eq")),
        ("自公告之日起算30日", ("30日", "eq")),
        ("共90日。", ("90日", "eq")),
        ("连续7日", ("7日", "eq")),
    ],
)
def test_days_counted_after_a_bound_or_a_period_are_no_day_of_the_month(text: str, read: tuple[str, str]) -> None:
    (quantity,) = read_quantities(text)
    assert (quantity.text, quantity.qualifier, quantity.unit) == (*read, "day")


@pytest.mark.parametrize(
    "text",
    [
        "于30日前报送",
        "截止日期为15日",
        "每年3月1日至15日",
        "公示期为2026年3月1日至15日",
        "本月10日召开",
        "自2026年7月1日起15日召开",
    ],
)
def test_a_day_of_the_month_stays_no_quantity(text: str) -> None:
    assert read_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # after a negated bound word the base a share is of may print no 的: "not above it by 25%" bounds the same
        ("年末结余原则上不超过当年可用资金25%", [("不超过当年可用资金25%", "le")]),
        ("不低于上年筹资总额10%", [("不低于上年筹资总额10%", "ge")]),
        ("不超过当年可用资金的25%", [("不超过当年可用资金的25%", "le")]),
        # not after a bound word that is not negated: over the budget by 25% is a change
        ("支出超过预算25%", [("25%", "eq")]),
        ("高于全省平均水平3%", [("3%", "eq")]),
        # nor across a comma
        ("不超过规定，占比25%", [("25%", "eq")]),
    ],
)
def test_a_negated_bound_word_reaches_over_its_base(text: str, read: list[tuple[str, str]]) -> None:
    assert [(q.text, q.qualifier) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # "about" after a noun or adjective it completes is "regarding"
        ("We received 1,842 concerns about 1,506 doctors.", [("1,842", "eq"), ("1,506", "eq")]),
        ("questions about 3 drugs", [("3", "eq")]),
        ("they were worried about 40% of them", [("40%", "eq")]),
        ("complaints about 12 practices", [("12", "eq")]),
        # after a verb or alone it is an approximation
        ("we asked about 300 people", [("about 300 people", "approx")]),
        ("it costs about $5", [("about $5", "approx")]),
        ("about 40% of them", [("about 40%", "approx")]),
    ],
)
def test_about_after_the_noun_it_completes_is_no_approximation(text: str, read: list[tuple[str, str]]) -> None:
    assert [(q.text, q.qualifier) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a bound named after its level, ending the phrase or before a level's word
        ("well above the 10% minimum the strategy sets", [("10% minimum", "ge")]),
        ("a £500 cap per claim", [("500 cap", "le")]),
        ("the 18-week limit for treatment", [("18-week limit", "le")]),
        ("a 2% cap on rent increases", [("2% cap", "le")]),
        ("staffing stays at the 40 bed minimum.", [("40 bed minimum", "ge")]),
        ("a 5% ceiling, and a 1% minimum threshold", [("5% ceiling", "le"), ("1% minimum", "ge")]),
        # before another noun the word describes what is counted; after a year it is that year's
        ("the 12 minimum standards", [("12", "eq")]),
        ("a 10% minimum wage rise", [("10%", "eq")]),
        ("3 limits were set", [("3", "eq")]),
        ("Minimum 10 staff", [("Minimum 10", "ge")]),
        ("a 20mph speed limit", [("20mph", "eq")]),
    ],
)  # fmt: skip
def test_a_bound_named_after_its_level(text: str, read: list[tuple[str, str]]) -> None:
    assert [(q.text, q.qualifier) for q in read_quantities(text)] == read


def test_a_bound_named_after_a_year_is_that_years() -> None:
    assert [q.value for q in read_quantities("the 2024 cap on fees")] == [2024]
    assert post_bound("the 2024 cap on fees", 8) is None
    assert post_bound("the 2% cap stays", 6) is not None
