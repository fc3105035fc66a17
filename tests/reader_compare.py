"""The number reader's readings of every text the project holds, kept, and two such saves compared (a reader change
must change no reading it was not meant for).

    python -m tests.reader_compare save before.json
    python -m tests.reader_compare diff before.json after.json

The texts: every line of every article (``tests/draft_articles``) and seed, every curated quote and gold figure's
text, every input of the regression suites (``tests/reader_suites``) and every phrase of ``tests/number_cases.yaml``.
``diff`` prints each text whose readings changed, with the readings before and after. Run from the checkout whose
reader is to be measured (or with ``PYTHONPATH`` set to it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from checks.numbers import read_quantities
from tests.reader_score import load_suites

PROJECT = Path(__file__).resolve().parents[1]


def _phrases(node: Any) -> Iterator[str]:
    """Every ``phrase``, ``input``, ``quote`` or ``text`` string in a YAML tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("phrase", "input", "quote", "text") and isinstance(value, str):
                yield value
            else:
                yield from _phrases(value)
    elif isinstance(node, list):
        for item in node:
            yield from _phrases(item)


def texts() -> list[str]:
    found: set[str] = set()
    for folder in (PROJECT / "tests" / "draft_articles", PROJECT / "seeds"):
        for article in sorted(folder.glob("*.txt")):
            found.update(article.read_text(encoding="utf-8").split("\n"))
    for tree in [
        *load_suites().values(),
        *(yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((PROJECT / "data").glob("*.yaml"))),
        *(yaml.safe_load(p.read_text(encoding="utf-8")) for p in (PROJECT / "tests" / "draft_articles").glob("*.yaml")),
        yaml.safe_load((PROJECT / "tests" / "number_cases.yaml").read_text(encoding="utf-8")),
    ]:
        found.update(_phrases(tree))
    return sorted(text for text in found if text.strip())


def readings(text: str) -> list[list[Any]]:
    return [[q.text, q.value, q.bound, q.unit, q.unit_text] for q in read_quantities(text)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reader_compare")
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save")
    saving.add_argument("out")
    comparing = commands.add_parser("diff")
    comparing.add_argument("before")
    comparing.add_argument("after")
    options = parser.parse_args(argv)
    if options.command == "save":
        saved = {text: readings(text) for text in texts()}
        Path(options.out).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        print(f"{len(saved)} texts read into {options.out}")
        return 0
    before = json.loads(Path(options.before).read_text(encoding="utf-8"))
    after = json.loads(Path(options.after).read_text(encoding="utf-8"))
    changed = [text for text in sorted(set(before) & set(after)) if before[text] != after[text]]
    for text in changed:
        print(f"== {text}\n   before {before[text]}\n   after  {after[text]}")
    print(f"{len(changed)} of {len(set(before) & set(after))} texts read differently")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
