"""Value is not in its vocabulary.

Units come from ``schemas/units.yaml``, indicators from ``schemas/indicators.yaml``; qualifiers
are ``eq gt ge lt le approx``, statuses ``achieved target``, languages ``zh en``, relation kinds
``change sum sum_at_most le share same``, directions ``increase decrease``. Add a new unit or
indicator to its catalogue first, with its labels and kind.

**Fails**::

    - {id: beds, unit: beds, qualifier: more_than, ...}

**Passes**::

    - {id: beds, unit: bed, qualifier: gt, ...}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from checks.rules._names import closest
from checks.rules._schema import SchemaRule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_S105(SchemaRule):
    __doc__ = __doc__
    owns: ClassVar[tuple[str, ...]] = ("vocabulary:",)

    def hint(self, context: Context, field: str, value: object) -> str:
        """The catalogue's closest name to a misspelt unit or indicator (``beds`` → ``bed``)."""
        vocabulary = context.corpus.vocabulary
        catalogue = {"unit": vocabulary.units, "indicator": vocabulary.indicators}.get(field)
        if catalogue is None or not isinstance(value, str) or len(value) > MAX_SUGGESTED:
            return ""
        close = closest(value, tuple(catalogue))
        return f"; did you mean '{close}'?" if close else ""


MAX_SUGGESTED = 80  # longer values are not names anyone misspelt; difflib's cost grows with length
