"""The CLI end to end on a copy of the real repository: clean data passes; each mutation of the
issue's list is reported with its code at the right seed line and dataset line, exit 1, and no
traceback."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import chdir
from pathlib import Path

import pytest

from checks.cli import main
from checks.load import Document, parse_dataset

PROJECT = Path(__file__).resolve().parents[1]
SHIPPED = len(list((PROJECT / "data").glob("*.yaml")))  # the datasets of the repository, however many
DATASET = "data/zhengzhou-2026.yaml"
SEED = "seeds/004_f3394bd76fe2dc9a.txt"


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "copy"
    for name in ("seeds", "data", "schemas"):
        shutil.copytree(PROJECT / name, root / name)
    with chdir(root):
        yield root


def run_json(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["validate", "--format", "json", *arguments])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out)


def fact(document: Document, fact_id: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    index = next(i for i, f in enumerate(document.data["facts"]) if f["id"] == fact_id)
    return index, document.data["facts"][index]


def dataset_line(document: Document, *path: str | int) -> int:
    position = document.position(*path)
    assert position is not None
    return position.line


def edit(root: Path, path: str, old: str, new: str) -> None:
    file = root / path
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in {path}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def edit_line(root: Path, line_at: int, change: Callable[[str], str]) -> None:
    """Rewrite line ``line_at`` of the dataset (1-based)."""
    file = root / DATASET
    lines = file.read_text(encoding="utf-8").split("\n")
    lines[line_at - 1] = change(lines[line_at - 1])
    file.write_text("\n".join(lines), encoding="utf-8")


def parsed(root: Path) -> Document:
    document = parse_dataset(DATASET, (root / DATASET).read_bytes())
    assert isinstance(document, Document)
    return document


def located(report: dict, code: str) -> list[tuple[str | None, int | None, str, int]]:  # type: ignore[type-arg]
    return [
        (
            f["source"]["path"] if f["source"] else None,
            f["source"]["line"] if f["source"] else None,
            f["dataset"]["path"],
            f["dataset"]["line"],
        )
        for f in report["findings"]
        if f["code"] == code
    ]


def test_real_data_is_clean_and_json_has_the_design_fields(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys)
    assert code == 0
    assert report["version"] == 1
    assert set(report["summary"]) >= {"errors", "warnings", "infos", "facts", "datasets"}
    assert report["summary"]["errors"] == 0 and report["summary"]["datasets"] == SHIPPED
    assert report["summary"]["facts"] >= 100


def test_value_changed(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = parsed(repo)
    index, literacy = fact(document, "literacy-2025")
    edit(repo, DATASET, "value: 34.2\n", "value: 43.2\n")
    code, report = run_json(capsys)
    assert code == 1
    assert (SEED, literacy["line"], DATASET, dataset_line(document, "facts", index, "value")) in located(report, "P106")


def test_quote_altered(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = parsed(repo)
    index, literacy = fact(document, "literacy-2025")
    quote = literacy["quote"]
    edit(repo, DATASET, quote, quote.replace("提升", "提高", 1))
    code, report = run_json(capsys)
    assert code == 1
    assert located(report, "P105") == [
        (SEED, literacy["line"], DATASET, dataset_line(document, "facts", index, "quote"))
    ]


def test_line_off_by_one(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = parsed(repo)
    index, literacy = fact(document, "literacy-2025")
    edit_line(
        repo,
        dataset_line(document, "facts", index, "line"),
        lambda text: text.replace(f"line: {literacy['line']}", f"line: {literacy['line'] + 1}"),
    )
    code, report = run_json(capsys)
    assert code == 1
    p105 = located(report, "P105")
    assert (SEED, literacy["line"] + 1, DATASET, dataset_line(document, "facts", index, "quote")) in p105
    message = next(f["message"] for f in report["findings"] if f["code"] == "P105")
    assert f"line {literacy['line']}" in message  # says where the quote really is


def test_seed_path_escapes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = parsed(repo)
    edit(repo, DATASET, f"path: {SEED}", "path: ../../etc/passwd")
    code, report = run_json(capsys)
    assert code == 1
    assert located(report, "P101") == [(None, None, DATASET, dataset_line(document, "source", "path"))]


def test_broken_indentation(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = parsed(repo)
    index, _ = fact(document, "literacy-2025")
    line_at = dataset_line(document, "facts", index, "quote")
    edit_line(repo, line_at, lambda text: text[1:])  # one space short
    code, report = run_json(capsys)
    assert code == 1
    [(source, _, path, line)] = located(report, "P100")
    assert source is None and path == DATASET and line in (line_at - 1, line_at)


def test_percent_of_104(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = parsed(repo)
    index, literacy = fact(document, "literacy-2025")
    edit(repo, DATASET, "value: 34.2\n", "value: 104\n")
    code, report = run_json(capsys)
    assert code == 1
    assert located(report, "C110") == [
        (SEED, literacy["line"], DATASET, dataset_line(document, "facts", index, "value"))
    ]


def test_text_report_puts_the_seed_line_first(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = parsed(repo)
    index, literacy = fact(document, "literacy-2025")
    edit(repo, DATASET, "value: 34.2\n", "value: 104\n")
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    value_line = dataset_line(document, "facts", index, "value")
    assert any(
        line.startswith(f"{SEED}:{literacy['line']}:")
        and " error C110 " in line
        and f"[{DATASET}:{value_line} " in line
        for line in out.splitlines()
    ), out


def test_runs_from_a_subdirectory_of_a_copy(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.chdir(repo / "data")
    code, report = run_json(capsys)
    assert code == 0 and report["summary"]["datasets"] == SHIPPED


def test_path_selects_one_dataset(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, "data/hebei-2022.yaml", "path: seeds/", "path: ../")
    code, report = run_json(capsys, DATASET)
    # Hebei shares no indicator, period and region with Zhengzhou: its error is not reported here.
    assert code == 0 and 1 <= report["summary"]["datasets"] < 5
    code, report = run_json(capsys, "data/hebei-2022.yaml")
    assert code == 1 and {f["dataset"]["path"] for f in report["findings"]} == {"data/hebei-2022.yaml"}


def test_seed_path_selects_the_datasets_citing_it(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys, SEED)
    assert code == 0 and report["summary"]["datasets"] >= 1
    assert report["summary"]["facts"] == len(parsed(repo).data["facts"]) or report["summary"]["datasets"] > 1


def test_an_article_without_a_dataset_is_reported_where_it_is_asked_about(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "seeds" / "new-article.txt").write_text("全县共有医疗卫生机构312个。\n", encoding="utf-8")

    def k103(report: dict) -> list[str | None]:  # type: ignore[type-arg]
        return [f["source"]["path"] for f in report["findings"] if f["code"] == "K103"]

    code, report = run_json(capsys)  # a full run: every article
    assert code == 0 and k103(report) == ["seeds/new-article.txt"]
    code, report = run_json(capsys, "seeds/new-article.txt")  # the hook of a commit adding it
    assert code == 0 and k103(report) == ["seeds/new-article.txt"]
    code, report = run_json(capsys, DATASET)  # a commit about something else
    assert code == 0 and k103(report) == []


def test_output_file_and_strict(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, DATASET, "ignore:\n", "ignore:\n  - {line: 15, text: 不存在, reason: stale on purpose}\n")
    (repo / "out").mkdir()  # a report's directory is never created (tests/test_write_targets.py)
    assert main(["validate", "--output", "out/report.txt"]) == 0  # a warning alone passes
    assert "K102" in (repo / "out" / "report.txt").read_text(encoding="utf-8")
    assert main(["validate", "--strict", "--output", "out/report.txt"]) == 1


def test_output_to_a_device_or_a_pipe_writes_to_it_and_never_replaces_it(repo: Path, tmp_path: Path) -> None:
    assert main(["validate", "--output", os.devnull, "--json", os.devnull]) == 0
    assert not Path(os.devnull).is_file() and Path(os.devnull).is_char_device()
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    assert main(["validate", "--format", "json", "--output", str(pipe)]) == 0
    reader.join(timeout=60)
    assert json.loads(read[0])["summary"]["errors"] == 0
    assert pipe.is_fifo()


def test_numbers_reads_a_text_that_begins_with_a_dash(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse would take '-5%' or '---' for an unknown option; it is the text, as after '--'."""
    for arguments in (["-5%"], ["--format", "json", "-5%"], ["--", "-5%"], ["-5%", "--format", "json"]):
        assert main(["numbers", *arguments]) == 0, arguments
        assert "5" in capsys.readouterr().out
    assert main(["numbers", "---"]) == 0
    assert "no quantity read" in capsys.readouterr().out
    assert main(["numbers", "--form", "json", "5 beds"]) == 0  # an abbreviated option is still the option
    assert json.loads(capsys.readouterr().out)[0]["value"] == 5


@pytest.mark.parametrize(
    "arguments",
    [
        ["validate", "--format", "xml"],
        ["frobnicate"],
        ["validate", "README.md"],
        ["validate", "data/nope.yaml"],
        ["validate", "seeds/nope.txt"],  # a typo would select no dataset and pass
        ["rules", "Z999"],
    ],
)
def test_usage_errors_exit_2_without_traceback(
    repo: Path, capsys: pytest.CaptureFixture[str], arguments: list[str]
) -> None:
    (repo / "README.md").write_text("x", encoding="utf-8")
    assert main(arguments) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_outside_a_repository_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with chdir(tmp_path):
        assert main(["validate"]) == 2
    assert "no factlint repository" in capsys.readouterr().err


def test_garbage_dataset_is_findings_not_a_crash(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, text in {
        "a.yaml": "[1, 2",
        "b.yaml": "source: 5\nfacts: 7\n",
        "c.yaml": "source: {path: 7, body: x, region: []}\nfacts: [1, {id: [x]}, {value: .nan}]\nrelations: [{kind: sum, parts: 3}]\n",
        "d.yaml": "!!python/object/apply:os.system ['echo pwned']\n",
        "e.yaml": "&a [*a]\n",
    }.items():
        (repo / "data" / name).write_text(text, encoding="utf-8")
    code, report = run_json(capsys)
    assert code == 1
    paths = {f["dataset"]["path"] for f in report["findings"]}
    assert {"data/a.yaml", "data/b.yaml", "data/c.yaml", "data/d.yaml"} <= paths


def test_rules_lists_and_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert all(code in listing for code in ("S101", "P105", "C101", "K101"))
    assert main(["rules", "p105"]) == 0
    explained = capsys.readouterr().out
    assert (
        explained.startswith("P105: Quote is not on the cited line.")
        and "\nFails:\n" in explained
        and "**" not in explained
    )


def test_numbers_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["numbers", "次均费用较普通住院降低7400余元,降幅达80.61%", "--format", "json"]) == 0
    read = json.loads(capsys.readouterr().out)
    assert [(q["value"], q["qualifier"], q["unit"]) for q in read] == [(7400, "gt", "yuan"), (80.61, "eq", "percent")]
    assert read[0]["low"] == 7400 and read[0]["high"] == 7500 and read[0]["low_open"] is True
    assert set(read[0]) >= {
        "value",
        "digits",
        "qualifier",
        "low",
        "high",
        "low_open",
        "high_open",
        "unit",
        "start",
        "end",
        "text",
    }
