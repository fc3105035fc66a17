"""Shared by the S rules that report pandera failure cases: each owns some check names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding
from checks.rules.base import Rule
from checks.schema_failures import failure_fact, failure_location, failure_source

if TYPE_CHECKING:
    from checks.corpus import Corpus


class SchemaRule(Rule):
    # Check names this rule reports: exact names, or prefixes ending in ':'.
    owns: ClassVar[tuple[str, ...]] = ()

    def message(self, field: str, value: object, expected: str, present: bool) -> str:
        return f"{field}: {expected}, got {value!r}"

    def check(self, corpus: Corpus) -> Iterator[Finding]:
        failures = corpus.schema_failures
        exact = [name for name in self.owns if not name.endswith(":")]
        prefixes = tuple(name for name in self.owns if name.endswith(":"))
        checks = failures["check"].astype(str)
        owned = checks.isin(exact)
        for prefix in prefixes:
            owned |= checks.str.startswith(prefix)
        mine = failures[owned]
        for _, failure in mine.iterrows():
            present = str(failure["field"]) in failure["present"]
            yield self.finding(
                self.message(str(failure["field"]), failure["value"], str(failure["message"]), present),
                fact=failure_fact(corpus, failure),
                source=failure_source(corpus, failure),
                dataset=failure_location(corpus, failure),
            )
