"""Extraction throughput and peak memory against the bare spaCy model, side by side.

usage: PYTHONPATH=src python bench/extract.py [--n 2000] [--batch-size 16] [--corpus samples/seeds]

Builds N article texts by cycling the sample corpus and appending a distinct short sentence
to each copy (so no cache can short-circuit a repeat), then times, in the same process:
  bare: nlp.pipe over the texts with the bare model (spacy.load of the same package);
  ours: extract_many over the same texts (our pipeline: one spaCy pass + rule passes).
Prints articles/s, tokens/s, the ratio ours/bare (target >= 0.8) and peak RSS (target < 1.5 GB).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402

from newsledger.extract import MODEL, extract_many, load_nlp  # noqa: E402
from newsledger.records import Article  # noqa: E402

_NAMES = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel", "Ivy", "Juniper", "Larch", "Maple"]


def texts_for(corpus: Path, n: int) -> list[str]:
    base = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    out = []
    for i in range(n):
        name = _NAMES[i % len(_NAMES)]
        out.append(f"{base[i % len(base)]}\n\nCopy {i} was filed by the {name} desk on day {i % 28 + 1}.\n")
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--corpus", type=Path, default=ROOT / "samples" / "seeds")
    args = ap.parse_args(argv)

    texts = texts_for(args.corpus, args.n)
    articles = [Article.from_text(t, source=f"bench-{i}") for i, t in enumerate(texts)]

    bare = spacy.load(MODEL)
    ours = load_nlp()
    # Warm both up on a few texts so model loading and first-call costs stay out of the timing.
    for _ in bare.pipe(texts[:8], batch_size=args.batch_size):
        pass
    for _ in extract_many(articles[:8], nlp=ours, batch_size=args.batch_size):
        pass

    t0 = time.perf_counter()
    tokens = 0
    for doc in bare.pipe(texts, batch_size=args.batch_size):
        tokens += len(doc)
    bare_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    figures = mentions = 0
    for ext in extract_many(articles, nlp=ours, batch_size=args.batch_size):
        figures += len(ext.figures)
        mentions += len(ext.mentions)
    ours_s = time.perf_counter() - t0

    n = len(texts)
    print(f"articles {n}, tokens {tokens}, batch size {args.batch_size}")
    print(f"bare spaCy : {n / bare_s:8.2f} articles/s {tokens / bare_s:10.0f} tokens/s ({bare_s:.1f} s)")
    print(f"extraction : {n / ours_s:8.2f} articles/s {tokens / ours_s:10.0f} tokens/s ({ours_s:.1f} s)"
          f"  [{mentions} mentions, {figures} figures]")
    ratio = bare_s / ours_s
    rss = peak_rss_mb()
    print(f"ratio ours/bare {ratio:.2f} (target >= 0.80)")
    print(f"peak RSS {rss:.0f} MB (target < 1536 MB)")
    ok = ratio >= 0.8 and rss < 1536
    print("ok" if ok else "short of target")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
