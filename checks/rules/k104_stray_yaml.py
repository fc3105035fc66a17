"""YAML file under data/ is not read: datasets are data/*.yaml.

A dataset is a file directly under ``data/`` whose name ends in ``.yaml`` or ``.yml`` and does not
start with ``.``. A YAML file in a folder of ``data/`` (``data/2024/copy.yaml``) or a hidden one
(``data/.draft.yaml``) is not validated, not exported and not counted: this warning says so, at
the file, rather than leave it unread in silence. Move it to ``data/`` (under a name of its own)
or out of ``data/``. Reported in a full run.

**Fails**::

    data/2024/county-report.yaml      # in a folder: not read

**Passes**::

    data/county-report-2024.yaml
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.corpus import stray_dataset_files
from checks.findings import Finding, Location, Severity
from checks.rules.base import Rule

if TYPE_CHECKING:
    from pathlib import Path

    from schemas.vocab import Vocabulary


class Rule_K104(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "repository"

    def check_repository(self, root: Path, vocabulary: Vocabulary) -> Iterator[Finding]:
        for path in stray_dataset_files(root):
            where = "hidden" if path.rsplit("/", 1)[-1].startswith(".") else "in a folder of data/"
            yield self.finding(
                f"not read ({where}): datasets are the files data/*.yaml and data/*.yml not starting with '.'",
                dataset=Location(path),
            )
