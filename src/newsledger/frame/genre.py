"""Genre: reporting, opinion or satire, from cues counted per 100 words.

Opinion cues: the author's own "we"/"I", calls to action and obligation, evaluative and
ideological vocabulary, exclamations and rhetorical questions, statement markers.
Reporting cues: attribution ("said", "according to", officials, spokespeople; not the passive "we are
told", which is the writer distancing themselves), quoted speech (a quotation someone is said to speak: a
speech verb before it in its sentence, a colon, or '," she said' after it; a short quoted phrase nobody speaks is a
scare quote and counts toward opinion), hedged reporting verbs, a dateline (a town in capitals before a dash; a nameplate line with its genre
label and date, "THE X — Analysis — 12 March 2031", is none). Opinion must outweigh reporting by a margin in a text that reports (attributes
at a news report's rate). A text that attributes below that rate is argued in the author's voice even
when it never says "we" or "I" (a third-person op-ed): the shortfall of attribution counts toward
opinion in an article-length text or one with an opinion cue (a short snippet with neither stays a report).
Satire needs an explicit marker. Each cue found is returned, so a
reader sees why an article got its label.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from newsledger.frame.text import outside_quotes, word_count

_I = re.IGNORECASE
OPINION_CUES: dict[str, re.Pattern] = {
    "author speaks as 'we'": re.compile(r"\b(we|our|ours|ourselves)\b", _I),
    "author speaks as 'I'": re.compile(r"(?<![\"“])\b(I|my|myself)\b(?!\.)"),
    "obligation or call to action": re.compile(
        r"\b(must|should|ought to|need to|needs to|it is (urgent|necessary|time)|is (urgently )?required|let us|we call|we demand|we urge)\b", _I
    ),
    "evaluative wording": re.compile(
        r"\b(barbaric|heinous|cowardly|shameful|disgraceful|outrageous|criminal|monstrous|vile|hypocritical|reckless|"
        r"reactionary|sinister|brutal|savage|despicable|absurd|ridiculous|pathetic|shocking|appalling|grotesque|"
        r"valiant|heroic|noble|glorious|bloodthirsty|warmongering|cynical|lies|lying|"
        r"fantasy|fantasies|obsession|obsessed|madness|lunacy|folly|insane|insanity|nonsense|delusion(al)?|zealots?|zealotry|"
        r"fanatic(s|al)?|hysteria|hysterical|scam|hoax|swindle|idiotic|stupid|farce|charade|sham|boondoggle|sanctimonious|"
        r"smug|arrogant|elitist|alarmists?|doom-?mongers?|scaremongering|fearmongering|corrupt to the core|rotten|betrayal|"
        r"cannon fodder|puppets?|toys for the rich|pipe ?dream|useful idiots)\b",
        _I,
    ),
    # (scare quotes are counted apart, by _quotes: a short quotation nobody is said to have spoken)
    "distancing ('so-called', scare quotes)": re.compile(
        r"\b(we|you) (are|were|have been|keep being) (told|assured|promised)\b|\bso-called\b|(?<=\s)‘[a-z][a-z-]*(?: [a-z-]+){0,2}’(?=[\s,.;:!?])", _I
    ),
    "wake-up call or direct challenge": re.compile(
        r"\b(wake up|make no mistake|let['’]?s be (honest|clear|frank)|let me be (clear|honest)|the (truth|fact) is|mark my words|"
        r"don['’]t be fooled|stop pretending|enough is enough|ask yourself|think about it|face it|it is time to|it['’]s time to|"
        r"(will|won['’]t|will not) tell you|nothing more than|the answer is (simple|obvious|clear))\b",
        _I,
    ),
    "reader addressed as 'you'": re.compile(r"\b(you|your|yours|yourself)\b", _I),
    "author's stance": re.compile(
        r"\b(I|we) (think|believe|suspect|fear|doubt|would argue|am convinced|have never)\b|"
        r"\b(in my (view|opinion)|frankly|of course|surely|obviously|needless to say)\b",
        _I,
    ),
    "ideological vocabulary": re.compile(
        r"\b(imperialis\w*|capitalis\w*|socialis\w*|communis\w*|working class|proletaria\w*|bourgeois\w*|oligarch\w*|"
        r"fascis\w*|nazi\w*|neo-?liberal\w*|globalist\w*|woke|trotskyis\w*|marxis\w*|class struggle)\b",
        _I,
    ),
    "exclamation": re.compile(r"!(?=\s|$)"),
    "rhetorical question": re.compile(r"\?(?=\s|$)"),
    "statement or commentary marker": re.compile(
        r"\b(party statement|editorial|op-ed|commentary|opinion|we (denounce|condemn|extend|express|stand|salute|reject|oppose))\b", _I
    ),
}
REPORTING_CUES: dict[str, re.Pattern] = {
    "attribution to a source": re.compile(
        # passive 'told' ('Africa is told', 'we were told') is what a writer says others are made to hear, not a source
        r"\b(said|says|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )told|according to|stated|announced|confirmed|"
        r"reported|added|noted|declined to comment|did not respond)\b",
        _I
    ),
    "officials cited": re.compile(r"\b(spokes(man|woman|person)|officials?|ministry|authorities|police said|investigators|agency)\b", _I),
    # quoted speech is counted apart, by _quotes: a quotation with a speaker
    "hedged reporting": re.compile(r"\b(reportedly|allegedly|appears to|is believed to|could not be (independently )?verified)\b", _I),
    # a town in capitals before a dash opening the lead ("KYIV — The toll ..."); a nameplate in capitals
    # with its genre label and date ("THE X — Analysis — 23 January 2031") is no dateline
    "dateline": re.compile(
        r"^[A-Z][A-Z .'-]{2,40}(, [A-Z][\w .]+)?( \([\w ]+\))? ?[-—–] (?![A-Z]\w*(?: [A-Z]\w*){0,2} [-—–|] )", re.MULTILINE
    ),
}
# A quotation is speech when someone is said to speak it: a speech verb earlier in its sentence ('said the strike
# was "a grave violation"', 'told reporters:'), a colon before it, or a speech verb after a closing comma or stop
# ('"We will rebuild," she said'). A long quotation or one that is a whole sentence is speech too (a quote that
# runs on over paragraphs). A short phrase in quotes that nobody is said to speak ('they call it "the
# international community"', 'spoke of "weakening Russia"') is the writer holding the words at a distance: a
# scare quote, an opinion cue, not a source.
_QUOTATION = re.compile(r"[\"“]([^\"“”]{1,400})[\"”]")
_SPEECH_VERB = (
    r"(said|says|saying|say|told|tells|added|adds|asked|asks|declared|declares|wrote|writes|warned|warns|stated|states|"
    r"insisted|insists|argued|argues|noted|notes|replied|explained|recalled|announced|tweeted|posted|quoted|"
    r"according to|in a statement|continued|urged|vowed|promised|claimed|claims|admitted|acknowledged|cautioned)"
)
_SPEAKER_BEFORE = re.compile(r"\b" + _SPEECH_VERB + r"\b(?! of\b| about\b)[^.!?\n]*$", _I)
_SPEAKER_AFTER = re.compile(r"^\s*(?:[\w.'’-]+\s+){0,5}?" + _SPEECH_VERB + r"\b", _I)
SCARE_QUOTE_WORDS = 6  # an unattributed quotation of at most this many words (not a whole sentence) is a scare quote


def _quotes(text: str) -> tuple[int, int]:
    """(quotations with a speaker, scare quotes) in the text."""
    speech = scare = 0
    for m in _QUOTATION.finditer(text):
        inner = m.group(1).strip()
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        before = text[max(sentence_start, m.start() - 160): m.start()]
        after = text[m.end(): m.end() + 60]
        spoken = (
            before.rstrip().endswith(":")
            or _SPEAKER_BEFORE.search(before) is not None
            or (inner[-1:] in ",.?!" and _SPEAKER_AFTER.search(after) is not None)
        )
        whole_sentence = inner[:1].isupper() and inner[-1:] in ".?!" and len(inner.split()) > 3
        if spoken or whole_sentence or len(inner.split()) > SCARE_QUOTE_WORDS:
            speech += len(inner) >= 15
        else:
            scare += 1
    return speech, scare


SATIRE_CUES = re.compile(r"\b(satire|satirical|parody|this is a joke|not real news|the onion)\b", _I)
# weights: how much one hit per 100 words moves the balance
OPINION_WEIGHT = {
    "author speaks as 'we'": 1.0,
    "author speaks as 'I'": 0.6,
    "obligation or call to action": 1.0,
    "evaluative wording": 1.2,
    "ideological vocabulary": 1.2,
    "exclamation": 1.5,
    "rhetorical question": 0.8,
    "statement or commentary marker": 3.0,
    "distancing ('so-called', scare quotes)": 1.2,
    "wake-up call or direct challenge": 1.5,
    "reader addressed as 'you'": 0.6,
    "author's stance": 1.0,
}
REPORTING_WEIGHT = {"attribution to a source": 1.2, "officials cited": 0.8, "quoted speech": 1.0, "hedged reporting": 1.0, "dateline": 4.0}
BIAS = 1.0  # per-100-word lead opinion needs over reporting ...
REPORTING_FLOOR = 1.5  # ... in a text that reports (below this rate a piece attributes too little to be a news report)
ARTICLE_WORDS = 120  # a text this long that hardly attributes speaks in its author's voice even without an opinion cue


@dataclass
class Genre:
    label: str
    score: float  # confidence in the label, 0.5 .. 1
    cues: list[str] = field(default_factory=list)
    opinion_rate: float = 0.0
    reporting_rate: float = 0.0


def classify_genre(text: str) -> Genre:
    words = max(word_count(text), 1)
    own_voice = outside_quotes(text)
    per100 = 100.0 / words
    cues: list[str] = []
    opinion = 0.0
    for name, pattern in OPINION_CUES.items():
        hits = pattern.findall(own_voice)
        if hits:
            opinion += OPINION_WEIGHT[name] * len(hits) * per100
            cues.append(f"{name} ({len(hits)})")
    speech, scare = _quotes(text)
    if scare:
        opinion += OPINION_WEIGHT["distancing ('so-called', scare quotes)"] * scare * per100
        cues.append(f"scare quotes ({scare})")
    reporting = 0.0
    for name, pattern in REPORTING_CUES.items():
        hits = pattern.findall(own_voice)
        if hits:
            reporting += REPORTING_WEIGHT[name] * len(hits) * per100
            cues.append(f"{name} ({len(hits)})")
    if speech:
        reporting += REPORTING_WEIGHT["quoted speech"] * speech * per100
        cues.append(f"quoted speech ({speech})")
    if SATIRE_CUES.search(text):
        return Genre("satire", 0.8, ["explicit satire marker"] + cues, opinion, reporting)
    # a news report attributes what it tells; a piece that hardly does is argued in the author's voice
    # even when its opinion cues are few, so the lead opinion needs is asked only of texts that report,
    # and below a report's rate the missing attribution itself counts toward opinion
    if reporting >= REPORTING_FLOOR:
        margin = opinion - reporting - BIAS
    else:
        argued = opinion > 0 or words >= ARTICLE_WORDS
        margin = opinion - reporting + ((REPORTING_FLOOR - reporting) if argued else 0.0)
    confidence = 1.0 / (1.0 + math.exp(-1.5 * abs(margin)))
    label = "opinion" if margin > 0 else "reporting"
    return Genre(label, round(confidence, 3), cues, round(opinion, 2), round(reporting, 2))
