"""Properties of the consistency engine over generated articles.

Each example writes a small article whose lines print rounded figures of true values that satisfy
a relation, and a dataset that cites them. Rounding must never raise a finding; pushing one
printed figure clearly outside must raise exactly the relation's finding, at its lines.
"""

from __future__ import annotations

import hashlib
import tempfile
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.corpus import load_corpus
from checks.engine import run
from checks.rules import rule_by_code
from tests.rule_harness import flatten

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INDICATORS = """\
amount_a: {label_en: A, label_zh: 甲, unit: person, kind: count, additive: false}
share_a: {label_en: Share, label_zh: 比例, unit: percent, kind: percent, additive: false}
rate_a: {label_en: Rate, label_zh: 率, unit: percent, kind: percent, additive: false}
"""


def printed(value: float, places: int) -> str:
    return str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN))


def write_corpus(root: Path, lines: list[str], facts: list[dict[str, object]], relations: list[str]) -> None:
    """An article of ``lines`` (each holding one figure) and a dataset citing ``facts`` on them."""
    (root / "seeds").mkdir(parents=True)
    (root / "data").mkdir()
    (root / "schemas").mkdir()
    # the entries its facts name: an entry no fact uses is a finding of its own (S112)
    used = {str(f["indicator"]) for f in facts}
    catalogue = "".join(line + "\n" for line in INDICATORS.splitlines() if line.split(":")[0] in used)
    (root / "schemas" / "indicators.yaml").write_text(catalogue, encoding="utf-8")
    seed = ("Generated article\n" + "\n".join(lines) + "\n").encode("utf-8")
    (root / "seeds" / "a.txt").write_bytes(seed)
    entries = "\n".join(
        f'  - {{id: {f["id"]}, line: {f["line"]}, quote: "{f["quote"]}", indicator: {f["indicator"]}, '
        f"value: {f['value']}, unit: {f['unit']}, qualifier: eq, period: 2024, status: achieved}}"
        for f in facts
    )
    (root / "data" / "a.yaml").write_text(
        f"""source:
  path: seeds/a.txt
  sha256: {hashlib.sha256(seed).hexdigest()}
  title: Generated
  publisher: Tests
  published: 2025-01-01
  language: en
  translated_from: null
  region: {{code: CN, name: 全国}}
  body: {{first: 2, last: {len(lines) + 1}}}
facts:
{entries}
relations:
{chr(10).join(f"  - {r}" for r in relations)}
""",
        encoding="utf-8",
    )


def findings(root: Path, code: str) -> list[dict[str, str | None]]:
    rule = rule_by_code(code)
    assert rule is not None
    every = run(load_corpus(root)).findings
    assert not [f for f in every if f.code.startswith(("S", "P"))], [f.message for f in every]
    return flatten(every, code)


def count_fact(index: int, value: str) -> dict[str, object]:
    return {
        "id": f"f{index}",
        "line": index + 2,
        "quote": f"{value} people",
        "indicator": "amount_a",
        "value": value,
        "unit": "person",
    }


@SETTINGS
@given(
    parts=st.lists(
        st.floats(min_value=0, max_value=5000, allow_nan=False).map(lambda v: round(v, 3)), min_size=2, max_size=5
    ),
    places=st.integers(min_value=0, max_value=2),
)
def test_rounded_parts_never_contradict_their_total(parts: list[float], places: int) -> None:
    # Counts in tenths of a person are nonsense, so print whole numbers of thousands instead.
    values = [printed(p, places) for p in parts]
    total = printed(sum(parts), places)
    facts = [count_fact(i, v) for i, v in enumerate([total, *values])]
    for fact in facts:
        fact["quote"] = f"{fact['value']} thousand people"
        fact["value"] = str(Decimal(str(fact["value"])) * 1000)
    lines = [f"Item {i}: {f['quote']}." for i, f in enumerate(facts)]
    relation = f"{{kind: sum, total: f0, parts: [{', '.join(f'f{i}' for i in range(1, len(facts)))}]}}"
    with tempfile.TemporaryDirectory() as scratch:
        write_corpus(Path(scratch), lines, facts, [relation])
        assert findings(Path(scratch), "C101") == []


@SETTINGS
@given(
    parts=st.lists(st.integers(min_value=0, max_value=10**6), min_size=2, max_size=5),
    pushed=st.integers(min_value=1, max_value=10**5),
    which=st.integers(min_value=0, max_value=4),
)
def test_one_part_pushed_out_is_reported_at_the_total(parts: list[int], pushed: int, which: int) -> None:
    which %= len(parts)
    values = [str(v + (pushed if i == which else 0)) for i, v in enumerate(parts)]
    facts = [count_fact(i, v) for i, v in enumerate([str(sum(parts)), *values])]
    lines = [f"Item {i}: {f['quote']}." for i, f in enumerate(facts)]
    relation = f"{{kind: sum, total: f0, parts: [{', '.join(f'f{i}' for i in range(1, len(facts)))}]}}"
    with tempfile.TemporaryDirectory() as scratch:
        write_corpus(Path(scratch), lines, facts, [relation])
        assert findings(Path(scratch), "C101") == [
            {"code": "C101", "source": "seeds/a.txt:2", "dataset": "data/a.yaml:12"}
        ]
        related = next(f for f in run(load_corpus(Path(scratch))).findings if f.code == "C101").related
        assert f"seeds/a.txt:{which + 3}" in {f"{r.location.path}:{r.location.line}" for r in related}


@SETTINGS
@given(
    part=st.integers(min_value=0, max_value=10**6),
    extra=st.integers(min_value=1, max_value=10**6),
    places=st.integers(min_value=0, max_value=2),
)
def test_a_printed_share_agrees_with_its_part_and_whole(part: int, extra: int, places: int) -> None:
    whole = part + extra
    share = printed(100 * part / whole, places)
    facts = [
        count_fact(0, str(part)),
        count_fact(1, str(whole)),
        {"id": "f2", "line": 4, "quote": f"{share}%", "indicator": "share_a", "value": share, "unit": "percent"},
    ]
    lines = [f"Item {i}: {f['quote']}." for i, f in enumerate(facts)]
    with tempfile.TemporaryDirectory() as scratch:
        write_corpus(Path(scratch), lines, facts, ["{kind: share, percent: f2, part: f0, whole: f1}"])
        assert findings(Path(scratch), "C105") == []


@SETTINGS
@given(
    before=st.floats(min_value=0, max_value=99, allow_nan=False),
    rise=st.floats(min_value=0.001, max_value=50, allow_nan=False),
    places=st.integers(min_value=0, max_value=2),
    reversed_=st.booleans(),
)
def test_a_rise_is_never_reported_and_a_clear_fall_always(
    before: float, rise: float, places: int, reversed_: bool
) -> None:
    after = min(before + rise, 100.0)
    low, high = printed(before, places), printed(after, places)
    if reversed_:
        # The same figures, with before and after swapped: a clear fall once rounding cannot hide it.
        low, high = high, low
    facts = [
        {"id": "f0", "line": 2, "quote": f"{low}%", "indicator": "rate_a", "value": low, "unit": "percent"},
        {"id": "f1", "line": 3, "quote": f"{high}%", "indicator": "rate_a", "value": high, "unit": "percent"},
    ]
    for fact in facts:
        fact["quote"] = f"rate {fact['quote']}"
    lines = [f"Year {i}: {f['quote']}." for i, f in enumerate(facts)]
    half = float(Decimal(1).scaleb(-places)) / 2
    with tempfile.TemporaryDirectory() as scratch:
        # Two years of one rate: give them periods of their own so they are not implicit duplicates.
        write_corpus(Path(scratch), lines, facts, ["{kind: change, from: f0, to: f1, direction: increase}"])
        text = (Path(scratch) / "data" / "a.yaml").read_text(encoding="utf-8")
        text = text.replace("period: 2024, status: achieved}", "period: 2023, status: achieved}", 1)
        (Path(scratch) / "data" / "a.yaml").write_text(text, encoding="utf-8")
        reported = findings(Path(scratch), "C104")
    clearly_fell = float(low) - float(high) > 2 * half
    if clearly_fell:
        assert reported == [{"code": "C104", "source": "seeds/a.txt:3", "dataset": "data/a.yaml:13"}]
    elif float(low) <= float(high):
        assert reported == []
