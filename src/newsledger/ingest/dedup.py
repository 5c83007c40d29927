"""Near-duplicate detection: MinHash over word shingles, LSH for the look-up.

A story re-published with another headline or a different footer shares almost all of
its 5-word shingles with the first copy; at an estimated Jaccard similarity of 0.9 or
more the new copy is linked to the first one instead of being analysed again.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.9
SCHEME = "affine32"  # pinned so stored signatures stay comparable across datasketch releases
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def _minhash(signature: bytes) -> MinHash:
    values = np.frombuffer(signature, dtype=np.uint64)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """Holds the signatures of first copies; `query` names the first copy a text repeats."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}

    def signature(self, text: str) -> bytes:
        mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        mh.update_batch(list(shingles(text)))
        return mh.hashvalues.astype(np.uint64).tobytes()

    def add(self, article_id: str, signature: bytes) -> None:
        if article_id in self._hashes or not signature:
            return
        mh = _minhash(signature)
        self._hashes[article_id] = mh
        self._lsh.insert(article_id, mh)

    def query(self, signature: bytes) -> str | None:
        """The earliest-added article whose estimated Jaccard similarity reaches the threshold."""
        if not signature or not self._hashes:
            return None
        mh = _minhash(signature)
        order = {k: i for i, k in enumerate(self._hashes)}
        hits = [k for k in self._lsh.query(mh) if mh.jaccard(self._hashes[k]) >= self.threshold]
        return min(hits, key=order.__getitem__) if hits else None

    def __len__(self) -> int:
        return len(self._hashes)
