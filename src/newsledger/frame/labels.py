"""Label sets shipped with the package (names from the shared taxonomies; descriptions are ours)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    return [ln.rstrip("\n") for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def narrative_labels() -> list[str]:
    return _lines("narrative_labels.txt")


@lru_cache(maxsize=1)
def fine_narratives() -> list[str]:
    return [label for label in narrative_labels() if label.count(":") >= 2]


@lru_cache(maxsize=1)
def narrative_cues() -> dict:
    return yaml.safe_load((DATA / "narrative_cues.yaml").read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def entity_roles() -> dict[str, str]:
    """fine role -> main role."""
    return {fine: main for main, fine in (ln.split("\t") for ln in _lines("entity_roles.txt"))}


@lru_cache(maxsize=1)
def technique_labels() -> list[str]:
    return [ln.split("\t")[1] for ln in _lines("technique_labels.txt")]


def coarse(label: str) -> str:
    parts = [p.strip() for p in label.split(":")]
    return label if len(parts) < 3 else f"{parts[0]}: {parts[1]}"
