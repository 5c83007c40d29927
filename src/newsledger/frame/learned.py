"""A learned fallback for argued articles the cue scorer leaves at 'Other'.

Cue phrases find the narratives of the wording they were written for; an op-ed in new words often hits none, and
the cue scorer then calls it 'Other'. This fallback reads the article as a whole: the mean of its sentence
embeddings (the bundled static model), less the mean of the training articles, compared with one prototype per
coarse narrative (the normalised mean of the training articles that carry it). It speaks only for an argued
article (not the reporting genre) of a known domain, only when the closest prototype is at least GATE close
(an op-ed that argues none of the taxonomy's narratives stays 'Other'), and then names the TOP closest coarse
narratives of the article's domains that argue the same side of its debate as the closest one (narratives.side);
within each, the fine label whose description the article's three closest
sentences resemble most (the descriptions centred per domain, as the cue scorer's embedding term).

The prototypes are data/narrative_prototypes.json, built by scripts/build_narrative_model.py from the labelled
sets the project wrote (tests/data/narratives/); scripts/narrative_cv.py scores it leave-one-set-out. Without
the file or the embedding model, framing runs on the cue scorer alone.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).parent / "data" / "narrative_prototypes.json"
GATE = 0.3  # cosine to the closest prototype below which an argued article argues none of the narratives
TOP = 2  # coarse narratives named (annotators give an argued piece two or three)
EVIDENCE = 3  # sentences kept as evidence per label


def article_vector(sent_vectors: np.ndarray) -> np.ndarray:
    """The unit mean of an article's (unit) sentence vectors."""
    mean = sent_vectors.mean(axis=0)
    return mean / (np.linalg.norm(mean) or 1.0)


def fit(vectors: np.ndarray, coarse_sets: list[set[str]], coarse_labels: list[str]) -> dict:
    """Prototypes from article vectors and their gold coarse narratives; articles with none are left out (they
    would only pull the mean towards neutral prose)."""
    rows = [i for i, labels in enumerate(coarse_sets) if labels]
    x = vectors[rows]
    centre = x.mean(axis=0)
    xc = x - centre
    xc /= np.maximum(np.linalg.norm(xc, axis=1, keepdims=True), 1e-9)
    out = {"centre": centre.tolist(), "prototypes": {}}
    for label in coarse_labels:
        members = [j for j, i in enumerate(rows) if label in coarse_sets[i]]
        if members:
            proto = xc[members].mean(axis=0)
            out["prototypes"][label] = (proto / (np.linalg.norm(proto) or 1.0)).tolist()
    return out


def rounded(model: dict, digits: int = 5) -> dict:
    """The model with its floats rounded, for a small, stable file."""
    def r(v):
        return [round(float(x), digits) for x in v]

    return {"centre": r(model["centre"]), "prototypes": {k: r(v) for k, v in sorted(model["prototypes"].items())}}


@lru_cache(maxsize=1)
def shipped_model() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def coarse_scores(model: dict, sent_vectors: np.ndarray, domains: set[str]) -> dict[str, float]:
    """Cosine of the article (centred) to each prototype of its domains."""
    a = article_vector(sent_vectors) - np.asarray(model["centre"], dtype=np.float32)
    a /= np.linalg.norm(a) or 1.0
    return {
        label: float(a @ np.asarray(proto, dtype=np.float32))
        for label, proto in model["prototypes"].items()
        if label.split(":")[0] in domains
    }


def _one_side(ranked: list[str]) -> list[str]:
    """The ranked coarse narratives less those arguing the other side of the debate than the closest one (an
    article argues one side: a sceptic op-ed that sits near the alarm prototype too is not alarmed)."""
    from newsledger.frame.narratives import side

    first = next((side(label + ": x") for label in ranked if side(label + ": x")), None)
    return [label for label in ranked if side(label + ": x") in (None, first)]


def fallback(sent_vectors: np.ndarray | None, domains: set[str], model: dict | None = None) -> list[tuple[str, float, list[int]]]:
    """(fine label, score, indices of its evidence sentences) for the TOP closest coarse narratives, or [] when
    the article is close to none (or no model or vectors are at hand)."""
    from newsledger.frame.labels import coarse, fine_narratives
    from newsledger.frame.narratives import _label_vectors

    model = model if model is not None else shipped_model()
    label_vectors = _label_vectors()
    if model is None or sent_vectors is None or not len(sent_vectors) or label_vectors is None or not domains:
        return []
    scores = coarse_scores(model, sent_vectors, domains)
    if not scores or max(scores.values()) < GATE:
        return []
    fine = fine_narratives()
    out = []
    for label in _one_side(sorted(scores, key=lambda c: -scores[c]))[:TOP]:
        rows = [i for i, f in enumerate(fine) if coarse(f) == label and not f.endswith(": Other")]
        if not rows:
            out.append((label + ": Other", scores[label], []))
            continue
        sims = sent_vectors @ label_vectors[rows].T  # sentences x children
        best = int(np.argmax(np.sort(sims, axis=0)[-EVIDENCE:].mean(axis=0)))
        evidence = sorted(np.argsort(-sims[:, best])[:EVIDENCE].tolist())
        out.append((fine[rows[best]], scores[label], evidence))
    return out
