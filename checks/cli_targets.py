"""The command line's checks of what a command writes, before it runs: a report's path, a draft's
dataset and the catalogues it may add to. A path that cannot be written is a wrong command line:
one line naming the path and the reason (the system's, for a directory), exit 2, nothing written.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checks.errors import UsageError

if TYPE_CHECKING:
    from checks.fix import Problem


def refuse_report_target(destination: str | None) -> None:
    """Refuse a report's path that cannot be written, before the run: its directory must exist
    (factlint creates none, as ruff and mypy create none) and the file must be one factlint may replace."""
    if destination is None or destination == "-":
        return
    target = Path(destination)
    if target.is_char_device() or target.is_fifo():
        return
    folder = target.parent
    if not folder.is_dir():
        missing = not folder.exists() and not folder.is_symlink()
        why = f"no directory {folder} (factlint creates none)" if missing else f"{folder} is not a directory"
        raise UsageError(f"cannot write {destination}: {why}")
    refuse_unwritable(target, destination)


def refuse_unwritable(target: Path, named: str, replacing: bool = True) -> None:
    """Refuse, before a run, a file it would write that cannot be written: one line naming the path
    and the reason (the system's, for a directory: "Read-only file system", "Permission denied").
    A folder that does not exist yet is judged by the nearest one that does (a writer creates the
    rest); ``replacing``: whether an existing file would be replaced (else its writer refuses it)."""
    from checks.atomic import WriteRefused, refusal, unwritable_directory

    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {named}: {folder} is not a directory")
    why = unwritable_directory(folder)
    if why is not None:
        raise UsageError(f"cannot write {named}: the directory {shown(folder)} is not writable ({why})")
    reason = refusal(target) if replacing else None
    if reason is not None:
        raise WriteRefused(reason)


def shown(path: Path) -> str:
    """A path as a user names it: relative to the working directory when it is inside it."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix() or "."
    except ValueError:
        return str(path)


def refuse_draft_targets(root: Path, options: argparse.Namespace) -> None:
    """What a draft writes, checked before drafting as a report's path is: the dataset, and the
    catalogues it may add proposed entries to (written before the dataset: a draft that could write
    them but not the dataset would leave them changed for nothing)."""
    if options.uncited:
        dataset, named = Path(options.path), options.path
    elif options.output:
        dataset, named = Path(options.output), options.output
    else:
        from checks.draft import default_dataset  # the drafter's own choice, imported only to draft

        dataset = root / default_dataset(options.path)
        named = shown(dataset)
    # An existing dataset is replaced only with --force or --uncited; else the drafter refuses it.
    refuse_unwritable(dataset, named, replacing=options.force or options.uncited)
    for name in ("units.yaml", "indicators.yaml"):
        catalogue = root / "schemas" / name
        refuse_unwritable(catalogue, shown(catalogue))


def not_fixed(failed: Sequence[Problem]) -> str:
    """The summary's account of the datasets fix could not read or write: each, and why (the first few)."""
    if not failed:
        return ""
    named = [f"{problem.path} ({problem.brief})" for problem in failed[:3]]
    more = f" and {len(failed) - 3} more" if len(failed) > 3 else ""
    return f"; {len(failed)} dataset{'s' if len(failed) != 1 else ''} not fixed: {', '.join(named)}{more}"
