"""Dataset file is not valid YAML (or not UTF-8, or its lines end in CR alone).

The file cannot be parsed, so none of its facts can be checked; the finding points at the line
and column where the parser gave up. A file whose lines end in CR alone (old Mac line ends) is one
line as git and editors count lines, so every finding in it would stand on line 1: it is refused at
the file, with the cure (convert the line ends to LF). A common cause is indentation: a key indented less or more
than its siblings, or a tab. A quote left open is reported where it opens, and a flow mapping or
sequence left open (``body: {first: 5, last: 9`` with no ``}``) at the end of the line that should
close it, not on the later line where the parser gave up.

**Fails**::

    facts:
      - id: beds
       line: 15          # one space short

**Passes**::

    facts:
      - id: beds
        line: 15
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checks.findings import Finding, Location
from checks.rules.base import Rule

if TYPE_CHECKING:
    from checks.context import Context


class Rule_P100(Rule):
    __doc__ = __doc__

    def check(self, context: Context) -> Iterator[Finding]:
        corpus = context.corpus
        for error in corpus.load_errors:
            yield self.finding(error.message, dataset=Location(error.path, error.line, error.column))
