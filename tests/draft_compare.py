"""The drafts of every article kept, and two such saves compared figure by figure (a drafter change
must make no gold figure worse in the articles it was not meant for).

    python -m tests.draft_compare save before.json            # every article, two processes
    python -m tests.draft_compare save after.json NAME ...    # some articles only
    python -m tests.draft_compare scores after.json [--only NAME ...] [--skip NAME ...]
    python -m tests.draft_compare diff before.json after.json [--skip NAME ...]

``diff`` prints, for each article whose drafts differ, every gold figure whose outcome changed (held,
status right, period right) and the draft facts that are new or gone, then how many articles got
worse, better, or only changed. Run from the checkout whose drafter is to be measured (or with
``PYTHONPATH`` set to it).
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from tests.draft_measure import Score, articles, draft_alone, gold_of, outcomes, score, totals

FIELDS = ("line", "value", "qualifier", "unit", "status", "period", "quote")


def _draft_one(name: str) -> tuple[str, list[dict[str, Any]]]:
    drafted = draft_alone(name)
    return name, [{key: fact.get(key) for key in FIELDS} for fact in drafted.get("facts") or []]


def save(out: Path, names: list[str]) -> None:
    with ProcessPoolExecutor(2) as pool:
        drafts = dict(pool.map(_draft_one, names or articles(), chunksize=4))
    out.write_text(json.dumps(drafts, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(drafts)} articles drafted into {out}")


def score_of(name: str, facts: list[dict[str, Any]]) -> Score:
    return score(name, {"facts": facts})


def _load(path: str) -> dict[str, list[dict[str, Any]]]:
    drafts: dict[str, list[dict[str, Any]]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return drafts


def _chosen(names: list[str], only: list[str], skip: list[str]) -> list[str]:
    def named(name: str, wanted: list[str]) -> bool:
        return any(part in name for part in wanted)

    return [n for n in names if (not only or named(n, only)) and not named(n, skip)]


def scores(path: str, only: list[str], skip: list[str]) -> None:
    drafts = _load(path)
    chosen = [score_of(name, drafts[name]) for name in _chosen(sorted(drafts), only, skip)]
    for s in chosen if only else []:
        print(
            f"{s.article:70} {s.gold:4} held {s.held:4} draft {s.drafted:4} status {s.status_right} period {s.period_right}"
        )
    t = totals(chosen)
    print(
        f"{len(chosen)} articles, {sum(s.gold for s in chosen)} figures: held {100 * t['figures_held']:.1f}"
        f" / not figures {100 * t['non_figures']:.1f} / status {100 * t['status_right']:.1f}"
        f" / period {100 * t['period_right']:.1f}"
    )


def _key(fact: dict[str, Any]) -> str:
    return json.dumps([fact.get(k) for k in FIELDS], ensure_ascii=False)


def diff(before_path: str, after_path: str, skip: list[str]) -> None:
    before, after = _load(before_path), _load(after_path)
    worse = better = changed = 0
    for name in _chosen(sorted(set(before) & set(after)), [], skip):
        if before[name] == after[name]:
            continue
        old, new = outcomes(name, before[name]), outcomes(name, after[name])
        figures = gold_of(name)["figures"]
        lost = [(f, a, b) for f, a, b in zip(figures, old, new, strict=True) if b < a]
        won = [(f, a, b) for f, a, b in zip(figures, old, new, strict=True) if b > a]
        worse += bool(lost)
        better += bool(won) and not lost
        changed += not lost and not won
        print(f"== {name}: {len(lost)} figures worse, {len(won)} better")
        for figure, a, b in lost + won:
            print(f"   line {figure['line']} {figure['value']} {figure['qualifier']}: held/status/period {a} -> {b}")
        gone = {_key(f) for f in before[name]} - {_key(f) for f in after[name]}
        came = {_key(f) for f in after[name]} - {_key(f) for f in before[name]}
        for text in sorted(gone):
            print(f"   - {text}")
        for text in sorted(came):
            print(f"   + {text}")
    print(f"articles worse {worse}, better {better}, changed with no figure moved {changed}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.draft_compare")
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save")
    saving.add_argument("out")
    saving.add_argument("names", nargs="*")
    scoring = commands.add_parser("scores")
    scoring.add_argument("saved")
    scoring.add_argument("--only", nargs="*", default=[])
    scoring.add_argument("--skip", nargs="*", default=[])
    comparing = commands.add_parser("diff")
    comparing.add_argument("before")
    comparing.add_argument("after")
    comparing.add_argument("--skip", nargs="*", default=[])
    options = parser.parse_args(argv)
    if options.command == "save":
        save(Path(options.out), options.names)
    elif options.command == "scores":
        scores(options.saved, options.only, options.skip)
    else:
        diff(options.before, options.after, options.skip)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
