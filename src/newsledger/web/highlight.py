"""Evidence spans of one article, and its text as HTML with each span marked.

Each span becomes `<mark id="ev-START-END" class="ev-KIND">`; overlapping spans are
nested by cutting the text at every span boundary, and only the first piece of a span
carries its id (so `#ev-START-END` links land on its beginning).
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

from newsledger.records import ArticleExtraction, Incident

# Inner kinds are drawn last (innermost) when spans share a stretch of text.
KIND_ORDER = {"mention": 0, "place": 1, "claim": 2, "figure": 3}


def _span(kind: str, ev: Any, label: str, incident_id: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "start": ev.start, "end": ev.end, "label": label, "sentence": ev.sentence, "incident_id": incident_id}


def _figure_label(f: Any) -> str:
    value = f"{f.qualifier + ' ' if f.qualifier else ''}{f.value if f.value is not None else f.text}"
    return f"{f.kind}: {value}" + (f" ({f.victims})" if f.victims else "")


def _claim_label(c: Any) -> str:
    party = c.party or c.party_text or "unnamed party"
    return f"{c.modality}: {party}" + (f" (per {c.speaker})" if c.speaker else "")


def article_spans(article_id: str, text_length: int, extraction: ArticleExtraction | None, incidents: list[Incident]) -> list[dict[str, Any]]:
    """Every evidence span in the article, from its own extraction and from the incidents citing it, deduplicated."""
    spans: list[dict[str, Any]] = []
    if extraction is not None:
        spans += [_span("mention", m.evidence, f"event: {m.type} ({m.trigger})") for m in extraction.mentions]
        spans += [_span("figure", f.evidence, _figure_label(f)) for f in extraction.figures]
        spans += [_span("claim", c.evidence, _claim_label(c)) for c in extraction.claims]
        spans += [_span("place", p.evidence, f"place: {p.name}") for p in extraction.places]
    for inc in incidents:
        spans += [_span("mention", m.evidence, f"event: {m.type} ({m.trigger})", inc.id) for m in inc.mentions if m.evidence.article_id == article_id]
        spans += [_span("figure", f.evidence, _figure_label(f), inc.id) for f in inc.figures if f.evidence.article_id == article_id]
        spans += [_span("claim", c.evidence, _claim_label(c), inc.id) for c in inc.claims if c.evidence.article_id == article_id]
        spans += [_span("place", p.evidence, f"place: {p.name}", inc.id) for p in inc.places if p.evidence.article_id == article_id]
    unique: dict[tuple[str, int, int], dict[str, Any]] = {}
    for s in spans:
        if 0 <= s["start"] < s["end"] <= text_length:
            key = (s["kind"], s["start"], s["end"])
            if key not in unique or (unique[key]["incident_id"] is None and s["incident_id"]):
                unique[key] = s
    return sorted(unique.values(), key=lambda s: (s["start"], -s["end"], KIND_ORDER.get(s["kind"], 9)))


def highlight_html(text: str, spans: list[dict[str, Any]]) -> Markup:
    """The article text, escaped, with every span wrapped in <mark> (paragraph breaks kept by CSS pre-wrap)."""
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    # The same position may open spans of several kinds; ids must stay unique on the page.
    id_owner: dict[tuple[int, int], dict[str, Any]] = {}
    for s in spans:
        id_owner.setdefault((s["start"], s["end"]), s)
    opened: set[int] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in spans if s["start"] <= a and b <= s["end"]]
        active.sort(key=lambda s: (-(s["end"] - s["start"]), KIND_ORDER.get(s["kind"], 9)))
        piece = escape(text[a:b])
        for s in reversed(active):
            attrs = f' class="ev ev-{s["kind"]}" title="{escape(s["label"])}"'
            key = id(s)
            if key not in opened:
                opened.add(key)
                if id_owner[(s["start"], s["end"])] is s:
                    attrs = f' id="ev-{s["start"]}-{s["end"]}"' + attrs
            piece = f"<mark{attrs}>{piece}</mark>"
        out.append(piece)
    return Markup("".join(out))
