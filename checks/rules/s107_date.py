"""Publication date is not a valid date.

``published`` is a calendar date written ``YYYY-MM-DD`` (unquoted, so YAML reads it as a date).
A quoted date, a date in another notation, or an impossible date (``2026-02-30``) is reported.

**Fails**::

    source: {published: 2022.08.28, ...}

**Passes**::

    source: {published: 2022-08-28, ...}
"""

from __future__ import annotations

from typing import ClassVar

from checks.rules._schema import SchemaRule


class Rule_S107(SchemaRule):
    __doc__ = __doc__
    owns: ClassVar[tuple[str, ...]] = ("date:",)
