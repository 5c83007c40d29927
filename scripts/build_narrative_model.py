"""Build src/newsledger/frame/data/narrative_prototypes.json, the learned fallback's prototypes (see
newsledger/frame/learned.py), from the labelled sets the project wrote (tests/data/narratives/*; the sample
corpus is left out, so its score stays a held-out check). Deterministic: same sets, same model, same file.

    PYTHONPATH=src .venv/bin/python scripts/build_narrative_model.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from narrative_sets import load_sets  # noqa: E402


def build(rows) -> dict:
    from newsledger.frame.embed import embed
    from newsledger.frame.labels import coarse, fine_narratives
    from newsledger.frame.learned import article_vector, fit, rounded

    vectors = np.array([article_vector(embed([s.text for s in sents])) for _, _, _, sents, _, _ in rows])
    coarse_sets = [{coarse(label) for label in gold} - {"Other"} for *_, gold in rows]
    labels = sorted({coarse(label) for label in fine_narratives()})
    return rounded(fit(vectors, coarse_sets, labels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the shipped file is up to date")
    parser.add_argument("--cache", help="pickle of the parsed sets (speeds up reruns)")
    args = parser.parse_args()
    from newsledger.frame.learned import MODEL_PATH

    text = json.dumps(build(load_sets(with_sample=False, cache=args.cache)), indent=0, sort_keys=True) + "\n"
    if args.check:
        same = MODEL_PATH.exists() and MODEL_PATH.read_text() == text
        print("up to date" if same else "differs")
        sys.exit(0 if same else 1)
    MODEL_PATH.write_text(text)
    print(f"wrote {MODEL_PATH} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
