"""checks/numbers/nonquantities.py: what looks like a number and is not a quantity."""

from __future__ import annotations

import pytest

from checks.numbers import read_quantities


@pytest.mark.parametrize(
    "text",
    [
        "At 2 pm", "at 10 a.m.", "2:00 pm", "3 o'clock", "in 2013-14", "the 2013/14 budget", "on 5/17/2018",
        "Call 0371-6588 1234", "热线:155 0380 1111", "+86 371 6588 1234", "(0371) 6588-1234", "电话6588 1234",
        "2型糖尿病", "type 2 diabetes", "第1-3名", "192.168.1.2", "version 1.2.3", "twenty-first century",
        "the 18th congress", "第二", "“369”人才工程", "十四五规划", "下午五点五分", "两点一刻", "十三点零五分", "3点半",
        "at two p.m.", "eleven fifty five pm", "I arrived at 2.13 am.", "nothing in 2013-14.", "J1149.5+6663",
    ],
)  # fmt: skip
def test_not_quantities(text: str) -> None:
    assert [q.text for q in read_quantities(text)] == []


@pytest.mark.parametrize(
    ("text", "read"),
    [("In 2022, 2000 doctors", ["2000"]), ("2000名医生", ["2000名"]), ("2026年", []), ("2,026 cases", ["2,026 cases"])],
)
def test_years_and_counts(text: str, read: list[str]) -> None:
    assert [q.text for q in read_quantities(text)] == read
