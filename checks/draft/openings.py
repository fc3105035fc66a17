"""The year opening a figure's sentence (In 2024, …; 2023年末，…; a clause that is only a date before it,
截至2025年6月底，…), and the years printed with one figure (its own and its sentence's opening), for
checks.draft.guesses and checks.draft.period_guess."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.draft.comparative_labels import without_labels
from checks.draft.months import MONTH
from checks.draft.text import CJK, clause_bounds, sentence_bounds, sentences
from checks.draft.years import Year, own, years_in

_STARTING_YEAR = re.compile(
    r"[\s“”\"'(（]*((?:19|20)\d\d)\s*年(?:末|底)?(?![度代])"
    # For 2026/27 we have set aside …, In 2025/26 the Department paid …: a fiscal year, no comma needed
    r"|\s*(?:In|For|During)\s+(?:the\s+)?((?:19|20)\d\d\s*[-/–]\s*\d\d)(?:\s+(?:financial|fiscal)\s+year)?\s+(?=[a-z])"
)


_SPAN_TO = re.compile(r"\s*(?:至|到|—|–|-|~)\s*((?:19|20)\d\d)\s*年")


def _opening(line: str, sentence_start: int, sentence_end: int) -> Year | None:
    """The year of a sentence's opening phrase: a short first clause set off by a comma (In 2024, …)."""
    clause_end = clause_bounds(line, sentence_start)[1]
    if clause_end >= sentence_end:
        return None
    clause = line[sentence_start:clause_end]
    # A sentence that starts with its year (2023年新生儿死亡率为…, 112年…) is about that year, however
    # long its first clause; a year further into a long first clause may name something else.
    starting = _STARTING_YEAR.match(line, sentence_start)
    span_end = _SPAN_TO.match(line, starting.end()) if starting and starting.group(1) else None
    if span_end:  # 2023年至2025年，…累计招收120名: the span's end
        return Year(span_end.start(1), int(span_end.group(1)), False)
    if starting:
        group = 1 if starting.group(1) else 2
        years = years_in(line[starting.start(group) : starting.end()], starting.start(group))
        if years:
            return years[0]
    if len(CJK.findall(clause)) > 12 or len(clause.split()) > 7:
        return None
    # Capital expenditure was £54.3m (H1 2024: £47.9m): a comparative's year opens no sentence (round 59)
    years = years_in(without_labels(line[sentence_start:sentence_end])[: len(clause)], sentence_start)
    return years[-1] if years else None


# 曾立新介绍,2023年,…; 据了解, 2023年…: who tells it stands before the year that opens the sentence.
_TOLD_BY = re.compile(r"(?:介绍|表示|指出|透露|了解|获悉|说|称)\s*[,，:：]\s*$")


def opening(line: str, at: int) -> Year | None:
    """The year opening the sentence holding ``at`` (In 2024, …; 2023年末, …), when the figure is after it."""
    sentence_start, sentence_end = sentence_bounds(line, at)
    first_end = clause_bounds(line, sentence_start)[1]
    if first_end < at and _TOLD_BY.search(line[sentence_start : first_end + 1]):
        sentence_start = first_end + 1
    if clause_bounds(line, sentence_start)[1] > at:
        return None
    return _dated_clause(line, first_end + 1, at) or _opening(line, sentence_start, sentence_end)


# 2023年…启动试点，截至2025年6月底，累计参保386.5万人: a clause that is only a date, later in the
# sentence and before the figure, dates what follows it rather than the year opening the sentence.
_DATE_CLAUSE = re.compile(
    rf"\s*(?:截至|截止|到|至|as\s+of|by\s+the\s+end\s+of|at\s+the\s+end\s+of|in)?\s*(?:(?:{MONTH})\s*)?"
    r"((?:19|20)\d\d)\s*年?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末|初|中旬|上旬|下旬)?\s*",
    re.IGNORECASE,
)


def _dated_clause(line: str, start: int, at: int) -> Year | None:
    """The year of the last clause between ``start`` and the figure at ``at`` that is only a date."""
    found = None
    while start < at:
        clause_start, clause_end = clause_bounds(line, start)
        if clause_end >= at:
            break
        date_only = _DATE_CLAUSE.fullmatch(line, clause_start, clause_end)
        if date_only and (years := years_in(line[clause_start:clause_end], clause_start)):
            found = years[-1]
        start = clause_end + 1
    return found


@dataclass(frozen=True)
class FigureYears:
    """The years printed with one figure: its own (in its clause) and the one opening its sentence.
    Its status and its period both ask for them: they are looked up once."""

    own: Year | None
    opening: Year | None


# rose by 27%, from 168 isolates in 2024 to 214 in 2025: the level a change starts from, what it counts and its
# year, before "to" the level reached (round 31)
_FROM_NOUN_YEAR = (
    re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[£$€]?$", re.IGNORECASE),
    re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,2}(?:in|during)\s+((?:19|20)\d\d)\s+to\s+[£$€]?\d"),
)


# 5.2 In 2026/27 the Trust has funded 68 …: a section's number opening its line is no figure whose year the
# sentence's is (round 31); it is read as blank, positions kept.
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\s+(?=[A-Z])")


def figure_years(line: str, start: int, end: int) -> FigureYears:
    if (number := _SECTION_NUMBER.match(line)) is not None and number.end() <= start:
        line = " " * number.end() + line[number.end() :]
    from_noun = _FROM_NOUN_YEAR[1].match(line, end) if _FROM_NOUN_YEAR[0].search(line, 0, start) else None
    if from_noun:
        return FigureYears(Year(from_noun.start(1), int(from_noun.group(1)), False), opening(line, start))
    return FigureYears(own(line, start, end), opening(line, start))


# In the same period of 2025, …; At this point of the season in 2025, …; 2025年同期，…: a sentence that
# gives the level compared with, whose year is no later sentence's.
_COMPARISON_OPENING = re.compile(
    r"\b(?:the\s+same\s+(?:period|time|week|month|point)|this\s+(?:point|time|stage)\s+(?:of|in))\b|同期", re.I
)


def opens_on_compared_period(line: str, at: int) -> bool:
    """Whether the sentence holding ``at`` opens on the period compared with (In the same period of 2025, …)."""
    start = sentence_bounds(line, at)[0]
    return _COMPARISON_OPENING.search(line, start, clause_bounds(line, start)[1]) is not None


def earlier_openings(line: str, at: int) -> list[int]:
    """The years that open the sentences before the one holding ``at``, in order (not a sentence that
    opens on the period compared with)."""
    found = []
    for start, end in sentences(line):
        if end > sentence_bounds(line, at)[0]:
            break
        if opens_on_compared_period(line, start):
            continue
        year = _opening(line, start, end)
        if year is not None:
            found.append(year.value)
    return found
