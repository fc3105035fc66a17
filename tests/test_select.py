"""The datasets a selection brings along: those a cross-dataset rule compares with the named ones."""

from __future__ import annotations

import pandas as pd
import pytest

from checks.analyses.index import INDEX_COLUMNS
from checks.select import linked_datasets
from schemas.vocab import Vocabulary

VOCABULARY = Vocabulary(units={}, indicators={"beds": {"additive": True}, "rate": {"additive": False}})
KEYS = ["dataset", "indicator", "region", "period", "status"]
ROWS = [
    # 睢阳区 (411403) lies inside 商丘市 (411400), inside 河南省 (410000); 郑州市 (410100) is beside them.
    ("district.yaml", "beds", "411403", 2020, "actual"),
    ("city.yaml", "beds", "411400", 2020, "actual"),
    ("province.yaml", "beds", "410000", 2020, "actual"),
    ("country.yaml", "beds", "CN", 2020, "actual"),
    ("neighbour.yaml", "beds", "410100", 2020, "actual"),
    ("later.yaml", "beds", "411403", 2021, "actual"),
    ("target.yaml", "beds", "411400", 2020, "target"),
    ("district-rate.yaml", "rate", "411403", 2020, "actual"),
    ("city-rate.yaml", "rate", "411400", 2020, "actual"),  # not additive: C132 does not compare it
    ("same-rate.yaml", "rate", "411403", 2020, "actual"),  # the same keys: C107 compares it
]


def index() -> pd.DataFrame:
    frame = pd.DataFrame(ROWS, columns=KEYS)
    return frame.astype({key: INDEX_COLUMNS[key] for key in KEYS})


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        (
            ["district.yaml"],
            {"district.yaml", "city.yaml", "province.yaml", "country.yaml"},
        ),
        (
            ["city.yaml"],
            {"city.yaml", "district.yaml", "province.yaml", "country.yaml"},
        ),
        (
            ["neighbour.yaml"],
            {"neighbour.yaml", "province.yaml", "country.yaml"},
        ),
        (
            ["district-rate.yaml"],
            {"district-rate.yaml", "same-rate.yaml"},
        ),
        (["target.yaml"], {"target.yaml"}),
        (["nothing.yaml"], set()),
        ([], set()),
    ],
)
def test_linked_datasets_are_the_ones_c107_and_c132_compare(named: list[str], expected: set[str]) -> None:
    assert linked_datasets(index(), named, VOCABULARY) == expected


def test_no_index_links_nothing() -> None:
    assert linked_datasets(index().iloc[:0], ["district.yaml"], VOCABULARY) == set()
