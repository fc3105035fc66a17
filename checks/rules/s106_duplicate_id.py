"""Fact id is used twice in one dataset.

A fact's global id is ``<slug>/<id>``; relations and waivers name facts by id, so two facts with
one id make every reference to it ambiguous. The second use is reported.

**Fails**::

    - {id: beds, line: 15, ...}
    - {id: beds, line: 19, ...}

**Passes**::

    - {id: beds-2025, line: 15, ...}
    - {id: beds-2026, line: 19, ...}
"""

from __future__ import annotations

from typing import ClassVar

from checks.rules._schema import SchemaRule


class Rule_S106(SchemaRule):
    __doc__ = __doc__
    owns: ClassVar[tuple[str, ...]] = ("unique:",)

    def message(self, field: str, value: object, expected: str, present: bool) -> str:
        return f"{field} {value!r} is used twice in this dataset"
