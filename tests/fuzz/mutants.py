"""Mutants of the real repository: its datasets and seeds changed by ``tests.fuzz.mutate``, some paths
made hostile by ``tests.fuzz.hostile``, all drawn from one seeded RNG."""

from __future__ import annotations

import random
import re
from functools import cache

from tests.fuzz.cases import Mutant
from tests.fuzz.hostile import HOSTILE_FILES
from tests.fuzz.mutate import mutate_dataset, mutate_seed
from tests.fuzz.sandbox import PROJECT

_SEED_PATH = re.compile(r"^  path: (\S+)$", re.MULTILINE)
# A dataset's source may name these instead of its seed: outside seeds/, odd, or hostile.
ODD_SEED_PATHS = [
    "../../etc/passwd",
    "/etc/passwd",
    "seeds/../../../etc/passwd",
    "seeds/../data/hebei-2022.yaml",
    "seeds/./000_97e1b4bfb218e7a9.txt",
    "seeds//000_97e1b4bfb218e7a9.txt",
    "seeds/",
    "seeds",
    "seeds/fuzz-link.txt",
    "seeds/fuzz-dir",
    "seeds/%2e%2e/x.txt",
    "file:///etc/passwd",
    "~/x.txt",
    "$HOME/x.txt",
    "seeds/*",
    "seeds/" + "a" * 5000 + ".txt",
    '"seeds/x\\0.txt"',
    '"seeds/x\\n.txt"',
    "SEEDS/000_97e1b4bfb218e7a9.txt",
    "seeds\\000_97e1b4bfb218e7a9.txt",
    "[seeds/a.txt]",
    "null",
    "12",
]


@cache
def real_datasets() -> dict[str, str]:
    return {f"data/{path.name}": path.read_text("utf-8") for path in sorted((PROJECT / "data").glob("*.yaml"))}


@cache
def real_seeds() -> dict[str, bytes]:
    return {f"seeds/{path.name}": path.read_bytes() for path in sorted((PROJECT / "seeds").iterdir())}


def seed_of(text: str) -> str | None:
    match = _SEED_PATH.search(text)
    return match.group(1) if match else None


def real_mutant(rng: random.Random) -> Mutant:
    """The real repository with one to all of its datasets mutated, and maybe seeds changed or hostile."""
    datasets, seeds = real_datasets(), real_seeds()
    mutant = Mutant()
    chosen = rng.sample(sorted(datasets), rng.choice([1, 1, 1, 2, len(datasets)]))
    for path in chosen:
        text, applied = mutate_dataset(rng, datasets[path])
        if rng.random() < 0.08:
            odd = rng.choice(ODD_SEED_PATHS)
            text = _SEED_PATH.sub(f"  path: {odd}".replace("\\", "\\\\"), text, count=1)
            applied.append(f"seed path {odd[:40]}")
        mutant.files[path] = text.encode("utf-8")
        mutant.changes.append(f"{path}: {', '.join(applied)}")
    target = chosen[0]
    mutant.dataset = target
    mutant.seed = seed_of(datasets[target])
    if rng.random() < 0.25 and mutant.seed in seeds:
        data, kind = mutate_seed(rng, seeds[mutant.seed])
        mutant.files[mutant.seed] = data
        mutant.changes.append(f"{mutant.seed}: {kind}")
    if rng.random() < 0.2:
        kind = rng.choice(sorted(HOSTILE_FILES))
        where = rng.choice([mutant.seed or "seeds/fuzz-link.txt", "seeds/fuzz-link.txt", "seeds/fuzz-dir", target])
        mutant.hostile[where] = kind
        mutant.changes.append(f"{where}: {kind}")
    if rng.random() < 0.05:  # a vocabulary edited badly: a configuration error or findings, never a crash
        name = rng.choice(["schemas/units.yaml", "schemas/indicators.yaml"])
        text, applied = mutate_dataset(rng, (PROJECT / name).read_text("utf-8"))
        mutant.files[name] = text.encode("utf-8")
        mutant.changes.append(f"{name}: {', '.join(applied)}")
    if rng.random() < 0.03:
        kind = rng.choice(["link-to-secret", "link-to-environ", "fifo", "directory", "huge-line", "invalid-utf8"])
        where = rng.choice(
            ["schemas/units.yaml", "schemas/indicators.yaml", "schemas/regions.tsv", "data/zz-extra.yaml"]
        )
        mutant.hostile[where] = kind
        mutant.changes.append(f"{where}: {kind}")
    lines = [line for line in (mutant.files.get(target) or b"").decode("utf-8", "replace").split("\n") if line.strip()]
    mutant.text = (rng.choice(lines)[:2000] if lines else "5").replace("\0", "")  # argv holds no NUL
    return mutant
