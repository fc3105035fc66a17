"""The rule contract, in the manner of sqlfluff without its metaclasses.

A rule is a class named ``Rule_<CODE>`` in a module of its own under ``checks.rules``. Its code
comes from the class name, its summary from the first line of its docstring, and its explanation
(with a failing and a passing example) from the rest of the docstring. ``check`` receives the
context (``checks.context.Context``: the corpus and its analyses) and yields findings; it never
prints and never decides the exit code.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from checks.findings import Finding, Location, Related, Severity

if TYPE_CHECKING:
    from checks.context import Context


class Rule:
    severity: ClassVar[Severity] = Severity.ERROR
    # A rule that judges the other rules' findings (stale waivers) runs after waivers are applied.
    runs_after_waivers: ClassVar[bool] = False
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
        return cls.family_names[cls.code()[0]]

    @classmethod
    def summary(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "").split("\n", 1)[0].strip()

    @classmethod
    def explanation(cls) -> str:
        parts = inspect.cleandoc(cls.__doc__ or "").split("\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""

    def check(self, context: Context) -> Iterator[Finding]:
        raise NotImplementedError

    def check_waivers(self, context: Context, findings: Iterable[Finding]) -> Iterator[Finding]:
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
