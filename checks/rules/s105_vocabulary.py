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

from typing import ClassVar

from checks.rules._schema import SchemaRule


class Rule_S105(SchemaRule):
    __doc__ = __doc__
    owns: ClassVar[tuple[str, ...]] = ("vocabulary:",)
