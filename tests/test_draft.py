"""`factlint draft`: each guess with cases it must get right and cases it must not, the writer, the
in-place --uncited mode, and an end-to-end draft of an article held out from development."""

from __future__ import annotations

import contextlib
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from checks.cli import main
from checks.corpus import load_corpus
from checks.draft.facts import quote_span
from checks.draft.guesses import period_of, status_of
from checks.draft.ignores import non_claim
from checks.draft.indicators import match
from checks.draft.insert import append_items
from checks.draft.source import body_range, published_of, region_of, title_of
from checks.draft.writer import scalar
from checks.engine import run
from checks.numbers import read_quantities
from schemas.regions import load_regions
from tests.draft_measure import ARTICLES, gold_of, scratch_repository
from tests.rule_harness import BASE, make_corpus

PROJECT = Path(__file__).resolve().parents[1]


def _draft(root: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["draft", *args])
    return code, out.getvalue()


def _at(line: str, figure: str) -> tuple[int, int]:
    """The span of the reading whose text contains ``figure``."""
    q = next(q for q in read_quantities(line) if figure in q.text)
    return q.start, q.end


# ---- source block ---------------------------------------------------------------------------------

BODY_CASES = [
    pytest.param(
        [
            "看病更省心!郑州卫生健康工作",
            "",
            "2026-01-27 来源:人民网",
            "",
            "会议指出,过去五年,全市建成医疗圈,诊疗时间缩短1小时,支付时间压缩至2分钟内。",
            "",
            "相关推荐",
            "热点 5-0 晋级",
        ],
        (5, 5),
        id="zh-related-links-after",
    ),
    pytest.param(
        [
            "Zhengzhou health",
            "",
            "Author:Henan Time:2022.08.28",
            "",
            "At the press conference the city said it built 25 clinics and 71 health centres in all.",
            "",
            "Source: Medical Health Newspaper",
            "",
            "- END -",
            "",
            "Measure the city with your footsteps, 13 runners",
        ],
        (5, 5),
        id="en-source-and-end",
    ),
    pytest.param(
        [
            "《公报》显示,卫生资源总量稳步增长。2024年年末,全市医疗卫生机构总数4441个,比上年增加182个,其中,医院162个,比上年增加1个。2024年年末,全市卫生技术人员75178人。",
            "2024年,全年接受健康管理的65岁及以上老年人数37.8万。",
            "(刘 涛)",
            "",
        ],
        (1, 2),
        id="page-starting-mid-article",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), BODY_CASES)
def test_body_range(lines: list[str], expected: tuple[int, int]) -> None:
    title = title_of(lines)
    assert body_range(lines, title[0] if title else None) == expected


def test_published_date_forms() -> None:
    assert published_of(["Title", "Author:x Time:2025.03.18", "Text."], 3, 1)[0] == date(2025, 3, 18)
    assert published_of(["Title", "MONDAY, JUNE 18, 2018", "Text."], 3, 1)[0] == date(2018, 6, 18)
    assert published_of(["郑州2026年卫生健康工作", "人民网郑州1月27日电 会议召开。"], 2, 1)[0] == date(2026, 1, 27)
    found, why = published_of(["A title", "Text with no date at all."], 2, 1)
    assert found is None and "no date" in why


def test_region_named_in_the_head() -> None:
    regions = load_regions(PROJECT)
    assert region_of("关于印发海南州全面推进紧密型县域医共体建设实施方案的通知", regions) == (
        "632500",
        "海南藏族自治州",
    )
    assert region_of("行稳致远 商丘市睢阳区稳步推进健康扶贫工作", regions) == ("411403", "睢阳区")
    assert region_of("国家卫健委:2024年末全国医疗卫生机构总数", regions) == ("CN", "全国")
    assert region_of("Global childhood immunization levels stalled", regions) is None


# ---- status and period ----------------------------------------------------------------------------

PUBLISHED = date(2024, 3, 1)
STATUS_CASES = [
    ("2026年将新增10家生育友好医院。", "10家", False, "target"),
    ("全市已建成10家生育友好医院。", "10家", False, "achieved"),
    ("By 2027, coverage will reach 95%.", "95%", False, "target"),
    ("By the end of 2023, hospital beds reached 10.17 million.", "10.17 million", False, "achieved"),
    ("医共体总院达到标准,90%的乡镇卫生院达到推荐标准。", "90%", True, "target"),
    ("医共体总院达到标准,90%的乡镇卫生院达到推荐标准。", "90%", False, "achieved"),
    ("截至目前,90%的乡镇卫生院达到推荐标准。", "90%", True, "achieved"),
]


@pytest.mark.parametrize(("line", "figure", "plan", "expected"), STATUS_CASES)
def test_status(line: str, figure: str, plan: bool, expected: str) -> None:
    assert status_of(line, *_at(line, figure), plan, PUBLISHED).value == expected


PERIOD_CASES = [
    ("2022年末,全国医院38710个。", "38710个", "achieved", PUBLISHED, [], 2022),
    ("surged from 15 yuan in 2009 to 94 yuan", "15 yuan", "achieved", PUBLISHED, [], 2009),
    ("2.7 million more than in 2019", "2.7 million", "achieved", date(2023, 7, 1), [], 2023),
    ("去年全市新增床位3000张。", "3000张", "achieved", date(2024, 9, 1), [], 2023),
    ("全市新增床位3000张。", "3000张", "achieved", date(2024, 2, 1), [], 2023),
    ("全市新增床位3000张。", "3000张", "achieved", date(2024, 11, 1), [], 2024),
    ("全市新增床位3000张。", "3000张", "target", date(2024, 2, 1), [], 2024),
    ("全市新增床位3000张。", "3000张", "achieved", date(2018, 6, 18), [2013, 2020], 2013),
    ("全市新增床位3000张。", "3000张", "target", date(2018, 6, 18), [2013, 2020], 2020),
]


@pytest.mark.parametrize(("line", "figure", "status", "published", "years", "expected"), PERIOD_CASES)
def test_period(line: str, figure: str, status: str, published: date, years: list[int], expected: int) -> None:
    assert period_of(line, *_at(line, figure), status, published, years).value == expected


# ---- indicators -----------------------------------------------------------------------------------


def test_indicator_matched_by_label_only_when_the_unit_fits() -> None:
    catalogue = yaml.safe_load((BASE / "schemas" / "indicators.yaml").read_text(encoding="utf-8"))
    units = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    assert match("居民健康素养水平从", "percent", catalogue, units) == "health_literacy_rate"
    assert match("居民健康素养水平从", "person", catalogue, units) is None
    assert match("the city built new health centres", "institution", catalogue, units) == "health_centres"
    assert match("the city opened pharmacies", "institution", catalogue, units) is None


# ---- quotes and non-claims ------------------------------------------------------------------------


def test_quote_is_the_shortest_unique_clause_that_reads_as_the_figure() -> None:
    line = "居民健康素养水平从16.20%提升至34.20%,人均预期寿命提高至79.51岁,其中城镇80岁。"
    figures = read_quantities(line)
    quotes = [line[slice(*quote_span(line, q, figures))] for q in figures]  # type: ignore[misc]
    assert quotes == ["居民健康素养水平从16.20%", "提升至34.20%", "人均预期寿命提高至79.51岁", "其中城镇80岁"]
    english = "Coverage stalled at 84% (108 million), and 84% of counties have staff."
    figures = read_quantities(english)
    quotes = [english[slice(*quote_span(english, q, figures))] for q in figures]  # type: ignore[misc]
    assert quotes == ["Coverage stalled at 84%", "108 million", "and 84% of counties have staff"]


NON_CLAIMS = [
    ("接受健康管理的65岁及以上老年人数37.8万", "65岁及以上", True),
    ("我国人均预期寿命达到79岁", "79岁", False),
    ("孕产妇死亡率下降到14.3/10万", "10万", True),
    ("孕产妇死亡率下降到14.3/10万", "14.3", False),
    ("过去五年,全市建成医疗圈", "五年", True),
    ("省卫健委等九部门印发通知", "九部", True),
    ("推动“责任、管理、服务、利益”四个共同体建设", "四个", True),
    ("新建四个社区卫生服务中心", "四个", False),
    ("the take-up of the three-dose diphtheria jab", "three", True),
    ("children under 3 years of age", "3 years", True),
]


@pytest.mark.parametrize(("line", "figure", "ignored"), NON_CLAIMS)
def test_non_claims(line: str, figure: str, ignored: bool) -> None:
    figures = read_quantities(line)
    q = next(q for q in figures if figure in q.text)
    assert (non_claim(line, q, figures) is not None) == ignored


# ---- writer and in-place insertion ----------------------------------------------------------------


def test_scalars_are_quoted_only_when_yaml_needs_it() -> None:
    assert scalar("累计建床超3000张") == "累计建床超3000张"
    assert scalar("410100", flow=True) == '"410100"'
    assert scalar("two cancer screening: yes") == '"two cancer screening: yes"'
    assert scalar("a, b", flow=True) == '"a, b"' and scalar("a, b") == "a, b"
    assert scalar(13020000.0) == "13020000" and scalar(14.3) == "14.3" and scalar(None) == "null"


def test_append_items_keeps_comments_and_order() -> None:
    text = "# head\nfacts:\n  - {id: a}  # first\n  # between\n  - id: b\n    line: 2  # second\n# after the list\nignore: []  # none yet\n"
    result = append_items(text, "facts", ["- {id: c}"])
    result = append_items(result, "ignore", ["- {line: 1, text: x, reason: y}"])
    assert result == (
        "# head\nfacts:\n  - {id: a}  # first\n  # between\n  - id: b\n    line: 2  # second\n  - {id: c}\n"
        "# after the list\nignore:  # none yet\n  - {line: 1, text: x, reason: y}\n"
    )
    assert yaml.safe_load(result)["facts"][-1] == {"id": "c"}


# ---- the command ----------------------------------------------------------------------------------


def test_draft_never_overwrites_unless_forced(tmp_path: Path) -> None:
    root = make_corpus(tmp_path, {})
    existing = (root / "data" / "example.yaml").read_text(encoding="utf-8")
    code, out = _draft(root, "seeds/example.txt", "--output", "data/example.yaml")
    assert code == 2 and "--force" in out
    assert (root / "data" / "example.yaml").read_text(encoding="utf-8") == existing
    assert _draft(root, "seeds/example.txt", "--output", "data/example.yaml", "--force")[0] == 0
    assert (root / "data" / "example.yaml").read_text(encoding="utf-8") != existing
    outside = tmp_path / "article.txt"
    outside.write_text("Title\n\nA text with 5 numbers.\n", encoding="utf-8")
    code, out = _draft(root, str(outside))
    assert code == 2 and "outside the repository" in out


def test_uncited_adds_a_reviewed_fact_and_keeps_the_file(tmp_path: Path) -> None:
    root = make_corpus(
        tmp_path,
        {"edits": [{"file": "seeds/example.txt", "old": "of them are new.", "new": "of them are new, 12 are rural."}]},
    )
    dataset = root / "data" / "example.yaml"
    dataset.write_text(dataset.read_text(encoding="utf-8").replace("sha256: eff9b", "sha256: 0ff9b"), encoding="utf-8")
    before = dataset.read_text(encoding="utf-8")
    assert [f.code for f in run(load_corpus(root)).findings if f.code == "K101"] == ["K101"]
    code, out = _draft(root, "data/example.yaml", "--uncited")
    assert code == 0, out
    after = dataset.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert after.startswith(before.split("relations:")[0])  # comments and every earlier line kept
    assert after.endswith(before[before.index("relations:") :])
    assert any("quote: 12 are rural" in line for line in added) and any("review:" in line for line in added)
    codes = [f.code for f in run(load_corpus(root)).findings]
    assert "K101" not in codes and "S190" in codes
    assert not [c for c in codes if c.startswith("P") and c != "P103"]


def test_held_out_article_drafts_end_to_end(tmp_path: Path) -> None:
    """An article never drafted during development: draft, validate, 0 provenance errors; --strict refuses it."""
    name = "zh-ordos-service-system-2024"
    assert gold_of(name)["held_out"]
    root = scratch_repository(tmp_path / "repo")
    shutil.copyfile(ARTICLES / f"{name}.txt", root / "seeds" / f"{name}.txt")
    code, out = _draft(root, f"seeds/{name}.txt", "--output", "data/ordos.yaml")
    assert code == 0, out
    report = run(load_corpus(root))
    assert [f for f in report.findings if f.code.startswith("P")] == []
    assert any(f.code == "S190" for f in report.findings)
    with contextlib.chdir(root), contextlib.redirect_stdout(io.StringIO()):
        assert main(["validate", "--strict", "data/ordos.yaml"]) == 1
