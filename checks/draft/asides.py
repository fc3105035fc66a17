"""Asides in brackets (round 25). One that says what holds now, after a target: `到2027年，全县国家卫生乡镇占比
不低于60%（目前为41.2%，即17个乡镇（街道）中已有7个）`, `raise coverage to 95% (currently 88%)`. The figures
inside it are achieved, of now (the year of publication, or the year a review's title names: checks.draft.
policy.title_period); the target before it is guessed without it (its 目前 is no cue of the target's).
One that names a target's or standard's value (（控制目标：不超过2%）, (target: 95%)) lends its cue to no figure
outside it."""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.draft.guesses import Guess
from checks.draft.text import blanked

# （目前为41.2%，即17个…中已有7个）, (currently 88%), (now 1,200): an aside opening on a word for now; one level
# of brackets inside it (乡镇（街道）) allowed.
_NOW_ASIDE = re.compile(
    r"[(（]\s*(?:目前|现有|现为|当前|截至目前|(?i:currently|now|at\s+present|so\s+far))"
    r"(?:[^()（）]|[(（][^()（）]*[)）])*[)）]"
)
# （控制目标：不超过2%）, （全年任务62%）, (target: 95%), (standard ≤4 hours): an aside naming a target's or standard's
# value: its cue is that value's, no cue of the figures outside it (全年医院感染发生率为1.12%（控制目标：不超过2%）；
# 手卫生依从率为86.5%: both achieved).
_TARGET_ASIDE = re.compile(
    r"[(（][^()（）]{0,8}(?:目标|任务|指标值|(?i:target|goal|standard|plan))[^()（）]{0,6}?[:：]?[^()（）]{0,12}\d[^()（）]*[)）]"
)
# The aside opens right after the figure (its unit's or bound's words between, no other figure).
_RIGHT_AFTER = re.compile(r"[^\d()（），,。；;]{0,6}$")


def now_aside(
    line: str,
    start: int,
    end: int,
    guessed: tuple[Guess, Guess],
    now: int | None,
    guess_again: Callable[[str], tuple[Guess, Guess]],
) -> tuple[Guess, Guess]:
    """The figure at ``start:end`` of ``line`` with its status and period (``guessed``): achieved, of now,
    inside an aside on what holds now; guessed again (``guess_again``, on the line with the aside blanked)
    when the aside follows it."""
    asides = []
    for aside in _NOW_ASIDE.finditer(line):
        if aside.start() < start < aside.end() and now is not None:
            cue = aside.group()[1:].split("为")[0].strip()[:12]
            return Guess("achieved", f"in an aside on what holds now ('{cue}')"), Guess(now, "publication year")
        if aside.start() >= end and _RIGHT_AFTER.fullmatch(line[end : aside.start()]):
            asides.append(aside)
    asides += [aside for aside in _TARGET_ASIDE.finditer(line) if not aside.start() <= start < aside.end()]
    # only a guess that quotes a cue of an aside is made again (a due year carried from elsewhere stays)
    cues = re.findall(r"'([^']+)'", f"{guessed[0].why} {guessed[1].why}")
    if not any(cue.strip() in aside.group() for cue in cues for aside in asides):
        return guessed
    without = line
    for aside in asides:
        without = blanked(without, aside.start(), aside.end())
    return guess_again(without)
