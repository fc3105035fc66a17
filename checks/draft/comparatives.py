"""A comparative in brackets after a figure (round 59): a results announcement prints the figure of the period it
reports, then in brackets the period compared with, a colon and its figures: `Capital expenditure was £54.3m (H1 2024:
£47.9m).`, `reduced to £286.0m, or 1.1 times leverage (31 December 2024: £312.5m, 1.3 times)`, `91.4% of decisions met
this standard (2023/24: 88.0%)`, `床位使用率为86.1%（2024年：84.3%）`.

- every figure inside such a bracket, after its colon, is of the bracket's period (1.3 times: 2024, not the title's
  2025; a fiscal year by the year it ends in: 2023/24 is 2024), achieved when that year is before now;
- the bracket's year opens no sentence: `Capital expenditure was £54.3m (H1 2024: £47.9m). The Group expects …` does
  not date the next sentence's figures 2024 (checks.draft.openings reads the clause with the label blanked).

Not a bracket whose label has no year (`(prior year: 88.0%)`), nor one closed before the figure."""

from __future__ import annotations

from checks.draft.comparative_labels import comparative_label
from checks.draft.guesses import Guess
from checks.draft.years import years_in


def comparative(line: str, start: int, status: Guess, period: Guess, now: int | None) -> tuple[Guess, Guess]:
    """``status`` and ``period`` of the figure at ``start``: a comparative's in brackets is of its label's year."""
    label = comparative_label(line, start)
    years = years_in(label.group(), 0) if label is not None else []
    if label is None or not years or period.value == years[0].value:
        return status, period
    year = years[0].value
    why = f"the period compared with in brackets ('{label.group().strip('(（ ')}')"
    if now is not None and year < now:
        status = Guess("achieved", why)
    return status, Guess(year, why)
