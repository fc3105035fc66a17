"""checks/numbers/respectively.py: a bound printed once for a list of figures taken in turn."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("婴儿死亡率和5岁以下儿童死亡率分别控制在3.0‰和4.5‰以下", [("3.0‰", "le"), ("4.5‰以下", "le")]),
        ("分别不低于90%和95%", [("不低于90%", "ge"), ("95%", "ge")]),
        ("分别达到85%、90%和95%以上", [("85%", "ge"), ("90%", "ge"), ("95%以上", "ge")]),
        ("were less than 12%, 3%, and 16%, respectively.", [("less than 12%", "lt"), ("3%", "lt"), ("16%", "lt")]),
        ("at least 90% and 95% respectively", [("at least 90%", "ge"), ("95%", "ge")]),
    ],
)
def test_a_bound_printed_once_for_figures_taken_in_turn_is_each_figure_s(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.bound) for q in read_quantities(text)][-len(read) :] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("达到90%和95%以上", [("90%", "eq"), ("95%以上", "ge")]),  # no 分别: the bound may be the last one's alone
        ("分别增长10%和不低于5%", [("10%", "eq"), ("不低于5%", "ge")]),  # a bound in the middle of the list
        ("分别为10%，另有20%以上", [("10%", "eq"), ("20%以上", "ge")]),  # no list: a clause between
        ("less than 12%, and 3% of staff respectively", [("less than 12%", "lt"), ("3%", "eq")]),  # 'of staff' between
    ],
)
def test_a_bound_stays_its_own_figure_s_outside_such_a_list(text: str, read: list[tuple[str, str]]) -> None:
    assert [(q.text, q.bound) for q in read_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("控制在3.0‰和4.5‰以下", [("3.0‰", "eq"), ("4.5‰以下", "le")]),  # 在…和… without 之间: two figures
        ("70%的妇女在35岁和45岁之前接受检测", [("70%", "eq"), ("35岁", "eq"), ("45岁", "eq")]),
        ("控制在3.0‰和4.5‰之间", [("在3.0‰和4.5‰之间", "range")]),
        ("介于20和30", [("介于20和30", "range")]),
    ],
)
def test_zai_x_he_y_is_a_range_only_closed_by_zhijian(text: str, read: list[tuple[str, str]]) -> None:
    assert [(q.text, q.bound) for q in read_quantities(text)] == read
