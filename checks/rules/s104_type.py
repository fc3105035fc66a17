"""Field has the wrong type or form.

Line numbers and years are whole numbers, values are numbers (not text: write ``3000``, not
``"3000"`` or ``3,000``), quotes and titles are non-empty text, sha256 is 64 hex digits, a body is
``{first, last}`` with ``1 <= first <= last``, relation members are fact ids, a waiver's rule is a
rule's code as ``factlint rules`` prints it (``P107``, not ``p107``; the message names the code
meant when it can).

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
        if field == "rule" and isinstance(value, str):  # a waiver's code: the one finding of the slip (not C190)
            from checks.rules import rule_by_code  # the registry, which imports this module

            meant = rule_by_code(value)
            if meant is not None:
                return f" (did you mean {meant.code()}?)"
            return " (no rule has that code: `factlint rules` lists them)"
        return ""
