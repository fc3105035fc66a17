"""`factlint draft` on the kinds of text the eleventh set brought: a notice sending out a plan under a
government site's metadata block (发文字号, 成文日期), the plan's 主要目标 and its yearly rules, a
written answer's table with its source note, a county news story, an NGO's release and an annual
report. Each guess has a case it must get right and a near case it must not turn into the same
answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.draft.guesses import period_of
from checks.draft.source import guess_source
from checks.draft.years import ArticleYears
from schemas.regions import load_regions
from tests.test_draft import _at

PROJECT = Path(__file__).resolve().parents[1]

# ---- a notice's head -------------------------------------------------------------------------------


def test_a_metadata_block_is_no_title_and_the_notice_is_a_plan() -> None:
    notice = [
        "南平市卫生健康委员会关于印发《南平市基层卫生人才队伍建设实施方案(2026—2028年)》的通知",
        "索引号:113507000036842719/2026-00214    发布机构:南平市卫生健康委员会",
        "发文字号:南卫人〔2026〕27号    成文日期:2026-08-26",
        "发布日期:2026-09-02    主题分类:卫生、体育\\医药管理",
        "各县(市、区)卫生健康局,委直属各单位:",
        "现将《南平市基层卫生人才队伍建设实施方案(2026—2028年)》印发给你们,请结合实际认真抓好落实。",
    ]
    guess = guess_source(notice, load_regions(PROJECT))
    assert (guess.title, guess.published) == (notice[0], date(2026, 9, 2))
    # a line that only mentions a document number is no metadata label
    assert guess_source(["发文字号南卫人", *notice[4:]], load_regions(PROJECT)).title == "发文字号南卫人"


# ---- periods ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "figure", "expected"),
    [
        # a yearly rule of a plan holds from the year it is set
        ("继续实施定向培养项目,每年招收定向医学生不少于120名。", "120", 2026),
        ("按每人每月300至500元的标准发放山区工作津贴。", "500", 2026),
        ("The trust will fund £2 million a year for outreach.", "2", 2026),
        # a target with no recurrence is the plan's
        ("继续实施定向培养项目,招收定向医学生不少于120名。", "120", 2028),
        # a recurring target with a due year is due then
        ("到2027年,每年招收定向医学生不少于120名。", "120", 2027),
    ],
)
def test_a_recurring_target_of_a_plan_holds_from_publication(line: str, figure: str, expected: int) -> None:
    years = ArticleYears(date(2026, 9, 2), [2025], [2028])
    assert period_of(line, *_at(line, figure), "target", years, plan=True).value == expected
