"""Persuasion techniques at span level, from cue lexicons and patterns of our own.

Each detector is a regular expression over the article text (case-insensitive unless noted);
a hit yields the label and the character span of the words that carry the technique.
Quoted speech is not exempt: a technique quoted approvingly still persuades, and the span
lets a reader judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE


@dataclass(frozen=True)
class TechniqueSpan:
    label: str
    start: int
    end: int
    text: str


def _words(*words: str) -> str:
    return r"\b(?:" + "|".join(words) + r")\b"


DETECTORS: dict[str, list[re.Pattern]] = {
    "Loaded_Language": [
        re.compile(
            _words(
                r"barbaric", r"heinous", r"cowardly", r"savage(?:ly)?", r"monstrous", r"bloodthirsty", r"bloody",
                r"vile", r"despicable", r"shameless", r"sinister", r"diabolical", r"brutal(?:ly)?", r"horrific",
                r"atrocious", r"evil", r"depraved", r"ruthless", r"murderous", r"criminal", r"butcher(?:ed|s)?",
                r"slaughter(?:ed|ing)?", r"massacre(?:d)?", r"reactionary", r"warmonger(?:s|ing)?",
                r"rabid", r"hysteri(?:a|cal)", r"frenzy", r"carve-?up", r"plunder(?:ing)?",
                r"valiant", r"heroic", r"glorious", r"sacred", r"heartfelt",
            ),
            _I,
        )
    ],
    "Name_Calling-Labeling": [
        re.compile(r"\b(?:(?:[A-Z][\w-]+|Kiev|Kyiv|puppet|proxy|criminal|fascist|terrorist)\s+)?(?:regime|junta|clique|cabal)\b"),
        re.compile(
            _words(
                r"(?:neo-?)?nazis?", r"fascists?", r"imperialists?", r"terrorists?", r"thugs?", r"puppets?",
                r"traitors?", r"warmongers?", r"extremists?", r"jihadis?", r"oligarchs?", r"stooges?", r"lackeys?",
                r"henchmen", r"bandits?", r"zealots?", r"propagandists?", r"russophobes?",
            ),
            _I,
        ),
    ],
    "Doubt": [
        re.compile(r"\bso-?called\b(?:\s+[\w‘'“\"-]+){1,3}", _I),
        re.compile(r"\b(?:alleged(?:ly)?|supposed(?:ly)?|purported(?:ly)?|dubious|questionable|implausible)\b(?:\s+\w+){0,2}", _I),
        re.compile(r"(?<=\s)[‘'][A-Za-z][^‘’'\n]{2,40}[’'](?=[\s,.;])"),  # scare quotes
        re.compile(r"\b(?:nobody|no one)\b[^.]{0,60}\b(?:believes?|buys?|buying)\b", _I),
    ],
    "Appeal_to_Fear-Prejudice": [
        re.compile(
            r"\b(?:threatens?|threat to|danger(?:ous)? (?:of|to)|risk of|on the brink of|spectre of|looming)\b[^.]{0,60}"
            r"\b(?:humanity|extermination|annihilation|catastrophe|world war|nuclear|destruction|chaos|collapse)\b",
            _I,
        ),
        re.compile(r"\b(?:nuclear (?:war|annihilation|catastrophe|armageddon)|third world war|world war (?:iii|three))\b", _I),
    ],
    "Flag_Waving": [
        re.compile(
            r"\b(?:our (?:nation|country|homeland|motherland|fatherland|people|flag|soldiers|heroes)|the motherland|patriot(?:ic|s|ism)|"
            r"national (?:pride|honou?r|unity)|(?:the )?(?:working class|workers) of (?:the world|all countries)|peace-loving peoples?)\b",
            _I,
        )
    ],
    "Causal_Oversimplification": [
        re.compile(
            r"\b(?:the (?:sole|only|real|root|true) (?:cause|reason|culprit)|is (?:solely|entirely|only) (?:due to|because of|the result of)|"
            r"all because of|is the (?:direct )?(?:result|product|outcome) of)\b[^.]{0,60}",
            _I,
        )
    ],
    "Whataboutism": [
        re.compile(r"\bwhat about\b[^.?]{0,80}", _I),
        re.compile(r"\b(?:while|whereas) (?:the )?(?:west|us|u\.s\.|nato|washington|europe|they)\b[^.]{0,40}\b(?:did|does|do|has|have) the same\b", _I),
        re.compile(r"\b(?:in|as in) [A-Z][a-z]+, as in [A-Z][a-z]+\b"),
    ],
    "Exaggeration-Minimisation": [
        re.compile(
            r"\b(?:the (?:worst|greatest|biggest|most (?:horrific|brutal|dangerous)) (?:\w+ ){0,2}(?:ever|in history)|"
            r"unprecedented|never before|(?:hundreds of thousands|millions) (?:of \w+ )?(?:killed|slaughtered|dead)|"
            r"(?:merely|mere|just) (?:a|an) \w+|nothing more than|only a (?:handful|few))\b",
            _I,
        )
    ],
    "Slogans": [
        re.compile(r"(?:^|(?<=[.!?]\s))(?:[A-Z][\w'’]*(?:\s+[\w'’,-]+){1,6})!"),
        re.compile(r"\b(?:they shall not pass|no pasaran|never again|workers of the world,? unite|hands off \w+|no to (?:war|\w+))\b", _I),
    ],
    "Appeal_to_Authority": [
        re.compile(
            r"\b(?:experts?|analysts?|scientists?|scholars?|historians?|studies|researchers?|specialists?)\b"
            r"(?:\s+(?:from|at|of|with) (?:the )?[A-Z][\w&-]*(?:\s+(?:for|of|the|and|[A-Z][\w&-]*))*)?"
            r"\s+(?:say|said|suggest(?:ed)?|agree|believe|confirm(?:ed)?|warn(?:ed)?|note(?:d)?|argue(?:d)?|conclude(?:d)?)\b",
            _I,
        ),
        re.compile(r"\baccording to (?:experts?|analysts?|scientists?|studies|research(?:ers)?)\b", _I),
    ],
    "Questioning_the_Reputation": [
        re.compile(
            r"\b(?:notorious(?:ly)?|discredited|disgraced|(?:has|have) a (?:long )?history of|known for (?:lying|its lies)|"
            r"cannot be trusted|serial liars?|infamous|corrupt(?:ion)?|hypocri(?:te|tical|sy))\b[^.]{0,40}",
            _I,
        )
    ],
    "Conversation_Killer": [
        re.compile(
            r"\b(?:end of (?:story|discussion)|there is nothing (?:more )?to (?:discuss|debate|say)|the facts speak for themselves|"
            r"it(?:'s| is) (?:that|as) simple|case closed|no (?:further )?debate|enough said|everybody knows|everyone knows)\b",
            _I,
        )
    ],
    "Appeal_to_Values": [
        re.compile(r"\b(?:in the name of|for the sake of) (?:freedom|democracy|justice|peace|humanity|progress)\b", _I),
    ],
    "Guilt_by_Association": [
        re.compile(r"\b(?:just like|no different from|the same as|in the tradition of|heirs? (?:to|of)) (?:the )?(?:nazis?|hitler|fascists?|stalin)\b", _I),
    ],
    "False_Dilemma-No_Choice": [
        re.compile(r"\b(?:either\b[^.]{3,60}\bor\b[^.]{3,40}|the only (?:way|option|alternative|solution|answer)|there is no (?:other )?(?:alternative|choice))\b", _I),
    ],
    "Appeal_to_Time": [
        re.compile(r"\b(?:now is the time|the time (?:is|has come)|before it is too late|urgently required|it is high time|act now)\b", _I),
    ],
}


def find_techniques(text: str) -> list[TechniqueSpan]:
    """Every technique hit, in text order; one span per (label, start)."""
    seen: set[tuple[str, int]] = set()
    out: list[TechniqueSpan] = []
    for label, patterns in DETECTORS.items():
        for pattern in patterns:
            for m in pattern.finditer(text):
                start, end = m.start(), m.end()
                span = m.group(0).rstrip(" ,;:")
                end = start + len(span)
                if end <= start or (label, start) in seen:
                    continue
                seen.add((label, start))
                out.append(TechniqueSpan(label, start, end, span))
    out.sort(key=lambda t: (t.start, t.label))
    return out
