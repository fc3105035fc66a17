"""Article has no dataset.

Every article copied into ``seeds/`` is there to be curated: a dataset under ``data/`` cites it
(``source.path``). One that no dataset cites is an article waiting for its draft
(``factlint draft seeds/<file>``), or one left behind when its dataset was renamed or removed; when a
dataset cites a missing seed whose name is close to the article's (``seeds/report-2024.txt`` for
``seeds/report-2025.txt``), the finding says to correct that path rather than draft again.
Reported at the article, in a full run and for an article named in a selection (a commit hook's
new seed); a file whose name starts with ``.`` or ``README`` is no article. A dataset that does not
parse (P100) still cites the seed its text names after ``path:``: its syntax error is the finding.

**Fails**::

    seeds/county-report-2025.txt      # copied in, no data/*.yaml cites it

**Passes**::

    # data/county-report-2025.yaml
    source:
      path: seeds/county-report-2025.txt
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import ClassVar

from checks.findings import Finding, Location, Severity
from checks.rules._names import closest
from checks.rules.base import Rule


class Rule_K103(Rule):
    __doc__ = __doc__
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "articles"

    def check_articles(
        self, articles: Collection[str], cited: Collection[str], missing: Collection[str] = ()
    ) -> Iterator[Finding]:
        # A path a dataset cites that P102 found missing may be this article misspelt: then the dataset wants
        # its path corrected, not a new draft that would replace it.
        misspelt = tuple(sorted(missing))
        for article in sorted(set(articles).difference(cited)):
            meant = closest(article, misspelt) if misspelt else None
            advice = (
                f"a dataset cites {meant}, which is missing (P102): if it meant this article, correct its source.path"
                if meant
                else f"draft one with `factlint draft {article}`"
            )
            yield self.finding(f"no dataset cites this article: {advice}", source=Location(article))
