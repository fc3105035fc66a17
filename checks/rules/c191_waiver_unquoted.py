"""Acknowledged discrepancy quotes nothing of its article.

An ``acknowledged:`` entry says that a finding is the article's own doing, not the curator's: a
total its parts do not reach, a machine translation whose bound word reverses the meaning. The
proof is in the article, so the reason must quote it: at least one passage in quotation marks
(“…”, "…", 「…」, 『…』 or ‘…’) that the dataset's seed prints verbatim. A reason that quotes
nothing ("article error", "see note", "ok") cannot be checked by the next curator, and it hides
a finding.

**Fails**::

    acknowledged:
      - {rule: P107, fact: street-centre-places-min, reason: garbled translation}

**Passes**::

    acknowledged:
      - rule: P107
        fact: street-centre-places-min
        reason: >-
          The translation dropped a "not": "Less than 50)" closes "(not less than 50)", parallel
          to "50 (not less than 30) township inclusive centers".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.analyses.waivers import blank
from checks.findings import Finding, Severity
from checks.frames import records, slug_of
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context

# A passage in quotation marks; ASCII single quotes are left out (they are apostrophes too).
QUOTED = r"[“\"「『‘]([^”\"」』’]+)[”\"」』’]"


class Rule_C191(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        waivers = corpus.frames.acknowledged.dropna(subset=["reason"])
        waivers = waivers[~blank(waivers["reason"])]  # no reason at all is S104's (one slip, one finding)
        waivers = waivers.merge(corpus.frames.sources[["dataset", "seed"]], on="dataset", how="inner").dropna(
            subset=["seed"]
        )
        texts = {path: "\n".join(seed.lines) for path, seed in corpus.seeds.items() if seed.readable}
        waivers = waivers[waivers["seed"].isin(list(texts))]
        passages = waivers["reason"].astype(object).str.extractall(QUOTED)[0].astype(object).str.strip()
        owner = passages.index.get_level_values(0)
        seeds = waivers.loc[owner, "seed"].astype(object).to_numpy()
        # A needle per row has no column operation; the passages of a corpus's waivers are few.
        printed = [len(p) >= 2 and p in texts[s] for p, s in zip(passages, seeds, strict=True)]
        quoted = set(owner[printed])
        for row in records(waivers[~waivers.index.isin(quoted)]):
            yield self.finding(
                f"the reason for waiving {row.rule or 'a finding'} quotes nothing of {row.seed}: quote, in quotation marks,"
                " the article's words that make the discrepancy its own",
                fact=f"{slug_of(row.dataset)}/{row.fact}" if isinstance(row.fact, str) else None,
                dataset=corpus.dataset_location(row.dataset, "acknowledged", int(row.item), "reason"),
            )
