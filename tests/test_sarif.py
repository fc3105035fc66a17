"""SARIF as GitHub code scanning reads it: valid, line hashes as the upload action computes them,
regions with ends, related locations linked from the message, rule help that renders as Markdown."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt

from checks.cli import main
from checks.formats.linehash import line_hashes
from checks.formats.sarif import LINE_HASH_KEY, escape_message
from checks.rules import all_rules
from tests.rule_harness import real_corpus

PROJECT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = json.loads((PROJECT / "tests" / "vendor" / "sarif-schema-2.1.0.json").read_text("utf-8"))
REPOSITORY = "https://github.example/owner/factlint/blob/0123abc/"


# Vectors from github/codeql-action, src/fingerprints.test.ts (the upload action's own tests).
# LF and CRLF endings hash alike.
GREETINGS = [
    "e9496ae3ebfced30:1",
    "fb7c023a8b9ccb3f:1",
    "ce8ba1a563dcdaca:1",
    "e20e36e16fcb0cc8:1",
    "b3edc88f2938467e:1",
    "c8e28b0b4002a3a0:1",
    "c129715d7a2bc9a3:1",
]
CODEQL_ACTION_VECTORS = [
    ("", ["c129715d7a2bc9a3:1"]),
    (" a\nb\n  \t\tc\n d", ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"]),
    (
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
        GREETINGS,
    ),
    (
        " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
        GREETINGS,
    ),
    (
        "Lorem ipsum dolor sit amet.\n" * 10,
        [
            *(f"a7f2ff13bc495cf2:{n}" for n in range(1, 7)),
            "a7f2ff1481e87703:1",
            "a9cf91f7bbf1862b:1",
            "55ec222b86bcae53:1",
            "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
    (
        "x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n",
        [
            "e54938cc54b302f1:1",
            "bb609acbe9138d60:1",
            "1131fd5871777f34:1",
            "5c482a0f8b35ea28:1",
            "54517377da7028d2:1",
            "2c644846cb18d53e:1",
            "f1b89f20de0d133:1",
            "c129715d7a2bc9a3:1",
        ],
    ),
    # Chinese, a tab, CRLF and characters outside the BMP (two UTF-16 units each): computed by
    # running the action's fingerprints.ts `hash` under Node.
    (
        "看病更省心!郑州\t2026年 卫生\r\n😀 emoji 𝔘 line\n\n  x",
        ["94c451586cd5fa8f:1", "c359900dc5452a55:1", "a88801a1799b48b5:1", "638816509450efbf:1"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODEQL_ACTION_VECTORS)
def test_line_hashes_are_those_of_the_upload_action(text: str, expected: list[str]) -> None:
    assert line_hashes(text) == dict(enumerate(expected, start=1))


def test_message_text_escapes_brackets() -> None:
    assert escape_message("sum [18, 22] \\[x]") == "sum \\[18, 22\\] \\\\\\[x\\]"


# A run on this repository's data, as the workflow runs it ------------------------------------------

MISTYPED = {"edits": [{"file": "data/zhengzhou-2026.yaml", "old": "    value: 7400\n", "new": "    value: 7100\n"}]}


def sarif_of(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.example")
    monkeypatch.setenv("GITHUB_REPOSITORY", "owner/factlint")
    monkeypatch.setenv("GITHUB_SHA", "0123abc")
    with contextlib.chdir(root):
        assert main(["validate", "--format", "text", "--sarif", "out.sarif"]) in (0, 1)
    log: dict[str, Any] = json.loads((root / "out.sarif").read_text("utf-8"))
    jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)
    return log


def results_by_rule(log: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["ruleId"]: r for r in log["runs"][0]["results"]}


def covered(root: Path, location: dict[str, Any]) -> str:
    """The text a region covers, read from the file."""
    physical = location["physicalLocation"]
    lines = (root / physical["artifactLocation"]["uri"]).read_text("utf-8").split("\n")
    region = physical["region"]
    assert region["startLine"] == region["endLine"]
    return lines[region["startLine"] - 1][region["startColumn"] - 1 : region["endColumn"] - 1]


def test_sarif_of_a_run_has_what_code_scanning_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = real_corpus(tmp_path, MISTYPED)
    log = sarif_of(root, monkeypatch)
    results = results_by_rule(log)
    # The mistyped value, and the discrepancies the data acknowledges (notes).
    assert {code for code, r in results.items() if "suppressions" not in r} == {"P106"}
    wrong = results["P106"]
    assert wrong["level"] == "error"
    # The region covers the value to edit; the related location the quote in the article.
    assert covered(root, wrong["locations"][0]) == "7100"
    [claim] = wrong["relatedLocations"]
    assert covered(root, claim) == "次均费用较普通住院降低7400余元"
    for result in log["runs"][0]["results"]:
        # Every related location is linked from the message, by an id that exists.
        linked = [int(n) for n in re.findall(r"(?<!\\)\]\((\d+)\)", result["message"]["text"])]
        assert linked == [r["id"] for r in result.get("relatedLocations", [])]
        for location in [*result["locations"], *result.get("relatedLocations", [])]:
            region = location["physicalLocation"]["region"]
            assert set(region) == {"startLine", "startColumn", "endLine", "endColumn"}
            assert region["endColumn"] > region["startColumn"]
        # The line hash is the upload action's for that file and line.
        primary = result["locations"][0]["physicalLocation"]
        text = (root / primary["artifactLocation"]["uri"]).read_text("utf-8")
        assert result["partialFingerprints"][LINE_HASH_KEY] == line_hashes(text)[primary["region"]["startLine"]]
        assert "factlint/v1" in result["partialFingerprints"]


def test_an_acknowledged_discrepancy_is_no_error_for_a_consumer_ignoring_suppressions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = sarif_of(real_corpus(tmp_path, {}), monkeypatch)  # the real data: clean, one acknowledged
    [acknowledged] = log["runs"][0]["results"]
    assert acknowledged["level"] == "note"  # sarif-tools' --check error and warning pass
    assert acknowledged["properties"]["severity"] == "error"
    [suppression] = acknowledged["suppressions"]
    reason = suppression["justification"]
    assert suppression["kind"] == "inSource" and reason
    assert f"Acknowledged in the dataset: {escape_message(reason)}" in acknowledged["message"]["text"]


def test_line_hash_and_fingerprint_survive_lines_added_above(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = results_by_rule(sarif_of(real_corpus(tmp_path / "a", MISTYPED), monkeypatch))["P106"]
    shifted = {
        "edits": [
            *MISTYPED["edits"],
            {"file": "data/zhengzhou-2026.yaml", "old": "source:\n", "new": "# x\n\nsource:\n"},
        ]
    }
    after = results_by_rule(sarif_of(real_corpus(tmp_path / "b", shifted), monkeypatch))["P106"]
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in (before, after)]
    assert lines[1] == lines[0] + 2
    assert after["partialFingerprints"] == before["partialFingerprints"]


def test_rules_carry_name_tags_help_markdown_and_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    driver = sarif_of(real_corpus(tmp_path, {}), monkeypatch)["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == f"{REPOSITORY}README.md"
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert set(rules) == {rule.code() for rule in all_rules()}
    names = [rule["name"] for rule in rules.values()]
    assert len(set(names)) == len(names)
    markdown = MarkdownIt("commonmark")
    for rule in all_rules():
        descriptor = rules[rule.code()]
        assert re.fullmatch(r"(schema|provenance|consistency|coverage)/[a-z0-9-]+", descriptor["name"])
        assert descriptor["properties"]["tags"] == ["factlint", rule.family()]
        assert descriptor["properties"]["problem.severity"] in ("error", "warning", "recommendation")
        assert len(descriptor["shortDescription"]["text"]) <= 1024 >= len(descriptor["fullDescription"]["text"])
        assert descriptor["help"]["text"]
        # The help renders as Markdown: inline code as code, each example as a YAML block.
        html = markdown.render(descriptor["help"]["markdown"])
        assert "``" not in html and "::" not in re.sub(r"<pre>.*?</pre>", "", html, flags=re.S), rule.code()
        examples = len(re.findall(r"::\s*$", rule.explanation(), re.M))
        assert html.count('<pre><code class="language-yaml">') == examples, rule.code()
        # helpUri: the rule's own module, with its explanation, in this repository.
        help_uri = descriptor["helpUri"]
        assert help_uri.startswith(REPOSITORY)
        assert (PROJECT / help_uri.removeprefix(REPOSITORY)).is_file()


def test_without_actions_variables_no_uri_is_invented(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = real_corpus(tmp_path, {})
    for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"):
        monkeypatch.delenv(name, raising=False)
    with contextlib.chdir(root):
        main(["validate", "--format", "sarif", "--output", "out.sarif"])
    driver = json.loads((root / "out.sarif").read_text("utf-8"))["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver and not any("helpUri" in rule for rule in driver["rules"])
