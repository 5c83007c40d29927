"""Narratives an article advances, multi-label, over the two-level taxonomy.

Weak supervision: every fine label has a short description and cue patterns of our own
(data/narrative_cues.yaml). A label's score blends how many sentences hit its cues with how
close the article's best sentences come to its description in the static embedding space. The
descriptions are centred per domain (what all war or all climate labels share is taken out) and the
closeness is a z-score over the article's candidate labels, so it is calibrated on the article itself.
A report whose own voice uses loaded words (a government called a regime, opponents called globalists
or tyrants) argues, and is held to the lower 'dense' threshold. Once one label passes, the article is
argued: further labels with a cue in the writer's own voice need only the opinion threshold, up to the
usual count of narratives in an argued piece (counted after the side the article rebuts is dropped).
Labels of a domain (URW: the war around Ukraine; CC: climate) are considered only when the
article is about that domain (climate includes energy policy: green deal, energy transition; and its physical
signs: glaciers and meltwater, droughts, wildfires, sea ice, permafrost, rising seas). The climate gate is graded:
a text with a few climate words whose whole lies much closer to the climate labels' descriptions than to the war
labels' is about the climate (the war gate stays on its words: closeness to war labels says 'a war', any war). Reporting articles need more evidence than opinion pieces; a report
with no label over its threshold but whose own sentences (quoted speech blanked) carry cues of many
labels (one that relays one side's claims at length) is held to a lower one. An article argues one
side of its domain's debate (climate: alarm or scepticism; war: pro-Kremlin or pro-Western, with fears
of escalation and war outcomes argued by both): when labels of both sides pass, the side with fewer
evidence sentences is the view the article rebuts and is dropped. An article with no label over the
threshold is 'Other', unless it is argued (not a report) and the learned fallback (learned.py: prototypes of the
coarse narratives over whole-article embeddings, fitted on the project's labelled sets) finds it close to some.
'<coarse>: Other' is kept only when no sibling label of the same coarse narrative is chosen.
Cues read each sentence as one line, so hard-wrapped text matches like running text, and with the war actor
the nearest earlier sentence named (one side only, within three sentences) carried into a bare force noun of a
sentence that names none ("Moscow's offensive has stalled. ... A collapsing army" reads "a collapsing Russian army").
Besides phrase patterns, a label has concept cues: a few groups of its key content words (a word of each group,
inflected, in any order within a short span of one sentence), so the same argument put in another word order is
found. They are looser, so they count only outside the reporting genre; a sentence both a phrase cue and the
concepts find weighs more than one either finds; a label only concepts find joins as support (or, in an argued
piece where no phrase cue passes, as one of its best few labels), never on its own beside strong labels.
A label's 'soft' cues are wording that neutral reports also use (a warmest year on record, marine heatwaves):
they count as evidence only outside the reporting genre.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from newsledger.frame.embed import embed
from newsledger.frame.labels import coarse, fine_narratives, narrative_cues
from newsledger.frame.text import Sentence, outside_quotes

DOMAIN_TERMS = {
    "URW": re.compile(
        r"\b(ukrain\w*|kiev|kyiv|zelensk\w*|nato|kremlin|putin|russia\w*|donbas\w*|crimea\w*|moscow|donetsk|luhansk|kharkiv|kharkov)\b",
        re.IGNORECASE,
    ),
    "CC": re.compile(
        r"\b(climate|global warming|carbon|co2|emissions?|greenhouse|net[- ]zero|renewables?|fossil fuels?|ipcc|"
        r"global heating|warming|heat ?waves?|tipping points?|ice (sheets?|caps?)|sea[- ]levels?|oil and gas|coal|"
        r"wind (farms?|turbines?|power)|solar (panels?|power|farms?)|heat pumps?|electric (cars?|vehicles)|alarmists?|"
        r"green (deal|agenda|transition|levies|taxes|policies|energy)|energy transition|decarboni[sz]\w*|"
        # the physical signs of a changing climate: an article on vanishing glaciers or failing rains is about it
        # even when it never says 'climate' four times
        r"glaciers?|glacial (melt|retreat|lakes?)|meltwater|droughts?|permafrost|sea ice|snowpack|wildfires?|"
        r"extreme weather|rising (seas?|oceans?|sea levels?)|(seas?|oceans?) (is |are )?rising|salt ?water intrusion|salini[sz]ation|coral (reefs?|bleaching)|deforestation|"
        r"(melting|vanishing|retreating|disappearing|shrinking|thawing) (ice|snow\w*)|(ice|snow\w*) (is |are )?(melting|vanishing|retreating|disappearing|shrinking|thawing))\b",
        re.IGNORECASE,
    ),
}
DOMAIN_MIN_HITS = 4
# Closeness of the whole text to a domain's descriptions, beyond its closeness to the other domain, counts as
# one hit per this much cosine margin (climate pieces stand 0.07 .. 0.22 closer to the climate labels than to the
# war labels; war pieces and unrelated news stand below 0.01), up to DOMAIN_EMBED_CAP hits.
DOMAIN_MARGIN_PER_HIT = 0.025
DOMAIN_EMBED_CAP = 3.0
# ... for the climate domain only: the war labels' descriptions share war in general, so closeness to them says
# 'a war' (a terror attack, the Sahel), not this war, whose names (Ukraine, Kremlin) its words already are
DOMAIN_EMBEDDED = frozenset({"CC"})
THRESHOLD = {"opinion": 0.45, "satire": 0.45, "reporting": 0.6, "dense": 0.525}
# Once one label passes, the article is argued, and a further label needs only the opinion threshold with a cue
# in the writer's own voice: propaganda pieces carry several narratives, each often voiced once.
SUPPORT = THRESHOLD["opinion"]
SUPPORT_UPTO = 4  # ... up to the usual count of narratives in an argued piece (annotators rarely give more)
# Loaded words a neutral report does not use in its own voice (it quotes them): a 'report' that calls a
# government a regime, its opponents globalists or tyrants, or a scientific field a hoax is argued, and is
# held to the lower threshold of a dense report. ('so-called' and 'neo-Nazi' are not here: wire copy uses them.)
SLANT = re.compile(
    r"\b((kiev|kyiv|zelensky|zelenskyy)(['’]s)? regime|junta|globalists?|uniparty|tyrants?|despots?|warmongers?|"
    r"war ?party|alarmists?|climate (cult|hysteria|scam|hoax)|hoax|scam|puppets?|mainstream media|propagandists?|"
    r"russophob\w*|collective west|anglo-saxons?|lapdogs?|vassals?|cannon fodder|meat ?grinder|(his|the) war machine|"
    r"mad (russian|dictator|leader)|sabre[- ]rattling|rattl\w+ (his|its|the) (nuclear )?sabre)\b",
    re.IGNORECASE,
)
CORROBORATED = 1.5  # weight of a sentence a phrase cue and a concept cue of the label both match (argued genres only)
CONCEPT_ONLY = 1.0  # ... and of one only concept cues match
DENSE_LABELS = 4  # labels with cue hits from which an otherwise 'Other' report is held to the 'dense' threshold
CUE_WEIGHT, EMBED_WEIGHT = 0.8, 0.2
# the embedding term: how far a label's closest sentences stand out among the domain's labels in this article
# (a z-score over the labels), so it is calibrated on the article's own distribution, not an absolute cosine
EMBED_FLOOR, EMBED_SPAN = -1.0, 2.0
MAX_EXPLANATION_WORDS = 80
MAX_LABELS = 7
# Narratives of opposite sides: an article argues one side, so the other side's narratives found in it are
# views it rebuts or mocks ("every storm is proof of a climate emergency", "Moscow thought Europe was divided").
ALARM = "CC: Amplifying Climate Fears"
PRO_WESTERN = ("URW: Overpraising the West", "URW: Speculating war outcomes: Russian army is collapsing")
SIDELESS = ("URW: Amplifying war-related fears", "URW: Speculating war outcomes")  # argued by either side


@dataclass
class NarrativeLabel:
    label: str
    score: float
    evidence: list[Sentence] = field(default_factory=list)


CONCEPT_WINDOW = 16  # words: a concept cue's content words must all fall within this span of one sentence
_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")
_INFLECTIONS = ("", "s", "es", "ed", "ing", "'s", "’s", "s'", "s’")


@lru_cache(maxsize=4096)
def _words(line: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(line.lower()))


def _term_matches(term: str, word: str) -> bool:
    """A term matches a word of its own lemma: the bare word or a regular inflection ('profit' -> profits,
    profited); 'arm*' matches any continuation."""
    if term.endswith("*"):
        return word.startswith(term[:-1])
    if word.startswith(term) and word[len(term):] in _INFLECTIONS:
        return True
    # 'provoke' -> provoked, provoking; 'rely' -> relies, relied
    return (term.endswith("e") and word in (term + "d", term[:-1] + "ing")) or (
        term.endswith("y") and word in (term[:-1] + "ies", term[:-1] + "ied"))


class _Concept:
    """A cue given as the label's key concepts rather than a phrase: a few groups of content words, one word of
    each group anywhere within CONCEPT_WINDOW words of the others, in any order ('arms makers' profits' and 'the
    profits of the weapons industry' are the same argument). A group's words are alternatives; 'a_b' is the
    two-word sequence 'a b'."""

    def __init__(self, groups: list[str]):
        self.groups = [[tuple(t.split("_")) for t in g.split()] for g in groups]
        self.pattern = " + ".join(groups)
        # a cheap first pass: each group's word stems must occur somewhere in the line (a superset of matches)
        self._stems = [
            re.compile(r"\b(?:" + "|".join(re.escape(seq[0].rstrip("*").rstrip("ey") or seq[0]) for seq in g) + ")", re.IGNORECASE)
            for g in self.groups
        ]

    def _positions(self, words: tuple[str, ...], group: list[tuple[str, ...]]) -> list[int]:
        out = []
        for i in range(len(words)):
            for seq in group:
                if i + len(seq) <= len(words) and all(_term_matches(t, words[i + j]) for j, t in enumerate(seq)):
                    out.append(i)
                    break
        return out

    def search(self, line: str) -> bool:
        if not all(stem.search(line) for stem in self._stems):
            return False
        words = _words(line)
        positions = []
        for group in self.groups:
            found = self._positions(words, group)
            if not found:
                return False
            positions.append(found)
        # some occurrence of the first group with an occurrence of every other group near it
        return any(all(any(abs(p - a) < CONCEPT_WINDOW for p in ps) for ps in positions[1:]) for a in positions[0])


@dataclass
class _Label:
    label: str
    domain: str
    about: str
    cues: list[re.Pattern]
    soft: list[re.Pattern] = field(default_factory=list)  # wording neutral reports also use: counts in argued genres only


def _one_pattern(patterns: list) -> re.Pattern | None:
    """The phrase cues of a label as one alternation (a sentence matches it when it matches any of
    them): one regex search per sentence and label instead of one per cue."""
    phrases = [p.pattern for p in patterns if isinstance(p, re.Pattern)]
    if not phrases:
        return None
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


@lru_cache(maxsize=None)
def _label_matchers(label: str, argued: bool) -> tuple[re.Pattern | None, list]:
    """(phrase cues in one regex, concept cues) that count for a label in a reporting or argued
    genre; soft cues and concepts count only in argued ones."""
    lab = next(lab for lab in _labels() if lab.label == label)
    cues = lab.cues + lab.soft if argued else lab.cues
    return _one_pattern(cues), [c for c in cues if isinstance(c, _Concept)]


@lru_cache(maxsize=1)
def _labels() -> list[_Label]:
    spec = narrative_cues()
    out = []
    for label in fine_narratives():
        entry = spec.get(label) or {}
        about = entry.get("about") or label.split(":")[-1].strip()
        cues = [re.compile(c, re.IGNORECASE) for c in entry.get("cues") or []]
        soft = [re.compile(c, re.IGNORECASE) for c in entry.get("soft_cues") or []]
        # concept cues match looser than phrases (any order), so like soft cues they count only where the author argues
        soft += [_Concept(groups) for groups in entry.get("concepts") or []]
        out.append(_Label(label, label.split(":")[0].strip(), about, cues, soft))
    return out


@lru_cache(maxsize=1)
def _label_vectors() -> np.ndarray | None:
    """Label descriptions, centred per domain: what all of a domain's labels share (the war, the climate) is
    taken out, so a sentence's similarity measures which narrative it argues, not what topic it is on."""
    vectors = embed([lab.about for lab in _labels()])
    if vectors is None:
        return None
    domains = np.array([lab.domain for lab in _labels()])
    for domain in set(domains):
        rows = domains == domain
        vectors[rows] -= vectors[rows].mean(axis=0)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


# A sentence often goes on about the actor the sentence before it named, in a bare noun phrase: "Russia's offensive
# has stalled. ... A collapsing army can still do harm." Cues read such a sentence with the actor carried over
# ("a collapsing Russian army"), when the nearest earlier sentence (within ACTOR_REACH) that names a side of the war
# names only one side; a sentence that names an actor itself is read as it is.
ACTOR_REACH = 3
_ACTOR_SIDES = {
    "Russian": re.compile(r"\b(russia\w*|moscow|kremlin|putin\w*|soviet)\b", re.IGNORECASE),
    "Ukrainian": re.compile(r"\b(ukrain\w*|kyiv|kiev|zelensk\w*)\b", re.IGNORECASE),
}
# a bare definite/indefinite military noun phrase ('the army', 'a collapsing army', 'its exhausted troops'),
# used as a noun ('military administration' is not); 'that' and 'this' are left out ('signs that his army')
_BARE_FORCE = re.compile(
    r"\b(?i:(the|a|an|its|their)\s+((?:(?!(?:his|her|its|their|of|and|or|that|this)\b)[a-z][\w-]*\s+){0,2}?)"
    r"(army|armies|military|troops|forces|soldiers|units|war machine|offensive|conscripts|recruits))\b"
    # ... used as a noun (what follows is a verb, a relative or a stop), not as a modifier ('military administration')
    r"(?=\s*[,;:.!?]|\s+(?i:is|are|was|were|has|have|had|can|could|will|would|may|might|must|that|which|who|does|did|"
    r"still|now|no|never|also|already|simply|\w+ed|\w+ing)\b)"
)


def _with_carried_actor(lines: list[str]) -> list[str]:
    """Each line, with the actor of the nearest earlier line that names one carried into its bare force nouns."""
    out = []
    last: tuple[int, str] | None = None  # (index, side) of the nearest line naming one side only
    for i, line in enumerate(lines):
        named = {side for side, pattern in _ACTOR_SIDES.items() if pattern.search(line)}
        if named:
            last = (i, next(iter(named))) if len(named) == 1 else None
            out.append(line)
            continue
        if last is not None and i - last[0] <= ACTOR_REACH:
            side = last[1]
            line = _BARE_FORCE.sub(lambda m: f"{_article(m.group(1), m.group(2) or side)} {m.group(2)}{side} {m.group(3)}", line)
        out.append(line)
    return out


def _article(determiner: str, next_word: str) -> str:
    """'a'/'an' as the word now following it needs; other determiners as they are."""
    if determiner.lower() not in ("a", "an"):
        return determiner
    return determiner[0] + "n" if next_word[:1].lower() in "aeiou" else determiner[0]


def cue_matches(label: str, sentence: str) -> bool:
    """Whether one of the label's cues fires on the sentence (read as one line)."""
    line = " ".join(sentence.split())
    return any(c.search(line) for lab in _labels() if lab.label == label for c in lab.cues + lab.soft)


def article_domains(text: str) -> set[str]:
    """Domains the article is about: graded evidence of the domain's words (DOMAIN_TERMS hits) plus, for the climate,
    how much closer the whole text lies to the domain's label descriptions than to the other domain's (a piece on
    rising seas, salt in the rice fields and stronger storms is about the climate even when it names few of its
    words). The closeness adds at most DOMAIN_EMBED_CAP hits' worth, and only when one of the domain's words occurs."""
    line = " ".join(text.split())  # read as running text: a term broken over a hard-wrapped line still counts
    hits = {name: len(pattern.findall(line)) for name, pattern in DOMAIN_TERMS.items()}
    graded = any(0 < h < DOMAIN_MIN_HITS for name, h in hits.items() if name in DOMAIN_EMBEDDED)
    margins = _domain_margins(text) if graded else {}
    out = set()
    for name, h in hits.items():
        margin = margins.get(name, 0.0) if name in DOMAIN_EMBEDDED else 0.0
        closeness = min(DOMAIN_EMBED_CAP, max(0.0, margin) / DOMAIN_MARGIN_PER_HIT)
        if h >= DOMAIN_MIN_HITS or (h and h + closeness >= DOMAIN_MIN_HITS):
            out.add(name)
    return out


@lru_cache(maxsize=1)
def _domain_vectors() -> dict[str, np.ndarray] | None:
    """Per domain, the unit mean of its label descriptions (not centred: here what they share is the point)."""
    vectors = embed([lab.about for lab in _labels()])
    if vectors is None:
        return None
    domains = np.array([lab.domain for lab in _labels()])
    out = {}
    for domain in set(domains):
        mean = vectors[domains == domain].mean(axis=0)
        out[domain] = mean / (np.linalg.norm(mean) or 1.0)
    return out


def _domain_margins(text: str) -> dict[str, float]:
    """Per domain, the text's cosine to it minus its best cosine to another domain."""
    centres = _domain_vectors()
    vector = embed([text])
    if centres is None or vector is None:
        return {}
    sims = {name: float(vector[0] @ centre) for name, centre in centres.items()}
    return {name: sim - max((v for other, v in sims.items() if other != name), default=0.0) for name, sim in sims.items()}


@dataclass
class LabelEvidence:
    """What the cues and the embedding say about one candidate label in one article."""

    label: str
    score: float  # CUE_WEIGHT * cue_score + EMBED_WEIGHT * emb_score
    cue_score: float
    emb_score: float
    weight: float  # summed sentence weights of its cue hits
    hits: list[Sentence]
    phrased: bool  # a phrase cue (not only a concept cue) finds it
    own_voice: bool  # a cue fires outside quoted speech


@dataclass
class ArticleEvidence:
    domains: set[str]
    labels: list[LabelEvidence]  # one per candidate label of the article's domains
    sent_vectors: np.ndarray | None
    slanted: bool  # the writer's own voice uses loaded words


def article_evidence(text: str, sents: list[Sentence], genre: str) -> ArticleEvidence:
    """Per candidate label, its cue and embedding evidence (the input of score_narratives)."""
    domains = article_domains(text)
    labels = [lab for lab in _labels() if lab.domain in domains]
    if not labels or not sents:
        return ArticleEvidence(domains, [], None, False)
    sent_vectors = embed([s.text for s in sents])
    index = {lab.label: i for i, lab in enumerate(_labels())}
    # cues read a sentence as one line, with the actor an earlier sentence named carried into its bare force nouns
    flat = _with_carried_actor([" ".join(s.text.split()) for s in sents])
    own = _with_carried_actor([" ".join(outside_quotes(s.text).split()) for s in sents])  # without quoted speech
    closeness = _closeness(sent_vectors, [index[lab.label] for lab in labels])
    out = []
    for lab in labels:
        phrases, concepts = _label_matchers(lab.label, genre != "reporting")
        # per sentence: whether a phrase cue matched, and whether a concept cue did
        found = [_cue_hits(line, phrases, concepts) for line in flat]
        matched = [(s, _sentence_weight(phrase, concept, genre)) for s, (phrase, concept) in zip(sents, found)]
        phrased = any(phrase for phrase, _ in found)
        hits = [s for s, w in matched if w]
        own_voice = any(any(_cue_hits(line, phrases, concepts)) for line in own) if hits else False
        weight = sum(w for _, w in matched)
        cue_score = 1.0 - math.exp(-weight / 1.5)
        emb_score = closeness.get(index[lab.label], 0.0)
        score = CUE_WEIGHT * cue_score + EMBED_WEIGHT * emb_score
        out.append(LabelEvidence(lab.label, score, cue_score, emb_score, weight, hits, phrased, own_voice))
    return ArticleEvidence(domains, out, sent_vectors, any(SLANT.search(line) for line in own))


def score_narratives(text: str, sents: list[Sentence], genre: str) -> list[NarrativeLabel]:
    """Predicted labels, best first; [Other] when none passes the genre's threshold."""
    ev = article_evidence(text, sents, genre)
    chosen = labels_from_evidence(ev, genre)
    if chosen[0].label == "Other" and genre != "reporting" and ev.labels:
        # an argued piece in wording no cue knows: the learned fallback reads it as a whole (learned.py)
        from newsledger.frame.learned import fallback

        found = fallback(ev.sent_vectors, ev.domains)
        if found:
            return [NarrativeLabel(label, round(score, 3), [sents[i] for i in idx]) for label, score, idx in found]
    return chosen


def labels_from_evidence(ev: ArticleEvidence, genre: str) -> list[NarrativeLabel]:
    """The cue scorer's decision over an article's evidence."""
    if not ev.labels:
        return [NarrativeLabel("Other", 1.0)]
    scored = [NarrativeLabel(e.label, round(e.score, 3), e.hits[:5]) for e in ev.labels if e.hits]
    evidence = {e.label: e.hits for e in ev.labels}
    own_voice = {e.label for e in ev.labels if e.own_voice}
    phrased = {e.label for e in ev.labels if e.phrased}
    threshold = THRESHOLD.get(genre, THRESHOLD["reporting"])
    if threshold > THRESHOLD["opinion"] and ev.slanted:
        threshold = THRESHOLD["dense"]  # a report in loaded words argues
    # a label only the looser concept cues find does not stand on its own: it joins as support below
    passed = [n for n in scored if n.score >= threshold and n.label in phrased]
    if not passed and sum(n.label in own_voice for n in scored) >= DENSE_LABELS:
        # a report where no one label is well evidenced but whose own sentences (not only the speech it
        # quotes) carry the cues of many labels is argued, not neutral
        passed = [n for n in scored if n.score >= THRESHOLD["dense"] and n.label in phrased]
    if not passed:
        # an argued piece in which no phrase cue is strong enough but its key concepts are: its best such labels,
        # up to the usual count of narratives
        passed = sorted((n for n in scored if n.score >= threshold), key=lambda n: -n.score)[:SUPPORT_UPTO]
    elif passed:
        # the side the article rebuts takes none of the support slots (a sceptic piece that quotes the alarm it mocks)
        passed = _one_side(_without_redundant_other(passed), evidence)
        chosen_labels = {n.label for n in passed}
        support = [n for n in scored if n.label not in chosen_labels and n.label in own_voice and n.score >= SUPPORT]
        passed += sorted(support, key=lambda n: -n.score)[: max(0, SUPPORT_UPTO - len(passed))]
    passed = _one_side(_without_redundant_other(passed), evidence)
    chosen = sorted(passed, key=lambda n: -n.score)[:MAX_LABELS]
    if not chosen:
        best = max((n.score for n in scored), default=0.0)
        return [NarrativeLabel("Other", round(1.0 - best, 3))]
    return chosen


def _cue_hits(line: str, phrases: re.Pattern | None, concepts: list) -> tuple[bool, bool]:
    """(a phrase cue matches the line, a concept cue does)."""
    return (
        phrases is not None and phrases.search(line) is not None,
        any(c.search(line) for c in concepts),
    )


def _sentence_weight(phrase: bool, concept: bool, genre: str) -> float:
    """How much one sentence counts as evidence for a label: 1 for a phrase cue. The label's key concepts in any
    order are looser: a sentence only they find counts CONCEPT_ONLY, and such labels join only as support (see
    labels_from_evidence); a sentence both a phrase cue and the concepts find is firmer evidence than either, 1.5 (phrase cues of a
    label overlap, so two of them are not two findings). Concepts count only in argued genres (see _labels)."""
    if phrase and concept and genre != "reporting":
        return CORROBORATED
    return 1.0 if phrase else CONCEPT_ONLY if concept else 0.0


def _closeness(sent_vectors: np.ndarray | None, rows: list[int]) -> dict[int, float]:
    """Per label row, 0..1: how much more than the article's other candidate labels its three closest sentences
    resemble its description (z-score of the mean of the top three similarities, over the candidates)."""
    label_vectors = _label_vectors()
    if sent_vectors is None or label_vectors is None or len(rows) < 2:
        return {}
    sims = sent_vectors @ label_vectors[rows].T  # sentences x labels
    top = np.sort(sims, axis=0)[-3:].mean(axis=0)
    z = (top - top.mean()) / (top.std() or 1.0)
    return {row: float(np.clip((v - EMBED_FLOOR) / EMBED_SPAN, 0.0, 1.0)) for row, v in zip(rows, z)}


def side(label: str) -> str | None:
    """Which side of its domain's debate a narrative argues; None for narratives either side argues."""
    if label.startswith("CC:"):
        return "alarm" if coarse(label) == ALARM else "sceptic"
    if coarse(label) in PRO_WESTERN or label in PRO_WESTERN:
        return "pro-Western"
    if coarse(label) in SIDELESS:
        return None
    return "pro-Kremlin"


def _one_side(labels: list[NarrativeLabel], evidence: dict[str, list[Sentence]]) -> list[NarrativeLabel]:
    """Keep, per domain, the side with more sentences of evidence (then the best score); drop the other."""
    weight: dict[tuple[str, str], tuple[int, float]] = {}
    for domain in {n.label.split(":")[0] for n in labels}:
        sides: dict[str, tuple[set, float]] = {}
        for n in labels:
            name = side(n.label)
            if name is None or not n.label.startswith(domain + ":"):
                continue
            sentences, best = sides.get(name, (set(), 0.0))
            sides[name] = (sentences | {s.start for s in evidence.get(n.label, [])}, max(best, n.score))
        for name, (sentences, best) in sides.items():
            weight[(domain, name)] = (len(sentences), best)
    keep = {}
    for (domain, name), w in weight.items():
        if domain not in keep or w > weight[(domain, keep[domain])]:
            keep[domain] = name
    return [n for n in labels if side(n.label) is None or keep.get(n.label.split(":")[0]) == side(n.label)]


def _without_redundant_other(labels: list[NarrativeLabel]) -> list[NarrativeLabel]:
    """'<coarse>: Other' is for a narrative none of its siblings describes: drop it when one does."""
    specific = {coarse(n.label) for n in labels if not n.label.endswith(": Other")}
    return [n for n in labels if not (n.label.endswith(": Other") and coarse(n.label) in specific)]


def explanation(narrative: NarrativeLabel, max_words: int = MAX_EXPLANATION_WORDS) -> str:
    """The dominant narrative's own supporting sentences, cut to at most `max_words` words."""
    words: list[str] = []
    for sent in narrative.evidence:
        remaining = max_words - len(words)
        if remaining <= 0:
            break
        words.extend(sent.text.split()[:remaining])
    return " ".join(words)
