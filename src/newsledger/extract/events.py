"""Event mentions: trigger words typed with the taxonomy in event_types.EVENT_TYPES.

`find_mentions(doc, article_id, places, dates, actors)` returns one EventMention per trigger
token, in text order:

- trigger nouns (attack, strike, shelling, bombing, shooting, explosion, blast, assassination,
  arson, riot, raid, massacre, clash, kidnapping ...) and verbs (attack, shell, bomb, shoot,
  stab, storm, explode, assassinate, kidnap, firebomb ...) plus "opened fire", "set (on) fire",
  "took hostages", "blew up", "fired on/at" a target (typed by the shooter: gunners shell,
  gunmen shoot; not "fired back at critics"); "burn" is arson only with "down" or a building or vehicle burned
  ("burned down dozens of homes", "three cars were burnt"), never for burned people;
- a generic trigger ("attack", "strike", "massacre") is typed by its own modifiers first
  ("missile attack" -> missile_strike, "suicide attack", "air strike", "knife attack"), then by
  what the sentence says about the means ("with aerial bombs" -> air_strike, gunmen/opened
  fire/rifles -> armed_assault, rockets/missiles -> missile_strike, ...; not weapons as goods:
  "a workshop assembling drones"); with neither it stays the generic "attack";
- killing verbs ("killed", "took the lives of", "claimed ... lives") are weak triggers: they make
  a mention only in a sentence without a proper trigger, and only when that sentence is anchored
  (a date or a place) or no mention precedes it within two sentences; a passive one ("were
  killed") with nothing in its own sentence to type it takes the first specific type of the
  sentence just before ("A car bomb exploded ... Two guards were killed in X" -> bombing); "the
  war has killed ..." or "a driver ploughed into crowds, killing ..." tell their own event and
  stay generic. A weapon as the subject
  of a killing verb ("a roadside bomb killed four soldiers") is a proper trigger of its type;
- sabotage: "sabotage" (noun, verb) and cutting or severing infrastructure ("the cable was cut",
  "severed a gas pipeline"; not "cut off", not a storm's doing); "a campaign of sabotage" is not one
  deed. Hijacking: "hijack(ing)" of a vehicle (not "hijacked the debate");
- mob violence: "lynch(ing)", and an assault or killing whose subject is a mob, crowd or rioters
  ("a mob beat him to death", "crowds attacked churches") is a riot; "beaten/stoned to death" is an
  assault;
- armed clashes: "exchange of fire", security operations named as such ("an intelligence-based /
  counter-terrorism operation"; not a bare or "military" operation, a whole campaign); a raid by
  non-security men on a village or homes is an armed assault, by police an arrest;
- weapons decide the type of "shot down nine drones" (drone_strike) and "a truck struck a landmine"
  (bombing);
- cyberattacks are not events: a generic "attack" whose clause speaks of hackers, ransomware or
  websites, or that follows a cyberattack as "the attack", makes no mention;
- non-event uses are skipped: "heart/panic attack", "hunger/general strike", labour strikes
  ("on strike", unions, walkouts), "strike a deal", counter-attacks, "attack on free speech"
  and other attacks on / explosions of abstractions; "a state of siege" (martial law); weapons named for attacking ("assault rifles",
  "attack drones", "attack helicopters").

Each mention carries the best resolved date of its own sentence (a date syntactically tied to
the trigger's clause first, then the most precise, then the nearest; a date that only dates a
"said" or a statement ("in a video posted on Thursday") is skipped, and so are "since/until X" dates,
the day a toll grew: "the toll from the bombing rose to 14 on Tuesday", and the day the wounded
died: "two guards wounded in the attack succumbed to their injuries on Friday"), the places and the perpetrators, targets
and weapons found inside that sentence. Nothing is borrowed from other sentences here.
"""

from __future__ import annotations

import re

from newsledger.extract.event_types import is_generic
from newsledger.sentences import doc_text, sent_of, sentence_index
from newsledger.records import Actor, DateRef, EventMention, Evidence, Place

# Noun triggers (lemma or lowercase form) -> event type.
NOUN_TRIGGERS = {
    "attack": "attack", "strike": "attack", "assault": "attack", "massacre": "attack", "onslaught": "attack",
    "airstrike": "air_strike", "air-strike": "air_strike",
    "shelling": "shelling", "bombardment": "shelling", "barrage": "shelling", "cannonade": "shelling",
    "bombing": "bombing", "explosion": "bombing", "blast": "bombing", "detonation": "bombing",
    "shooting": "armed_assault", "gunfire": "armed_assault", "stabbing": "armed_assault", "ambush": "armed_assault",
    "shootout": "armed_clash", "assassination": "assassination", "arson": "arson", "firebombing": "arson", "riot": "riot", "rioting": "riot",
    "pogrom": "riot", "raid": "armed_clash", "siege": "hostage_taking", "hostage-taking": "hostage_taking",
    "kidnapping": "kidnapping", "abduction": "kidnapping", "clash": "armed_clash", "firefight": "armed_clash",
    "gunfight": "armed_clash", "gunbattle": "armed_clash", "skirmish": "armed_clash", "incursion": "armed_clash",
    "arrest": "arrests", "sabotage": "sabotage", "hijacking": "hijacking", "hijack": "hijacking",
    "lynching": "riot",
}
# Verb triggers (lemma) -> event type.
VERB_TRIGGERS = {
    "attack": "attack", "strike": "attack", "assault": "attack", "massacre": "attack",
    "shell": "shelling", "bombard": "shelling", "bomb": "bombing", "explode": "bombing", "detonate": "bombing",
    "shoot": "armed_assault", "stab": "armed_assault", "storm": "armed_assault", "ambush": "armed_assault",
    "behead": "armed_assault", "gun": "armed_assault",
    "assassinate": "assassination", "torch": "arson", "firebomb": "arson", "riot": "riot", "raid": "armed_clash", "clash": "armed_clash",
    "kidnap": "kidnapping", "abduct": "kidnapping", "arrest": "arrests", "detain": "arrests",
    "sabotage": "sabotage", "hijack": "hijacking", "lynch": "riot",
}
# Verbs of impact that make an event only with a weapon as their subject, and those weapons' types.
IMPACT_VERBS = frozenset("hit slam pound rock tear smash destroy flatten level pummel rain".split())
WEAPON_SUBJECTS = {
    "missile": "missile_strike", "rocket": "missile_strike", "drone": "drone_strike", "uav": "drone_strike",
    "shell": "shelling", "mortar": "shelling", "bomb": "bombing", "grenade": "bombing", "ied": "bombing",
    "warplane": "air_strike", "jet": "air_strike", "aircraft": "air_strike", "helicopter": "air_strike",
}
# Trigger nouns the tagger may mislabel (AUX/ADJ) but that are never anything else here.
_NOUN_ONLY_FORMS = frozenset(("shelling", "bombing", "shooting", "stabbing", "explosion", "blast", "airstrike", "massacre"))
_NAME_ENTS = frozenset(("PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC"))
# Weak triggers: killing verbs that name no form of violence.
WEAK_VERBS = frozenset("kill murder slaughter execute".split())
_LIVES_VERBS = frozenset("take claim cost".split())
GENERIC = frozenset(("attack",))

# Modifiers of a trigger (compound/amod, lowercase lemma) -> type.
MODIFIER_TYPES = {
    "missile": "missile_strike", "rocket": "missile_strike", "ballistic": "missile_strike", "cruise": "missile_strike",
    "drone": "drone_strike", "uav": "drone_strike", "kamikaze": "drone_strike",
    "air": "air_strike", "aerial": "air_strike", "airstrike": "air_strike", "airborne": "air_strike",
    "artillery": "shelling", "mortar": "shelling", "howitzer": "shelling", "tank": "shelling",
    "bomb": "bombing", "ied": "bombing", "car": "bombing", "grenade": "bombing", "explosive": "bombing",
    "suicide": "suicide_bombing",
    "knife": "armed_assault", "gun": "armed_assault", "armed": "armed_assault", "machete": "armed_assault",
    "shooting": "armed_assault", "gunman": "armed_assault", "sniper": "armed_assault",
    "arson": "arson", "incendiary": "arson", "firebomb": "arson", "firebombing": "arson",
}
# Words anywhere in the sentence that say how a generic attack was carried out.
CONTEXT_TYPES = {
    "gunman": "armed_assault", "gunmen": "armed_assault", "shooting": "armed_assault", "gunfire": "armed_assault",
    "rifle": "armed_assault", "shooter": "armed_assault", "gun": "armed_assault", "knife": "armed_assault",
    "stabbing": "armed_assault", "machete": "armed_assault", "firearm": "armed_assault", "kalashnikov": "armed_assault",
    "missile": "missile_strike", "rocket": "missile_strike",
    "drone": "drone_strike", "uav": "drone_strike",
    "warplane": "air_strike", "jet": "air_strike", "aircraft": "air_strike", "aerial": "air_strike",
    "airstrike": "air_strike", "helicopter": "air_strike",
    "artillery": "shelling", "shelling": "shelling", "mortar": "shelling", "howitzer": "shelling",
    "explosive": "bombing", "ied": "bombing", "explosion": "bombing", "blast": "bombing", "bomb": "bombing",
    "arson": "arson", "bomber": "bombing", "firebomb": "arson", "landmine": "bombing",
    "mob": "riot", "rioter": "riot", "lynching": "riot",
}
# Modifiers that make a trigger word something else than violence.
NOT_EVENT_MODIFIERS = frozenset(
    """heart panic asthma anxiety cyber hunger general labour labor worker workers teacher teachers union
    rail student students pay lightning lucky counter nurses doctors miners computer ransomware hacker
    hacking malware phishing economic electoral""".split()
)
# Weapons named after what they are for: "assault rifles", "attack drones", "attack helicopters"
# are arms carried or built, not an attack that happened.
_WEAPON_HEADS = frozenset(
    """rifle rifles weapon weapons gun guns carbine carbines helicopter helicopters aircraft jet jets drone drones
    boat boats craft submarine submarines vehicle vehicles dog dogs""".split()
)
_LABOUR_WORDS = frozenset("union unions walkout walkouts picket pickets wage wages salary salaries strikers pay".split())
_STRIKE_NOT_EVENT_OBJECTS = frozenset("deal agreement balance chord note tone bargain pose match blow compromise".split())
# Things that cannot be attacked with weapons: "an attack on free speech".
ABSTRACT = frozenset(
    """freedom speech democracy right rights press truth value values principle idea ideas law constitution
    reputation credibility character policy policies revolution legacy history memory faith religion culture
    sovereignty independence economy war wars violence anger growth interest demand popularity crime
    tension tensions emotion emotions protest protests conflict conflicts""".split()
)
SPEECH_VERBS = frozenset(
    "say tell report announce confirm state claim add note comment declare write explain warn insist told "
    # answering or putting out another's account: "On Tuesday it dismissed the figures published by
    # the group, which said it had killed 40" dates the dismissal, not the killing
    "dismiss reject deny refute publish release issue circulate".split()
)
# A date told right after a verb of saying (or claiming), its object or listener between them:
# "the army said on Wednesday that ...", "told reporters on Monday", "had claimed the attack on
# Tuesday". The parser often hangs it on the reported verb; it is the day of the statement.
_SAID_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|stated|added|wrote|claimed|denied)\b"
    r"(?:\s+(?!that\b|when\b|after\b|before\b)[\w'-]+){0,5}?\s+(?:late\s+|early\s+)?on\s*$",
    re.IGNORECASE,
)
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# A follow-up dates the revision of a toll, not the attack: in "the death toll from the bombing
# rose to 14 on Tuesday" the day belongs to "rose", whose subject is the count.
_COUNT_NOUNS = frozenset("toll number count tally figure".split())
_COUNT_VERBS = frozenset("rise climb increase jump grow mount reach soar".split())
# Things a party says something in: a date inside "in a statement carried on Thursday" or "a video
# posted on Monday" is the day of the statement, not of the attack it tells of.
STATEMENT_NOUNS = frozenset(
    "statement video message post posting communique communiqué interview speech address briefing recording audio "
    "announcement broadcast".split()
)
# What "burn" must have burned to be arson ("burned three cars"); people who "were burned" are injuries.
PROPERTY_NOUNS = frozenset(
    """house home building church mosque synagogue temple shrine school office station shop store market
    stall business factory warehouse depot hall courthouse headquarters property village hut car vehicle
    bus truck lorry van tanker""".split()
)
_FIRE_SUBJECTS = frozenset("fire blaze flame flames wildfire".split())
_SETTLEMENTS = frozenset("village town hamlet settlement neighbourhood neighborhood".split())
# Who fires on a target, and what that makes of it: gunners and artillery shell, gunmen shoot.
_SHOOTER_TYPES = {
    "gunner": "shelling", "artillery": "shelling", "artilleryman": "shelling", "howitzer": "shelling",
    "mortar": "shelling", "battery": "shelling", "tank": "shelling",
    "gunman": "armed_assault", "gunmen": "armed_assault", "sniper": "armed_assault", "shooter": "armed_assault",
    "attacker": "armed_assault", "assailant": "armed_assault", "militant": "armed_assault",
}
# What one fires at only in a figure of speech ("fired back at his critics", "fired on all cylinders").
_FIGURATIVE_TARGETS = frozenset("critic critics cylinder cylinders rival rivals opponent opponents reporter question".split())
# Things fired at a target that make "fired X at Y" an attack ("fired two shells at the village").
_FIRED_THINGS = frozenset("shot shots round rounds bullet bullets shell shells salvo volley".split())
_SECURITY_WORDS = frozenset("police security troops soldier soldiers army forces force officer officers agent agents authorities military".split())
# Verbs that are an assault when they kill "to death" ("beaten to death"); not crushed or burned.
_TO_DEATH_VERBS = frozenset("beat stone hack club bludgeon kick lynch batter".split())
# Infrastructure whose cutting is sabotage ("the cable was cut", "saboteurs severed the pipeline");
# a "line" or "track" only with a modifier that makes it one ("power line", "railway track").
INFRA_NOUNS = frozenset("cable cables pipeline pipelines railway railways railroad interconnector".split())
_INFRA_HEADS = frozenset("line lines track tracks".split())
_INFRA_MODIFIERS = frozenset("power rail railway railroad transmission telephone phone fibre fiber telecom".split())
_CUT_VERBS = frozenset("cut sever".split())
_NATURAL_CAUSES = frozenset("storm storms wind winds flood floods earthquake quake ice landslide tree trees weather".split())
# What can be hijacked (not "hijacked the debate").
VEHICLE_NOUNS = frozenset(
    """plane aircraft airliner jet flight train bus coach minibus ship vessel boat tanker freighter ferry
    dhow truck lorry car van helicopter""".split()
)
# A vehicle that "struck a landmine" was hit by a bomb.
MINE_NOUNS = frozenset("mine landmine ied".split())
# Subjects that make an assault or a killing mob violence ("a mob beat him to death").
MOB_SUBJECTS = frozenset("mob mobs crowd crowds rioters rioter vigilantes villagers".split())
# Security operations that are armed engagements ("an intelligence-based operation"); bare
# "operation" and "military operation" (a whole campaign) are not.
_OPERATION_MODIFIERS = frozenset(
    "counter-terrorism counterterrorism anti-terror anti-terrorism anti-terrorist intelligence-based".split()
)
# Words that make a generic attack a cyberattack, which is not an incident here (ACLED and GTD
# do not code them): in the attack's own clause ("the attack knocked out the website"), or
# told of the previous attack word ("A cyberattack hit ... The attack began ...").
CYBER_WORDS = frozenset(
    """cyberattack cyberattacks cyber-attack cyber ransomware malware hacker hackers hack hacking ddos phishing
    website websites server servers spyware""".split()
)


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _modifiers(tok):
    """compound/amod children of a trigger, with their conjuncts ("missile and artillery attacks")."""
    out = []
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj")
            out.extend(c for c in child.children if c.dep_ == "compound")
    return out


def _abstract_target(tok) -> bool:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (_lemma(obj) in ABSTRACT or obj.lower_ in ABSTRACT):
                    return True
    return False


# Subjects of "killed" that sum a whole war: "the war has killed ...", "the conflict has killed ...".
_WAR_NOUNS = frozenset("war conflict insurgency civil-war fighting".split())


def _not_event(tok, kind: str) -> bool:
    """Rules for non-violent uses of a trigger word."""
    doc = tok.doc
    low = tok.lower_
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("counter", "heart", "panic"):
        return True
    if low.startswith("counter"):
        return True
    mods = {_lemma(m) for m in _modifiers(tok)} | {m.lower_ for m in _modifiers(tok)}
    if mods & NOT_EVENT_MODIFIERS:
        return True
    lemma = _lemma(tok)
    if lemma in ("attack", "assault", "strike") and tok.i + 1 < len(doc) and (
        doc[tok.i + 1].lower_ in _WEAPON_HEADS and (tok.dep_ in ("compound", "amod", "nmod") or tok.head.i == tok.i + 1)
    ):
        return True  # "assault rifles", "a workshop assembling attack drones": a weapon, not an event
    if lemma == "strike" or low.startswith("strik"):
        if tok.pos_ == "NOUN":
            if tok.head.lower_ == "on" and tok.dep_ == "pobj":
                return True  # "went on strike"
            if any(_lemma(t) in _LABOUR_WORDS or t.lower_ in _LABOUR_WORDS for t in sent_of(tok)):
                return True
        else:
            for child in tok.children:
                if child.dep_ == "dobj" and _lemma(child) in _STRIKE_NOT_EVENT_OBJECTS:
                    return True
                if child.dep_ == "nsubj" and _lemma(child) in ("earthquake", "lightning", "storm", "disease", "pandemic", "tornado", "hurricane", "crisis"):
                    return True
    if lemma == "shoot" or low == "shooting":
        for child in tok.children:
            if _lemma(child) in ("film", "movie", "video", "scene", "photo", "footage", "documentary", "commercial"):
                return True
        if tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
            return False
    if lemma in ("explosion", "blast") and _abstract_target(tok):
        return True
    if lemma in ("attack", "assault", "onslaught") and _abstract_target(tok):
        return True
    if lemma == "siege" and tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ == "state":
        return True  # "the state of siege in X": a legal regime (martial law), not a siege
    if lemma == "arrest" and tok.pos_ == "NOUN" and tok.dep_ == "compound":
        return True  # "arrest warrant"
    if lemma == "kill" and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and _lemma(c) in _WAR_NOUNS for c in tok.children):
        return True  # "the war, which erupted in April 2023, has killed tens of thousands": a war-wide tally
    if lemma == "raid" and any(_lemma(c) in ("air",) for c in tok.children):
        return False
    return False


def _burns_property(verb) -> bool:
    """'burned down ...', 'burned three cars', 'homes were burnt': burning as an attack on property
    (not 'suffered burns', 'was burned', nor a fire's own 'the blaze burned down the mill')."""
    kids = list(verb.children)
    if any(c.dep_ == "nsubj" and _lemma(c) in _FIRE_SUBJECTS for c in kids):
        return False
    if verb.dep_ == "acl" and _lemma(verb.head) in _FIRE_SUBJECTS:
        return False  # the parser may hang "burned" on "a blaze" as a participle
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in kids):
        return True
    for c in kids:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        things = [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if any(_lemma(t) in PROPERTY_NOUNS for t in things):  # "dozens of homes"
            return True
    return False


def _fires_on_target(verb) -> str | None:
    """The type of "gunners fired on a crowded market", "police fired at the crowd", "troops fired
    two shells at the village": an active "fire" with on/at/upon/into a target and no object but a
    shot or a shell. Figures of speech ("fired back at his critics", "fired on all cylinders") and
    firing people ("the company fired him") are not attacks. The shooter, the weapon fired or the
    sentence's means type it; with none it is a generic attack."""
    kids = list(verb.children)
    if any(c.dep_ == "nsubjpass" for c in kids) or any(c.lower_ == "back" for c in kids):
        return None
    objects = [c for c in kids if c.dep_ == "dobj"]
    if objects and not all(_lemma(o) in _FIRED_THINGS | set(WEAPON_SUBJECTS) for o in objects):
        return None
    targets = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "into")
               for g in c.children if g.dep_ == "pobj"]
    if not targets or any(_lemma(t) in ABSTRACT | _FIGURATIVE_TARGETS or t.lower_ in _FIGURATIVE_TARGETS for t in targets):
        return None
    for o in objects:
        if _lemma(o) in WEAPON_SUBJECTS:
            return WEAPON_SUBJECTS[_lemma(o)]
        if _lemma(o) in ("shell", "salvo"):
            return "shelling"
    for a in _agents(verb):
        typ = _SHOOTER_TYPES.get(_lemma(a)) or _SHOOTER_TYPES.get(a.lower_)
        if typ is None:
            typ = next((_SHOOTER_TYPES.get(_lemma(m)) for m in a.children
                        if m.dep_ in ("compound", "amod") and _SHOOTER_TYPES.get(_lemma(m))), None)
        if typ:
            return typ
    return "attack"


def _of_objects(tok):
    """tok and the objects of its "of" ("a section of railway track", "dozens of homes")."""
    return [tok] + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _is_infrastructure(tok) -> bool:
    for t in _of_objects(tok):
        if _lemma(t) in INFRA_NOUNS or t.lower_ in INFRA_NOUNS:
            return True
        if t.lower_ in _INFRA_HEADS and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _INFRA_MODIFIERS for c in t.children
        ):
            return True
    return False


def _verb_objects(verb):
    """Direct objects and passive subjects of a verb (what was cut, hijacked, raided)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _agents(verb):
    """Active subjects and "by" agents of a verb."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in verb.children:
        if c.dep_ == "agent":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if not out and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        out = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "a mob beat him and burned ..."
    return out


def _cuts_infrastructure(verb) -> bool:
    """'the cable was cut', 'saboteurs severed the pipeline' (not 'cut off supplies', nor a storm's doing)."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    if any(_lemma(a) in _NATURAL_CAUSES for a in _agents(verb)):
        return False
    return any(_is_infrastructure(o) for o in _verb_objects(verb))


def _is_security_operation(tok) -> bool:
    """'an intelligence-based operation', 'a counter-terrorism operation' (not 'a military operation')."""
    if _lemma(tok) != "operation" or tok.pos_ != "NOUN":
        return False
    words = {t.lower_ for t in tok.doc[max(tok.left_edge.i, tok.i - 5):tok.i]}
    text = "".join(t.text_with_ws for t in tok.doc[max(tok.left_edge.i, tok.i - 5):tok.i]).lower().replace(" ", "")
    return bool(words & _OPERATION_MODIFIERS) or any(
        m in text for m in ("intelligence-based", "counter-terror", "anti-terror")
    )


def _cyber_clause(tok) -> bool:
    """An attack word whose own clause speaks of computers ("the attack knocked out the website")."""
    verb = _first_verb_ancestor(tok)
    scope = verb.subtree if verb is not None else tok.subtree
    return any(_lemma(t) in CYBER_WORDS or t.lower_ in CYBER_WORDS for t in scope)


def _context_type(tok) -> str | None:
    """A specific type for a generic trigger from the means named nearest to it in the sentence."""
    sent = sent_of(tok)
    best = None
    for t in sent:
        key = _lemma(t)
        typ = CONTEXT_TYPES.get(key) or CONTEXT_TYPES.get(t.lower_)
        if typ is None and t.lower_ == "fire" and t.head.lemma_.lower() == "open":
            typ = "armed_assault"
        if typ is None:
            continue
        if t.dep_ == "dobj" and t.head.i != tok.i and _lemma(t.head) in _MAKING_VERBS:
            continue  # "a workshop for assembling attack drones": what was hit, not what struck
        if t.i != tok.i and (NOUN_TRIGGERS.get(key) or NOUN_TRIGGERS.get(t.lower_)) and not (
            t.head.i == tok.i or tok.head.i == t.i or (t.head.i == tok.head.i and t.dep_ != "conj")
        ):
            continue  # another event named in the sentence, not the means of this one
        if key == "bomb" and any(_lemma(c) in ("aerial", "air", "guided") for c in t.children):
            typ = "air_strike"
        if key in ("bomber", "bombing", "attack", "attacker", "vest", "belt") and any(
            _lemma(c) == "suicide" for c in t.children
        ):
            typ = "suicide_bombing"
        dist = abs(t.i - tok.i)
        if best is None or dist < best[0]:
            best = (dist, typ)
    return best[1] if best else None


# Verbs whose object is a weapon as goods, not as the means of an attack ("a workshop assembling
# drones", "a depot storing missiles").
_MAKING_VERBS = frozenset(
    "assemble produce manufacture make build store stockpile repair develop supply deliver sell buy test".split()
)


def _type_of(tok, base: str) -> str:
    mods = _modifiers(tok)
    for m in mods:
        typ = MODIFIER_TYPES.get(_lemma(m)) or MODIFIER_TYPES.get(m.lower_)
        if typ:
            if typ == "bombing" and base == "bombing":
                return "bombing"
            if base in GENERIC or base in ("bombing", "shelling") or typ == "suicide_bombing":
                return typ
    if base == "bombing" and tok.pos_ == "NOUN":
        if any(_lemma(m) in ("aerial", "air") for m in mods):
            return "air_strike"
    if base == "armed_clash" and _lemma(tok) == "raid":
        if any(_lemma(t) in ("police", "security", "authorities", "officer") for t in mods):
            return "arrests"
        if any(_lemma(m) == "air" for m in mods):
            return "air_strike"
    if base in GENERIC or (base == "bombing" and tok.pos_ == "VERB"):
        ctx = _context_type(tok)
        if ctx and not (base == "bombing" and ctx not in ("air_strike", "suicide_bombing")):
            return ctx
    return base


def _trigger_span(tok) -> tuple[int, int]:
    """Character span of the trigger phrase: modifiers that type it, the head word, "fire" after open/set."""
    start = tok.i
    for m in _modifiers(tok):
        if (MODIFIER_TYPES.get(_lemma(m)) or m.lower_ in ("terrorist", "terror")) and m.i < start and tok.i - m.i <= 3:
            start = m.i
    doc = tok.doc
    end = tok.i + 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _strong_triggers(doc) -> list[tuple[int, str, int, int]]:
    """(token index, type, start_char, end_char) of every proper trigger."""
    found = []
    trigger_tokens: set[int] = set()
    last_cyber = False  # the last attack word named a cyberattack
    for tok in doc:
        lemma = _lemma(tok)
        low = tok.lower_
        base = None
        if low in CYBER_WORDS and tok.pos_ in ("NOUN", "PROPN", "ADJ") and (
            "attack" in low or any(_lemma(c) in ("attack", "assault", "strike") for c in [tok.head])
        ):
            last_cyber = True  # "a cyberattack", "a cyber attack"
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.ent_type_ not in _NAME_ENTS):
            base = NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(low)
            if base is None and tok.tag_ in ("NNPS",) and low.endswith("s"):
                base = NOUN_TRIGGERS.get(low[:-1])  # "Terror Attacks" in a title
            if base == "arrests" and tok.dep_ == "compound":
                base = None
            if base == "hijacking" and any(
                p.dep_ == "prep" and p.lower_ == "of" and not any(_lemma(g) in VEHICLE_NOUNS for g in p.children)
                for p in tok.children
            ):
                base = None  # "the hijacking of the debate"
            if base == "sabotage" and tok.head.lower_ == "of" and _lemma(tok.head.head) in ("campaign", "wave", "spate", "series"):
                base = None  # "a campaign of sabotage": many deeds, not one
            if base is None and lemma == "exchange" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in ("fire", "gunfire") for g in p.children)
                for p in tok.children
            ):
                base = "armed_clash"  # "killed in an exchange of fire"
            if base is None and _is_security_operation(tok):
                base = "armed_clash"
        elif tok.pos_ in ("AUX", "ADJ", "ADV") and low in _NOUN_ONLY_FORMS:
            base = NOUN_TRIGGERS.get(low)  # the small tagger sometimes misreads "shelling"
        elif tok.pos_ == "VERB":
            base = VERB_TRIGGERS.get(lemma)
            if lemma == "gun" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
                base = None
            if lemma == "open" or lemma == "set":
                base = None
            if lemma == "burn" and _burns_property(tok):
                base = "arson"
            if lemma == "bomb" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "fire":
                base = "arson"  # "fire-bombed"
            if base == "hijacking" and not any(_lemma(o) in VEHICLE_NOUNS for o in _verb_objects(tok)):
                base = None  # "hijacked the debate"
            if base is None and lemma == "fire":
                base = _fires_on_target(tok)  # "gunners fired on a crowded market"
            if base is None and lemma in _CUT_VERBS and _cuts_infrastructure(tok):
                base = "sabotage"
            if base is None and lemma in _TO_DEATH_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in tok.children
            ):
                base = "armed_assault"  # "beat a man to death", "was stoned to death"
            if base is None and lemma in IMPACT_VERBS | {"strike"} and any(
                c.dep_ == "dobj" and _lemma(c) in MINE_NOUNS for c in tok.children
            ):
                base = "bombing"  # "the truck hit a landmine"
            if base is None and (lemma in WEAK_VERBS or lemma in ("wound", "injure")):
                weapon = next((a for a in _agents(tok) if _lemma(a) in WEAPON_SUBJECTS and a.lower_ not in NOUN_TRIGGERS), None)
                # "a rocket hit a school and killed six": the conjoined verb shares the subject of an
                # impact verb that is already the mention; a second mention would split its figures
                shares_impact = (
                    tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children)
                    and _lemma(tok.head) in IMPACT_VERBS | {"strike"}
                )
                if weapon is not None and not shares_impact:
                    base = WEAPON_SUBJECTS[_lemma(weapon)]  # "a roadside bomb killed four soldiers"
        # "opened fire", "set fire to", "set on fire", "set ablaze", "took hostages", "blew up".
        if base is None and tok.pos_ == "VERB":
            kids = list(tok.children)
            if lemma == "open" and any(c.lower_ == "fire" and c.dep_ in ("dobj", "npadvmod") for c in kids):
                base = "armed_assault"
            elif lemma == "set" and (
                any(c.lower_ in ("fire", "ablaze", "alight") for c in kids)
                or any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children) for c in kids)
            ):
                base = "arson"
            elif lemma == "take" and any(_lemma(c) == "hostage" for c in kids):
                base = "hostage_taking"
            elif lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
                base = "bombing"
                if any(c.lower_ in ("himself", "herself", "themselves") for c in kids):
                    base = "suicide_bombing"
        # "A missile hit the depot", "shells pounded the town": a weapon as the subject of an impact verb.
        if base is None and tok.pos_ == "VERB" and lemma in IMPACT_VERBS:
            weapon = next((c for c in tok.children if c.dep_ == "nsubj" and _lemma(c) in WEAPON_SUBJECTS), None)
            if weapon is not None:
                base = WEAPON_SUBJECTS[_lemma(weapon)]
        hostage_start = None
        if base is None and low == "hostage" and tok.dep_ in ("compound", "nmod", "amod") and tok.head.lower_ in ("taking", "crisis", "situation", "siege"):
            base = "hostage_taking"
            hostage_start = tok.idx
            tok = tok.head
        if base is None or tok.i in trigger_tokens:
            continue
        if base == "armed_clash" and (lemma == "operation" or lemma == "exchange"):
            pass  # "counter-terrorism operation": its modifiers are not the labour "counter"
        elif _not_event(tok, base):
            if lemma in ("attack", "assault") and {_lemma(m) for m in _modifiers(tok)} & CYBER_WORDS:
                last_cyber = True  # "a cyber attack"
            continue
        # A trigger that modifies another trigger ("shooting attack") is part of it.
        if tok.dep_ in ("compound", "amod", "nmod") and (
            NOUN_TRIGGERS.get(_lemma(tok.head)) or NOUN_TRIGGERS.get(tok.head.lower_)
        ):
            continue
        typ = _type_of(tok, base)
        if typ == "attack" and lemma in ("attack", "assault") and tok.pos_ in ("NOUN", "PROPN"):
            if last_cyber or _cyber_clause(tok):
                last_cyber = True
                continue  # a cyberattack, told again as "the attack"
        last_cyber = False
        if lemma == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
            objects = _verb_objects(tok)
            weapon = next((o for o in objects if _lemma(o) in WEAPON_SUBJECTS), None)
            if weapon is not None and WEAPON_SUBJECTS[_lemma(weapon)] in ("drone_strike", "missile_strike"):
                typ = WEAPON_SUBJECTS[_lemma(weapon)]  # "shot down 17 drones": a drone attack
            elif any(NOUN_TRIGGERS.get(_lemma(o)) for o in objects):
                continue  # "air defences shot down the attack": the attack is the event
        if typ in ("attack", "armed_assault") and tok.pos_ == "VERB" and any(_lemma(a) in MOB_SUBJECTS for a in _agents(tok)):
            typ = "riot"  # "a mob beat him to death", "crowds attacked churches"
        if lemma == "raid" and typ == "armed_clash" and not any(
            _lemma(a) in _SECURITY_WORDS for a in _agents(tok) + _modifiers(tok)
        ):
            hit = _verb_objects(tok) if tok.pos_ == "VERB" else [
                g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "of") for g in p.children
            ]
            if any(_lemma(o) in PROPERTY_NOUNS | _SETTLEMENTS for o in hit):
                typ = "armed_assault"  # armed men raiding a village attack civilians
        if base == "arson" or base == "hostage_taking" or (base == "armed_assault" and lemma == "open"):
            verb = tok
            obj = None
            for c in tok.children:
                if c.lower_ in ("fire", "ablaze", "alight", "hostage", "hostages") or (
                    c.dep_ == "prt" and c.lower_ == "down" and lemma == "burn"
                ):
                    obj = c
                elif c.dep_ == "prep" and c.lower_ == "on":
                    obj = next((g for g in c.children if g.lower_ == "fire"), obj)
            first, last = verb, verb
            if obj is not None:
                first, last = (verb, obj) if obj.i > verb.i else (obj, verb)
            start, end = first.idx, last.idx + len(last.text)
        else:
            start, end = _trigger_span(tok)
            if hostage_start is not None:
                start = min(start, hostage_start)
        trigger_tokens.add(tok.i)
        found.append((tok.i, typ, start, end))
    return found


def _weak_triggers(doc) -> list[tuple[int, str, int, int]]:
    out = []
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        lemma = _lemma(tok)
        if any(c.dep_ == "nsubj" and _lemma(c) in _WAR_NOUNS for c in tok.children):
            continue  # "the war ... has killed tens of thousands": a war-wide tally, no event
        if lemma in WEAK_VERBS or (
            lemma in _LIVES_VERBS and any(c.dep_ == "dobj" and _lemma(c) in ("life", "lives") for c in tok.children)
        ):
            ctx = _context_type(tok)
            end_tok = tok
            lives = next((c for c in tok.children if c.dep_ == "dobj" and _lemma(c) in ("life", "lives")), None)
            if lemma in _LIVES_VERBS and lives is not None:
                end_tok = lives  # "took the lives", "claimed ... lives"
            out.append((tok.i, ctx or "attack", tok.idx, end_tok.idx + len(end_tok.text)))
    return out


def _in(ev: Evidence, sent) -> bool:
    return sent.start_char <= ev.start < sent.end_char


def _first_verb_ancestor(tok):
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def _date_score(date: DateRef, trigger, doc) -> tuple | None:
    span = doc.char_span(date.evidence.start, date.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ("since", "until", "till", "by") or span[0].lower_ in ("since", "until"):
        return None
    if _SAID_ON.search(doc[max(span.start - 8, sent_of(span).start):span.start].text):
        return None  # "the army said on Wednesday (that) ...", "had claimed the attack on Tuesday"
    root = span.root
    rank = _PRECISION_RANK.get(date.precision or "", 3)
    for anc in root.ancestors:
        if anc.i == trigger.i:
            break
        if anc.pos_ == "NOUN" and anc.lower_ in STATEMENT_NOUNS:
            return None  # "in a statement carried on Thursday": the day of the statement
    for anc in root.ancestors:  # "Sunday's bombing", "the attack on Sunday": the trigger's own date
        if anc.i == trigger.i:
            return (0, rank, abs(root.i - trigger.i))
        if anc.pos_ in ("VERB", "AUX"):
            break
    verb = _first_verb_ancestor(root)
    tied = 1
    if (
        verb is not None and verb.i != trigger.i and _lemma(verb) in _COUNT_VERBS
        and any(c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _COUNT_NOUNS for c in verb.children)
    ):
        return None  # "the toll from the attack rose to 14 on Tuesday": the day of the new count
    if verb is not None and verb.i != trigger.i and any(c.lower_ == "still" for c in verb.children):
        return None  # "... were killed, and five soldiers were still missing on Wednesday": a state's day
    if verb is not None and verb.i != trigger.i and _died_of_wounds(verb):
        return None  # "two policemen wounded in the attack succumbed to their wounds on Friday"
    if verb is not None:
        if verb.i == trigger.i or verb.i == trigger.head.i or trigger.head.i == verb.i or any(
            a.i == verb.i for a in [trigger] + list(trigger.ancestors)[:2]
        ):
            tied = 0
        if _lemma(verb) in SPEECH_VERBS and verb.i != trigger.i and any(a.i == verb.i for a in trigger.ancestors):
            return None  # the date of a statement, not of the event the statement is about
    return (tied, rank, abs(root.i - trigger.i))


_WOUND_NOUNS = frozenset("wound wounds injury injuries".split())


def _died_of_wounds(verb) -> bool:
    """"succumbed (to their wounds)", "died of their injuries", "died in hospital": a later death
    of someone wounded, whose day is not the attack's."""
    lemma = _lemma(verb)
    if lemma == "succumb":
        return True
    if lemma != "die":
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lower_ in _WOUND_NOUNS or (prep.lower_ == "in" and obj.lower_ == "hospital")):
                    return True
    return False


def best_date(dates: list[DateRef], trigger, doc) -> DateRef | None:
    scored = []
    for d in dates:
        if d.value is None:
            continue
        s = _date_score(d, trigger, doc)
        if s is not None:
            scored.append((s, d))
    if not scored:
        return None
    scored.sort(key=lambda x: x[0])
    return scored[0][1]


def find_mentions(
    doc,
    article_id: str,
    places: list[Place] | None = None,
    dates: list[DateRef] | None = None,
    actors: list[Actor] | None = None,
) -> list[EventMention]:
    """Event mentions of a parsed article, in text order, with what their own sentence says."""
    places = places or []
    dates = dates or []
    actors = actors or []
    strong = _strong_triggers(doc)
    sents, tok_sent = sentence_index(doc)
    strong_sents = {sents[tok_sent[i]].start for i, *_ in strong}
    all_weak = _weak_triggers(doc)
    weak = [w for w in all_weak if sents[tok_sent[w[0]]].start not in strong_sents]
    # "Police arrested two men suspected of planting the bomb that killed six people in X last
    # week": beside an arrest, a killing told in a relative clause is the attack itself.
    arrest_only = {sents[tok_sent[i]].start for i, *_ in strong} - {
        sents[tok_sent[i]].start for i, typ, *_ in strong if typ != "arrests"}
    beside_arrest = [w for w in all_weak if sents[tok_sent[w[0]]].start in arrest_only and doc[w[0]].dep_ == "relcl"]
    sent_index = {s.start: k for k, s in enumerate(sents)}

    def anchored(sent) -> bool:
        return any(_in(p.evidence, sent) for p in places) or any(d.value is not None and _in(d.evidence, sent) for d in dates)

    strong_sent_idx = {sent_index[s] for s in strong_sents}
    weak_by_sent: dict[int, tuple] = {}
    for w in weak:
        weak_by_sent.setdefault(tok_sent[w[0]], w)
    kept_weak = []
    last_event = -10  # index of the last sentence that holds (or continues) an event
    for k in range(len(sents)):
        if k in strong_sent_idx:
            last_event = k
        elif k in weak_by_sent:
            # A killing sentence becomes a mention of its own when it is anchored or starts anew;
            # otherwise it continues the event mentioned just before (its figures attach there).
            if anchored(sents[k]) or last_event < k - 2:
                w = weak_by_sent[k]
                before = [t for t in strong if tok_sent[t[0]] == k - 1 and not is_generic(t[1]) and t[1] != "arrests"]
                passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in doc[w[0]].children)
                if w[1] == "attack" and before and passive:
                    w = (w[0], before[0][1], w[2], w[3])  # "A bomb went off at the market. Three were killed."
                kept_weak.append(w)
            last_event = k
    triggers = sorted(strong + kept_weak + beside_arrest, key=lambda t: t[2])

    mentions: list[EventMention] = []
    for i, typ, start, end in triggers:
        tok = doc[i]
        sent = sent_of(tok)
        ev = Evidence(article_id, start, end, sent.text)
        sent_dates = [d for d in dates if _in(d.evidence, sent)]
        sent_actors = [a for a in actors if _in(a.evidence, sent)]
        mentions.append(
            EventMention(
                index=len(mentions),
                type=typ,
                trigger=doc_text(doc)[start:end],
                evidence=ev,
                date=best_date(sent_dates, tok, doc),
                places=[p for p in places if _in(p.evidence, sent)],
                perpetrators=[a for a in sent_actors if a.role == "perpetrator"],
                targets=[a for a in sent_actors if a.role == "target"],
                weapons=[a for a in sent_actors if a.role == "weapon"],
            )
        )
    return mentions
