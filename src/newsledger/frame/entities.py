"""Entity framing: who an article casts as protagonist, antagonist or innocent.

Salient entities are named people, organisations, countries and groups mentioned at least
twice (or in the headline). For each mention, cue words within a few tokens in the same
sentence vote for fine roles (data below, our own lexicon); the main role is the group with
the most votes and the fine roles are its best-supported members.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from newsledger.frame.labels import entity_roles
from newsledger.sentences import sentence_index

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
WINDOW = 6  # tokens either side of a mention that may carry a cue
LOCATIVE = {"in", "at", "near", "on", "across", "outside", "inside", "around", "throughout"}
HARM_VERBS = {"attack", "kill", "shell", "bomb", "strike", "shoot", "murder", "invade", "target", "slaughter", "massacre", "wound", "injure"}


def _grammatical_votes(ent) -> dict[str, int]:
    """Votes from the mention's role in its clause: the doer of harm, or the one harmed."""
    root = ent.root
    head = root.head
    if root.dep_ in ("nsubj", "agent") or (root.dep_ == "pobj" and head.dep_ == "agent"):
        verb = head if root.dep_ == "nsubj" else head.head
        if verb.lemma_.lower() in HARM_VERBS:
            return {"Instigator": 2}
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in HARM_VERBS:
        return {"Victim": 2}
    return {}


def _is_setting(ent) -> bool:
    """A place named as where something happened ("in X"), not as an actor."""
    root = ent.root
    return ent.label_ == "GPE" and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE
# fine role -> cue lemmas (lower case)
ROLE_CUES: dict[str, set[str]] = {
    "Guardian": {"defend", "protect", "guard", "shield", "rescue", "save", "defender", "protector"},
    "Martyr": {"martyr", "sacrifice", "die for"},
    "Peacemaker": {"peace", "negotiate", "ceasefire", "mediate", "diplomacy", "dialogue", "peace-loving"},
    "Rebel": {"resist", "resistance", "rebel", "uprising", "revolt", "struggle"},
    "Underdog": {"outnumber", "besiege", "isolate", "embattle"},
    "Virtuous": {"valiant", "heroic", "brave", "noble", "courageous", "solidarity", "sympathy", "condolence", "dignity", "elect"},
    "Instigator": {"provoke", "instigate", "incite", "escalate", "aggression", "aggressor", "warmonger", "start"},
    "Conspirator": {"plot", "orchestrate", "mastermind", "behind", "imprint", "fingerprint", "hallmark", "conspire", "scheme", "covert"},
    "Tyrant": {"regime", "dictator", "dictatorship", "junta", "authoritarian", "repression", "crackdown", "oppress", "oligarchy"},
    "Foreign Adversary": {"imperialist", "imperialism", "invader", "occupier", "enemy", "hostile", "proxy"},
    "Traitor": {"traitor", "betray", "treason", "collaborator"},
    "Spy": {"spy", "intelligence", "agent", "espionage"},
    "Saboteur": {"sabotage", "saboteur", "undermine", "disrupt"},
    "Corrupt": {"corrupt", "corruption", "bribe", "embezzle", "oligarch", "profit", "enrich"},
    "Incompetent": {"incompetent", "fail", "failure", "blunder", "inept", "disastrous"},
    "Terrorist": {"terrorist", "terror", "gunman", "militant", "jihadi", "jihadist", "extremist", "massacre"},
    "Deceiver": {"lie", "liar", "deny", "denial", "propaganda", "deceive", "mislead", "fake", "hypocrisy", "hypocritical"},
    "Bigot": {"racist", "xenophobic", "anti-semitic", "chauvinism", "chauvinist", "bigot", "nazi", "fascist", "russophobe"},
    "Forgotten": {"forgotten", "ignore", "neglect", "abandon"},
    "Exploited": {"exploit", "exploitation", "oppressed", "use"},
    "Victim": {"victim", "kill", "wound", "injure", "mourn", "mourning", "suffer", "grief", "tragedy", "casualty", "dead", "slaughter", "persecute"},
    "Scapegoat": {"scapegoat", "blame", "harass", "raid", "deport", "detain"},
}


@dataclass
class EntityFrame:
    name: str
    main_role: str
    fine_roles: list[str]
    score: int
    evidence: list[tuple[int, int]] = field(default_factory=list)


def _key(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip().lower()).replace("’s", "").replace("'s", "")


def _display(spans: list) -> str:
    names = [re.sub(r"^(?i:the)\s+", "", s.text.strip()).replace("’s", "").replace("'s", "") for s in spans]
    # most frequent, then longest, then not in capitals (a dateline's "KABUL"), then first written
    return max(names, key=lambda n: (names.count(n), len(n), not n.isupper(), -names.index(n)))


def frame_entities(doc, title: str | None = None, max_entities: int = 12) -> list[EntityFrame]:
    groups: dict[str, list] = defaultdict(list)
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and len(ent.text.strip()) > 1:
            groups[_key(ent.text)].append(ent)
    title_key = (title or "").lower()
    roles = entity_roles()
    sents, sent_no = sentence_index(doc)
    frames: list[EntityFrame] = []
    for key, spans in groups.items():
        if len(spans) < 2 and key not in title_key:
            continue
        votes: dict[str, int] = defaultdict(int)
        evidence: list[tuple[int, int]] = []
        for ent in spans:
            if _is_setting(ent):
                continue
            sent = sents[sent_no[ent.start]]
            for fine, n in _grammatical_votes(ent).items():
                votes[fine] += n
            lo, hi = max(sent.start, ent.start - WINDOW), min(sent.end, ent.end + WINDOW)
            hit = False
            for tok in doc[lo:hi]:
                if ent.start <= tok.i < ent.end:
                    continue
                lemma = tok.lemma_.lower()
                for fine, cues in ROLE_CUES.items():
                    if lemma in cues or tok.lower_ in cues:
                        votes[fine] += 1
                        hit = True
            if hit:
                evidence.append((ent.start_char, ent.end_char))
        if not votes:
            continue
        by_main: dict[str, int] = defaultdict(int)
        for fine, n in votes.items():
            by_main[roles[fine]] += n
        main = max(by_main, key=lambda m: (by_main[m], m == "Antagonist"))
        fine_ranked = sorted((f for f in votes if roles[f] == main), key=lambda f: -votes[f])
        frames.append(EntityFrame(_display(spans), main, fine_ranked[:2], by_main[main], evidence[:6]))
    frames.sort(key=lambda f: -f.score)
    return frames[:max_entities]
