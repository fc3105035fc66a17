"""Build a draft: the facts, ignore entries, relations and new catalogue entries for an article's lines.
Pure functions of the text and the vocabularies; nothing here reads or writes a file."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from checks.draft.adjustments import rules_and_changes
from checks.draft.asides import now_aside
from checks.draft.askers import asked_by
from checks.draft.budget_items import budget_share
from checks.draft.budgets import budget_guess, money_allocated
from checks.draft.carried import same_due_year
from checks.draft.context import Context, section_contexts
from checks.draft.counted import counted_unit
from checks.draft.cues import CHANGE_OPENING, acted_on, aim_goes_on
from checks.draft.due import due_guess
from checks.draft.earlier import earlier_level, old_level
from checks.draft.facts import DraftFact, figure_subject, quote_span
from checks.draft.fiscal import fiscal_note
from checks.draft.guesses import Guess, period_of, status_of
from checks.draft.header_years import cell_guess
from checks.draft.ignores import non_claim
from checks.draft.indicators import label_en_of, label_zh_of, match, propose_name, subject_of
from checks.draft.labels import numbered_headings
from checks.draft.measured import measured_against
from checks.draft.minguo import gregorian, minguo_year, moved
from checks.draft.money import currency_of, money_unit
from checks.draft.months import starts_later
from checks.draft.new_units import decimal_unit, person_times, propose_unit, settle_kinds
from checks.draft.now_clauses import told_now
from checks.draft.openings import FigureYears, figure_years
from checks.draft.policy import DEFAULT_TARGET_YEARS, duty_period, stated_rule, title_period
from checks.draft.rates import changed_rate, customary_base, printed_base, printed_thing, rate_named_by, rate_unit
from checks.draft.refers_back import back_references
from checks.draft.relations import harmonise, other_end_indicator, propose
from checks.draft.repeats import restatements
from checks.draft.running import as_reported
from checks.draft.sambat import common_era
from checks.draft.settled import settled
from checks.draft.simplified import simplified
from checks.draft.spoken_of import spoken_of
from checks.draft.standing import standing
from checks.draft.starts_from import starts_from
from checks.draft.tables import Column, cell_column, cell_header, cell_unit, column_guess, defining_column, yearless_row
from checks.draft.text import CJK, clause_bounds, sentence_bounds, unique_span
from checks.draft.when_dated import when_dated
from checks.draft.work_dates import work_dated
from checks.draft.years import ArticleYears
from checks.numbers import Quantity, read_quantities, under_heading


@dataclass
class Drafted:
    facts: list[DraftFact] = field(default_factory=list)
    ignores: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    new_indicators: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_units: dict[str, dict[str, Any]] = field(default_factory=dict)
    unquotable: list[tuple[int, str]] = field(default_factory=list)  # (line, figure) no quote could prove
    crowded: list[tuple[int, str]] = field(default_factory=list)  # (line, why) left undrafted
    printed: list[Any] = field(default_factory=list)  # figures drafted so far (checks.draft.refers_back.Printed)


def _unit(
    q: Quantity,
    number: int,
    line: str,
    units: dict[str, dict[str, Any]],
    drafted: Drafted,
    kind_of: dict[str, str],
    context_columns: dict[int, list[Column]],
) -> tuple[str, str | None]:
    """The fact's unit and, when it is a guess, what to check about it."""
    if q.unit is None or kind_of.get(q.unit) == "count":
        earlier = [f for f in drafted.facts if f.line == number]
        changed = changed_rate(line, q, earlier, kind_of)
        if changed:
            return changed, f"unit: {changed}, the {kind_of.get(changed, 'rate')} it is a change of"
    base = printed_base(line, q)
    column = cell_column(context_columns, number, line, q) if q.unit is None and not q.unit_text else None
    if base is None and column is not None:
        base = column.base  # a table's column of rates (Rate per 100,000 population)
    base = base or customary_base(line, q)  # 孕产妇死亡率为0: a rate of its customary base, never a count
    if base and q.unit is None:
        return rate_unit(base, units, q.unit_text, drafted.new_units, printed_thing(q))
    # … below its base: 按常住人口65.77万人计算 after 每千人口 counts people, it is no rate
    further_back = base is not None and q.value < base and kind_of.get(str(q.unit)) == "count"
    rate = rate_named_by(q.unit_text, base, units) if base is not None and further_back else None
    if rate:
        # 每千人口执业(助理)医师数达到3.2人: the base stands further back than the reader looks.
        return rate, f"unit: {rate}, the rate its clause's base names"
    currency = currency_of(line, q) if q.unit is None else None
    if currency:
        return money_unit(*currency, units, drafted.new_units, word=currency[0] == q.unit_text)
    counted = counted_unit(line, q, units)
    if counted:
        return counted, f"unit: {counted}, named by what it counts"
    if q.unit and not person_times(q):
        return q.unit, None
    if q.unit_text:
        hinted = [uid for uid, entry in units.items() if q.unit_text in [str(h) for h in entry.get("hints") or ()]]
        named = [] if person_times(q) else hinted
        if named:
            return named[0], f"unit: '{q.unit_text}' after a rate base; no rate unit for it in schemas/units.yaml"
        # A measure word no unit names: propose one, so the fact's unit agrees with its quote (P108).
        uid = propose_unit(q.unit_text, units, drafted.new_units)
        return uid, f"unit: {uid} proposed for '{q.unit_text}'"
    return "unit", "unit: no unit word is printed; a count assumed"


def _indicator(fact: DraftFact, context: Context, drafted: Drafted, kind_of: dict[str, str]) -> str:
    if (shared := other_end_indicator(fact, drafted.facts)) is not None:  # 2.5至5公里: one quantity's bounds
        fact.review.append(f"indicator: {shared}, as the other end of its range")
        return shared
    catalogue = {**context.catalogue, **drafted.new_indicators}
    found = match(fact.subject, fact.unit, context.catalogue, context.units)
    if found and not _conflicts(found, fact, drafted):
        fact.review.append(f"indicator: {found} matched by its label")
        counted = str(context.catalogue[found].get("unit") or fact.unit)
        if fact.unit == "unit" and counted != fact.unit:
            # 个 or no unit word: the indicator says what is counted (S109 wants the two units equal).
            fact.unit = counted
            fact.review.append(f"unit: {counted}, the indicator's")
        return found
    base = propose_name(fact.subject, fact.unit)
    known = context.catalogue.get(base)
    counted = str(known.get("unit")) if known else ""
    if fact.unit == "unit" and kind_of.get(counted) == "count":
        fact.unit = counted  # 村卫生室312个: village_clinics counts institutions, and 个 agrees with any count
        fact.review.append(f"unit: {counted}, the indicator's")
    if known and not known.get("review") and known.get("unit") == fact.unit and not _conflicts(base, fact, drafted):
        fact.review.append(f"indicator: {base} matched by its name")
        return base
    name, n = base, 1
    while (name in catalogue and not (name in drafted.new_indicators and catalogue[name]["unit"] == fact.unit)) or (
        _conflicts(name, fact, drafted)
    ):
        n += 1
        name = f"{base}_{fact.unit}" if n == 2 else f"{base}_{fact.unit}_{n - 1}"
    if name not in drafted.new_indicators:
        kind = kind_of.get(fact.unit, "count")
        drafted.new_indicators[name] = {
            "label_en": label_en_of(fact.subject, name),
            "label_zh": label_zh_of(fact.subject),
            "unit": fact.unit,
            "kind": kind,
            "additive": kind == "count",
            "review": "proposed by factlint draft: check the name, labels, kind and additive",
        }
    fact.review.append(f"indicator: {name} proposed")
    return name


def _conflicts(indicator: str, fact: DraftFact, drafted: Drafted) -> bool:
    """Whether another drafted figure of ``indicator`` has the same period and status but another value (C107)."""
    return any(
        f.indicator == indicator and f.period == fact.period and f.status == fact.status and f.value != fact.value
        for f in drafted.facts
    )


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
    readings = read_quantities(line)
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
    read = {(f.start, f.end): moved(f, calendar) for f in figures}
    read_figures = list(read.values())
    reasons = {
        span: minguo_year(line, f, calendar)
        or defining_column(context.columns.get(number), line, f.start, counted=f.unit is not None)
        or non_claim(plain, read[span], read_figures)
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
        span = quote_span(line, q, figures)
        if span is None:
            drafted.unquotable.append((number, q.text))
            continue
        heading = cell_unit(context.columns.get(number), line, q, number)
        if heading is not None:
            q = under_heading(q, heading.unit)  # 960 under 计划投资（万元）: 9,600,000 yuan
        on_plain = read[(q.start, q.end)]
        before, after = figure_subject(plain, on_plain, read_figures)
        previous = next((f.subject for f in reversed(drafted.facts) if f.line == number), "")
        by_unit = _unit(q, number, line, context.units, drafted, kind_of, context.columns)
        unit, unit_note = decimal_unit(q, *by_unit, drafted.new_units, kind_of)  # a decimal is no count
        kind_of.update({uid: str(entry["kind"]) for uid, entry in drafted.new_units.items()})
        following = [start for start in claims if start >= on_plain.end]
        found = figure_years(plain, on_plain.start, on_plain.end)
        again = partial(_guess, on_plain, context, min(following, default=None), found)
        status, period = again(plain)
        if context.recommends and status.why == "no cue":  # audit at least 5% of requisitions
            status = Guess("target", "a recommendation (its section's heading recommends)")
            period = period_of(plain, on_plain.start, on_plain.end, "target", context.years, found, False)
        carried = context.carried.get(number)
        if carried is not None and carried.listed and status.why == "no cue":
            status = Guess("target", f"an item of the list {carried.why.replace('the due year of ', '')}")
            period = period_of(plain, on_plain.start, on_plain.end, "target", context.years, found, context.plan)
        if carried is not None and status.value == "target" and period.why in DEFAULT_TARGET_YEARS:
            period = Guess(carried.year, carried.why)
        # 自11月起每周更新菜单，提供不少于20种 in an October notice: what starts after publication is to come
        later = starts_later(plain[slice(*sentence_bounds(plain, on_plain.start))], context.years.published)
        if later is not None and status.why == "no cue":
            status = Guess("target", f"'{later[1]}': it starts after publication")
            period = Guess(later[0], f"'{later[1]}': the next such month")
        status, period = now_aside(plain, on_plain.start, on_plain.end, (status, period), context.years.now, again)
        period = title_period(status, period, context.title_year, context.years.now, context.declared is not None)
        period = work_dated(plain, on_plain.start, status, period, context.years.now)  # 于2026年3月10日至… (round 45)
        published = context.years.published.year if context.years.published else None
        guessed, declared = (status, period), context.declared is not None
        status, period = spoken_of(
            plain, on_plain.start, on_plain.end, number, guessed, drafted.facts, published, declared
        )
        if context.wrapped and period.why == "the year its title names":
            period = Guess(period.value, "the year opening the paragraph its line goes on with")
        period = duty_period(plain, on_plain.start, on_plain.end, status, period, context.years.now)
        status, period = due_guess(plain, on_plain.start, status, period, found.own is not None)
        prior = next((f for f in reversed(drafted.facts) if f.line == number), None)
        clause_start = clause_bounds(plain, on_plain.start)[0]
        if (
            prior is not None
            and prior.status == "target"
            and status.value == "achieved"
            and (CHANGE_OPENING.match(plain, clause_start) or aim_goes_on(plain, prior.quantity.end, clause_start))
            and sentence_bounds(plain, prior.quantity.start) == sentence_bounds(plain, on_plain.start)
        ):
            changes = CHANGE_OPENING.match(plain, clause_start)
            status = Guess(
                "target",
                f"the {'change of the target' if changes else 'aim it goes on with'} before it in its sentence",
            )
            period = Guess(prior.period, f"the year of the target it {'changes' if changes else 'goes on with'}")
        period = earlier_level(
            plain, on_plain.start, on_plain.end, following, status, period, context.effective is not None
        )
        period = when_dated(plain, on_plain.start, status, period)  # since September 2025, when it stood at 517
        period = starts_from(plain, on_plain.end, status, period)  # at least £20 from April 2027
        target_at = prior.quantity.start if prior is not None and prior.status == "target" else None
        period = old_level(plain, on_plain.start, status, period, target_at, context.years.now)  # up from 30 days
        same = same_due_year(plain, clause_start, on_plain.start)
        if same is not None and status.value == "target" and found.own is None:
            period = Guess(same, "the due year of the target before it (同期, by the same date)")
        if (
            by_cell := cell_guess(context.column_years.get(number), line, q.start, context.years.published)
        ) is not None:
            period, status = by_cell[0], by_cell[1] or status
        elif (by_column := column_guess(context.columns.get(number), line, q.start, period)) is not None:
            period, status = by_column[0], by_column[1] or status
        others = [(f.start, f.end) for f in read_figures if f is not on_plain]
        header, of_text = cell_header(context.columns, number, line, q), (context.running, context.rounds)
        status, period = as_reported(plain, on_plain, others, header, status, period, of_text, context.years.now)
        status, period = rules_and_changes(plain, on_plain.start, on_plain.end, status, period, context)
        as_achieved = partial(
            period_of, plain, on_plain.start, on_plain.end, "achieved", context.years, found, context.plan
        )
        counted = kind_of.get(unit) == "count"
        status, period = budget_guess(plain, on_plain.start, status, period, context.budget, as_achieved, counted)
        item = context.allocation_item  # • KSh 312 million to complete …, under The budget provides for:
        status, period = budget_share(plain, on_plain.start, on_plain.end, status, period, context.budget, item)
        status, period = money_allocated(plain, on_plain.start, status, period, context.years.now)  # 财政安排…资金
        in_force = stated_rule(plain, on_plain.start, status, context.years.now, context.effective)
        if in_force is not None:
            status, period = in_force
        if status.value == "target" and acted_on(plain, on_plain.start) and context.years.now is not None:
            status = Guess("achieved", "all the place's units a task acts on")
            period = Guess(context.years.now, "publication year")
        status = asked_by(plain, on_plain.end, status)  # Twelve submitters asked us to … (round 45)
        status, period = told_now(plain, on_plain.start, on_plain.end, status, period, prior, context.years.now)
        own_terms = found.own is not None or q.qualifier != "eq"
        period = measured_against(plain, on_plain.start, status, period, prior, own_terms)
        anew = partial(_anew, on_plain, context, min(following, default=None))  # round 38: what stands now
        status, period = standing(plain, on_plain.start, on_plain.end, status, period, context.years.now, anew)
        status, period = settled(plain, on_plain, unit, (status, period), number, drafted.facts, context)  # round 41
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
        fact.indicator = _indicator(fact, context, drafted, kind_of)
        fact.id = _id(fact.indicator, context.taken_ids)
        drafted.facts.append(fact)


def _guess(q: Quantity, context: Context, following: int | None, found: FigureYears, line: str) -> tuple[Guess, Guess]:
    """A figure's status, then its period, from the words of ``line`` around it."""
    status = status_of(line, q.start, q.end, context.plan, context.years, following, found)
    return status, period_of(line, q.start, q.end, str(status.value), context.years, found, context.plan)


def _anew(q: Quantity, context: Context, following: int | None, line: str) -> tuple[Guess, Guess]:
    """``_guess`` on ``line`` (the figure's line with some words blanked), its years found again."""
    return _guess(q, context, following, figure_years(line, q.start, q.end), line)


def _own_words(q: Quantity, line: str) -> str:
    """The words a figure's own text prints after its number (3,150 beds): in English, part of what it counts."""
    at = q.text.find(q.digits)
    return "" if at < 0 or CJK.search(line) else q.text[at + len(q.digits) :]


def _restated(line: str, number: int, reason: str, drafted: Drafted) -> None:
    """Ignore entries for a line that restates another (a repeated paragraph, a headline in the body)."""
    for q in (figure for reading in read_quantities(line) for figure in reading.figures()):
        drafted.ignores.append({"line": number, "text": unique_span(line, q.start, q.end), "reason": reason})


def draft_lines(lines: Sequence[str], numbers: Iterable[int], context: Context) -> Drafted:
    drafted = Drafted()
    numbers = list(numbers)
    restated = numbered_headings(lines, numbers) | restatements(lines, numbers)
    context_of = section_contexts(lines, numbers, context)
    for number in numbers:
        if number in restated:
            _restated(lines[number - 1], number, restated[number], drafted)
            continue
        draft_line(number, lines[number - 1], None, context_of(number), drafted)
    settle_kinds(drafted.new_indicators, drafted.new_units)
    drafted.relations = harmonise(propose(lines, drafted.facts), drafted.facts, drafted.new_indicators)
    return drafted
