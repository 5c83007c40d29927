"""Narratives an article advances, multi-label, over the two-level taxonomy.

Weak supervision: every fine label has a short description and cue patterns of our own
(data/narrative_cues.yaml). A label's score blends how many sentences hit its cues with how
close the article's best sentences come to its description in the static embedding space. The
descriptions are centred per domain (what all war or all climate labels share is taken out) and the
closeness is a z-score over the article's candidate labels, so it is calibrated on the article itself.
A report whose own voice uses loaded words (a government called a regime, opponents called globalists
or tyrants) argues, and is held to the lower 'dense' threshold. Once one label passes, the article is
argued: further labels with a cue in the writer's own voice need only the opinion threshold, up to the
usual count of narratives in an argued piece.
Labels of a domain (URW: the war around Ukraine; CC: climate) are considered only when the
article is about that domain (climate includes energy policy: green deal, energy transition). Reporting articles need more evidence than opinion pieces; a report
with no label over its threshold but whose own sentences (quoted speech blanked) carry cues of many
labels (one that relays one side's claims at length) is held to a lower one. An article argues one
side of its domain's debate (climate: alarm or scepticism; war: pro-Kremlin or pro-Western, with fears
of escalation and war outcomes argued by both): when labels of both sides pass, the side with fewer
evidence sentences is the view the article rebuts and is dropped. An article with no label over the
threshold is 'Other'.
'<coarse>: Other' is kept only when no sibling label of the same coarse narrative is chosen.
Cues read each sentence as one line, so hard-wrapped text matches like running text.
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
        r"green (deal|agenda|transition|levies|taxes|policies|energy)|energy transition|decarboni[sz]\w*)\b",
        re.IGNORECASE,
    ),
}
DOMAIN_MIN_HITS = 4
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


@dataclass
class _Label:
    label: str
    domain: str
    about: str
    cues: list[re.Pattern]
    soft: list[re.Pattern] = field(default_factory=list)  # wording neutral reports also use: counts in argued genres only


@lru_cache(maxsize=1)
def _labels() -> list[_Label]:
    spec = narrative_cues()
    out = []
    for label in fine_narratives():
        entry = spec.get(label) or {}
        about = entry.get("about") or label.split(":")[-1].strip()
        cues = [re.compile(c, re.IGNORECASE) for c in entry.get("cues") or []]
        soft = [re.compile(c, re.IGNORECASE) for c in entry.get("soft_cues") or []]
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


def cue_matches(label: str, sentence: str) -> bool:
    """Whether one of the label's cues fires on the sentence (read as one line)."""
    line = " ".join(sentence.split())
    return any(c.search(line) for lab in _labels() if lab.label == label for c in lab.cues + lab.soft)


def article_domains(text: str) -> set[str]:
    return {name for name, pattern in DOMAIN_TERMS.items() if len(pattern.findall(text)) >= DOMAIN_MIN_HITS}


def score_narratives(text: str, sents: list[Sentence], genre: str) -> list[NarrativeLabel]:
    """Predicted labels, best first; [Other] when none passes the genre's threshold."""
    domains = article_domains(text)
    labels = [lab for lab in _labels() if lab.domain in domains]
    if not labels or not sents:
        return [NarrativeLabel("Other", 1.0)]
    sent_vectors = embed([s.text for s in sents])
    label_vectors = _label_vectors()
    index = {lab.label: i for i, lab in enumerate(_labels())}
    flat = [" ".join(s.text.split()) for s in sents]  # cues read a sentence as one line
    own = [" ".join(outside_quotes(s.text).split()) for s in sents]  # the same without quoted speech
    closeness = _closeness(sent_vectors, [index[lab.label] for lab in labels])
    scored = []
    evidence: dict[str, list[Sentence]] = {}
    own_voice: set[str] = set()
    for lab in labels:
        cues = lab.cues if genre == "reporting" else lab.cues + lab.soft
        hits = [s for s, line in zip(sents, flat) if any(c.search(line) for c in cues)]
        evidence[lab.label] = hits
        if any(any(c.search(line) for c in cues) for line in own):
            own_voice.add(lab.label)
        cue_score = 1.0 - math.exp(-len(hits) / 1.5)
        emb_score = closeness.get(index[lab.label], 0.0)
        score = CUE_WEIGHT * cue_score + EMBED_WEIGHT * emb_score
        if hits:
            scored.append(NarrativeLabel(lab.label, round(score, 3), hits[:5]))
    threshold = THRESHOLD.get(genre, THRESHOLD["reporting"])
    if threshold > THRESHOLD["opinion"] and any(SLANT.search(line) for line in own):
        threshold = THRESHOLD["dense"]  # a report in loaded words argues
    passed = [n for n in scored if n.score >= threshold]
    if not passed and sum(n.label in own_voice for n in scored) >= DENSE_LABELS:
        # a report where no one label is well evidenced but whose own sentences (not only the speech it
        # quotes) carry the cues of many labels is argued, not neutral
        passed = [n for n in scored if n.score >= THRESHOLD["dense"]]
    if passed:
        chosen_labels = {n.label for n in passed}
        support = [n for n in scored if n.label not in chosen_labels and n.label in own_voice and n.score >= SUPPORT]
        passed += sorted(support, key=lambda n: -n.score)[: max(0, SUPPORT_UPTO - len(passed))]
    passed = _one_side(_without_redundant_other(passed), evidence)
    chosen = sorted(passed, key=lambda n: -n.score)[:MAX_LABELS]
    if not chosen:
        best = max((n.score for n in scored), default=0.0)
        return [NarrativeLabel("Other", round(1.0 - best, 3))]
    return chosen


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
