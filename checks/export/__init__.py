"""Publish a validated corpus for analysis (DESIGN.md §11): ``factlint export``.

The flow: the corpus and the analyses the validator ran (``inputs``, the one adapter to the
corpus) → tidy tables whose Table Schemas derive from the pandera schemas (``tables``,
``tableschema``) → CSV, Parquet and ``datapackage.json`` bytes (``writers``, ``package``) → one
directory, switched in whole. The export takes the validator's findings as input, to mark the
facts that fail (``--allow-errors``) or are acknowledged; it decides nothing about them.

Importing this module is cheap (the command line reads ``FORMATS``); pandas and pyarrow load
when ``export`` runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from checks.findings import Finding

if TYPE_CHECKING:
    from checks.corpus import Corpus
    from checks.export.tables import Table

# all: datapackage.json, CSV and Parquet; datapackage: datapackage.json and the CSV it describes.
FORMATS = ("all", "datapackage", "parquet", "csv")


def export(corpus: Corpus, findings: Iterable[Finding], output: Path, format: str = "all") -> list[Table]:
    """Write the corpus's tables to the directory ``output`` in ``format``; returns the tables."""
    from checks.export.inputs import inputs
    from checks.export.package import package_files
    from checks.export.tables import build_tables
    from checks.export.writers import replace_directory

    gathered = inputs(corpus)
    tables = build_tables(gathered, findings)
    replace_directory(output, package_files(tables, format, gathered.root), [t.name for t in tables])
    return tables
