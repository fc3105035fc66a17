"""Synthetic corpora built from the real datasets, for the benchmark and the cache tests.

Each copy of a real dataset cites its own copy of its seed (with a line of its own after the
article, so no two seeds have the same content and nothing can be shared between them), and is
about a region of its own chosen from the real dataset's neighbourhood: the same region, a region
inside it, or (for the national dataset) the country. So, as in a real corpus, many facts share an
indicator, a period and a status across datasets, the cross-dataset rules compare them (C107 on the
same region, C132 on a region and the regions inside it), and the corpus still validates clean.
``faults=True`` plants cross-dataset disagreements and a copying slip in the same datasets, so the cache
tests see findings across datasets and of one dataset too.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from schemas.regions import load_regions

PROJECT = Path(__file__).resolve().parents[1]
_REGION = re.compile(r'^  region: \{code: "?(?P<code>[0-9A-Z]+)"?, name: (?P<name>[^}]+)\}$', re.MULTILINE)
_SHA256 = re.compile(r"^  sha256: [0-9a-f]{64}$", re.MULTILINE)
_PATH = re.compile(r"^  path: (?P<path>seeds/\S+)$", re.MULTILINE)


def neighbourhood(code: str, regions: dict[str, str]) -> list[str]:
    """The region itself first, then the regions directly inside it (counties of a city, cities of a
    province); the country stays the country."""
    if code == "CN":
        return [code]
    if code.endswith("0000"):
        inside = [c for c in regions if c.startswith(code[:2]) and c.endswith("00") and c != code]
    elif code.endswith("00"):
        inside = [c for c in regions if c.startswith(code[:4]) and c != code and not c.endswith("01")]
    else:
        inside = []
    return [code, *sorted(inside)]


def templates(project: Path = PROJECT) -> list[tuple[str, str, bytes]]:
    """(stem, dataset text, seed bytes) of every dataset of ``project``."""
    found = []
    for dataset in sorted((project / "data").glob("*.yaml")):
        text = dataset.read_text(encoding="utf-8")
        match = _PATH.search(text)
        assert match, f"{dataset}: no seed path"
        found.append((dataset.stem, text, (project / match["path"]).read_bytes()))
    return found


def build(root: Path, datasets: int, faults: bool = False, project: Path = PROJECT) -> Path:
    """A repository at ``root`` with ``datasets`` dataset files (about 21 facts each), copies of the
    datasets of ``project`` (this repository's: the five curated, and any a curator added)."""
    root.mkdir(parents=True, exist_ok=True)
    # The vocabularies a repository may carry (not the schemas package's code: a copy of it would
    # shadow the installed one for a `python -m` run in the corpus).
    (root / "schemas").mkdir(exist_ok=True)
    for name in ("units.yaml", "indicators.yaml", "regions.tsv"):
        shutil.copy(project / "schemas" / name, root / "schemas" / name)
    if (project / "pyproject.toml").is_file():
        shutil.copy(project / "pyproject.toml", root / "pyproject.toml")
    (root / "data").mkdir(exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    regions = load_regions(project)
    kinds = templates(project)
    for number in range(datasets):
        stem, text, seed = kinds[number % len(kinds)]
        copy = number // len(kinds)
        seed_name = f"seeds/{stem}-{copy}.txt"
        seed_copy = seed.rstrip(b"\n") + f"\n(synthetic copy {copy} of {stem})\n".encode()
        (root / seed_name).write_bytes(seed_copy)
        digest = hashlib.sha256(seed_copy).hexdigest()
        text_copy = _PATH.sub(f"  path: {seed_name}", text, count=1)
        text_copy = _SHA256.sub(f"  sha256: {digest}", text_copy, count=1)
        region = _REGION.search(text_copy)  # None: an article about no one region (`region: null`)
        choices = neighbourhood(region["code"], regions) if region else [None]
        code = choices[copy % len(choices)] if copy % 3 else choices[0]  # a third keep the region itself
        if code is not None:
            text_copy = _REGION.sub(f'  region: {{code: "{code}", name: {regions[code]}}}', text_copy, count=1)
        if faults and copy % 7 == 3 and code == choices[0] and code is not None:
            text_copy, seed_copy = _plant_fault(text_copy, seed_copy)
            (root / seed_name).write_bytes(seed_copy)
            digest = hashlib.sha256(seed_copy).hexdigest()
            text_copy = _SHA256.sub(f"  sha256: {digest}", text_copy, count=1)
            text_copy = _plant_slip(text_copy)
        (root / "data" / f"{stem}-{copy}.yaml").write_text(text_copy, encoding="utf-8")
    return root


_FACT = re.compile(r"^    quote: (?P<quote>.+)\n(?:    .+\n)*?    value: (?P<value>[1-9][0-9]*)\n", re.MULTILINE)


def _plant_fault(text: str, seed: bytes) -> tuple[str, bytes]:
    """The article copy prints one more than the others for one figure, and the dataset says so: a
    fact that is right about its own article and disagrees with the same fact of the copies about
    the same region (C107 across datasets), found by the first fact whose quote prints its value
    once, as the only number of its kind on its line."""
    article = seed.decode("utf-8")
    for match in _FACT.finditer(text):
        quote, value = match["quote"].strip("'\""), match["value"]
        runs = re.findall(r"(?<![0-9.])[0-9]+(?![0-9.])", quote)
        if runs.count(value) != 1 or article.count(quote) != 1:
            continue
        wrong = str(int(value) + 1)
        changed = re.sub(rf"(?<![0-9.]){value}(?![0-9.])", wrong, quote)
        block = match.group(0).replace(match["quote"], match["quote"].replace(quote, changed))
        block = block.replace(f"    value: {value}\n", f"    value: {wrong}\n")
        return text.replace(match.group(0), block, 1), article.replace(quote, changed).encode("utf-8")
    raise AssertionError("no fact to plant a fault in")


def _plant_slip(text: str) -> str:
    """A copying slip in the dataset alone: its last whole-number fact that is no percentage has a value
    a thousand more than its quote prints (P106 in that dataset: a finding of one dataset beside the
    cross-dataset ones)."""
    counts = [match for match in _FACT.finditer(text) if "unit: percent" not in _fact_block(text, match.start())]
    if not counts:
        raise AssertionError("no fact to plant a slip in")
    last = counts[-1]
    value = last["value"]
    block = last.group(0).replace(f"    value: {value}\n", f"    value: {int(value) + 1000}\n")
    return text[: last.start()] + block + text[last.end() :]


def _fact_block(text: str, at: int) -> str:
    """The lines of the fact that ``at`` falls in (from its ``- id:`` to the next item)."""
    start = text.rfind("\n  - ", 0, at)
    end = text.find("\n  - ", at)
    return text[start : end if end >= 0 else len(text)]
