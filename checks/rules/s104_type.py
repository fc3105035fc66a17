"""Field has the wrong type or form.

Line numbers and years are whole numbers, values are numbers (not text: write ``3000``, not
``"3000"`` or ``3,000``), quotes and titles are non-empty text, sha256 is 64 hex digits, a body is
``{first, last}`` with ``1 <= first <= last``, relation members are fact ids.

**Fails**::

    - {id: beds, line: "15", value: "3,000", ...}

**Passes**::

    - {id: beds, line: 15, value: 3000, ...}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from checks.rules._schema import SchemaRule
from schemas.columns import fits_int64

if TYPE_CHECKING:
    from checks.context import Context


class Rule_S104(SchemaRule):
    __doc__ = __doc__
    owns: ClassVar[tuple[str, ...]] = ("type:",)

    def hint(self, context: Context, field: str, value: object) -> str:
        if isinstance(value, int) and not isinstance(value, bool) and not fits_int64(value):
            return " (a whole number, but beyond 64 bits)"
        return ""
