"""What looks like a number and is not a quantity.

Not quantities: dates and times of day (2026年1月27日, 11:17:45, At 2 pm, 10 a.m., JAN. 15 2020,
July 1876, 15-01-2020, 2019·2·10, 5点1刻, 5点差3分), years (a 4-digit 1900–2100 integer used as one:
2026年, in 2022, By the end of 2021; any year with its era: 340 A.D., 公元前202年) and year ranges
(2013-14, 2020-2025年, FY2013/14), phone numbers (0371-6588 1234, 155 0380 1111, +86 371 6588
1234, Call 6588-1234, 123 456 7890 ext. 12) and three or more dash-joined digit groups
(111-11-1111), codes with a leading zero (002462), addresses (URLs, e-mail, 1428 Elm St., the
postcode of "Santa Clara, CA 95051"), version and
IP numbers (v1.2.3, 192.168.1.2), ordinals (18th, 第二, 第1-3名, twenty-first), levels and labels
(level 4, Grade 3, No. 5, type 2, 二级, 3号楼, 2型糖尿病, 一期), decades (80年代, 五六十年代), plan labels (十四五), a number
alone in quotes (“369”), a number word opening a quoted name (“三个注重”, "ten unification"),
list markers (1. / 一、 / (2)), rate bases (每万名, per 10,000: the base of a rate, not a count),
numbers glued to Latin letters (5G, COVID-19, H1N1), a lone Chinese numeral not followed by a
measure word (两癌, 四院, 一系列), lone ``one``/``a``/``half`` without a bound or scale word (one
of, one-stop, one hospital) — but ``at least one``, ``only one``, ``just one``, ``one more`` and
``only half`` are counts.

These patterns are tried first at each position, so the date 2022.08.28 is consumed whole and
never read as 2022.08. Every repetition in them is bounded, so a long line is read in linear time.
"""

from __future__ import annotations

import re
from decimal import Decimal

from checks.numbers.chinese import CN_ALL, CN_DIGITS, ONE_TO_NINE
from checks.numbers.clock_ratios import NOT_A_RATIO
from checks.numbers.currencies import currency_before
from checks.numbers.english import WORDS
from checks.numbers.references import REFERENCE_SKIPS, SECOND_DAY
from checks.numbers.year_cells import counting_cell

# Digits, grouped by thousands (1,234,567) or in the Indian way (62,96,101: lakhs and crores in
# pairs above the thousands), with decimals.
ARABIC = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?"
# Words before a number that make it a label: level 4, Grade 3, No. 5, type 2.
WEEK_WORDS = ("week", "weeks")  # before a week's number (week 47): the reader looks for one after them
LABEL_WORDS = (
    "level", "grade", "class", "phase", "stage", "tier", "no", "article", "section", "chapter", "page", "room",
    "type", "version", "model", "route", "figure", "fig", "table", "appendix",
    # the parts of a paper or a study (Study 1, Step 2, lines 5–10, vol. 3, ref. 12, Eq. 4, round 3)
    "study", "experiment", "hypothesis", "step", "line", "lines", "pp", "vol", "ref", "refs", "eq", "eqs", "round",
)  # fmt: skip
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    # in lower case too (jan. 5, 2012; 5 january), save the months that are English words (may, march)
    "|january|february|april|june|july|august|september|october|november|december"
    "|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    # in capitals, as headlines and datelines print them (JAN. 15, SEPTEMBER 15)
    "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    "|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC"
)
PHONE_WORDS = (
    "tel",
    "phone",
    "telephone",
    "fax",
    "call",
    "hotline",
    "mobile",
    "cell",
    "dial",
    "whatsapp",
    "switchboard",
)
# After a phone word, a few words may stand before the number: phone number is, call us at, Tel. No.:
_PHONE_FILLER = r"(?:\s{0,3}(?i:numbers?|no\.?|num|is|at|on|us|me|[:：#]))"
_AFTER_PHONE_WORD = (
    "(?<=[号打电是为])(?:"
    + "|".join(
        f"(?<={word})"
        for word in (
            "尾号",
            "尾号是",
            "尾号为",
            "拨打",
            "致电",
            "号码",
            "号码是",
            "号码为",
            "电话号",
            "电话是",
            "电话为",
        )
    )
    + ")"
)
_PHONE_DIGITS = r"\s{0,3}\+?[\d(][\d ()/.-]{5,22}\d"
# What may follow a count of calls (电话3000通, 热线接听12000次): no service number then.
_COUNTED_AFTER_PHONE = "通次个件人条余多万亿部台"
_CODE_WORDS = ("编号", "工号", "学号", "账号", "单号", "批号", "序号", "型号", "代码")
# The scan starts at the digits: the code word (and a colon) stand before them. The first
# lookbehind, one character, turns most digits away before the words are tried one by one.
_AFTER_CODE_WORD = (
    "(?<=[号码:：为是])(?:"
    + "|".join(f"(?<={word}{colon})" for word in _CODE_WORDS for colon in ("", ":", "：", "为", "是"))
    + ")"
)
_CN_SMALL = f"[{CN_DIGITS}十]"
_ZH_TIME = (
    rf"(?:{_CN_SMALL}{{1,3}}|\d{{1,2}})点(?:(?:{_CN_SMALL}{{1,3}}|\d{{1,2}})分(?:(?:{_CN_SMALL}{{1,3}}|\d{{1,2}})秒)?"
    rf"|[一二三1-3]刻|差(?:{_CN_SMALL}{{1,3}}|\d{{1,2}})分|半(?![年月天])|钟|整)"
)
# 八点三十, 三点四十一: minutes with 十 after 点 are a time (a decimal is read digit by digit: 八点三零).
_ZH_TIME = _ZH_TIME[:-1] + rf"|[二三四五]?十[{ONE_TO_NINE}]?(?![{CN_ALL}分])|[0-5]\d(?![\d.%]))"
_DAY_PARTS = ("早上", "上午", "中午", "下午", "晚上", "凌晨", "傍晚", "清晨", "早晨", "夜里")
_ZH_CLOCK = rf"(?<=[上午晚晨里])(?:{'|'.join(f'(?<={part})' for part in _DAY_PARTS)})(?:{_CN_SMALL}{{1,3}}|\d{{1,2}})点(?:[零〇]?{_CN_SMALL}{{1,3}}|\d{{1,2}}|半|整)?"
_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_MINUTES = (
    "(?:o|oh)\\s+(?:one|two|three|four|five|six|seven|eight|nine)|(?:twenty|thirty|forty|fifty)(?:[\\s-]+(?:one|two"
    "|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    "|eighteen|nineteen"
)
_EN_TIME = rf"(?i:\b(?:{_HOURS})(?:\s+(?:{_MINUTES}))?\s{{1,2}}(?:[ap]\.?\s?m\.?(?![A-Za-z])|o'?clock\b))"
# One (1) death: the digits in brackets restate "one", which the reader does not read alone (one of
# them, one in five); two (2) cases reads "two", its brackets are skipped as a marker's.
_NOT_AFTER_A_NUMBER_WORD = r"(?<!\b(?i:one)\s)"
# The month of a date printed with marks (2020-12-14, 2019·2·10, 2020. 1. 5): 1 to 12, spaces around it.
_MONTH_OF_DATE = r"[^\S\t]{0,2}(?:0?[1-9]|1[0-2])[^\S\t]{0,2}"
# Each pattern with where it can start: d a digit, l a Latin letter, o any other mark (CJK, quotes,
# brackets, +, #). The scanner tries at each position only those that can start there.
SKIPS: list[tuple[str, str]] = [
    # Addresses. One that starts with a letter needs no entry: its digits are glued to letters.
    (r"https?://\S+|www\.\S+", "l"),
    (r"\d[A-Za-z0-9._%+-]{0,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}", "d"),
    (r"(?<=@)\d[A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8}", "d"),  # the domain of ncybjgk@163.com
    # A rule's number in a state's code: chapter, then rule after "-." (Rule 0800-02-18-.09(4)(b)).
    (r"\d{1,5}(?:-\d{1,5}){1,4}-\.\d{1,4}", "d"),
    # 2020-12-14, 2026年1月27日, 2019·2·10
    # (年 is followed by 月: 2018年6.03张 is a year and a count). A tab is no space in a date: it parts a
    # table's cells (9012<TAB>-3.1: a cell and a fall of 3.1 in the next, no date). The month is one of 1–12 between
    # two marks of one kind (or before 月): `in 2023/24. 36 reviews` is a financial year, a sentence's end and a count.
    (
        r"\d{4}[^\S\t]{0,2}(?:年[^\S\t]{0,2}\d{1,2}[^\S\t]{0,2}月|"
        + "|".join(rf"{re.escape(mark)}{_MONTH_OF_DATE}[{re.escape(mark)}月]" for mark in "-/.·")
        + r")[^\S\t]{0,2}\d{1,2}(?![\d,]*[千万]|\d*,\d{3})[^\S\t]{0,2}[日号]?",
        "d",
    ),
    # a month of two digits and its year (an expiry 10/2027; not 1/2007 nor 1/2000, fractions as likely)
    (
        r"\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}[日号]|\d{4}[-/]\d{1,2}(?![\d.千万])|\d{1,2}/\d{1,2}/\d{1,4}(?!\d)"
        r"|(?<![\d/.,])(?:0[1-9]|1[0-2])/(?!2000)(?:19[5-9]\d|20[0-4]\d)(?!\d|[/.,]\d|%)",
        "d",
    ),
    # 15-01-2020, 15.01.2020: day, month, year
    (r"(?<![\d.])\d{1,2}(?:-\d{1,2}-|\.\d{1,2}\.)(?:1[5-9]|20)\d{2}(?![\d.])", "d"),
    # A year with its era: 340 A.D., 44 BC, AD 79, 公元前202年.
    (r"\d{1,4}\s?(?:A\.\s?D\b\.?|B\.\s?C\.(?:\s?E\.)?|(?:AD|BCE?)\b)", "d"),
    (r"(?<=[D. ])(?:(?<=\bAD )|(?<=\bAD)|(?<=A\.D\. )|(?<=A\.D\.))\d{1,4}\b", "d"),
    (rf"(?:(?<=公元)|(?<=公元前))\s?(?:\d{{1,4}}|[{CN_ALL}]{{1,8}})\s?年", "do"),
    # A season or fiscal year of two whole years (2026/2027, 1999/2000): no fraction.
    (r"(?<![\d.,])(?:19|20)\d{2}\s?/\s?(?:19|20)\d{2}(?![\d%]|[.,]\d)", "d"),
    # Years and fiscal or school years: 2013-14, 2013/14 (a 4-digit range is judged with its units).
    (r"(?:19|20)\d{2}\s?[-–—/]\s?\d{2}(?![\d%]|[.,]\d)(?!\s?[元人名家所张万亿个项种例岁])", "d"),
    (
        NOT_A_RATIO + r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d|\.\d)(?:\s{0,2}(?i:[ap]\.?m\.?)(?![A-Za-z]))?",
        "d",
    ),  # 11:17:45, 2:00 pm, 22：58
    # yyyy.mm (2008.08): a month, as Chinese texts print it, when nothing but a clause's end or a
    # range's join follows (2008.08万元, 2018.01名 are figures).
    (r"(?<![\d.])(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?=\s{0,2}(?:$|[，。、；;,)）\]—–~至到起-]|\.(?!\d)))", "d"),
    (r"\d{1,2}(?:\.\d{2})?\s{0,2}(?i:[ap]\.?m\.?(?![A-Za-z])|o'?clock\b)", "d"),  # 2 pm, 2.13 am, 3 o'clock
    (_ZH_TIME, "do"),  # 五点五分, 十三点零五分, 两点一刻, 3点半: a time of day, not 5.5
    (_ZH_CLOCK, "do"),  # 早上一点零二, 下午三点四十: a part of the day, then a time
    (_EN_TIME, "l"),  # two p.m., eleven fifty five pm, three o'clock
    (r"\d{1,2}时[0-5]?\d分(?:[0-5]?\d秒)?", "d"),  # 14时30分: a time of day (1小时30分 is a duration)
    (r"(?<=NHS\s)1\d\d\b", "d"),  # NHS 111: a service's name
    # 41/26 Apologies: a minute's number (item 41 of 2026) opening a line before its title, no fraction
    (r"(?<![^\s])(?<!\S\s)\d{1,3}/\d{2}(?=\s+[A-Z][a-z])", "d"),
    # May 24, 2022; not a month's table row (April<tab>26,980) nor a count grouped after it (April 26,980)
    (
        rf"\b(?:{MONTHS})\.?[^\S\t]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?\b(?!,\d{{3}}(?!\d)){SECOND_DAY}"
        r"(?:\s{0,2},?\s{0,2}\d{4}\b)?",
        "l",
    ),
    (rf"\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?:{MONTHS})\b(?:\s{{0,2}},?\s{{0,2}}\d{{4}}\b)?", "d"),
    (rf"\b(?:{MONTHS})\.?,?\s{{1,3}}[12]\d{{3}}(?![\d.,%])", "l"),  # July 1876: a month and its year
    # Phone numbers: mobiles, landlines with an area code, 400 numbers, international, after a phone word.
    (
        r"(?<!\d)(?:1[3-9]\d[ -]?\d{4}[ -]?\d{4}|\(?0\d{2,3}\)?[ -]?\d{3,4}[ -]?\d{4}|400[ -]?\d{3}[ -]?\d{4}"
        r"|\d{3}[ -]\d{4}[ -]\d{4})(?!\d)",
        "do",
    ),
    (r"\+\d{1,3}(?:[ -]?\(?\d{1,4}\)?)(?:[ -/]?\d{2,4}){2,4}(?!\d)", "o"),
    (rf"(?:电话|热线|手机|传真)(?:号码?|是|为|[:：]){{0,3}}{_PHONE_DIGITS}", "o"),
    # A short service number right after 电话/热线 (投诉电话10015, 热线：12345), not a count (电话3000通).
    (rf"(?:电话|热线)(?:号码?|是|为|[:：]){{0,3}}\s{{0,2}}\d{{3,6}}(?![\d.,%]|\s?[{_COUNTED_AFTER_PHONE}])", "o"),
    # After a serial-number word, a code (编号27149, 工号：0571, 型号A12 is glued to letters anyway).
    (rf"{_AFTER_CODE_WORD}\s{{0,2}}\d[\d-]*", "d"),
    # After 尾号, 拨打, 致电, 号码 (the scan starts at the digits): 尾号1702, 拨打12306.
    (rf"{_AFTER_PHONE_WORD}\s{{0,3}}\+?[\d(][\d ()/.-]{{1,22}}\d", "do"),
    (r"(?<![\d.])\d{3,}(?=\s?打个?电话)", "d"),  # 给12315打个电话
    (rf"(?i:\b(?:{'|'.join(PHONE_WORDS)})\b){_PHONE_FILLER}{{0,3}}{_PHONE_DIGITS}", "l"),
    # A number in brackets then digit groups, or groups joined by dashes: (123) 456-7890, 1-541-754-3010.
    (r"\(\+?\d{1,5}\)[\s.-]?\d{2,5}(?:[\s.-]\d{2,5}){1,3}(?!\d|,\d)", "o"),  # only at a bracket; then a comma
    # The North American grouping, 3-3-4, with spaces, dots or a lost bracket (123 456 7890,
    # 123)456-7890, 1(516)733-3989): a thousands grouping has groups of three only.
    (r"(?<![\d,.])(?:\d\(\d{3}\)|\d{3}\)\s?|\d{3}[ .])\d{3}[ .-]\d{4}(?![\d,]|\.\d)", "d"),
    (r"(?<=[t. ])(?:(?<=\bext)|(?<=\bext )|(?<=\bext\.)|(?<=\bext\. ))\d{1,6}(?!\d)", "d"),  # a phone's extension
    # Three or more digit groups joined by dashes (111-11-1111, 123-123-5678-1): an identity, phone
    # or account number; a range joins two. Toll-free numbers spelt in letters: 1-800-GO-U-HAUL.
    (r"(?<![\d.,-])\d{1,4}(?:-\d{1,4}){2,5}(?![\d-])", "d"),
    (r"(?<![\d.,-])1-8(?:00|33|44|55|66|77|88)-[A-Z\d]{1,7}(?:-[A-Z\d]{1,7}){0,4}\b", "d"),
    # Street addresses and postcodes: 1428 Elm St., 2788 San Tomas Expy; Santa Clara, CA 95051.
    (
        r"\d{1,5}\s(?:[A-Z][a-z]{1,20}\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Expy"
        r"|Expressway|Hwy|Highway|Ct|Court|Pl|Place)\b\.?",
        "d",
    ),
    (r"(?<=, [A-Z]{2} )\d{5}(?:-\d{4})?(?!\d)", "d"),
    # Melbourne VIC 3000 | Phone …: a town, its state's code and a postcode ending an address's part
    (r"(?:(?<=[a-z] [A-Z]{2} )|(?<=[a-z] [A-Z]{3} ))\d{4}(?=[^\S\n]*(?:[|,;]|$))", "d"),
    *REFERENCE_SKIPS,  # ISRCTN 48213760, Motion 2025-112, in 2026 dollars (checks.numbers.references)
    # ABN 64 893 201 557, ACN 123 456 789: a company's registered number in spaced groups
    (r"(?<=\bA[BC]N )\d{2,3}(?: \d{3}){2,3}(?![\d,]|\.\d)", "d"),
    # 高新二路88号3栋2单元: a building and its entrance after a street number, an address
    (r"(?<=\d号)\d{1,4}\s?(?:栋|幢|座)(?:\s?\d{1,4}\s?(?:单元|室|层|楼))*", "d"),
    (r"(?=\d{1,3}-\d)(?<![\d,.])(?:\d{1,3}-)?\d{3}-\d{3}-\d{4}(?:-\d{1,4})?(?!\d)", "d"),
    # A trunk prefix's group then groups of three (0800 555 014, 0300 123 456): a phone number; no number
    # printed in groups starts with a 0.
    (r"(?=0\d{3} \d)(?<![\d,.])0\d{3}(?: \d{3}){2}(?: \d{1,4})?(?![\d,]|\.\d)", "d"),
    # Digit pairs in a row, as phone numbers are grouped in many countries: 06 44 44 44 44.
    (r"(?=\d\d \d\d )(?<![\d,.])\d{2}(?: \d{2}){3,5}(?![\d,]|\.\d)", "d"),
    # IPv6 addresses: hex groups and a double colon (12::1), or eight groups.
    (
        r"(?=[0-9A-Fa-f]{1,4}:)(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![\w:])",
        "dl",
    ),
    (r"(?=[0-9A-Fa-f]{1,4}:)(?<![\w:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}(?![\w:])", "dl"),
    (r"\d+(?:st|nd|rd|th)\b(?!\s+(?i:centile|percentile)s?\b)", "d"),  # 18th; the 5th percentile is a value
    # level 4, No. 5, lines 5–10
    (
        rf"(?i:\b(?:{'|'.join(LABEL_WORDS)})\.?\s{{0,3}}[-#]?\s{{0,3}})(?:\d+(?:\s?[-–—]\s?\d+)?(?:-\d+)*|(?i:{WORDS})\b)",
        "l",
    ),
    # a week's number in its year (week 47, weeks 45 and 46, week 1 to 4); not a week before a count (every week 20
    # patients, a week 5 more, from 26 in week 14 to 18 cases), nor weeks before one number (3 weeks 20% had recovered)
    (
        r"(?i:(?<!\bevery\s)(?<!\beach\s)(?<!\bper\s)(?<!\ba\s)(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bthat\s)"
        r"(?<!\bone\s)\bweek\s{1,3}\d{1,2}(?:\s?(?:[-–—]|and|to)\s?\d{1,2}(?!\s+(?!(?:of|in|and|or|to)\b)[a-z]))?"
        r"|\bweeks\s{1,3}\d{1,2}\s?(?:[-–—]|and|to)\s?\d{1,2}(?!\s+(?!(?:of|in|and|or|to)\b)[a-z]))(?!\d|[.,]\d|\s?%)",
        "l",
    ),
    (r"#\s?\d+", "o"),
    # citations: integers in square brackets ([12], [3, 5], [7–9]); statistics go in parentheses
    (r"(?<=\[)\d{1,3}(?:\s?[,–—-]\s?\d{1,3})*(?=\s?\])", "d"),
    # per 10,000, per one lakh (100,000), per a thousand: a rate's base
    (rf"(?i:\bper\s+)(?:(?i:(?:one|a)\s+))?(?:{ARABIC}|(?i:ten|hundred|thousand|lakh|million)\b)", "l"),
    (rf"每\s*(?:{ARABIC}|[{CN_DIGITS}十][{CN_ALL}]{{0,30}})[百千万亿]{{0,3}}", "o"),  # 每10万人: a rate's base
    # ordinals 第二, 第18, 第1-3, and a list of them (第1、2包, 第1、2和3名: 第 is each item's)
    (rf"第\s*(?:\d+|[{CN_ALL}]+)(?:\s?(?:[-~至到、和及与])\s?(?:\d+|[{CN_ALL}]+)){{0,12}}", "o"),
    (rf"[“\"「『‘]\s*(?:{ARABIC}|[{CN_ALL}]+)\s*[”\"」』’]", "o"),  # “369”, “十四五”: names
    (rf"十[{CN_DIGITS}]五", "o"),  # plan labels 十四五, 十五五
    # 是一个, 作为一名, 成为一种: "is a", "as a" — an article, not a count of one
    (r"(?<=[上下同])一(?:年度?|季度|个?月|周)", "o"),  # 上一年度, 下一季度, 同一年: last, next, the same one, no count
    (r"(?:(?<=是)|(?<=作为)|(?<=成为))一(?:个|种|项|位|名|家|所|支|次)(?![多余月]|小时|百分点|工作日|星期)", "o"),
    (r"^\d{1,2}[.、](?!\d)", "d"),  # list markers at a line start
    # 注：…；3.2024年数据为初步统计数: a note's item number glued to a year, no decimal
    (r"(?:(?<=[:：；;。])|(?<=[:：；;。]\s))\d{1,2}\.(?=(?:19|20)\d\d\s*年)", "d"),
    (r"(?:(?<=[.?!:;] )|(?<=[。？！：；]))\d{1,2}\.(?=\s+[A-Z])", "d"),  # ... institutions? 1. How is
    (rf"(?:^|(?<=[\s。；：！？，,]))[{ONE_TO_NINE}十]{{1,3}}、", "o"),  # 一、
    # (1) （二）: a list marker; not a count in brackets after the thing it counts, which a comma,
    # a stop or the list's and follows (Kuala Lumpur (14), Sabah (8) and Johor (4).)
    # nor the digits restating one in words (One (1) death)
    (
        rf"{_NOT_AFTER_A_NUMBER_WORD}[（(](?:\d{{1,2}}|[{CN_DIGITS}十]{{1,3}})[)）](?!\s?(?:[,.;，。；]|and\b|or\b))",
        "o",
    ),
    (r"(?<=[今本去明][（(])\d{2,3}(?=[)）]\s*年)", "d"),  # 今（115）年: this year, in the Minguo calendar
    (r"(?<!\d)24/7(?!\d)", "d"),  # around the clock
    (r"\d{1,12}(?:\.\d{1,12}){2,9}", "d"),  # version and IP numbers (bounded: a long run stays linear)
    # codes with a leading zero: 002462; but not the minutes or seconds of a time (12分05秒, 1小时05分)
    (r"(?<!\d分)(?<!小时)0\d+(?!\d|\.\d)", "d"),
    (r"\d+\s?-\s?Year\s+Plans?\b", "d"),  # 14th Five-Year Plan
    (rf"(?i:{WORDS})\s?-\s?Year\s+Plans?\b", "l"),
]

# Labels, not counts: 二级, 1月, 27日, 3号楼, 十八届, 一期工程, 3点, 2型, 第2版, level(s) after the number.
# 期 names a phase before the thing it is of (一期工程, 二期项目); at a clause's end it counts sessions
# (培训37期。).
LABEL_AFTER = re.compile(
    r"\s?(?:级|(?<!个)月|日(?![元币内])|号|届|楼|期(?=[\u3400-\u9fff])|时(?!间)|点|型|版|年代)|\s*-?\s*levels?\b",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    # a season before its year too (a session in spring 2027; round 37)
    r"(?:(?i:\b(?:in|since|by|from|to|until|till|before|after|during|of|year|years|early|mid|late|fy|copyright"
    r"|spring|summer|autumn|winter))"
    rf"\s{{0,2}}[-–]?\s{{0,2}}|©\s{{0,2}}|\b(?:{MONTHS})\.?,?\s{{1,2}}|(?i:\bweek)\s{{1,2}}\d{{1,2}},?\s{{1,2}})\Z"
)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
# The first end of a "from X to" or "between X and" pair, printed right before a number.
_PARTNER_BEFORE = re.compile(
    r"(?i:\b(?:from|between)\s{1,2})(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s{1,2}(?i:to|and)\s{1,2}\Z"
)
OPENING_QUOTES = "“「『‘"
IN_QUOTES_BEFORE = re.compile(r"[“「『][^”」』\n]{0,10}\Z")
# "Two new practices are due to open …": a quotation of six words or more is speech, whose opening
# number word counts; a short one (“Two Sessions”) is a name.
QUOTED_SPEECH = re.compile(r"[^\"“”\n]*?(?:\s+[^\s\"“”]+){5}")
NOT_MEASURE_AFTER = re.compile("[性化]|(?<=位)数")  # 一次性, 一元化: adjectives; 两位数: double-digit


GLUED_MAX = re.compile(r"max(?:imum)?\b")  # 300max: at most 300, no code


def is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100


def after_year_word(text: str, start: int) -> bool:
    """Whether a year word stands before ``start``: in, since, by the end of, FY, a month (in 2022 – 2.7 million)."""
    return _YEAR_BEFORE.search(text, max(0, start - 16), start) is not None


# 2025年的三分之一, 2025年同期的1.2倍: a year and the figure that is of it (not 2000年的历史: two thousand years).
_YEAR_OF_FIGURE = re.compile(
    r"年(?:度|同期)?的[^，,。；;\d]{0,6}?(?:\d|[一二三四五六七八九十两](?:[十百千万]?分之|成|倍)|一半|百分之)"
)


def is_year(
    text: str, digits: str, scale: Decimal, step: bool, bound: str, unit_text: str | None, start: int, end: int
) -> bool:
    """2026年, in 2022, By the end of 2021, 2022 Press Conference — but not 2000名, 2000 doctors or $2000."""
    if looks_like_year(digits) and scale == 1 and not step and _YEAR_OF_FIGURE.match(text, end):
        return True  # 约为2025年的三分之一: a year a figure is compared with; the bound word is the figure's
    if not looks_like_year(digits) or scale != 1 or step or bound != "eq":
        return False
    if currency_before(text, start, 6):
        return False  # worth exactly $2000: an amount
    if unit_text is not None:
        return unit_text in ("年", "年度")
    if counting_cell(text, start, end):
        return False  # 江阴市<TAB>15.82<TAB>402<TAB>1906<TAB>98.7: a count in a row of figures (round 36)
    if (partner := _PARTNER_BEFORE.search(text, max(0, start - 40), start)) and not looks_like_year(partner[1]):
        return False  # from 1500 to 2000, between 500 and 2000: the other end is no year, nor is this one
    if after_year_word(text, start):
        return True
    return not _LOWER_WORD_AFTER.match(text, end)


# 9.5% over 2024, 12% higher than 2023, 3% below 2019: a change compared with a year, the year no figure
# (not "rose to over 2000.", "over 2000 people": no change before, or a count's noun after).
_CHANGE_BEFORE = re.compile(r"(?:%|(?i:\bper\s?cent))\s*\Z")
_YEAR_AFTER_COMPARED = re.compile(r"\s*(?:[.,;:)\]]|\Z)|\s+(?i:levels?|figures?|values?|rates?|when|and)\b")


def compared_with_a_year(norm: str, digits: str, unit_text: str | None, start: int, end: int) -> bool:
    """Whether a bounded four-digit number is the year a change before it is compared with."""
    return (
        unit_text is None
        and looks_like_year(digits)
        and _CHANGE_BEFORE.search(norm, max(0, start - 12), start) is not None
        and _YEAR_AFTER_COMPARED.match(norm, end) is not None
    )
