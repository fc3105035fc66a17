"""Relations in long form: one row per (relation, role, fact), with the fact's interval.

``{kind: sum, total: a, parts: [b, c]}`` becomes three rows (total a; parts b; parts c). The
relation rules then compare intervals with column operations.
"""

from __future__ import annotations

import pandas as pd

from schemas import fields

MEMBER_COLUMNS = ["relation", "dataset", "item", "kind", "role", "position", "fact_id"]


def _roles(relations: pd.DataFrame) -> pd.DataFrame:
    parts = []
    for kind, roles in fields.RELATION_KINDS.items():
        of_kind = relations[relations["kind"] == kind]
        if of_kind.empty:
            continue  # most datasets use a few kinds: the frame operations below cost even on no rows
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


def relation_members(relations: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Members of every relation, joined to their facts (``facts``: the fact intervals; ``fact`` is
    NA for an unknown id)."""
    members = _roles(relations)
    keyed = facts[["dataset", "id", "unit", "low", "high", "low_open", "high_open", "value"]].copy()
    keyed["fact"] = facts.index
    keyed = keyed.drop_duplicates(["dataset", "id"]).astype({"dataset": object, "id": object})
    members = members.astype({"dataset": object, "fact_id": object}).merge(
        keyed, left_on=["dataset", "fact_id"], right_on=["dataset", "id"], how="left"
    )
    return members.drop(columns=["id"])


def checkable(members: pd.DataFrame) -> pd.DataFrame:
    """Members of relations whose every fact exists, has a value, is named once (C114), and shares
    comparable units."""
    broken = members["fact"].isna() | members["low"].isna() | members.duplicated(["relation", "fact_id"], keep=False)
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
