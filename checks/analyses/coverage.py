"""Which numbers of each article body are cited by a fact, explained by an ignore entry, or neither."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from checks.analyses.readings import holds
from checks.frames import records
from checks.numbers import read_quantities
from checks.seeds import Seed, line_text, readable_seeds

READING = ["dataset", "seed", "line", "start", "end", "value", "round_low", "round_high", "text"]
SPAN = ["dataset", "line", "span_start", "span_end"]


def body_readings(
    sources: pd.DataFrame, seeds: Mapping[str, Seed], told_cells: Mapping[str, Mapping[int, dict[int, bool]]]
) -> pd.DataFrame:
    """Every quantity the reader finds on the body lines of every dataset's seed (a table's cells of 1900–2100 as
    their column's header tells them: ``told_cells``, by seed and line)."""
    sources = sources.dropna(subset=["seed", "body_first", "body_last"])
    rows: list[tuple[object, ...]] = []
    for source in records(sources):
        seed = seeds[source.seed]
        if not seed.readable:
            continue
        last = min(int(source.body_last), len(seed.lines))
        told = told_cells.get(source.seed, {})  # 2080 under 注册护士数（人）: a count, no year
        for number in range(int(source.body_first), last + 1):
            rows.extend(
                (source.dataset, source.seed, number, q.start, q.end, q.value, q.round_low, q.round_high, q.text)
                for q in read_quantities(seed.lines[number - 1], told.get(number))
            )
    return pd.DataFrame(rows, columns=READING)


def _spans(seeds: Mapping[str, Seed], frame: pd.DataFrame, text_column: str, keep: list[str]) -> pd.DataFrame:
    """Where each entry's text occurs on its cited line (every occurrence)."""
    rows: list[tuple[object, ...]] = []
    usable = frame.dropna(subset=["seed", "line", text_column])
    columns = [usable[name].tolist() for name in ("dataset", "seed", "line", text_column, *keep)]
    for dataset, seed, number, needle, *kept in zip(*columns, strict=True):
        line = line_text(seeds, seed, number)
        if line is None or not needle:
            continue
        at = line.find(needle)
        while at >= 0:
            rows.append((dataset, int(number), at, at + len(needle), *kept))
            at = line.find(needle, at + 1)
    return pd.DataFrame(rows, columns=[*SPAN, *keep])


def _overlapping(pairs: pd.DataFrame) -> pd.DataFrame:
    """The rows whose reading (``start, end``) and span (``span_start, span_end``) overlap."""
    return pairs[(pairs["span_start"] < pairs["end"]) & (pairs["start"] < pairs["span_end"])]


def _ignored(readings: pd.DataFrame, ignore: pd.DataFrame, seeds: Mapping[str, Seed]) -> pd.DataFrame:
    """Readings an ignore entry on their line overlaps, with the entry (its row label) and reason."""
    spans = _spans(seeds, ignore.reset_index(names="entry"), "text", ["entry", "reason"])
    return _overlapping(readings.merge(spans, on=["dataset", "line"]))


def ignored_readings(body: pd.DataFrame, ignore: pd.DataFrame, seeds: Mapping[str, Seed]) -> pd.DataFrame:
    """Body quantities explained by an ignore entry (one row each, with its reason)."""
    readings = body.reset_index(names="reading")
    return _ignored(readings, ignore, seeds).drop_duplicates("reading") if not readings.empty else readings


def uncited(
    body: pd.DataFrame, fact_intervals: pd.DataFrame, ignore: pd.DataFrame, seeds: Mapping[str, Seed]
) -> pd.DataFrame:
    """Body quantities that no fact's quote covers (with its value) and no ignore entry explains;
    ``quoted_by``: the row label of a fact whose quote holds the number all the same (it cites
    another number of its quote: perhaps the one it copied by mistake), else missing;
    ``quoted_elsewhere``: see ``_quoted_elsewhere``."""
    readings = body.reset_index(names="reading")
    if readings.empty:
        return readings.assign(quoted_by=pd.Series(dtype="Int64"), quoted_elsewhere=pd.Series(dtype="Int64"))
    # A fact cites the number of its quote that is its value. A fact whose value is no number of
    # its quote (P106 reports it) is taken to cite them all, so one slip is not reported twice.
    quotes = _spans(seeds, fact_intervals.reset_index(names="fact"), "quote", ["value", "matched", "fact", "scale"])
    quoted = _overlapping(readings.merge(quotes, on=["dataset", "line"], suffixes=("", "_fact")))
    # The body reads a number under a heading as printed (960), the fact holds it scaled (9,600,000).
    printed = quoted["value_fact"] / quoted["scale"]
    cited = quoted[holds(printed, quoted["round_low"], quoted["round_high"]) | ~quoted["matched"].astype(bool)]
    explained = set(cited["reading"]) | set(_ignored(readings, ignore, seeds)["reading"])
    left = readings[~readings["reading"].isin(explained)]
    quoted_by = quoted.drop_duplicates("reading").set_index("reading")["fact"]
    left = left.assign(quoted_by=left["reading"].map(quoted_by).astype("Int64"))
    return left.assign(quoted_elsewhere=_quoted_elsewhere(left, fact_intervals, quotes["fact"], seeds))


# Past this many (line, fact) pairs to look through, the hint is left out (the findings are not).
_MAX_ELSEWHERE_PAIRS = 100_000


def _quoted_elsewhere(
    left: pd.DataFrame, fact_intervals: pd.DataFrame, on_their_line: pd.Series, seeds: Mapping[str, Seed]
) -> pd.Series:
    """For each uncited reading in no quote: a fact of its dataset whose quote stands over it on this
    line though the fact cites another line (a line slipped: P105 reports it at the fact, and this
    number is then cited by nobody), else missing. Only facts whose quote is not on their line."""
    missing = pd.Series(pd.NA, index=left.index, dtype="Int64")
    alone = left[left["quoted_by"].isna()]
    if alone.empty:  # a clean corpus
        return missing
    facts = fact_intervals.reset_index(names="fact")
    misplaced = facts[~facts["fact"].isin(on_their_line)][["dataset", "fact", "quote"]]
    if misplaced.empty:
        return missing
    pairs = alone[["dataset", "seed", "line"]].drop_duplicates().merge(misplaced, on="dataset")
    if pairs.empty or len(pairs) > _MAX_ELSEWHERE_PAIRS:
        return missing
    spans = _spans(seeds, pairs, "quote", ["fact"])
    over = _overlapping(alone.merge(spans, on=["dataset", "line"])).drop_duplicates("reading")
    return left["reading"].map(over.set_index("reading")["fact"]).astype("Int64")


def stale_ignores(ignore: pd.DataFrame, body: pd.DataFrame, seeds: Mapping[str, Seed]) -> pd.DataFrame:
    """Ignore entries whose text is not on their line, or explains no number the reader reads;
    ``on_line``: whether the text is on it, ``seed_lines``: how many lines the seed has (an entry's
    line past them is on no line at all)."""
    used = set(_ignored(body, ignore, seeds)["entry"])
    ignore = ignore.dropna(subset=["line", "text"]).reset_index(names="entry")
    # Where the seed cannot be read, P101/P102 say so once: its entries are not each stale.
    readable = readable_seeds(seeds)
    ignore = ignore[ignore["seed"].isin(readable)]
    on_line = set(_spans(seeds, ignore, "text", ["entry"])["entry"])
    ignore["on_line"] = ignore["entry"].isin(on_line)
    ignore["seed_lines"] = ignore["seed"].map({name: len(seeds[name].lines) for name in readable}).astype("Int64")
    return ignore[~ignore["entry"].isin(used)]
