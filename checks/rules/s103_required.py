"""Required field is missing or null.

Every fact needs ``id, line, quote, indicator, value, unit, qualifier, period, status`` (``region``
and ``note`` may be null); a source needs all its fields but ``translated_from``,
``original_publication`` and ``provenance_note`` (its ``region`` may be null, for a place outside
GB/T 2260, but is written); each relation kind
needs its own fields (``sum`` needs ``total`` and ``parts``, ``change`` needs ``from``, ``to`` and
``direction``…).

**Fails**::

    - {id: beds, line: 15, quote: 累计建床超3000张, indicator: home_beds, unit: bed, ...}   # no value

**Passes**::

    - {id: beds, line: 15, quote: 累计建床超3000张, indicator: home_beds, value: 3000, unit: bed, ...}
"""

from __future__ import annotations

from typing import ClassVar

from checks.rules._names import ALLOWED, closest
from checks.rules._schema import SchemaRule


class Rule_S103(SchemaRule):
    __doc__ = __doc__
    owns: ClassVar[tuple[str, ...]] = ("not_nullable", "required:")

    def told_elsewhere(self, key: str, mapping: object, field: str, present: bool) -> bool:
        # A field missing because its key is misspelt (qualifer: eq) is S102's "did you mean 'qualifier'?".
        allowed = ALLOWED.get(key, ())
        return (
            not present
            and isinstance(mapping, dict)
            and any(
                isinstance(name, str) and name not in allowed and closest(name, allowed) == field for name in mapping
            )
        )

    def message(self, field: str, value: object, expected: str, present: bool) -> str:
        if expected:  # a relation field its kind needs
            return expected
        return f"required field '{field}' is null" if present else f"required field '{field}' is missing"
