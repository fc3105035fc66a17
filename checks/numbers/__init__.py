"""The number reader: every quantity printed in a text, as the interval the printed figure stands for.

Every provenance check (P106/P107/P108), the coverage rule K101 and the HTML marks rest on it. It
reads English and Chinese as printed in the wild (full-width digits, Chinese numerals, number
words, bound words, ranges, rates) and refuses what only looks like a number (dates, phone
numbers, ordinals, labels). The parts, each readable alone:

- ``scanner``: the one pass over a text and the master pattern (``read_quantities``);
- ``chinese``: Chinese numerals (一千零十, 5万4千6百); ``english``: number words, fractions, ordinals;
- ``words``: word quantities that are claims (翻了一番, 过半, doubled);
- ``bounds``: bound words before and after a number, fillers, compound bounds, ranges;
- ``drafts``: one number as printed (its scale, 来 for "about", approximate pairs 两三万);
  ``measured``: the ``Draft``, the unit word after it (or the currency code before it) and
  ``refused`` (a name, label or code, not a quantity);
- ``units``: measure words, ``schemas/units.yaml`` hints; ``rate_bases``: a rate's base as printed;
- ``nonquantities``: what is not a quantity; ``quantity``: the ``Quantity`` a reading gives;
- ``headings``: the unit and scale a table's heading gives the bare numbers under it.
- ``told_cells``: a table's cells of 1900–2100 as their column's header tells them (2080 nurses under
  注册护士数（人）, 1998 under 建成年份（年）), passed to ``read_quantities`` by those who read whole articles.
- ``durations``: a time printed in hours, minutes and seconds read as one duration (11分36秒).
- ``ratios``: a ratio with a term of one read once (医护比为1:1.2); ``respectively``: a bound printed
  once for figures taken in turn (分别…以下).
- ``lists``: a list of figures that prints its unit once, after the last (1.6、0.9和1.4个百分点).

Interval arithmetic lives in ``checks/intervals.py`` (one home for it; the scalar half, which the
reader calls for every reading, in ``checks/scalar_intervals.py``).
"""

from __future__ import annotations

from checks.numbers.chinese import chinese_numeral_value
from checks.numbers.headings import (
    MAX_HEADING,
    RATE_HEADER,
    CellHeading,
    HeadingUnit,
    caption_unit,
    cell_heading,
    column_unit,
    heading_unit,
    row_label_unit,
    table_caption,
    table_header,
    too_long,
    under_heading,
)
from checks.numbers.quantity import FRACTION_HALF_UNIT, RANGE, Quantity, half_unit_of
from checks.numbers.scanner import normalize, read_quantities

__all__ = [
    "FRACTION_HALF_UNIT",
    "MAX_HEADING",
    "RANGE",
    "RATE_HEADER",
    "CellHeading",
    "HeadingUnit",
    "Quantity",
    "caption_unit",
    "cell_heading",
    "chinese_numeral_value",
    "column_unit",
    "half_unit_of",
    "heading_unit",
    "normalize",
    "read_quantities",
    "row_label_unit",
    "table_caption",
    "table_header",
    "too_long",
    "under_heading",
]
