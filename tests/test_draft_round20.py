"""Round 20's rules, from the kinds of text the twenty-fourth held-out set brought (a food-safety
sampling notice, a price adjustment notice, a hospital's holiday news, a weekly threats report, a
data snapshot, a clinical-trial release): each has its failing and passing cases, written for this
file."""

from __future__ import annotations

from datetime import date

from checks.draft.dates import is_dateline
from checks.draft.source import guess_source

# ---- the head: a line of the page's fields, one of them a date ------------------------------------


def test_a_line_of_fields_one_of_them_a_date_is_a_dateline() -> None:
    assert is_dateline("News release | 3 March 2026 | Embargoed until 00:01 GMT, Tuesday 3 March 2026")
    assert is_dateline("Statement | 3 March 2026")
    assert is_dateline("Web report | Last updated: 12 Aug 2026 | Cat. no: PHE 12 | Format: Data snapshot")
    assert not is_dateline("3 March 2026 | The clinic reopened after a long refit. More staff were hired.")


_TRIAL_RELEASE = [
    "Example University",
    "Home > News > Press releases",
    "New vaccine halves infections in a large trial, researchers report",
    "News release | 3 March 2026 | Embargoed until 00:01 GMT, Tuesday 3 March 2026",
    "",
    "A new vaccine cut infections by 51% in a trial of 4,210 adults, the researchers said today.",
]


def test_a_release_dated_in_its_line_of_fields_is_published_that_day() -> None:
    guess = guess_source(_TRIAL_RELEASE, {})
    assert guess.published == date(2026, 3, 3)
    assert guess.body[0] == 6


_MENU_ABOVE = [
    "Health Insurance Agency",
    "Home | About Us | News & Updates | Members | Downloads | Hotline: (02) 8662-2588",
    "Agency raises case rates for dialysis; launches a mental health package",
    "Press Release No. 2026-118 | 24 November 2026",
    "CITY — The agency will raise the case rates of 14 benefit packages from January 1, 2027, at a cost of $12 million.",
]


def test_a_site_s_menu_is_no_title() -> None:
    guess = guess_source(_MENU_ABOVE, {})
    assert guess.title != _MENU_ABOVE[1]
    assert guess.published == date(2026, 11, 24)
