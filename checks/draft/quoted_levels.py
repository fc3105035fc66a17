"""A level quoted as a requirement's or target's own words is the level set, a target (round 65).

A monthly report of a regulator's platform says ``医师30分钟内接诊率为96.4%，达到“不低于95%”的监管要求``; a
hospital's energy report ``完成了市机关事务服务中心下达的“单位建筑面积能耗同比下降不低于2%”年度目标``. The
figure inside the quotation marks is the level the requirement or target sets, in its issuer's words (the
quotation closed right before the name of what it is: ``的监管要求``, ``年度目标``, ``the “at least 95%”
requirement``): a target, though the sentence reports the level reached beside it (96.4% achieved). Its period
stays as guessed (the year the requirement is measured in).

Only a figure inside quotation marks closed at most a few words before 要求, 目标, 标准 (or requirement, target,
standard, goal), with 的 and up to four characters between (监管, 年度, 考核). Not a quoted slogan or name followed by
other words (实施“健康100”行动), nor 目标人群 (the people a programme is for)."""

from __future__ import annotations

import re

from checks.draft.guesses import Guess

_OPEN, _CLOSE = '“「"', '”」"'
# ”的监管要求, ”年度目标, ” requirement: the close of the quotation, then what the quoted words are
_NAMED_AFTER = re.compile(
    r"[”」\"]\s*(?:的)?[\u4e00-\u9fff]{0,4}?(?:要求|目标|标准)(?!人群|人口|群体|对象|地区|单位|医院)"
    r"|[”\"]\s+(?i:(?:[a-z-]+\s+){0,2}(?:requirement|target|standard|goal)s?\b)"
)


def quoted_level(line: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` of ``line`` stands inside quotation marks whose close names them a
    requirement's, a target's or a standard's words (“不低于95%”的监管要求)."""
    opened = max(line.rfind(mark, 0, start) for mark in "“「")
    if opened < 0 or any(mark in line[opened + 1 : start] for mark in _CLOSE):
        return False
    closes = [at for at in (line.find(mark, end) for mark in "”」") if at >= 0]
    if not closes or min(closes) - end > 40:
        return False
    return _NAMED_AFTER.match(line, min(closes)) is not None


def quoted_status(line: str, start: int, end: int, status: Guess) -> Guess:
    """``status``, or a target when the figure is a quoted requirement's or target's level (``quoted_level``)."""
    if status.value == "target" or not quoted_level(line, start, end):
        return status
    return Guess("target", "quoted as a requirement's or target's words")
