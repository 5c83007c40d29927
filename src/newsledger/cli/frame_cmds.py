"""Commands: article, outlet (how an article and an outlet frame events)."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.table import Table

from newsledger.cli.app import DB_HELP, app
from newsledger.cli.ingest_cmds import err, open_store, out


def _find_article(store, ref: str):  # noqa: ANN001
    article = store.article(ref)
    if article is not None:
        return article
    matches = [a for a in store.articles() if a.id.startswith(ref) or a.source == ref or a.source.endswith("/" + ref)]
    return matches[0] if len(matches) == 1 else None


def _claims_by_article(store) -> dict[str, list[dict[str, Any]]]:  # noqa: ANN001
    claims: dict[str, list[dict[str, Any]]] = {}
    for inc in store.incidents():
        for c in inc.claims:
            claims.setdefault(c.evidence.article_id, []).append(
                {"incident": inc.id, "party": c.party, "modality": c.modality, "speaker": c.speaker, "sentence": c.evidence.sentence}
            )
    return claims


@app.command()
def article(
    ref: str = typer.Argument(..., metavar="ARTICLE", help="An article id (or a unique prefix of it, or its file name)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the article's framing as JSON."),
) -> None:
    """Show how one article frames events: genre and its cues, narratives with their evidence, entity roles, persuasion techniques."""
    store = open_store(db)
    found = _find_article(store, ref)
    if found is None:
        err.print(f"error: no article matches {ref!r} (see `newsledger export` for ids)")
        store.close()
        raise typer.Exit(1)
    frame = store.frames([found.id]).get(found.id)
    store.close()
    if frame is None:
        err.print(f"error: article {found.id} has not been analysed yet; run `newsledger analyze`")
        raise typer.Exit(1)
    if as_json:
        out.print(json.dumps({"id": found.id, "title": found.title, "outlet": found.outlet, **frame}, indent=2), markup=False)
        return
    text = found.text
    out.print(f"[bold]{found.title or '(untitled)'}[/bold]")
    out.print(f"{found.outlet or 'unknown outlet'} · {found.published or 'undated'} · {found.id} · {found.source}", markup=False)
    out.print(f"\ngenre: [bold]{frame['genre']}[/bold] (score {frame.get('genre_score')})")
    if frame.get("genre_cues"):
        out.print("  cues: " + "; ".join(frame["genre_cues"]), markup=False)
    out.print("\nnarratives:")
    for n in frame.get("narratives", []):
        out.print(f"  {n['score']:.2f}  {n['label']}", markup=False)
    if frame.get("narrative_explanation"):
        out.print(f"  why: {frame['narrative_explanation']}", markup=False)
    if frame.get("entities"):
        table = Table(title="entity roles")
        for col in ("entity", "main role", "fine roles"):
            table.add_column(col)
        for e in frame["entities"]:
            table.add_row(e["name"], e["main_role"], ", ".join(e["fine_roles"]))
        out.print(table)
    techniques = frame.get("techniques", [])
    out.print(f"\npersuasion techniques ({len(techniques)}):")
    for t in techniques:
        out.print(f"  {t['label']:<28} {text[t['start']:t['end']]!r}", markup=False)


@app.command()
def outlet(
    name: str = typer.Argument(..., metavar="OUTLET", help="Outlet name as stored (case-insensitive)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the profile as JSON."),
) -> None:
    """Profile one outlet: its articles, genre mix, most frequent narratives, technique rate per 1,000 words, and its responsibility claims."""
    from newsledger.frame import outlet_profile

    store = open_store(db)
    articles = store.articles(originals_only=True)
    known = sorted({a.outlet for a in articles if a.outlet})
    if name.casefold() not in {k.casefold() for k in known}:
        err.print(f"error: no outlet named {name!r}; known outlets: {', '.join(known) or 'none'}")
        store.close()
        raise typer.Exit(1)
    profile = outlet_profile(name, articles, store.frames(), _claims_by_article(store))
    store.close()
    if as_json:
        out.print(json.dumps(profile, indent=2), markup=False)
        return
    out.print(f"[bold]{profile['outlet']}[/bold]: {len(profile['articles'])} articles, {profile['words']} words")
    out.print("genres: " + ", ".join(f"{k} {v}" for k, v in profile["genres"].items()), markup=False)
    out.print("narratives:")
    for n in profile["narratives"]:
        out.print(f"  {n['articles']}  {n['label']}", markup=False)
    out.print(f"techniques: {profile['techniques_per_1000_words']} per 1,000 words")
    for t in profile["techniques"][:8]:
        out.print(f"  {t['label']:<28} {t['count']:>4}  ({t['per_1000_words']}/1k)", markup=False)
    out.print("responsibility claims:")
    for c in profile["claims"]:
        out.print(f"  {c['modality']:<22} {c['party']}  ×{c['count']}", markup=False)
