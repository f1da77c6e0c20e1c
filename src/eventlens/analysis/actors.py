"""Turn what the user typed ("Russia", "taliban", "RUS") into the actor id events carry."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import EventlensError
from .counting import Event


class UnknownActor(EventlensError):
    def __init__(self, name: str, known: list[str]) -> None:
        hint = f" (known: {', '.join(known[:12])}{', ...' if len(known) > 12 else ''})" \
            if known else " (the store has no actors: run `eventlens ingest` first)"
        super().__init__(f"E601 no actor matches '{name}'{hint}")


def _known(events: Iterable[Event]) -> dict[str, set[str]]:
    """Actor id -> lower-cased names and surface texts seen in events."""
    out: dict[str, set[str]] = {}
    for e in events:
        for role in ("source", "target"):
            a = e.get(role) or {}
            key = a.get("id") or a.get("country")
            if not key:
                continue
            names = out.setdefault(key, set())
            for v in (a.get("id"), a.get("name"), a.get("text")):
                if v:
                    names.add(str(v).lower())
    return out


def _gazetteer(name: str) -> str | None:
    """The actors stage's gazetteer lookup, when it is available."""
    try:
        from ..actors import lookup_actor  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        actor = lookup_actor(name)
    except Exception:  # noqa: BLE001 - a half-built gazetteer must not break analysis
        return None
    return getattr(actor, "id", None) if actor is not None else None


def resolve_actor(name: str, events: Iterable[Event]) -> str:
    """Cascade: 1. an id the events use; 2. the gazetteer (lookup_actor); 3. a name or
    surface text the events use (exact, then prefix); else UnknownActor."""
    known = _known(events)
    wanted = name.strip()
    if wanted.upper() in known:
        return wanted.upper()  # 1. already an id
    gid = _gazetteer(wanted)
    if gid:
        return gid  # 2. gazetteer knows the name (may be an id with no events yet)
    low = wanted.lower()
    exact = sorted(k for k, names in known.items() if low in names)
    if exact:
        return exact[0]  # 3a. a name or text seen in the events
    prefix = sorted(k for k, names in known.items() if any(n.startswith(low) for n in names))
    if prefix:
        return prefix[0]  # 3b. "Talib" -> TAL
    raise UnknownActor(name, sorted(known))
