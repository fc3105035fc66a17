"""The name a misspelt one most likely meant, for the rules that say "did you mean …?"."""

from __future__ import annotations

from functools import lru_cache

from schemas import fields

# The keys each place of a dataset may hold: the source, its region and body, and the items of each list.
ALLOWED: dict[str, tuple[str, ...]] = {
    "source": fields.SOURCE,
    "source.region": fields.REGION,
    "source.body": fields.BODY,
    **fields.FIELDS,
}


@lru_cache(maxsize=1024)
def closest(value: str, names: tuple[str, ...]) -> str | None:
    """The one of ``names`` that ``value`` most likely misspells (difflib's ratio at least 0.6), or None."""
    import difflib

    close = difflib.get_close_matches(value, names, n=1)
    return close[0] if close else None
