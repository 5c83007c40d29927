"""Score a ledger (the JSON contract of `export.build_ledger`) against a hand-annotated gold file.

The figure and claim metrics follow the matching rules of the independent scorer
(shared/tools/score_ledger.py), so both report the same numbers on the same export:

- an extracted item is placed at its evidence sentence, found in the corpus file verbatim
  (else with whitespace folded and curly quotes straightened), else at its own offsets;
- a gold figure is found when an extracted figure from the same file has the same kind
  and value and its span overlaps the gold quote with 40 characters of slack;
- precision counts extracted casualty figures (of a scored file) that found a gold figure;
- a distractor is attached when an extracted figure overlaps its quote (no slack) and the
  value is missing, >= 1000, written in the quote (commas removed), or the quote is empty;
- a gold incident reported by several files is grouped when all its casualty figures land in
  one extracted incident that holds no other gold incident's figure;
- a gold claim is found when an extracted claim from the same file overlaps its quote
  (slack 40) and the parties contain one another (case-insensitive; no gold party: any);
  modality accuracy counts found claims with the gold modality, over all gold claims.

Beyond those: metadata accuracy per field, genre accuracy, narrative samples-F1 (as
shared/tools/score_narratives.py computes it) and, per gold incident, what was missed.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

KINDS = ("killed", "injured", "attackers_killed", "arrested", "missing")
METADATA_FIELDS = ("title", "authors", "published", "outlet")
SLACK = 40

_QUOTES = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}


# ---- text helpers -----------------------------------------------------------------------------


def _fold(text: str) -> tuple[str, list[int]]:
    """Whitespace runs as one space and curly quotes straight, with each folded char's raw offset."""
    chars: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                chars.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        chars.append(_QUOTES.get(ch, ch))
        offsets.append(i)
    return "".join(chars), offsets


def _near(a0: int, a1: int, b0: int, b1: int, slack: int = SLACK) -> bool:
    return a0 < b1 + slack and b0 < a1 + slack


class _Corpus:
    """The gold's article texts, with folded copies made on demand."""

    def __init__(self, texts: dict[str, str]):
        self.texts = texts
        self._folded: dict[str, tuple[str, list[int]]] = {}

    def folded(self, name: str) -> tuple[str, list[int]]:
        if name not in self._folded:
            self._folded[name] = _fold(self.texts[name])
        return self._folded[name]

    def find(self, name: str | None, snippet: str) -> tuple[int, int] | None:
        """Raw [start, end) of the snippet in a file: verbatim first, then folded."""
        if not name or name not in self.texts or not snippet:
            return None
        i = self.texts[name].find(snippet)
        if i >= 0:
            return i, i + len(snippet)
        ftext, back = self.folded(name)
        fsnip = _fold(snippet)[0]
        j = ftext.find(fsnip) if fsnip else -1
        if j < 0:
            return None
        return back[j], back[j + len(fsnip) - 1] + 1

    def contains(self, name: str, snippet: str) -> bool:
        return self.find(name, snippet.strip()) is not None

    def gold_span(self, name: str, item: dict[str, Any]) -> tuple[int, int] | None:
        """A gold item's span: its explicit `span`, else its quote found verbatim in the file."""
        if item.get("span"):
            s0, s1 = item["span"]
            return int(s0), int(s1)
        quote = item.get("quote")
        if quote is None or name not in self.texts:
            return None
        i = self.texts[name].find(quote)
        return (i, i + len(quote)) if i >= 0 else None

    def place(self, name: str | None, item: dict[str, Any]) -> tuple[int | None, int | None]:
        """Where an extracted item sits in the raw file: its sentence located, else its own offsets."""
        sentence = (item.get("sentence") or "").strip()
        if name in self.texts and sentence:
            found = self.find(name, sentence)
            if found:
                return found
        return item.get("start"), item.get("end")


# ---- article <-> gold file ----------------------------------------------------------------------


def _evidence_sentences(ledger: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for inc in ledger.get("incidents") or []:
        for group in ("mentions", "figures", "claims"):
            for item in inc.get(group) or []:
                sent = (item.get("sentence") or "").strip()
                if item.get("article_id") and sent:
                    out.setdefault(item["article_id"], []).append(sent)
    return out


def map_articles(ledger: dict[str, Any], texts: dict[str, str]) -> dict[str, str]:
    """Ledger article id -> corpus file name.

    By the basename of the article's source first; an article whose source names no corpus
    file goes to the file that contains most of its evidence sentences (its title and its
    own text, when the ledger carries them, count too). Files already taken by basename are
    not reassigned.
    """
    corpus = _Corpus(texts)
    mapping: dict[str, str] = {}
    pending = []
    for a in ledger.get("articles") or []:
        name = os.path.basename(str(a.get("source") or "").rstrip("/"))
        if name in texts:
            mapping[a["id"]] = name
        else:
            pending.append(a)
    if not pending:
        return mapping
    sentences = _evidence_sentences(ledger)
    taken = set(mapping.values())
    for a in pending:
        best, best_score = None, 0
        body = a.get("text")
        for name in texts:
            if name in taken:
                continue
            score = sum(1 for s in dict.fromkeys(sentences.get(a["id"], [])) if corpus.contains(name, s))
            if a.get("title") and corpus.contains(name, a["title"]):
                score += 1
            if body and (corpus.contains(name, body) or corpus.contains(name, body[:500])):
                score += 100
            if score > best_score:
                best, best_score = name, score
        if best is not None:
            mapping[a["id"]] = best
            taken.add(best)
    return mapping


# ---- figures and claims ---------------------------------------------------------------------------


def _score_figures(ledger: dict[str, Any], gold: dict[str, Any], corpus: _Corpus, files: dict[str, str]) -> dict[str, Any]:
    extracted = []  # (incident id, file, figure, start, end)
    for inc in ledger.get("incidents") or []:
        for f in inc.get("figures") or []:
            name = files.get(f.get("article_id"))
            start, end = corpus.place(name, f)
            extracted.append((inc.get("id"), name, f, start, end))

    total = found = 0
    used: set[int] = set()
    landing: dict[str, list[str]] = {}
    missed: dict[str, list[dict[str, Any]]] = {}
    for ginc in gold.get("incidents") or []:
        for g in ginc.get("figures") or []:
            if g.get("kind") not in KINDS or g.get("value") is None:
                continue
            total += 1
            span = corpus.gold_span(g["file"], g)
            hit = None
            for k, (_, name, f, start, end) in enumerate(extracted):
                if name != g["file"] or f.get("kind") != g["kind"] or f.get("value") != g["value"]:
                    continue
                if span and start is not None and not _near(start, end, *span):
                    continue
                hit = k
                break
            if hit is None:
                missed.setdefault(ginc["id"], []).append(
                    {"file": g["file"], "kind": g["kind"], "value": g["value"], "quote": g.get("quote")}
                )
                continue
            found += 1
            used.add(hit)
            landing.setdefault(ginc["id"], []).append(extracted[hit][0])

    relevant = [k for k, (_, name, f, _, _) in enumerate(extracted) if name in corpus.texts and f.get("kind") in KINDS]
    matched = [k for k in relevant if k in used]
    unmatched = [
        {"incident_id": extracted[k][0], "file": extracted[k][1], "kind": extracted[k][2].get("kind"),
         "value": extracted[k][2].get("value"), "sentence": extracted[k][2].get("sentence")}
        for k in relevant if k not in used
    ]

    attached = []
    distractors = gold.get("distractors") or []
    for d in distractors:
        span = corpus.gold_span(d["file"], d)
        if not span:
            continue
        quote = (d.get("quote") or "").replace(",", "")
        for iid, name, f, start, end in extracted:
            if name != d["file"] or start is None or not _near(start, end, *span, slack=0):
                continue
            v = f.get("value")
            if v is None or v >= 1000 or not quote or str(v) in quote:
                attached.append({"file": d["file"], "quote": d.get("quote"), "incident_id": iid, "value": v})
                break

    groups = grouped = 0
    ungrouped = []
    gold_incidents = gold.get("incidents") or []
    for ginc in gold_incidents:
        figs = ginc.get("figures") or []
        if len({g["file"] for g in figs}) < 2:
            continue
        groups += 1
        where = landing.get(ginc["id"], [])
        casualty = [g for g in figs if g.get("kind") in KINDS]
        whole = bool(where) and len(set(where)) == 1 and len(where) == len(casualty)
        alone = whole and not any(
            where[0] in landing.get(o["id"], []) for o in gold_incidents if o["id"] != ginc["id"]
        )
        if alone:
            grouped += 1
        else:
            ungrouped.append(ginc["id"])

    return {
        "figure_recall": found / total if total else 0.0,
        "figure_precision": len(matched) / len(relevant) if relevant else 0.0,
        "distractors_attached": float(len(attached)),
        "cross_source_grouping": grouped / groups if groups else 1.0,
        "counts": {
            "figures_found": found, "figures_total": total,
            "extracted_matched": len(matched), "extracted_relevant": len(relevant),
            "distractors_attached": len(attached), "distractors_total": len(distractors),
            "groups_grouped": grouped, "groups_total": groups,
        },
        "landing": landing,
        "missed": missed,
        "unmatched": unmatched,
        "attached": attached,
        "ungrouped": ungrouped,
    }


def _party_matches(gold_party: str, claim: dict[str, Any]) -> bool:
    """Either party name contains the other, case-insensitively; a gold claim without party takes any.

    An extracted party is compared as its string form ("None" when null), as the reference scorer does.
    """
    if gold_party == "":
        return True
    got = str(claim.get("party", "")).lower()
    return gold_party in got or got in gold_party


def _score_claims(ledger: dict[str, Any], gold: dict[str, Any], corpus: _Corpus, files: dict[str, str]) -> dict[str, Any]:
    extracted = []
    for inc in ledger.get("incidents") or []:
        for c in inc.get("claims") or []:
            name = files.get(c.get("article_id"))
            start, end = corpus.place(name, c)
            extracted.append((name, c, start, end))
    total = found = modality_ok = 0
    missed: dict[str, list[dict[str, Any]]] = {}
    wrong_modality: dict[str, list[dict[str, Any]]] = {}
    for ginc in gold.get("incidents") or []:
        for g in ginc.get("claims") or []:
            total += 1
            span = corpus.gold_span(g["file"], g)
            party = (g.get("party") or "").lower()
            ok = [
                c for name, c, start, end in extracted
                if span and name == g["file"] and start is not None and _near(start, end, *span)
                and _party_matches(party, c)
            ]
            info = {"file": g["file"], "party": g.get("party"), "modality": g.get("modality"), "quote": g.get("quote")}
            if not ok:
                missed.setdefault(ginc["id"], []).append(info)
                continue
            found += 1
            if any(c.get("modality") == g.get("modality") for c in ok):
                modality_ok += 1
            else:
                wrong_modality.setdefault(ginc["id"], []).append({**info, "got": sorted({str(c.get("modality")) for c in ok})})
    return {
        "claim_recall": found / total if total else 0.0,
        "claim_modality": modality_ok / total if total else 0.0,
        "counts": {"claims_found": found, "claims_modality_ok": modality_ok, "claims_total": total},
        "missed": missed,
        "wrong_modality": wrong_modality,
    }


# ---- metadata, genre, narratives -------------------------------------------------------------------


def _norm_text(value: Any) -> str | None:
    if value is None:
        return None
    text = _fold(str(value))[0].strip().casefold()
    return text or None


def _norm_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip()[:10] or None


def _norm_authors(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    return sorted(n for n in (_norm_text(v) for v in value) if n)


_NORMALIZERS = {"title": _norm_text, "outlet": _norm_text, "published": _norm_date, "authors": _norm_authors}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _score_metadata(gold_articles: list[dict[str, Any]], by_file: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out = {}
    for fieldname in METADATA_FIELDS:
        norm = _NORMALIZERS[fieldname]
        correct = total = 0
        wrong = []
        for g in gold_articles:
            if fieldname not in g:
                continue
            total += 1
            art = by_file.get(g["file"])
            got = art.get(fieldname) if art is not None else None
            if art is not None and norm(got) == norm(g[fieldname]):
                correct += 1
            else:
                wrong.append({"file": g["file"], "gold": _jsonable(g[fieldname]),
                              "got": _jsonable(got) if art is not None else "(article missing)"})
        out[fieldname] = {"accuracy": correct / total if total else None, "correct": correct, "total": total, "wrong": wrong}
    return out


def _score_genre(gold_articles: list[dict[str, Any]], by_file: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    scored = [g for g in gold_articles if g.get("genre")]
    if not scored:
        return None
    correct = 0
    wrong = []
    for g in scored:
        accepted = {g["genre"], *([g["genre_alt"]] if g.get("genre_alt") else [])}
        got = (by_file.get(g["file"]) or {}).get("genre")
        if got in accepted:
            correct += 1
        else:
            wrong.append({"file": g["file"], "gold": sorted(accepted), "got": got})
    return {"accuracy": correct / len(scored), "correct": correct, "total": len(scored), "wrong": wrong}


def coarse_label(label: str) -> str:
    """'DOMAIN: Narrative: Sub' -> 'DOMAIN: Narrative'; shorter labels (and 'Other') stay as they are."""
    parts = [p.strip() for p in label.split(":")]
    return label if len(parts) < 3 else f"{parts[0]}: {parts[1]}"


def samples_f1(pred: Any, gold: Any) -> float:
    pred, gold = set(pred), set(gold)
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    tp = len(pred & gold)
    if not tp:
        return 0.0
    precision, recall = tp / len(pred), tp / len(gold)
    return 2 * precision * recall / (precision + recall)


def _labels(article: dict[str, Any]) -> list[str]:
    return [n["label"] if isinstance(n, dict) else str(n) for n in (article.get("narratives") or [])] or ["Other"]


def _score_narratives(gold_articles: list[dict[str, Any]], by_file: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    scored = [g for g in gold_articles if "narratives" in g]
    if not scored:
        return None
    fine, coarse, fine_n, coarse_n = [], [], [], []
    missing = []
    per_article = []
    for g in scored:
        gold_labels = list(g.get("narratives") or []) or ["Other"]
        art = by_file.get(g["file"])
        if art is None:
            missing.append(g["file"])
            pred: list[str] = []
        else:
            pred = _labels(art)
        f = samples_f1([x for x in pred if x.count(":") >= 2 or x == "Other"], gold_labels)
        c = samples_f1({coarse_label(x) for x in pred}, {coarse_label(x) for x in gold_labels})
        fine.append(f)
        coarse.append(c)
        if gold_labels != ["Other"]:
            fine_n.append(f)
            coarse_n.append(c)
        per_article.append({"file": g["file"], "fine": f, "coarse": c})
    n, m = len(scored), len(fine_n) or 1
    return {
        "samples_f1_fine": sum(fine) / n,
        "samples_f1_coarse": sum(coarse) / n,
        "articles": n,
        "missing": missing,
        "narrative_articles": len(fine_n),
        "narrative_samples_f1_fine": sum(fine_n) / m,
        "narrative_samples_f1_coarse": sum(coarse_n) / m,
        "per_article": per_article,
    }


# ---- entry points ---------------------------------------------------------------------------------


def score_ledger(ledger: dict[str, Any], gold: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """All scores as JSON values: the six reference metrics, metadata/genre/narratives, and per-incident misses."""
    corpus = _Corpus(texts)
    files = map_articles(ledger, texts)
    figures = _score_figures(ledger, gold, corpus, files)
    claims = _score_claims(ledger, gold, corpus, files)

    by_file: dict[str, dict[str, Any]] = {}
    for a in ledger.get("articles") or []:
        name = files.get(a["id"])
        if name and name not in by_file:
            by_file[name] = a
    gold_articles = [g for g in gold.get("articles") or [] if g.get("file")]

    incidents = {}
    for ginc in gold.get("incidents") or []:
        gid = ginc["id"]
        scored = [g for g in ginc.get("figures") or [] if g.get("kind") in KINDS and g.get("value") is not None]
        incidents[gid] = {
            "name": ginc.get("name"),
            "figures_found": len(figures["landing"].get(gid, [])),
            "figures_total": len(scored),
            "landed_in": sorted(set(figures["landing"].get(gid, []))),
            "missed_figures": figures["missed"].get(gid, []),
            "missed_claims": claims["missed"].get(gid, []),
            "wrong_modality": claims["wrong_modality"].get(gid, []),
            "grouped": gid not in figures["ungrouped"],
        }

    return {
        "figure_recall": figures["figure_recall"],
        "figure_precision": figures["figure_precision"],
        "distractors_attached": figures["distractors_attached"],
        "cross_source_grouping": figures["cross_source_grouping"],
        "claim_recall": claims["claim_recall"],
        "claim_modality": claims["claim_modality"],
        "counts": {**figures["counts"], **claims["counts"]},
        "metadata": _score_metadata(gold_articles, by_file),
        "genre": _score_genre(gold_articles, by_file),
        "narratives": _score_narratives(gold_articles, by_file),
        "incidents": incidents,
        "distractors": figures["attached"],
        "unmatched_figures": figures["unmatched"],
        "ungrouped": figures["ungrouped"],
        "article_files": files,
        "unmapped_articles": [a["id"] for a in ledger.get("articles") or [] if a["id"] not in files],
    }


def _short(text: Any, width: int = 90) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(scores: dict[str, Any]) -> str:
    """The scores as readable lines, misses listed briefly per gold incident."""
    c = scores.get("counts", {})
    lines = [
        f"figure recall {scores['figure_recall']:.3f} ({c.get('figures_found', 0)}/{c.get('figures_total', 0)})",
        f"figure precision {scores['figure_precision']:.3f} ({c.get('extracted_matched', 0)}/{c.get('extracted_relevant', 0)})",
        f"distractors attached {int(scores['distractors_attached'])} (of {c.get('distractors_total', 0)})",
        f"cross-source grouping {scores['cross_source_grouping']:.3f} ({c.get('groups_grouped', 0)}/{c.get('groups_total', 0)})",
        f"claim recall {scores['claim_recall']:.3f} ({c.get('claims_found', 0)}/{c.get('claims_total', 0)})",
        f"claim modality {scores['claim_modality']:.3f} ({c.get('claims_modality_ok', 0)}/{c.get('claims_total', 0)})",
    ]
    for fieldname, m in (scores.get("metadata") or {}).items():
        if m.get("total"):
            lines.append(f"metadata {fieldname} {m['accuracy']:.3f} ({m['correct']}/{m['total']})")
    genre = scores.get("genre")
    if genre:
        lines.append(f"genre accuracy {genre['accuracy']:.3f} ({genre['correct']}/{genre['total']})")
    nar = scores.get("narratives")
    if nar:
        lines.append(
            f"narratives samples-F1 fine {nar['samples_f1_fine']:.3f}, coarse {nar['samples_f1_coarse']:.3f} "
            f"({nar['articles']} articles; on the {nar['narrative_articles']} with a narrative: "
            f"fine {nar['narrative_samples_f1_fine']:.3f}, coarse {nar['narrative_samples_f1_coarse']:.3f})"
        )
    if scores.get("unmapped_articles"):
        lines.append(f"{len(scores['unmapped_articles'])} ledger article(s) matched no gold file")

    misses = []
    for gid, inc in (scores.get("incidents") or {}).items():
        items = []
        for f in inc.get("missed_figures") or []:
            items.append(f"  missed figure {f['kind']} {f['value']} [{f['file']}]: \"{_short(f.get('quote'))}\"")
        for cl in inc.get("missed_claims") or []:
            items.append(f"  missed claim {cl.get('party') or '-'} {cl['modality']} [{cl['file']}]: \"{_short(cl.get('quote'))}\"")
        for cl in inc.get("wrong_modality") or []:
            items.append(f"  claim {cl.get('party') or '-'} wants {cl['modality']}, got {', '.join(cl['got'])}: \"{_short(cl.get('quote'))}\"")
        if not inc.get("grouped", True):
            where = ", ".join(inc.get("landed_in") or []) or "no incident"
            items.append(f"  not grouped: {inc.get('figures_found', 0)} of {inc.get('figures_total', 0)} figures found, in {where}")
        if items:
            misses.append(f"{gid}:")
            misses.extend(items)
    for d in scores.get("distractors") or []:
        misses.append(f"distractor attached to {d['incident_id']} [{d['file']}]: \"{_short(d.get('quote'))}\"")
    for fieldname, m in (scores.get("metadata") or {}).items():
        for w in m.get("wrong") or []:
            misses.append(f"metadata {fieldname} [{w['file']}]: want {w['gold']!r}, got {w['got']!r}")
    if genre:
        for w in genre.get("wrong") or []:
            misses.append(f"genre [{w['file']}]: want {' or '.join(w['gold'])}, got {w['got']}")
    if misses:
        lines.append("")
        lines.append("misses:")
        lines.extend(misses)
    return "\n".join(lines)


def ledger_from_gold(gold: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A ledger in the export contract written straight from the gold (one article per file, ids = file names).

    Scoring it should give perfect figure/claim/metadata/genre/narrative scores; a check on the scorer.
    """
    articles = []
    for g in gold.get("articles") or []:
        rec = {
            "id": g["file"], "source": g["file"], "title": g.get("title"), "outlet": g.get("outlet"),
            "authors": list(g.get("authors") or []), "published": _norm_date(g.get("published")),
        }
        if g.get("genre"):
            rec["genre"] = g["genre"]
        if "narratives" in g:
            rec["narratives"] = [{"label": n} for n in g.get("narratives") or []]
        articles.append(rec)
    known = {a["id"] for a in articles}
    for name in texts:
        if name not in known:
            articles.append({"id": name, "source": name, "title": None, "outlet": None, "authors": [], "published": None})
            known.add(name)

    def evidence(item: dict[str, Any]) -> dict[str, Any]:
        span = _Corpus(texts).gold_span(item["file"], item) or (None, None)
        quote = item.get("quote") or ""
        return {"article_id": item["file"], "start": span[0], "end": span[1], "sentence": quote}

    incidents = []
    for ginc in gold.get("incidents") or []:
        figs = [
            {"kind": g["kind"], "value": g.get("value"), "qualifier": g.get("qualifier"), "victims": g.get("victims"), **evidence(g)}
            for g in ginc.get("figures") or []
        ]
        claims = [
            {"party": g.get("party"), "modality": g["modality"], "speaker": None, **evidence(g)}
            for g in ginc.get("claims") or []
        ]
        incidents.append({
            "id": ginc["id"], "name": ginc.get("name"), "type": ginc.get("type"),
            "date": _norm_date(ginc.get("date")), "date_precision": None,
            "places": [{"name": p, "country": ginc.get("country"), "admin1": None, "lat": None, "lon": None}
                       for p in ginc.get("places") or []],
            "mentions": [evidence(x) for x in [*(ginc.get("figures") or []), *(ginc.get("claims") or [])]],
            "figures": figs, "claims": claims, "reconciled": {},
        })
    return {"articles": articles, "incidents": incidents}
