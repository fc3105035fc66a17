"""Units and rates: the word after a number, the unit id it names in ``schemas/units.yaml``, rate bases.

Measure words are read whether units.yaml names them or not (``unit`` is then None and the word
is in ``unit_text``): 户, 倍, 斤, 美元, km … ‰ and 千分之 are per mille (``4.8‰`` is 4.8 per
mille, not a percentage), 万分之 per ten thousand; 重 counts layers (四重保障 is 4, 双重 is 2;
not 重大, 重点, 重要 …); 成 is tenths (八成 = 80 %).

Rates. After a rate base (每万名人口配备4.8名, 每千人口床位6.2张, 4.8 people per 10,000
population) a word that names both a count and a rate (名, 人, 张) reads as the rate of that base
(``per_10k_population``, ``per_1k_population``: the base comes from the unit's ``label_en``); so
does a bare figure with its base printed after it (12.5/10万, 78.4 per 100,000: ``checks.numbers.
rate_bases``). When units.yaml has no rate of that base, the unit is None rather than a count, so a
count or a rate of another base never agrees with it by accident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.numbers.rate_bases import (
    PER_POPULATION_AFTER,
    RATE_AFTER,
    RATE_BEFORE,
    base_thing,
    may_hold_rate_base,
    rate_base,
    same_thing,
)

LAYERS = "重"  # 四重保障: four layers; but 重大, 重点, 重要, 重新, 重症 … are words of their own
NOT_LAYERS_AFTER = "感大点要新复视特建庆症度量型组申任病返叠置启残伤灾金心磅中镇地头担力阳拳塑整审温生演修构工"
TENTHS = "成"  # 八成 = 80%
# 分 after a number: a score's points (考核得分900分以上, 满分100分), or a minute inside a time (11分36秒:
# checks.numbers.durations), a fen of money; not a word 分 starts (分钟, 分之, 分别, 分院, 分中心 …).
SCORE = "分"
_NOT_SCORE_AFTER = "钟之值数制别院局会部中公站队校区管期批类级娩析配布担散为享红支段组档项"
RATIO = "ratio"  # the unit id of a plain ratio (1:1.2, 2.5倍, 2.8 times the rate) in the packaged units.yaml
PER_MILLE = ("‰", "千分之")
PER_TEN_THOUSAND = ("‱", "万分之")
# Measure words read whether or not units.yaml names them (if it does not: unit None, never text).
CJK_MEASURES = (
    "个月", "个小时", "个工作日", "工作日", "个百分点", "百分点", "周年", "周岁", "条", "台", "套", "辆", "份", "篇",
    "户", "间", "处", "轮", "部", "本", "件", "只", "匹", "块", "片", "组", "周", "星期", "倍", "成", "秒", "秒钟",
    "公里", "千米", "平方公里", "平方米", "立方米", "厘米", "毫米", "毫米汞柱", "吨标准煤", "千克标准煤", "公分", "米", "亩", "公顷", "吨", "公斤", "千克",
    "克", "毫克", "微克", "斤", "升", "毫升", "千瓦时", "千瓦", "千卡", "瓶", "盒", "箱", "包", "袋", "双", "对", "栋",
    "座", "棵", "颗", "粒", "趟", "遍", "场", "美元", "欧元", "英镑", "日元", "港元", "港币", "澳元", "人民币",
    "韩元", "卢布", "台币", "新台币", "美分", "便士", "英寸", "英吋", "英尺", "英里", "英亩", "加仑", "公升", "吋", "呎", "磅", "盎司",
    "摄氏度", "华氏度", "毫秒", "‰", "‱", "重", "℃", "℉", "日", SCORE, "㎡", "㎞", "㎏", "㎎", "㎖",
)  # fmt: skip
# A currency's hundredth printed after the amount (3.6 pence, 34p, 12 cents, 50美分): a hundredth of the currency
# whose code units.yaml lists as its hint (GBP, USD).
HUNDREDTHS = {"pence": "gbp", "penny": "gbp", "p": "gbp", "便士": "gbp", "cents": "usd", "cent": "usd", "美分": "usd"}
# Currency codes printed after the amount; a code that a number follows is that number's (rmb 10 usd 20).
CODES_AFTER = ("USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "JPY", "CNY", "RMB", "HKD", "SGD", "INR")
# English measure words and abbreviations printed after a space (44 mg to 50 mg, 10 dollars).
EN_MEASURES = (
    "mg",
    "g",
    "kg",
    "μg",
    "mcg",
    "DDD",
    "DDDs",
    "ml",
    "mL",
    "l",
    "L",
    "km",
    "m",
    "cm",
    "mm",
    "mi",
    "kcal",
    "lb",
    "lbs",
    "oz",
    "ft",
    "hrs",
    "hr",
    "min",
    "mins",
    "secs",
    "sec",
    "dollars",
    "dollar",
    "euros",
    "euro",
    "yen",
    "rupees",
    "cents",
    "cent",
    "pence",
    "penny",
    # currency codes after the amount (2005 SEK, 300 USD): an amount, never a year
    *CODES_AFTER,
    "liters",
    "liter",
    "litres",
    "litre",
    "gallons",
    "gallon",
    "cups",
    "cup",
    "pounds",
    "pound",
    "ounces",
    "ounce",
    "grams",
    "gram",
    "kilograms",
    "kilogram",
    "kilometres",
    "kilometre",
    "kilometers",
    "kilometer",
    "metres",
    "metre",
    "meters",
    "meter",
    "miles",
    "mile",
    "inches",
    "inch",
    "feet",
    "foot",
    "seconds",
    "percentage points",
    "percentage point",
    "fold",
    "months",
    "month",
    "weeks",
    "week",
    "degrees celsius",
    "degree celsius",
    "degrees centigrade",
    "degrees fahrenheit",
    "degree fahrenheit",
    "degrees",
    "degree",
    "celsius",
    "centigrade",
    "fahrenheit",
    "kelvin",
    # power, storage, frequency, area (296 hp, 64 GB, 2.4 GHz, 570 sq m)
    "hp",
    "bhp",
    "kW",
    "MW",
    "mAh",
    "GB",
    "MB",
    "TB",
    "GHz",
    "MHz",
    "kHz",
    "Hz",
    "sq m",
    "sqm",
    "sq ft",
    "sq km",
    # in scientific and medical papers (30 MPa, 1 atm, 18 °C, 6 h, 40 yrs, 3 AU, 1,200 MVA, 5 μm, 2 mmol)
    "MPa",
    "kPa",
    "GPa",
    "Pa",
    "atm",
    "°C",
    "°F",
    "h",
    "yrs",
    "yr",
    "AU",
    "MVA",
    "kVA",
    "kOe",
    "tonnes",
    "μm",
    "µm",
    "nm",
    "mmol",
    "μmol",
    "µmol",
    "mol",
    "μM",
    "µM",
    "nM",
    "μL",
    "µL",
    "μl",
    "µl",
    "ppm",
    "ppb",
    "eV",
    "keV",
    "MeV",
    "GeV",
    "kDa",
    "Da",
    "rpm",
    "bpm",
    "mA",
    "μA",
    "µA",
    "mV",
    "kV",
    "kJ",
    "MJ",
    "Gy",
    "mGy",
    "Sv",
    "mSv",
    "μSv",
    "µSv",
    "bp",
    "kb",
    "Å",
    "ms",
    "μs",
    "µs",
    "ns",
    "ng",
    "pg",
    "nmol",
    "pmol",
    "mmHg",
    "dB",
    "kN",
    "wt",
    "vol",
    "wk",
    "wks",
    "K",  # kelvin (300 K), in capitals only (MEASURE_NOT_BEFORE)
    "mK",
    "Jy",
    "mJy",
    "arcmin",
    "arcsec",
    # areas and volumes with their power (5 cm2, 2 m²): the power is part of the unit, not a number
    "mm2",
    "cm2",
    "m2",
    "km2",
    "cm3",
    "m3",
    "mm²",
    "cm²",
    "m²",
    "km²",
    "cm³",
    "m³",
)
# Unit abbreviations glued to the digits (168cm, 250m, 2.4mg, 64GB, 2.4GHz, 640bhp, 3923sq m, 30MPa, 165h, 4.4x, 24pc: per
# cent in the British press, 36.4DDDs: defined daily doses); case matters: 5G is a network, 3D no unit.
GLUED_ABBREVIATIONS = re.compile(
    r"((?:(?:mm|cm|km|m)[23²³](?![\d.])|km|cm|mm|kg|mg|μg|mls|ml|mL|kcal|kWh|kW|MW|mAh|mmHg|KM|CM|MM|KG|Kg|MG|ML|lbs|lb|oz|ft|mph|kph|kmph|mi|gals|gal|cc|ms"
    r"|[kMG]?Pa|atm|[μµ]m|nm|[mμµnpf]?mol|[μµmn]M|[μµ][lL]|yrs|h|°\s?[CF]"  # 30MPa, 400atm, 5μm, 2mmol, 10μM, 165h, 25°C
    r"|ppm|ppb|[kMG]?eV|k?Da|rpm|bpm|[mμµ]A|[mk]V|[kM]J|m?Gy|[mμµ]?Sv|bp|kb|Å|[μµn]s|ng|pg|dB|kN"  # 10ppm, 20keV, 5mA
    r"|[kM]VA|k?Oe|mK|kG|atg|AU|tonnes|tons"  # 1,200MVA, 48kOe, 0.15mK, 21kG, 2atg, 1.88AU, 80tonnes
    r"|(?:st|nd|rd|th)(?=\s+(?i:centile|percentile)s?\b)"  # the 95th percentile: a value of the distribution
    r"|DDDs?|ccs|rem|yo|(?<=\.\d)D|(?<=\.\d\d)D"  # 500ccs, 3rem, 39yo: years old, 8.00D: dioptres after a decimal (3D is none)
    r"|(?<=\.\d)s|(?<=\.\d\d)s"  # 7.7s: seconds after a decimal (the 1990s, 747s are no seconds)
    # a unit per a length, mass, volume or time (990AT/cm: ampere-turns per centimetre; 9gm/dl, 11g/dL)
    r"|[A-Za-z]{1,4}/(?:[mck]?m|k?g|[dmμµ]?[lL]|s|h|min)(?![A-Za-z])"
    r"|[GMTK]B|[GMk]?[Hh]z|bhp|hp|sq\s?m|sq\s?ft|sqm|pc|deg\s?[CF]|deg|m|g|l|L|t|W|V"
    r"|x(?![\d.×*]))(?![A-Za-z])"  # 4.4x, a 2x increase: times (but 2x8 are dimensions)
    r"|[xX](?=\s?(?:ULN|ULRR|upper\s+limit|normal)))"  # 2.5X ULN, 1.5xULN, 3Xnormal: times the upper limit
)
# What a measure word must not be followed by to count as one (its lookahead in the unit pattern).
MEASURE_NOT_BEFORE = {
    LAYERS: f"(?![{NOT_LAYERS_AFTER}])",
    TENTHS: "(?!不变|为|功|立|本|员|果|绩|熟|长|都|效|就|年|人|型|品|分|交|群)",  # 成本, 成为, 一成不变, 三五成群
    "块": "(?!儿)",  # 一块儿: together
    SCORE: f"(?![{_NOT_SCORE_AFTER}])",
    "场": "(?![所景])",
    "双": "(?![向一重])",
    "对": "(?![一二三四五六七八九十口应象比话方面待于此外接照标策称等])",  # 一对一, 对口: no pairs
    **dict.fromkeys(CODES_AFTER, r"(?!\s*\d)"),
    # kelvin in capitals only ($300 k is a sum, the Latin unit words are matched in any case)
    "K": "(?<=(?-i:K))",
    "mK": "(?<=(?-i:mK))",
}
# 7.43m people, 3m patients, 45K patients: m glued to a decimal (or to a whole number before people or their
# visits, doses, cases...), or k/K glued to a number, before a plural noun is
# millions or thousands (the press's shorthand), not metres (a 1.5m wall) nor kelvin: a text with a word
# of temperature (cooled to 45K, a 300K temperature, 4K heating) keeps K a kelvin (README).
_PRESS_SCALE = re.compile(r"(m|[kK])(?=\s+(?:[a-z]{3,}s|people|children|men|women)\b)")
# A whole number of millions (3m patients) only before people or what happens to them: 25m pools are metres.
_PRESS_MILLIONS_OF = re.compile(
    r"m\s+(?:people|patients|children|adults|men|women|residents|households|users|visits|appointments|doses"
    r"|prescriptions|admissions|cases|deaths|births|calls|referrals|tests|vaccinations|members|workers|pupils)\b"
)
_TEMPERATURE = re.compile(r"(?i:temperat|kelvin|\bcool|\bheat|\bwarm|°)")
# 38C, 100.4F: degrees glued to the digits without their sign, in a text that speaks of temperature or
# fever (a fever does not make 45K patients kelvin: it is no word of the K rule above)
GLUED_DEGREES = re.compile(r"([CF])(?![A-Za-z\d])")
_TEMPERATURE_OR_FEVER = re.compile(r"(?i:temperat|fever|febrile|pyrexi|°|℃)")


def speaks_of_temperature(text: str) -> bool:
    return _TEMPERATURE_OR_FEVER.search(text) is not None


def press_scale(text: str, digits: str, end: int) -> tuple[int, int] | None:
    """(scale, end) of the press's m or K glued to the digits that end at ``end``, or None."""
    if text[end : end + 1] not in ("m", "k", "K") or (press := _PRESS_SCALE.match(text, end)) is None:
        return None
    if press[1] == "m":
        return (10**6, press.end()) if "." in digits or _PRESS_MILLIONS_OF.match(text, end) else None
    return None if _TEMPERATURE.search(text) else (10**3, press.end())


NEAR_TIME_UNITS = ("年", "个月", "天", "日", "周")  # 近3年 is "the past 3 years", not "nearly 3 years"
# Periods that 内 (within) may follow besides the durations of units.yaml: 30日内, 15个工作日内.
WITHIN_UNITS = (*NEAR_TIME_UNITS, "工作日", "个工作日")

# What each amount is per, between a bound word and its number (不低于每人每年700元, 不超过人均3000元,
# 最高每床每日200元): the bound word ends before it. The last character it may end with comes first.
PER_UNIT_LAST = frozenset("人名例床次户位个年月日天周均")
PER_UNIT_BEFORE = re.compile(
    r"(?:(?:每(?:人|名|例|床|次|户|位|个|年|月|日|天|周)){1,3}|[年户床]?人均|户均|床均|年均)\s*\Z"
)


@dataclass(frozen=True)
class Units:
    hints: dict[str, tuple[str, ...]]  # hint (lower-cased when Latin) → unit ids, in units.yaml order
    rates: frozenset[str]
    rate_bases: dict[str, int]  # rate unit id → its base (per_10k_population → 10000), from label_en
    rate_things: dict[str, str]  # rate unit id → what it is per when no population (member month), from label_en
    durations: frozenset[str]
    counts: frozenset[str]
    measures: frozenset[str]  # physical measures (kind measure: 公里, tonnes)
    cjk: re.Pattern[str]
    latin: re.Pattern[str]
    cjk_first: frozenset[str]  # the characters a CJK unit or measure word starts with


def rate_of_base(table: Units, size: int | None, thing: str | None = None) -> str | None:
    """The units.yaml rate per ``size`` of ``thing`` (``thing_words``: member month), None when it has none;
    with no thing named, its rate of people, else any rate of that size (per 100,000 live births)."""
    sized = [r for r, known in table.rate_bases.items() if known == size]
    things = table.rate_things
    fitting = next((r for r in sized if same_thing(things.get(r), thing)), None)
    return fitting if fitting is not None or thing is not None else next(iter(sized), None)


def slash_rate_unit(table: Units, base: re.Match[str]) -> str | None:
    """The units.yaml rate of the base ``slash_rate`` found (None when it has no rate of that base)."""
    return rate_of_base(table, rate_base(base), base_thing(base))


def ratio_unit(table: Units) -> str | None:
    """units.yaml's plain ratio (``RATIO``), or None when it names none."""
    return RATIO if RATIO in table.rates else None


# A base of people, not of money or things (每万元GDP is no population): 每10万人口, 每千常住居民, per 1,000 people
# (RATE_BEFORE's English base already names a population).
_PEOPLE_BASE = re.compile(r"每\s*\S{1,5}?(?:常住|户籍|服务)?(?:人口|居民)|(?i:per\s)")


def _rate_base_before(text: str, start: int) -> re.Match[str] | None:
    """A rate base shortly before the number at ``start`` (每万名人口配备4.8名), or None."""
    low = max(0, start - 40)
    return RATE_BEFORE.search(text, low, start) if may_hold_rate_base(text, low, start) else None


def _per_population_before(text: str, start: int) -> re.Match[str] | None:
    """A base of people shortly before the number at ``start`` (每10万人口配置41.9台), or None."""
    before = _rate_base_before(text, start)
    return before if before is not None and _PEOPLE_BASE.match(before.group()) else None


def unit_id(table: Units, word: str, text: str, start: int, end: int) -> str | None:
    """The unit id ``word`` names, for the number at ``start`` whose unit word ends at ``end``."""
    candidates = table.hints.get(word.lower()) or (table.hints.get(word[1:]) if word.startswith("个") else None)
    if not candidates:
        # 17.9 DDD per 1,000 inhabitants per day: a measure units.yaml has no id for, counted per a
        # population, is a rate of that base (none: no unit).
        per = PER_POPULATION_AFTER.match(text, end)
        return rate_of_base(table, rate_base(per)) if per is not None else None
    rates = [c for c in candidates if c in table.rates]
    others = [c for c in candidates if c not in table.rates]
    if rates:
        base = rate_base(_rate_base_before(text, start) or RATE_AFTER.match(text, end))
        if base is not None:
            # 每万名人口配备4.8名: a rate per 10,000 population, not 4.8 persons; 每10万人口20名 is a rate
            # too, of a base units.yaml may have no unit for: then no unit rather than a count.
            return next((r for r in rates if table.rate_bases.get(r) == base), None)
    elif others[0] in table.counts or others[0] in table.measures:
        # 6.1 beds per 1,000 residents, 每10万人口配置41.9台: not 6.1 beds or 41.9 devices but a rate of that
        # base (none in units.yaml: no unit), whether the base of people stands after the figure or before it.
        per = PER_POPULATION_AFTER.match(text, end) or _per_population_before(text, start)
        if per is not None:
            return rate_of_base(table, rate_base(per))
    return others[0] if others else rates[0]
