"""The region table is read anew at each call: a rewritten, new or removed file is seen at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import regions
from schemas.regions import PACKAGED, load_regions

HEADER = "code\tname\n"


def table(root: Path, text: str) -> None:
    (root / "schemas").mkdir(exist_ok=True)
    (root / "schemas" / "regions.tsv").write_text(HEADER + text, encoding="utf-8")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the loader reads, in order."""
    seen: list[str] = []
    original = regions.read_inside

    def counted(root: Path, relative: str, directory: str) -> bytes:
        seen.append(relative)
        return original(root, relative, directory)

    monkeypatch.setattr(regions, "read_inside", counted)
    return seen


def test_a_table_rewritten_at_once_is_read_anew(tmp_path: Path, reads: list[str]) -> None:
    # The same size, within the same clock tick as likely as not: the file's times may not change.
    table(tmp_path, "410100\t郑州市\n")
    assert load_regions(tmp_path)["410100"] == "郑州市"
    table(tmp_path, "410100\t开封市\n")
    assert load_regions(tmp_path)["410100"] == "开封市"
    assert len(reads) == 2


def test_a_table_that_appears_or_goes_is_noticed(tmp_path: Path) -> None:
    packaged = load_regions(tmp_path)
    assert "410100" in packaged and len(packaged) == len(regions._parse(PACKAGED.read_text(encoding="utf-8")))
    table(tmp_path, "999999\t测试市\n")
    assert load_regions(tmp_path) == {"CN": "全国", "999999": "测试市"}
    (tmp_path / "schemas" / "regions.tsv").unlink()
    assert load_regions(tmp_path) is packaged
