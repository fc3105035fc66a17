"""checks/numbers/nonquantities.py: what looks like a number and is not a quantity."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.numbers import read_quantities


@pytest.mark.parametrize(
    "text",
    [
        "At 2 pm", "at 10 a.m.", "2:00 pm", "3 o'clock", "in 2013-14", "the 2013/14 budget", "on 5/17/2018",
        "Call 0371-6588 1234", "热线:155 0380 1111", "+86 371 6588 1234", "(0371) 6588-1234", "电话6588 1234",
        "2型糖尿病", "type 2 diabetes", "第1-3名", "192.168.1.2", "version 1.2.3", "twenty-first century",
        "the 18th congress", "第二", "“369”人才工程", "十四五规划", "下午五点五分", "两点一刻", "十三点零五分", "3点半",
        "at two p.m.", "eleven fifty five pm", "I arrived at 2.13 am.", "nothing in 2013-14.", "J1149.5+6663",
        "as reported [3, 5] in", "[7–9]", "Study 1", "Step 2", "lines 5–10", "pp. 12-15", "vol. 3", "ref. 12", "Eq. 4",
        "a level 3 hospital", "the 3 levels", "the 2-level design",
        "filled a prescription in 2009-2011 for AEDs", "during 2009–2011 the", "可拨打投诉电话10015进行投诉", "热线：12345", "陈永仁的编号27149", "工号：0571", "编号为123",
        # a clinical trial's registration number
        "is registered as ISRCTN 48213760.", "EudraCT 2019-001234-56", "ChiCTR-2000012345", "(ISRCTN: 12345678)",
        # a phone number before a comma, a council's numbered motion, a price base's year, a nested section number,
        # the second day of a month printed with the first
        "Director, (715) 555-0142, dokafor@example.gov", "staff (Motion 2025-112) to report", "Ordinance 2024-0318",
        "the cost, in 2026 dollars.", "(constant 2020 prices)", "Under Section 13-4-2 of the Code",
        "listening sessions on November 12 and 19, 2025", "held on March 3 and 4.",
        # a month and its year (an expiry date in a batch table's cell)
        "TV25090\t10/2027\t", "Expiry 12/2026.", "a 11/2025 review", "Exp. 04/2027",
        # a week's number in its year, and a year named by its place (上一年度: the year before)
        "notified in week 47", "in weeks 45 and 46", "Epi Week 15", "from week 1 to week 15", "weeks 44 to 46.",
        "上一年度考核结果", "扣减下一年度资金", "同一年",
        # a law's, bill's or regulation's number after its name
        "The Attorney General supports Senate Bill 1184, which", "Fiscal Note for SB 412 by", "under Act 154, a",
        "as the Children Act 2004 and the guidance require", "Compliance with Regulation 28 (fire precautions)",
        "Regulation 17: Premises", "Ontario Regulation 201/96 under", "Public Law 117-169", "Executive Order 14036",
        "H.R. 5376", "Amendment 4 passed", "under Act No. 12 of 2020",
    ],
)  # fmt: skip
def test_not_quantities(text: str) -> None:
    assert [q.text for q in read_quantities(text)] == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("In 2022, 2000 doctors", ["2000"]),
        ("2000名医生", ["2000名"]),
        ("2026年", []),
        ("2,026 cases", ["2,026 cases"]),
        ("It rose from 1500 to 2000.", ["1500", "2000"]),  # the other end is no year: neither is this one
        ("from 1998 to 2005", []),
        ("接听电话3000通", ["3000"]),
        ("热线接听量12000次", ["12000次"]),  # counts of calls, no service number
        ("共编号了300个", ["300个"]),
        ("significant at the p<0.05 level.", ["<0.05"]),  # a significance level, no level label
        ("at the 0.01 level", ["0.01"]),
    ],
)
def test_years_and_counts(text: str, read: list[str]) -> None:
    assert [q.text for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    "text",
    [
        # dates in capitals, a month and its year, day-month-year, middle dots, short years
        "SEPT. 15", "JAN 15 2020", "July 1876", "15-01-2020", "15.01.2020", "2019·2·10", "dated 12/2/2",
        # a year with its era
        "340 A.D", "44 BC", "AD 79", "公元前202年西汉成立", "公元2934年", "公元二零二零年",
        # identity and phone numbers: three dash-joined groups, 3-3-4, a lost bracket, extensions
        "my ssn is 111-11-1111", "(123)-123-5678", "1-800-GO-U-HAUL", "call 123 456 7890.", "@ 123)456-7890 -",
        "(123).456.7890", "1(516)733-3989", "837.824.1482 ext 63888", "0161 123 4567 ext. 123",
        # a season or fiscal year of two whole years, no fraction
        "2026/2027年度季節性流感疫苗", "in the 1999/2000 season",
        # an e-mail address whose domain starts with digits
        "邮箱：ncybjgk@163.com", "write to clinic@126.net",
        # 一 in a word (unify, the same, single, one by one), even before a measure word
        "根据省医保局统一部署", "确定是同一个人", "单一项目", "逐一部署",
        # street addresses and postcodes
        "Nancy lived on 1428 Elm St.", "2788 San Tomas Expy, Santa Clara, CA 95051",
        # times of day: a quarter, minutes to the hour
        "5点1刻", "5点差3分",
        # an article: is a, as a
        "这是一个重要的里程碑", "作为一名医生", "成为一种常态",
    ],
)  # fmt: skip
def test_dates_eras_phones_addresses_are_not_quantities(text: str) -> None:
    assert [q.text for q in read_quantities(text)] == []


def test_a_count_after_a_registrys_number_is_still_read() -> None:
    assert [q.text for q in read_quantities("ISRCTN 48213760 enrolled 3,862 people")] == ["3,862 people"]
    assert [q.text for q in read_quantities("the NCT 5 arm")] == ["5"]  # no registry number has one digit


def test_a_count_after_a_laws_number_or_the_words_in_lower_case_is_still_read() -> None:
    assert [q.text for q in read_quantities("Regulation 17: Premises\t247\t67")] == ["247", "67"]
    assert [q.text for q in read_quantities("Regulation 9 (residents' rights) was 91%")] == ["91%"]
    assert [q.text for q in read_quantities("a bill 20% higher, the rules 5 years ago")] == ["20%", "5 years"]
    assert [q.text for q in read_quantities("under Act 154, a compound of up to RM500")] == ["up to RM500"]


def test_a_count_beside_an_address_or_a_word_with_yi_is_still_read() -> None:
    assert [q.text for q in read_quantities("mail me@163.com; 163 cases")] == ["163 cases"]
    assert [q.text for q in read_quantities("全市统一为5家, 一部手机")] == ["5家", "一部"]
    assert [q.text for q in read_quantities("由2023/2024年度的28.6万劑, 3/4 of them")] == ["28.6万", "3/4"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("in May 2020 there were 2000 cases", ["2000 cases"]),  # the year goes with the month, the count stays
        ("1 234 567 people", ["1 234 567 people"]),  # groups of three: thousands, not a phone
        ("ROAD 50", ["50"]), ("ADHD 50 patients", ["50"]), ("a 10-20 increase", ["10-20"]),
        ("RM 50000", ["50000"]),  # a currency, not a state before a postcode
        ("有一个问题", ["一个"]), ("潜伏期是一个月", ["一个月"]),  # a count, a duration
        ("on March 3 and 12 patients", ["12"]), ("between 2019-2025 spending", ["between 2019-2025"]),  # a count, a span
        ("it cost 2026 dollars", ["2026 dollars"]), ("(123) 456,789 people", ["123", "456,789 people"]),
        # ratios that are no month and year: a round 2000, no month before, a decimal or a share after
        ("1/2000 births", ["1/2000"]), ("1/2007", ["1/2007"]), ("13/2024 patients", ["13/2024"]), ("7/2026.5", ["7/2026"]),
        ("10/2027%", ["10/2027"]),
        # a week before a count, weeks before one figure, a week range before a count's noun
        ("Every week 20 patients", ["20"]), ("after 3 weeks 20% had recovered", ["3 weeks", "20%"]),
        ("fell from 26 in week 14 to 18 cases", ["26", "18 cases"]), ("提前一年完成", ["一年"]),
    ],
)  # fmt: skip
def test_near_misses_of_dates_and_phones_are_read(text: str, read: list[str]) -> None:
    assert [q.text for q in read_quantities(text)] == read


def test_a_year_then_a_decimal_count_is_no_date() -> None:
    # 年 is followed by 月 in a date: 2018年6.03张 is a year and a count of beds.
    readings = read_quantities("由2018年6.03張增加到2019年6.30張")
    assert [reading.value for reading in readings] == [6.03, 6.3]


@pytest.mark.parametrize("text", ["2026年1月27日", "2020-12-14", "2020.12.14", "2019·2·10"])
def test_dates_with_consistent_separators_are_still_dates(text: str) -> None:
    assert read_quantities(text) == []


def test_a_percentile_rank_is_a_value_other_ordinals_are_not() -> None:
    assert [(q.text, q.value, q.qualifier) for q in read_quantities("height less than 5th percentile")] == [
        ("less than 5th", 5, "lt")
    ]
    assert read_quantities("the 18th century") == [] and read_quantities("on the 5th floor") == []


def test_digits_with_a_chinese_scale_are_no_code_even_glued_to_letters() -> None:
    assert [(q.text, q.value) for q in read_quantities("2.55万nonono3.1千万")] == [
        ("2.55万", 25500),
        ("3.1千万", 31000000),
    ]
    assert read_quantities("A380 and 5G and H1N1") == []


# ---- the quick test before a currency pattern ----------------------------------------------------

# Pieces of text around an amount: every sign and code, spaces of several kinds, digits, other words.
_PIECES = [
    *"$£€¥₹¢₵.", "US$", "HK$", "GH¢", "GH₵", "NZ$", "RMB", "Rs.", "Rs", "KSh", "Sh", "RM", "人民币", "美元", "港币",
    " ", "\t", "\u3000", "\u00a0", "\u2009", "\n", "5", "10", "a", "x", "about", "约", "超过", "元",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join), st.integers(0, 24), st.integers(0, 8))
@settings(max_examples=4000, deadline=None)
def test_the_quick_test_never_skips_a_currency_the_search_finds(text: str, start: int, reach: int) -> None:
    from checks.numbers.currencies import (
        CURRENCY_BEFORE,
        CURRENCY_WORD_BEFORE,
        CURRENCY_WORD_LAST,
        SIGN_BEFORE,
        SIGN_LAST,
        currency_before,
        ends_in,
    )

    def found(match: re.Match[str] | None) -> object:
        return None if match is None else (match.span(), match.groupdict())

    window = (max(0, start - reach), start)
    assert found(currency_before(text, start, reach)) == found(CURRENCY_BEFORE.search(text, *window))
    for pattern, marks in ((SIGN_BEFORE, SIGN_LAST), (CURRENCY_WORD_BEFORE, CURRENCY_WORD_LAST)):
        assert ends_in(text, start, marks) or pattern.search(text, *window) is None


def test_a_space_is_what_the_patterns_call_a_space() -> None:
    # ends_in tests str.isspace where the patterns say \s: the two agree on every character.
    space = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if c.isspace() != bool(space.match(c))] == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Of the P12.6 billion set aside", [("12.6 billion", 12.6e9, "eq")]),
        ("the rate rises to P90,100 from P32,000", [("90,100", 90100, "eq"), ("32,000", 32000, "eq")]),
        ("up from P4,000, and", [("4,000", 4000, "eq")]),
        ("a case rate of ₱45,000", [("45,000", 45000, "eq")]),
        ("at least P1,000.", [("at least P1,000", 1000, "ge")]),
        ("more than R13.9 billion", [("more than R13.9 billion", 13.9e9, "gt")]),
        ("R1,250, the fee", [("1,250", 1250, "eq")]),
        ("released N2.45 billion for the drive", [("2.45 billion", 2.45e9, "eq")]),
        ("a fee of N7,500 a day", [("7,500", 7500, "eq")]),
    ],
)
def test_an_amount_after_the_letter_of_the_rand_or_the_peso(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.qualifier) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    "text", ["a P5 student", "the P100 grade", "the R2 road", "an R0 of one", "the P2 and P3 plans", "N95 masks"]
)
def test_a_capital_glued_to_a_small_number_is_a_code(text: str) -> None:
    assert [q.text for q in read_quantities(text)] == []


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("pays between P1,000 and P2,000 a month", [(1000, "ge"), (2000, "le")]),
        ("from R1,000 to R2,000", [(1000, "ge"), (2000, "le")]),
        ("between P1.2 billion and P1.5 billion", [(1.2e9, "ge"), (1.5e9, "le")]),
    ],
)
def test_a_range_of_amounts_in_rand_or_pesos_is_one_range(text: str, ends: list[tuple[float, str]]) -> None:
    [read] = read_quantities(text)
    assert read.ends is not None and [(end.value, end.qualifier) for end in read.ends] == ends


def test_a_rule_number_of_a_states_code_is_no_quantity() -> None:
    """Rule 0800-02-18-.09(4)(b): chapter 0800-02-18, rule .09 (read as 0.09 before 2026-12-03)."""
    assert [
        q.text for q in read_quantities("Under proposed Rule 0800-02-18-.09(4)(b), visits would be paid at 100%")
    ] == ["100%"]
    assert [q.value for q in read_quantities("a fall of 3-.5 points")] == [3, 0.5]
