"""A programme named among others, or one people join, is no plan of the text (round 69).

`参加“三支一扶”、西部计划等基层服务项目142人`, `入选青年英才计划的12人`: a 计划 that ends the name of a programme
listed with others of its kind (`…计划等…项目`, `…计划、…`) or one the figure's people took part in (参加, 参与, 加入,
入选 before it in its clause) names the programme, not an intention; the figures of its sentence, and of the sentences
after it in its paragraph, are read without it (achieved, of the year they report). A plan of the text keeps its cue:
`学院计划新增实习基地20个`, `完成年度计划的95%`.
"""

from __future__ import annotations

import re

from checks.draft.text import blanked

# 西部计划等基层服务项目, 特岗计划、: a programme's name (2–8 characters) listed among others of a kind;
# 参加…计划, 入选…计划: one people join or are picked for (no digit or break between).
_PROGRAMME = re.compile(
    r"(?<=[\u4e00-\u9fff”」])(?P<listed>计划)(?=等[^，,。；;\d]{0,12}?(?:项目|计划|工程|活动)|、[^，,。；;\d]{1,12}?计划)"
    r"|(?:参加|参与|加入|入选)[^，,。；;\d]{0,16}?(?P<joined>计划)(?=[^，,。；;]{0,8}?(?:项目|的|人|名))"
)


def without_programme_names(line: str) -> str:
    """``line`` with each 计划 that names a programme listed or joined blanked (positions kept)."""
    for found in _PROGRAMME.finditer(line):
        group = "listed" if found.group("listed") is not None else "joined"
        line = blanked(line, found.start(group), found.end(group))
    return line
