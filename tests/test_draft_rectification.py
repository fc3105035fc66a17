"""A one-off deadline to act on a finding (整改期限为15日, 整改期限不超过30日) is a target (README, Curation
conventions); the findings and what was done about them stay achieved."""

from __future__ import annotations

from pathlib import Path

from tests.draft_checks import facts_by_place, status_and_period
from tests.draft_measure import draft_text

_NOTICE = [
    "关于2026年医疗机构校验情况的通报",
    "发布时间：2026-06-10",
    "共发现问题86条，均已责令整改，整改期限为15日。",
    "抽查机构40家，发现问题112条，整改期限不超过30日。",
    "已完成整改58条，其余问题明确了整改时限和责任科室。",
]


def test_a_deadline_to_act_on_a_finding_is_a_target(tmp_path: Path) -> None:
    facts = facts_by_place(draft_text(tmp_path, _NOTICE))
    assert status_and_period(facts, 3, 15) == ("target", 2026)
    assert status_and_period(facts, 4, 30) == ("target", 2026)
    assert facts[(4, 30)]["qualifier"] == "le"
    assert status_and_period(facts, 3, 86) == ("achieved", 2026)  # guards: the findings, what was done
    assert status_and_period(facts, 4, 112) == ("achieved", 2026)
    assert status_and_period(facts, 5, 58) == ("achieved", 2026)
