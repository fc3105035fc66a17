"""How good a first draft is, measured on articles written by other people (tests/draft_articles/).

Each article is copied into a scratch repository, drafted with ``factlint draft``, and compared
with its hand-curated gold file:

- **figures held**: gold figures for which the draft has a fact on the same line with the same
  value and bound (qualifier);
- **non-figures**: draft facts that match no gold figure (a number that is not a claim, or a figure
  read wrong), as a share of the draft's facts;
- **status / period right**: among the figures held, the share whose status (period) is the gold's.

    python -m tests.draft_measure          # the table, tuned and held-out articles apart
"""

from __future__ import annotations

import math
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[1]
ARTICLES = PROJECT / "tests" / "draft_articles"


@dataclass(frozen=True)
class Score:
    article: str
    held_out: bool
    gold: int
    drafted: int
    held: int
    status_right: int
    period_right: int
    both_right: int

    @property
    def non_figures(self) -> int:
        return self.drafted - self.held


def articles() -> list[str]:
    return sorted(p.stem for p in ARTICLES.glob("*.txt"))


def gold_of(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ARTICLES / f"{name}.gold.yaml").read_text(encoding="utf-8"))
    return data


def scratch_repository(root: Path) -> Path:
    """An empty factlint repository (the project's schemas, no datasets) to draft in."""
    (root / "data").mkdir(parents=True)
    (root / "seeds").mkdir()
    shutil.copytree(PROJECT / "schemas", root / "schemas", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root


def draft_article(root: Path, name: str) -> dict[str, Any]:
    """Draft ``name`` in the repository ``root``; returns the drafted dataset."""
    import contextlib
    import io

    from checks.cli import main

    shutil.copyfile(ARTICLES / f"{name}.txt", root / "seeds" / f"{name}.txt")
    with contextlib.chdir(root), contextlib.redirect_stdout(io.StringIO()):
        code = main(["draft", f"seeds/{name}.txt"])
    assert code == 0, f"draft {name} exited {code}"
    data: dict[str, Any] = yaml.safe_load((root / "data" / f"{name}.yaml").read_text(encoding="utf-8"))
    return data


def draft_text(folder: Path, lines: list[str]) -> dict[str, Any]:
    """Draft an article of ``lines`` (``seeds/a.txt``) in a fresh repository under ``folder``; the
    drafted dataset."""
    return draft_repository(folder, lines)[0]


def draft_repository(folder: Path, lines: list[str]) -> tuple[dict[str, Any], Path]:
    """``draft_text``'s drafted dataset, and the repository it was drafted in (to validate it there)."""
    import contextlib
    import io

    from checks.cli import main

    root = scratch_repository(folder / "repo")
    (root / "seeds" / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with contextlib.chdir(root), contextlib.redirect_stdout(io.StringIO()):
        assert main(["draft", "seeds/a.txt"]) == 0
    data: dict[str, Any] = yaml.safe_load((root / "data" / "a.yaml").read_text(encoding="utf-8"))
    return data, root


def outcomes(name: str, facts: list[dict[str, Any]]) -> list[tuple[bool, bool, bool]]:
    """Each gold figure of ``name``: (held, status right, period right) by the draft's ``facts``. A figure is held
    by a draft fact on its line with its value and bound; each draft fact holds one figure at most."""
    unmatched = list(facts)
    found = []
    for figure in gold_of(name)["figures"]:
        match = next(
            (
                fact
                for fact in unmatched
                if fact["line"] == figure["line"]
                and math.isclose(float(fact["value"]), float(figure["value"]), rel_tol=1e-9)
                and fact["qualifier"] == figure["qualifier"]
            ),
            None,
        )
        if match is None:
            found.append((False, False, False))
            continue
        unmatched.remove(match)
        found.append((True, match["status"] == figure["status"], match["period"] == figure["period"]))
    return found


def score(name: str, drafted: dict[str, Any]) -> Score:
    facts = list(drafted.get("facts") or [])
    got = outcomes(name, facts)
    return Score(
        name,
        bool(gold_of(name)["held_out"]),
        len(got),
        len(facts),
        sum(held for held, _, _ in got),
        sum(status for _, status, _ in got),
        sum(period for _, _, period in got),
        sum(status and period for _, status, period in got),
    )


def draft_alone(name: str) -> dict[str, Any]:
    """``name`` drafted in a scratch repository of its own (removed after); the drafted dataset."""
    with tempfile.TemporaryDirectory() as scratch:
        return draft_article(scratch_repository(Path(scratch) / "repo"), name)


def measure(names: list[str] | None = None) -> list[Score]:
    return [score(name, draft_alone(name)) for name in names or articles()]


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def totals(scores: list[Score]) -> dict[str, float]:
    gold = sum(s.gold for s in scores)
    drafted = sum(s.drafted for s in scores)
    held = sum(s.held for s in scores)
    return {
        "figures_held": held / gold if gold else 1.0,
        "non_figures": (drafted - held) / drafted if drafted else 0.0,
        "status_right": sum(s.status_right for s in scores) / held if held else 1.0,
        "period_right": sum(s.period_right for s in scores) / held if held else 1.0,
    }


def table(scores: list[Score]) -> str:
    rows = [f"{'article':44} {'gold':>4} {'draft':>5} {'held':>5} {'non-fig':>7} {'status':>6} {'period':>6}"]
    for label, group in (
        ("tuned", [s for s in scores if not s.held_out]),
        ("held out", [s for s in scores if s.held_out]),
    ):
        for s in group:
            rows.append(
                f"{s.article:44} {s.gold:4} {s.drafted:5} {_share(s.held, s.gold)} {_share(s.non_figures, s.drafted)}"
                f" {_share(s.status_right, s.held)} {_share(s.period_right, s.held)}"
            )
        if not group:
            rows.append(f"{'  all ' + label + ': none':44}")
            continue
        t = totals(group)
        rows.append(
            f"{'  all ' + label:44} {sum(s.gold for s in group):4} {sum(s.drafted for s in group):5}"
            f" {100 * t['figures_held']:5.1f}% {100 * t['non_figures']:6.1f}% {100 * t['status_right']:5.1f}%"
            f" {100 * t['period_right']:5.1f}%"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    print(table(measure()))
