"""What an English figure counts, in the words an indicator's name and label are made of
(checks.draft.indicators): the noun phrase printed right after the figure (4,820 hospital beds) with
the clause's words before it, less the words that name no quantity — a place or other proper name
(Riverton County), a verb of having (had, hold), a time phrase (at the end of 2023, a year earlier),
"the other", a target word (below the target of 6.5 is the target of the figure before it) — and
never cut down to a stem (measles stays measles).
"""

from __future__ import annotations

import re

# Words that say nothing of what is counted, on top of the indicator module's stop words.
NAME_STOP = frozenset(
    [
        "end",
        "beginning",
        "start",
        "middle",
        "year",
        "years",
        "earlier",
        "later",
        "ago",
        "month",
        "months",
        "week",
        "weeks",
        "previous",
        "last",
        "next",
        "other",
        "another",
        "can",
        "could",
        "call",
        "calls",
        "hold",
        "holds",
        "held",
        "had",
        "have",
        "has",
        "were",
        "was",
        "there",
        "up",
        "down",
        "figure",
        "figures",
        "around",
        "approximately",
        "estimated",
        "below",
        "above",
        "compared",
        # scale words and the verbs of a pledge say nothing of what is counted either
        "thousand",
        "million",
        "billion",
        "lakh",
        "lakhs",
        "crore",
        "crores",
        "committed",
        "reaching",
        "reach",
        "expected",
        "aims",
        "plans",
        # pronouns and the verbs of a report, a wish or a task name no quantity (we want, seen, further)
        "we",
        "our",
        "us",
        "you",
        "they",
        "it",
        "want",
        "wants",
        "wanted",
        "further",
        "see",
        "saw",
        "seen",
        "employ",
        "employs",
        "employed",
        "fund",
        "funds",
        "funded",
        "provide",
        "provides",
        "provided",
        "deliver",
        "delivered",
        "receive",
        "received",
        "serve",
        "served",
        "including",
        "includes",
        "included",
        "reported",
        "made",
        "took",
        "taken",
        "gave",
        "given",
    ]
)
_TIME = re.compile(
    r"\b(?:at|by|in|to|until)\s+the\s+(?:end|start|beginning|middle)\s+of\s+\S+"
    r"|\b(?:a|one|the)\s+year\s+(?:earlier|before|ago)\b|\b(?:in|by|since|during|for)\s+(?:FY\s?)?(?:19|20)\d\d\S*",
    re.IGNORECASE,
)
# The words right after a figure that name what it counts: up to a preposition, verb or punctuation.
_AFTER_NOUN = re.compile(
    r"[\s%]*((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*(?:\s+per\s+[\d,]+\s+[a-z]+)?)(?=\s+(?:at|in|on|by|for|from|to|of|was"
    r"|were|is|are|had|have|has|and|or|with|per|who|that|which|than|last|this|each|a|an|the)\b|\s*[,.;:()]|\s*$)"
)
# A figure that is the target of the one before it (below the target of 6.5), or its earlier level
# (up from 4,310): the subject of that figure.
_OF_THE_ONE_BEFORE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:the\s+|a\s+|its\s+)?(?:(?P<target>targets?|goals?)\s+(?:of|is|was)?"
    r"|(?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)\s+from)\s*$",
    re.IGNORECASE,
)


_SHARE_OF = re.compile(r"[\s%]*of\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+)?(?=[a-z])")
_MORE = frozenset(["more", "additional", "new", "extra", "further", "other", "fewer", "less"])
# A connective after which a figure of a list names itself by its own noun (… doctors and 1,120 nurses).
_LISTED = re.compile(r"^.*\b(?:and|or|including|of\s+which|plus|while|whereas|but|with)\b|^.*[,;]", re.IGNORECASE)


def english_subject(before: str, after: str, previous: str, stop: frozenset[str]) -> str:
    """What the figure counts: the clause's words before it and the noun phrase after it; the
    previous figure's subject for its target or its earlier level."""
    tied = _OF_THE_ONE_BEFORE.match(before)
    if tied and previous:
        return f"{previous} target" if tied.group("target") else previous
    share_of = _SHARE_OF.match(after)  # 74% of patients were seen: patients
    noun = _AFTER_NOUN.match(after[share_of.end() :] if share_of else after)
    words = noun.group(1).split() if noun else []
    while words and words[0].lower() in _MORE:  # 300 more nurses, 40 new beds: nurses, beds
        words.pop(0)
    phrase = " ".join(words) if words and words[0].lower() not in stop | NAME_STOP else ""
    listed = _LISTED.search(before)
    if phrase and listed:
        before = before[listed.end() :]  # 2,310 staff, including 410 doctors and 1,120 nurses: nurses
    return " ".join(p for p in (before.strip(), phrase) if p)


def name_words(subject: str, stop: frozenset[str]) -> list[str]:
    """The words of ``subject`` that can name a quantity, as printed (no stemming)."""
    # per 1,000 stays in the name of a rate (beds_per_1000_residents)
    words = [
        re.sub(r"\s+", "_", w.replace(",", ""))
        for w in re.findall(r"per\s+[\d,]+|[A-Za-z][A-Za-z'’-]*", _TIME.sub(" ", subject))
    ]
    kept = []
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in stop or lower in NAME_STOP or len(word) < 2:
            continue
        # a proper name (Riverton County, NHS England, WHO): a capital not opening the clause, or opening
        # it before another capital, or an acronym
        if word[0].isupper() and (i > 0 or (i + 1 < len(words) and words[i + 1][0].isupper()) or word.isupper()):
            continue
        kept.append(word)
    return kept
