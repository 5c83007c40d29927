"""Casualty and arrest figures read from the dependency parse.

`find_figures(doc, article_id, mentions, dates)` returns Figure records (kind killed | injured |
attackers_killed | arrested | missing). A number (see numbers.py) is a figure when the noun it
counts, or the number itself, stands in a casualty relation:

- object of kill/murder/slaughter/butcher/injure/wound/arrest/detain/capture ("killing 25 people",
  "injured nearly 700"), passive subject ("21 people were killed", "four gunmen were taken into
  custody"), subject of die/perish or of an intransitive "injured" ("26 others injured"),
  subject of "be/remain + dead/injured/missing";
- "claimed N lives", "took the lives of N", "N dead", "N were killed";
- tolls and tallies: "the death toll rose to / stood at N", "put the number of dead at N",
  "raising the toll to N", "the number of people injured reached N", "raising the number of people
  killed in the attack to N" (with "to N" hung inside the object) ("the number of casualties"
  names no kind and gives no figure);
- "the N captured/arrested suspects", "N people killed in ..." (a participle on the noun);
- "Among those killed were N X and M Y", "the dead included N X", "N people were hurt, M of them
  children", "Four of the wounded were children" after a toll (breakdowns);
- "a/an/another" or a possessive counts as one for a singular person noun ("killing a priest",
  "another passenger died", "killing his wife"); "a couple" is two;
- "burned/stabbed/beaten to death", "listed as missing/dead", "left a woman dead and two men
  wounded";
- wounds and hospital: "N sustained/suffered wounds", "N were taken to hospital", "treated for
  injuries"; "leaving N X hurt"; bodies found ("recovered 14 bodies"; "N more bodies" only add to
  a toll and are no figure); nominal events naming their victims ("the murder of nine people",
  "the deaths of two protesters", "the arrest of N");
- "the driver" (definite singular person) in a casualty role is one ("killing the driver"); people
  coordinated with a count add up ("six passengers and the driver" 7, "a couple and their three
  children" 5, "a boy and a man" 2, "X and two other men were arrested" 3, "the driver and two
  passengers" 3, "the captain and two officers" 3, "the driver and a passenger" 2, "two soldiers and
  a civilian porter" 3, "the driver and two accomplices" 3), two counted groups stay two figures,
  and so do the groups of a list of the dead ("the dead included three soldiers and a journalist");
  a sum is a count like any other (equal to an earlier total of its kind, it restates it);
  "Six died at the scene and two more in hospital" after a total of eight restates it too;
- "shot and wounded" injures (no "killed and injured" pair); "picked up / held for questioning"
  arrests; "14 wanted suspects" when the parser hangs the number on the adjective; "fatally stabbed/shot" kills;
- "a total of N", "N were receiving treatment", "rearrested N", "left N inmates dead", "were
  martyred", "pronounced dead", "a fourth died"; "a cell of four people", "a family of five" (the
  group holds the role); "killing 11 of them" takes its victims from the plural person noun before;
- a count that names no kind ("the army put the number at three", "a count ... reached 74", "the
  real figure is at least 30") takes the kind of the figure before it in its sentence;
- "N lost their lives"; a gapped passive "Three were killed and eight maimed" (also when the NER
  calls "eight maimed" a QUANTITY); a subject shared by a conjoined verb ("the suspect was
  overpowered by passers-by and arrested"); "being treated in hospital" / in a "where" clause after
  a hospital; "..., among them a schoolgirl" is a breakdown of the count before, whatever the parse;
- recaptured/rearrested escapees are arrests (people taken into custody over the incident);
- "two bombers blew themselves up" (attackers_killed; "a suicide bomber blew himself up" is how the
  attack was done, no count); "reporting eleven dead" (the adjective hung on the verb); arrests counted
  "so far" in a sentence that names no period (a manhunt's running count); "picked up 12 bodies"; "succumbed to their
  wounds" (a death, also for "two policemen wounded in the attack"); "the number of police martyred";
- a conjunct or range noun the parser hung elsewhere but that is the subject of the verb right
  after it ("killed four attackers, and 106 people were rescued": rescued, no figure);
- "about twenty wounded have been brought to ..." (the participle right after a number stands for the
  people, whatever the parse); "treated at Regional Hospital X" (a hospital's name), "treated for cuts and
  burns" (any coordinated ailment); a relative clause on the counted noun ("three
  people who were injured", "the father of four who lost his life": one, and no three);
- state-media wording: "the number of martyrs", "among the martyrs", "the martyrdom of N X"; "N innocent
  souls were taken"; "put the death toll higher, at N"; "treated for shrapnel and burn wounds";
- companions: "He was martyred, along with two brave sons of the police" / "X, who was gunned down along
  with two policemen" (one, and two: the companions take the role of the one they are named with);
- a subject cut off by a parenthetical: "the bomber, estimated to be 17 years old, was killed";
- the rest of a total after a part of it: "Of the dead, five were soldiers. The other eight were
  civilians" / "Eleven of the dead were police. The other was a farmworker" (a breakdown);
- every item of a list after "among them" ("among them three nurses and five patients, the ministry said");
- a numbered toll fronted before its parts ("Of the nine dead, three were police officers and six were
  passengers"); a toll a side "claimed" ("the regime claimed 14 civilian dead": the claimant is the source,
  not a running count's subject).

Kind: attackers (gunmen, terrorists, militants ...) killed or "neutralised" -> attackers_killed (soldiers or
police "eliminated"/"neutralised" are a strike's targets -> killed, and so are militants a missile, air or
drone strike "eliminated");
militants killed by forces in their own "operation"/"raid" -> killed; people killed "during a
counterattack", while an attack was "repelled" or in a "counter-operation" launched after it
("launched a counter-operation in which six gang members were killed") -> attackers_killed.
Victims: the group named by the counted noun ("policemen" -> police, "priest" -> clergy).
Cited source: "according to X" in the sentence, else the subject of a reporting verb that
governs the figure ("X said").

Not incident casualties, dropped: anything on a related-article link line ("Read also: ...",
"READ MORE:", "See also:", "Related:"; another article's headline); a victim named beside a person's
name ("a 15-year-old boy, Taras, and his mother", "Maria Lopez, a 34-year-old nurse, died")
within five sentences after a larger toll of that kind (who died, not another count); numbers inside DATE/TIME/MONEY/PERCENT/QUANTITY entities,
ages (also "The student, 19, died"), years, units; "N of which were shot down"; detainees released
or exchanged; a tally "in the X direction/sector" or "in a wave/series of ..."; deaths "in attacks" /
"in violence" over a whole period ("last year", "in the first half of the year", "between 2018 and
2023") or over "weeks of protests" / "days of clashes" / "weeks-long protests" (not "two/three days of
fighting": one clash that lasted a couple of days); "sentenced six men
to death" (a verdict); a rough count ("dozens") beside an exact one of its kind in a clause under
it ("dozens were taken to hospitals, where 38 were being treated"); a tally of several attacks ("Two bombings ... killed 17", "which together killed 31"; not
"simultaneous attacks", nor "the 2016 bombings"); counts "across the territory/country"; deaths whose own clause names a
non-violent cause ("floods have killed", "killed when a footbridge collapsed", "in a stampede",
"trampled to death") unless the sentence names a violent event too; "N more victims died" (or
"after N victims died", "four of the wounded died, bringing the toll to 23") in a sentence whose toll
counts them; a vague boast under "claimed to have killed" ("dozens of soldiers"); a speaker described by a
casualty participle ("one of the wounded officers told X"); one suspect described among the arrested
("detained nine suspects, among them a teacher who ..."); a noun phrase set off by a comma right before "said" (the speaker, whatever the parse:
"..., killing 12 people, a militia leader and a nurse said"); counts "killed nationwide"; an appositive naming the counted people again ("killed two
people, an elderly couple"); "thousands"
with a perfect ("the group has killed thousands of civilians": a running count); "killing and injuring dozens" (one
count, two kinds); a passive count over "last year"/"this month" that names no attack; "Eleven of the injured were in a critical condition"; "44 wounded, of
whom 20 were hospitalised" (a severity subset of the same kind); counts of things (rockets, buildings); amounts >= 100,000; amounts >= 1,000
without a violent trigger in the sentence or with war-wide/aggregate context (war, conflict,
since, over the years, offensive, "the battle for" a city, a siege, soldiers' losses); any count scoped by "since ..." or "in the
war" or "in similar/such/previous attacks" (a series), or produced by a war/offensive/invasion
("the counteroffensive that claimed ...").

Total and breakdown: parts of a total ("Among those killed were ...", "including ...", "of
whom ...", "N of the dead/wounded/victims were <victim group or people>", also fronted: "Of the victims, 17 were
men, six were women and three were children", and the list going on: "seven of the dead were traders and five
were farmers") after a toll of that kind in the same sentence or up to three before (the other parts: the
same sentence or the one before); a count after ", among them" takes the kind of the count before it,
whatever verb the parser hung it on; same-kind counts of named groups that add up to no more than an earlier total of
the same sentence or the one before) are marked is_breakdown; a part of a part ("five
civilians, including one priest"; "... six were passengers, among them a girl") is dropped. A figure repeated later in the article without
a date of its own, or a headline or summary-bullet ("- Shelling kills 23") figure the body repeats
(a headline part, "kills 11, including two children", also when the body gives it as a part),
is kept once, with the body's evidence (a vague headline count, "kill dozens", gives way to the body's count of that kind); a later sentence that
locates it at a place the first did not name, or whose own trigger is another specific kind of
event, or an indefinite person ("a driver was also hurt"), or "N more" ("two more were wounded"),
is a new figure, unless the count is definite ("The three men, aged 22, 25 and 31, were detained
in raids in X on Wednesday": the men already counted). "Two of the injured
died" / "two of them died" after a toll of that kind is already counted by the toll.
"No one" is nobody.

Mention: the event mention of the same sentence (the one whose clause governs the figure,
else the nearest before it, else after); else the figure continues the event of the nearest
preceding sentence within two that has a mention or figures with a mention.
"""

from __future__ import annotations

import re

from newsledger.sentences import doc_text, sent_of, sentence_index
from newsledger.extract.event_types import is_generic
from newsledger.extract.numbers import NumberSpan, number_spans, parse_number
from newsledger.records import DateRef, EventMention, Evidence, Figure

KILL_VERBS = frozenset("kill murder slaughter massacre butcher execute behead assassinate gun shoot martyr".split())
ATTACKER_KILL_VERBS = frozenset("neutralise neutralize eliminate liquidate".split())
DIE_VERBS = frozenset("die perish succumb".split())  # "succumbed to their wounds"
INJURE_VERBS = frozenset("injure wound hurt maim".split())
ARREST_VERBS = frozenset("arrest rearrest re-arrest detain capture recapture apprehend nab".split())
# Words that, as the counted word or a predicate of it, say what happened to the people counted.
PREDICATE_KIND = {
    "dead": "killed", "killed": "killed", "death": "killed", "deaths": "killed", "fatality": "killed",
    "fatalities": "killed", "victim": "killed", "victims": "killed",
    "martyrs": "killed", "martyr": "killed",  # state-media wording: "the number of martyrs", "among the martyrs"
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injury": "injured", "injuries": "injured",
    "maimed": "injured", "hospitalised": "injured", "hospitalized": "injured",
    "missing": "missing", "unaccounted": "missing",
    "arrested": "arrested", "detained": "arrested", "captured": "arrested", "arrests": "arrested",
    "detainees": "arrested", "detainee": "arrested",
}
# Participles on a counted noun: "the four men arrested", "the N captured suspects", "N people killed".
PARTICIPLE_KIND = {
    "killed": "killed", "murdered": "killed", "slain": "killed", "dead": "killed", "martyred": "killed",
    "massacred": "killed", "slaughtered": "killed", "butchered": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "maimed": "injured",
    "arrested": "arrested", "detained": "arrested", "captured": "arrested", "apprehended": "arrested",
    "missing": "missing",
}
ATTACKER_NOUNS = frozenset(
    """attacker attackers gunman gunmen terrorist terrorists militant militants assailant assailants insurgent
    insurgents bomber bombers perpetrator perpetrators jihadist jihadists raider raiders shooter shooters
    hijacker hijackers kidnapper kidnappers""".split()
)
# Group nouns that name attackers only when the event is their attack.
_ARMED_GROUP_NOUNS = frozenset(
    "militant militants terrorist terrorists insurgent insurgents jihadist jihadists fighter fighters".split()
)
_REMOTE_OR_BATTLE = frozenset(("air_strike", "drone_strike", "shelling", "missile_strike", "armed_clash"))
VICTIM_GROUPS = {
    "police": "police", "policeman": "police", "policemen": "police", "policewoman": "police", "cop": "police",
    "gendarme": "police", "officer": "police", "patrolman": "police",
    "soldier": "soldiers", "troop": "soldiers", "troops": "soldiers", "serviceman": "soldiers",
    "servicemen": "soldiers", "marine": "soldiers", "conscript": "soldiers", "paratrooper": "soldiers",
    "guardsman": "soldiers", "personnel": "soldiers", "jawan": "soldiers", "jawans": "soldiers",
    "civilian": "civilians", "resident": "civilians", "villager": "civilians", "passer-by": "civilians",
    "passerby": "civilians", "bystander": "civilians", "worshipper": "civilians", "worshiper": "civilians",
    "concertgoer": "civilians", "shopper": "civilians", "pedestrian": "civilians", "passenger": "civilians",
    "child": "children", "children": "children", "kid": "children", "boy": "children", "girl": "children",
    "minor": "children", "schoolchild": "children", "schoolchildren": "children", "infant": "children",
    "baby": "children", "toddler": "children", "teenager": "children", "pupil": "children",
    "schoolgirl": "children", "schoolboy": "children",
    "priest": "clergy", "imam": "clergy", "cleric": "clergy", "rabbi": "clergy", "pastor": "clergy",
    "monk": "clergy", "nun": "clergy", "bishop": "clergy", "clergyman": "clergy", "deacon": "clergy",
    "vicar": "clergy", "mullah": "clergy", "clergy": "clergy", "archpriest": "clergy",
    "protester": "protesters", "demonstrator": "protesters",
    "journalist": "journalists", "reporter": "journalists", "photographer": "journalists",
    "woman": "women", "women": "women",
    "firefighter": "emergency workers", "medic": "emergency workers", "paramedic": "emergency workers",
    "rescuer": "emergency workers", "guard": "guards", "bodyguard": "guards",
}
# Singular nouns for people, which "a/an" can count as one.
PERSON_NOUNS = frozenset(VICTIM_GROUPS) | frozenset(
    """man person student teacher worker driver farmer shepherd official politician mayor governor judge
    lawyer doctor nurse businessman businesswoman leader commander activist tourist pilgrim citizen
    guard member employee trader vendor fisherman pensioner vigilante volunteer shopkeeper labourer laborer
    miner herder photographer cameraman neighbour neighbor relative mother father wife husband son daughter
    brother sister grandmother grandfather suspect chief elder colonel lieutenant sergeant captain inmate prisoner
    skipper crewman sailor fighter lawmaker legislator senator councillor councilor minister farmworker
    patient""".split()
) | frozenset(w[:-1] for w in ATTACKER_NOUNS if w.endswith("s")) | frozenset(("gunman",))
# Counted words that are things, times or units, not people.
NOT_PEOPLE = frozenset(
    """percent per cent year years month months day days week weeks hour hours minute minutes second seconds
    time times dollar dollars euro euros ruble rubles rouble roubles pound pounds hryvnia yuan rupee rupees
    mile miles kilometre kilometres kilometer kilometers km metre metres meter meters foot feet ton tons tonne
    tonnes rocket rockets missile missiles drone drones projectile projectiles shell shells bomb bombs round
    rounds bullet bullets house houses home homes building buildings vehicle vehicles car cars tank tanks
    church churches synagogue synagogues mosque mosques school schools city cities village villages town
    towns region regions country countries site sites target targets point points case cases charge charges
    budget evacuation evacuations population refugee refugees migrant migrants head heads cattle livestock
    animal animals aircraft plane planes helicopter helicopters ship ships boat boats""".split()
)
# Words that make a count aggregate over a war or a period, not one incident's.
AGGREGATE = frozenset(
    """war wars conflict conflicts invasion campaign campaigns offensive counteroffensive counter-offensive
    insurgency occupation period history century centuries decade decades year years months pandemic famine
    repression genocide holocaust revolution regime total overall wave spate series string
    direction sector axis""".split()
)
# ("in a wave of protests" is a series; "in the Sumy direction", "in the sector": a front's tally.)
# "in similar attacks", "in such raids", "in previous strikes": a count over a series of incidents.
_SERIES_MODIFIERS = frozenset("similar such previous earlier past recent prior repeated".split())
# "in 30 cities", "across several provinces": a count spread over many places is a tally of a sweep or
# campaign (ACLED codes one event per location), not one incident's figure. Two places stay one
# incident ("killed in two cities" can be one coordinated attack).
_SPREAD_PLACES = frozenset(
    "city town village province region state district county country municipality neighbourhood neighborhood".split()
)
# "killed nationwide", "arrested countrywide": a count over a whole country.
_NATIONWIDE = frozenset("nationwide countrywide nation-wide country-wide statewide".split())
_MANY = frozenset("several multiple many various numerous dozens hundreds".split())
# (for counts of 1,000 or more: "about 2,500 people were killed in the battle for the city in March"
# is a campaign's toll, weeks of war for a city, not one incident's)
_AGGREGATE_SENTENCE_CUES = frozenset(
    "war conflict since overall total years decades invasion offensive counteroffensive history battle siege".split()
)
# Causes of death that are not political violence (only decisive in a sentence with no event trigger).
NON_VIOLENT_CAUSES = frozenset(
    """crash accident collision derailment flood flooding earthquake quake storm hurricane typhoon cyclone
    tornado landslide avalanche heatwave drought disease epidemic pandemic covid covid-19 coronavirus virus
    cholera malaria cancer overdose drown drowning collapse stampede lightning wildfire""".split()
)
_SPEAKING_VERBS = frozenset("say tell recall recount describe add explain".split())
REPORT_VERBS = frozenset(
    "say tell report announce confirm state add note claim write declare estimate put update cite".split()
)
# "according to the latest figures": what is counted, not who counts.
_NOT_SOURCES = frozenset("figure data estimate statistic statistics information count tally number toll".split())
_BAD_SOURCE = frozenset("it they he she we i you this that which who there".split())


def _lemma(tok) -> str:
    return tok.lemma_.lower()


# What happens in a "when ..." clause that makes a death an accident: "killed when a footbridge collapsed".
_ACCIDENT_VERBS = frozenset("collapse cave drown sink capsize crash overturn derail flood".split())
# "crushed / trampled to death" with no one named as doing it: a crowd crush.
_CRUSH_VERBS = frozenset("crush trample".split())
# "a crowd crush", "a stampede": non-violent causes only as nouns here (the verb "crush" can be an attack).
_CROWD_NOUNS = frozenset("crush stampede".split())


def _killed_and_injured_together(verb) -> bool:
    """'killing and injuring dozens', 'killed or wounded 40': one count for two kinds (the first verb
    right before the second and with no object of its own)."""
    kinds = (KILL_VERBS, INJURE_VERBS)
    own = next((i for i, k in enumerate(kinds) if _lemma(verb) in k), None)
    if own is None:
        return False
    if any(_lemma(v) in ("shoot", "gun", "stab") for v in [verb, verb.head] + [c for c in verb.children if c.dep_ == "conj"]):
        return False  # "shot and wounded two Israelis": shot is how they were wounded
    other = kinds[1 - own]
    pair = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for o in pair:
        if _lemma(o) not in other or abs(o.i - verb.i) != 2:
            continue
        first = o if o.i < verb.i else verb
        if not any(c.dep_ in ("dobj", "nsubjpass") for c in first.children):
            return True
    return False


def _non_violent_word(tok) -> bool:
    return (_lemma(tok) in NON_VIOLENT_CAUSES or tok.lower_ in NON_VIOLENT_CAUSES
            or (tok.pos_ == "NOUN" and _lemma(tok) in _CROWD_NOUNS))


def _non_violent_cause(gov) -> bool:
    """The figure's own clause names a cause that is no political violence: "floods have killed 46",
    "killed and injured in a stampede", "killed when a footbridge collapsed", "trampled to death".
    The caller checks that no violent event is named in the sentence besides the figure's verb."""
    if gov is None or gov.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    verbs = [gov] + [c for c in gov.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")]
    if gov.dep_ == "conj" and gov.head.pos_ in ("VERB", "AUX"):
        verbs.append(gov.head)
    for v in verbs:
        for c in v.children:
            if c.dep_ == "nsubj" and _non_violent_word(c):
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "after", "from", "of", "amid") and any(
                g.dep_ == "pobj" and _non_violent_word(g) for g in c.children
            ):
                return True
            if c.dep_ == "advcl" and any(m.lower_ in ("when", "after", "as") for m in c.children) and (
                _lemma(c) in _ACCIDENT_VERBS or any(g.dep_ == "nsubj" and _non_violent_word(g) for g in c.children)
            ):
                return True
        if _lemma(v) in _CRUSH_VERBS and not any(c.dep_ == "agent" for c in v.children):
            return True
    return False


def _victims(tok) -> str | None:
    if tok is None:
        return None
    low = tok.lower_
    lemma = _lemma(tok)
    if low in ATTACKER_NOUNS or lemma in ATTACKER_NOUNS:
        return "attackers"
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and _lemma(child) in ("police", "traffic"):
            if _lemma(child) == "police":
                return "police"
        if child.dep_ == "amod" and _lemma(child) == "civilian":
            return "civilians"
    group = VICTIM_GROUPS.get(low) or VICTIM_GROUPS.get(lemma)
    if group:
        return group
    return None


def _counted_noun(ns: NumberSpan, doc):
    """(counted word, token standing for the figure in the parse)."""
    span = doc[ns.start:ns.end]
    last = span.root  # the token of the number that hangs in the parse ("20" of "20 to 30")
    node = last
    # "dozens of people", "five of them", "hundreds of thousands of Ukrainians".
    for child in list(last.children) + list(doc[ns.end - 1].children):
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.i >= ns.end:
                return (obj if obj.pos_ in ("NOUN", "PROPN") else None), last
    if last.dep_ in ("nummod", "quantmod", "amod", "compound") and last.head.i >= ns.end and last.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        head = last.head
        return head, head
    if last.dep_ in ("nummod",) and last.head.i < ns.start:
        return None, last
    # "14 wanted suspects" parsed with the number as the subject of "wanted": the noun after it is counted
    mod = last.head
    if (
        last.dep_ == "nsubj" and mod.i == ns.end and mod.dep_ in ("amod", "compound")
        and mod.head.pos_ == "NOUN" and mod.head.i == mod.i + 1
    ):
        return mod.head, mod.head
    # The number stands alone: "injured nearly 700", "killing one", "150 were slaughtered".
    return None, node


def _climb(tok):
    """Through conjuncts and appositions to the word that holds the syntactic role."""
    seen = 0
    while tok.dep_ in ("conj", "appos") and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON") and seen < 6:
        tok = tok.head
        seen += 1
    return tok


def _verb_kind(verb, role: str) -> str | None:
    """Kind of figure for a counted word in `role` (dobj/nsubjpass/nsubj) of `verb`."""
    lemma = _lemma(verb)
    low = verb.lower_
    kids = list(verb.children)
    has_obj = any(c.dep_ == "dobj" for c in kids)
    if role in ("dobj", "nsubjpass", "conj_obj"):
        if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in kids):
            if lemma in _SENTENCE_VERBS:
                return None  # "sentenced six men to death": a verdict, not a death
            return "killed"  # "burned / stabbed / beaten / crushed to death"
        if role == "nsubjpass" and lemma in ("list", "report", "declare", "register", "confirm"):
            for c in kids:
                if c.dep_ == "prep" and c.lower_ == "as":
                    word = next((g.lower_ for g in c.children if g.dep_ in ("pobj", "pcomp", "amod")), None)
                    if word in ("missing", "dead"):
                        return PREDICATE_KIND[word]  # "two people were listed as missing"
        if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids):
            return None  # "58 of which were shot down": aircraft, drones
        if any(c.dep_ == "advmod" and c.lower_ == "fatally" for c in kids) and (
            lemma in KILL_VERBS or lemma in INJURE_VERBS or lemma in ("stab", "beat", "hack", "hit", "strike")
        ):
            return "killed"  # "a police officer was fatally stabbed", "fatally shot"
        if lemma in KILL_VERBS:
            if lemma == "shoot":
                # "shot dead" kills; plain "shot" wounds.
                return "killed" if any(c.lower_ == "dead" for c in kids) else "injured"
            if lemma == "gun":
                return "killed" if any(c.dep_ == "prt" and c.lower_ == "down" for c in kids) else None
            return "killed"
        if lemma in ATTACKER_KILL_VERBS:
            return "attackers_killed"
        if lemma in INJURE_VERBS:
            return "injured"
        if lemma in ARREST_VERBS or low.startswith(("rearrest", "re-arrest")) or (lemma == "round" and any(c.lower_ == "up" for c in kids)):
            return "arrested"
        if lemma == "take" and any(
            c.dep_ == "prep" and c.lower_ == "into" and any(_lemma(g) == "custody" for g in c.children) for c in kids
        ):
            return "arrested"
        if lemma in ("pick", "hold", "bring") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(_lemma(g) in ("questioning", "interrogation") for g in c.children)
            for c in kids
        ):
            return "arrested"  # "picked up / held for questioning"
        if role == "nsubjpass" and lemma in ("find", "pronounce", "declare", "confirm") and any(
            c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod") for c in kids
        ):
            return "killed"  # "found dead", "pronounced dead at the scene"
        if role == "dobj" and lemma == "leave":
            for c in kids:
                if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in PREDICATE_KIND:
                    return PREDICATE_KIND[c.lower_]
            # "left 31 inmates dead", with "dead" hung on the object.
            for o in kids:
                if o.dep_ == "dobj":
                    for g in o.children:
                        if g.dep_ in ("oprd", "amod", "acomp") and g.i > o.i and g.lower_ in PARTICIPLE_KIND:
                            return PARTICIPLE_KIND[g.lower_]
            # "leaving two guards hurt", whatever the parser hung the participle right after the object on.
            for o in kids:
                if o.dep_ == "dobj" and o.right_edge.i + 1 < len(o.doc):
                    nxt = o.doc[o.right_edge.i + 1]
                    if nxt.lower_ in PREDICATE_KIND and nxt.tag_ in ("VBN", "JJ") and nxt.lower_ not in ("victims", "victim"):
                        return PREDICATE_KIND[nxt.lower_]
        if role == "nsubjpass" and lemma in ("hospitalise", "hospitalize"):
            return "injured"
        if role == "nsubjpass" and (lemma in _TO_HOSPITAL_VERBS and _to_hospital(verb) or lemma == "treat" and (_for_wounds(verb) or _in_hospital(verb))):
            return "injured"  # "31 people were taken to hospital", "12 were treated for injuries"
        if role == "nsubjpass" and low == "missing":
            return "missing"
        return None
    if role == "nsubj":
        if (
            verb.tag_ == "VBN" and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in kids)
        ):
            return _verb_kind(verb, "nsubjpass")  # "Two were killed and six maimed": the passive gapped
        if lemma in DIE_VERBS:
            return "killed"
        if lemma in _BLOW_UP_VERBS and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in kids):
            return "attackers_killed"  # "two bombers blew themselves up": who does that is the attacker
        if verb.dep_ == "conj" and _lemma(verb.head) == "leave" and not has_obj and low in PARTICIPLE_KIND:
            return PARTICIPLE_KIND[low]  # "left a woman dead and two men wounded", "wounded" read as a verb
        if lemma in _SUFFER_VERBS and any(c.dep_ == "dobj" and _lemma(c) in _WOUND_NOUNS for c in kids):
            return "injured"  # "four people sustained shrapnel wounds"
        if lemma == "lose" and any(c.dep_ == "dobj" and c.lower_ in ("lives", "life") for c in kids):
            return "killed"  # "14 civilians lost their lives"
        if lemma in ("receive", "undergo") and any(c.dep_ == "dobj" and _lemma(c) == "treatment" for c in kids):
            return "injured"  # "14 others were receiving treatment at the hospital"
        if verb.tag_ == "VBN" and not has_obj:
            if lemma in KILL_VERBS and lemma not in ("shoot", "gun"):
                return "killed"
            if lemma in INJURE_VERBS:
                return "injured"
            if lemma in ARREST_VERBS:
                return "arrested"
        if low == "missing" or lemma in ("disappear", "vanish"):
            return "missing"
        if lemma in ("be", "remain", "lie", "go", "are", "were", "was"):
            for c in kids:
                if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in PREDICATE_KIND and c.lower_ not in ("victims", "victim"):
                    return PREDICATE_KIND[c.lower_]
        return None
    return None


# "blew themselves up", "detonated himself": a suicide attacker's own death.
_BLOW_UP_VERBS = frozenset("blow detonate explode".split())
_REFLEXIVES = frozenset("themselves himself herself".split())

# "sentenced / condemned to death": a court's verdict, no one died.
_SENTENCE_VERBS = frozenset("sentence condemn".split())
_RELEASE_VERBS = frozenset("release free exchange swap return hand".split())
_SUFFER_VERBS = frozenset("sustain suffer receive".split())
_WOUND_NOUNS = frozenset("wound injury burn injuries wounds burns".split())
# "were taken / rushed / admitted to hospital": hospitalised, which analysts code as injured.
_TO_HOSPITAL_VERBS = frozenset("take rush admit airlift bring send evacuate transport ferry".split())
_HOSPITAL_NOUNS = frozenset("hospital hospitals clinic clinics".split())


def _to_hospital(verb) -> bool:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "into"):
            for g in c.children:
                if g.dep_ == "pobj" and (g.lower_ in _HOSPITAL_NOUNS or _hospital_word(g)):
                    return True
    return False


def _hospital_word(tok) -> bool:
    """'hospital', or a hospital's name: 'Regional Hospital Kilbeg', 'St Mary's Hospital'."""
    return _lemma(tok) in _HOSPITAL_NOUNS or (
        tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _HOSPITAL_NOUNS for c in tok.children)
    )


def _in_hospital(verb) -> bool:
    """'being treated in hospital', 'hospitals in Quetta, where doctors said 38 were being treated'."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            g.dep_ == "pobj" and _hospital_word(g) for g in c.children
        ):
            return True
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # "treated as witnesses"
    tok = verb
    for _ in range(3):
        if tok.dep_ == "relcl" and (
            _lemma(tok.head) in _HOSPITAL_NOUNS
            # "taken to hospitals in Quetta, where ...": the parser hangs the clause on the town
            or any(c.lower_ == "where" for c in tok.children)
            and any(_lemma(t) in _HOSPITAL_NOUNS for t in tok.doc[sent_of(tok).start:tok.head.i])
        ):
            return True  # the clause describes the hospital
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _for_wounds(verb) -> bool:
    """'treated for injuries', 'treated for cuts and burns' (any of the coordinated ailments)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and (any(
            g.dep_ == "pobj" and any(_lemma(w) in _WOUND_NOUNS for w in [g, *g.conjuncts]) for g in c.children
        ) or any(
            # "treated for shrapnel and burn wounds" (the parser reads "burn" as a verb)
            w.pos_ == "NOUN" and _lemma(w) in _WOUND_NOUNS for w in _up_to_punct(c.doc, c.i + 1, c.i + 6)
        ))
        for c in verb.children
    )


def _up_to_punct(doc, i: int, j: int):
    """doc[i:j] cut at the first punctuation mark."""
    out = []
    for t in doc[i:min(j, len(doc))]:
        if t.is_punct:
            break
        out.append(t)
    return out


# "the deaths of two protesters", "the murder of nine people", "the arrest of 12 suspects".
_NOMINAL_KIND = {
    "death": "killed", "killing": "killed", "murder": "killed", "massacre": "killed", "slaughter": "killed",
    "execution": "killed", "assassination": "killed", "martyrdom": "killed", "wounding": "injured", "arrest": "arrested",
    "detention": "arrested",
}
# "counted 20 bodies", "12 bodies were recovered": bodies found are the dead.
_BODY_VERBS = frozenset("count recover find retrieve pull discover bury collect exhume identify see".split())
# "picked up 12 bodies", "gathered up the bodies": with "up" (a picked-up suspect is an arrest).
_BODY_PHRASAL = frozenset("pick gather".split())


def _orphan_verb(noun):
    """The verb a conjunct or range noun is really the subject of, when the parser hung the noun
    elsewhere: "killed four attackers, and 106 people were rescued", "between 15 and 20 people had
    been wounded". The noun's phrase is followed straight away by the auxiliaries of a verb with no
    subject of its own. Returns (verb, role) or None."""
    i = noun.right_edge.i + 1
    doc = noun.doc
    while i < len(doc) and doc[i].is_punct and doc[i].text == ",":
        i += 1
    return _orphan_verb_at(doc, i)


def _among_kind(verb) -> str | None:
    """'Among those killed were ...', 'Among the dead are ...': kind named by the among-phrase."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            return _object_kind(c, whole_subtree=True)
    return None


def _object_kind(prep, whole_subtree: bool = False) -> str | None:
    """Kind the object of a preposition names: "of the dead", "among those killed" (a participle
    anywhere under it), "of people wounded" (a participle modifying it)."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lower_ in PREDICATE_KIND:
            return PREDICATE_KIND[obj.lower_]
        if whole_subtree:
            words = [g for g in obj.subtree if g.i != obj.i and g.pos_ in ("VERB", "ADJ", "NOUN")]
        else:
            words = [g for g in obj.children if g.dep_ in ("acl", "amod")]
        for g in words:
            if g.lower_ in PARTICIPLE_KIND:
                return PARTICIPLE_KIND[g.lower_]
    return None


def _lives_kind(tok) -> bool:
    """'claimed N lives', 'took the lives of N people', 'cost N lives'."""
    if _lemma(tok) in ("life", "lives", "soul") and tok.dep_ == "dobj" and _lemma(tok.head) in ("claim", "take", "cost", "end"):
        return True
    # "More than fifty innocent souls were taken from us", "40 lives were lost"
    if _lemma(tok) in ("life", "lives", "soul") and tok.dep_ == "nsubjpass" and _lemma(tok.head) in ("claim", "take", "lose"):
        return True
    return False


_TALLY_NOUNS = frozenset("number tally count".split())


def _tally_kind(noun) -> str | None:
    """Kind a running count names: 'the death toll', 'the number of dead', 'the number of people
    injured', 'the tally of arrests'. Casualties (dead and hurt together) name none."""
    lemma = _lemma(noun)
    if lemma == "toll":
        if any(c.dep_ == "compound" and _lemma(c) == "casualty" for c in noun.children):
            return None  # "the casualty toll", like "the number of casualties"
        return "injured" if any(_lemma(c) in ("injury", "injured") for c in noun.children) else "killed"
    if lemma not in _TALLY_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "compound" and _lemma(c) == "death" for c in noun.children):
        return "killed"  # "the death count"
    for c in noun.children:
        if c.dep_ == "acl" and c.lower_ in PARTICIPLE_KIND:
            return PARTICIPLE_KIND[c.lower_]  # "the number of people wounded" (participle on "number")
        if c.dep_ == "prep" and c.lower_ == "of":
            kind = _object_kind(c)
            if kind:
                return kind
    return None


def _tally_of_participle(part):
    """The count noun of 'the number of people <part>', when `part` is that participle, else None."""
    if part.dep_ != "acl" or part.lower_ not in PARTICIPLE_KIND:
        return None
    noun = part.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in _TALLY_NOUNS:
        return noun.head.head
    return None


def _kind_of(counted, node, doc) -> tuple[str | None, bool, object]:
    """(kind, is_among_breakdown, governing word) for the token `node` standing for the figure."""
    # The counted word itself may say it ("21 dead", "12 fatalities", "143 lives").
    word = counted if counted is not None else node
    low = word.lower_
    role = node  # the token that holds the syntactic role: the noun, or the number in "dozens of X"
    if counted is not None and _lives_kind(counted):
        return "killed", False, counted.head
    if low in ("dead", "fatalities", "deaths", "killed", "injured", "wounded", "maimed", "arrests", "detainees") and word.pos_ in ("ADJ", "NOUN", "VERB"):
        return PREDICATE_KIND[low], False, word
    if counted is None and node.i + 1 < len(doc) and node.dep_ in ("dobj", "nsubj", "nsubjpass"):
        nxt = doc[node.i + 1]
        if nxt.lower_ in ("dead", "injured", "wounded") and nxt.head.i == node.head.i and nxt.dep_ in ("advmod", "acomp", "oprd", "xcomp"):
            return PREDICATE_KIND[nxt.lower_], False, nxt  # "reporting eleven dead", the adjective hung on the verb
    if counted is None and node.i + 1 < len(doc) and doc[node.i + 1].lower_ in ("dead", "injured", "wounded") and (
        node.i + 2 >= len(doc) or doc[node.i + 2].pos_ not in ("NOUN", "PROPN")
    ):
        # "..., and about twenty wounded have been brought to ...": the participle stands for the people,
        # whatever the parser hung the number on (not "two wounded soldiers", counted by the noun)
        nxt = doc[node.i + 1]
        return PREDICATE_KIND[nxt.lower_], False, nxt
    # Participle on the counted noun: "the four men arrested", "the N captured terrorists", "N people killed",
    # or on the number itself ("... and a dozen injured").
    for holder in ([counted] if counted is not None else []) + ([node] if node is not counted else []):
        for c in holder.children:
            if c.dep_ in ("acl", "amod", "relcl") and c.lower_ in PARTICIPLE_KIND and c.tag_ in ("VBN", "JJ"):
                if c.dep_ == "relcl":
                    continue
                if PARTICIPLE_KIND[c.lower_] == "injured" and holder.dep_ == "nsubj" and _lemma(holder.head) in DIE_VERBS:
                    continue  # "two policemen wounded in the attack died": they died, the wound is how
                return PARTICIPLE_KIND[c.lower_], False, c
    if role.dep_ == "conj" or (role.dep_ == "pobj" and role.head.lower_ == "between"):
        orphan = _orphan_verb(role)
        if orphan is not None:
            return _verb_kind(orphan[0], orphan[1]), False, orphan[0]
    tok = _climb(role)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        _a_total_of(tok.head.head) or (_lemma(tok.head.head) in _GROUP_NOUNS and tok.head.head.tag_ == "NN")
    ):
        # "A total of 24 people were injured", "arrested a cell of four people", "killed a family of five":
        # the total or the group holds the role
        tok = tok.head.head
    companion = _along_with_anchor(tok)
    if companion is not None:
        # "He was martyred, along with two brave sons of the police", "killed the judge along with three
        # guards": the companions stand in the role of the one they are named with
        if companion.pos_ in ("VERB", "AUX"):
            role = next((c.dep_ for c in companion.children if c.dep_ == "dobj"), None) or next(
                (c.dep_ for c in companion.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            kind = _verb_kind(companion, role) if role else None
            if kind:
                return kind, False, companion
            return None, False, None
        tok = _climb(companion)
    dep = tok.dep_
    head = tok.head
    if counted is not None and _lemma(counted) == "body" and dep in ("dobj", "nsubjpass") and (
        _lemma(head) in _BODY_VERBS or _lemma(head) in _BODY_PHRASAL and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    ):
        return "killed", False, head  # "recovered 14 bodies", "picked up 12 bodies" (bodies, never suspects)
    # "the deaths of two protesters", "the murder of nine people".
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and _lemma(head.head) in _NOMINAL_KIND:
        return _NOMINAL_KIND[_lemma(head.head)], False, head.head
    # "the bodies of N miners were found".
    if dep == "pobj" and head.lower_ == "of" and _lemma(head.head) == "body" and head.head.i < tok.i:
        return "killed", False, head.head.head
    # "the lives of N people".
    if dep == "pobj" and head.lower_ == "of" and _lives_kind(head.head):
        return "killed", False, head.head.head
    # "the death toll rose to N", "a toll of N", "put the number of dead at N", "raising the toll to N".
    if dep == "pobj" and head.lower_ in ("to", "at", "of", "from"):
        gov = head.head
        if gov.dep_ in ("prt", "advmod") and gov.lower_ in ("down", "up") and gov.head.pos_ == "VERB":
            gov = gov.head  # "revised the toll down to N"
        kind = _tally_kind(gov)
        if kind:
            return kind, False, gov
        if gov.pos_ in ("VERB", "AUX"):
            for c in gov.children:
                if c.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    kind = _tally_kind(c)
                    if kind:
                        return kind, False, gov
                if c.dep_ == "advmod" and c.lower_ in ("higher", "lower") and head.lower_ == "at":
                    # "put the death toll higher, at 41" (the toll read as a modifier of "higher")
                    kind = next((_tally_kind(g) for g in c.children if _tally_kind(g)), None)
                    if kind:
                        return kind, False, gov
        # "put the number of people injured at 40": the parser hangs "at 40" on the participle.
        count = _tally_of_participle(gov)
        if count is not None:
            return PARTICIPLE_KIND[gov.lower_], False, count.head
        # "raising the number of people killed in the attack to 19": "to 19" hung inside the object.
        if head.lower_ == "to":
            for a in list(head.ancestors)[:6]:
                if a.dep_ == "dobj" and _lemma(a.head) in _RAISE_VERBS:
                    kind = _tally_kind(a)
                    if kind:
                        return kind, False, a.head
                    break
    # "the toll reached N", "the number of dead passed N", "the real toll is 30".
    if (dep == "dobj" and _lemma(head) in ("reach", "hit", "pass", "exceed", "top", "surpass")) or (
        dep == "attr" and _lemma(head) == "be"
    ):
        for c in head.children:
            if c.dep_ == "nsubj":
                kind = _tally_kind(c)
                if kind:
                    return kind, False, head
    if dep in ("dobj", "nsubjpass", "nsubj"):
        kind = _verb_kind(head, dep)
        if kind:
            return kind, False, head
    if dep in ("nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
        # "the suspect was overpowered by passers-by and arrested": a conjoined verb with no subject of
        # its own shares this one
        for v in head.children:
            if v.dep_ != "conj" or v.pos_ != "VERB" or v.i < head.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children
            ):
                continue
            # "was overpowered and arrested": the passive carries over (the parser may tag "arrested" VBD)
            passive = any(c.dep_ == "auxpass" for c in v.children) or (
                dep == "nsubjpass" and v.tag_ in ("VBN", "VBD")
                and not any(c.dep_ in ("dobj", "aux") for c in v.children)
            )
            kind = _verb_kind(v, "nsubjpass" if passive else "nsubj")
            if kind:
                return kind, False, v
    if dep == "conj" and head.pos_ == "VERB":
        kind = _verb_kind(head, "conj_obj")
        if kind:
            return kind, False, head
    if dep == "dobj" and _lemma(head) == "include":
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in PREDICATE_KIND:
            return PREDICATE_KIND[subj.lower_], True, head
    if dep in ("nsubj", "attr") and _lemma(head) == "be":
        kind = _among_kind(head)
        if kind:
            return kind, True, head
    if counted is not None:
        rel = _relative_clause_kind(counted)
        if rel is not None:
            return rel[0], False, rel[1]  # "the father of four who lost his life in the blaze"
        after = _verb_after_parenthetical(counted)
        if after is not None:
            return _verb_kind(after[0], after[1]), False, after[0]
    return None, False, None


def _verb_after_parenthetical(noun):
    """The verb a noun is the subject of across a parenthetical set off by commas, when the parser hung
    the noun elsewhere: "police said the bomber, estimated to be 17 years old, was killed in the blast"
    (the participle clause read as the main clause). Returns (verb, role) or None."""
    doc = noun.doc
    i = noun.i + 1
    for c in noun.children:
        if c.i > noun.i and c.dep_ in ("relcl", "prep", "acl"):
            i = max(i, c.right_edge.i + 1)  # "the attacker who led the assault, ..."
    if i >= len(doc) or doc[i].text != ",":
        return None
    opener = doc[i + 1] if i + 1 < len(doc) else None
    if opener is None or not (opener.tag_ in ("VBN", "VBG") or opener.lower_ in ("aged", "thought", "believed")):
        return None
    close = next((j for j in range(i + 2, min(i + 16, len(doc))) if doc[j].text == ","), None)
    if close is None or any(doc[j].text in (".", ";", "\n") for j in range(i + 2, close)):
        return None
    return _orphan_verb_at(doc, close + 1)


def _orphan_verb_at(doc, i: int):
    """(verb, role) when doc[i] starts the auxiliaries of a verb with no subject of its own."""
    if i >= len(doc) or doc[i].dep_ not in ("aux", "auxpass"):
        return None
    verb = doc[i].head
    if verb.i <= i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    if any(doc[j].dep_ not in ("aux", "auxpass", "neg", "advmod") for j in range(i, verb.i)):
        return None
    return verb, ("nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj")


_RELATIVE_PRONOUNS = frozenset("who that".split())


def _along_with_anchor(tok):
    """The verb or noun that "along with N X" / "together with N X" hangs on, when `tok` is X; else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    lead = tok.head.head
    if lead.lower_ not in ("along", "together") or lead.i != tok.head.i - 1:
        return None
    anchor = lead.head
    return anchor if anchor.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON") and anchor is not lead else None


def _with_companions(doc):
    """The pronoun or named person a casualty verb has as subject when the verb also names companions
    ("He was martyred, along with two brave sons of the police", "Judge X, who was gunned down along
    with two policemen"): one person, besides the companions' count."""
    for tok in doc:
        if tok.dep_ not in ("nsubjpass", "nsubj") or not (
            tok.lower_ in ("he", "she", "who") or tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN"
        ):
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for lead in verb.children:
            if lead.dep_ not in ("prep", "prt", "advmod") or lead.lower_ not in ("along", "together"):
                continue
            if any(
                w.lower_ == "with" and any(
                    o.dep_ == "pobj" and (o.pos_ == "NUM" or any(n.dep_ == "nummod" for n in o.children)) for o in w.children
                )  # "along with two policemen", "along with two of his escorts"
                for w in lead.children
            ):
                yield tok
                break


def _who_clause(noun) -> bool:
    """'the night porter who lost his life': "who" says the noun is a person, listed or not."""
    return any(
        c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)
        for c in noun.children
    )


def _relative_clause_kind(noun):
    """(kind, verb) of a relative clause on the counted noun whose subject is the relative pronoun:
    "three people who were injured", "the woman who lost her life in the blaze"."""
    for c in noun.children:
        if c.dep_ != "relcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _RELATIVE_PRONOUNS), None)
        if subj is None or _hypothetical_or_negated(c):
            continue
        kind = _verb_kind(c, subj.dep_)
        if kind:
            return kind, c
    return None


_DATE_WORDS = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds decade decades
    century centuries ago am pm a.m. p.m. o'clock morning evening night afternoon noon midnight today
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec spring summer autumn fall winter season quarter""".split()
)


def _ent_start(tok) -> int:
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _ent_end(tok) -> int:
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return i


def _is_year_or_unit(ns: NumberSpan, doc) -> bool:
    toks = doc[ns.start:ns.end]
    for t in toks:
        if t.ent_type_ in ("MONEY", "PERCENT", "ORDINAL"):
            return True
        if t.ent_type_ == "QUANTITY":
            # "and eight maimed" tagged QUANTITY: a casualty word is no unit
            words = [w for w in doc[_ent_start(t):_ent_end(t)] if not w.like_num]
            if not words or any(w.lower_ not in PARTICIPLE_KIND for w in words):
                return True
    # The NER tags some counts DATE/TIME ("between 20 and 30"): trust it only with a date or time word.
    for t in toks:
        if t.ent_type_ in ("DATE", "TIME"):
            words = {w.lower_ for w in doc[_ent_start(t):_ent_end(t)]}
            if words & _DATE_WORDS or any(w.isdigit() and len(w) == 4 for w in words):
                return True
    nxt = doc[ns.end] if ns.end < len(doc) else None
    prev = doc[ns.qstart - 1] if ns.qstart > 0 else None
    if nxt is not None:
        if nxt.text == "%" or (nxt.text == "-" and not nxt.whitespace_ and ns.end < len(doc) - 1
                               and doc[ns.end + 1].lower_ in ("year", "years", "month", "day", "week", "hour", "minute")):
            return True  # "23-year-old", "50%"
        if prev is not None and prev.lower_ in ("aged", "age", "ages"):
            return True
        # "The student, 19, died": a bare number set off by commas after a noun is an age.
        if (
            prev is not None and prev.text == "," and nxt.text in (",", ")") and ns.qualifier is None
            and ns.qstart >= 2 and doc[ns.qstart - 2].pos_ in ("NOUN", "PROPN") and ns.value < 120
            and toks[0].dep_ == "appos"
        ):
            return True
        if nxt.lower_ in NOT_PEOPLE or _lemma(nxt) in NOT_PEOPLE:
            return True
    if prev is not None and prev.text in ("$", "€", "£", "¥", "₽", "#", "No.", "no.", "page", "article"):
        return True
    if len(toks) == 1 and toks[0].text.isdigit() and len(toks[0].text) == 4 and 1800 <= int(toks[0].text) <= 2100:
        return True
    return False


def _cited_source(sent, gov) -> str | None:
    """Who the sentence attributes its figures to: 'according to X', else 'X said'."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is None or _lemma(obj) in _NOT_SOURCES:
                continue
            span = tok.doc[obj.left_edge.i: obj.right_edge.i + 1]
            return span.text.strip(" ,")
    # Subject of a reporting verb governing the figure's clause, or the sentence root.
    candidates = []
    if gov is not None:
        candidates.extend(a for a in [gov] + list(gov.ancestors) if a.pos_ in ("VERB", "AUX"))
    candidates.append(sent.root)
    for verb in candidates:
        if _lemma(verb) in REPORT_VERBS and verb.i != (gov.i if gov is not None else -1):
            subj = next(
                (
                    c for c in verb.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                    and c.lower_ not in _BAD_SOURCE and c.right_edge.i - c.left_edge.i < 10
                    and not (gov is not None and c.left_edge.i <= gov.i <= c.right_edge.i)
                ),
                None,
            )
            if subj is None:
                continue
            if _lemma(subj) in ("report", "reports") and verb.dep_ == "ROOT":
                continue
            span = subj.doc[subj.left_edge.i: subj.right_edge.i + 1]
            return span.text.strip(" ,")
    return None


def _aggregate(gov, counted, sent, value: int, victims: str | None, has_trigger: bool, vague: bool = False) -> bool:
    """True for war-wide totals, troop losses, running counts: not one incident's figures."""
    if value >= 100_000:
        return True
    if gov is not None:
        verbs = [gov]
        for a in list(gov.ancestors)[:2]:
            if any(c.dep_ == "advmod" and c.lower_ == "when" for c in verbs[-1].children):
                break  # "has not updated its toll since Sunday, when it said 12 soldiers had died": the
                # when-clause is the moment of the count, the "since" is the outer clause's
            if a.pos_ == "VERB":
                verbs.append(a)
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("prep", "mark") and c.lower_ == "since":
                    return True
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) and any(
                    a.dep_ == "aux" and a.lower_ in ("have", "has") for a in v.children
                ):
                    return True  # "have been killed since the campaign began": a running count
                if c.dep_ in ("npadvmod", "advmod", "prep", "agent") and _this_period(c) and any(
                    a.dep_ == "aux" and a.lower_ in ("have", "has") for a in v.children
                ):
                    return True  # "this year alone, 120 ... have been killed": a running count
                if c.dep_ == "advmod" and c.lower_ == "far" and any(g.lower_ == "so" for g in c.children) and not (
                    _manhunt_so_far(v, sent, value)
                ):
                    return True  # "so far" (not "police have so far arrested five suspects")
                if c.dep_ in ("advmod", "npadvmod", "acomp") and c.lower_ in _NATIONWIDE:
                    return True  # "685 police killed nationwide": a country's tally, not one incident's
                if c.dep_ == "prep" and c.lower_ in ("in", "during", "throughout", "over", "across"):
                    for g in c.children:
                        if g.dep_ == "pobj" and (_lemma(g) in AGGREGATE or g.lower_ in AGGREGATE or _long_stretch(g)):
                            return True
                        if (
                            g.dep_ == "pobj" and g.tag_ == "NNS" and any(m.lower_ in _SERIES_MODIFIERS for m in g.children)
                            and not _on_one_day(g)
                        ):
                            return True  # "killed in similar attacks in May" (not "in earlier protests on Thursday")
                        if g.dep_ == "pobj" and _spread_over_places(g):
                            return True  # "arrested 147 suspects in 30 cities"
                if c.dep_ in ("nsubj", "nsubjpass") and not (v is not gov and _lemma(v) in REPORT_VERBS):
                    # (who reports a count is its source: "the regime claimed 14 civilian dead" is one toll,
                    # "the regime has killed thousands" a running count)
                    subj = c
                    if subj.lower_ in ("that", "which") and v.dep_ == "relcl":
                        subj = v.head
                    if (_lemma(subj) in AGGREGATE or subj.lower_ in AGGREGATE or _long_stretch(subj)) and not _a_total_of(subj):
                        return True
                    if any(_several_events(t) for t in [subj] + [a for a in subj.children if a.dep_ == "appos"]):
                        return True  # "Two bombings in Baghdad on Friday killed at least 17": a tally of two attacks
                if c.dep_ == "advmod" and c.lower_ == "together":
                    return True  # "two bombings ..., which together killed at least 31"
            if v.dep_ == "relcl" and (_lemma(v.head) in AGGREGATE or v.head.lower_ in AGGREGATE):
                return True
            if v.dep_ in ("acl", "relcl") and any(
                _several_events(t) for t in [v.head] + [a for a in v.head.children if a.dep_ == "appos"]
            ):
                return True  # "BAGHDAD - Two bombings ... killed 17", parsed as a participle on the dateline
            if _period_of_many_events(v):
                return True
            if _between_years(v):
                return True  # "killed in rural violence between 2018 and 2023 / between January and September"
            if v is gov and _whole_period_without_event(v):
                return True  # "More than 2,500 people were murdered in the state last year"
        if _across_wide_area(gov):
            return True  # "detained 14 suspects in overnight operations across the territory": a sweep
    if value >= 1000 and gov is not None and vague and any(a.dep_ == "aux" and a.lower_ in ("have", "has") for a in gov.children):
        return True  # "the group has killed thousands of civilians": a running count, no one attack's toll
    if value >= 1000:
        if not has_trigger or victims == "soldiers":
            return True
        if any(t.lower_ in _AGGREGATE_SENTENCE_CUES or _lemma(t) in _AGGREGATE_SENTENCE_CUES for t in sent):
            return True
    return False


# "a cell of four people", "a family of five": a group counted by its members.
_GROUP_NOUNS = frozenset("cell group gang band family team squad crew".split())
_WIDE_AREAS = frozenset("territory country nation region province state enclave".split())


_STRETCHES = frozenset("days weeks months years".split())


def _long_stretch(noun) -> bool:
    """'during weeks of protests', 'months of fighting', 'days of clashes', 'weeks-long protests': the
    events of many days, a tally rather than one incident's figure."""
    if noun.lower_ in _STRETCHES and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        if noun.lower_ == "days" and any(
            c.dep_ == "nummod" and getattr(parse_number(c.text), "value", 99) <= 3 for c in noun.children
        ):
            return False  # "in two days of fighting": one clash that lasted a couple of days, not a season
        return True  # not "arrested in the weeks after the attack"
    return any(
        c.dep_ == "amod" and c.lower_ == "long" and any(g.lower_ in _STRETCHES for g in c.children)
        for c in noun.children
    )


def _across_wide_area(gov) -> bool:
    """'across the territory', 'across the country' in the figure's own clause (no clause boundary
    between): a count spread over an area, not one incident's."""
    for t in gov.subtree:
        if t.lower_ != "across" or t.dep_ != "prep":
            continue
        if not any(g.dep_ == "pobj" and (_lemma(g) in _WIDE_AREAS or _lemma(g) in _SPREAD_PLACES and g.tag_ == "NNS") for g in t.children):
            continue
        tok, ok = t, True
        while tok.i != gov.i:
            if tok.dep_ in ("advcl", "relcl", "conj", "parataxis", "acl") or tok.head.i == tok.i:
                ok = False
                break
            tok = tok.head
        if ok:
            return True
    return False


def _whole_period_without_event(verb) -> bool:
    """A passive or 'died' count over a whole year or month ('last year', 'this month') that names no
    attack, attacker or event it happened in: a statistic."""
    if not any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children):
        return False
    if not (any(c.dep_ == "auxpass" for c in verb.children) or _lemma(verb) in DIE_VERBS):
        return False
    def whole(t) -> bool:
        return t.lower_ in ("year", "month") and any(g.lower_ in ("last", "past", "this") for g in t.children)

    period = any(
        (c.dep_ == "npadvmod" and whole(c)) or (c.dep_ == "prep" and any(g.dep_ == "pobj" and whole(g) for g in c.children))
        for c in verb.children
    )
    if not period:
        return False
    for c in verb.children:
        if c.dep_ == "agent":
            return False
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and (_lemma(g) in _EVENT_NOUNS or _lemma(g) in _NOMINAL_KIND or g.lower_ in ATTACKER_NOUNS):
                    return False
    return True


def _between_years(verb) -> bool:
    """'between 2018 and 2023', 'between January and September', 'from March to June': a span of
    years or months (a tally over that span, not one incident's toll)."""
    def marks(tokens) -> int:
        return sum(
            1 for g in tokens
            if (g.like_num and len(g.text) == 4 and g.text.isdigit() and 1800 < int(g.text) < 2100)
            or (g.lower_ in _MONTH_NAMES and g.pos_ == "PROPN")
        )

    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "between" and marks(c.subtree) >= 2:
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and marks(c.subtree) >= 1:
            ends = [s for s in verb.children if s.dep_ == "prep" and s.lower_ in ("to", "through", "until", "till")]
            if any(marks(s.subtree) for s in ends) or (marks(c.subtree) >= 2 and any(t.lower_ in ("to", "through") for t in c.subtree)):
                return True
    return False


_MONTH_NAMES = frozenset(
    "january february march april june july august september october november december".split()
)  # "may" left out: the modal is far more common


def _a_total_of(noun) -> bool:
    """'a total of 24 people': one count, not an aggregate over a period."""
    return noun.lower_ == "total" and any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


_EVENT_NOUNS = frozenset(
    """attack bombing blast explosion strike airstrike raid shooting ambush assault encounter gunfight firefight
    shootout clash""".split()
)  # ("an encounter": South Asian press for a gunfight with the security forces)
# Several attacks treated as one: "twin bombings", "coordinated attacks", "simultaneous raids".
# ("Twin bombings" at two sites hours apart are two incidents: "twin" alone does not make one.)
_ONE_ATTACK = frozenset("coordinated simultaneous synchronised synchronized concerted".split())


def _several_events(noun) -> bool:
    """'Two bombings', 'both attacks', 'three separate strikes' as the subject of a casualty verb: a
    tally over several attacks, each of which is an incident with its own figures."""
    if _lemma(noun) not in _EVENT_NOUNS or noun.tag_ != "NNS":
        return False
    mods = list(noun.children)
    if any(m.lower_ in _ONE_ATTACK for m in mods):
        return False
    for m in mods:
        if m.dep_ == "nummod" and not _year_like(m):
            value = parse_number(m.text)
            if value is not None and value.value >= 2:
                return True  # not "the 2016 bombings"
        if m.dep_ in ("det", "predet") and m.lower_ == "both":
            return True
        if m.dep_ in ("compound", "amod") and m.lower_ == "twin":
            return True
    return False


def _manhunt_so_far(verb, sent, value: int) -> bool:
    """'police have so far rearrested 19 of the escapees': arrests counted so far are a manhunt's running
    count after one incident, unless the sentence names a period ('so far this year', 'in 2024')."""
    if _lemma(verb) not in ARREST_VERBS and not verb.lower_.startswith(("rearrest", "re-arrest")) or value >= 1000:
        return False
    return not any(t.lower_ in _PERIODS or _lemma(t) in _PERIODS or _year_like(t) for t in sent)


def _year_like(tok) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


_PERIODS = frozenset("year month week half quarter".split())


def _period_of_many_events(verb) -> bool:
    """'Last year, 700 people were killed in militant attacks', '3,600 were killed in gang violence in
    the first half of the year': many events over a whole period, not one incident."""
    period = any(
        c.dep_ in ("npadvmod", "prep") and any(
            t.lower_ in _PERIODS and any(g.lower_ in ("last", "past", "this", "first", "second") for g in t.children)
            for t in c.subtree
        )
        for c in verb.children
    )
    if not period:
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for g in c.children:
                if g.dep_ == "pobj" and (g.tag_ == "NNS" or g.lower_ == "violence"):
                    return True
    return False


def _this_period(tok) -> bool:
    """'this year', 'this month' at or under `tok` (as 'by drone attacks this year alone'), not
    'earlier this year' (a point in time)."""
    for t in tok.subtree:
        if t.lower_ in ("year", "month") and any(g.lower_ == "this" for g in t.children):
            if not any(g.lower_ in ("earlier", "later", "early", "late") for g in t.subtree):
                return True
    return False


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _on_one_day(noun) -> bool:
    """'demonstrations on Thursday', 'attacks on 3 May': the events of one named day."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ == "DATE" and (
                    g.lower_ in _WEEKDAYS or any(t.like_num for t in g.subtree)
                ):
                    return True
    return False


def _spread_over_places(noun) -> bool:
    """'30 cities', 'several provinces': a plural place noun counted as three or more, or as many."""
    if noun.tag_ != "NNS" or _lemma(noun) not in _SPREAD_PLACES:
        return False
    for m in noun.children:
        if m.lower_ in _MANY:
            return True
        if m.dep_ == "nummod":
            value = parse_number(m.text)
            if value is not None and value.value >= 3:
                return True
    return False


_POSSESSIVES = frozenset("his her their its our my your".split())
_MODALS = frozenset("could might may would should will can must".split())


def _hypothetical_or_negated(verb) -> bool:
    """'could kill thousands', 'did not kill 5': no count of what happened ('may have died' stays)."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids):
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids)
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in kids)
    return modal and not perfect


def _part_changing_kind(node, kind: str, same_sentence: list[dict]) -> bool:
    """'two of the injured died', '28 wounded people, and two of them died': some of the people an
    earlier figure counted changed state. Dropped by the caller when an earlier figure of the new
    kind (the toll that counts them) exists; alone ('Three of the injured later died') it is the toll."""
    for obj in _of_objects(node):
        word = obj.lower_
        if word in PREDICATE_KIND and word not in ("victims", "victim"):
            return PREDICATE_KIND[word] != kind
        if word in ("them", "those", "whom"):
            return any(f["kind"] != kind and f["node"].i < node.i for f in same_sentence)
    return False


def _of_objects(node):
    """The objects of a partitive 'of' on a count: 'the injured' in 'two of the injured'."""
    for c in node.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            yield from (obj for obj in c.children if obj.dep_ == "pobj")


def _them_antecedent(doc, start_tok: int, end_tok: int, sent):
    """The people 'N of them' counts: the nearest plural person noun before it in the sentence."""
    if end_tok + 1 >= len(doc) or doc[end_tok].lower_ != "of" or doc[end_tok + 1].lower_ != "them":
        return None
    for tok in reversed(doc[sent.start:start_tok]):
        if tok.tag_ in ("NNS", "NNPS") and _victims(tok) is not None:
            return tok
    return None


def _clause_verb(tok):
    """The verb of the clause `tok` stands in."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


def _subordinate_to(tok, gov) -> bool:
    """`tok` hangs under `gov` through no coordination."""
    if tok is None or gov is None or tok.i == gov.i:
        return False
    for _ in range(8):
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == gov.i:
            return True
    return False


def _of_whom_count(f) -> bool:
    """'15 of them', '20 of whom': a part of another count."""
    node = f["node"]
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("whom", "them", "those") for g in c.children)
        for c in node.children
    )


def _of_whom(verb) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("whom", "them") for g in c.children)
        for c in verb.children
    )


def _of_them_group(doc, end_tok: int):
    """The victim noun of "N of them children" / "N of whom police officers" right after a number."""
    if end_tok + 2 >= len(doc) or doc[end_tok].lower_ != "of" or doc[end_tok + 1].lower_ not in ("them", "whom"):
        return None
    for tok in doc[end_tok + 2: min(end_tok + 5, len(doc))]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADV", "CCONJ"):
            return None
        if tok.pos_ == "NOUN" and _victims(tok) is not None and _victims(tok) != "attackers":
            return tok
    return None


# "of the dead", "of those killed", "of the victims": which toll a partitive count takes its part of.
def _fronted_of_objects(node):
    """'Of the victims, 17 were men, six were women and three were children': the 'of' put first, on the
    copula of the first count of the list, serves every count of it."""
    if node.dep_ != "nsubj" or _lemma(node.head) != "be":
        return
    chain, v = [node.head], node.head
    while v.dep_ in ("ccomp", "conj") and _lemma(v.head) == "be" and len(chain) < 6:
        v = v.head
        chain.append(v)
    stack = list(chain)
    while stack:  # the copulas of the list under this one (the parser may hang the first on the last)
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ in ("ccomp", "conj") and _lemma(c) == "be" and c not in chain and len(chain) < 8:
                chain.append(c)
                stack.append(c)
    for cop in chain:
        for c in cop.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i < node.i and c.i < cop.i:
                yield from (obj for obj in c.children if obj.dep_ == "pobj")


def _partitive_kind(node) -> str | None:
    for obj in [*_of_objects(node), *_fronted_of_objects(node)]:
        if obj.lower_ in PREDICATE_KIND and PREDICATE_KIND[obj.lower_] in ("killed", "injured"):
            return PREDICATE_KIND[obj.lower_]
        if obj.pos_ == "NUM" or obj.like_num:  # "Of the nine dead, three were police": the toll restated
            for g in obj.children:
                if g.dep_ in ("amod", "acl", "appos") and PREDICATE_KIND.get(g.lower_) in ("killed", "injured"):
                    return PREDICATE_KIND[g.lower_]
        if obj.lower_ in ("those", "people"):  # "two of those killed", "one of the people injured"
            for g in obj.children:
                if g.dep_ in ("acl", "amod") and PARTICIPLE_KIND.get(g.lower_) in ("killed", "injured"):
                    return PARTICIPLE_KIND[g.lower_]
    return None


def _partitive_group(node):
    """'Four of the wounded were children', 'One of the dead was a policeman': (kind, group noun) of a
    part of a toll the predicate names as a victim group; None for 'were in a critical condition'
    or 'later died' (how badly hurt, or a change of state, is no breakdown)."""
    kind = _partitive_kind(node)
    if kind is None or node.dep_ != "nsubj" or _lemma(node.head) != "be":
        return None
    group = _people_named_by_copula(node.head)
    return (kind, group) if group is not None else None


def _people_named_by_copula(cop):
    """The victim group or people noun a copula names: "were children", "was a policeman"; when the
    parser found no attribute ("seven of the dead were traders from the town and ..." read as a
    subject of the next clause), the noun right after the copula."""
    attrs = [c for c in cop.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    if not attrs:
        doc = cop.doc
        nxt = next((t for t in doc[cop.i + 1: min(cop.i + 4, len(doc))] if t.pos_ not in ("DET", "ADJ")), None)
        attrs = [nxt] if nxt is not None and nxt.pos_ == "NOUN" else []
    for c in attrs:
        group = _victims(c)
        if group is not None and group != "attackers":
            return c
        if group is None and _person_noun(c):
            return c  # "Of the victims, 17 were men": people, though of no victim group
    return None


def _listed_part(doc, start_tok: int, end_tok: int):
    """The people noun of "..., and five were farmers" (a count right after "and" or a comma, then
    "were/was" and a people noun), the next item of a list of parts."""
    if start_tok == 0 or doc[start_tok - 1].lower_ not in ("and", ",") or end_tok >= len(doc):
        return None
    cop = doc[end_tok]
    if cop.lower_ not in ("were", "was"):
        return None
    return _people_named_by_copula(cop)


def _the_other_candidates(doc, sents, tok_sent):
    """(the, value, end token, node, copula) for a sentence opening "The other N were ..." / "The other
    was ..." / "The remaining N were ...": the rest of a total whose part the text has just given."""
    for tok in doc:
        if tok.lower_ not in ("other", "remaining") or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        the = doc[tok.i - 1]
        start = sents[tok_sent[the.i]].start
        if any(not (t.is_space or t.is_quote) for t in doc[start:the.i]):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None:
            continue
        if nxt.lower_ == "was" and tok.lower_ == "other":
            yield the, 1, tok.i + 1, tok, nxt
            continue
        number = parse_number(nxt.text) if nxt.like_num else None
        if number is None or getattr(number, "value", None) is None or tok.i + 2 >= len(doc):
            continue
        if doc[tok.i + 2].lower_ == "were":
            yield the, number.value, tok.i + 2, nxt, doc[tok.i + 2]


_ORDINAL_PEOPLE = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


def _article_one_candidates(doc):
    """Singular victim nouns with "a/an" in a casualty role: "killing a priest", "a policeman was shot"."""
    for tok in doc:
        ordinal = tok.lower_ in _ORDINAL_PEOPLE and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and not any(
            c.dep_ in ("prep", "compound") for c in tok.children
        )  # "a fourth died in hospital", "another third"... counted as one person
        if not ordinal and (tok.tag_ != "NN" or not (
            tok.lower_ in PERSON_NOUNS or _lemma(tok) in PERSON_NOUNS or tok.lower_ == "couple" or _who_clause(tok)
        )):
            continue
        if tok.lower_ == "couple" and any(c.dep_ == "prep" for c in tok.children):
            continue  # "a couple of hours"
        det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another")), None)
        if det is None and tok.lower_ != "couple" and (
            tok.dep_ in ("dobj", "nsubjpass", "nsubj") and _lemma(tok.head) != "be"
            # (not "the officer and the guard who lost their lives": the clause may be on both)
            or tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.children) and _relative_clause_kind(tok) is not None
        ):
            # "killing the driver", "the driver died on the spot", "the father who lost his life": one
            # person, named definitely.
            det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None:
            # "killing his wife", "wounding their neighbour": one person named by a possessive.
            det = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
            if det is not None and tok.dep_ not in ("dobj", "nsubjpass", "nsubj"):
                continue
        if det is None or any(c.dep_ == "nummod" for c in tok.children):
            continue
        if tok.dep_ == "appos" and any(
            c.dep_ == "nummod" and getattr(parse_number(c.text), "value", None) == (2 if tok.lower_ == "couple" else 1) for c in tok.head.children
        ):
            continue  # "killed two people, an elderly couple": the same two people named again
        yield det, tok


def _other_violent_mention(ms: list[EventMention], gov, doc) -> bool:
    """A mention in the sentence besides the casualty verbs themselves ("killed" is a trigger too):
    "killed when a building collapsed after a missile struck it" names a violent cause."""
    for m in ms:
        span = doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
        if span is None:
            return True
        if all(_lemma(t) in KILL_VERBS | DIE_VERBS | INJURE_VERBS | _CRUSH_VERBS or t.i == gov.i for t in span):
            continue
        if m.type in ("protest", "arrests"):
            continue  # "a stampede at a rally": the rally is no violent cause
        return True
    return False


def find_figures(
    doc,
    article_id: str,
    mentions: list[EventMention] | None = None,
    dates: list[DateRef] | None = None,
    headline_end: int | None = None,
) -> list[Figure]:
    """Casualty/arrest figures of a parsed article, in text order, attached to event mentions."""
    mentions = mentions or []
    dates = dates or []
    sents, tok_sent = sentence_index(doc)
    mention_sents: dict[int, list[EventMention]] = {}
    for m in mentions:
        span = doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
        if span is not None:
            mention_sents.setdefault(tok_sent[span.start], []).append(m)

    raw: list[dict] = []
    taken: set[int] = set()

    pending: list[tuple] = []

    def consider(start_tok: int, end_tok: int, qstart: int, value: int, vague: bool, qualifier, counted, node, host=None):
        if _link_line(doc, qstart):
            return  # "Read also: Strike on X kills one": another article's headline, no sentence of this one
        if host is None and _after_among_them(doc, qstart) is not None:
            # "14 people have been killed, among them three fishermen, and about twenty wounded ...": the part
            # after "among them" counts some of the figure before it, whatever verb the parser hung it on
            k0 = tok_sent[node.i]
            earlier = [f for f in raw if f["sent"] == k0 and f["start"] < doc[qstart].idx and not f.get("breakdown")]
            if earlier:
                host = earlier[-1]
        if host is not None:
            kind, among, gov = host["kind"], True, host["gov"]
        else:
            kind, among, gov = _kind_of(counted, node, doc)
            if kind is None and counted is None:
                # "which it said killed five soldiers; the army put the number at three"
                tally_gov = _kindless_tally(node)
                if tally_gov is not None:
                    kind, gov = _kind_before(raw, tok_sent[node.i], sents[tok_sent[node.i]], node), tally_gov
        if kind is None:
            pending.append((start_tok, end_tok, qstart, value, vague, qualifier, counted, node))
            return
        k = tok_sent[node.i]
        sent = sents[k]
        if (
            host is None and any(f["kind"] == kind for f in raw)
            and _part_changing_kind(node, kind, [f for f in raw if f["sent"] == k])
        ):
            return
        if (
            host is None and counted is None and gov is not None and _of_whom(gov)
            and any(f["kind"] == kind and f["sent"] == k for f in raw)
        ):
            return  # "wounded had risen to 44, of whom 20 were hospitalised": how badly, not another count
        if host is None and counted is not None and _severity_subset(counted, node, kind) and any(f["kind"] == kind for f in raw):
            return  # "Eleven of the injured were in a critical condition": how badly, not another count
        of_bodies = counted is not None and counted.dep_ == "pobj" and counted.head.lower_ == "of" and _lemma(counted.head.head) == "body"
        if counted is not None and (_lemma(counted) == "body" or of_bodies) and any(
            t.lower_ in ("more", "further", "additional", "other")
            for h in [counted, node, *doc[start_tok:end_tok]] for t in h.children
        ):
            return  # "two more bodies were recovered", "the bodies of two more victims": an increment of a toll
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "which" for g in c.children) for c in node.children):
            return  # "58 of which were shot down": things, not people
        if kind == "arrested" and counted is not None and _lemma(counted) in ("detainee", "prisoner") and (
            any(c.dep_ in ("acl", "amod", "relcl") and _lemma(c) in _RELEASE_VERBS for c in counted.children)
            or _lemma(counted.head) in _RELEASE_VERBS or _lemma(_climb(node).head) in _RELEASE_VERBS
        ):
            return  # "hundreds of detainees released" in a prisoner exchange: no arrest
        victims = _victims(counted) if counted is not None else None
        if counted is None and node.i != doc[end_tok - 1].i:
            victims = _victims(node)
        if counted is None and victims is None:
            ante = _them_antecedent(doc, start_tok, end_tok, sent)
            if ante is not None:
                victims = _victims(ante)  # "inflicted losses on the terrorists, killing 11 of them"
        if kind == "killed" and (victims == "attackers" or (gov is not None and _lemma(gov) in ATTACKER_KILL_VERBS)):
            kind = "attackers_killed"
        if kind == "attackers_killed" and victims in ("soldiers", "police") and gov is not None and _lemma(gov) in ATTACKER_KILL_VERBS:
            kind = "killed"  # "up to 70 servicemen were eliminated" by a strike: its targets, not attackers
        if counted is not None and (counted.lower_ in NOT_PEOPLE or _lemma(counted) in NOT_PEOPLE):
            return
        if kind == "attackers_killed" and gov is not None and _lemma(gov) in _BLOW_UP_VERBS and doc[start_tok].pos_ == "DET":
            return  # "a suicide bomber blew himself up": how the attack was done, not a count (as "two bombers")
        if counted is not None and _speaker_before_saying(counted, doc):
            return  # "..., killing 12 people, a local official and a nurse said": who tells, not who died
        if _aggregate(gov, counted, sent, value, victims, bool(mention_sents.get(k)), vague):
            return
        if vague and gov is not None and gov.dep_ == "xcomp" and _lemma(gov.head) == "claim":
            return  # "the group claimed to have killed dozens of soldiers": a boast with no number in it
        if gov is not None and gov.dep_ in ("amod", "acl") and _climb(node).dep_ == "nsubj" and (
            _lemma(_climb(node).head) in _SPEAKING_VERBS and _climb(node).right_edge.i + 1 == _climb(node).head.i
        ):
            return  # "one of the wounded officers told the paper": who speaks, not a count
        if gov is not None and _hypothetical_or_negated(gov):
            return
        if gov is not None and _killed_and_injured_together(gov):
            return  # "killing and injuring dozens of terrorists": dead and hurt in one count, no kind
        if not mention_sents.get(k) and any(
            (_lemma(t) in NON_VIOLENT_CAUSES or t.lower_ in NON_VIOLENT_CAUSES) and not (t.dep_ == "amod" and t.tag_ == "VBN")
            for t in sent
        ):  # ("missing under collapsed shelters": the state of a building, no cause of death)
            return  # deaths in a crash, a flood or an epidemic are not incident casualties here
        if _non_violent_cause(gov) and not _other_violent_mention(mention_sents.get(k, []), gov, doc):
            return  # "six people were killed when a footbridge collapsed", "injured in a stampede"
        start_char = doc[qstart].idx
        end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        increment = kind == "killed" and gov is not None and _lemma(gov) in DIE_VERBS and (
            _increment(counted, node) or (end_tok < len(doc) and doc[end_tok].lower_ in ("more", "further", "additional"))
            or _raises_a_toll(gov)
        )
        raw.append(
            dict(
                kind=kind, value=value, text=doc_text(doc)[start_char:end_char], start=start_char, end=end_char,
                qualifier=qualifier, vague=vague, victims=victims, sent=k, gov=gov, among=among,
                counted=counted, node=node, cited=_cited_source(sent, gov), increment=increment,
                # "The three men, aged 22, 25 and 31, were detained in raids in X on Wednesday": people
                # named definitely are the ones already counted, whatever date or place the sentence adds
                anaphoric=qstart > 0 and doc[qstart - 1].lower_ in ("the", "these", "those"),
                # "two more were wounded", "a further three": new people, never a restatement
                more=end_tok < len(doc) and doc[end_tok].lower_ in ("more", "further", "additional")
                or qstart > 0 and doc[qstart - 1].lower_ in ("further", "additional"),
            )
        )
        taken.update(range(start_tok, end_tok))
        if host is None and _after_among_them(doc, qstart) is not None and any(
            f["sent"] == k and f["kind"] == kind and f["start"] < start_char and not f.get("breakdown") for f in raw[:-1]
        ):
            raw[-1]["breakdown"] = True  # "six maimed, among them a schoolboy", whatever the parse

    for ns in number_spans(doc):
        if _is_year_or_unit(ns, doc):
            continue
        counted, node = _counted_noun(ns, doc)
        consider(ns.start, ns.end, ns.qstart, ns.value, ns.vague, ns.qualifier, counted, node)
    for det, noun in _article_one_candidates(doc):
        if det.i in taken:
            continue
        before = len(raw)
        n_pending = len(pending)
        # "a couple" (an elderly couple, a married couple) is two people.
        consider(det.i, noun.i + 1, det.i, 2 if noun.lower_ == "couple" else 1, False, None, noun, noun)
        if len(raw) > before:
            raw[-1]["text"] = doc_text(doc)[det.idx: noun.idx + len(noun.text)]
            raw[-1]["end"] = noun.idx + len(noun.text)
            raw[-1]["indefinite"] = det.lower_ in ("a", "an", "another")
            raw[-1]["definite"] = det.lower_ == "the"
            raw[-1]["named"] = _named_person(noun)
            if raw[-1]["kind"] == "arrested" and raw[-1]["indefinite"] and (
                raw[-1].get("breakdown") or _after_among_them(doc, det.i) is not None
            ):
                # "detained nine suspects, among them a seminary teacher who ...": one suspect described,
                # no part of the arrests to count
                raw.pop()
        elif len(pending) > n_pending:
            pending[-1] = pending[-1] + ("article",)
    for tok in _with_companions(doc):
        if tok.i not in taken:
            consider(tok.i, tok.i + 1, tok.i, 1, False, None, None, tok)
    # Parts named after "including" / "among them": they take the kind of the figure they hang on.
    for cand in pending:
        start_tok, end_tok, qstart, value, vague, qualifier, counted, node = cand[:8]
        tok = _climb(node)
        after_among = _after_among_them(doc, qstart)
        if not (tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among")) and after_among is None:
            continue
        host = None
        if after_among is None:
            host_tok = tok.head.head
            host = next(
                (f for f in raw if (f["counted"] is not None and f["counted"].i == host_tok.i) or f["node"].i == host_tok.i),
                None,
            )
        else:
            tok = after_among  # "eight maimed, among them a schoolgirl": the parser hangs the part anywhere
        if host is None:
            # "8 people were killed in the blast, including three children": the total just before.
            k = tok_sent[tok.i]
            pivot = tok.i if after_among is not None else tok.head.i
            earlier = [f for f in raw if f["sent"] == k and f["node"].i < pivot and not f.get("breakdown")]
            host = earlier[-1] if earlier else None
        if host is None:
            continue
        if len(cand) > 8 and host["kind"] == "arrested" and doc[start_tok].lower_ in ("a", "an"):
            # "detained nine suspects, among them a seminary teacher who ...": one suspect described,
            # no part of the arrests to count
            continue
        before = len(raw)
        consider(start_tok, end_tok, qstart, value, vague, qualifier, counted, node, host=host)
        if len(raw) > before:
            raw[-1]["breakdown"] = True
            raw[-1]["drop"] = bool(host.get("breakdown")) or bool(host.get("drop"))
            if len(cand) > 8:
                raw[-1]["text"] = doc_text(doc)[doc[start_tok].idx: node.idx + len(node.text)]
                raw[-1]["end"] = node.idx + len(node.text)
    def add_part(cand, group, host) -> None:
        """Consider a pending count as a part of `host`, naming `group`; a kept part is a breakdown."""
        start_tok, end_tok, qstart, value, vague, qualifier, _counted, node = cand[:8]
        before = len(raw)
        consider(start_tok, end_tok, qstart, value, vague, qualifier, group, node, host=host)
        if len(raw) > before:
            raw[-1]["breakdown"] = True
            raw[-1]["host"] = host

    # "31 people were injured, 11 of them children": a part of the total just before, in the same sentence.
    for cand in pending:
        start_tok, end_tok, qstart, value, vague, qualifier, counted, node = cand[:8]
        group = _of_them_group(doc, end_tok)
        if group is None:
            continue
        k = tok_sent[node.i]
        earlier = [f for f in raw if f["sent"] == k and f["node"].i < start_tok and not f.get("breakdown")]
        if not earlier:
            continue
        add_part(cand, group, earlier[-1])
    # "..., killing three people and wounding 12. Four of the wounded were children": a part of the toll
    # of its kind just before (same sentence or the one before), named by the predicate.
    # The toll may stand a sentence or two before ("..., the mayor said. The gunmen fled on motorbikes.
    # Police said seven of the dead were traders"): "of the dead" points back to it.
    last_part = None  # (sentence, kind, host) of the latest part, for "..., and five were farmers"
    for cand in pending:
        start_tok, end_tok, qstart, value, vague, qualifier, counted, node = cand[:8]
        if start_tok in taken or (counted is not None and not (counted.dep_ == "pobj" and counted.head.head.i == node.i)):
            continue
        k = tok_sent[node.i]
        part = _partitive_group(node)
        if part is None:
            # "seven of the dead were traders and five were farmers": the next part of the same list
            group = _listed_part(doc, start_tok, end_tok) if last_part is not None and last_part[0] == k else None
            if group is not None and last_part[2]["value"] >= value:
                add_part(cand, group, last_part[2])
            continue
        kind, group = part
        earlier = [
            f for f in raw
            if f["kind"] == kind and 0 <= k - f["sent"] <= 3 and f["node"].i < start_tok
            and not f.get("breakdown") and not f["vague"] and f["value"] >= value
        ]
        if not earlier:
            continue
        add_part(cand, group, earlier[-1])
        last_part = (k, kind, earlier[-1])
    # "Of the dead, five were soldiers. The other eight were civilians" / "Eleven of the dead were police
    # officers. The other was a farmworker": the rest of the same total, after a part of it.
    for the, value, end_tok, node, cop in _the_other_candidates(doc, sents, tok_sent):
        if node.i in taken:
            continue
        k = tok_sent[the.i]
        group = _people_named_by_copula(cop)
        if group is None and value > 1:
            # "The other seven were travellers": a plural after "the other N" names the rest of the people
            group = next((c for c in cop.children if c.dep_ == "attr" and c.tag_ == "NNS" and _lemma(c) not in NOT_PEOPLE), None)
        parts = [f for f in raw if f.get("host") is not None and k - 1 <= f["sent"] <= k and f["start"] < the.idx]
        if group is None or not parts:
            continue
        host = parts[-1]["host"]
        if sum(f["value"] for f in parts if f["host"] is host) + value > host["value"]:
            continue
        add_part((the.i, end_tok, the.i, value, False, None, group, node), group, host)
    raw.sort(key=lambda f: f["start"])
    _add_coordinated_people(raw, doc)
    # "Dozens of wounded were taken to hospitals, where doctors said 38 people were being treated": an
    # exact count of the same kind in a clause under the rough one's says how many it meant (not a
    # coordinated clause: "dozens were hurt, and 31 were taken to hospital" are two counts).
    raw = [
        f for f in raw
        if not (f["vague"] and not f.get("breakdown") and any(
            g is not f and g["sent"] == f["sent"] and g["kind"] == f["kind"] and not g["vague"]
            and not g.get("breakdown") and g["value"] >= f["value"] and not _of_whom_count(g)
            and _subordinate_to(g["gov"], _clause_verb(f["node"]))
            for g in raw
        ))
    ]
    # "Eight people were shot dead ... Six died at the scene and two more died in hospital": the parts
    # add up to an earlier total of their kind, which they restate.
    for f in raw:
        if not f.get("increment"):
            continue
        base = [
            g for g in raw
            if g["sent"] == f["sent"] and g["kind"] == f["kind"] and not g.get("increment") and g["start"] < f["start"]
            and g["gov"] is not None and _lemma(g["gov"]) in DIE_VERBS | KILL_VERBS  # not "the toll rose from 7"
        ]
        if len(base) == 1 and any(
            e["sent"] < f["sent"] and e["kind"] == f["kind"] and not e.get("breakdown")
            and e["value"] == base[0]["value"] + f["value"] for e in raw
        ):
            base[0]["drop"] = True  # removed with the other dropped figures below
    # "has risen to 13 ... after three more victims died": the toll of the sentence already counts them.
    raw = [
        f for f in raw
        if not (f.get("increment") and any(g["sent"] == f["sent"] and g["kind"] == f["kind"] and not g.get("increment") for g in raw))
    ]

    _mark_breakdowns(raw, doc)
    # "... has risen to six. ... Among those killed were a 15-year-old boy, Taras, and his mother";
    # "bringing the death toll to two. Maria Lopez, a 34-year-old nurse, died at the scene": a victim
    # named after a toll that counts her is who died, not another count.
    for f in raw:
        if f.get("named") and f["value"] == 1 and any(
            g is not f and g["kind"] == f["kind"] and g["value"] >= 2 and not g.get("breakdown")
            and g["start"] < f["start"] and 0 <= f["sent"] - g["sent"] <= 5
            for g in raw
        ):
            f["drop"] = True
    raw = [f for f in raw if not f.get("drop")]
    _attach_mentions(raw, mention_sents, len(sents), doc)
    by_index = {m.index: m for m in mentions}
    for f in raw:
        m = by_index.get(f.get("mention"))
        if (
            f["kind"] == "attackers_killed" and m is not None and m.type in _REMOTE_OR_BATTLE
            and f["counted"] is not None and f["counted"].lower_ in _ARMED_GROUP_NOUNS
            and not (
                f["gov"] is not None and _lemma(f["gov"]) in ATTACKER_KILL_VERBS
                and (not _strike_result(f["gov"]) or any(_lemma(t) in _RESPONSE_WORDS for t in sents[f["sent"]]))
            )
        ):  # ("missiles struck a base, eliminating 60 militants": the strike's targets, as "killing 60";
            # "drones struck their camp in response, neutralising 30 fighters", "its counter-offensive had
            # neutralised dozens of terrorists": the attackers)
            f["kind"] = "killed"  # militants killed by an air strike or in a clash: fatalities, not attackers
            f["victims"] = "militants"
        elif f["kind"] == "attackers_killed" and f["gov"] is not None and _lemma(f["gov"]) in KILL_VERBS and _own_operation(f["gov"]):
            f["kind"] = "killed"  # "troops killed eight militants in an operation": the forces' raid, not the militants' attack
            f["victims"] = "militants"
        elif f["kind"] == "killed" and f["gov"] is not None and _lemma(f["gov"]) in KILL_VERBS and _fighting_back(f["gov"]):
            f["kind"] = "attackers_killed"  # "officers killed two gang members during a counterattack"
    raw = _drop_repeats(raw, dates, doc, sents, headline_end, by_index)

    out = []
    for f in raw:
        sent = sents[f["sent"]]
        out.append(
            Figure(
                kind=f["kind"], value=f["value"], text=f["text"],
                evidence=Evidence(article_id, f["start"], f["end"], sent.text),
                qualifier=f["qualifier"], vague=f["vague"], victims=f["victims"], cited_source=f["cited"],
                is_breakdown=f.get("breakdown", False), mention=f.get("mention"),
            )
        )
    return out


# A related-article link line: "Read also: ...", "READ MORE: ...", "Also read: ...", "See also: ...",
# "Related: ...". What follows is another article's headline, no sentence of this one.
_LINK_LINE = re.compile(r"\s*(?:(?:read|see)\s+(?:also|more)|also\s+(?:read|see)|related(?:\s+(?:articles?|stories|story|coverage|news))?)\s*[:\-\u2013|>]", re.IGNORECASE)


def _link_line(doc, tok_i: int) -> bool:
    """The token stands on a related-article link line."""
    text = doc_text(doc)
    at = doc[tok_i].idx
    return bool(_LINK_LINE.match(text, text.rfind("\n", 0, at) + 1))


def _named_person(noun) -> bool:
    """The person noun stands beside a person's name: "Maria Lopez, a 34-year-old nurse", "a
    15-year-old boy, Taras," (whatever the parser made of the apposition)."""
    doc = noun.doc
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
        return True
    i = noun.i + 2
    if i >= len(doc) or doc[noun.i + 1].text != "," or doc[i].ent_type_ != "PERSON":
        return False
    while i < len(doc) and doc[i].ent_type_ == "PERSON":
        i += 1
    # the name set off as an apposition ("a boy, Taras, and ..."), not the subject of the next clause
    # ("killing a policeman, Smith said")
    return i < len(doc) and doc[i].text in (",", ")", "and", "who")


def _after_among_them(doc, qstart: int):
    """The "among" of "..., among them a schoolgirl" / "among whom two children" right before a count."""
    i = qstart - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 1 and doc[i].lower_ in ("them", "whom", "those") and doc[i - 1].lower_ == "among":
        return doc[i - 1]
    # "..., among them three nurses and five patients": a later item of the list after "among them"
    num = next((t for t in doc[qstart:qstart + 4] if t.pos_ == "NUM" or t.like_num), None)
    if num is None or num.dep_ != "nummod" or num.head.dep_ != "conj":
        return None
    first = num.head
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "NOUN":
        first = first.head
    lead = next((c for c in first.children if c.dep_ == "nummod"), None)
    if first is num.head or lead is None:
        return None
    j = lead.left_edge.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 1 and doc[j].lower_ in ("them", "whom", "those") and doc[j - 1].lower_ == "among":
        return doc[j - 1]
    return None


def _speaker_before_saying(noun, doc) -> bool:
    """A noun phrase set off by a comma and followed right away by a verb of saying is its subject, whatever
    the parser made of it: "..., killing nine people, a local official and a nurse said" (not two dead)."""
    top = noun
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    left, right = top.left_edge.i, top.right_edge.i
    if doc[left].lower_ == "among":
        return False  # "..., among them three nurses and five patients, the ministry said": parts, the parse aside
    if left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc):
        return False
    nxt = doc[right + 1]
    return nxt.pos_ == "VERB" and _lemma(nxt) in REPORT_VERBS


_PERSON_SUFFIXES = ("teacher", "worker", "driver", "keeper")  # "schoolteacher", "farmworker", "shopkeeper"


def _person_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and (
        tok.lower_ in PERSON_NOUNS or _lemma(tok) in PERSON_NOUNS or _victims(tok) is not None
        or _lemma(tok).endswith(_PERSON_SUFFIXES)
    )


def _add_coordinated_people(figs: list[dict], doc) -> None:
    """One count for people coordinated with it: "wounding six passengers and the driver" (7), "killed a
    couple and their three children" (5), "a woman and her son" (2), "Sule and two other men were
    arrested" (3). Only a definite or possessive conjunct ("the driver", "their children") or "N other
    X" after a named person adds up; "two soldiers and three civilians" stay two counts."""
    dropped = set()
    for f in figs:
        head = f["counted"]
        if head is None or id(f) in dropped or f.get("breakdown") or _victims(head) == "attackers":
            continue
        extra, end = 0, None
        # one person named definitely, indefinitely or by a possessive: "the driver", "a soldier", "his son"
        one_person = f["value"] == 1 and head.tag_ == "NN" and (
            f.get("definite") or f.get("indefinite") or any(g.dep_ == "poss" for g in head.children)
        )
        conjuncts = [c for c in head.children if c.dep_ == "conj"]
        nxt = head.right_edge.i + 1
        if nxt + 1 < len(doc) and doc[nxt].lower_ == "and":
            # the parser may hang "their three children" on the verb rather than on "a couple"
            conjuncts += [c for c in head.head.children if c.dep_ == "conj" and c.left_edge.i == nxt + 1]
        # (a list of the dead by group, "the dead included three soldiers and a journalist", stays parts)
        counted_group = any(g.dep_ == "nummod" for g in head.children) and not f["among"]
        one_person = one_person and not f["among"]
        for c in conjuncts:
            num = next((g for g in c.children if g.dep_ == "nummod"), None)
            counted_part = num is not None and any(
                g is not f and g["counted"] is not None and g["counted"].i == c.i and g["kind"] == f["kind"] for g in figs
            )  # "the driver and two accomplices": a count in the same role is people, whatever the noun
            if not (_person_noun(c) or counted_part) or _victims(c) == "attackers":
                continue
            det = any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)
            poss = any(g.dep_ == "poss" and g.lower_ in _POSSESSIVES for g in c.children)
            indefinite = any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
            if num is None and indefinite and c.tag_ == "NN" and (f.get("indefinite") or one_person or counted_group):
                # "killing a two-year-old boy and a 41-year-old man", "the driver and a passenger", "two
                # soldiers and a civilian porter": one count
                part = next((g for g in figs if g is not f and g["counted"] is not None and g["counted"].i == c.i), None)
                if part is not None and part["kind"] != f["kind"]:
                    continue
                if part is not None:
                    dropped.add(id(part))
                extra += 1
            elif num is None and (det or poss) and c.tag_ == "NN":
                extra += 1
            elif num is not None and (poss or one_person):
                # "a farmer and his two sons", "the driver and two passengers", "the captain and two officers"
                part = next((g for g in figs if g is not f and g["counted"] is not None and g["counted"].i == c.i), None)
                if part is None or part["kind"] != f["kind"]:
                    continue
                extra += part["value"]
                dropped.add(id(part))
            else:
                continue
            end = c.idx + len(c.text)
        if extra:
            if any(_victims(c) != f["victims"] for c in conjuncts if c.idx + len(c.text) <= (end or 0)):
                f["victims"] = None  # "a boy and a man": no one group
            f["value"] += extra
            f["definite"] = f["indefinite"] = False  # a sum restates a total like any count
            f["end"] = max(f["end"], end)
            f["text"] = doc_text(doc)[f["start"]:f["end"]]
        # "Sule and two other men were arrested": the named person and the N others.
        if head.dep_ == "conj" and any(g.dep_ == "amod" and g.lower_ == "other" for g in head.children):
            first = head.head
            if first.pos_ == "PROPN" or (_person_noun(first) and first.tag_ == "NN"):
                f["value"] += 1
                f["start"] = min(f["start"], doc[first.left_edge.i].idx)
                f["text"] = doc_text(doc)[f["start"]:f["end"]]
    figs[:] = [f for f in figs if id(f) not in dropped]


# A strike that answers an attack: the fighters it "neutralised" are the attackers.
_RESPONSE_WORDS = frozenset("response retaliation retaliate retaliatory reprisal".split())
_STRIKE_VERBS = frozenset("strike hit pound shell bomb target".split())


def _strike_result(verb) -> bool:
    """'missiles struck a base, eliminating 60 militants': the verb says what the strike itself did."""
    return verb.dep_ in ("advcl", "conj", "xcomp") and _lemma(verb.head) in _STRIKE_VERBS


# What security forces do on their own initiative: militants killed there are no attackers.
_OPERATION_NOUNS = frozenset("operation raid sweep crackdown manhunt offensive encounter".split())
# Fighting off an attack: those killed are the attackers.
_FIGHT_BACK = frozenset("counterattack counter-attack repel repulse".split())


def _clause_words(verb):
    """The verb, the verbs it hangs on (two up), the objects of their prepositions, and the noun a
    relative clause hangs on with the pieces of its hyphenated compound ("a counter-operation in
    which six gang members were killed")."""
    verbs = [verb] + [a for a in verb.ancestors if a.pos_ == "VERB"][:3]
    out = []
    for v in verbs:
        out.append(v)
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
            doc = v.doc
            lo = hi = v.head.i
            while lo >= 2 and doc[lo - 1].text == "-":
                lo -= 2
            while hi + 2 < len(doc) and doc[hi + 1].text == "-":
                hi += 2
            out.extend(doc[lo:hi + 1])
        for c in v.children:
            if c.dep_ == "prep":
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _own_operation(verb) -> bool:
    if _fighting_back(verb):
        return False  # "a counter-operation": fighting off the attack, its dead are the attackers
    return any(_lemma(w) in _OPERATION_NOUNS or _lemma(w) == "raid" for w in _clause_words(verb) if w.i != verb.i)


def _fighting_back(verb) -> bool:
    words = [w for w in _clause_words(verb) if w.i != verb.i]
    # what the verbs above it launched ("launched a counter-operation ..., in which four were killed",
    # the relative clause hung wherever the parser put it)
    words += [c for a in [a for a in verb.ancestors if a.pos_ == "VERB"][:3] for c in a.children if c.dep_ == "dobj"]
    return any(_lemma(w) in _FIGHT_BACK or w.lower_ in _FIGHT_BACK or _counter_noun(w) for w in words)


def _counter_noun(w) -> bool:
    """'counter-operation', 'counteroperation', 'counter-assault': a response to an attack (not a war's
    'counteroffensive')."""
    low = w.lower_
    if low.startswith("counter") and low.replace("-", "")[7:] in _COUNTER_HEADS:
        return True
    doc = w.doc
    return low == "counter" and w.i + 2 < len(doc) and doc[w.i + 1].text == "-" and doc[w.i + 2].lower_ in _COUNTER_HEADS


_COUNTER_HEADS = frozenset("operation operations assault raid strike".split())


def _kindless_tally(node):
    """The verb of 'put the number at N' / 'a count ... reached N' when the counted noun names no kind."""
    tok = _climb(node)
    gov = None
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to"):
        gov = tok.head.head
    elif tok.dep_ == "dobj" and _lemma(tok.head) in ("reach", "hit", "pass", "exceed", "top", "surpass"):
        gov = tok.head
    elif tok.dep_ == "attr" and _lemma(tok.head) == "be":
        gov = tok.head  # "the real figure is at least 30"
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return None
    for c in gov.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and _lemma(c) in ("number", "count", "figure", "tally") and not any(
            g.dep_ in ("prep", "compound") and (g.lower_ == "of" or _lemma(g) == "casualty") for g in c.children
        ):
            return gov
    return None


def _kind_before(raw, k: int, sent, node) -> str | None:
    """The kind a kindless count continues: the figure before it in its sentence, else the casualty verb."""
    earlier = [f for f in raw if f["sent"] == k and f["node"].i < node.i]
    if earlier:
        return earlier[-1]["kind"]
    for tok in reversed([t for t in sent if t.i < node.i and t.pos_ == "VERB"]):
        kind = _verb_kind(tok, "dobj")
        if kind:
            return kind
    return None


# "..., bringing / raising / taking the death toll to 23"
_RAISE_VERBS = frozenset("bring raise take push lift increase".split())


def _raises_a_toll(verb) -> bool:
    """'the toll rose to 9 after two victims died in hospital', 'two of the wounded died, bringing the toll
    to 9': the deaths that moved a toll."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and _lemma(c) in _RAISE_VERBS and any(
            g.dep_ == "dobj" and (_lemma(g) in ("toll", "number", "count", "tally") or g.lower_ == "toll") for g in c.children
        ):
            return True
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "as", "when") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "dobj") and _lemma(c) in ("toll", "number", "count", "tally") for c in verb.head.children)


def _increment(counted, node) -> bool:
    """'three more victims died', 'another two people died': more deaths added to a toll."""
    holder = counted if counted is not None else node
    return any(c.lower_ in ("more", "further", "additional", "another") for c in holder.children) or any(
        c.lower_ in ("more", "further", "additional") for c in node.children
    )


_CONDITION_WORDS = frozenset("condition care critical serious stable intensive".split())


def _severity_subset(counted, node, kind) -> bool:
    """'Eleven of the injured were in a critical condition': a part of a counted group, said how badly hurt."""
    if not (counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.i == node.i):
        return False
    named = PREDICATE_KIND.get(counted.lower_) or next(
        (PARTICIPLE_KIND[c.lower_] for c in counted.children if c.dep_ in ("amod", "acl") and c.lower_ in PARTICIPLE_KIND), None
    )
    if named != kind:
        return False
    verb = _climb(node).head
    if _lemma(verb) not in ("be", "remain"):
        return False
    return any(
        (c.dep_ in ("acomp", "attr") and _lemma(c) in _CONDITION_WORDS)
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" and _lemma(g) in _CONDITION_WORDS for g in c.children))
        for c in verb.children
    )


def _host_figure(f, figures):
    """The figure whose noun an 'including ...' / 'of whom ...' phrase hangs on, if any."""
    node = f["counted"] if f["counted"] is not None else f["node"]
    tok = node
    if tok.dep_ == "conj":
        tok = _climb(tok)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("including", "include", "among"):
        host = head.head
        for g in figures:
            if g is not f and (g["counted"] is not None and g["counted"].i == host.i or g["node"].i == host.i):
                return g, True
        return None, True
    return None, False


def _mark_breakdowns(figs: list[dict], doc) -> None:
    for f in figs:
        if f["among"]:
            f["breakdown"] = True
    # "Of the nine dead, three were police and six were passengers, among them a girl": the girl is a
    # part of a part, as after "including"
    for f in figs:
        if not f["among"] or f["kind"] == "arrested":
            continue
        span = doc.char_span(f["start"], f["start"] + 1, alignment_mode="expand")
        if span is None or _after_among_them(doc, span.start) is None:
            continue
        before = [g for g in figs if g is not f and g["sent"] == f["sent"] and g["start"] < f["start"]]
        if not before or not before[-1].get("breakdown") or before[-1]["kind"] != f["kind"]:
            continue
        prev = doc.char_span(before[-1]["start"], before[-1]["start"] + 1, alignment_mode="expand")
        if prev is not None and _after_among_them(doc, prev.start) is None:
            f["drop"] = True  # (not "among them two doctors and four patients": two items of one list)
    # "N people, including M children": a part of a total; "five civilians, including one priest": a part of a part.
    for f in figs:
        host, including = _host_figure(f, figs)
        if including and host is not None:
            if host.get("breakdown"):
                f["drop"] = True
            else:
                f["breakdown"] = True
                if f["kind"] != host["kind"] and host["kind"] in ("killed", "injured", "attackers_killed", "arrested"):
                    f["kind"] = host["kind"]
    # Named groups that add up to no more than a same-kind total just before (same or previous sentence).
    for i, f in enumerate(figs):
        if f.get("breakdown") or f["victims"] is None:
            continue
        for g in reversed(figs[:i]):
            if g["kind"] != f["kind"] or f["sent"] - g["sent"] > 1:
                continue
            if g.get("breakdown") or g["victims"] is not None or g["vague"]:
                continue
            parts = [h for h in figs[i:] if h["kind"] == f["kind"] and h["sent"] == f["sent"] and h["victims"] is not None]
            if sum(h["value"] for h in parts) <= g["value"] and f["value"] < g["value"]:
                for h in parts:
                    h["breakdown"] = True
            break


def _fits(kind: str, mention_type: str) -> bool:
    """Arrest figures go with arrest mentions, casualties with violent ones."""
    if kind == "arrested":
        return mention_type == "arrests"
    return mention_type not in ("arrests", "kidnapping")


def _attach_mentions(figs: list[dict], mention_sents: dict[int, list[EventMention]], n_sents: int, doc) -> None:
    """Same sentence first; else (or when no mention there fits the kind) the event of the nearest
    preceding sentence within two that holds a mention or figures attached to one."""
    history: list[tuple[int, int, str]] = []  # (sentence, mention index, mention type)
    by_sent: dict[int, list[dict]] = {}
    for f in figs:
        by_sent.setdefault(f["sent"], []).append(f)
    types = {m.index: m.type for ms in mention_sents.values() for m in ms}

    def from_history(k: int, kind: str):
        recent = [h for h in history if h[0] >= k - 2]
        fitting = [h for h in recent if _fits(kind, h[2])]
        chosen = fitting[-1] if fitting else (recent[-1] if recent else None)
        return chosen[1] if chosen else None

    for k in range(n_sents):
        ms = mention_sents.get(k, [])
        for f in by_sent.get(k, []):
            if ms and any(_fits(f["kind"], m.type) for m in ms):
                f["mention"] = _mention_in_sentence(f, ms, doc)
            elif ms:
                earlier = from_history(k, f["kind"])
                f["mention"] = earlier if earlier is not None and _fits(f["kind"], types[earlier]) else (
                    _mention_in_sentence(f, ms, doc)
                )
            else:
                f["mention"] = from_history(k, f["kind"])
        history.extend((k, m.index, m.type) for m in ms)
        if not ms:
            history.extend((k, f["mention"], types[f["mention"]]) for f in by_sent.get(k, []) if f["mention"] is not None)


def _mention_in_sentence(f, ms: list[EventMention], doc) -> int:
    if len(ms) == 1:
        return ms[0].index
    # Arrest figures go with arrest mentions, casualties with violent ones, where the sentence has both.
    ms = [m for m in ms if _fits(f["kind"], m.type)] or ms
    if len(ms) == 1:
        return ms[0].index
    gov = f["gov"]
    if gov is not None:
        # A trigger inside the figure verb's own clause ("killed 11 in an ambush") comes first.
        for m in ms:
            tok = next((t for t in gov.subtree if m.evidence.start <= t.idx < m.evidence.end), None)
            if tok is not None and tok.i != gov.i and _within_clause(tok, gov):
                return m.index
        # A trigger that is the subject of the figure's verb, or the noun its clause hangs on.
        chain = [gov] + list(gov.ancestors)
        for t in chain[:4]:
            for m in ms:
                if m.evidence.start <= t.idx < m.evidence.end:
                    return m.index
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    for m in ms:
                        if m.evidence.start <= c.idx < m.evidence.end:
                            return m.index
    before = [m for m in ms if m.evidence.start <= f["start"]]
    if before:
        return before[-1].index
    return ms[0].index


def _within_clause(tok, gov, hops: int = 3) -> bool:
    """`tok` hangs on `gov` through at most `hops` arcs, none opening a clause of its own."""
    for _ in range(hops):
        if tok.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "parataxis"):
            return False
        tok = tok.head
        if tok.i == gov.i:
            return True
    return False


_LOCATIVE = frozenset("in near at outside around inside on across".split())


def _places_of(sent) -> set[str]:
    """Place names the sentence locates something at ('in Iraq', 'on the village of X'), not places
    named in passing ('the enemies of Russia')."""
    out = set()
    for e in sent.ents:
        if e.label_ not in ("GPE", "LOC", "FAC"):
            continue
        tok = e.root
        for _ in range(5):
            if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE:
                out.add(e.text.lower())
                break
            if tok.dep_ in ("compound", "amod", "appos", "conj") or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
                tok = tok.head if tok.dep_ != "pobj" else tok.head.head
                continue
            break
    return out


def _new_occasion(f, first, sents, by_index) -> bool:
    """Same kind and value, but another incident: the later sentence names a place the first did not
    ('In Iraq, two soldiers were killed' after 'two men were killed in Kharkiv'), or its own trigger
    names another specific kind of event (a bomb after a drone)."""
    if _places_of(sents[f["sent"]]) - _places_of(sents[first["sent"]]):
        return True
    m, m0 = by_index.get(f.get("mention")), by_index.get(first.get("mention"))
    if m is None or m0 is None or m.index == m0.index:
        return False
    sent = sents[f["sent"]]
    own = sent.start_char <= m.evidence.start < sent.end_char
    return own and not is_generic(m.type) and not is_generic(m0.type) and m.type != m0.type


def _said_in_body(f, body_keys, body_parts) -> bool:
    """A headline or bullet figure the body gives again: a total as a total, a part ("kills 11,
    including two children") as a part or a total. The body's evidence is the one kept."""
    key = (f["kind"], f["value"])
    return key in body_keys or (bool(f.get("breakdown")) and key in body_parts)


def _drop_repeats(figs: list[dict], dates: list[DateRef], doc, sents, headline_end: int | None, by_index=None) -> list[dict]:
    """A figure restated without a date or place of its own is one fact: keep its first body occurrence."""
    by_index = by_index or {}
    dated_sents = set()
    for d in dates:
        if d.value is None:
            continue
        span = doc.char_span(d.evidence.start, d.evidence.end, alignment_mode="expand")
        if span is not None:
            dated_sents.add(sent_of(doc[span.start]).start)
    out = []
    body_keys = {}
    body_parts = set()  # breakdowns the body gives ("including two children")
    # Summary bullets ("- Shelling of the camp kills 23") are headline material: kept only when the
    # body does not give the figure again.
    text = doc_text(doc)
    bullets = [
        f for f in figs
        if text[text.rfind("\n", 0, f["start"]) + 1:].lstrip(" \t")[:2] in ("- ", "* ", "\u2022 ", "\u2013 ")
    ]
    bullet_ids = {id(f) for f in bullets}
    for f in figs:
        if headline_end is not None and f["start"] < headline_end:
            continue
        if id(f) in bullet_ids:
            continue
        key = (f["kind"], f["value"])
        if f.get("breakdown"):
            body_parts.add(key)
            out.append(f)
            continue
        # "a driver was also injured": an indefinite person is someone new, never a restatement.
        if key in body_keys and not f.get("indefinite") and not f.get("more") and (
            f.get("anaphoric") or sents[f["sent"]].start not in dated_sents and not _new_occasion(f, body_keys[key], sents, by_index)
        ):
            continue
        if not f.get("definite"):
            body_keys.setdefault(key, f)  # "the driver" is one named person: a later "one man died" is not him
        out.append(f)
    if bullets:
        kept = [f for f in bullets if not _said_in_body(f, body_keys, body_parts)]
        out = sorted(out + kept, key=lambda f: f["start"])
    if headline_end is not None:
        head = [
            f for f in figs
            if f["start"] < headline_end and not _said_in_body(f, body_keys, body_parts)
            # "Jihadists kill dozens of soldiers" over a body that counts them ("around 50")
            and not (f["vague"] and any(k[0] == f["kind"] for k in body_keys))
        ]
        out = head + out
    return out
