"""The region an article is about: the most specific GB/T 2260 name of ``schemas/regions.tsv`` it names.

Chinese names count in full (郑州市, 海南藏族自治州) and, for provinces and cities, in short (郑州,
海南州, 内蒙古). English texts name places in pinyin, which regions.tsv does not hold: ``ENGLISH``
maps the usual English names of the provinces, autonomous regions, municipalities and special
administrative regions, of the provincial capitals and of the sub-provincial cities to their
Chinese names (the code then comes from regions.tsv). The city of a news dateline (BEIJING, Feb. 28
(Xinhua) --; 新华社北京7月12日电) is where the story was filed, not what it is about.
"""

from __future__ import annotations

import re

from schemas.regions import ancestors

ENGLISH = {
    # provinces, autonomous regions, municipalities, special administrative regions
    "Beijing": "北京市",
    "Tianjin": "天津市",
    "Hebei": "河北省",
    "Shanxi": "山西省",
    "Inner Mongolia": "内蒙古自治区",
    "Liaoning": "辽宁省",
    "Jilin": "吉林省",
    "Heilongjiang": "黑龙江省",
    "Shanghai": "上海市",
    "Jiangsu": "江苏省",
    "Zhejiang": "浙江省",
    "Anhui": "安徽省",
    "Fujian": "福建省",
    "Jiangxi": "江西省",
    "Shandong": "山东省",
    "Henan": "河南省",
    "Hubei": "湖北省",
    "Hunan": "湖南省",
    "Guangdong": "广东省",
    "Guangxi": "广西壮族自治区",
    "Hainan": "海南省",
    "Chongqing": "重庆市",
    "Sichuan": "四川省",
    "Guizhou": "贵州省",
    "Yunnan": "云南省",
    "Tibet": "西藏自治区",
    "Xizang": "西藏自治区",
    "Shaanxi": "陕西省",
    "Gansu": "甘肃省",
    "Qinghai": "青海省",
    "Ningxia": "宁夏回族自治区",
    "Xinjiang": "新疆维吾尔自治区",
    "Taiwan": "台湾省",
    "Hong Kong": "香港特别行政区",
    "Macao": "澳门特别行政区",
    "Macau": "澳门特别行政区",
    # provincial capitals and sub-provincial cities
    "Shijiazhuang": "石家庄市",
    "Taiyuan": "太原市",
    "Hohhot": "呼和浩特市",
    "Shenyang": "沈阳市",
    "Dalian": "大连市",
    "Changchun": "长春市",
    "Harbin": "哈尔滨市",
    "Nanjing": "南京市",
    "Hangzhou": "杭州市",
    "Ningbo": "宁波市",
    "Hefei": "合肥市",
    "Fuzhou": "福州市",
    "Xiamen": "厦门市",
    "Nanchang": "南昌市",
    "Jinan": "济南市",
    "Qingdao": "青岛市",
    "Zhengzhou": "郑州市",
    "Wuhan": "武汉市",
    "Changsha": "长沙市",
    "Guangzhou": "广州市",
    "Shenzhen": "深圳市",
    "Nanning": "南宁市",
    "Haikou": "海口市",
    "Chengdu": "成都市",
    "Guiyang": "贵阳市",
    "Kunming": "昆明市",
    "Lhasa": "拉萨市",
    "Xi'an": "西安市",
    "Xian": "西安市",
    "Lanzhou": "兰州市",
    "Xining": "西宁市",
    "Yinchuan": "银川市",
    "Urumqi": "乌鲁木齐市",
}

NATIONAL = re.compile(
    r"全国|我国|国家卫生健康委|国家卫健委|国务院|\bChina\b|\bChinese\b|National Health Commission|nationwide"
)
# A news dateline's city in capitals: BEIJING, Feb. 28 (Xinhua) --
_DATELINE_CITY = re.compile(r"^\s*[A-Z][A-Z' ]+,\s+[A-Z][a-z]{2}\.?\s+\d{1,2}\b.*?--", re.MULTILINE)
# 新华社北京7月12日电, 本报北京7月12日电, 人民网郑州1月27日电: the city the story was filed from.
_DATELINE_CITY_ZH = re.compile(r"(?:社|本报|本報|网|網|台)([\u4e00-\u9fff]{2,4}?)\d{1,2}月\d{1,2}日[电電]")
_FULL_NAME = re.compile(r"[省市区县州盟旗]$")


def _short_names(code: str, name: str) -> list[str]:
    """Forms a region is named by: 郑州市 → 郑州; 海南藏族自治州 → 海南州; 内蒙古自治区 → 内蒙古 (not for counties)."""
    forms = [name]
    if code.endswith("00") and len(name) > 2:
        ethnic = re.sub(r"^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治(州|县|旗)$", r"\1\2", name)
        if ethnic != name and len(ethnic) >= 3:
            forms.append(ethnic)
        short = re.sub(r"(?:(?:[\u4e00-\u9fff]{1,4}?族)*自治区|特别行政区|省|市|地区|盟)$", "", name)
        if short != name and len(short) >= 2:
            forms.append(short)
    return forms


def _forms(regions: dict[str, str], full_only: bool) -> dict[str, list[str]]:
    codes_of: dict[str, list[str]] = {}
    for code, name in regions.items():
        codes_of.setdefault(name, []).append(code)
    forms: dict[str, list[str]] = {}
    for code, name in regions.items():
        if code == "CN":
            continue
        for form in [name] if full_only else _short_names(code, name):
            # A one-character name (县) is part of too many words; a full name needs its suffix.
            if len(form) >= (3 if full_only else 2) and (not full_only or _FULL_NAME.search(form)):
                forms.setdefault(form, []).append(code)
    if not full_only:
        for english, chinese in ENGLISH.items():
            forms.setdefault(english, []).extend(codes_of.get(chinese, []))
    return forms


def _named(text: str, forms: dict[str, list[str]]) -> list[str]:
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        pattern = rf"\b{re.escape(form)}\b" if form.isascii() else re.escape(form)
        for match in re.finditer(pattern, text):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.extend(forms[form])
    return found


def _most_specific(named: set[str]) -> str:
    def score(code: str) -> tuple[int, int]:
        # A county whose city is also named beats a namesake elsewhere; then the most specific.
        depth = 2 if code[4:] != "00" else 1 if code[2:] != "0000" else 0
        return sum(1 for other in ancestors(code) if other in named), depth

    return max(sorted(named), key=score)


def region_of(head: str, regions: dict[str, str], body_start: str = "") -> tuple[str, str] | None:
    """The most specific region named in ``head`` (full or short names, English names), else ``CN``
    when the head speaks of the whole country, else one named in full at the start of the body."""
    head = _DATELINE_CITY.sub(lambda m: m.group()[m.group().index(",") :], head)
    head = _DATELINE_CITY_ZH.sub(
        lambda m: m.group()[: m.start(1) - m.start()] + m.group()[m.end(1) - m.start() :], head
    )
    found = _named(head, _forms(regions, full_only=False))
    if not found:
        if NATIONAL.search(head):
            return "CN", regions.get("CN", "全国")
        found = _named(body_start, _forms(regions, full_only=True))
        if not found:
            return None
    best = _most_specific(set(found))
    return best, regions[best]
