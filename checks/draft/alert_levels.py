"""An alert's levels (round 49): a plan or warning system defines its alerts by temperatures and by how long they
last (a yellow alert is issued when the forecast maximum is 43.0°C to 44.9°C, an orange alert at 45.0°C to 46.9°C
…, or when night-time minimum temperatures stay above 31°C for two consecutive nights; deaths … higher on days
when the maximum reached 45°C). Such a temperature, and the run of days or nights that sets an alert off, define
the alert or the days counted: no figure the text reports or aims at, so not a claim. Only a temperature (°C,
°F, ℃) in a sentence naming an alert or warning, or in a condition (when, if, on days …) of its clause, and
"for N consecutive days/nights" in such a sentence: a temperature reported as a figure (the mean rose by 1.2°C)
stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.draft.text import clause_bounds, sentence_bounds
from checks.numbers import Quantity

_TEMPERATURE = re.compile(r"\s*(?:°\s*[CF]\b|℃|℉|degrees?\s+(?:Celsius|Fahrenheit|C\b|F\b))", re.IGNORECASE)
_ALERT = re.compile(r"\b(?:alerts?|warnings?|heat\s*waves?|heatwaves?)\b|预警|警报", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:when|whenever|if|where)\b|\bdays?\s+(?:on\s+which|with|of)\b", re.IGNORECASE)
_CONSECUTIVE = re.compile(r"\s*consecutive\s+(?:days|nights|hours)\b", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def alert_level(line: str, q: Quantity, others: Sequence[Quantity]) -> str | None:
    """Why ``q`` is an alert's level or its run of days (see the module), or None."""
    del others  # the signature of the other ignore tests
    sentence = line[slice(*sentence_bounds(line, q.start))]
    alert = _ALERT.search(sentence) is not None
    temperature = _TEMPERATURE.match(line, q.end) or _TEMPERATURE.match(line, _digits_end(line, q))
    if temperature:
        clause_start = clause_bounds(line, q.start)[0]
        if alert or _CONDITION.search(line, clause_start, q.start):
            return "a temperature that defines an alert level or the days counted, no figure reported"
    run = _CONSECUTIVE.match(line, q.end) or _CONSECUTIVE.match(line, _digits_end(line, q))
    if alert and run and _FOR.search(line, max(0, q.start - 20), q.start):
        return "the run of days or nights that sets an alert off, no figure reported"
    return None


def _digits_end(line: str, q: Quantity) -> int:
    """Where the number's digits end (a unit word the reader took into the quantity comes after)."""
    at = line.find(q.digits, q.start, q.end)
    return at + len(q.digits) if at >= 0 else q.end
