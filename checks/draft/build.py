"""Build a draft: the facts, ignore entries, relations and new catalogue entries for an article's lines.
Pure functions of the text and the vocabularies; nothing here reads or writes a file."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from checks.draft.band_columns import band_cell
from checks.draft.context import Context, section_contexts
from checks.draft.drafted import Drafted
from checks.draft.expiry_cells import without_expiry_years
from checks.draft.fact_indicator import indicator_of
from checks.draft.fact_unit import unit_of
from checks.draft.facts import DraftFact, figure_subject, quote_span
from checks.draft.fiscal import fiscal_note
from checks.draft.guesses import Guess
from checks.draft.ignores import non_claim
from checks.draft.indicators import subject_of
from checks.draft.labels import numbered_headings
from checks.draft.minguo import gregorian, minguo_year, moved
from checks.draft.new_units import decimal_unit, settle_kinds
from checks.draft.refers_back import back_references
from checks.draft.relations import harmonise, propose
from checks.draft.repeats import restatements
from checks.draft.sambat import common_era
from checks.draft.simplified import simplified
from checks.draft.standard_columns import standard_cell
from checks.draft.status_period import status_and_period
from checks.draft.tables import cell_header, cell_unit, defining_column, yearless_row
from checks.draft.text import CJK, sentence_bounds, unique_span
from checks.draft.years import ArticleYears
from checks.numbers import Quantity, read_quantities, under_heading


def _inferred(fact: DraftFact, years: ArticleYears, why: str) -> str | None:
    """A note naming the period when the article prints it nowhere and it is no achieved default (C124)."""
    published = years.published.year if years.published else None
    default = fact.status == "achieved" and published is not None and published - 1 <= fact.period <= published
    if fact.period in years.printed or default or not fact.period:
        return None
    return f"Period {fact.period} inferred: {why}"


def _id(indicator: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", indicator.lower()).strip("-")[:48] or "figure"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name)
    return name


# A paragraph of a real article prints a few dozen figures (23 at most in the seeds and the draft
# tests); a line with hundreds is no prose, and each figure's guesses look at its whole line. Such a
# line, and any line after a draft already holds MAX_DRAFT_ITEMS facts, ignore entries and figures
# it could not quote, is left for a person (``Drafted.crowded``), so a hostile seed cannot make a
# draft run for hours.
MAX_FIGURES_PER_LINE = 200
MAX_DRAFT_ITEMS = 1_000


def draft_line(number: int, line: str, wanted: set[tuple[int, int]] | None, context: Context, drafted: Drafted) -> None:
    """Add to ``drafted`` a fact or an ignore entry for each reading of ``line`` (only those whose
    reading spans ``wanted`` holds, if given: start and end of the reading, as K101 reports them)."""
    held = len(drafted.facts) + len(drafted.ignores) + len(drafted.unquotable)
    if held >= MAX_DRAFT_ITEMS:
        drafted.crowded.append((number, f"the draft holds {held} items already"))
        return
    told = context.told.get(number)  # table cells of 1900–2100 their header says count, or are years
    readings = read_quantities(line, told)
    # A range is a fact per end; 400 digits read as inf have no value. Every figure of the line is
    # the others' context (the clause before a quote, a share a duration defines).
    finite = [(q, figure) for q in readings for figure in q.figures() if math.isfinite(figure.value)]
    figures = [figure for _, figure in finite]
    todo = [figure for q, figure in finite if wanted is None or (q.start, q.end) in wanted]
    range_of = {id(figure): (q.start, q.end) for q, figure in finite if q.ends is not None}  # an end's range
    count = len(todo)
    if count > MAX_FIGURES_PER_LINE or held + count > MAX_DRAFT_ITEMS:
        drafted.crowded.append((number, f"{count} figures on one line"))
        return
    kind_of = {uid: str(entry.get("kind") or "count") for uid, entry in {**context.units, **drafted.new_units}.items()}
    # The guesses read cue words in simplified characters (與 is 与), and a Minguo page's years
    # written out (111年 is 2022年): they see each figure where it stands in that reading; quotes are
    # cut from ``line``.
    calendar = gregorian(simplified(line)) if context.minguo else None
    plain = calendar.text if calendar else common_era(simplified(line), context.sambat)
    plain = yearless_row(plain, context.columns.get(number))  # 泾县<TAB>2087<TAB>2059: counts, no years
    plain = without_expiry_years(plain, context.columns.get(number))  # Expiry<TAB>04/2027: no row's year (round 57)
    read = {(f.start, f.end): moved(f, calendar) for f in figures}
    read_figures = list(read.values())
    reasons = {
        span: minguo_year(line, f, calendar)
        or defining_column(context.columns.get(number), line, f.start, counted=f.unit is not None)
        or band_cell(context.columns.get(number), line, f)  # 得分区间（分）: ≥90 (round 55)
        or (None if standard_cell(context.columns.get(number), line, f) else non_claim(plain, read[span], read_figures))
        for span, f in zip(read, figures, strict=True)
    }
    back_references(plain, read, reasons, kind_of, number, drafted.printed)  # Of the 214 CPE isolates
    # A cue between a figure and the next claim of its clause is that claim's; a number that is no
    # claim (in the next five years) takes no cue away.
    claims = [read[span].start for span in read if not reasons[span]]
    for q in todo:
        its_range = range_of.get(id(q))
        reason = reasons[(q.start, q.end)]
        if reason:
            drafted.ignores.append({"line": number, "text": unique_span(line, q.start, q.end), "reason": reason})
            continue
        span = quote_span(line, q, figures, told)
        if span is None:
            drafted.unquotable.append((number, q.text))
            continue
        heading = cell_unit(context.columns.get(number), line, q, number)
        if heading is not None:
            q = under_heading(q, heading.unit)  # 960 under 计划投资（万元）: 9,600,000 yuan
        on_plain = read[(q.start, q.end)]
        before, after = figure_subject(plain, on_plain, read_figures)
        previous = next((f.subject for f in reversed(drafted.facts) if f.line == number), "")
        by_unit = unit_of(q, number, line, context.units, drafted, kind_of, context.columns)
        unit, unit_note = decimal_unit(q, *by_unit, drafted.new_units, kind_of)  # a decimal is no count
        kind_of.update({uid: str(entry["kind"]) for uid, entry in drafted.new_units.items()})
        following = [start for start in claims if start >= on_plain.end]
        status, period = status_and_period(
            plain, on_plain, q, line, number, unit, following, read_figures, context, drafted.facts, kind_of
        )
        if calendar is not None and calendar.years:
            period = Guess(period.value, f"{period.why}; years of the Minguo calendar read as 1911 + N")
        fact = DraftFact(
            line=number,
            quote=line[span[0] : span[1]],
            quantity=q,
            subject=cell_header(context.columns, number, line, q)
            or subject_of(before, _own_words(q, line) + after, previous),
            unit=unit,
            status=str(status.value),
            period=int(period.value),
            review=[f"status: {status.value} ({status.why})", f"period: {period.value} ({period.why})"],
            range_of=its_range,
        )
        if unit_note:
            fact.review.append(unit_note)
        if heading is not None:
            fact.unit_from = {"line": heading.line, "text": heading.text}
            fact.review.append(f"value: the cell read in the unit and scale its table's heading names ({heading.text})")
        fact.note = _inferred(fact, context.years, period.why) or fiscal_note(
            plain[slice(*sentence_bounds(plain, on_plain.start))], fact.status, fact.period, context.years.published
        )
        fact.indicator = indicator_of(fact, context, drafted, kind_of)
        fact.id = _id(fact.indicator, context.taken_ids)
        drafted.facts.append(fact)


def _own_words(q: Quantity, line: str) -> str:
    """The words a figure's own text prints after its number (3,150 beds): in English, part of what it counts."""
    at = q.text.find(q.digits)
    return "" if at < 0 or CJK.search(line) else q.text[at + len(q.digits) :]


def _restated(line: str, number: int, reason: str, drafted: Drafted, told: dict[int, bool] | None) -> None:
    """Ignore entries for a line that restates another (a repeated paragraph, a headline in the body)."""
    for q in (figure for reading in read_quantities(line, told) for figure in reading.figures()):
        drafted.ignores.append({"line": number, "text": unique_span(line, q.start, q.end), "reason": reason})


def draft_lines(lines: Sequence[str], numbers: Iterable[int], context: Context) -> Drafted:
    drafted = Drafted()
    numbers = list(numbers)
    restated = numbered_headings(lines, numbers) | restatements(lines, numbers)
    context_of = section_contexts(lines, numbers, context)
    for number in numbers:
        if number in restated:
            _restated(
                lines[number - 1],
                number,
                restated[number],
                drafted,
                context_of(number).told.get(number),
            )
            continue
        draft_line(number, lines[number - 1], None, context_of(number), drafted)
    settle_kinds(drafted.new_indicators, drafted.new_units)
    drafted.relations = harmonise(propose(lines, drafted.facts), drafted.facts, drafted.new_indicators)
    return drafted
