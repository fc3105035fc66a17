"""What the guesses know of a page (``Context``): its calendar, its years, whether it is a plan, the year
its title names, its budget's and its rules' years (``page_context``), and, line by line, what its
sections and tables change of that (``section_contexts``). ``factlint draft`` and ``--uncited`` build
it the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import Any

from checks.draft.adjustments import change_sections
from checks.draft.adopted_effect import adopted_effective_after
from checks.draft.baseline import baseline_year
from checks.draft.budget_items import allocation_items
from checks.draft.budgets import budget_year
from checks.draft.carried import Carried, carried_due_years, declared_year, title_year
from checks.draft.effective import parts_taking_effect_later
from checks.draft.engagement import told_sections
from checks.draft.header_years import HeaderYear, column_years
from checks.draft.in_force import in_force_since
from checks.draft.leadins import listed_plans
from checks.draft.looking_back import looking_back
from checks.draft.minguo import counts_minguo, page_years
from checks.draft.month_captions import month_captioned_tables
from checks.draft.period_ends import period_ends, plan_heading_years
from checks.draft.plans import is_plan
from checks.draft.policy import effective_after, text_effective_after, title_rules_year
from checks.draft.pooled_now import pooled_title
from checks.draft.prior_quarter import first_period_columns
from checks.draft.proposals import proposed_sections
from checks.draft.public_notice import under_notice
from checks.draft.reported_year import reported_year
from checks.draft.reporting_period import reporting_year
from checks.draft.retrospect import span_end
from checks.draft.rounds import round_years
from checks.draft.running import running_fiscal_year
from checks.draft.sambat import common_era, sambat_from
from checks.draft.scheme_periods import scheme_period
from checks.draft.sections import (
    action_paragraphs,
    captioned_tables,
    opened_sections,
    plan_sections,
    question_sections,
    recommending_sections,
    review_sections,
    tables_of_a_year_to_come,
)
from checks.draft.span_to import span_to_end
from checks.draft.standards import standard_sections
from checks.draft.tables import Column, table_columns
from checks.draft.unratified import unratified
from checks.draft.wrapped import continued_paragraphs
from checks.draft.years import ArticleYears
from checks.numbers.told_cells import told_lines


@dataclass
class Context:
    """What every guess about an article needs to know."""

    plan: bool
    years: ArticleYears
    units: dict[str, dict[str, Any]]
    catalogue: dict[str, dict[str, Any]]
    taken_ids: set[str] = field(default_factory=set)
    minguo: bool = False  # the page counts its years in the Minguo calendar (checks.draft.minguo)
    sambat: int | None = None  # its years from this one are of the Bikram Sambat (checks.draft.sambat)
    columns: dict[int, list[Column]] = field(default_factory=dict)  # a table's rows: their columns
    told: dict[int, dict[int, bool]] = field(default_factory=dict)  # rows: cells of 1900–2100 their header tells
    column_years: dict[int, list[HeaderYear | None]] = field(default_factory=dict)  # a table's rows: cells' years
    title_year: int | None = None  # the one year a title names (or the text declares), over (checks.draft.carried)
    budget: int | None = None  # the year of the budget the text reports, when not over (checks.draft.policy)
    effective: int | None = None  # the year the text's rules take effect, when after publication (checks.draft.policy)
    carried: dict[int, Carried] = field(default_factory=dict)  # due years from the text before (checks.draft.carried)
    recommends: bool = False  # the line is in a section of recommendations (checks.draft.sections)
    later_part: bool = False  # the line is in a part taking effect after publication (checks.draft.effective)
    changes: bool = False  # … in a section naming the changes of a text taking effect later (checks.draft.adjustments)
    declared: int | None = None  # the year the text declares its data refer to (checks.draft.carried)
    rounds: dict[str, int] = field(default_factory=dict)  # survey rounds named with their years (checks.draft.rounds)
    running: int | None = None  # the fiscal year the text reports as it runs, by its end (checks.draft.running)
    wrapped: bool = (
        False  # its title_year is the year opening the paragraph the line goes on with (checks.draft.wrapped)
    )
    allocation_item: bool = False  # an item of a budget's list of allocations (checks.draft.budget_items)
    baseline: int | None = None  # the year the text names as its baseline's (checks.draft.baseline)
    standard: bool = False  # the line is in a standards section (checks.draft.standards)
    period_end: tuple[int, int] | None = None  # a period's end the line sets targets for (checks.draft.period_ends)
    plan_year: int | None = None  # the one year its plans' heading names (checks.draft.period_ends)
    in_force: bool = False  # the text took effect by its publication (checks.draft.in_force)
    tentative: bool = False  # it summarises an agreement not yet ratified (checks.draft.unratified)
    pooled: bool = False  # its title names a span of years pooled (checks.draft.pooled_now)
    scheme: tuple[int, int] | None = None  # the scheme period it reports: number, end year (draft.scheme_periods)
    notice: bool = False  # it reports a provisional result still under public notice (checks.draft.public_notice)
    span_end: int | None = (
        None  # the last year of the span it reviews, the year before publication (checks.draft.retrospect, span_to)
    )


def page_context(
    lines: Sequence[str],
    body: Sequence[str],
    title: str | None,
    published: date | None,
    units: dict[str, dict[str, Any]],
    catalogue: dict[str, dict[str, Any]],
    taken_ids: set[str] | None = None,
) -> Context:
    """What every guess needs to know of a page: its calendar, its years, whether it is a plan, the
    year its title names, its budget's year and the year its rules take effect."""
    minguo, sambat = counts_minguo(lines), sambat_from(lines, published)
    read = partial(common_era, since=sambat)  # the page's years as the guesses read them
    heading, text = read(title or ""), [read(line) for line in body]
    years = page_years([*text, heading], published, minguo)
    context = Context(is_plan(title), years, units, catalogue, taken_ids or set(), minguo, sambat=sambat)
    context.effective = (
        effective_after([heading, *text[:3]], published)
        or text_effective_after(text, published)
        or title_rules_year(heading, published)  # Adult Social Care Fee Rates 2026/27 (of March 2026)
        or adopted_effective_after(text, published)  # If adopted, the rules … take effect on January 1, 2026 (round 58)
    )
    context.in_force = in_force_since([heading, *lines[:10]], published)  # Effective July 1, 2026 (round 44)
    context.tentative = unratified([heading, *lines[:10]])  # Tentative Agreement reached (round 48)
    context.budget = budget_year([heading, *text], years.now)
    context.running = running_fiscal_year([heading, *text], published)
    context.rounds = round_years(text)
    context.baseline = baseline_year(text)
    context.span_end = span_end([heading, *text], published)  # 2023年以来 … 三年来 in January 2026 (round 50)
    context.span_end = context.span_end or span_to_end([heading, *text], published)  # to December 2025 (round 53)
    context.declared = declared_year(text, years.now) or reporting_year([heading, *text[:5]], years.now)  # (round 51)
    context.declared = context.declared or reported_year(text, years.now)  # 现将2025年度…通报如下 (round 63)
    context.scheme = scheme_period(text, published)  # 第十一期（保障期为2024年7月1日至2025年6月30日） (round 67)
    context.declared = context.declared or (context.scheme[1] if context.scheme else None)
    context.title_year = context.declared or title_year(heading, years.now, current=True)
    context.pooled = pooled_title(heading) and not context.declared  # 审判白皮书（2023—2025） (round 67)
    context.notice = under_notice(text, published)  # 本次拟中选结果尚处于公示期 (round 68)
    return context


def section_contexts(lines: Sequence[str], numbers: Sequence[int], context: Context) -> Callable[[int], Context]:
    """The context each body line is drafted in: ``context`` (given the page's tables and carried due
    years here) as the line's section and table change it — a plan's section, a section reviewing a time
    over (its last year), a table its caption dates, a section of recommendations."""
    planned = plan_sections(lines, numbers)
    planned |= listed_plans(lines, numbers)  # 下一步将重点做好三方面工作：一是…, a list of plans
    reviewed = review_sections(lines, numbers, context.years.now)
    reviewed |= captioned_tables(lines, numbers, context.years.now)  # a table's caption is its title
    reviewed = month_captioned_tables(lines, numbers, context.years.published) | reviewed  # …, January 2026 (64)
    reviewed |= question_sections(lines, numbers, context.years.now)  # an answer is as things stand
    reviewed |= action_paragraphs(lines, numbers, context.years.now)  # 整改情况：, done since the finding
    reviewed |= told_sections(lines, numbers, context.years.now)  # What people told us, heard in 2025 (68)
    # In 2023–24, … opens its section; not where the text declares its data's year (unless stated otherwise)
    opened = {} if context.declared else opened_sections(lines, numbers, context.years.now)
    recommending = recommending_sections(lines, numbers)
    later = parts_taking_effect_later(lines, numbers, context.years.published)  # 第二条自…起执行
    later |= proposed_sections(lines, numbers, context.years.published)  # 二、调整方案 … 拟自…起执行
    later |= tables_of_a_year_to_come(lines, numbers, context.years.now)  # Table 1. … decisions for 2027
    changing = change_sections(lines, numbers, context.effective)  # 二、主要调整内容 of a notice taking effect later
    context.columns = table_columns(lines, numbers)
    context.told = told_lines(lines)  # 2080 under 注册护士数（人）: a count, as the validator reads it
    context.column_years = column_years(lines, numbers, context.years.now)
    context.column_years = first_period_columns(lines, numbers, context.years.now) | context.column_years  # round 52
    context.carried = carried_due_years(lines, numbers, context.years.now)
    looked_back = looking_back(lines, numbers, context.years.published)  # Last winter, …: a plan's review
    wrapped = continued_paragraphs(lines, numbers, context.years.now)  # a paragraph's line going on with it
    items = allocation_items(lines, numbers)  # The budget provides for: / • KSh 312 million …
    standards = standard_sections(lines, numbers)  # 二、验收标准: a standard's levels (round 43)
    ends = period_ends(lines, numbers)  # 到建设期末，…应达到以下要求：(round 44)
    plan_years = plan_heading_years(lines, numbers)  # 六、2026年工作打算 (round 44)
    in_plans = replace(context, plan=True)  # the same ids taken: one set shared

    def of(number: int) -> Context:
        in_section = in_plans if number in planned else context
        if number in opened:
            in_section = replace(in_section, title_year=opened[number])
        if number in reviewed:
            in_section = replace(in_section, plan=False, title_year=reviewed[number])
        elif number in looked_back and in_section.plan:
            in_section = replace(in_section, plan=False, title_year=looked_back[number])
        if number in wrapped:
            in_section = replace(in_section, title_year=wrapped[number], wrapped=True)
        if number in later:
            in_section = replace(in_section, effective=later[number], later_part=True)
        if number in changing:
            in_section = replace(in_section, effective=changing[number], later_part=True, changes=True)
        if number in items:
            in_section = replace(in_section, allocation_item=True)
        if number in standards:
            in_section = replace(in_section, standard=True)
        if number in ends or number in plan_years:
            in_section = replace(in_section, period_end=ends.get(number), plan_year=plan_years.get(number))
        return replace(in_section, recommends=True) if number in recommending else in_section

    return of
