"""Bound words before and after a number, and ranges.

Bound words, by the bound they give (before the number unless marked *after*):

- ``gt``: 超过, 超出, 突破, 超, 逾, 多于, 高于, 大于, >, ≫; *after* 开外, 出头 (三十出头, 五十开外); more
  than, greater/higher/larger/bigger/older/longer/wider/taller/heavier/deeper/thicker/faster than,
  over (than), beyond, exceed(s/ed/ing), surpass(es/ed/ing), in excess of, upwards of, and ``above``:
  English "above 2/3" means more than 2/3, so it is strict (only *after* the number, "or above"/"and above", is it ``ge``).
- ``ge``: 不少于, 不低于, 不小于, 大于等于, 大于或(者)等于, 至少, 最少, 最低, 起码, 满 after 工作/服务
  (工作满10年), ≥, >=; at least,
  not/no less (fewer, lower, smaller, earlier, sooner) than, not below/under, as low (few, little) as, (a) minimum
  (of) (not after "the": the maximum 5-year survival), a lower limit/bound of, greater/more than or equal to, equal to or more/greater than, at least or equal to, higher/bigger/larger or equal than, at or above/over. *After*: 以上, 及以上, 或(者)以上,
  (含)以上, 或(者)更多; or more/higher/above/over/greater/larger/bigger/older/longer, and
  above/over/more/up/older (not `and up from 8,910`, a change), at least (before a stop: 5 days at least.), minimum (the 10% minimum; see below),
  ``+`` (500+), -plus (50-plus).
- ``lt``: 不足, 不到, 少于, 低于, 小于, 未满, 不满, <, ≪; less/fewer/lower/smaller/younger/shorter/
  narrower/lighter/thinner/slower than, (just)
  under, (just) below (just under 20 percent is under 20: close to it, and below it), shy of, short of,
  sub- (sub-300 sq m offices, sub-7 nanometer chips).
  *After*: 之下 (170之下).
- ``le``: 不超过, 不高于, 不多于, 不大于, 小于等于, 小于或(者)等于, 至多, 最多, 最高, a ceiling's noun (限额, 上限, 限价,
  封顶线, 封顶, also as a label: 支付限额为15万元, 上限8000元, 最高限价：1262万元; not 主体结构封顶), ≤, <=; at most,
  not/no more (greater, higher, larger, bigger, later) than, not above/over, as high (many, much) as, not
  exceeding, up to, (a) maximum (of), max., an upper limit/bound of, a ceiling/cap of, capped at, within, less/fewer than or equal to, equal to or less/fewer than, smaller/lower/less or equal than, at or below/under. *After*: 以下, 及以下, 或(者)以下,
  (含)以下, 以内, 之内, (的)(支付)限额, (的)上限, 封顶 (每人每天60元的限额, 60元限额, 3%上限, 60万元封顶); or less/lower/below/fewer/under/smaller/younger/shorter, and below/under/less/
  younger, at (the) most, cap/ceiling/limit (a £500 cap, the 18-week limit: a bound named after its level ends its
  phrase or stands before a level's word or a function word, never after a year); 内 only after a duration (2分钟内); a service circle after a duration (15分钟便民医疗圈,
  a 15-minute medical service circle: everything within 15 minutes; the span runs to 圈/circle).
- ``approx``: 大约, 大概, 大致, 约为, 约合, 约莫, 差不多, 约; about (not after the noun it completes: concerns about
  1,506 doctors), approximately, approx(.), around,
  roughly, some, (an) estimated (at), circa, ca., more or less, give or take, ~, ≈, ∼. *After*: 左右,
  上下; or so.
- ``nearly``: 将近, 接近, 逼近, 近乎, 几乎, 近 (but 近3年 is "the past three years", eq); nearly,
  almost, close(r) to, approaching.
- ``gt_step``: *after*: 余, 多, and 几 before 万/亿 (7400余元, 50多名, 10多万, 十几万; the scanner), -odd
  (50-odd: more than 50, below 60).
- ``eq`` words only widen the span: 等于, equal to, equals (equals about 12%, 等于约5: ``approx``).

Between a bound word and its number may stand a filler (超过了80, 至少有5个, 最多为3, 至少是3,
最高可达500元, 高于达, 约占三成), after 至少 or 起码 a plan's verb (建成, 配备, 开展, 招收…: 至少建成2家,
至少配备1名), or the base a ratio is of (不超过当地…基准线的1.5倍, 约占全部样品的7.5%, its year too; after a negated
bound word with no 的: 不超过当年可用资金25%), in English an article after a comparison or approximation (less than a
0.1% chance, up to a 20% rise; not after over: over a 10-year period), or a rate base (每万名人口配备,
per 10,000 population: 超过每万名人口配备4.8名 is more than
4.8 per 10,000 population, and its span runs from 超过 to 名); nothing else.

An approximation after a bound word leaves the bound (more than about 30 is gt, up to about 20 le,
above ∼2 gt).
When words stand on both sides, the one before wins (超过90%以上 is gt), except that "X or more"
after an approximation or ``eq`` word is the bound (about five hundred or more: ge), and "or
equal" after a strict bound makes it inclusive (less than 5000 or equal: le).

Ranges. Two numbers joined by 至, 到, ~, -, –, —, to, through (or by 和/与/and after between/在/
介于, or before 之间) are one range when the first is smaller: 3至5年, 3-5 years, 20~100个,
between 10 and 20, 在20和30之间, 1万-5万元, and a double inequality around a variable (1 ≤ i ≤ 7, 3 < ∆V < 5.5). The first end takes the second's scale and unit when
it prints none (两到三万 is 20000 to 30000; 5-20% is 5% to 20%). Not ranges: "from X to Y"
after a verb of change (rose from 10 to 20), two figures compared (the gap between 84% and 90%),
a year and a clause (in 2022 – 2.7 million more). Two bounds of opposite sides joined by nothing,
a comma, 且/并/同时 or and/but are one range too (大于10小于20, more than 10 and less than 20,
1000以上，1500以下, at most 100 and at least 20). A year range (2020-2025年) is a period, not a
quantity.
"""

from __future__ import annotations

import re
from decimal import Decimal

from checks.numbers.currencies import CURRENCY_CODES, CURRENCY_LETTERS, CURRENCY_SIGNS, LETTER_AMOUNT, currency_start
from checks.numbers.english import WORDS

_FILLER = r"(?:了|有|是|为|达|在|达到|占|可达|可达到)?"
# The verbs of a plan that may stand between 至少 (起码) and its number: 至少建成2家, 至少配备1名.
# 至少提高5个百分点, 至少下降10%, 至少缩短2天: a change by at least so much.
_VERBS = (
    "建成|建设|配备|配置|设置|设立|开展|培养|培训|招聘|招收|安排|保持|提供|组织|完成|新增|增加|建立|举办|接受|要|需|应"
    "|提高|提升|降低|下降|减少|增长|上升|缩短|压缩|扩大|延长"
)
# What a scheme grants, between 最高 (最多) and its number: 最高补助3万元, 最高可报销8000元 (at most, a cap).
_GRANTS = "补助|补贴|奖励|资助|报销|给予|救助|赔付|支付|发放|领取|获得"
_AT_MOST_GRANTED = rf"(?:最多|最高)可?(?:{_GRANTS})"
_NO_NUMBER_AFTER = rf"(?!\s*(?:\.?\d|(?i:(?:{WORDS}|a|an)\b)))"
# "or more" / "and less" end a bound only with nothing after to compare ("200 or greater than 190").
_NOTHING_COMPARED = rf"(?!\s+(?i:than|or|equal)\b){_NO_NUMBER_AFTER}"
# An approximation after a bound word leaves the bound (more than about 30, up to about 20, 超过约5万).
APPROX_AFTER_BOUND = r"\s{1,3}(?i:about|approximately|around|roughly|circa|ca\.)|大约|约|\s{0,3}[~∼≈]"
PRE_BOUND = re.compile(
    # No bound word starts at a space or inside a Latin word: a search passes those starts at once.
    r"(?!\s)(?!(?<=\w)[A-Za-z])(?:"
    # 至少建成2家, 至少配备1名: a verb may stand between 至少 (or 起码) and its number
    rf"(?P<ge>不少于|不低于|不小于|大于或?者?等于|(?:至少|起码)(?:{_VERBS})|至少|最少|(?<=[工作务职服任])满|最低|起码|≥|⩾|≧|>\s?=|(?i:\b(?:at\s+least(?:\s+or\s+equal\s+to)?|at\s+or\s+(?:above|over)"
    r"|(?:not|no)\s+(?:less|fewer|lower|smaller|shorter|younger|earlier|sooner)\s+than|not\s+(?:below|under)|as\s+(?:low|few|little)\s+as"
    r"|a\s+minimum\s+of|(?<!the\s)minimum(?:\s+of)?|lower\s+(?:limit|bound)\s+of"
    r"|(?:greater|more|higher|bigger|larger)\s+(?:than\s+)?or\s+equal\s+(?:to|than)"
    r"|equal\s+to\s+or\s+(?:more|greater|higher|bigger|larger)\s+than)))"
    rf"|(?P<le>不超过|不高于|不多于|不大于|小于或?者?等于|至多|{_AT_MOST_GRANTED}|最多|最高|(?:限额|上限|限价|封顶线)[:：]?|(?<!结构)封顶|≤|⩽|≦|<\s?=|(?i:\b(?:at\s+most|at\s+or\s+(?:below|under)"
    r"|(?:not|no)\s+(?:more|greater|higher|larger|bigger|longer|older|later)\s+than|not\s+(?:above|over)"
    r"|as\s+(?:high|many|much)\s+as|not\s+exceeding|up\s+to|a\s+maximum\s+of|(?<!the\s)maximum(?:\s+of)?|max\.|upper\s+(?:limit|bound)\s+of|(?:an?|the|its)\s+(?:(?!lower\s|minimum\s|upper\s)[a-z]+\s+){0,3}(?:ceiling|cap|limit)\s+of|capped\s+at|within"
    r"|(?:less|fewer|lower|smaller)\s+(?:than\s+)?or\s+equal\s+(?:to|than)"
    r"|equal\s+to\s+or\s+(?:less|fewer|lower|smaller)\s+than)))"
    r"|(?P<gt>超过|超出|突破|(?<![赶高])超|(?:(?<=[比率数量龄均，,。；;：:\s])|^)过|逾|多于|高于|大于|(?<![=<>])>|≫|(?i:\b(?:(?:more|over)\s+than"
    r"|(?:greater|higher|older|larger|bigger|longer|wider|taller|heavier|deeper|thicker|faster)\s+than"
    r"|over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|above|beyond|in\s+excess\s+of|upwards\s+of)))"
    r"|(?P<nearly>将近|接近|逼近|近乎|几乎|(?<![附最邻就靠])近|(?i:\b(?:nearly|almost|close\s+to|(?<!the\s)closer\s+to|approaching)))"
    r"|(?P<lt>不足|不到|少于|低于|小于|未满|不满|(?<![=<>])<(?![>=])|≪|(?i:\b(?:less\s+than|fewer\s+than|lower\s+than"
    r"|(?:smaller|younger|shorter|narrower|lighter|thinner|slower)\s+than|(?:just\s+)?(?:under|below)|(?:shy|short)\s+of|sub-)))"
    r"|(?P<approx>大约|大概|大致|约为|约合|约莫|差不多|(?<![预节制签合契公])约|~|≈|∼|≃|(?i:\b(?:about|approximately|approx\.?|ca\."
    r"|around|roughly|some|(?:an\s+)?estimated(?:\s+at)?|circa|more\s+or\s+less|give\s+or\s+take)))"
    r"|(?P<eq>等于|(?i:\b(?:equal\s+to|equals?|equaling(?:\s+to)?)))"
    rf"){_FILLER}(?:{APPROX_AFTER_BOUND})?(?:\s{{1,3}}(?i:an?))?\s{{0,3}}\Z"
)
# The 10% minimum, a £500 cap, the 18-week limit: a bound named after its level (lower case: Minimum is a title's),
# where the name ends its phrase or a level's word follows; before another noun it describes what is counted
# (12 minimum standards, a 10% minimum wage rise); after a year it names that year's bound (the 2024 cap).
_NOT_AFTER_A_YEAR = r"(?<!(?:19|20)\d\d\s)(?<!(?:19|20)\d\d)"
_NAMED_BOUND_ENDS = (
    r"(?=\s*(?:[,.;:)\]]|\Z)|\s+(?:a|an|the|of|for|in|on|at|by|to|from|per|under|with|and|or|but|that|which|is|was"
    r"|are|were|will|would|should|must|can|may|applies|applied|set|sets|required|requires|remains|stays|threshold|level"
    r"|standard|requirement)\b)"
)
POST_BOUND = re.compile(
    r"\s?(?:"
    rf"(?P<ge>(?:[(（]含[)）])?(?:或者?以上|及以上|以上|或者?更多)|{_NOT_AFTER_A_YEAR}minimum\b{_NAMED_BOUND_ENDS}"
    rf"|(?i:or\s+(?:more|higher|above|over|greater|larger|bigger|older|longer)(?:\s+than)?\b{_NOTHING_COMPARED}"
    rf"|and\s+(?:above|over|more|up(?!\s+(?:from|on|to|by|against)\b)|older)\b{_NOTHING_COMPARED}|at\s+least(?=\s*(?:[,.;:)\]]|\Z)))"
    r"|\+(?![\d+])|(?i:-plus\b))"
    r"|(?P<le>(?:[(（]含[)）])?(?:或者?以下|及以下|以下|以[内內]|之[内內])|的?(?:支付)?(?:限额|上限|封顶(?!线))"
    rf"|(?i:or\s+(?:less|lower|below|fewer|under|smaller|younger|shorter)(?:\s+than)?\b{_NOTHING_COMPARED}"
    rf"|and\s+(?:below|under|less|younger)\b{_NOTHING_COMPARED}|at\s+(?:the\s+)?most\b{_NOTHING_COMPARED})"
    rf"|{_NOT_AFTER_A_YEAR}(?:cap|ceiling|limit)\b{_NAMED_BOUND_ENDS}"
    r"|max(?:imum)?\b\.?(?!\s*\d))"  # 300 max, 300max, 5 maximum: at most (lower case: Galaxy 300 Max is a name)
    r"|(?P<lt>之下)"
    r"|(?P<gt_step>(?i:-odd\b))"
    r"|(?P<gt>开外|出头)"
    r"|(?P<within>[内內])"  # 內 in traditional characters
    r"|(?P<approx>左右|上下(?![级游])|(?i:or\s+so\b))"
    rf"|(?P<or_equal>(?i:or\s+equal(?:\s+to)?+(?:\s+(?:it|that))?+\b){_NO_NUMBER_AFTER})"
    r")"
)
# After a duration, a service circle: 15分钟便民医疗圈, a 15-minute medical and health service circle
# (within 15 minutes). A few words may name the circle, with no punctuation and, in English, no
# article or preposition ("a 15-minute walk to the circle line" is no circle).
_CIRCLE_ZH = re.compile(r"[\u3400-\u9fff]{0,8}?圈")
_CIRCLE_EN = re.compile(r"(?i:(?:\s+(?!(?:to|the|of|from|in|at|by|for|with|on|an?)\b)[a-z]+){0,5}?\s+circles?\b)")

# Ranges: what joins the two ends, what may open or close the pair.
# A currency sign or code before a range end (between $62 and $68, Rs 10 to Rs 20, P1,000 to P2,000),
# if any: the second end's letter is followed by its amount; before the first end the amount is
# where the search stops (a letter the reader read the amount after is the currency's).
_SIGN_OR_CODE = rf"(?:(?:US|HK)?[{CURRENCY_SIGNS}]|(?:{CURRENCY_CODES})\.?)\s?"
_CURRENCY_PREFIX = rf"(?:{_SIGN_OR_CODE}|[{CURRENCY_LETTERS}]{LETTER_AMOUNT})?"
_CURRENCY_BEFORE_FIRST = rf"(?:{_SIGN_OR_CODE}|[{CURRENCY_LETTERS}])?"
# The second end may carry its own approximation or currency sign (2 - ~7 grams, $10-$20, between 2 g
# and about 7 g), and the first a suspended hyphen (8- to 16-meter).
RANGE_JOIN = re.compile(
    r"(?:[(（]含[)）])?-?\s{0,2}(?:(?P<dash>至|到|~|-{1,2}|–|—{1,2}|(?i:to|through|thru)\b)|(?P<and>和|与|及|(?i:and)\b)"
    r"|(?P<or>(?i:or)\b)"
    # a double inequality around a variable (1 ≤ i ≤ 7, 3 < ∆V < 5.5, 0 < λ X < 1)
    r"|(?P<variable>[<≤]\s{0,2}[A-Za-z\u0370-\u03ff∆][A-Za-z\u0370-\u03ff_ ]{0,4}?\s{0,2}[<≤]))\s{0,2}"
    r"(?:(?:(?i:about|around|approximately|roughly|nearly)\s{1,2}|约|大约|~\s?))?"
    rf"{_CURRENCY_PREFIX}"
)
RANGE_JOIN_FIRST = frozenset("至到~-–—和与及(（ \ttTaAoO<≤")  # the characters a join can start with
# A currency sign or code may stand between the opener and the first end (between $62 and $68,
# between Rs 10 and Rs 20).
# An approximation may stand before the first end too (between ∼3000 and 10000 days).
RANGE_OPENER = re.compile(
    rf"(?:(?P<word>(?i:\b(?:(?:between|from|ranging\s+from)(?:\s+the\s+ages?\s+of)?|ages\s+of))\s{{1,2}})"
    rf"(?:(?i:about|around|approximately|roughly)\s{{1,2}}|[~∼≈]\s?)?{_CURRENCY_BEFORE_FIRST}"
    r"|在|介于|位于|处于|从|由)\Z"
)
RANGE_CLOSER = re.compile(r"\s?(?:之间|间)")
# Between two bounds of opposite sides that make one range: nothing, a comma, 且/并/同时, and/but.
BOUND_PAIR_JOIN = re.compile(
    r"[ \t]{0,2}(?:[,，、;；][ \t]{0,2})?(?:(?:的同时|同时|并且|而且|且|并|但|(?i:and|but))[ \t]{0,2})?\Z"
)


def next_step(first: Decimal, second: Decimal) -> bool:
    """Whether ``second`` is the number after ``first`` at its last place (two or three, 20 or 30, 5 or 6 hundred):
    "X or Y" said of such a pair is a range, as 两三 is; other pairs (10 or 15, 1 or 3) are two choices."""
    if first != int(first) or second != int(second) or first <= 0:
        return False
    step = 1
    while first % (step * 10) == 0:
        step *= 10
    return second - first in (1, step)


LOWER = ("gt", "ge", "gt_step")
UPPER = ("lt", "le")


# How bound words end: a Chinese one (or its filler) with one of these characters, an English one
# with one of these words, or a symbol. A number after anything else has no bound word before it,
# and the costly search is skipped (most numbers).
# 不超过当地…基准线的1.5倍, 不低于全国平均水平的80%, 约占…2025年度…收入的1.9%: the base a ratio is of may stand
# between a bound word and the ratio (a group: the base; a year only after 约占: 高于2024年的80% compares). After a
# negated one the base may print no 的 (不超过当年可用资金25%): "not above it by 25%" would bound the same way,
# while 超过预算25% is over the budget by 25%, a change.
# (after 约为, a bracketed aside may restate the base's own figure: 约为线下经营渠道（7.1%）的2.7倍; after a comparison's
# word it may date the level compared with, printed as it is: 低于全市成年男性吸烟率（2024年监测数据）的45.1%)
_ASIDE = r"[(（][^()（），,。；;]{1,12}[)）]"
BASE_OF = re.compile(
    r"(?:不超过|不高于|不低于|不少于|不多于|不足|不到|超过|高于|低于|少于|多于)([^，,。；;、\d]{1,20}的)\Z"
    rf"|(?:大约|约)[占为]((?:[^，,。；;、\d]|(?:19|20)\d\d|{_ASIDE}){{1,20}}的)\Z"
    r"|(?:不超过|不高于|不低于|不少于|不多于)([^，,。；;、\d\s]{2,16})\Z"
)
# 年化死亡率为6.8%，低于上年同期的7.5%: a base that names an earlier period is the level compared with, its
# value as printed (eq), as 高于2024年的80% compares (round 34); not after a negated bound word (不低于上年的90%:
# at least 90% of last year's, a bound) nor before 倍 (高于去年的1.5倍: more than 1.5 times it).
_COMPARED_PERIOD = re.compile(r"上年|去年|上一年|前年|往年|同期|上月|上个月|上季度|上一季度")
# 违约率为7.1%，低于全省平均水平的9.3%: after a share of its own, the clause compares it with another place's
# average level, printed as it is (eq); alone, 低于全国平均水平的80% stays below 80% of it (round 38).
_AVERAGE = re.compile(r"平均(?:水平)?的\Z")
_SHARE_BEFORE = re.compile(r"\d\s*%\s*[，,]\s*\Z")


def compares_with_period(base: re.Match[str], unit_text: str | None) -> bool:
    """Whether a BASE_OF match (低于上年同期的) compares a share with an earlier period's level."""
    compared = base.group(1) is not None and _COMPARED_PERIOD.search(base.group(1)) is not None
    average = base.group(1) is not None and _AVERAGE.search(base.group(1)) is not None
    average = average and _SHARE_BEFORE.search(base.string, max(0, base.start() - 8), base.start()) is not None
    return (compared or average) and unit_text == "%" and not base.group().startswith("不")


_AT_LEAST_VERB = re.compile(rf"(?:至少|起码)(?:{_VERBS})\Z")  # 至少建成2家: the verb ends it
_AT_MOST_GRANT = re.compile(rf"{_AT_MOST_GRANTED}\Z")  # 最高补助3万元: what is granted ends it
# 至少配备全科医生3名, 至少建成了县级2家: the verb's object between it and the number, a few characters
# with no number, numeral, punctuation or preposition of time in them (至少配备1名医生和3名护士: the 3
# is no lower bound).
_AT_LEAST_VERB_OBJECT = re.compile(
    rf"(?P<ge>(?:至少|起码)(?:{_VERBS})了?[^\W\d_在于到至从自截一二三四五六七八九十百千万亿两零〇壹贰叁肆伍陆柒捌玖拾]{{1,6}})\Z"
)
_ZH_BOUND_END = frozenset("于过出破超逾等少低码多高近乎足到满约概致为合莫了有是达在占额限价顶线：:~<>=≥≤⩾⩽≧≦≪≫≈∼≃")
_EN_BOUND_END = frozenset(
    [
        "than", "least", "most", "over", "above", "under", "below", "about", "around", "approximately", "approx",
        "roughly", "less", "take", "some", "estimated", "at", "circa", "ca", "as", "beyond", "nearly", "approaching",
        "almost", "to", "of", "within", "max", "a", "an", "minimum", "maximum", "exceed", "exceeds", "exceeded",
        "exceeding", "surpass", "surpasses", "surpassed", "surpassing", "equal", "equals", "equaling",
    ]
)  # fmt: skip


_BEFORE_ARTICLE = re.compile(
    r"(?i:\b(?:than|up\s+to|closer?\s+to|about|around|approximately|roughly|nearly|almost)\s{1,3})\Z"
)
_UP_VERBS = "went gone going rose risen climbed jumped shot soared crept edged ticked ramped scaled bumped"
_CHANGED_UP = "".join(rf"(?<!\b{verb}\s)" for verb in _UP_VERBS.split())  # went up to 19: no bound
# The word before "of" and "to" in the bound words that end with them (in excess of, close to), and
# before an article that may follow a bound word.
_EN_BOUND_END_AFTER = {
    "of": re.compile(r"(?i:\b(?:excess|upwards|minimum|maximum|shy|short|limit|bound|ceiling|cap)\s{1,3})\Z"),
    "at": re.compile(r"(?i:\bestimated\s{1,3})\Z"),  # capped at: _BOUND_OVER_WORDS finds it first
    # not after a verb of change (went up to 19, has climbed up to 240: the level reached, as rose to 19 is)
    "to": re.compile(rf"(?i:\b(?:{_CHANGED_UP}up|closer?|equal|equaling)\s{{1,3}})\Z"),
    # not "as long as" (also "provided that"), "as large as" (a comparison)
    "as": re.compile(r"(?i:\bas\s+(?:high|low|many|much|few|little)\s{1,3})\Z"),
    # an article after a comparison or an approximation (less than a 0.1% chance, up to a 20% rise), but
    # not after over (over a 10-year period is during it)
    "a": _BEFORE_ARTICLE,
    "an": _BEFORE_ARTICLE,
}


# "about" after a noun or adjective it completes means "regarding", no approximation (concerns about 1,506
# doctors, questions about 3 drugs, worried about 40% of them); after a verb it may be either (asked about 300
# people, reports about 40 cases), so verbs are not here.
_ABOUT_REGARDING = re.compile(
    r"(?i:\b(?:concerns?|concerned|worr(?:y|ies|ied)|anxious|complaints?|questions?|(?:en|in)quir(?:y|ies)|quer(?:y|ies)"
    r"|information|allegations?|news|guidance|advice|doubts?|evidence|details|debates?|discussions?|warnings?"
    r"|decisions?|stories|confusion|uncertainty)\s{1,3})\Z"
)
# Bound words that reach over words: a verb that sets a ceiling, its object between it and "at"/"to" (cap
# the fee for a GP visit at €50, limit the co-payment to 20%, limited to 2 visits, restricted to 3 days: at
# most); the object is words only, with no punctuation or number in it; not "capital" nor "limitation". So
# an estimate's noun between "an estimated" and "of" (an estimated cost of €48 million: approx).
_BOUND_OVER_WORDS = re.compile(
    r"(?:(?P<le>(?i:\b(?:(?:cap|capp(?:ed|ing)|caps)(?:\s+[a-z'-]+){0,6}?\s+at"
    r"|(?:limit|limits|limited|limiting|restrict|restricts|restricted|restricting)(?:\s+[a-z'-]+){0,6}?\s+to)))"
    r"|(?P<approx>(?i:\ban\s+estimated(?:\s+[a-z'-]+){1,4}?\s+of)))\s{1,3}\Z"
)
# a maximum daily rate of $2,800, a minimum stock of 500 (a maximum of 12 is PRE_BOUND's): no article or preposition
# between (the minimum a country of 17 crore people owes), nor a day's highest or lowest temperature.
_MAXIMUM_OF = re.compile(
    r"(?i:\b(?:(?P<le>maximum)|(?P<ge>minimum))(?:\s+(?!temp|(?:a|an|the|of|in|for|to)\b)[a-z'-]+){1,4}?\s+of)\s{1,3}\Z"
)


def pre_bound(text: str, start: int, article: bool = True) -> re.Match[str] | None:
    """The bound word (with its filler) that ends right before ``start``, or None.

    An article may stand between them (less than a 0.1% chance) unless ``article`` is False: before a
    rate base ("about a per 10,000 population" is no bound word of the rate).

    A currency sign or code may stand between them (at least $1.42, 超过￥300, about RMB 5 billion, 约人民币5亿元,
    more than R13.9 billion): the bound word ends before it.
    """
    start = currency_start(text, start)
    end = start
    while end > 0 and start - end < 3 and text[end - 1] in " \t":
        end -= 1
    last = text[end - 1 : end]
    if last == "-" and is_sub_prefix(text, end):
        return PRE_BOUND.search(text, end - 4, start)  # sub-300 sq m: below 300
    if last.isascii() and (last.isalpha() or last == "."):
        word_start = end - 1
        while word_start > 0 and text[word_start - 1].isascii() and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:end].lower().rstrip(".")
        if word in ("at", "to", "of") and (spanned := _BOUND_OVER_WORDS.search(text, max(0, start - 64), start)):
            return spanned
        if word == "of" and (spanned := _MAXIMUM_OF.search(text, max(0, start - 64), start)):
            return spanned
        if word not in _EN_BOUND_END or (not article and word in ("a", "an")):
            return None
        if word == "about" and _ABOUT_REGARDING.search(text, max(0, word_start - 16), word_start):
            return None
        if word in _EN_BOUND_END_AFTER and not _EN_BOUND_END_AFTER[word].search(
            text, max(0, word_start - 12), word_start
        ):
            return None  # "a total of 121", "to 30": of and to end a bound word only after these
        return PRE_BOUND.search(text, max(0, start - 32), start)
    if (
        last in _ZH_BOUND_END
        or _AT_LEAST_VERB.search(text, max(0, start - 4), start)
        or _AT_MOST_GRANT.search(text, max(0, start - 5), start)
    ):
        return PRE_BOUND.search(text, max(0, start - 12), start)
    if "至少" in text[max(0, start - 16) : start] or "起码" in text[max(0, start - 16) : start]:
        return _AT_LEAST_VERB_OBJECT.search(text, max(0, start - 16), start)
    return None


_SUB = re.compile(r"(?i:(?<![A-Za-z])sub-)\Z")


def is_sub_prefix(text: str, end: int) -> bool:
    """Whether ``sub-`` (below) ends at ``end``: sub-300 sq m, sub-7 nanometer."""
    return _SUB.search(text, max(0, end - 4), end) is not None


_POST_BOUND_FIRST = frozenset("以或及(（+之内內左上oOaA-开出mcl的限封")


# 18 years of age or older, 65 years old or more: the age words stand between the years and the bound;
# so may one word before "or more"/"or less" (2 drinks or more, 18 ans or more: a unit the reader does not know).
_AGE_WORDS = re.compile(
    r"\s(?:(?:of\s+age|old)(?=\s+(?:or|and)\s)|[a-z]{2,12}(?=\s+or\s+(?:more|less|older|younger|greater|fewer"
    r"|higher|lower|above|below|over|under)\b))",
    re.IGNORECASE,
)


def post_bound(text: str, end: int) -> re.Match[str] | None:
    """The bound word right after ``end`` (a named group says which), or None."""
    if text[end : end + 1] == " " and (age := _AGE_WORDS.match(text, end)) is not None:
        end = age.end()
    first = text[end : end + 1]
    if first == " ":
        first = text[end + 1 : end + 2]
    if first not in _POST_BOUND_FIRST:
        return None
    found = POST_BOUND.match(text, end)
    return found if found is not None and found.lastgroup else None


def circle_after(text: str, unit_text: str | None, end: int) -> re.Match[str] | None:
    """The service circle after a duration (15分钟…圈, 15-minute … circle), or None."""
    if unit_text and unit_text.isascii():
        # Only the compound adjective (15-minute, one-hour) names a circle, not "15 minutes".
        return None if unit_text.lower().endswith("s") else _CIRCLE_EN.match(text, end)
    return _CIRCLE_ZH.match(text, end)


def resolve(pre: str | None, post: str | None, number_bound: str) -> str:
    """The bound of a number with ``pre`` words before it, ``post`` words after and its own (gt_step or eq)."""
    if number_bound == "gt_step" and pre in ("approx", "nearly"):
        return number_bound  # 大概有五百多个: "more than 500" says more than "about"
    if post == "or_equal":
        return {"gt": "ge", "lt": "le"}.get(pre or "", pre or number_bound)
    if pre in (None, "eq"):
        return post or number_bound
    if post in ("ge", "le") and pre in ("approx", "nearly"):
        return post  # about five hundred or more
    return pre


# 比三十大, 比170低: a comparison with the number is a bound on the thing compared.
COMPARED_BEFORE = re.compile(r"比\s?\Z")
COMPARED_AFTER = re.compile(r"\s?(?:(?P<gt>大|多|高|长|重|强)|(?P<lt>小|少|低|短|轻|弱))")


def comparison(text: str, start: int, end: int) -> re.Match[str] | None:
    """The comparison word after a number printed right after 比 (比三十大 → gt), or None."""
    if not COMPARED_BEFORE.search(text, max(0, start - 2), start):
        return None
    return COMPARED_AFTER.match(text, end)
