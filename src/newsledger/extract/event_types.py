"""The event taxonomy: a small set of event types, each mapped onto ACLED and GTD codes.

Every event mention carries one key of `EVENT_TYPES`. The key names what happened in the
article's words (a shelling, a shooting); the mapping says how an analyst would code it:

- ACLED (Armed Conflict Location & Event Data) codes an event with an event type and a
  sub-event type from its codebook, e.g. "Explosions/Remote violence" / "Air/drone strike".
- GTD (Global Terrorism Database) codes an attack type, e.g. "Armed Assault" or
  "Bombing/Explosion"; events GTD does not record (riots, arrests, battles) map to None.

Type decisions for events at the edge of the taxonomy:

- sabotage (a cut undersea cable, a severed pipeline, a wrecked rail line) is an incident of its
  own type; ACLED codes such deeds as Strategic developments / property destruction, GTD as
  Facility/Infrastructure Attack. Sabotage by explosives reads as a bombing.
- a hijacking (plane, train, bus, ship) is GTD's Hijacking; ACLED codes it as an abduction.
- an assassination attempt is an assassination whatever the means (GTD codes attempts too).
- security-force raids and operations that kill militants, and clashes between two armed groups,
  are armed clashes (ACLED Battles); police raids that arrest people are arrests.
- a mob lynching, or crowds attacking people or buildings, is a riot (ACLED Riots / Mob violence).
- a drone or missile shot down whose debris hurts people is a drone or missile strike.
- a cyberattack is no incident (neither ACLED nor GTD codes them): events.py drops it.
- protests are not events by themselves: a peaceful march makes no incident; violence at a protest
  is typed by the violent words (shooting, clash, arson, riot).

`generic` types ("attack") say that something violent happened without saying how; when an
incident holds both a generic and a specific type, the specific one names it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    key: str
    label: str  # human name
    acled_event_type: str
    acled_sub_event_type: str
    gtd_attack_type: str | None
    generic: bool = False


_VAC = "Violence against civilians"
_ERV = "Explosions/Remote violence"
_SD = "Strategic developments"

EVENT_TYPES: dict[str, EventType] = {
    t.key: t
    for t in (
        EventType("armed_assault", "armed assault (shooting, stabbing, gunmen)", _VAC, "Attack", "Armed Assault"),
        EventType("bombing", "bombing or explosion (IED, car bomb, blast)", _ERV, "Remote explosive/landmine/IED", "Bombing/Explosion"),
        EventType("suicide_bombing", "suicide bombing", _ERV, "Suicide bomb", "Bombing/Explosion"),
        EventType("missile_strike", "missile or rocket strike", _ERV, "Shelling/artillery/missile attack", "Bombing/Explosion"),
        EventType("shelling", "shelling or artillery fire", _ERV, "Shelling/artillery/missile attack", "Bombing/Explosion"),
        EventType("air_strike", "air strike or aerial bombing", _ERV, "Air/drone strike", "Bombing/Explosion"),
        EventType("drone_strike", "drone strike", _ERV, "Air/drone strike", "Bombing/Explosion"),
        EventType("assassination", "assassination of a named person", _VAC, "Attack", "Assassination"),
        EventType("arson", "arson (setting fire to property)", _SD, "Looting/property destruction", "Facility/Infrastructure Attack"),
        EventType("riot", "riot or mob violence", "Riots", "Mob violence", None),
        EventType("hostage_taking", "hostage taking or siege", _VAC, "Abduction/forced disappearance", "Hostage Taking (Barricade Incident)"),
        EventType("kidnapping", "kidnapping or abduction", _VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)"),
        EventType("hijacking", "hijacking of a plane, train, bus or ship", _VAC, "Abduction/forced disappearance", "Hijacking"),
        EventType("sabotage", "sabotage of infrastructure (cut cables, pipelines, rail lines)", _SD, "Looting/property destruction", "Facility/Infrastructure Attack"),
        EventType("armed_clash", "armed clash or raid between armed groups", "Battles", "Armed clash", None),
        EventType("arrests", "arrests or detentions", _SD, "Arrests", None),
        EventType("attack", "attack of unstated form", _VAC, "Attack", "Unknown", generic=True),
    )
}


def acled_codes(key: str | None) -> tuple[str, str]:
    """(ACLED event type, sub-event type) for a taxonomy key; unknown keys code as a generic attack."""
    t = EVENT_TYPES.get(key or "", EVENT_TYPES["attack"])
    return t.acled_event_type, t.acled_sub_event_type


def gtd_attack_type(key: str | None) -> str | None:
    """GTD attack type for a taxonomy key (None where GTD does not record such events)."""
    t = EVENT_TYPES.get(key or "")
    return t.gtd_attack_type if t else "Unknown"


def is_generic(key: str | None) -> bool:
    t = EVENT_TYPES.get(key or "")
    return t is None or t.generic
