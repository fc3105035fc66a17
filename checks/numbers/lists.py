"""A list of figures that prints its unit once, after the last (分别提高1.6、0.9和1.4个百分点, 1.6, 0.9 and
1.4 percentage points): each figure of the list is in that unit.

A list is plain figures (digits with no unit word, scale, currency, bound or range) joined as lists are
joined: in Chinese by 、 and before the last by 、和及与; in English by a comma and a space and before the
last by and/or (2, 4 and 6 months; 10 or 15 beds). The last figure, plain digits too, has a unit of
``schemas/units.yaml``. A list whose first item the reader refused (2型、3和4个: a label) is no list of
quantities, and a scale after the last (5、6万人) may be the whole list's or its own: what the reader read
of either is left as it is. A comma alone joins no list (37,1%: a decimal comma; n = 37, 55%), nor a
comma and "and" two figures (rose to 412,600, and 88.3%: a clause), nor does a list start after a label
(pH 4.7 and 20%).

Plain figures listed before a label (18、24、30月龄, 3、6、9月, 1、2号楼: ages, months, numbers that name) are
labels as the last one is, and no quantities.
"""

from __future__ import annotations

import re

from checks.numbers.currencies import currency_before
from checks.numbers.nonquantities import LABEL_AFTER
from checks.numbers.quantity import Quantity, reread

# Before the last item, and between the others, in each language.
_LAST_JOIN = {"zh": re.compile(r" ?(?:、|和|及|与|以及) ?"), "en": re.compile(r",? +(?:and|or) +")}
_JOIN = {"zh": re.compile(r" ?、 ?"), "en": re.compile(r", +")}
_BEFORE_FIRST = frozenset("、，,")  # a list that goes on from an item the reader did not read
_PLAIN_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A word with a capital right before a figure names it (pH 4.7, EASI 75, Grade 3): no list starts there.
_LABEL_BEFORE = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]* \Z")
# The items after the first, in a Chinese list: a dozen at most, so that each item's look ahead is bounded
# (a line of 10,000 listed figures is read in linear time).
_LISTED_AFTER = re.compile(r"(?:\s?[、和及与]\s?\d{1,4}){1,12}")


def listed_labels(norm: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the plain figures listed before a label (18、24、30月龄: the label is no quantity)."""
    return [q for q in found if not (_before_label(norm, q.end) and _plain(norm, q))]


def _before_label(norm: str, end: int) -> bool:
    rest = _LISTED_AFTER.match(norm, end)
    return rest is not None and LABEL_AFTER.match(norm, rest.end()) is not None


def shared_list_units(text: str, norm: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the figures of each list that prints its unit once given that unit."""
    if len(found) < 2:
        return found
    out = list(found)
    last = len(found) - 1
    while last > 0:
        first = _list_start(norm, found, last)
        for at in range(first, last):
            out[at] = reread(text, found[at], unit=(found[last].unit, None))
        last = first - 1 if first < last else last - 1
    return out


def _list_start(norm: str, found: list[Quantity], last: int) -> int:
    """The first item of the list ``found[last]`` ends, or ``last`` when it ends none."""
    if found[last].unit is None or found[last].bound != "eq" or not _unscaled(norm, found[last]):
        return last
    last_join = _gap(norm, found, last)
    language = next((lang for lang, join in _LAST_JOIN.items() if join.fullmatch(last_join)), None)
    if language is None or not _plain(norm, found[last - 1]):
        return last
    first = last - 1
    while first > 0 and _plain(norm, found[first - 1]) and _JOIN[language].fullmatch(_gap(norm, found, first)):
        first -= 1
    if norm[found[first].start - 1 : found[first].start] in _BEFORE_FIRST:
        return last
    if language == "en" and (
        (last_join.startswith(",") and first == last - 1)  # rose to 412,600, and 88.3%: a clause, not a list
        or _LABEL_BEFORE.search(norm, max(0, found[first].start - 12), found[first].start)  # pH 4.7 and 20%
    ):
        return last
    return first


def _gap(norm: str, found: list[Quantity], at: int) -> str:
    """What stands between ``found[at - 1]`` and ``found[at]``."""
    return norm[found[at - 1].end : found[at].start]


def _unscaled(norm: str, q: Quantity) -> bool:
    return (
        q.ends is None
        and _PLAIN_DIGITS.fullmatch(q.digits) is not None
        and q.value == float(q.digits.replace(",", ""))
        and currency_before(norm, q.start, 5) is None
    )


def _plain(norm: str, q: Quantity) -> bool:
    return q.unit is None and q.unit_text is None and q.bound == "eq" and _unscaled(norm, q)
