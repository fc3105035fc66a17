"""The scanner: every quantity printed in a text, as the interval the printed figure stands for.

One pass over the text. A cheap trigger pattern finds where a number (or a non-quantity that looks
like one) can start; the master pattern is tried only there, so the cost is linear in the text
and most characters are looked at once. At each hit the scanner reads a *draft* (the number, its
scale and its unit word), tries to join it with a second number into a range, and otherwise
finishes it with its bound words and the checks that refuse non-quantities.

The text is read through a 1:1 character map (``normalize``): full-width digits and punctuation
(０-９, ．, ％, ～, ＋, －, full-width comma between full-width digits), no-break spaces, the Symbol
font's digits and marks as PDF extraction leaves them (U+F02D for a minus, U+F0A3 for ≤), and
traditional forms of numerals and measure words (萬, 億, 兩, 點, 個, 張 …) read as their plain
forms, so ``全年投入资金３．６亿元`` is 360000000 and every span stays a span of the text as given.
``digits`` holds the normalized number; ``text`` and ``unit_text`` the characters as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace

import checks.numbers.bounds as bounds
from checks.numbers.bounds import RANGE_JOIN_FIRST
from checks.numbers.chinese import CN_DIGITS, CN_TENS_CHARS, ONE_TO_NINE
from checks.numbers.drafts import (
    CN_ONLY,
    HALF_OF,
    MASTER_DIGIT,
    MASTER_LATIN,
    master_match,
    read_draft,
)
from checks.numbers.durations import compound_durations
from checks.numbers.english import UNITS, WORDS
from checks.numbers.lists import listed_labels, shared_list_units
from checks.numbers.measured import Draft, is_rate_label, refused, unit_of
from checks.numbers.negations import negated
from checks.numbers.nonquantities import (
    IN_QUOTES_BEFORE,
    LABEL_WORDS,
    MONTHS,
    PHONE_WORDS,
    WEEK_WORDS,
    compared_with_a_year,
    is_year,
)
from checks.numbers.quantity import LARGEST, Quantity, quantity
from checks.numbers.ranges import pair_bounds, read_pair, read_range, restated_bounds
from checks.numbers.rate_bases import OTHER_BASE, RATE_BASE_BEFORE, may_hold_rate_base
from checks.numbers.ratios import joined_ratios, worded_ratios
from checks.numbers.respectively import respective_bounds
from checks.numbers.tables import units
from checks.numbers.unit_ranges import unit_range_ends
from checks.numbers.units import NEAR_TIME_UNITS, PER_UNIT_BEFORE, PER_UNIT_LAST, WITHIN_UNITS, Units
from checks.numbers.words import LATIN_WORDS

# A month after a year in Chinese numerals (两千零五年八月): a date (two thousand years has none).
_CN_YEAR_AFTER = re.compile(rf"\s?(?:[{ONE_TO_NINE}十]{{1,2}}|\d{{1,2}})月")
_FULL_WIDTH = {chr(0xFF10 + d): str(d) for d in range(10)}
# Text extracted from PDF may keep the Symbol font's private-use code points (U+F000 + the font's
# code): its digits and punctuation are ASCII's (U+F02D is a minus), 0xA3 is ≤ and 0xB3 is ≥; its
# letters are Greek (U+F061 is α), so they stay as printed.
_SYMBOL_FONT = {
    **{chr(0xF000 + ord(c)): c for c in "0123456789 +-.,()%<=>"},
    "\uf0a3": "≤", "\uf0b3": "≥", "\uf0b1": "±", "\uf0b0": "°", "\uf0b4": "×", "\uf0bb": "≈",
}  # fmt: skip
_NORMAL = str.maketrans(
    {
        **_FULL_WIDTH,
        **_SYMBOL_FONT,
        "．": ".", "％": "%", "～": "~", "＋": "+", "－": "-", "−": "-", "／": "/", "＜": "<", "＞": ">",
        "＝": "=", "\u3000": " ", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "萬": "万", "億": "亿", "兩": "两",
        "點": "点", "個": "个", "幾": "几", "餘": "余", "張": "张", "項": "项", "種": "种", "歲": "岁", "週": "周",
        "間": "间", "條": "条", "臺": "台", "輛": "辆", "對": "对", "雙": "双", "數": "数", "塊": "块", "裏": "里",
        "侖": "仑", "攝": "摄", "華": "华", "碼": "码", "￥": "¥",
        # traditional forms of measure words and of the words around a number (3級醫院, 5月1號, 半小時)
        "時": "时", "鐘": "钟", "級": "级", "號": "号", "屆": "届", "噸": "吨", "層": "层", "隻": "只", "樓": "楼", "節": "节", "筆": "笔",
        "門": "门", "課": "课", "場": "场", "頃": "顷", "畝": "亩", "釐": "厘", "鎊": "镑", "圓": "圆", "區": "区", "縣": "县", "鄉": "乡",
        "鎮": "镇", "劑": "剂", "針": "针", "員": "员", "醫": "医", "療": "疗", "護": "护", "藥": "药", "費": "费", "價": "价",
        # traditional forms of bound words and their fillers (約, 超過, 達, 為, 低於, 將近, 佔, 僅)
        "約": "约", "過": "过", "達": "达", "為": "为", "於": "于", "將": "将", "佔": "占", "僅": "仅", "與": "与",
        # the letters an ignore-case pattern takes for ASCII ones (two millionſ: "million"), which the
        # words' tables, in ASCII, would not know: read as those
        "ſ": "s", "\u212a": "K", "\u0130": "I", "\u0131": "i",
    }
)  # fmt: skip
_TO_NORMALIZE = re.compile(f"[{re.escape(''.join(chr(c) for c in _NORMAL))}]")
_PLAIN = {chr(c): plain for c, plain in _NORMAL.items()}
# A full-width comma between digits groups thousands after a full-width digit (４，５６５), or in a
# number that groups thousands already or has decimals (82，225.00, 233,333，333,434); otherwise it
# separates clauses ($20，300美圆 is 20 and 300). Tried on the text as given, replaced in the plain one.
_FULL_WIDTH_COMMA = re.compile(
    "(?<=[０-９])，(?=[０-９]{3}(?![０-９]))|(?<=[0-9],[0-9]{3})，(?=[0-9]{3}(?![0-9]))"
    "|(?<=[0-9])，(?=[0-9]{3}(?:[.,，][0-9]))"
)
# Where a number or non-quantity can start: a digit, a Chinese numeral or mark, or a Latin word (one
# class of characters and one of words, so the scan stays in C between them). A mark that starts a
# number only before certain characters (千分之, 电话, .5, 过半) is tried only there (FOLLOWED).
FOLLOWED = {
    ".": re.compile(r"\.\d"), "#": re.compile(r"#\s?\d"), "+": re.compile(r"\+\d"),
    "千": re.compile("千(?:分之|[余多])"), "万": re.compile("万(?:分之|[余多])"), "电": re.compile("电话"),
    "热": re.compile("热线"), "传": re.compile("传真"), "过": re.compile("过半"), "翻": re.compile("翻了?[一两番倍]"),
    "半": re.compile(f"半(?:数|{HALF_OF})"),
}  # fmt: skip
# 近万人, 突破千人: the number starts at the next character (破 only after 突: 打破千年 is no figure)
_BEFORE_BARE = frozenset("近逾超破")
TRIGGER = re.compile(
    rf"[\d{CN_DIGITS}{CN_TENS_CHARS}十百每第双“\"「『‘(（½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞{''.join(FOLLOWED)}{''.join(_BEFORE_BARE)}]|([A-Za-z]+)"
)
_KEYWORDS = [
    *UNITS, *(w for w in WORDS.split("|")), *LABEL_WORDS, *WEEK_WORDS, *PHONE_WORDS, *LATIN_WORDS, "a", "an", "half", "quarter",
    "per", "point", "http", "https", "www", *(month.lower() for month in MONTHS.split("|")),
]  # fmt: skip
# As printed in lower case, capitalized or in capitals (any other casing is looked up lower-cased).
KEYWORDS = frozenset([*_KEYWORDS, *(w.capitalize() for w in _KEYWORDS), *(w.upper() for w in _KEYWORDS)])
_ONLY_BEFORE = re.compile(r"(?i:\b(?:only|just|merely))\s+\Z")
_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# The field's terms that open with zero and name a group, a policy or an aim, not a quantity of nothing.
_ZERO_TERM = re.compile(  # after the zero: a hyphen and the term's next word
    r"-(?i:dose|tolerance|based|hours?|sum|rated|carbon|emissions?|waste|harm|suicide|interest)\b"
)
_BY_BEFORE = re.compile(r"\b(?i:by)\s+\Z")
_PART_OF_A_PERIOD_BEFORE = re.compile(r"\b(?i:first|second|latter|former|earlier|later)\s+\Z")
# Three outbreaks, compared with one in 2024; up from one last year: "one" is the other side of a
# comparison, a count (but from one site to another is no count: the words after it say when or stop).
_COMPARED_BEFORE = re.compile(
    r"(?i:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from|(?:fell|dropped|declined|decreased|rose|increased|reduced)\s+to))\s+\Z"
)
_WHEN_AFTER = re.compile(
    r"(?i:\s+(?:in|during|over|a\s+year|last|the\s+(?:previous|same|year|month|week|quarter|period))\b|\s*(?:[,.;:)]|\Z))"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# 低于标准要求的80%: the 80% a standard requires, after a verb (not 目标值的85%: 85% of the target value).
_REQUIRED = re.compile(r"(?:要求|规定)的\Z")
# 低于80%的省定目标, 超过60%的年度目标, 低于30%的控制要求: the level a target or rule names, which a figure before it
# is compared with; the bound word is the comparison's, the level is printed as it is (eq; round 45)
_COMPARED_WITH = re.compile(r"低于|高于|超过|超出")
_NAMED_LEVEL_AFTER = re.compile(r"的[^，,。；;、\d]{0,6}?(?:目标|要求|标准|指标)(?:值)?")
# What a rate is per when no number says it (只/灯·夜, 人/日): a bound word may follow it.
_NUMBERLESS_PER = re.compile(
    r"/[\u4e00-\u9fff]{1,3}?(?:·[\u4e00-\u9fff]{1,3}?)?(?=(?:及|或者?)?以[下上内]|之[内下]|左右|上下)"
)
_APPROX = re.compile(bounds.APPROX_AFTER_BOUND)
# 最高 and 最低 after an average of the same sentence are the highest and lowest reached (平均得分86.2分，最高96.5分、
# 最低71.0分), each as printed, as curators record them; elsewhere they cap or floor a figure (最高补助3万元, 最低500元).
_EXTREME = re.compile(r"(?:最高|最低)(?:为|是|达)?")
_AVERAGE_BEFORE = re.compile(r"平均[^。；;！!？?]*\Z")  # after 等于, equals: equals about 12.4%, 等于约


def normalize(text: str) -> str:
    """The text through a 1:1 character map (full-width and traditional forms read as plain ones)."""
    found = _TO_NORMALIZE.search(text)
    if found is None:
        plain = text  # most texts: a scan in C instead of a per-character table lookup
    elif _TO_NORMALIZE.search(text, found.end() + 1, found.end() + 200) is None:
        plain = _TO_NORMALIZE.sub(_plain_char, text)  # a few characters to change: a call for each
    else:
        plain = text.translate(_NORMAL)
    if "，" in text:
        commas = [found.start() for found in _FULL_WIDTH_COMMA.finditer(text)]
        if commas:
            chars = list(plain)
            for at in commas:
                chars[at] = ","
            plain = "".join(chars)
    return plain


def _plain_char(found: re.Match[str]) -> str:
    return _PLAIN[found.group()]


def read_quantities(text: str, told: dict[int, bool] | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order of position. ``told``: bare table cells of 1900–2100 by where they
    stand, that their column's header says count (True: 2080 under 注册护士数（人）, a number) or are years (False:
    1998 under 建成年份（年）), whatever the row alone would say (``checks.numbers.told_cells``)."""
    norm = normalize(text)
    table = units()
    found: list[Quantity] = []
    resume = 0
    for trigger in TRIGGER.finditer(norm):
        if trigger.lastindex:  # a Latin word: only a keyword can start a number or a non-quantity
            word = trigger.group(1)
            if word not in KEYWORDS and (word.islower() or word.lower() not in KEYWORDS):
                continue
            at = trigger.start()
            if at < resume:
                continue
            match = MASTER_LATIN.match(norm, at)
        else:
            at = trigger.start()
            if at < resume:
                continue
            char = norm[at]
            if char in FOLLOWED and not FOLLOWED[char].match(norm, at):
                continue
            if char in _BEFORE_BARE:
                if norm[at + 1 : at + 2] not in ("百", "千", "万") or (char == "破" and norm[at - 1 : at] != "突"):
                    continue
                at += 1
            match = MASTER_DIGIT.match(norm, at) if char.isdigit() else master_match(norm, at)
        if match is not None and match.lastgroup == "cnpair":
            pair = read_pair(text, norm, match, table)
            if pair is not None:
                found.append(pair)
                resume = pair.end
                continue
            match = CN_ONLY.match(norm, at)  # not a pair of counts: a numeral (十七八 → 十七)
        if match is None:
            continue
        resume = match.end()
        if match.lastgroup == "skip":
            continue
        draft = read_draft(norm, match, table)
        if draft is None:
            continue
        if draft.number_end > resume:
            resume = draft.number_end
        if draft.kind == "ordinal":
            continue
        if draft.unit_text is not None and is_rate_label(norm, draft):
            resume = draft.end
            continue
        joined = read_range(text, norm, draft, table) if norm[draft.end : draft.end + 1] in RANGE_JOIN_FIRST else None
        if joined is not None:
            if isinstance(joined, Quantity):
                found.append(joined)
            resume = joined.end if isinstance(joined, Quantity) else joined
            continue
        finished = _finish(text, norm, draft, table, told)
        if finished is not None:
            found.append(finished)
            if finished.end > resume:
                resume = finished.end
        if norm[draft.end : draft.end + 1] == "/" and (other := OTHER_BASE.match(norm, draft.end)) is not None:
            resume = max(resume, other.end())  # 41.37/10万人次: what it is per, no figure of its own
    found = listed_labels(norm, found)  # 18、24、30月龄: the label the list ends with is no quantity
    if not found:
        return found
    if len(found) > 1:  # these join or relate two figures or more (each gives fewer back unchanged)
        found = shared_list_units(text, norm, compound_durations(text, norm, found))
        found = restated_bounds(text, norm, joined_ratios(text, norm, pair_bounds(text, norm, found)))
        found = unit_range_ends(text, norm, found)
    found = worded_ratios(text, norm, found)  # one range alone may be a ratio's term (a ratio of one to 11)
    return respective_bounds(text, norm, found)


def _finish(text: str, norm: str, draft: Draft, table: Units, told: dict[int, bool] | None) -> Quantity | None:
    """The quantity of a draft standing alone: its bound words, or None when it is no quantity."""
    kind, digits, unit_text, end = draft.kind, draft.digits, draft.unit_text, draft.end
    if kind == "cn" and unit_text is None and len(digits) == 1 and draft.scale == 1 and not draft.step:
        return None  # a lone numeral with no measure word (两癌, 四院): checked first, it is common
    if refused(text, norm, draft):
        return None
    if draft.step and kind != "word" and not unit_text and draft.scale == 1 and _CJK.match(norm, draft.number_end):
        # 3多部门: 多 starts the next word, so the number ends before it.
        draft = replace(draft, step=False, number_end=draft.number_end - 1, end=draft.number_end - 1)
        end = draft.end
    step = draft.step
    lone_cn = (kind == "cn" and len(digits) == 1 and draft.scale == 1 and not draft.step) or kind == "dual"
    lone_en = kind == "en" and unit_text is None and digits.lower() in ("one", "a", "half", "an")
    if lone_cn and (unit_text is None or IN_QUOTES_BEFORE.search(norm, max(0, draft.start - 12), draft.start)):
        return None  # “全院一张床”: a lone numeral in a quoted slogan is a name, not a count
    if draft.about and unit_text is None and draft.scale == 1:
        return None  # 十来: about ten of nothing named is no count (一来…二来: firstly, secondly)
    own = "approx" if draft.about else "gt_step" if step and kind != "word" else ("gt" if step else "eq")
    bound, start, end = _bounds(norm, draft, own, table)
    if lone_en and bound == "eq" and draft.scale == 1 and not _lone_word_counts(norm, digits, start, end):
        return None
    if kind == "en" and unit_text is None and digits.lower() == "zero" and _ZERO_TERM.match(norm, draft.number_end):
        return None  # zero-dose children, a zero-tolerance policy: a term, no count of nothing (zero-ejection velocity is 0)
    cell = told.get(draft.start) if told else None  # what the cell's column header says it is, if a table's
    if (
        kind == "arabic"
        and len(digits) == 4
        and cell is not True
        and (
            cell is False
            or is_year(norm, digits, draft.scale, step, bound, unit_text, draft.start, draft.number_end)
            or (bound in ("gt", "lt") and compared_with_a_year(norm, digits, unit_text, start, end))
        )
    ):
        return None
    if (
        kind == "cn"
        and unit_text == "年"
        and bound == "eq"
        and not step
        and 1900 <= draft.value <= 2100
        and draft.value == int(draft.value)
        and _CN_YEAR_AFTER.match(norm, draft.end)
    ):
        return None  # 两千零五年八月: a year in numerals, not 2005 years
    if draft.value > LARGEST:
        return None  # 400 nines: no count, and beyond a float's range (it would read as inf)
    return quantity(text, (start, end), draft.value, draft.half_unit, bound, digits, unit_of(text, draft))


def _bounds(norm: str, draft: Draft, own: str, table: Units) -> tuple[str, int, int]:
    """(bound, start, end) of a draft with the bound words around it."""
    start, end = draft.start, draft.end
    post = bounds.post_bound(norm, end)
    if post is None and norm[end : end + 1] == "/" and (per := _NUMBERLESS_PER.match(norm, end)) is not None:
        post = bounds.post_bound(norm, per.end())  # 5只/灯·夜以下: the bound after what the rate is per
    post_name = None
    if post is not None:
        name = post.lastgroup
        duration = draft.unit in table.durations or draft.unit_text in WITHIN_UNITS
        if name != "within" or duration:
            post_name, end = ("le" if name == "within" else name), post.end()
    elif own == "eq" and draft.unit in table.durations and (circle := bounds.circle_after(norm, draft.unit_text, end)):
        post_name, end = "le", circle.end()
    pre = bounds.pre_bound(norm, start)
    if pre is None and may_hold_rate_base(norm, max(0, start - 40), start):
        # 超过每万名人口配备4.8名: a rate base may stand between the bound word and the number.
        rate_base = RATE_BASE_BEFORE.search(norm, max(0, start - 40), start)
        if rate_base is not None:
            pre = bounds.pre_bound(norm, rate_base.start(), article=False)
    if (
        pre is None
        and norm[start - 1 : start] in PER_UNIT_LAST
        and (per := PER_UNIT_BEFORE.search(norm, max(0, start - 8), start))
    ):
        pre = bounds.pre_bound(norm, per.start())  # 不低于每人每年700元: what it is per stands between
    if (
        pre is None
        and (draft.unit_text in ("倍", "%", "成") or draft.fraction)
        and (base := bounds.BASE_OF.search(norm, max(0, start - 26), start))
        and not (draft.unit_text == "%" and _REQUIRED.search(base.group(1) or ""))
        and not bounds.compares_with_period(base, draft.unit_text)
    ):
        # 不超过…基准线的1.5倍, 约为…价格的二十分之一: the base the ratio is of stands between; not a
        # requirement's own value (低于标准要求的80%: the 80% the standard requires, which a level falls short of)
        pre = bounds.pre_bound(norm, base.start(base.lastindex or 0))
    pre_name = pre.lastgroup if pre is not None else None
    if pre_name == "nearly" and draft.unit_text in NEAR_TIME_UNITS and pre is not None and pre.group().strip() == "近":
        pre_name = None  # 近3年: the past three years
    if pre_name == "gt" and pre is not None and pre.group("gt") == "过" and draft.unit_text in NEAR_TIME_UNITS:
        pre_name = None  # 过3天: three days later
    if pre_name == "eq" and pre is not None and _APPROX.search(pre.group()):
        pre_name = "approx"  # equals about 12.4%: the approximation is what the words say of it
    if pre_name in ("gt", "lt") and pre is not None and negated(norm, pre.start()):
        pre_name = "le" if pre_name == "gt" else "ge"  # have not risen above 70%, 并未超过5%: at most 70, 5
    if pre_name == "le" and post_name == "ge" and pre is not None and pre.group().strip().lower() == "up to":
        pre_name = None  # speak up to 65% or more: "up" is its verb's, "or more" the bound (round 38)
    if pre_name in ("gt", "lt") and pre is not None and post_name is None and draft.unit_text:
        # 低于80%的省定目标: the target's level, a comparison's word before it (not 小于12的目标: fewer than 12)
        level = _COMPARED_WITH.fullmatch(pre.group().strip()) and _NAMED_LEVEL_AFTER.match(norm, end)
        pre_name = None if level else pre_name
    if (
        pre_name in ("le", "ge")
        and pre is not None
        and _EXTREME.fullmatch(pre.group().strip())
        and _AVERAGE_BEFORE.search(norm, max(0, pre.start() - 80), pre.start())
    ):
        pre_name, pre = None, None  # 平均得分86.2分，最高96.5分、最低71.0分: the highest and lowest reached
    if post_name == "or_equal" and pre_name not in ("gt", "lt"):
        post_name, end = None, post.start() if post is not None else end
    if (
        pre_name is None
        and post_name is None
        and "比" in norm[max(0, start - 2) : start]
        and (compared := bounds.comparison(norm, start, end)) is not None
    ):
        return compared.lastgroup or own, norm.rindex("比", 0, start), compared.end()  # 比三十大: more than 30
    bound = bounds.resolve(pre_name, post_name, own)
    if pre_name is not None and pre is not None:
        start = pre.start()
    return bound, start, end


def _lone_word_counts(text: str, digits: str, start: int, end: int) -> bool:
    """Whether a lone "one"/"half" (no bound, no scale) is a count: half of, only one, one more — not one-stop."""
    word = digits.lower()
    if word == "half" and _PART_OF_A_PERIOD_BEFORE.search(text, max(0, start - 12), start):
        return False  # the first half of 2025, the second half of the year: a period
    if word == "half" and (_OF_AFTER.match(text, end) or _BY_BEFORE.search(text, max(0, start - 4), start)):
        return True  # half of them; cut by half (a change of 50 %)
    if text[end : end + 1] == "-" or word not in ("one", "half"):
        return False
    if _ONLY_BEFORE.search(text, max(0, start - 8), start):
        return True
    return word == "one" and bool(
        _MORE_AFTER.match(text, end)
        or (_COMPARED_BEFORE.search(text, max(0, start - 20), start) and _WHEN_AFTER.match(text, end))
    )
