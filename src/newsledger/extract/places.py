"""Places: GPE/LOC/FAC names and venues, geocoded with a gazetteer.

`find_places(doc, article_id)` returns every place mention of a parsed article, in text order:

- GPE/LOC entities, geocoded with newsledger.geo (country, admin1, lat, lon, geonameid);
- names the small NER mislabels (NORP/ORG) that the gazetteer knows by an official name,
  or that the sentence places ("the town of X", "in X", "X, about 60 km east of Y"),
  when they are a country/region, a city of >= 100k people, or follow a locative
  preposition ("a synagogue in X");
- venues: capitalized names ending in a facility word (Hall, Arena, Airport, Bridge, Power
  Station ...), label VENUE, name as written without a leading "the"; a venue takes the
  point of the city it is "in/near/at" in the same sentence, or of a city its own name starts
  with ("X Airport");
- other FAC entities, label FAC, placed the same way; a FAC name followed by "district" (or
  neighbourhood, quarter, suburb) is an area of a town, label LOC; one after a locative that the
  gazetteer knows as a town or region by its official name is that town ("near Dera Bugti"); one
  before "militia", "forces", "group" ... or ending in "Alliance", "Front", "Movement" ... names an
  armed body and is no place;
- a name right before "village" or "town" ("the raid on X village") is a settlement, whatever
  the NER took it for;
- hyphenated names the tokenizer splits ("Ed-Daein", "Al-Fashir", "Ndila-Koumra") are read whole;
  a named camp ("the X displacement camp") is a venue; a FAC name ending in "province" is a region;
- a proper noun the NER folded into a date ("near Turbat on Sunday" as one DATE) is still a
  candidate name unless it is a calendar word (month, weekday, holiday).

Dropped: names in a byline ("By X Y"), a group's "X network", an unmapped name qualifying a
common noun ("Baloch separatist groups": a people), demonyms/adjectives the NER calls GPE ("Ukrainian"), time zones ("10 a.m. Moscow
time"), seats of government used for
governments ("the Kremlin", "the White House"), unknown all-caps acronyms ("NATO"), and an
acronym known only as a far-off town's other name ("JAS", a faction, is not Iasi); a place-like
name glued to a group's name before it ("Islamic State West Africa Province") or quoted after
"its"/"their" (the group calls the ADF its "Central Africa Province"); where weapons were sent
from ("rockets fired from the X region"); a weapon's model ("Uragan rockets"); a newspaper ("told The X Tribune") or whoever is told
something; a short all-caps acronym the gazetteer knows only as a town written otherwise ("the UN
humanitarian office" is not the town Un).
Ambiguous names are resolved, in that order, by a region or country right after a comma
("Paris, Texas"), a demonym just before ("the Ukrainian city of X"), the country of a
coordinated place ("in Beirut and Tripoli"), the country the sentence's other places name
most, and the article's dominant country (to which a town found only by an alternate name
contributes little). A name whose only gazetteer reading is an alternate name of a far-off town
abroad is kept without a point when its sentence places it ("in Bassa" in a Nigerian story).
Cost: one pass over entities, one over tokens; dict look-ups only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from newsledger.sentences import sent_of, sentence_index
from newsledger.geo import GeoMatch, demonym_country, geocode, name_key
from newsledger.geo.gazetteer import is_respelling
from newsledger.records import Evidence, Place

# Last word of a facility name ("X City Hall", "X Power Station").
VENUE_HEADS = frozenset(
    """hall arena stadium theatre theater airport airfield airbase station terminal church cathedral
    mosque synagogue temple monastery chapel basilica shrine market bazaar mall hotel school
    academy college university hospital clinic bridge square plaza embassy consulate
    museum palace center centre complex park beach port harbour harbor dam plant refinery
    base barracks prison jail court courthouse parliament tower club restaurant cafe
    stadium gym library factory mine depot checkpoint crossing highway motorway camp""".split()
)
# Lowercase words that may sit inside a venue name ("X concert hall", "X power station").
VENUE_MODIFIERS = frozenset(
    """city concert power hydroelectric nuclear thermal railway train bus metro subway shopping
    sports music football international central general state national grand main regional
    district military air naval police fire border crossing business trade exhibition
    memorial children's displacement refugee idp transit""".split()
)
# "the X displacement camp", "the X refugee camp": a camp's own name, even one the NER calls a place.
_CAMP_MODIFIERS = frozenset("displacement refugee idp transit".split())
# Seats of government that stand for a government far more often than for a place.
GOVERNMENT_SEATS = frozenset(
    name_key(s)
    for s in (
        "Kremlin", "White House", "Pentagon", "Downing Street", "Number 10", "Elysee", "Élysée",
        "Elysee Palace", "Capitol Hill", "Whitehall", "Foggy Bottom", "Zhongnanhai", "Bankova",
        "Quai d'Orsay", "Blue House", "Knesset", "Porte de l'Europe",
    )
)
_LOCATIVE = frozenset("in near at outside from to into across of around inside within on".split())
_ARTICLES = frozenset(("the", "a", "an"))
_NOT_NAME = _ARTICLES | frozenset("this that these those its his her their our my your".split())
_RESCUE_MIN_POP = 100_000


def _strip_article(span):
    """The span without a leading determiner or trailing possessive ("the X Bridge's" -> "X Bridge")."""
    while len(span) > 1 and span[0].lower_ in _ARTICLES:
        span = span[1:]
    while len(span) > 1 and span[-1].text in ("'s", "’s", "'", "’"):
        span = span[:-1]
    return span


def _is_name_word(tok) -> bool:
    text = tok.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def _locative_before(span) -> bool:
    i = span.start - 1
    doc = span.doc
    while i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in _LOCATIVE:
        return True
    return False


# Nouns after a name that make it a part of a town the NER may call a facility.
_DISTRICT_WORDS = frozenset("district neighbourhood neighborhood quarter suburb borough microdistrict".split())
# Nouns of armed or political bodies: a FAC name right before one names the body, not a building
# ("the Rapid Support militia", "the Popular Mobilisation forces").
_BODY_WORDS = frozenset("militia militias forces force group movement brigade brigades army faction rebels network".split())
# Last words of an armed or political body's own name ("the X Y Alliance", "the X Liberation Front").
_BODY_NAME_HEADS = frozenset("alliance front movement coalition brigade brigades army militia party council".split())
_REGION_WORDS = frozenset(("region", "oblast", "province", "krai", "governorate", "republic"))
# "the town of X", "a village of X": the name that follows is a settlement or an area.
_SETTLEMENT_WORDS = frozenset(
    """town city village district province region suburb neighbourhood neighborhood municipality county
    commune locality hamlet settlement township borough port capital area enclave""".split()
)
# NER labels a small town's name often gets wrongly; a person's or an organisation's name is never taken.
_UNSURE_LABELS = frozenset(("", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"))


def _settlement_of(span) -> bool:
    """'the central Malian town of X', 'the attack on X village'."""
    doc = span.doc
    i = span.start - 1
    if span.end < len(doc) and doc[span.end].lower_ in _NAMED_SETTLEMENT_AFTER:
        return True
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in _SETTLEMENT_WORDS


# A singular settlement noun after a name makes it a settlement's name: "X village", "X town".
_NAMED_SETTLEMENT_AFTER = frozenset("village town hamlet settlement".split())


_DISTANCE_UNITS = frozenset(("km", "kms", "kilometres", "kilometers", "miles", "mi"))


def _measured_from(span) -> bool:
    """'X, about 60 kilometres east of Y': a name whose distance from another place is given right
    after it is a place, whatever the NER took it for."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    window = [t for t in doc[i + 1:i + 5]]
    return any(t.like_num for t in window[:3]) and any(t.lower_ in _DISTANCE_UNITS for t in window)


def _unlocated_place(span, unlocated: frozenset | set = frozenset()) -> bool:
    """A name the gazetteer does not know that the sentence still places on a map: 'the town of
    X', or a bare 'in/near/outside X' whose name the NER did not take for a person or group, or
    did but which is coordinated with a place ('in X and Bassa', Bassa named a town before)."""
    if _settlement_of(span) or _measured_from(span):
        return True
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before not in ("in", "near", "outside") or span.text.isupper():
        return False
    if all(t.ent_type_ in _UNSURE_LABELS for t in span):
        return True
    root = span.root
    conjuncts = [t for t in root.children if t.dep_ == "conj"]
    return any(t.ent_type_ in ("GPE", "LOC") or name_key(t.text) in unlocated for t in conjuncts)


def _after_group_name(span) -> bool:
    """A place-like name glued to a group's name before it ("Islamic State West Africa Province",
    "Islamic State Central Africa Province"): part of the group's name. The word before must be
    a capitalised name the NER put in an organisation or nationality, with nothing between."""
    if span.start == 0:
        return False
    doc = span.doc
    # the group's name may run over words the NER left out of it ("Islamic State Sahel Province":
    # "Islamic" NORP, "State" nothing): up to three capitalised proper nouns right before
    for k in range(span.start - 1, max(span.start - 4, -1), -1):
        prev = doc[k]
        if not (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.whitespace_ != ""):
            return False
        if prev.ent_type_ in ("ORG", "NORP"):
            return True
    return False


_QUOTES = frozenset(('"', "\u201c", "'", "\u2018"))


def _quoted_after_possessive(span) -> bool:
    """A name quoted right after "its" or "their" ("the group, which calls the ADF its "Central
    Africa Province""): what a body calls its branch or wing, not a place it names."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in _QUOTES:
        return False
    return doc[span.start - 2].lower_ in ("its", "their")


def _with_region_word(span):
    """'Kursk' followed by 'region' -> the span 'Kursk region' (geocodes to the admin1 region)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _REGION_WORDS and doc[span.end].tag_ not in ("NNS", "NNPS"):
        return doc[span.start: span.end + 1]
    return span


_NOT_NAME_ENTS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "LANGUAGE"))
# Capitalised words that really are dates or times. The small NER folds an unfamiliar town next to
# a day into the date ("near Turbat on Sunday" -> DATE "Turbat"); a proper noun of a DATE/TIME
# entity that is none of these is still a name candidate (the gazetteer must then know it).
_DATE_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday christmas easter ramadan eid passover diwali thanksgiving hanukkah nowruz
    kippur yom lent ashura halloween new year years day eve gmt utc""".split()
)


def _name_in_a_date(tok) -> bool:
    """A proper noun the NER put inside a DATE/TIME entity that is no calendar word."""
    return tok.ent_type_ in ("DATE", "TIME") and tok.lower_ not in _DATE_NAMES


def _names_a_settlement(tok) -> bool:
    """A one-word name right before "village" or "town" ("the attack on X village"): a settlement,
    whatever entity the NER took it for."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _NAMED_SETTLEMENT_AFTER
            and (tok.i == 0 or not doc[tok.i - 1].text[:1].isupper()))


def _hyphen_glued(doc, i: int) -> bool:
    """Token i is a hyphen glued to capitalised words on both sides ("Ed-Daein", "Ndila-Koumra",
    "Al-Fashir"): the tokenizer splits such names, and the parts are not names of their own."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and doc[i - 1].whitespace_ == "" and doc[i].whitespace_ == ""
            and doc[i - 1].is_alpha and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()
            and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in _NAME_PARTICLES))


# Lower-case particles that open a hyphenated Arabic or Berber name ("al-Fashir", "ad-Damazin").
_NAME_PARTICLES = frozenset("al el ad ed ar er as es an en at et az ez ash ul".split())


def _with_hyphen_parts(span):
    """The span grown over hyphen-glued parts on either side ("El" -> "El-Obeid", "Chari" ->
    "Moyen-Chari"), within its sentence."""
    doc = span.doc
    start, end = span.start, span.end
    while end + 1 < len(doc) and _hyphen_glued(doc, end) and not doc[end + 1].is_sent_start:
        end += 2
    while start >= 2 and _hyphen_glued(doc, start - 1) and not doc[start].is_sent_start:
        start -= 2
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def _proper_noun_runs(doc, covered: set[int]):
    """Maximal runs of proper nouns outside `covered` tokens (candidate names the NER missed),
    each inside one sentence. Only the proper nouns are visited (found in the POS array)."""
    from spacy.attrs import POS
    from spacy.symbols import PROPN

    _sents, sent_no = sentence_index(doc)
    run_start = last = None
    for i in (doc.to_array([POS]) == PROPN).nonzero()[0].tolist():
        tok = doc[i]
        if tok.text == "-" and _hyphen_glued(doc, i):
            continue  # a hyphen inside a name the tagger called a proper noun
        ok = i not in covered and tok.text[:1].isupper() and (
            tok.ent_type_ not in _NOT_NAME_ENTS or _name_in_a_date(tok) or _names_a_settlement(tok)) and tok.is_alpha
        glued = last is not None and i == last + 2 and _hyphen_glued(doc, last + 1)  # "El-Obeid"
        if run_start is not None and (not ok or (i != last + 1 and not glued) or sent_no[i] != sent_no[run_start]):
            yield _with_hyphen_parts(doc[run_start: last + 1])
            run_start = None
        if ok:
            if run_start is None:
                run_start = i
            last = i
    if run_start is not None:
        yield _with_hyphen_parts(doc[run_start: last + 1])


# Nouns of armed or political groups a people's name qualifies ("Baloch separatist groups").
_PEOPLE_NOUNS = frozenset(
    "separatist separatists militant militants rebel rebels insurgent insurgents fighters nationalist "
    "nationalists tribesmen elders groups militia militias".split())


def _people_before_noun(span) -> bool:
    """An unmapped name the NER called a place, right before a noun of armed or political groups
    ("Baloch separatist groups", "Hazara militants"): the name of a people, not where something
    happened ("Tungan Dutse community" stays a place)."""
    doc = span.doc
    if span.end >= len(doc) or len(span) > 2:
        return False
    after = doc[span.end]
    return (after.lower_ in _PEOPLE_NOUNS
            and span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.i >= span.end)


def _in_byline(span) -> bool:
    """'By Issouf Sawadogo', 'By X and Y in Z': a byline (a sentence opened by "by" with no verb)
    names its authors, and where they filed from, not the place of any event."""
    sent = sent_of(span)
    first = next((t for t in sent if not t.is_space), None)
    return (first is not None and first.lower_ == "by" and first.i < span.start
            and not any(t.pos_ in ("VERB", "AUX") for t in sent))


def _coordinated_with_place(span) -> bool:
    """'X and Kiev', 'X and the Kursk region', 'strikes on Rafah and X': a conjunct of a GPE/LOC
    entity, or of a name that follows a locative preposition."""
    doc = span.doc
    i = span.start - 1
    while i >= 1 and doc[i].lower_ in _ARTICLES:
        i -= 1
    if i >= 1 and doc[i].lower_ in ("and", "or", ","):
        if doc[i - 1].ent_type_ in ("GPE", "LOC"):
            return True
    j = span.end
    if j + 1 < len(doc) and doc[j].lower_ in ("and", "or", ","):
        while j + 2 < len(doc) and doc[j + 1].lower_ in _ARTICLES:
            j += 1
        if doc[j + 1].ent_type_ in ("GPE", "LOC"):
            return True
    root = span.root
    if root.dep_ == "conj":  # "on Rafah and X": the first conjunct is the object of a locative
        first = root.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE
    return False


def _container_after(span):
    """'Paris, Texas', 'Lebanon, Tennessee': the region or country named right after a comma,
    which holds the place (a GeoMatch), else None."""
    doc = span.doc
    j = span.end
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].ent_type_ != "GPE" or doc[j + 1].ent_iob_ != "B":
        return None
    end = j + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    match = geocode(doc[j + 1: end].text, strict=True)
    return match if match is not None and match.kind in ("admin1", "country") else None


def _by_other_name(span, match: GeoMatch) -> bool:
    """True when a city was found by one of its alternate names, not by its own."""
    return match.kind == "city" and name_key(span.text) != name_key(match.name)


def _conjunct_country(span, by_token: dict) -> str | None:
    """The country of a place coordinated with this one ('in Beirut and X')."""
    root = span.root
    others = [root.head] if root.dep_ == "conj" else []
    others += [t for t in root.children if t.dep_ == "conj"]
    for tok in others:
        match = by_token.get(tok.i)
        if match is not None and match.country_code:
            return match.country_code
    return None


def _sentence_country(span, first) -> str | None:
    """The country the other places of the sentence name most (None on a tie or when none)."""
    _sents, sent_no = sentence_index(span.doc)  # Span.sent walks the Doc on every call
    sent = sent_no[span.start]
    votes: Counter = Counter(
        m.country_code for s, _l, _st, m, _w in first
        if m is not None and m.country_code and sent_no[s.start] == sent and s.start != span.start
    )
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _demonym_context(span) -> str | None:
    """ISO code of a demonym in the 4 tokens before ("the Russian city of X")."""
    doc = span.doc
    for tok in doc[max(sent_of(span).start, span.start - 4): span.start]:
        code = demonym_country(tok.text)
        if code:
            return code
    return None


def _is_country_word(word: str) -> bool:
    g = geocode(word)
    return g is not None and g.kind == "country" and name_key(g.name) == name_key(word)


def _venue_spans(doc) -> list:
    """Spans of capitalized facility names, found by walking left from a facility word."""
    spans = []
    for tok in doc:
        if tok.lower_ not in VENUE_HEADS or tok.tag_ in ("NNS", "NNPS"):
            continue
        sent_start = sent_of(tok).start
        start = tok.i
        while start - 1 >= sent_start:
            prev = doc[start - 1]
            if prev.pos_ in ("VERB", "ADP", "AUX", "NUM", "DET") or prev.tag_ in ("NNS", "NNPS") or (
                prev.lower_ in _LOCATIVE or prev.lower_ in ("after", "as", "for", "with", "by", "kills", "hits")
            ):
                break  # a title-case headline: "Bomb Kills 8 Soldiers Near X Base" names "X Base"
            if _is_name_word(prev) or prev.lower_ in VENUE_MODIFIERS or prev.text in ("'s", "-", "&"):
                start -= 1
            else:
                break
        end = tok.i + 1
        # "University of X", "Cathedral of the Holy Y": a capitalized head followed by "of" + names.
        if _is_name_word(tok) and end + 1 < len(doc) and doc[end].lower_ == "of":
            j = end + 1
            while j < len(doc) and (doc[j].lower_ == "the" or _is_name_word(doc[j])) and sent_of(doc[j]).start == sent_start:
                j += 1
            if j > end + 1 and _is_name_word(doc[j - 1]):
                end = j
        while start < tok.i and (not _is_name_word(doc[start]) or doc[start].lower_ in _NOT_NAME):
            start += 1  # a name starts with a capitalized word
        names = [
            t for t in doc[start:end]
            if t.i != tok.i and _is_name_word(t) and t.lower_ not in _NOT_NAME and t.ent_type_ != "NORP"
            and demonym_country(t.text) is None
        ]
        camp = tok.lower_ == "camp" and any(t.lower_ in _CAMP_MODIFIERS for t in doc[start:tok.i])
        if names and not tok.is_title and not camp and all(t.ent_type_ in ("GPE", "LOC") for t in names):
            continue  # "a Mogadishu hotel", "the Kyiv concert hall": a city and a common noun, no name
        if camp and not tok.is_title and names and all(_is_country_word(t.text) for t in names):
            continue  # "strike on Sudan displacement camp": a country and a common noun, no camp's name
        if names:
            spans.append(doc[start:end])
    return spans


def _place(span, label: str, article_id: str, match: GeoMatch | None = None) -> Place:
    ev = Evidence(article_id, span.start_char, span.end_char, sent_of(span).text)
    place = Place(name=span.text, label=label, evidence=ev)
    return _with_match(place, match) if match else place


def _with_match(place: Place, match: GeoMatch) -> Place:
    return replace(
        place, country=match.country, admin1=match.admin1, lat=match.lat, lon=match.lon, geonameid=match.geonameid
    )


# Verbs whose subject speaks or judges: "Moscow has attributed ...", "Washington denied ...".
# A city or country in that slot stands for its government (metonymy), not for a location.
SPEAKING_VERBS = frozenset(
    """say tell claim attribute blame accuse deny reject announce state declare insist argue warn
    respond condemn call demand allege suggest confirm acknowledge admit report insinuate praise
    criticize criticise dismiss vow threaten urge promise refuse welcome""".split()
)


# Verbs of deliberate action: "Moscow carried out strikes", "Russia struck Kharkiv" name an actor.
# (A place can be the subject of other verbs and stay a place: "Belgorod saw heavy shelling".)
ACTING_VERBS = frozenset(
    """carry launch strike attack shell bomb fire send deploy order retaliate invade target hit
    conduct stage mount escalate intensify step respond sanction supply arm fund""".split()
)
# Institutions a place name can qualify without being where something happened.
INSTITUTION_NOUNS = frozenset(
    """media press government officials official forces force troops military army navy intelligence
    authorities authority administration president leaders leadership diplomats embassy ministry
    imperialism regime establishment elite elites politicians spokesman spokeswoman envoy""".split()
)
# Nouns of deeds and decisions: "Moscow's bombardment", "Kyiv's response" name an actor.
ACTION_NOUNS = frozenset(
    """attack attacks strike strikes bombardment bombardments shelling bombing offensive invasion
    incursion war response retaliation decision policy claim claims statement accusation denial
    involvement support backing demand demands position refusal threat threats campaign operation
    aggression plan plans strategy""".split()
)
# Words for what a government says or does in reply: "the reaction from X", "silence from X".
_REPLY_NOUNS = frozenset(
    """reaction reactions response responses reply condemnation silence statement statements comment
    comments word message warning criticism protest pressure support backing""".split()
)


def _speaks_for_government(span) -> bool:
    """True when the name stands for a government: the active subject of a speaking or acting
    verb ("Moscow has blamed Kyiv", "Moscow carried out strikes"), or the possessor of a deed
    ("Moscow's bombardments")."""
    root = span.root
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ == "GPE":
        return False  # "Lebanon, Tennessee declared ...": the state only places the town
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and (
        root.head.lemma_.lower() in SPEAKING_VERBS or root.head.lemma_.lower() in ACTING_VERBS
    ):
        return True
    if root.dep_ == "poss" and root.head.lower_ in ACTION_NOUNS:
        return True
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in _REPLY_NOUNS:
        return True  # "the reaction from X was a shrug"
    # "US media", "Ukrainian government", "Russian forces": a name modifying an institution
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in INSTITUTION_NOUNS


# Verbs that send weapons off: "rockets fired from X", "drones launched from X" name where they
# came from, not where they struck.
_LAUNCH_VERBS = frozenset("fire launch shoot lob".split())
# Last words of a newspaper's name ("told The X Tribune"): a publication, not a place.
_PUBLICATION_HEADS = frozenset(
    "tribune times herald gazette journal chronicle telegraph observer courier dispatch".split()
)


def _launch_origin(span) -> bool:
    """'Rockets fired from the X region', 'drones launched from X': the name is where the weapons
    were sent from, not the scene of the event they struck."""
    root = span.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in _LAUNCH_VERBS)


def _names_a_publication(span) -> bool:
    """'Sources told The X Tribune', 'the X Herald reported': a capitalised name ending in a
    newspaper word, or the person or body something is told to ("told X that ..."), is no place."""
    if len(span) > 1 and span[-1].lower_ in _PUBLICATION_HEADS and span[-1].text[:1].isupper():
        return True
    root = span.root
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell"


def _acronym_of_a_town(span, match) -> bool:
    """'the UN humanitarian office': a short all-caps name the gazetteer knows only as a town
    written otherwise ("Un") is an organisation's acronym; countries written so ("US", "DRC")
    stay places."""
    text = span.text
    return (text.isupper() and len(text) <= 4 and match is not None and match.kind == "city"
            and not match.name.isupper())


# Weapon nouns a model's name can qualify ("Uragan rockets", "Grad launchers").
_WEAPON_NOUNS = frozenset(
    "rocket rockets missile missiles launcher launchers drone drones shell shells howitzer howitzers".split()
)


def _names_a_weapon(span) -> bool:
    """'Uragan rockets', 'Grad launchers': a name right before a weapon noun is the weapon's model."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _WEAPON_NOUNS and span.root.dep_ == "compound"


def _names_a_clock(span) -> bool:
    """"10:20 a.m. Moscow time", "at noon Kyiv time": the place names a time zone, not a scene."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ == "time"


def _name_split_by_ner(span):
    """A place name the NER cut in two ("Krivoy" GPE + "Rog" PERSON): the span and the capitalised
    word after it, when only the two together are a known place."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    nxt = doc[span.end]
    if not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.is_alpha) or nxt.is_sent_start:
        return span
    if geocode(span.text) is not None:
        return span
    longer = doc[span.start:span.end + 1]
    return longer if geocode(longer.text) is not None else span


def find_places(doc, article_id: str) -> list[Place]:
    """Places named in a parsed article, geocoded where the gazetteer knows them."""
    venues = _venue_spans(doc)
    venue_tokens = {i for span in venues for i in range(span.start, span.end)}

    # (span, label, strict) candidates: GPE/LOC/FAC entities, then proper-noun runs the NER
    # mislabelled or missed, which must be known to the gazetteer by an official name.
    candidates = []
    covered = set(venue_tokens)
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or any(i in venue_tokens for i in range(ent.start, ent.end)):
            continue
        covered.update(range(ent.start, ent.end))
        span = _with_region_word(_name_split_by_ner(_with_hyphen_parts(_strip_article(ent))))
        covered.update(range(span.start, span.end))
        key = name_key(span.text)
        if not key or key in GOVERNMENT_SEATS or demonym_country(span.text) or _speaks_for_government(span):
            continue
        if _in_byline(span):
            continue
        if _names_a_clock(span) or _launch_origin(span) or _names_a_publication(span) or _names_a_weapon(span):
            continue
        label = ent.label_
        if _after_group_name(span) or _quoted_after_possessive(span):
            continue  # "Islamic State West Africa Province", its "Central Africa Province": a group's branch
        if label == "FAC" and span.end < len(doc) and doc[span.end].lower_ in _BODY_WORDS:
            continue  # "the X militia": an armed group's name, not a facility
        if label == "FAC" and len(span) > 1 and span[-1].lower_ in _BODY_NAME_HEADS and span[-1].text[:1].isupper():
            continue  # "fighters of the X Y Alliance": the body's own name, not a facility
        if label == "FAC" and span.end < len(doc) and doc[span.end].lower_ in _DISTRICT_WORDS:
            label = "LOC"  # "the Nikolsky district": a part of a town, not a building
        elif label == "FAC" and len(span) > 1 and span[-1].lower_ in _REGION_WORDS:
            label = "GPE"  # "southern Chad's Moyen-Chari province": a region, not a building
        elif label == "FAC" and _locative_before(span):
            town = geocode(span.text, strict=True)
            if town is not None and town.kind in ("city", "admin1"):
                label = "GPE"  # "near Dera Bugti": a town by its official name the NER took for a building
        candidates.append((span, label, False))
    for span in _proper_noun_runs(doc, covered):
        if _quoted_after_possessive(span) or _in_byline(span):
            continue
        if name_key(span.text) in GOVERNMENT_SEATS or demonym_country(span.text) or _speaks_for_government(span):
            continue
        if _names_a_clock(span) or _launch_origin(_with_region_word(span)) or _names_a_publication(span):
            continue
        nationality_only = all(t.ent_type_ == "NORP" for t in span)
        candidates.append((_with_region_word(span), "GPE", "official" if nationality_only else True))

    # First pass without context, to learn the article's dominant country.
    first = []
    unlocated: set[str] = set()  # names placed by their sentence though the gazetteer lacks them
    countries: Counter = Counter()
    skipped = []
    for span, label, strict in candidates:
        match = None
        within = None
        if label != "FAC":
            within = _container_after(span)
            match = geocode(span.text, _demonym_context(span), strict=strict, within=within)
            if match is None and within is not None:
                within = None  # "Kherson, Ukraine" said of a name the container does not hold
                match = geocode(span.text, _demonym_context(span), strict=strict)
            if _acronym_of_a_town(span, match):
                continue  # "the UN humanitarian office": an organisation, not the town "Un"
            if strict:
                in_place_context = _locative_before(span) or _coordinated_with_place(span)
                if in_place_context and strict is True:
                    # "in Kiev", "the port of Odessa": alternate names too (Odessa is Odesa, not Texas)
                    loose = geocode(span.text, _demonym_context(span), within=within)
                    if loose is not None:
                        match, strict = loose, False
                has_region_word = span[-1].lower_ in _REGION_WORDS
                before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
                after = span.doc[span.end] if span.end < len(span.doc) else None
                attributive = after is not None and after.pos_ in ("NOUN", "ADJ") and after.text.islower() and (
                    span.root.dep_ == "compound" or span.root.head.i >= span.end)
                if match is not None and not has_region_word and before in ("the", "(") and not attributive:
                    match = None  # "the Duma", "the West", "parliament (X)": institutions, blocs, aliases
                if match is not None and not in_place_context and not has_region_word and (
                    match.kind == "admin1"
                    or (match.kind == "city" and match.population < _RESCUE_MIN_POP)
                ):
                    match = None
                if strict == "official" and match is not None and match.kind == "admin1" and not in_place_context:
                    match = None  # a nationality word that is also a region's name, unless "in/to X"
            if match is None and strict is not False and (
                _unlocated_place(span, unlocated) or name_key(span.text) in unlocated
            ):
                unlocated.add(name_key(span.text))  # placed by its sentence, or named so earlier in the article
                first.append((span, "LOC", strict, None, None))
                continue
            if match is None and (strict or (span.text.isupper() and len(span.text) > 2)):
                if strict is True:
                    skipped.append(span)  # may yet be placed by a conjunct found unmapped below
                continue  # a mislabelled organisation / acronym that is not a known place
            if match is None and label in ("GPE", "LOC") and _unlocated_place(span):
                unlocated.add(name_key(span.text))  # "in X", a name the gazetteer lacks: later mentions too
            elif match is None and label in ("GPE", "LOC") and _people_before_noun(span):
                continue  # "Baloch separatist groups": an unmapped name qualifying a noun is a people's
            if match is not None and match.country_code:
                # a town found only by another name (not a respelling) may be a namesake abroad
                far_fetched = _by_other_name(span, match) and not is_respelling(span.text, match.name)
                countries[match.country_code] += 0.25 if far_fetched else 1
        first.append((span, label, strict, match, within))
    context = countries.most_common(1)[0][0] if countries else None

    # Where a name is ambiguous, its own sentence tells more than the article: "in Beirut and
    # Tripoli" (a conjunct), then the sentence's most named country, then the article's.
    by_token = {i: m for span, _l, _s, m, _w in first if m is not None for i in range(span.start, span.end)}
    places: list[Place] = []
    for span, label, strict, match, within in first:
        if match is not None and label != "FAC" and within is None:
            local = _demonym_context(span) or _conjunct_country(span, by_token) or _sentence_country(
                span, first
            ) or context
            if local and match.country_code != local:
                better = geocode(span.text, local, strict=strict)
                if better is None and not _by_other_name(span, match):
                    better = match  # its own official name: kept (only a far-off alternate name is dropped)
                match = better
                if match is None and (strict is not False or label not in ("GPE", "LOC") or (
                    span.text.isupper() and len(span.text) > 2)) and not (
                    _unlocated_place(span) or name_key(span.text) in unlocated
                ):
                    # (an acronym known only as a far-off town's other name is a group: "JAS")
                    continue  # a strict candidate that only a far-off alternate name made a place
                if match is None:
                    label = "LOC" if strict else label
                    if _unlocated_place(span, unlocated):
                        unlocated.add(name_key(span.text))
        if label == "LOC" and match is not None:
            label = "GPE"  # the gazetteer knows it as a country, region or city
        places.append(_place(span, label, article_id, match))
    for span in skipped:  # "in Bokkos and Bassa", Bassa found above to be a town the gazetteer lacks
        if _unlocated_place(span, unlocated) or name_key(span.text) in unlocated:
            places.append(_place(span, "LOC", article_id))

    for span in venues:
        places.append(_place(span, "VENUE", article_id))
    places.sort(key=lambda p: p.evidence.start)
    places = [_locate_facility(p, places, doc, context) if p.label in ("VENUE", "FAC") else p for p in places]
    # A facility placed once in the article is placed everywhere it is named.
    located = {name_key(p.name): p for p in places if p.label in ("VENUE", "FAC") and p.lat is not None}
    return [
        _located(p, located[name_key(p.name)])
        if p.label in ("VENUE", "FAC") and p.lat is None and name_key(p.name) in located else p
        for p in places
    ]


def _locate_facility(place: Place, places: list[Place], doc, context: str | None) -> Place:
    """A venue/facility gets the point of the city it is in/near/at, or that its name starts with."""
    sentence_places = [
        p for p in places
        if p.label in ("GPE", "LOC") and p.evidence.sentence == place.evidence.sentence and p.lat is not None
        and abs(p.evidence.start - place.evidence.start) < len(place.evidence.sentence)
    ]
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    # "at X Hall near Moscow": the first place after the venue, joined by a locative word.
    after = sorted((p for p in sentence_places if p.evidence.start >= place.evidence.end), key=lambda p: p.evidence.start)
    for p in after[:2]:
        between = doc.char_span(place.evidence.end, p.evidence.start, alignment_mode="expand")
        words = [t for t in between] if between is not None else []
        if len(words) <= 4 and any(t.lower_ in _LOCATIVE for t in words):
            return _located(place, p)
    # "X Airport", "X City Hall": a known city heading the venue's own name.
    if span is not None:
        for n in range(len(span) - 1, 0, -1):
            head = span[:n]
            if not all(_is_name_word(t) for t in head):
                continue
            match = geocode(head.text, context, strict=True)
            if match is not None and match.kind != "country" and (context is None or match.country_code == context):
                return _located(place, match)  # (a "Riverview Mall" in a Kenyan story is not in Florida)
    return place


def _located(place: Place, where: Place | GeoMatch) -> Place:
    """The venue placed at a city's point; its geonameid stays None (it is not the city)."""
    return replace(place, country=where.country, admin1=where.admin1, lat=where.lat, lon=where.lon)


def geocode_place(place: Place, context_country: str | None = None) -> Place:
    """The place with gazetteer fields filled from its name (unchanged when unknown)."""
    match = geocode(place.name, context_country)
    return _with_match(place, match) if match else place
