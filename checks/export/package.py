"""The Data Package: ``datapackage.json`` describing the CSV files, and which files each format writes.

The descriptor follows the Frictionless Data Package v1 (``tabular-data-package``): one resource
per CSV file with its Table Schema (primary and foreign keys included), its size and SHA-256 (so
a reader can tell a damaged file), the articles as ``sources`` and the repository's license as
``licenses``. It holds no timestamp: the same corpus gives the same bytes.

The license is the one ``pyproject.toml`` declares for the repository (``[project] license``: an
SPDX id, or ``{text = "…"}``); a repository that declares none gets no ``licenses`` entry rather
than an invented one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from checks.export.earlier import MANIFEST, PACKAGE_NAME, manifest_bytes, sha256_tag
from checks.export.tables import Table
from checks.export.tableschema import table_schema
from checks.export.writers import csv_bytes, parquet_bytes

NAME = PACKAGE_NAME
TITLE = "Quantitative claims of health-policy articles, each checked against its source line"
DESCRIPTOR = "datapackage.json"
LICENSE_ID = re.compile(r"[-a-zA-Z0-9._+]+")


def licenses(pyproject: dict[str, Any]) -> list[dict[str, str]]:
    """The repository's license from its pyproject.toml, as a Data Package ``licenses`` list."""
    project = pyproject.get("project", {})
    declared = project.get("license") if isinstance(project, dict) else None
    if isinstance(declared, dict):
        declared = declared.get("text")
    if not isinstance(declared, str) or not declared.strip():
        return []
    declared = declared.strip()
    if LICENSE_ID.fullmatch(declared):
        return [{"name": declared, "path": f"https://spdx.org/licenses/{declared}.html"}]
    return [{"title": declared}]  # an expression or prose: named as it is written


def sources(table: Table) -> list[dict[str, str]]:
    """One entry per article: its title (its seed path when the title is missing) and its file."""
    rows = table.frame[["seed", "title"]].astype(object).where(table.frame[["seed", "title"]].notna(), None)
    return [
        {"title": title or seed, "path": seed} for seed, title in rows.itertuples(index=False) if isinstance(seed, str)
    ]


def descriptor(tables: list[Table], files: dict[str, bytes], pyproject: dict[str, Any]) -> dict[str, Any]:
    keys = {table.name: table.primary_key for table in tables}
    resources = []
    for table in tables:
        path = f"{table.name}.csv"
        resources.append(
            {
                "name": table.name,
                "path": path,
                "description": table.description,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(files[path]),
                "hash": sha256_tag(files[path]),
                "schema": table_schema(table.fields, table.primary_key, keys),
            }
        )
    package: dict[str, Any] = {"profile": "tabular-data-package", "name": NAME, "title": TITLE}
    found = licenses(pyproject)
    if found:
        package["licenses"] = found
    package["sources"] = sources(next(t for t in tables if t.name == "sources"))
    package["resources"] = resources
    return package


def package_files(tables: list[Table], format: str, pyproject: dict[str, Any]) -> dict[str, bytes]:
    """File name → content for ``format`` (``all``, ``datapackage``, ``parquet`` or ``csv``)."""
    files: dict[str, bytes] = {}
    if format in ("all", "datapackage", "csv"):
        files.update({f"{table.name}.csv": csv_bytes(table) for table in tables})
    if format in ("all", "datapackage"):
        text = json.dumps(descriptor(tables, files, pyproject), ensure_ascii=False, indent=2) + "\n"
        files[DESCRIPTOR] = text.encode("utf-8")
    if format in ("all", "parquet"):
        files.update({f"{table.name}.parquet": parquet_bytes(table) for table in tables})
    files[MANIFEST] = manifest_bytes(files)  # what marks the directory as factlint's (checks.export.earlier)
    return files
