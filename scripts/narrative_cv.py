"""Leave-one-set-out evaluation of the narrative labeller with its learned fallback (newsledger/frame/learned.py).

For each labelled set S (tests/data/narratives/<set>/ and the sample corpus), the fallback's prototypes are
fitted on the other project sets (never on the sample) and S is scored with samples-F1, coarse and fine, as
/work/shared/tools/score_narratives.py defines them (fine F1 over the fine labels and 'Other'). Rows:

  cues           the cue scorer alone (the labeller without its fallback)
  cues+learned   the cue scorer, then the fallback for argued articles it leaves at 'Other'
  --fresh adds the same two rows with the cue scorer of the commit each set was fresh against (its gold.yaml's
  fresh_against, read with `git archive`): the cues of the current commit were tuned on these very sets, so only
  these rows say how the labeller does on wording it was not written for.

The mean is over the project sets (the sample corpus is shown, not averaged); 'argued' and 'neutral' split the
articles by gold (some narrative / 'Other').

    PYTHONPATH=src .venv/bin/python scripts/narrative_cv.py [--fresh] [--cache /tmp/sets.pkl] [-v]
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from narrative_sets import ROOT, load_sets, set_dirs  # noqa: E402

OLD_LABELLER = """
import json, pickle, sys
from newsledger.frame.genre import classify_genre
from newsledger.frame.narratives import score_narratives
from newsledger.frame.text import Sentence
rows = pickle.load(open(sys.argv[1], 'rb'))
print(json.dumps([[n.label for n in score_narratives(t, [Sentence(*s) for s in sents], classify_genre(t).label)]
                  for t, sents in rows]))
"""


def f1(pred, gold) -> float:
    p, g = set(pred), set(gold)
    tp = len(p & g)
    return 0.0 if not tp else 2 * tp / (len(p) + len(g))


def scores(pred: list[str], gold: list[str]) -> tuple[float, float]:
    from newsledger.frame.labels import coarse

    return (f1({coarse(x) for x in pred}, {coarse(x) for x in gold}),
            f1([x for x in pred if x.count(":") >= 2 or x == "Other"], gold))


def old_predictions(commit: str, rows: list) -> list[list[str]]:
    """Labels of the cue scorer at an older commit (its own genre and narratives code; today's parse)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        data = Path(tmp) / "rows.pkl"
        data.write_bytes(pickle.dumps([(t, [(s.start, s.end, s.text) for s in sents]) for _, _, t, sents, _, _ in rows]))
        out = subprocess.run([sys.executable, "-c", OLD_LABELLER, str(data)], check=True, capture_output=True, text=True,
                             env={"PYTHONPATH": str(Path(tmp) / "src"), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"})
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="also score each set with the labeller it was fresh against")
    parser.add_argument("--cache", help="pickle of the parsed sets (speeds up reruns)")
    parser.add_argument("-v", action="store_true", help="print every article's labels")
    args = parser.parse_args()
    from newsledger.frame import learned, narratives
    from newsledger.frame.embed import embed
    from newsledger.frame.labels import coarse, fine_narratives

    rows = load_sets(with_sample=True, cache=args.cache)
    sets = [name for name, *_ in set_dirs()]
    fresh = {name: (yaml.safe_load(gold.read_text()) or {}).get("fresh_against") for name, _, gold in set_dirs()}
    labels = sorted({coarse(x) for x in fine_narratives()})
    evidence = [narratives.article_evidence(t, sents, genre) for _, _, t, sents, genre, _ in rows]
    vectors = [ev.sent_vectors if ev.sent_vectors is not None else embed([s.text for s in r[3]]) for ev, r in zip(evidence, rows)]
    cue_preds = [[n.label for n in narratives.labels_from_evidence(ev, r[4])] for ev, r in zip(evidence, rows)]
    bases = {"cues": cue_preds}
    if args.fresh:
        old = {}
        for commit in sorted({c for c in fresh.values() if c}):
            idx = [i for i, r in enumerate(rows) if fresh.get(r[0]) == commit]
            old.update(zip(idx, old_predictions(commit, [rows[i] for i in idx])))
        bases["fresh cues"] = [old.get(i, cue_preds[i]) for i in range(len(rows))]

    table = {}
    for held in sets:
        train = [i for i, r in enumerate(rows) if r[0] != held and r[0] != "seeds"]
        model = learned.fit(np.array([learned.article_vector(vectors[i]) for i in train]),
                            [{coarse(x) for x in rows[i][5]} - {"Other"} for i in train], labels)
        for base, preds in bases.items():
            for with_learned in (False, True):
                name = base + ("+learned" if with_learned else "")
                for i, r in enumerate(rows):
                    if r[0] != held:
                        continue
                    pred = preds[i]
                    if with_learned and pred == ["Other"] and r[4] != "reporting" and evidence[i].labels:
                        pred = [label for label, _, _ in learned.fallback(vectors[i], evidence[i].domains, model)] or ["Other"]
                    table.setdefault(name, {}).setdefault(held, []).append((*scores(pred, r[5]), r[5] == ["Other"]))
                    if args.v and with_learned:
                        print(f"{name:20s} {held:6s} {r[1][:32]:32s} {r[4][:3]} {scores(pred, r[5])[0]:.2f} {pred}")
    print(f"{'':20s} " + " ".join(f"{s:>9s}" for s in sets) + "   mean(proj)   argued   neutral")
    for name, per in table.items():
        cells = [f"{np.mean([x[0] for x in per[s]]):.2f}/{np.mean([x[1] for x in per[s]]):.2f}" for s in sets]
        proj = [s for s in sets if s != "seeds"]
        every = [x for s in proj for x in per[s]]
        argued = [x for x in every if not x[2]]
        neutral = [x for x in every if x[2]]
        print(f"{name:20s} " + " ".join(f"{c:>9s}" for c in cells)
              + f"  {np.mean([np.mean([x[0] for x in per[s]]) for s in proj]):.3f}/{np.mean([np.mean([x[1] for x in per[s]]) for s in proj]):.3f}"
              + f"  {np.mean([x[0] for x in argued]):.3f}/{np.mean([x[1] for x in argued]):.3f}  {np.mean([x[0] for x in neutral]):.3f}")


if __name__ == "__main__":
    main()
