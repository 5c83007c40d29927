"""Sentences of a parsed Doc computed once, shared by extraction and framing: `Token.sent` walks
the whole Doc on every call."""

from __future__ import annotations

_KEY = "newsledger_sentences"


def sentence_index(doc) -> tuple[list, list[int]]:
    """(sentences, sentence number of each token), cached on the Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached[1]) == len(doc):
        return cached
    sents = list(doc.sents)
    of = [0] * len(doc)
    for k, s in enumerate(sents):
        for i in range(s.start, s.end):
            of[i] = k
    doc.user_data[_KEY] = (sents, of)
    return sents, of


def sent_of(item):
    """The sentence Span holding a token, or holding the first token of a Span (what `.sent`
    gives, without its walk over the Doc)."""
    sents, of = sentence_index(item.doc)
    i = item.i if hasattr(item, "i") else item.start
    return sents[of[i]]


def doc_text(doc) -> str:
    """Doc.text, cached (the property joins every token on each call)."""
    text = doc.user_data.get("newsledger_text")
    if text is None:
        text = doc.text
        doc.user_data["newsledger_text"] = text
    return text


def release(doc) -> None:
    """Drop the cached sentences and text: the Spans refer back to the Doc, a cycle that would
    keep every parsed Doc alive until the cyclic garbage collector happens to run."""
    doc.user_data.pop(_KEY, None)
    doc.user_data.pop("newsledger_text", None)
    doc.user_data.pop("newsledger_claim_lemmas", None)
