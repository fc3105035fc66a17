"""Publish a validated corpus for analysis (DESIGN.md §11): ``factlint export``.

The flow: the corpus validated in this process (``validated``: the same two stages as
``factlint validate``, keeping the analyses the rules computed) → the one adapter to the corpus
and its analyses (``inputs``) → tidy tables whose Table Schemas derive from the pandera schemas
(``tables``, ``tableschema``) → CSV, Parquet and ``datapackage.json`` bytes (``writers``,
``package``) → one directory, switched in whole. The export takes the validator's findings as
input, to mark the facts that fail (``--allow-errors``) or are acknowledged; it decides nothing.

Importing this module is cheap (the command line reads ``FORMATS``); pandas and pyarrow load
when the export runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from checks.findings import Finding

if TYPE_CHECKING:
    from checks.context import Context
    from checks.export.tables import Table
    from checks.findings import Report

# all: datapackage.json, CSV and Parquet; datapackage: datapackage.json and the CSV it describes.
FORMATS = ("all", "datapackage", "parquet", "csv")


def validated(root: Path) -> tuple[Context, Report]:
    """Every dataset of ``root`` validated here, with the context holding what the rules computed.

    No cache and no pool of processes: the export needs every fact's interval in this process, and
    computing them is most of what validating costs.
    """
    from checks.corpus import load_corpus
    from checks.engine import run_keeping_context

    return run_keeping_context(load_corpus(root))


def export(context: Context, findings: Iterable[Finding], output: Path, format: str = "all") -> list[Table]:
    """Write the corpus's tables to the directory ``output`` in ``format``; returns the tables."""
    from checks.export.inputs import inputs
    from checks.export.package import package_files
    from checks.export.tables import build_tables
    from checks.export.writers import replace_directory

    gathered = inputs(context)
    tables = build_tables(gathered, findings)
    replace_directory(output, package_files(tables, format, gathered.pyproject))
    return tables
