"""Extraction: spaCy pipeline plus rules -> ArticleExtraction (mentions, figures, claims, places, dates).

Contract: `extract_article(article) -> ArticleExtraction`; `extract_many(articles)` streams them.
"""
