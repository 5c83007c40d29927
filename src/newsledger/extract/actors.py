"""Perpetrators, targets and weapons named around an event trigger.

`find_actors(doc, article_id)` walks the dependency parse of each sentence that holds a
violent-event trigger (a verb like attacked/targeted/struck/shelled/opened fire/set fire, or a
noun like attack/strike/shelling/bombing):

- perpetrator: the active subject of a trigger verb ("four gunmen opened fire"), the agent of a
  passive one ("was attacked by militants"), "by X" after a trigger noun;
- target: the object of a trigger verb ("targeted two churches"), the passive subject
  ("the checkpoint was attacked"), "on/against X" after a trigger noun or "opened fire on X",
  "set fire to X";
- weapon: "with/using X", the object of use/fire/launch/drop, and any noun phrase in a trigger
  sentence whose head is in the weapon lexicon ("aerial bombs", "multiple rocket launchers").

An all-caps dateline opening a line ("KYIV, Aug 23 (Wire) - ...") names no actor.
A subject that is itself an event ("the blast killed ...") is no perpetrator; a subject that is a
weapon ("rockets hit ...") is a weapon. Victims of "killed/injured" are figures, not targets.
Cost: one pass over tokens plus the children of each trigger.
"""

from __future__ import annotations

from newsledger.sentences import sentence_index
from newsledger.records import Actor, Evidence

# Lemmas of verbs that describe a violent act against a target.
TRIGGER_VERBS = frozenset(
    """attack target strike hit shell bomb storm raid assault ambush shoot stab behead kidnap
    abduct massacre slaughter torch burn besiege invade bombard blow detonate explode fire
    kill murder wound injure execute capture seize destroy damage""".split()
)
# Verbs whose object is a victim or damage, not the target of the act.
_VICTIM_VERBS = frozenset("kill murder wound injure execute slaughter massacre".split())
# Nouns that name a violent act ("the attack on X", "shelling by Y").
TRIGGER_NOUNS = frozenset(
    """attack strike shelling bombing bombardment assault raid ambush shooting stabbing
    massacre explosion blast airstrike air-strike offensive incursion siege arson""".split()
)
# Event nouns: as a subject they are the act itself, not who did it.
_EVENT_NOUNS = TRIGGER_NOUNS | frozenset("fire violence incident operation war conflict attack".split())
# Weapon heads (lemmas, lowercase).
WEAPON_HEADS = frozenset(
    """rifle gun firearm pistol handgun shotgun kalashnikov ak-47 grenade rocket missile drone uav
    bomb explosive ied mortar artillery shell launcher howitzer knife machete sword axe rpg
    landmine mine munition warhead projectile ammunition bullet incendiary cocktail vest
    weapon weaponry tank"""
    .split()
)
_NOT_ACTOR_ENTS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"))
_PRONOUNS_TO_SKIP = frozenset("it they he she we i you this that which who these those them".split())


def _phrase(tok):
    """The noun phrase headed by `tok`: its left modifiers, and an "of X" complement."""
    start = tok.left_edge.i
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in ("compound", "amod", "nummod", "appos") and child.i == end:
            end = child.right_edge.i + 1
    doc = tok.doc
    while start < tok.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _with_conjuncts(tok):
    """The token and the tokens coordinated with it ("churches, synagogues and a post")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "NUM"):
            out.extend(_with_conjuncts(child))
    return out


def _is_weapon(tok) -> bool:
    return tok.lemma_.lower() in WEAPON_HEADS or tok.lower_ in WEAPON_HEADS


def _objects(tok, preps: tuple[str, ...]):
    """pobj of `tok`'s prepositional children whose word is in `preps`."""
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj


def _is_trigger(tok) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return lemma in TRIGGER_VERBS
    if tok.pos_ == "NOUN":
        return lemma in TRIGGER_NOUNS or tok.lower_ in TRIGGER_NOUNS
    return False


def _in_dateline(tok) -> bool:
    """An all-caps place name opening a line and followed by a comma ("KYIV, Aug 23 (Wire) -",
    "KANO, Nigeria, May 16"): the dateline says where the story was filed, it names no actor."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].text.isupper() and doc[start - 1].is_alpha:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].text.isupper() and doc[end].is_alpha:
        end += 1
    words = doc[start:end]
    if not (tok.is_alpha and tok.text.isupper() and len(tok.text) > 1):
        return False
    if end >= len(doc) or doc[end].text not in (",", "-", "\u2014", "\u2013"):
        return False
    return start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space or (
        words.start_char > 0 and doc.text[words.start_char - 1] == "\n")


def find_actors(doc, article_id: str) -> list[Actor]:
    """Actors (perpetrator, target, weapon) named in a parsed article, in text order."""
    found: dict[tuple[int, int, str], Actor] = {}
    sents, sent_no = sentence_index(doc)  # Token.sent walks the Doc on every call

    def add(tok, role: str) -> None:
        if _in_dateline(tok):
            return  # "KYIV, Aug 23 (Wire) - Rockets struck ...": where the story was filed
        if tok.lower_ in _PRONOUNS_TO_SKIP or tok.pos_ == "PRON" or tok.ent_type_ in _NOT_ACTOR_ENTS:
            return
        if role == "perpetrator" and (tok.lemma_.lower() in _EVENT_NOUNS or tok.lower_ in _EVENT_NOUNS):
            return
        if role != "weapon" and _is_weapon(tok):
            role = "weapon"
        span = _phrase(tok)
        key = (span.start_char, span.end_char, role)
        if key not in found:
            found[key] = Actor(span.text, role, Evidence(article_id, span.start_char, span.end_char, sents[sent_no[span.start]].text))

    trigger_sents = set()
    for tok in doc:
        if not _is_trigger(tok):
            continue
        trigger_sents.add(sent_no[tok.i])
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN":
            for obj in _objects(tok, ("by", "from")):
                for t in _with_conjuncts(obj):
                    add(t, "perpetrator")
            for obj in _objects(tok, ("on", "against", "at")):
                for t in _with_conjuncts(obj):
                    add(t, "target")
            for obj in _objects(tok, ("with", "using")):
                for t in _with_conjuncts(obj):
                    add(t, "weapon")
            # "opened fire on X", "set fire to X": the noun "fire" is the object of the verb.
            continue
        for child in tok.children:
            dep = child.dep_
            if dep == "nsubj":
                # "26 others injured": the subject of an intransitive victim verb is a victim.
                if lemma in _VICTIM_VERBS and not any(c.dep_ == "dobj" for c in tok.children):
                    continue
                for t in _with_conjuncts(child):
                    add(t, "perpetrator")
            elif dep == "nsubjpass" and lemma not in _VICTIM_VERBS:
                for t in _with_conjuncts(child):
                    add(t, "target")
            elif dep == "dobj":
                if child.lower_ == "fire" or child.lemma_ == "fire":  # "opened/set fire on/to X"
                    for obj in _objects(child, ("on", "to", "at")):
                        for t in _with_conjuncts(obj):
                            add(t, "target")
                    for obj in _objects(tok, ("on", "to", "at")):
                        for t in _with_conjuncts(obj):
                            add(t, "target")
                elif lemma not in _VICTIM_VERBS:
                    for t in _with_conjuncts(child):
                        add(t, "target")
        for obj in _objects(tok, ("by",)):
            if tok.tag_ == "VBN":
                for t in _with_conjuncts(obj):
                    add(t, "perpetrator")
        for obj in _objects(tok, ("with", "using")):
            for t in _with_conjuncts(obj):
                add(t, "weapon")

    # "opened fire", "set fire": the verb is open/set with object "fire".
    for tok in doc:
        if tok.lower_ == "fire" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("open", "set"):
            verb = tok.head
            trigger_sents.add(sent_no[tok.i])
            for child in verb.children:
                if child.dep_ == "nsubj":
                    for t in _with_conjuncts(child):
                        add(t, "perpetrator")
            for obj in list(_objects(tok, ("on", "to", "at"))) + list(_objects(verb, ("on", "to", "at"))):
                for t in _with_conjuncts(obj):
                    add(t, "target")

    # Weapons: objects of use/fire/launch/drop, "using X", and weapon-headed phrases near triggers.
    for tok in doc:
        if sent_no[tok.i] not in trigger_sents or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if _is_weapon(tok) and not (tok.dep_ in ("compound", "amod", "nmod") or (
            tok.dep_ == "conj" and tok.head.dep_ in ("compound", "amod", "nmod")
        )):
            add(tok, "weapon")
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("use", "launch", "drop", "fire", "deploy", "detonate"):
            if _is_weapon(tok):
                add(tok, "weapon")

    return sorted(found.values(), key=lambda a: (a.evidence.start, a.role))
