"""Relations in long form: one row per (relation, role, fact), with the fact's interval.

``{kind: sum, total: a, parts: [b, c]}`` becomes three rows (total a; parts b; parts c). The
relation rules then compare intervals with column operations, and the finding helper here gives
every relation finding the same shape: reported at its subject fact, the other facts and the
relation's own line as related locations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from checks.findings import Finding, Related
from checks.frames import records
from checks.intervals import show_number
from schemas import fields

if TYPE_CHECKING:
    from checks.corpus import Corpus
    from checks.rules.base import Rule

MEMBER_COLUMNS = ["relation", "dataset", "item", "kind", "role", "position", "fact_id"]


def _roles(relations: pd.DataFrame) -> pd.DataFrame:
    parts = []
    for kind, roles in fields.RELATION_KINDS.items():
        of_kind = relations[relations["kind"] == kind]
        for role in roles:
            if role == "direction":
                continue
            column = of_kind[role]
            if role in fields.RELATION_LISTS:
                column = column.map(lambda v: v if isinstance(v, list) else None).explode()
                position = column.groupby(level=0).cumcount()
            else:
                position = pd.Series(0, index=column.index)
            named = pd.DataFrame({"fact_id": column.to_numpy(), "position": position.to_numpy()}, index=column.index)
            named = named.loc[named["fact_id"].map(lambda v: isinstance(v, str)).astype(bool)]
            owner = of_kind.loc[named.index]
            parts.append(
                pd.DataFrame(
                    {
                        "relation": named.index,
                        "dataset": owner["dataset"].to_numpy(),
                        "item": owner["item"].to_numpy(),
                        "kind": kind,
                        "role": role,
                        "position": named["position"].to_numpy(),
                        "fact_id": named["fact_id"].to_numpy(),
                    }
                )
            )
    found = [p for p in parts if not p.empty]
    return pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=MEMBER_COLUMNS)


def relation_members(corpus: Corpus) -> pd.DataFrame:
    """Members of every relation, joined to their facts (``fact`` is NA for an unknown id)."""
    members = _roles(corpus.frames.relations)
    facts = corpus.fact_intervals
    keyed = facts[["dataset", "id", "unit", "low", "high", "low_open", "high_open", "value"]].copy()
    keyed["fact"] = facts.index
    keyed = keyed.drop_duplicates(["dataset", "id"]).astype({"dataset": object, "id": object})
    members = members.astype({"dataset": object, "fact_id": object}).merge(
        keyed, left_on=["dataset", "fact_id"], right_on=["dataset", "id"], how="left"
    )
    return members.drop(columns=["id"])


def checkable(members: pd.DataFrame) -> pd.DataFrame:
    """Members of relations whose every fact exists, has a value, and shares comparable units."""
    broken = members["fact"].isna() | members["low"].isna()
    bad = set(members.loc[broken, "relation"]) | set(incomparable(members))
    return members[~members["relation"].isin(bad)]


def incomparable(members: pd.DataFrame) -> list[int]:
    """Relations whose members' units cannot be compared (a share's percent must be a percent)."""
    known = members.dropna(subset=["unit"])
    share = known["kind"] == "share"
    amounts = known[~(share & (known["role"] == "percent"))]
    mixed = amounts.groupby("relation")["unit"].nunique()
    not_percent = known[share & (known["role"] == "percent") & (known["unit"] != "percent")]["relation"]
    return sorted(set(mixed[mixed > 1].index) | set(not_percent))


def role(members: pd.DataFrame, name: str) -> pd.DataFrame:
    """The single member of each relation in ``role`` (``total``, ``from``…), indexed by relation."""
    return members[members["role"] == name].drop_duplicates("relation").set_index("relation")


def relation_finding(rule: type[Rule], corpus: Corpus, relation: int, subject: Any, message: str) -> Finding:
    """A relation finding, reported at its subject fact; the other facts and the relation are related."""
    facts = corpus.frames.facts
    members = corpus.relation_members
    here = next(records(facts.loc[[int(subject)]]))
    others = members[(members["relation"] == relation) & (members["fact"] != subject)].dropna(subset=["fact"])
    related = []
    for member in records(others.drop_duplicates("fact")):
        other = next(records(facts.loc[[int(member.fact)]]))
        where = corpus.quote_location(other.seed, other.line, other.quote)
        what = f"{member.role} {other.id} = {show_number(other.value)}"
        if where is not None:
            related.append(Related(where, what))
        related.append(Related(corpus.dataset_location(other.dataset, "facts", int(other.item)), what))
    declared = next(records(corpus.frames.relations.loc[[relation]]))
    related.append(Related(corpus.dataset_location(declared.dataset, "relations", int(declared.item)), "the relation"))
    return rule.finding(
        message,
        fact=here.global_id,
        source=corpus.quote_location(here.seed, here.line, here.quote),
        dataset=corpus.dataset_location(here.dataset, "facts", int(here.item), "value"),
        related=tuple(related),
    )
