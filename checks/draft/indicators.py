"""An indicator for each drafted figure: matched to ``schemas/indicators.yaml`` by its labels, or proposed.

A match is confident only when the catalogue label is printed in the figure's clause (Chinese:
``label_zh`` is a substring of the text before the figure; English: every content word of
``label_en`` is among the clause's words) and the indicator's unit fits the figure's unit. Otherwise
a new snake_case name is proposed from the clause (English words, or a small glossary of health
terms for Chinese), with the clause's own words as its label, and added to the catalogue as a draft
entry that carries a review mark.
"""

from __future__ import annotations

import re
from typing import Any

from checks.draft.names import english_subject, name_words
from checks.draft.text import CJK

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "than",
        "more",
        "less",
        "over",
        "under",
        "about",
        "nearly",
        "almost",
        "some",
        "all",
        "total",
        "number",
        "reached",
        "reaching",
        "rose",
        "rise",
        "rising",
        "fell",
        "increased",
        "increase",
        "decreased",
        "decrease",
        "dropped",
        "stood",
        "stands",
        "totaling",
        "totalling",
        "recorded",
        "achieved",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "also",
        "still",
        "only",
        "per",
        "cent",
        "percent",
        "new",
        "according",
        "said",
        "says",
        "say",
        "such",
        "while",
        "have",
        "has",
        "into",
        "within",
        "up",
        "down",
        "out",
        "per",
        "there",
    ]
)
# Chinese words → English name parts, longest first when matched. Enough for a readable name; the
# curator renames what it gets wrong (the entry carries a review mark).
GLOSSARY = {
    "人均预期寿命": "life_expectancy", "预期寿命": "life_expectancy", "孕产妇死亡率": "maternal_mortality_rate",
    "婴儿死亡率": "infant_mortality_rate", "死亡率": "mortality_rate", "医疗卫生机构": "health_institutions",
    "基层医疗卫生机构": "primary_health_institutions", "基层医疗机构": "primary_institutions", "医院": "hospitals",
    "公立医院": "public_hospitals", "民营医院": "private_hospitals", "乡镇卫生院": "township_health_centres",
    "社区卫生服务中心": "community_health_centres", "村卫生室": "village_clinics", "卫生室": "clinics",
    "卫生技术人员": "health_technicians", "卫生人员": "health_workers", "执业(助理)医师": "licensed_doctors",
    "执业医师": "licensed_doctors", "医师": "doctors", "注册护士": "registered_nurses", "护士": "nurses",
    "全科医生": "general_practitioners", "家庭医生": "family_doctors", "签约": "contracted", "床位": "beds",
    "病床": "beds", "家庭病床": "family_beds", "健康素养": "health_literacy", "覆盖率": "coverage_rate",
    "参保率": "insurance_enrolment_rate", "报销": "reimbursement", "医保": "medical_insurance", "费用": "cost",
    "诊疗人次": "visits", "诊疗量": "visits", "住院": "inpatient", "门诊": "outpatient", "筛查": "screenings",
    "疫苗": "vaccine", "接种": "vaccinations", "医共体": "medical_communities", "医联体": "medical_alliances",
    "县域": "county", "老年人": "elderly", "儿童": "children", "孕产妇": "pregnant_women", "贫困": "poor",
    "健康管理": "health_management", "慢性病": "chronic_disease", "专科": "specialties", "中心": "centres",
    "项目": "projects", "任务": "tasks", "占比": "share", "比例": "share", "增长": "growth", "增加": "increase",
    "减少": "decrease", "下降": "decrease", "提高": "increase", "比上年": "", "较上年": "", "新增": "added", "建设": "built", "培训": "trained",
    "达标": "meeting_standard", "标准": "standard", "中医": "tcm", "药品": "medicines", "耗材": "consumables",
    "人口": "population", "每千人口": "per_1000_population", "每万人口": "per_10000_population", "救护车": "ambulances",
    "互认": "mutual_recognition", "医疗": "medical", "卫生": "health", "健康": "health",
    "投资": "investment", "资金": "funds", "专项资金": "special_funds", "经费": "funding", "补助": "subsidy",
    "津贴": "allowance", "卫生院": "health_centres", "总诊疗人次": "visits", "诊疗": "visits", "人次": "visits", "出院": "discharges",
    "医生": "doctors", "医务人员": "medical_staff", "职工": "staff", "床": "beds", "机构": "institutions",
}  # fmt: skip
_GLOSSARY_ORDER = sorted(GLOSSARY, key=len, reverse=True)
# Verbs and links that end the subject of a Chinese clause: 卫生技术人员达到 → 卫生技术人员.
_ZH_TAIL = re.compile(
    r"(?:达到|达|缩短到|缩短至|延长到|延长至|上升到|上升至|降低到|降低至|减至|提高到|提高至|提升至|提升到|增加到|增至|降至|下降到|下降至|减少到|扩展至|为|是|有|从|由|约|共|超过|超|近|将近|不低于|不少于|其中)+$"
)
# A figure that is a change of the one before it (比上年增加22766个) counts the same thing's change.
CHANGE_ONLY = re.compile(
    r"^\s*(?:与上年比较|比上年|较上年|同比|比|较)?\s*(?:增加|减少|增长|下降|提高|降低)?\s*$|^\s*(?:an?\s+)?(?:increase|decrease|rise|drop|fall)\s+of\s*$",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return [w.rstrip("s") if len(w) > 3 else w for w in re.findall(r"[a-z]+", text.lower())]


def _content(text: str) -> list[str]:
    return [w for w in _words(text) if w not in _STOP and len(w) > 1]


def _unit_fits(indicator: dict[str, Any], unit: str, units: dict[str, dict[str, Any]]) -> bool:
    wanted = indicator.get("unit")
    if wanted == unit:
        return True
    # 个 (the generic count) fits any count indicator.
    return unit == "unit" and units.get(str(wanted), {}).get("kind") == "count"


def match(
    subject: str, unit: str, catalogue: dict[str, dict[str, Any]], units: dict[str, dict[str, Any]]
) -> str | None:
    """The catalogue indicator whose label the subject prints, when exactly one fits (longest label wins)."""
    words = set(_content(subject))
    scored = []
    for name, entry in catalogue.items():
        if not isinstance(entry, dict) or entry.get("review") or not _unit_fits(entry, unit, units):
            continue
        label_zh = str(entry.get("label_zh") or "")
        label_en = _content(str(entry.get("label_en") or ""))
        if label_zh and len(label_zh) >= 2 and label_zh in subject:
            scored.append((len(label_zh) * 2, name))
        elif len(label_en) >= 2 and set(label_en) <= words:
            scored.append((len(label_en), name))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None  # two labels fit equally: not confident
    return scored[0][1]


def subject_of(clause_before: str, clause_after: str, previous: str = "") -> str:
    """What a figure counts: the clause's words before it, or (when it opens the clause) after it.

    A bare change (比上年增加, an increase of) is the change of ``previous``, the subject before it.
    """
    before = clause_before.strip()
    if previous and before and CHANGE_ONLY.match(before):
        return f"{previous} {before}"
    if CJK.search(before):
        before = _ZH_TAIL.sub("", re.sub(r"\s+", "", before)).strip()
        after = re.sub(r"\s+", "", clause_after)
        if not any(word in before for word in GLOSSARY) and any(word in after for word in GLOSSARY):
            return before + after  # 全县有312个村卫生室: what it counts follows the figure
        return before or previous or clause_after.strip()  # 从8.1天缩短到7.8天: 7.8 is the same thing's
    subject = english_subject(before, clause_after, previous, _STOP)
    return subject if _content(subject) else clause_after.strip()


def propose_name(subject: str, unit: str) -> str:
    """A snake_case name from the subject: its last English content words, or glossary words for Chinese."""
    if CJK.search(subject):
        found: list[tuple[int, str]] = []
        masked = subject
        for word in _GLOSSARY_ORDER:
            at = masked.find(word)
            if at >= 0:
                found.append((at, GLOSSARY[word]))
                masked = masked.replace(word, "\0" * len(word))
        # whole glossary parts, once each; a rate's base last (每万人口全科医生数: general_practitioners_per_10000_population)
        parts = list(dict.fromkeys(part for _, part in sorted(found) if part))
        bases = [p for p in parts if p.startswith("per_")]
        parts = [p for p in parts if not p.startswith("per_")][-3:] + bases[:1]
        name = "_".join(dict.fromkeys(w for part in parts for w in part.split("_")))
    else:
        name = "_".join(w.lower() for w in name_words(subject, _STOP)[-4:])
    name = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")
    name = re.sub(r"^[\d_]+", "", name)  # a name never starts with a digit (10000_population_…)
    return name or f"figure_{unit}"


def label_en_of(subject: str, name: str) -> str:
    """The label: the words the name is made of, as printed (not a clause's fragment: Riverton County had)."""
    if CJK.search(subject):
        return name.replace("_", " ").capitalize() + " (to be named)"
    words = name_words(subject, _STOP)
    label = " ".join(words[-6:]).replace("_", " ") if words else name.replace("_", " ")
    return label[:1].upper() + label[1:80]


def label_zh_of(subject: str) -> str:
    return subject[-30:] if CJK.search(subject) else "(待译)"
