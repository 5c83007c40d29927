"""Framing: how an article and an outlet frame events (genre, narratives, entity roles, techniques).

Contract: `frame_article(article, doc=None) -> ArticleFrame`; `to_export(frame) -> dict` is what
the store keeps and the JSON export puts on each article; `outlet_profile(...)` aggregates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsledger.frame.profile import outlet_profile
from newsledger.records import Article

FRAMER_VERSION = "1"

__all__ = ["FRAMER_VERSION", "ArticleFrame", "frame_article", "outlet_profile", "to_export"]


@dataclass
class ArticleFrame:
    article_id: str
    genre: str
    genre_score: float
    genre_cues: list[str]
    narratives: list[Any]
    explanation: str
    entities: list[Any]
    techniques: list[Any]
    words: int = 0
    extras: dict[str, Any] = field(default_factory=dict)


def frame_article(article: Article, doc=None, nlp=None) -> ArticleFrame:
    from newsledger.frame.entities import frame_entities
    from newsledger.frame.genre import classify_genre
    from newsledger.frame.narratives import explanation, score_narratives
    from newsledger.frame.techniques import find_techniques
    from newsledger.frame.text import parse, sentences, word_count
    from newsledger.sentences import release

    if doc is None:
        doc = nlp(article.text) if nlp is not None else parse(article.text)
    genre = classify_genre(article.text)
    sents = sentences(doc)
    narratives = score_narratives(article.text, sents, genre.label)
    entities = frame_entities(doc, article.title)
    release(doc)
    return ArticleFrame(
        article_id=article.id,
        genre=genre.label,
        genre_score=genre.score,
        genre_cues=genre.cues,
        narratives=narratives,
        explanation=explanation(narratives[0]) if narratives and narratives[0].label != "Other" else "",
        entities=entities,
        techniques=find_techniques(article.text),
        words=word_count(article.text),
    )


def to_export(frame: ArticleFrame) -> dict[str, Any]:
    """The frame as plain JSON values, in the export contract's shape."""
    return {
        "genre": frame.genre,
        "genre_score": frame.genre_score,
        "genre_cues": list(frame.genre_cues),
        "narratives": [
            {"label": n.label, "score": n.score, "evidence": [{"start": s.start, "end": s.end} for s in n.evidence]}
            for n in frame.narratives
        ],
        "narrative_explanation": frame.explanation,
        "entities": [
            {
                "name": e.name,
                "main_role": e.main_role,
                "fine_roles": list(e.fine_roles),
                "evidence": [{"start": s, "end": t} for s, t in e.evidence],
            }
            for e in frame.entities
        ],
        "techniques": [{"label": t.label, "start": t.start, "end": t.end, "text": t.text} for t in frame.techniques],
        "words": frame.words,
        "framer_version": FRAMER_VERSION,
    }
