"""The rule contract, in the manner of sqlfluff without its metaclasses.

A rule is a class named ``Rule_<CODE>`` in a module of its own under ``checks.rules``. Its code
comes from the class name, its summary from the first line of its docstring, and its explanation
(with a failing and a passing example) from the rest of the docstring. ``check`` receives the
context (``checks.context.Context``: the corpus and its analyses) and yields findings; it never
prints and never decides the exit code.
"""

from __future__ import annotations

import inspect
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Locate, Location, Related, Severity

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd

    from checks.context import Context
    from schemas.vocab import Vocabulary


class Rule:
    severity: ClassVar[Severity] = Severity.ERROR
    # What a rule's findings depend on, which decides what it reads and when it runs (and what a
    # cache may keep): "dataset" (one dataset and its seed: ``check``), "corpus" (the fact index
    # of every dataset: ``check_index``), "repository" (the repository's own files:
    # ``check_repository``), "articles" (the article files under seeds/ and the ones the datasets
    # cite: ``check_articles``), "catalogue" (the indicators every fact names: ``check_catalogue``) or "waivers" (the other rules' findings: ``check_waivers``, after
    # the acknowledged ones are marked).
    scope: ClassVar[str] = "dataset"
    # The DESIGN.md §6 family letter is the code's first character; listed for readers of `rules`.
    family_names: ClassVar[dict[str, str]] = {
        "S": "schema",
        "P": "provenance",
        "C": "consistency",
        "K": "coverage",
    }

    @classmethod
    def code(cls) -> str:
        return cls.__name__.removeprefix("Rule_")

    @classmethod
    def family(cls) -> str:
        return cls.family_names.get(cls.code()[0], "other")  # a rule of no known family (a plugin)

    @classmethod
    def summary(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "").split("\n", 1)[0].strip()

    @classmethod
    def explanation(cls) -> str:
        parts = inspect.cleandoc(cls.__doc__ or "").split("\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""

    def check(self, context: Context) -> Iterator[Finding]:
        return iter(())

    def check_index(
        self, index: pd.DataFrame, vocabulary: Vocabulary, regions: dict[str, str], locate: Locate
    ) -> Iterator[Finding]:
        return iter(())

    def check_repository(self, root: Path, vocabulary: Vocabulary) -> Iterator[Finding]:
        return iter(())

    def check_articles(
        self, articles: Collection[str], cited: Collection[str], missing: Collection[str] = ()
    ) -> Iterator[Finding]:
        return iter(())

    def check_catalogue(self, vocabulary: Vocabulary, used: Collection[str] | None) -> Iterator[Finding]:
        return iter(())

    def check_waivers(self, waivers: pd.DataFrame, findings: Iterable[Finding], locate: Locate) -> Iterator[Finding]:
        return iter(())

    # Helpers so every rule builds findings the same way.
    @classmethod
    def finding(
        cls,
        message: str,
        *,
        fact: str | None = None,
        source: Location | None = None,
        dataset: Location | None = None,
        related: tuple[Related, ...] = (),
    ) -> Finding:
        return Finding(
            code=cls.code(),
            severity=cls.severity,
            message=message,
            fact=fact,
            source=source,
            dataset=dataset,
            related=related,
        )
