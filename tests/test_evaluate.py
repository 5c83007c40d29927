"""evaluate.score_ledger on a small hand-made ledger, gold and corpus written for these tests.

Expected numbers are worked out by hand in the comments; one test also checks agreement
with the independent scorer in shared/tools when it is present. Nothing loads spaCy.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from newsledger.evaluate import format_report, ledger_from_gold, map_articles, score_ledger

A = (
    "Gunmen stormed a bus depot in Eastbridge on Tuesday. At least 9 people were killed and 14 were wounded, "
    "officials said. Police arrested two suspects later that night.\n"
    "The Black Hand group claimed responsibility for the raid.\n"
    "Decades of conflict have killed more than 50,000 people in the region."
)
B = (
    "The death toll from the Eastbridge depot attack rose to 11, medics said. "
    "Investigators believe the Black Hand was behind it. "
    "A separate fire in Westford injured 3 workers.\n"
    "No group has claimed the Westford fire."
)
TEXTS = {"a.txt": A, "b.txt": B}

FINE_1 = "XX: Blaming others: The neighbours started it"
FINE_2 = "XX: Blaming others: The rich started it"
FINE_3 = "XX: Praise of the army: Other"

GOLD_YAML = f"""
articles:
  - file: a.txt
    title: "Gunmen storm depot"
    authors: ["Ann Lee"]
    published: 2025-01-07
    outlet: "East Daily"
    genre: reporting
    narratives: ["{FINE_1}", "{FINE_2}"]
  - file: b.txt
    title: "Toll rises"
    authors: []
    published: null
    outlet: null
    genre: opinion
    genre_alt: reporting
    narratives: ["Other"]
incidents:
  - id: depot
    name: "Depot attack"
    figures:
      - {{file: a.txt, kind: killed, value: 9, qualifier: "at least", quote: "At least 9 people were killed"}}
      - {{file: a.txt, kind: injured, value: 14, quote: "14 were wounded"}}
      - {{file: a.txt, kind: arrested, value: 2, quote: "arrested two suspects"}}
      - {{file: b.txt, kind: killed, value: 11, quote: "rose to 11"}}
    claims:
      - {{file: a.txt, party: "Black Hand", modality: claims_responsibility, quote: "claimed responsibility for the raid"}}
      - {{file: b.txt, party: "Black Hand", modality: reports, quote: "believe the Black Hand was behind it"}}
  - id: fire
    name: "Westford fire"
    figures:
      - {{file: b.txt, kind: injured, value: 3, quote: "injured 3 workers"}}
    claims:
      - {{file: b.txt, party: null, modality: no_claim, quote: "No group has claimed the Westford fire"}}
distractors:
  - {{file: a.txt, quote: "killed more than 50,000 people"}}
"""


@pytest.fixture
def gold() -> dict:
    return yaml.safe_load(GOLD_YAML)


def sentence_item(text: str, article_id: str, phrase: str, **fields) -> dict:
    """A contract item (figure/claim/mention) for `phrase`, with the sentence around it."""
    start = text.index(phrase)
    cuts = [text.rfind(". ", 0, start), text.rfind("\n", 0, start)]
    s0 = max(cuts)
    s0 = 0 if s0 < 0 else s0 + (2 if s0 == cuts[0] else 1)
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    s1 = min(ends) + 1 if ends else len(text)
    return {**fields, "article_id": article_id, "start": start, "end": start + len(phrase), "sentence": text[s0:s1].strip()}


def fig(text, aid, phrase, kind, value, **kw):
    return sentence_item(text, aid, phrase, kind=kind, value=value, qualifier=kw.get("qualifier"), victims=None)


def claim(text, aid, phrase, party, modality):
    return sentence_item(text, aid, phrase, party=party, modality=modality, speaker=None)


def make_ledger() -> dict:
    """A system output with known mistakes (see the expected numbers in the tests)."""
    articles = [
        {"id": "art-a", "source": "/data/in/a.txt", "title": "Gunmen  storm depot", "outlet": "East Daily",
         "authors": ["Ann Lee"], "published": "2025-01-07", "genre": "reporting",
         "narratives": [{"label": FINE_1, "score": 0.7}, {"label": FINE_3, "score": 0.5}]},
        # a URL source: mapped to b.txt through its evidence sentences
        {"id": "art-b", "source": "https://news.example/toll-rises", "title": "Toll rises", "outlet": "Wire",
         "authors": ["Someone Else"], "published": None, "genre": "reporting", "narratives": []},
    ]
    l1 = {
        "id": "L1", "name": "depot", "type": "armed_assault", "date": None, "date_precision": None, "places": [],
        "mentions": [sentence_item(A, "art-a", "stormed"), sentence_item(B, "art-b", "depot attack")],
        "figures": [
            fig(A, "art-a", "At least 9", "killed", 9, qualifier="at least"),  # found
            fig(A, "art-a", "14 were wounded", "injured", 14),  # found
            fig(B, "art-b", "11", "killed", 11),  # found (art-b mapped by text)
            fig(A, "art-a", "50,000", "killed", 50000),  # the distractor: attached, and unmatched
        ],
        "claims": [
            claim(A, "art-a", "claimed responsibility", "The Black Hand", "claims_responsibility"),  # found, modality ok
            claim(B, "art-b", "was behind it", "Black Hand", "asserts"),  # found, modality wrong
        ],
        "reconciled": {},
    }
    l2 = {
        "id": "L2", "name": "fire", "type": "arson", "date": None, "date_precision": None, "places": [],
        "mentions": [sentence_item(B, "art-b", "fire")],
        "figures": [
            fig(B, "art-b", "3 workers", "injured", 3),  # found
            fig(A, "art-a", "At least 9", "killed", 7),  # wrong value: unmatched
        ],
        "claims": [],  # the no_claim is missed
        "reconciled": {},
    }
    return {"articles": articles, "incidents": [l1, l2]}


def test_articles_map_by_basename_then_by_text():
    assert map_articles(make_ledger(), TEXTS) == {"art-a": "a.txt", "art-b": "b.txt"}


def test_figure_metrics(gold):
    s = score_ledger(make_ledger(), gold, TEXTS)
    # gold figures 9, 14, 2, 11, 3: all but the arrest found
    assert s["figure_recall"] == pytest.approx(4 / 5)
    # extracted casualty figures 9, 14, 11, 50000, 3, 7: four match gold
    assert s["figure_precision"] == pytest.approx(4 / 6)
    assert s["distractors_attached"] == 1.0
    assert s["distractors"][0]["incident_id"] == "L1"
    # the depot has 4 casualty figures in the gold but only 3 landed: not grouped
    assert s["cross_source_grouping"] == 0.0
    assert s["counts"]["figures_found"] == 4 and s["counts"]["figures_total"] == 5
    assert s["incidents"]["depot"]["missed_figures"] == [
        {"file": "a.txt", "kind": "arrested", "value": 2, "quote": "arrested two suspects"}]
    assert s["incidents"]["depot"]["landed_in"] == ["L1"] and s["incidents"]["fire"]["landed_in"] == ["L2"]
    assert sorted(u["value"] for u in s["unmatched_figures"]) == [7, 50000]


def test_grouping(gold):
    ledger = make_ledger()
    arrest = fig(A, "art-a", "arrested two suspects", "arrested", 2)
    ledger["incidents"][0]["figures"].append(arrest)
    s = score_ledger(ledger, gold, TEXTS)
    assert s["figure_recall"] == 1.0 and s["cross_source_grouping"] == 1.0
    # the fire's figure in the depot incident: the depot incident is no longer its alone
    moved = copy.deepcopy(ledger)
    moved["incidents"][0]["figures"].append(moved["incidents"][1]["figures"].pop(0))
    assert score_ledger(moved, gold, TEXTS)["cross_source_grouping"] == 0.0
    # the second source's figure split off into its own incident
    split = copy.deepcopy(ledger)
    split["incidents"][1]["figures"].append(split["incidents"][0]["figures"].pop(2))
    s = score_ledger(split, gold, TEXTS)
    assert s["cross_source_grouping"] == 0.0 and s["incidents"]["depot"]["landed_in"] == ["L1", "L2"]
    assert s["figure_recall"] == 1.0


def test_span_must_overlap_the_quote(gold):
    ledger = make_ledger()
    # the right kind and value, but its evidence is the last sentence of the article, far from the quote
    f = ledger["incidents"][0]["figures"][0]
    far = sentence_item(A, "art-a", "Decades of conflict")
    f.update(start=far["start"], end=far["end"], sentence=far["sentence"])
    s = score_ledger(ledger, gold, TEXTS)
    assert s["figure_recall"] == pytest.approx(3 / 5)


def test_sentence_found_despite_whitespace_and_quote_changes(gold):
    ledger = make_ledger()
    f = ledger["incidents"][0]["figures"][0]
    f["sentence"] = f["sentence"].replace(" ", "  ")
    f["start"], f["end"] = 5000, 5010  # wrong offsets: the sentence places it
    assert score_ledger(ledger, gold, TEXTS)["figure_recall"] == pytest.approx(4 / 5)


def test_claim_metrics(gold):
    s = score_ledger(make_ledger(), gold, TEXTS)
    # gold claims: a claims_responsibility (found, right), b reports (found as asserts), fire no_claim (missed)
    assert s["claim_recall"] == pytest.approx(2 / 3)
    assert s["claim_modality"] == pytest.approx(1 / 3)
    assert s["incidents"]["fire"]["missed_claims"][0]["modality"] == "no_claim"
    assert s["incidents"]["depot"]["wrong_modality"][0]["got"] == ["asserts"]


def test_claim_party_must_match(gold):
    ledger = make_ledger()
    ledger["incidents"][0]["claims"][0]["party"] = "Red Hand"
    ledger["incidents"][1]["claims"].append(claim(B, "art-b", "No group has claimed", None, "no_claim"))
    s = score_ledger(ledger, gold, TEXTS)
    # Red Hand no longer matches; the no_claim has no gold party, so any party matches
    assert s["claim_recall"] == pytest.approx(2 / 3)
    assert s["claim_modality"] == pytest.approx(1 / 3)


def test_metadata(gold):
    m = score_ledger(make_ledger(), gold, TEXTS)["metadata"]
    assert (m["title"]["correct"], m["title"]["total"]) == (2, 2)  # whitespace folded
    assert (m["authors"]["correct"], m["authors"]["total"]) == (1, 2)
    assert (m["published"]["correct"], m["published"]["total"]) == (2, 2)  # null matches null
    assert (m["outlet"]["correct"], m["outlet"]["total"]) == (1, 2)  # "Wire" where the gold says null
    assert m["outlet"]["wrong"] == [{"file": "b.txt", "gold": None, "got": "Wire"}]
    assert m["published"]["accuracy"] == 1.0


def test_metadata_null_where_gold_has_a_value(gold):
    ledger = make_ledger()
    ledger["articles"][0]["published"] = None
    ledger["articles"][0]["outlet"] = None
    m = score_ledger(ledger, gold, TEXTS)["metadata"]
    assert m["published"]["correct"] == 1 and m["outlet"]["correct"] == 0


def test_genre(gold):
    g = score_ledger(make_ledger(), gold, TEXTS)["genre"]
    assert (g["correct"], g["total"]) == (2, 2)  # b: reporting accepted as genre_alt
    ledger = make_ledger()
    ledger["articles"][1]["genre"] = "satire"
    g = score_ledger(ledger, gold, TEXTS)["genre"]
    assert g["accuracy"] == 0.5 and g["wrong"] == [{"file": "b.txt", "gold": ["opinion", "reporting"], "got": "satire"}]


def test_narratives(gold):
    n = score_ledger(make_ledger(), gold, TEXTS)["narratives"]
    # a: fine {F1, F3} vs {F1, F2}: P=R=1/2 -> 0.5; coarse {Blaming, Praise} vs {Blaming}: P=1/2, R=1 -> 2/3
    # b: nothing predicted counts as Other, as the gold says -> 1
    assert n["samples_f1_fine"] == pytest.approx((0.5 + 1) / 2)
    assert n["samples_f1_coarse"] == pytest.approx((2 / 3 + 1) / 2)
    assert n["narrative_articles"] == 1
    assert n["narrative_samples_f1_fine"] == pytest.approx(0.5)
    assert n["narrative_samples_f1_coarse"] == pytest.approx(2 / 3)
    assert n["missing"] == []


def test_missing_article(gold):
    ledger = make_ledger()
    ledger["articles"] = ledger["articles"][:1]
    s = score_ledger(ledger, gold, TEXTS)
    assert s["narratives"]["missing"] == ["b.txt"]
    assert s["metadata"]["title"]["wrong"] == [{"file": "b.txt", "gold": "Toll rises", "got": "(article missing)"}]
    # b's figures can no longer be placed in a file
    assert s["figure_recall"] == pytest.approx(2 / 5)


def test_format_report(gold):
    report = format_report(score_ledger(make_ledger(), gold, TEXTS))
    lines = report.splitlines()
    assert "figure recall 0.800 (4/5)" in lines
    assert "figure precision 0.667 (4/6)" in lines
    assert "distractors attached 1 (of 1)" in lines
    assert "cross-source grouping 0.000 (0/1)" in lines
    assert "claim recall 0.667 (2/3)" in lines
    assert "claim modality 0.333 (1/3)" in lines
    assert "metadata outlet 0.500 (1/2)" in lines
    assert "genre accuracy 1.000 (2/2)" in lines
    assert any(line.startswith("narratives samples-F1 fine 0.750, coarse 0.833") for line in lines)
    assert '  missed figure arrested 2 [a.txt]: "arrested two suspects"' in lines
    assert any("missed claim - no_claim" in line for line in lines)
    assert any(line.startswith("distractor attached to L1") for line in lines)
    assert "  not grouped: 3 of 4 figures found, in L1" in lines


def test_scores_are_json(gold):
    s = score_ledger(make_ledger(), gold, TEXTS)
    assert json.loads(json.dumps(s)) == s


def test_a_ledger_built_from_the_gold_scores_perfectly(gold):
    s = score_ledger(ledger_from_gold(gold, TEXTS), gold, TEXTS)
    for key in ("figure_recall", "figure_precision", "cross_source_grouping", "claim_recall", "claim_modality"):
        assert s[key] == 1.0, key
    assert s["distractors_attached"] == 0.0
    assert all(m["accuracy"] == 1.0 for m in s["metadata"].values())
    assert s["genre"]["accuracy"] == 1.0
    assert s["narratives"]["samples_f1_fine"] == 1.0 and s["narratives"]["samples_f1_coarse"] == 1.0
    report = format_report(s)
    assert "misses:" not in report


def test_gold_dates_as_dates_or_strings(gold):
    assert isinstance(gold["articles"][0]["published"], dt.date)
    gold["articles"][0]["published"] = "2025-01-07"
    assert score_ledger(make_ledger(), gold, TEXTS)["metadata"]["published"]["correct"] == 2


ROOT = Path(__file__).resolve().parents[1]
REFERENCE = Path("/work/shared/tools/score_ledger.py")


@pytest.mark.skipif(not REFERENCE.exists(), reason="the independent scorer is not available here")
def test_agrees_with_the_independent_scorer(gold, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD_YAML, encoding="utf-8")
    variants = [make_ledger()]
    grouped = make_ledger()
    grouped["incidents"][0]["figures"].append(fig(A, "art-a", "arrested two suspects", "arrested", 2))
    variants.append(grouped)
    for ledger in variants:
        ledger["articles"][1]["source"] = "/elsewhere/b.txt"  # the reference maps by file name only
        (tmp_path / "ledger.json").write_text(json.dumps(ledger), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, str(REFERENCE), str(tmp_path / "ledger.json"), str(tmp_path / "gold.yaml"), str(corpus)],
            capture_output=True, text=True, check=False,
        ).stdout
        reference = {line.split()[0]: float(line.split()[1]) for line in out.splitlines()[:6]}
        mine = score_ledger(ledger, gold, TEXTS)
        assert len(reference) == 6
        for key, value in reference.items():
            assert mine[key] == pytest.approx(value, abs=5e-4), key


@pytest.mark.skipif(not (ROOT / "samples" / "gold" / "seeds.yaml").exists(), reason="no sample gold")
def test_sample_gold_scores_perfectly_against_itself():
    """End-to-end on the sample corpus: the gold, written as a ledger, scores 1.0 everywhere."""
    gold = yaml.safe_load((ROOT / "samples" / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "samples" / "seeds").iterdir() if p.is_file()}
    s = score_ledger(ledger_from_gold(gold, texts), gold, texts)
    for key in ("figure_recall", "figure_precision", "cross_source_grouping", "claim_recall", "claim_modality"):
        assert s[key] == 1.0, key
    assert s["distractors_attached"] == 0.0
    assert all(m["accuracy"] == 1.0 for m in s["metadata"].values())
    assert s["genre"]["accuracy"] == 1.0 and s["narratives"]["samples_f1_fine"] == 1.0
