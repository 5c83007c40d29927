"""Figure recall/precision at article level over the sample corpus vs its gold file.

usage: PYTHONPATH=src python bench/figure_check.py [--corpus samples/seeds] [--gold samples/gold/seeds.yaml] [-v]

A gold figure (gold `incidents[].figures`) is found when the extraction of its file holds a
figure of the same kind and value whose span overlaps the gold quote (40 characters of slack,
as the independent scorer allows). Precision = extracted figures matching some gold figure /
all extracted figures, leaving out figures that overlap an `also_mentioned` quote (not scored).
Distractors: extracted figures whose span overlaps a gold distractor quote (should be none).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsledger.extract import extract_many, load_nlp  # noqa: E402
from newsledger.records import Article  # noqa: E402

SLACK = 40


def overlaps(a0: int, a1: int, b0: int, b1: int, slack: int = SLACK) -> bool:
    return a0 < b1 + slack and b0 < a1 + slack


def quote_span(text: str, quote: str | None) -> tuple[int, int] | None:
    if not quote:
        return None
    i = text.find(quote)
    return (i, i + len(quote)) if i >= 0 else None


def load_corpus(corpus: Path, gold: dict) -> list[Article]:
    meta = {a["file"]: a for a in gold.get("articles", [])}
    articles = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        published = meta.get(path.name, {}).get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        articles.append(Article.from_text(text, source=str(path), published=published))
    return articles


def check(corpus: Path, gold_path: Path, verbose: bool = False) -> dict:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    articles = load_corpus(corpus, gold)
    by_file = {Path(a.source).name: a for a in articles}
    extractions = {Path(a.source).name: ext for a, ext in zip(articles, extract_many(articles, nlp=load_nlp()))}

    gold_figs = [g for inc in gold["incidents"] for g in inc.get("figures", []) if g.get("value") is not None]
    also = [(m["file"], quote_span(by_file[m["file"]].text, m.get("quote"))) for m in gold.get("also_mentioned", []) if m["file"] in by_file]
    distractors = [(d["file"], d["quote"], quote_span(by_file[d["file"]].text, d.get("quote"))) for d in gold.get("distractors", []) if d["file"] in by_file]

    found = 0
    misses = []
    matched: set[tuple[str, int]] = set()
    for g in gold_figs:
        text = by_file[g["file"]].text
        s = quote_span(text, g["quote"])
        hit = None
        for k, f in enumerate(extractions[g["file"]].figures):
            if f.kind == g["kind"] and f.value == g["value"] and s and overlaps(f.evidence.start, f.evidence.end, *s):
                hit = k
                break
        if hit is None:
            misses.append(g)
        else:
            found += 1
            matched.add((g["file"], hit))

    scored = 0
    good = 0
    wrong = []
    for name, ext in extractions.items():
        for k, f in enumerate(ext.figures):
            if any(fn == name and sp and overlaps(f.evidence.start, f.evidence.end, *sp, slack=0) for fn, sp in also):
                continue
            scored += 1
            if (name, k) in matched or any(
                g["file"] == name and g["kind"] == f.kind and g["value"] == f.value
                and (sp := quote_span(by_file[name].text, g["quote"])) and overlaps(f.evidence.start, f.evidence.end, *sp)
                for g in gold_figs
            ):
                good += 1
            else:
                wrong.append((name, f))
    bad = []
    for name, quote, sp in distractors:
        for f in extractions[name].figures:
            if sp and overlaps(f.evidence.start, f.evidence.end, *sp, slack=0):
                bad.append((name, quote, f))

    recall = found / len(gold_figs) if gold_figs else 0.0
    precision = good / scored if scored else 0.0
    print(f"figure recall    {recall:.3f}  ({found}/{len(gold_figs)})")
    print(f"figure precision {precision:.3f}  ({good}/{scored} extracted figures match a gold figure)")
    print(f"distractors extracted: {len(bad)}")
    for name, quote, f in bad:
        print(f"  DISTRACTOR {name}: {f.kind} {f.value} {f.text!r} in {quote!r}")
    for g in misses:
        print(f"  MISSED {g['file']}: {g['kind']} {g['value']} {g['quote']!r}")
    for name, f in wrong:
        print(f"  EXTRA  {name}: {f.kind} {f.value} {f.text!r} | {f.evidence.sentence.strip()[:110]!r}")
    if verbose:
        for name, ext in extractions.items():
            print(name)
            for f in ext.figures:
                m = ext.mentions[f.mention] if f.mention is not None else None
                print(
                    f"  {f.kind:16} {f.value!s:>6} {f.text!r:24} q={f.qualifier} victims={f.victims} "
                    f"breakdown={f.is_breakdown} src={f.cited_source!r} mention={f.mention}"
                    f" ({m.type + ' ' + repr(m.trigger) if m else '-'})"
                )
    return {"recall": recall, "precision": precision, "distractors": len(bad)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "samples" / "seeds")
    ap.add_argument("--gold", type=Path, default=ROOT / "samples" / "gold" / "seeds.yaml")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    res = check(args.corpus, args.gold, args.verbose)
    ok = res["recall"] >= 0.95 and res["precision"] >= 0.90 and res["distractors"] == 0
    print("ok" if ok else "short of target (recall >= 0.95, precision >= 0.90, no distractor)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
