"""`factlint numbers`: one text, a whole file or standard input, one report with line numbers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from checks.cli import main
from checks.seeds import MAX_SEED_BYTES


def test_a_file_is_read_line_by_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text("标题\n床位超3000张，3至5年\n\nmore than 80% of counties\n", encoding="utf-8")
    assert main(["numbers", "--file", str(article)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{article}:2:3-8: '超3000张' → 3000 bed gt (3000, inf)"
    assert out[1] == f"{article}:2:10-13: '3至5年' → 3–5 year range [3, 5]"
    assert out[2].startswith(f"{article}:4:1-13: 'more than 80%' → 80 percent gt (80, 100]")
    assert out[-1] == "3 quantities read on 2 lines"


def test_standard_input_as_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("超过3000张\n在20和30之间"))
    assert main(["numbers", "-f", "-", "--format", "json"]) == 0
    text = capsys.readouterr().out
    read = json.loads(text)  # strict JSON: no Infinity
    assert "Infinity" not in text and "NaN" not in text
    assert [(q["line"], q["text"], q["qualifier"]) for q in read] == [
        (1, "超过3000张", "gt"),
        (2, "在20和30之间", "range"),
    ]
    assert read[0]["high"] is None and read[0]["high_open"] is True
    assert [end["value"] for end in read[1]["ends"]] == [20, 30]


def test_one_text_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["numbers", "降低7400余元"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1:3-8: '7400余元' → 7400 yuan gt (7400, 7500)",
        "1 quantity read on 1 line",
    ]


def test_a_file_that_cannot_be_read_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    assert main(["numbers", "--file", str(binary)]) == 2
    assert main(["numbers", "--file", str(tmp_path / "missing.txt")]) == 2
    assert main(["numbers"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_a_text_longer_than_an_article_is_refused_not_read_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--file /dev/zero`` or an endless pipe would fill the memory: reading stops past the longest
    article a seed may be (a new user's trial); one of that length is read."""
    longest = tmp_path / "longest.txt"
    longest.write_bytes(b"5%\r\n" + b"x" * (MAX_SEED_BYTES - 4))
    assert main(["numbers", "--file", str(longest)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{longest}:1:1-2: '5%' → 5 percent eq [4.5, 5.5]"
    longest.write_bytes(longest.read_bytes() + b"x")
    assert main(["numbers", "--file", str(longest)]) == 2
    assert main(["numbers", "--file", "/dev/zero"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("1" * (MAX_SEED_BYTES + 1)))
    assert main(["numbers", "-f", "-"]) == 2
    err = capsys.readouterr().err
    assert err.count(f"longer than {MAX_SEED_BYTES:,} bytes") == 3


PROJECT = Path(__file__).resolve().parents[1]


def test_the_units_read_are_the_repository_s_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "孕产妇死亡率降至8.15/10万"
    monkeypatch.chdir(PROJECT)  # this repository names a per-100,000 rate
    assert main(["numbers", "--format", "json", text]) == 0
    assert [(q["value"], q["unit"]) for q in json.loads(capsys.readouterr().out)] == [(8.15, "per_100k_population")]
    for folder in ("data", "seeds", "schemas"):
        (tmp_path / folder).mkdir()
    units = yaml.safe_load((PROJECT / "schemas" / "units.yaml").read_text(encoding="utf-8"))
    del units["per_100k_population"]
    (tmp_path / "schemas" / "units.yaml").write_text(yaml.safe_dump(units, allow_unicode=True), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "seeds")  # one that names none (found from a folder inside it)
    assert main(["numbers", "--format", "json", text]) == 0
    read = json.loads(capsys.readouterr().out)
    assert [(q["value"], q["unit"], q["unit_text"]) for q in read] == [(8.15, None, "/10万")]


def test_a_heading_says_what_it_gives_a_bare_cell(capsys: pytest.CaptureFixture[str]) -> None:
    """``--heading``: what a table heading gives the bare cells under it (a fact's ``unit_from``)."""
    assert main(["numbers", "--heading", "计划投资（万元）"]) == 0
    assert (
        capsys.readouterr().out == "'计划投资（万元）': a bare cell under it is multiplied by 10000, unit yuan ('元')\n"
    )
    assert main(["numbers", "--heading", "项目名称"]) == 0
    assert "names no unit or scale" in capsys.readouterr().out
    assert main(["numbers", "--heading", "--format", "json", "Spending (£m)"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "heading": "Spending (£m)",
        "gives": {"scale": 1000000.0, "unit": "gbp", "unit_text": None},
    }


def test_a_heading_read_from_standard_input_drops_its_line_break(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("单位：万人次\n"))
    assert main(["numbers", "--heading", "-f", "-"]) == 0
    assert (
        capsys.readouterr().out == "'单位：万人次': a bare cell under it is multiplied by 10000, unit person ('人次')\n"
    )


def test_a_file_name_given_as_the_text_is_read_as_text_with_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``factlint numbers seeds/a.txt`` reads the name, not the file: it says how to read the file (a new
    user's trial got "0 quantities read on 0 lines" and nothing else); a text that names no file says nothing."""
    (tmp_path / "article.txt").write_text("超过3000张\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["numbers", "article.txt"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "no quantity read\n"
    assert "to read that file: factlint numbers --file PATH" in captured.err
    assert main(["numbers", "超过3000张"]) == 0
    assert capsys.readouterr().err == ""


def test_a_file_not_in_utf8_is_refused_in_one_line_as_draft_refuses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "gbk.txt"
    article.write_bytes("郑州市建成医院12家。\n".encode("gbk"))
    assert main(["numbers", "--file", str(article)]) == 2
    error = capsys.readouterr().err
    assert (
        error
        == f"factlint: {article}: not valid UTF-8 at byte 2; save the article as UTF-8 first (e.g. iconv -f GBK -t UTF-8)\n"
    )


def test_a_table_s_cells_are_read_with_their_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As the validator reads an article: 2080 under 注册护士数（人） is a count; alone, or under 年份, a year."""
    article = tmp_path / "table.txt"
    article.write_text("县（市、区）\t注册护士数（人）\t年份\n武穴市\t2080\t2024\n武穴市\t2080\n", encoding="utf-8")
    assert main(["numbers", "--file", str(article), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["line"], row["text"]) for row in rows] == [(2, "2080"), (3, "2080")]
    assert main(["numbers", "武穴市\t2080"]) == 0
    assert "no quantit" in capsys.readouterr().out.lower()
