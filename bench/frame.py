"""How much framing adds to extraction, per article.

Parses and extracts N article texts (the sample corpus cycled, each text made unique so no
cache can help), then frames the same parsed docs, and prints seconds per article for both
and the ratio framing / extraction (issue: framing adds at most 50%).

    .venv/bin/python bench/frame.py [--n 200]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts(n: int) -> list:
    from newsledger.ingest import read_inputs
    from newsledger.records import Article

    base = [a for a in read_inputs([str(ROOT / "samples" / "seeds")]) if isinstance(a, Article)]
    out = []
    for i in range(n):
        a = base[i % len(base)]
        text = a.text + f"\n\nEditor's note {i}: this copy was numbered {i} for the benchmark.\n"
        out.append(Article.from_text(text, source=f"{a.source}#{i}", title=a.title, outlet=a.outlet, published=a.published))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    from newsledger.frame import frame_article, to_export
    from newsledger.frame.embed import encoder

    try:
        from newsledger.extract import extract_many_with_docs, load_nlp
    except ImportError:
        extract_many_with_docs = None
        from newsledger.frame.text import _nlp as load_nlp

    articles = texts(args.n)
    nlp = load_nlp()
    encoder()  # load the static model outside the timing, as a long run would
    start = time.perf_counter()
    if extract_many_with_docs is not None:
        docs = [doc for _, doc in extract_many_with_docs(articles, nlp=nlp)]
        what = "parse + extract"
    else:
        docs = list(nlp.pipe([a.text for a in articles]))
        what = "parse only (extractor not installed)"
    extract_s = time.perf_counter() - start
    start = time.perf_counter()
    for article, doc in zip(articles, docs):
        to_export(frame_article(article, doc=doc))
    frame_s = time.perf_counter() - start
    print(f"articles: {len(articles)}")
    print(f"extraction ({what}): {1000 * extract_s / len(articles):.1f} ms/article")
    print(f"framing (same docs):  {1000 * frame_s / len(articles):.1f} ms/article")
    print(f"framing adds: {100 * frame_s / extract_s:.0f}% of extraction time (target <= 50%)")


if __name__ == "__main__":
    main()
