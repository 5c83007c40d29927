"""The labelled narrative sets the project wrote (tests/data/narratives/<set>/ with gold.yaml) and the sample
corpus (samples/), read and parsed once, for scripts/narrative_cv.py and scripts/build_narrative_model.py.

Each article: (set, file, text, sentences, genre, gold fine labels). Parsing is the slow part, so the parsed
sets are kept in a pickle keyed by the texts (--cache PATH)."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SETS_DIR = ROOT / "tests" / "data" / "narratives"
SAMPLE = ("seeds", ROOT / "samples" / "seeds", ROOT / "samples" / "gold" / "seeds.yaml")


def set_dirs(with_sample: bool = True) -> list[tuple[str, Path, Path]]:
    out = [(d.name, d, d / "gold.yaml") for d in sorted(SETS_DIR.iterdir()) if (d / "gold.yaml").exists()]
    return out + ([SAMPLE] if with_sample else [])


def load_sets(with_sample: bool = True, cache: str | None = None) -> list[tuple]:
    from newsledger.frame.genre import classify_genre
    from newsledger.frame.text import parse, sentences
    from newsledger.ingest import read_inputs

    rows = []
    for name, corpus, gold_path in set_dirs(with_sample):
        gold = {a["file"]: a.get("narratives") or ["Other"] for a in yaml.safe_load(gold_path.read_text())["articles"]}
        for article in read_inputs([str(corpus)]):
            fname = Path(article.source).name
            if fname in gold:
                rows.append((name, fname, article.text, gold[fname]))
    key = hashlib.sha1("".join(r[2] for r in rows).encode()).hexdigest()
    if cache and Path(cache).exists():
        stored = pickle.loads(Path(cache).read_bytes())
        if stored.get("key") == key:
            return stored["rows"]
    out = [(s, f, t, sentences(parse(t)), classify_genre(t).label, g) for s, f, t, g in rows]
    if cache:
        Path(cache).write_bytes(pickle.dumps({"key": key, "rows": out}))
    return out
