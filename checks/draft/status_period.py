"""A drafted figure's status and period: a first guess from the words around it, then each rule of
the drafter's rounds in turn, each free to keep or change what came before it (the order matters:
a later rule sees the earlier ones' guess)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from checks.draft.acted_sets import acted_set
from checks.draft.adjustments import rules_and_changes
from checks.draft.aim_lists import listed_aim
from checks.draft.allocations import allocated
from checks.draft.applied_rules import applied_rule
from checks.draft.asides import now_aside
from checks.draft.askers import asked_by
from checks.draft.assigned_tasks import assigned_task
from checks.draft.awarded import awarded_ahead
from checks.draft.budget_items import budget_share
from checks.draft.budgets import budget_guess, money_allocated
from checks.draft.built_years import built_years
from checks.draft.carried import fiscal_end, same_due_year
from checks.draft.carried_into import without_carried_into
from checks.draft.change_to_year import change_to_year
from checks.draft.changed_since import changed_since
from checks.draft.cohort_years import cohort_year
from checks.draft.colon_year import colon_year
from checks.draft.columns_to_come import coming_status
from checks.draft.comparatives import comparative
from checks.draft.compared_before import compared_before
from checks.draft.compared_opening import compared_period
from checks.draft.compared_years import compared_years
from checks.draft.context import Context
from checks.draft.continued_comparison import continued_comparison
from checks.draft.cues import CHANGE_OPENING, acted_on, aim_goes_on
from checks.draft.dated_from import dated_change
from checks.draft.disposal import without_disposal_into, without_finding_marker
from checks.draft.due import due_guess
from checks.draft.due_after import aim_starts, due_after
from checks.draft.earlier import earlier_level, old_level
from checks.draft.estimated_need import estimated_need
from checks.draft.expected_of import expected_of
from checks.draft.facts import DraftFact
from checks.draft.fiscal_parts import fiscal_part
from checks.draft.founded_year import founded_year
from checks.draft.from_day import from_day_to_come
from checks.draft.fund_year import fund_year
from checks.draft.funded_purpose import funded_purpose
from checks.draft.guesses import Guess, status_of
from checks.draft.header_years import cell_guess
from checks.draft.included_parts import without_included_years
from checks.draft.later_day import later_day
from checks.draft.law_years import without_law_years
from checks.draft.measured import measured_against
from checks.draft.month_reports import month_reported
from checks.draft.months import starts_later
from checks.draft.multiples import base_year
from checks.draft.name_years import name_years
from checks.draft.news_frame import without_news_frame
from checks.draft.now_clauses import told_now
from checks.draft.openings import FigureYears, figure_years
from checks.draft.own_due_words import own_due_words
from checks.draft.own_issue import own_issue
from checks.draft.period_guess import period_of
from checks.draft.plan_labels import plan_labels
from checks.draft.plan_lead_ins import from_budget
from checks.draft.plan_section_now import plan_section_now
from checks.draft.plan_year import plan_title_year
from checks.draft.planned_counts import planned_count
from checks.draft.planning_people import without_planning_people
from checks.draft.policy import DEFAULT_TARGET_YEARS, duty_period, stated_rule, title_period
from checks.draft.pooled_now import now_in_pooled
from checks.draft.pooled_span import pooled_span
from checks.draft.present_state import present_state
from checks.draft.priorities import priorities
from checks.draft.programme_names import without_programme_names
from checks.draft.proposed_columns import proposed_column
from checks.draft.public_notice import noticed_status
from checks.draft.quoted_levels import quoted_status
from checks.draft.range_words import without_range_from
from checks.draft.report_formula import without_report_formula
from checks.draft.reported_in_recommendations import reported
from checks.draft.required_within import required_within
from checks.draft.respective_years import respective_year
from checks.draft.retrospect import reviewed
from checks.draft.rises_from import rises_from
from checks.draft.run_of_years import run_of_years
from checks.draft.running import as_reported
from checks.draft.said_plans import said_plans
from checks.draft.same_period_before import same_period_before
from checks.draft.same_year import same_year
from checks.draft.scheme_ordinals import scheme_ordinal
from checks.draft.scheme_years import scheme_year
from checks.draft.season_before import season_before
from checks.draft.settled import settled
from checks.draft.spoken_of import spoken_of
from checks.draft.standard_columns import standard_status
from checks.draft.standard_kinds import kind_header
from checks.draft.standard_years import standard_now
from checks.draft.standing import standing
from checks.draft.starts_from import starts_from
from checks.draft.tables import cell_column, cell_header, column_guess
from checks.draft.target_columns import set_value_status
from checks.draft.text import clause_bounds, sentence_bounds
from checks.draft.that_year import that_years
from checks.draft.told_past import told_past
from checks.draft.unratified import agreed_term
from checks.draft.when_dated import when_dated
from checks.draft.when_relative import when_relative
from checks.draft.while_year import while_year
from checks.draft.within_opened import within_opened_year
from checks.draft.within_year import within_year
from checks.draft.work_dates import work_dated
from checks.draft.would_apply import would_apply
from checks.draft.year_earlier import year_earlier
from checks.draft.year_end_after import year_end_after
from checks.draft.year_notes import without_others_year_notes
from checks.draft.year_start_aims import set_at_year_start
from checks.draft.year_windows import window_year
from checks.numbers import Quantity


def status_and_period(
    plain: str,
    on_plain: Quantity,
    printed: Quantity,
    line: str,
    number: int,
    unit: str,
    following: list[int],
    read_figures: list[Quantity],
    context: Context,
    facts: list[DraftFact],
    kind_of: dict[str, str],
    compared: bool = True,
) -> tuple[Guess, Guess]:
    """The status and period of the figure ``on_plain`` (``printed`` as read on ``line``, line
    ``number``): ``plain`` is the line the guesses read, ``following`` where the claims after it
    start, ``facts`` the figures drafted before it. ``compared``: a sentence opening on the period it
    compares with is read (``compared_period`` asks again with it blanked, and ``compared`` False)."""
    given = plain
    plain = without_law_years(plain)  # the Coroners and Justice Act 2009, Order No. 14, series of 2025 (rounds 49, 71)
    plain = without_report_formula(plain)  # 现将检查结果通报如下: 将 takes the object, no "will" (round 49)
    plain = without_planning_people(plain)  # 为16,430名计划怀孕夫妇提供: people who plan, no plan (round 50)
    plain = without_finding_marker(plain)  # 3家单位将…资金用于发放津补贴: 将 as 把 in a finding, no "will" (round 51)
    plain = without_disposal_into(plain)  # 全年将3260盏荧光灯更换为LED灯具: 将 as 把, no "will" (round 65)
    plain = without_programme_names(plain)  # 参加“三支一扶”、西部计划等基层服务项目142人: a programme (round 69)
    plain = without_carried_into(plain)  # 结余33.4万元已全部结转2026年: the year it goes to, not its (round 69)
    plain = without_included_years(plain)  # 完成鉴定89例（含2024年结转的11例）: a part's year, not its (round 70)
    plain = without_range_from(plain)  # daily visits ranged from 12 to 61: one time's range (round 71)
    plain = without_news_frame(plain)  # 昨日，记者从…获悉，2025年全市…: the day told, not the figures' (round 51)
    plain = without_others_year_notes(plain, on_plain.start, on_plain.end)  # 268,400 (mid-2023 estimate) (round 57)
    found = figure_years(plain, on_plain.start, on_plain.end)
    again = partial(_guess, on_plain, context, min(following, default=None), found)
    status, period = again(plain)
    status, period = plan_labels(plain, on_plain.start, (status, period), again)  # 年度计划投资21.6亿元 (round 52)
    aimed = partial(period_of, plain, on_plain.start, on_plain.end, "target", context.years, found, context.plan)
    status, period = priorities(plain, on_plain.start, (status, period), aimed)  # priorities are to … (round 52)
    own_year = found.own.value if found.own is not None else None
    if context.recommends and status.why == "no cue" and not reported(plain, on_plain.start, own_year, context.years):
        status = Guess("target", "a recommendation (its section's heading recommends)")
        period = period_of(plain, on_plain.start, on_plain.end, "target", context.years, found, False)
    carried = context.carried.get(number)
    budget_year = from_budget(plain, on_plain.end) if carried is not None and carried.listed else None
    if budget_year is not None and status.why == "no cue":  # • £1.85 million from the 2026/27 capital programme (60)
        status = Guess("achieved", "an amount taken from a budget: allocated already")
        period = Guess(fiscal_end(*budget_year), "the year of the budget it is taken from")
    elif carried is not None and carried.listed and status.why == "no cue":
        status = Guess("target", f"an item of the list {carried.why.replace('the due year of ', '')}")
        period = period_of(plain, on_plain.start, on_plain.end, "target", context.years, found, context.plan)
    if carried is not None and status.value == "target" and period.why in DEFAULT_TARGET_YEARS:
        period = Guess(carried.year, carried.why)
    # 自11月起每周更新菜单，提供不少于20种 in an October notice: what starts after publication is to come
    later = starts_later(plain[slice(*sentence_bounds(plain, on_plain.start))], context.years.published)
    if later is not None and status.why == "no cue":
        status = Guess("target", f"'{later[1]}': it starts after publication")
        period = Guess(later[0], f"'{later[1]}': the next such month")
    elif (
        on_day := from_day_to_come(
            plain,
            on_plain.start,
            on_plain.end,
            min(following, default=None),
            context.years.published,
            found.own is not None,
        )
    ) is not None:
        status, period = on_day  # is broadened from June 1: … falls from 8.5% to 7.5%, in a notice of May (round 51)
    status, period = now_aside(plain, on_plain.start, on_plain.end, (status, period), context.years.now, again)
    period = title_period(status, period, context.title_year, context.years.now, context.declared is not None)
    period = now_in_pooled(period, context.pooled, context.years.now)  # 目前 in a white paper on 2023—2025 (round 67)
    period = work_dated(plain, on_plain.start, status, period, context.years.now)  # 于2026年3月10日至… (round 45)
    published = context.years.published.year if context.years.published else None
    guessed, declared = (status, period), context.declared is not None
    status, period = spoken_of(plain, on_plain.start, on_plain.end, number, guessed, facts, published, declared)
    if context.wrapped and period.why == "the year its title names":
        period = Guess(period.value, "the year opening the paragraph its line goes on with")
    period = duty_period(plain, on_plain.start, on_plain.end, status, period, context.years.now)
    status, period = due_guess(plain, on_plain.start, status, period, found.own is not None)
    status, period = due_after(plain, on_plain.end, status, period, context.years.now)  # …, by 2027-28, and (round 48)
    prior = next((f for f in reversed(facts) if f.line == number), None)
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
    status, period = listed_aim(plain, on_plain.start, status, period, prior)  # wants to keep …, cut … (round 70)
    own = found.own.value if found.own is not None else None  # from 61 per cent in June 2025 (round 48)
    status, period = aim_starts(plain, on_plain.start, status, period, own, context.years.now)
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
    header = cell_header(context.columns, number, line, printed)  # "" outside a table's columns
    if (
        by_cell := cell_guess(context.column_years.get(number), line, printed.start, context.years.published)
    ) is not None:
        period, status = by_cell[0], by_cell[1] or status
    elif (by_column := column_guess(context.columns.get(number), line, printed.start, period)) is not None:
        column, cells = cell_column(context.columns, number, line, printed), context.columns.get(number) or []
        kind = column is not None and kind_header(column.header, [c.header for c in cells])  # Standard, Expedited (65)
        period, status = by_column[0], (None if kind else by_column[1]) or status
    elif (set_at := set_value_status(header)) is not None:
        status = set_at  # 年度指标值 beside 实际完成值 (round 51)
    status = proposed_column(header, status)  # 2026/27 proposed (round 53)
    status = standard_status(context.columns.get(number), line, printed, status)  # Our standard (round 54)
    row, published_on = context.columns.get(number), context.years.published
    span = (printed.start, printed.end)
    status = coming_status(row, context.column_years.get(number), line, span, status, published_on)  # (round 65)
    others = [(f.start, f.end) for f in read_figures if f is not on_plain]
    of_text = (context.running, context.rounds)
    status, period = as_reported(plain, on_plain, others, header, status, period, of_text, context.years.now)
    status = agreed_term(
        plain, (on_plain.start, on_plain.end), status, period, header, context.tentative, context.years.now
    )
    status, period = rules_and_changes(plain, on_plain.start, on_plain.end, status, period, context)
    status, period = would_apply(plain, on_plain.start, status, period, context.effective, context.years.now)  # (58)
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
    own_terms = found.own is not None or printed.qualifier != "eq"
    period = measured_against(plain, on_plain.start, status, period, prior, own_terms)
    anew = partial(_anew, on_plain, context, min(following, default=None))  # round 38: what stands now
    status, period = standing(plain, on_plain.start, on_plain.end, status, period, context.years.now, anew)
    status, period = settled(plain, on_plain, unit, (status, period), number, facts, context)  # round 41
    money = kind_of.get(unit) == "amount"
    status = allocated(plain, on_plain.start, status, money, context.plan, header)  # a plan's budget (round 49)
    if counted:  # £350,000 for 2026-27 to fund 6 more community sessions: what the money pays for
        status, period = funded_purpose(plain, on_plain.start, status, period)
    if (
        before := season_before(plain, on_plain.start, status, period, context.plan, context.years.published)
    ) is not None:
        status, period = before  # a plan's report of the 2025 hot season (round 49)
    if context.plan and (acted := acted_set(plain, on_plain, status, counted, context.years.now)) is not None:
        status, period = acted  # in the 96 slum settlements, each of the city's 10 zones (round 49)
    period = rises_from(plain, on_plain.end, status, period, context.years.published)  # up from 930 last summer
    period = that_years(plain, on_plain.start, period)  # short of that year's target of 90 (round 49)
    period = present_state(plain, on_plain.start, status, period, context.years.published)  # The service has 6 …
    period = founded_year(
        plain, on_plain.start, status, period, context.years.published
    )  # established in 2018. It runs (71)
    period = year_earlier(plain, on_plain.end, status, period, context.title_year)  # 61 a year earlier (round 49)
    period = plan_title_year(
        plain, on_plain.start, status, period, context.plan, context.title_year, context.years.published
    )
    period = reviewed(plain, on_plain.start, status, period, context.span_end, context.years.published)  # (round 50)
    status, period = required_within(
        plain, on_plain.start, on_plain.end, status, period, context.years.now
    )  # (round 51)
    period = set_at_year_start(
        plain, on_plain.start, status, period, context.title_year, context.years.now
    )  # 年初设定的目标
    period = standard_now(status, period, context.years.published)  # against a service standard of 95% (round 56)
    period = same_year(plain, on_plain.start, number, status, period, facts)  # …6家…，同年10月…35家 (round 57)
    status, period = comparative(plain, on_plain.start, status, period, context.years.now)  # (H1 2024: …) (59)
    status, period = expected_of(plain, on_plain.start, status, period, context.years.now)  # expects … of (59)
    status = told_past(plain, on_plain.start, on_plain.end, status)  # 171 of them learned where they will … (59)
    period = same_period_before(plain, on_plain.start, status, period, context.title_year)  # 较上年同期的468处 (60)
    period_again = partial(period_of, start=on_plain.start, end=on_plain.end, years=context.years, plan=context.plan)
    period = name_years(plain, on_plain.start, period, partial(period_again, status=str(status.value)))  # (60b)
    period = built_years(plain, period, partial(period_again, status=str(status.value)))  # built before 1950 (63)
    period = compared_years(plain, on_plain.start, period, partial(_titled, status, period_again, context))  # (67)
    status, period = said_plans(
        plain, on_plain.end, (status, period), partial(period_again, status="achieved")
    )  # (60b)
    period = run_of_years(plain, on_plain.start, status, period, context.title_year)  # now … for five years (60b)
    next_figure, published_on = min(following, default=None), context.years.published
    status, period = later_day(plain, on_plain.start, on_plain.end, next_figure, (status, period), published_on)
    period = fund_year(plain, on_plain.start, status, period)  # 从2026年…专项资金中安排280万元 (round 62)
    period = while_year(plain, on_plain.start, status, period)  # rose 8.5% in 2024 while claims rose 5.2% (62)
    period = within_year(
        plain, on_plain.start, status, period, context.title_year, context.years.now
    )  # 年内已消除 (62)
    period = colon_year(plain, on_plain.start, status, period)  # 与2026年度…挂钩：…上浮5% (round 63)
    status, period = month_reported(plain, on_plain.start, status, period, context.years.published)  # (round 64)
    period = change_to_year(plain, on_plain.start, status, period, context.years.now)  # …, an increase of 95% (64)
    status = quoted_status(plain, on_plain.start, on_plain.end, status)  # 达到“不低于95%”的监管要求 (round 65)
    status = assigned_task(plain, on_plain.start, status)  # 完成省红十字会下达年度任务3,000名的113.9% (round 70)
    status = noticed_status(plain, on_plain.start, status, header, context.notice)  # 拟中选价格, under notice (68)
    spans = [(f.start, f.end) for f in read_figures]
    period = respective_year(plain, on_plain.start, period, spans)  # 2023—2025年…分别为1156名、1289名和1386名 (66)
    if found.own is None:  # 第十二期起…保持800元不变, 由上期的15个工作日 (round 67)
        period = scheme_ordinal(plain, on_plain.start, on_plain.end, period, context.scheme)
    published_on = context.years.published
    status, period = dated_change(plain, on_plain.start, status, period, published_on)  # From July 1, 2026, … (68)
    period = window_year(plain, on_plain.start, period)  # 2025年度…汇算清缴于2026年3月1日开始 (round 68)
    period = fiscal_part(plain, period)  # First quarter of FY2026. From July to September 2025, … (round 68)
    period = scheme_year(plain, on_plain.start, period)  # 2025—2026保障年度（保障期为…）共有186.2万人 (round 68)
    period = pooled_span(plain, on_plain.start, period)  # The average for the five years from 2020 to 2024 was (68)
    again_titled = partial(_anew_titled, on_plain, context, min(following, default=None))
    # 是2024年的1.8倍: the year is the level the multiple is of (round 68)
    status, period = base_year(plain, on_plain.start, on_plain.end, status, period, again_titled)
    period = cohort_year(plain, on_plain.start, status, period)  # 比2024届的3,982人: the class's year (round 69)
    period = changed_since(plain, on_plain.start, period, published_on)  # 自2026年1月1日起，…下调20% (round 69)
    period = compared_before(plain, on_plain.start, period, again_titled)  # …than the 5,475 in 2024. … (70)
    period = within_opened_year(plain, on_plain.start, status, period, context.years.now)  # 2025年…年内完成 (70)
    period = year_end_after(plain, on_plain.end, status, period)  # more than the 860 at the end of 2024 (70)
    status, period = estimated_need(plain, on_plain.start, status, period, context.years.now)  # 按…测算，…需 (70)
    period = continued_comparison(plain, on_plain.start, status, period)  # …in 2024. …fell to 4.8% from 5.5% (69)
    period = when_relative(plain, on_plain.start, status, period, again_titled)  # last year, when 31,870 were (69)
    period = own_due_words(plain, on_plain.start, on_plain.end, status, period, again_titled)  # next year and to (69)
    period = own_issue(plain, on_plain.start, status, period, published_on)  # 截至本通报印发之日 (round 71)
    period = applied_rule(plain, on_plain.start, period, published_on)  # 执行《…指导意见》，…每次80元 (round 71)
    status = planned_count(plain, on_plain.start, status)  # The CHO plans two more caravans (round 71)
    status = awarded_ahead(plain, on_plain.start, status)  # has awarded … $710,000 for state fiscal year 2027 (71)
    status, period = plan_section_now(
        plain, on_plain.start, status, period, context.carried.get(number), published_on
    )  # 在现有9个…基础上 (round 71)
    if compared:  # 与2023年度相比，…由58.7%提高到66.2% (round 57)
        args = (on_plain, printed, line, number, unit, following, read_figures, context, facts, kind_of)
        period = compared_period(
            given, on_plain.start, status, period, lambda text: status_and_period(text, *args, compared=False)[1]
        )
    return status, period


def _guess(q: Quantity, context: Context, following: int | None, found: FigureYears, line: str) -> tuple[Guess, Guess]:
    """A figure's status, then its period, from the words of ``line`` around it."""
    status = status_of(line, q.start, q.end, context.plan, context.years, following, found)
    return status, period_of(line, q.start, q.end, str(status.value), context.years, found, context.plan)


def _anew(q: Quantity, context: Context, following: int | None, line: str) -> tuple[Guess, Guess]:
    """``_guess`` on ``line`` (the figure's line with some words blanked), its years found again."""
    return _guess(q, context, following, figure_years(line, q.start, q.end), line)


def _anew_titled(q: Quantity, context: Context, following: int | None, line: str) -> tuple[Guess, Guess]:
    """``_anew``, its period then counted from the year the title names (as ``_titled``)."""
    status, period = _anew(q, context, following, line)
    declared = context.declared is not None
    return status, title_period(status, period, context.title_year, context.years.now, declared)


def _titled(status: Guess, period_again: Callable[..., Guess], context: Context, text: str) -> Guess:
    """The period guessed again on ``text`` (some years blanked), then counted from the year the title names."""
    declared = context.declared is not None
    return title_period(
        status, period_again(text, status=str(status.value)), context.title_year, context.years.now, declared
    )
