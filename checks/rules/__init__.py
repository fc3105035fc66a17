"""Every rule of the suite, one module each; `all_rules()` finds them by their class name."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from checks.rules.base import Rule

__all__ = ["Rule", "all_rules", "rule_by_code"]


@cache
def all_rules() -> tuple[type[Rule], ...]:
    found: list[type[Rule]] = []
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base" or module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found.extend(
            obj
            for name, obj in vars(module).items()
            # defined here, not imported from a sibling rule it extends
            if name.startswith("Rule_")
            and isinstance(obj, type)
            and issubclass(obj, Rule)
            and obj.__module__ == module.__name__
        )
    return tuple(sorted(found, key=lambda rule: rule.code()))


def rule_by_code(code: str) -> type[Rule] | None:
    wanted = code.strip().upper()
    return next((rule for rule in all_rules() if rule.code() == wanted), None)
