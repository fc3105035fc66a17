"""Numbers written with a power of ten: 1.3×10^6, 6.23x10^-4, 2.4 × 10⁶, 10^30, 10⁹, 1.3e6, 1.5E+3.

Laboratory values and scientific papers print them (neutrophils at least 2×10^9/L); read digit by
digit they would be three numbers (2, 10 and 9), none of them the figure. The power needs its mark
(a caret, ``**`` or superscript digits): ``3 x 10`` is three times ten (or three by ten), not a
power. An exponent so large that the value leaves the range of a float is no figure either.
"""

from __future__ import annotations

import re
from decimal import Decimal

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_EXPONENT = r"(?:(?:\^|\*\*)\(?(?P<{0}>[-+]?\d{{1,3}})\)?|(?P<{0}_sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}}))"
_NOT_AFTER = r"(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹A-Za-z_])"
# After a mantissa: times ten to a power (1.3×10^6, 6.23 x 10^-4, 2.4 · 10⁶), or an E exponent
# glued to it (1.3e6, 1.5E+3; the digits before it carry no thousands separators).
_TIMES_POWER = re.compile(r"[ \t]?[×xX·*][ \t]?10" + _EXPONENT.format("times") + _NOT_AFTER)
_E_POWER = re.compile(r"[eE](?P<e>[-+]?\d{1,3})" + _NOT_AFTER + r"(?!\.\d)")
# A superscript minus lost in copying, all glued: 2.48×10−5 (spaced, 2 × 10-15 could be a range).
_GLUED_NEGATIVE_POWER = re.compile(r"[×xX]10-(?P<glued>\d{1,3})" + _NOT_AFTER + r"(?![.,]\d)")
# Ten itself raised to a power (10^30, 10⁹).
_OF_TEN = re.compile(_EXPONENT.format("ten") + _NOT_AFTER)
_TIMES = frozenset("×xX·*")
_MAY_START = _TIMES | frozenset("eE^*⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")  # what may follow the digits of a mantissa
_GROUPED_BEFORE = re.compile(r"\d[,.]\Z")
_LARGEST_EXPONENT = 300  # 1e300: far beyond any quantity, well inside a float's range


def _exponent(match: re.Match[str], name: str) -> int:
    if name == "glued":
        return -int(match.group(name))
    written = match.group(name)
    if written is None:
        written = match.group(f"{name}_sup").translate(_SUPERSCRIPTS)
    return int(written)


def power_after(norm: str, digits: str, end: int) -> tuple[Decimal, str, int] | None:
    """The power of ten that follows the digits ``digits`` ending at ``end``: its factor, the
    mantissa as printed (``1`` for 10^30: ten itself is raised), and where the power ends; None when
    no power follows."""
    after = norm[end : end + 1]
    if after not in _MAY_START and not (after in " \t" and norm[end + 1 : end + 2] in _TIMES):
        return None  # nearly every number: one look at the character after it
    start = end - len(digits)
    if _GROUPED_BEFORE.search(norm, max(start - 2, 0), start):
        return None  # 1,3e5: the tail of a number grouped another way, no mantissa of its own
    mantissa = digits
    found, name = _TIMES_POWER.match(norm, end), "times"
    if found is None:
        found, name = _GLUED_NEGATIVE_POWER.match(norm, end), "glued"
    if found is None and "," not in digits:
        found, name = _E_POWER.match(norm, end), "e"
    if found is None and digits == "10":
        found, name, mantissa = _OF_TEN.match(norm, end), "ten", "1"
    if found is None:
        return None
    exponent = _exponent(found, name)
    if abs(exponent) > _LARGEST_EXPONENT:
        return None
    return Decimal(10) ** exponent, mantissa, found.end()
