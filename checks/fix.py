"""Rewrite what can be derived: every line reference after a seed's text moved, and (after review)
the pinned sha256 of a seed.

Where each reference goes is decided by ``checks.follow`` (exactly through the old text when git
still holds it, else by the text each reference cites). Each change is made by ``checks.yamledit``
at the character span of its scalar, so comments, order, quoting, line endings and layout stay as
the curator wrote them; a value written in a form that cannot be rewritten faithfully is left for
a person, with the value it should have. Each file is replaced by ``checks.atomic``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from checks.atomic import WriteRefused, refusal, remove_stale_temporaries, write_atomically
from checks.corpus import DATA_DIR, Corpus
from checks.files import Refused, read_inside
from checks.follow import Body, Leftover, LineMap, Move, Reference, follow_known, follow_unknown
from checks.frames import records
from checks.history import text_with_sha256
from checks.seeds import Seed, split_lines
from checks.textdiff import unified_diff
from checks.yaml_build import collector_paused
from checks.yamledit import CannotEdit, NodePath, Replacement, YamlText, apply, dotted


@dataclass(frozen=True)
class Edit:
    path: str  # the dataset
    line: int  # where the scalar is in the dataset (1-based, as an editor counts lines)
    key: str  # facts[3].line, source.body.first, source.sha256...
    old: str
    new: str
    why: str
    replacement: Replacement = field(repr=False)
    label: str = ""  # what the value belongs to, as every message of fix names it: "ignore entry 1"

    def __str__(self) -> str:
        """``data/x.yaml:226: ignore entry 1 ('15 tasks'): line 4 → 5 (line 4 is now line 5)``: an
        entry of a list is named as in every message of fix (its id, or its place counted from 1,
        as lines and columns are), never by a 0-based path such as ``ignore[0].line``."""
        field_path = self.key.rsplit("]", 1)[-1].removeprefix(".") if "[" in self.key else ""
        if not (field_path and self.label):
            return f"{self.path}:{self.line}: {self.key} {self.old} → {self.new} ({self.why})"
        why = self.why.removeprefix(f"{self.label}: ")  # named once
        return f"{self.path}:{self.line}: {self.label}: {field_path} {self.old} → {self.new} ({why})"


@dataclass(frozen=True)
class Problem:
    """Something fix did not do, for a person to do or check."""

    path: str
    line: int | None
    message: str
    column: int | None = None
    brief: str = ""  # a dataset fix could not read or write: why, in the summary's few words

    def __str__(self) -> str:
        where = ":".join(str(n) for n in (self.line, self.column if self.line else None) if n)
        return f"{self.path}:{where}: {self.message}" if where else f"{self.path}: {self.message}"


@dataclass
class Outcome:
    edits: list[Edit] = field(default_factory=list)  # made (with dry_run: that would be made)
    problems: list[Problem] = field(default_factory=list)  # left for a person
    # A dataset fix could not read, parse or write (a P100, a read-only file), with the reason.
    failed: list[Problem] = field(default_factory=list)
    unwritten: list[str] = field(default_factory=list)  # datasets left undone: failed, or a seed not pinned
    diff: str = ""


@dataclass(frozen=True)
class Prose:
    """A text of a dataset that names lines of its seed in words ("Title from line 1")."""

    key: NodePath  # where it is written: ("source", "provenance_note"), ("ignore", 2, "reason")
    text: str
    label: str


@dataclass(frozen=True)
class Citing:
    """One dataset's references to its seed (what fix needs of the corpus)."""

    dataset: str
    seed: Seed
    pinned: str | None
    body: Body
    references: list[Reference]
    prose: list[Prose] = field(default_factory=list)


# "line 5", "Line 9's", "lines 4 and 5", "lines 3-7": the numbers a text gives as lines of its seed.
LINES_IN_WORDS = re.compile(r"\blines?\s+(\d+(?:\s*(?:,|and|or|to|-|–|—)\s*\d+)*)", re.IGNORECASE)
# Where a dataset writes prose: (table, field, how to name it).
PROSE_FIELDS = (
    ("sources", "provenance_note", "source.provenance_note"),
    ("facts", "note", "note of fact"),
    ("relations", "note", "note of relation"),
    ("acknowledged", "reason", "reason of acknowledged"),
    ("ignore", "reason", "reason of ignore entry"),
)
# Where an old line of the seed is in its new text; None when that cannot be told.
Mapper = Callable[[int], int | None]


def _prose(corpus: Corpus) -> dict[str, list[Prose]]:
    """Every prose text of each dataset that names a line."""
    raw = corpus.raw
    found: dict[str, list[Prose]] = defaultdict(list)
    for table, name, label in PROSE_FIELDS:
        frame = getattr(raw, table)
        texts = frame[name].map(lambda v: isinstance(v, str) and LINES_IN_WORDS.search(v) is not None)
        for row in records(frame[texts.astype(bool)]):
            if table == "sources":
                found[row.dataset].append(Prose(("source", name), getattr(row, name), label))
                continue
            named = row.id if table == "facts" and isinstance(row.id, str) else int(row.item) + 1
            found[row.dataset].append(Prose((table, int(row.item), name), getattr(row, name), f"{label} {named}"))
    return found


def _fact_label(fact: Any) -> str:
    """A fact as fix names it: by its id, else by its place in ``facts`` counted from 1."""
    return f"fact {fact.id}" if isinstance(fact.id, str) else f"fact {int(fact.item) + 1}"


def citations(corpus: Corpus, only: set[str] | None) -> list[Citing]:
    """The datasets (all, or ``only``) with their seed and every line they cite in it.

    The only place fix reads the corpus: its frames and seeds.
    """
    frames = corpus.frames
    references: dict[str, list[Reference]] = defaultdict(list)
    for fact in records(frames.facts.dropna(subset=["line"])):
        text = fact.quote if isinstance(fact.quote, str) and fact.quote else None
        label = _fact_label(fact)
        references[fact.dataset].append(Reference(("facts", int(fact.item), "line"), int(fact.line), text, label))
    for fact in records(frames.facts.dropna(subset=["unit_from_line"])):
        # The heading a bare figure takes its unit from moves with the table.
        text = fact.unit_from_text if isinstance(fact.unit_from_text, str) and fact.unit_from_text else None
        label = f"unit heading of {_fact_label(fact)}"
        key = ("facts", int(fact.item), "unit_from", "line")
        references[fact.dataset].append(Reference(key, int(fact.unit_from_line), text, label))
    for entry in records(frames.ignore.dropna(subset=["line"])):
        text = entry.text if isinstance(entry.text, str) and entry.text else None
        # Counted from 1, as the prose of its reason is ("reason of ignore entry 1") and as lines are.
        label = f"ignore entry {int(entry.item) + 1}" + (f" ({text!r})" if text else "")
        references[entry.dataset].append(Reference(("ignore", int(entry.item), "line"), int(entry.line), text, label))
    prose = _prose(corpus)
    out = []
    for source in records(frames.sources.dropna(subset=["seed"])):
        seed = corpus.seeds.get(source.seed)
        if seed is None or not seed.exists or (only is not None and source.dataset not in only):
            continue
        body = None
        if not pd.isna(source.body_first) and not pd.isna(source.body_last):
            body = (
                Reference(("source", "body", "first"), int(source.body_first), None, "body.first"),
                Reference(("source", "body", "last"), int(source.body_last), None, "body.last"),
            )
        pinned = source.sha256 if isinstance(source.sha256, str) else None
        out.append(Citing(source.dataset, seed, pinned, body, references[source.dataset], prose[source.dataset]))
    return out


def follow(root: Path, cited: Citing) -> tuple[list[Move], list[Leftover], Mapper | None]:
    """Where each line reference of one dataset goes in its seed's current text, and where any old
    line went (None when the text did not change)."""
    seed, lines = cited.seed, cited.seed.lines
    if not seed.readable:
        return [], [], None
    if cited.pinned == seed.sha256:
        return (*follow_known(cited.references, None, LineMap(lines, lines)), None)
    old = text_with_sha256(root, seed.path, cited.pinned) if cited.pinned else None
    try:
        old_lines = split_lines(old.decode("utf-8")) if old is not None else None
    except UnicodeDecodeError:
        old_lines = None
    if old_lines is not None:
        line_map = LineMap(old_lines, lines)
        return (*follow_known(cited.references, cited.body, line_map), line_map.exact)
    moves, leftovers = follow_unknown(cited.references, cited.body, lines)
    return moves, leftovers, _as_references_moved(cited, moves, leftovers)


def _as_references_moved(cited: Citing, moves: list[Move], leftovers: list[Leftover]) -> Mapper:
    """Without the old text: a line goes where the references on it went, else as the references
    nearest it on both sides moved, when they moved alike (or there are references on one side only)."""
    lost = {left.reference.key for left in leftovers}
    went = {move.reference.key: move.line for move in moves}
    every = [*cited.references, *(cited.body or ())]
    pairs = sorted({(r.line, went.get(r.key, r.line)) for r in every if r.key not in lost})
    olds = [old for old, _ in pairs]

    def where(line: int) -> int | None:
        here = {new for old, new in pairs if old == line}
        if here:
            return here.pop() if len(here) == 1 else None
        at = bisect_left(olds, line)
        shifts = {new - old for old, new in pairs[max(at - 1, 0) : at + 1]}
        return line + shifts.pop() if len(shifts) == 1 else None

    return where


def _stale_prose(dataset: str, document: YamlText, text: str, prose: list[Prose], where: Mapper) -> list[Problem]:
    """The prose of a dataset (its notes, reasons and comment lines) that names a line of the seed
    that moved: fix does not rewrite prose, so each is left for a person with what it should say."""
    written = [(document.line_at(p.key), p.label, p.text) for p in prose]
    for number, comment in enumerate(text.splitlines(), start=1):
        if comment.lstrip().startswith("#") and LINES_IN_WORDS.search(comment):
            written.append((number, "comment", comment))
    problems = []
    for at, label, words in written:
        cited = dict.fromkeys(int(n) for match in LINES_IN_WORDS.finditer(words) for n in re.findall(r"\d+", match[1]))
        stale = []
        for line in cited:
            new = where(line)
            if new is None:
                stale.append(f"line {line} (changed or gone: check it)")
            elif new != line:
                stale.append(f"line {line} should say line {new}")
        if stale:
            problems.append(
                Problem(dataset, at, f"{label}: {', '.join(stale)}; prose is not rewritten, left for a person")
            )
    return sorted(problems, key=lambda problem: problem.line or 0)


def _change(
    document: YamlText,
    dataset: str,
    key: NodePath,
    change: tuple[int | str | None, int | str],
    label: str,
    why: str,
    outcome: Outcome,
) -> None:
    """Record the edit of the value at ``key`` (a line number, or a sha256) from ``old`` to ``new``;
    when it is written in a form that cannot be rewritten faithfully, what a person should write."""
    old, new = change
    try:
        if isinstance(new, int) and isinstance(old, int):
            replacement = document.replace_int(key, old, new)
        elif isinstance(new, str) and isinstance(old, str):
            replacement = document.replace_word(key, old, new)
        else:
            raise CannotEdit(f"it is not a {'number' if isinstance(new, int) else 'string'}")
    except CannotEdit as cannot:
        wanted = f"should move from line {old} to {new}" if isinstance(new, int) else f"should be {new}"
        outcome.problems.append(
            Problem(dataset, document.line_at(key), f"{label}: {wanted}, but {cannot}; left for a person")
        )
        return
    line = document.line_of(replacement.start)
    outcome.edits.append(Edit(dataset, line, dotted(key), str(old), str(new), why, replacement, label))


def _write(root: Path, dataset: str, text: str, edits: list[Edit], dry_run: bool) -> Outcome:
    """Write one dataset's edits (or only check that it could be written); the diff for a dry run."""
    file = root / dataset
    replacements = [edit.replacement for edit in edits]
    try:
        reason = refusal(file)
        if reason is not None:
            raise WriteRefused(reason)
        if not dry_run:
            write_atomically(file, apply(text, replacements).encode("utf-8"))
    except OSError as error:  # a refusal (WriteRefused) or a failure to write
        verb = "would not be written" if dry_run else "not written"
        count = f"{len(edits)} change{'s' if len(edits) != 1 else ''}"
        # "/…/data/x.yaml is read-only (mode 0444); make it…": "it is read-only…", and in the
        # summary's few words "read-only (mode 0444)"; a failure to write in the system's words.
        why = str(error).replace(f"{file} ", "it ", 1) if isinstance(error, WriteRefused) else error.strerror
        why = why or str(error)
        short = why.removeprefix("it ").removeprefix("is ").removeprefix("not writable: ").split(";")[0]
        problem = Problem(dataset, None, f"{verb}: {why}; its {count} left undone", brief=f"{verb}: {short}")
        return Outcome(failed=[problem], unwritten=[dataset])
    return Outcome(edits=edits, diff=unified_diff(dataset, text, replacements) if dry_run else "")


def fix_dataset(root: Path, cited: Citing, sha256: bool, dry_run: bool) -> Outcome:
    """Follow one dataset's references (and pin its seed's hash with ``sha256``), edit, write."""
    moves, leftovers, where = follow(root, cited)
    actual = cited.seed.sha256
    pin = (cited.pinned, actual) if sha256 and actual is not None and actual != cited.pinned else None
    if pin is not None and not cited.seed.readable:
        # A hash pins the text the curator reviewed: a seed factlint cannot read as text (P102: an
        # editor re-saved it in GBK, say) was not reviewed, and pinning it would hide the change.
        why = f"{cited.seed.path} not pinned: {cited.seed.error} (P102); restore the article's bytes, then review"
        return Outcome(problems=[Problem(cited.dataset, None, why)], unwritten=[cited.dataset])
    if not moves and not leftovers and pin is None:
        return Outcome()
    try:
        text = read_inside(root, cited.dataset, "data").decode("utf-8")
    except (Refused, UnicodeDecodeError) as error:
        problem = Problem(cited.dataset, None, f"not edited: {error}", brief="not read")
        return Outcome(failed=[problem], unwritten=[cited.dataset])
    with collector_paused():
        # Prose naming lines is looked at when the references move (not again once they did).
        outcome = _plan(cited.dataset, text, moves, leftovers, pin, (cited.prose, where) if moves and where else None)
    if not outcome.edits:
        return outcome
    written = _write(root, cited.dataset, text, outcome.edits, dry_run)
    return Outcome(written.edits, outcome.problems, written.failed, written.unwritten, written.diff)


def _plan(
    dataset: str,
    text: str,
    moves: list[Move],
    leftovers: list[Leftover],
    pin: tuple[str | None, str] | None,
    prose: tuple[list[Prose], Mapper] | None = None,
) -> Outcome:
    """Every edit of one dataset's text, and what is left for a person.

    The node tree of a large dataset is hundreds of thousands of objects; it is built and dropped
    here while the caller keeps the cyclic collector paused, so no collection ever walks it (that
    costs as much as building it).
    """
    try:
        document = YamlText(text)
    except yaml.YAMLError as error:
        problem = Problem(dataset, None, f"not edited: {error}", brief="does not parse")
        return Outcome(failed=[problem], unwritten=[dataset])
    outcome = Outcome(
        problems=[Problem(dataset, document.line_at(left.reference.key), left.message) for left in leftovers]
    )
    if prose is not None:
        outcome.problems += _stale_prose(dataset, document, text, *prose)
    for move in moves:
        reference = move.reference
        _change(document, dataset, reference.key, (reference.line, move.line), reference.label, move.why, outcome)
    if pin is not None:
        _change(document, dataset, ("source", "sha256"), pin, "sha256", "the seed's text, reviewed", outcome)
    outcome.edits.sort(key=lambda edit: edit.replacement.start)
    return outcome


def fix(corpus: Corpus, only: set[str] | None, sha256: bool, dry_run: bool) -> Outcome:
    """Make (or with ``dry_run`` only show) every derivable change to the datasets (all, or ``only``)."""
    if not dry_run:
        remove_stale_temporaries(corpus.root / DATA_DIR)  # what an interrupted run left behind
    result = Outcome()
    for cited in citations(corpus, only):
        done = fix_dataset(corpus.root, cited, sha256, dry_run)
        result.edits += done.edits
        result.problems += done.problems
        result.failed += done.failed
        result.unwritten += done.unwritten
        result.diff += done.diff
    # A dataset that does not parse cites no line fix can read: named as validate names it (P100),
    # never skipped in silence.
    for error in corpus.load_errors:
        if only is None or error.path in only:
            message = f"not fixed: P100 {error.message}"
            result.failed.append(Problem(error.path, error.line, message, error.column, brief="P100, not read"))
            result.unwritten.append(error.path)
    return result
