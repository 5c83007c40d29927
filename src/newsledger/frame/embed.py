"""Sentence embeddings from the bundled static model (model2vec; no torch, no network).

The model lives in frame/data/minilm-static (built by scripts/distill_frame_model.py). If it
is missing, `encoder()` returns None and framing runs on its cue lexicons alone.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).parent / "data" / "minilm-static"


@lru_cache(maxsize=1)
def encoder():
    if not (MODEL_DIR / "model.safetensors").exists():
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # huggingface_hub sets its log level from this when it configures its logger (lazily, on load),
    # so a local model without a model card does not print a warning on every run
    os.environ.setdefault("HF_HUB_VERBOSITY", "error")
    import logging

    logging.getLogger("model2vec").setLevel(logging.ERROR)
    from model2vec import StaticModel

    return StaticModel.from_pretrained(str(MODEL_DIR))


def embed(texts: list[str]) -> np.ndarray | None:
    """Unit-length rows, one per text; None when no model is available."""
    model = encoder()
    if model is None or not texts:
        return None
    vectors = np.asarray(model.encode(texts), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms
