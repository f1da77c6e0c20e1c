"""In-text acronym definitions: "the National Liberation Army (ELN)", "the Rapid Support
Forces (RSF)". The full name and the bracketed acronym are one actor: the gazetteer's when
either form is known, otherwise a document-local actor whose id is the acronym (kind from
the name's words: `rules.yaml` -> `acronym_kinds`). Every later mention of either form in
the document resolves to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..records import Actor
from .gazetteer import Gazetteer
from .mentions import Draft, is_plural
from .table import Table

# lower-case words inside a name ("Democratic Forces for the Liberation of Rwanda")
CONNECTORS = {"of", "for", "and", "the", "de", "del", "la", "el", "des", "du", "y", "et"}


@dataclass(frozen=True)
class Definition:
    name: tuple[int, int]  # tokens of the full name (without a leading "the")
    acronym: int  # token of the acronym


def _is_acronym(w: str) -> bool:
    letters = w.replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalnum() and letters[:1].isalpha() \
        and sum(c.isupper() for c in letters) >= 2 and not any(c.islower() for c in letters[:2])


def find_definitions(t: Table) -> list[Definition]:
    """ "Name Words (ACR)": two or more capitalised words (with connectors inside) before a
    bracketed acronym."""
    out = []
    for i in [i for i, w in enumerate(t.text) if w == "("]:
        if i + 2 >= t.n or t.text[i + 2] != ")" or not _is_acronym(t.text[i + 1]):
            continue
        j = i
        # why: walk left over capitalised words and inner connectors, not past "the" before
        # the name ("the National Liberation Army") nor a possessor ("Sudan's")
        while j > 0 and (t.text[j - 1][:1].isupper() or (j < i and t.lower[j - 1] in CONNECTORS
                                                          and _inner(t, j - 1))):
            j -= 1
            if t.sent_start[j]:
                break
        if j < i and t.sent_start[j] and t.pos[j] != "PROPN":
            j += 1  # "Yesterday National Liberation Army" at a sentence start
        while j < i and t.lower[j] in CONNECTORS:
            j += 1  # a name starts with a capitalised word
        if sum(1 for k in range(j, i) if t.text[k][:1].isupper()) >= 2:
            out.append(Definition((j, i), i + 1))
    return out


def _inner(t: Table, k: int) -> bool:
    """A connector inside a name: not "the" unless after another connector ("for the")."""
    return t.lower[k] != "the" or (k > 0 and t.lower[k - 1] in CONNECTORS)


def _local(t: Table, start: int, end: int, gaz: Gazetteer) -> bool:
    """A name that may become a document-local actor: a word telling its kind ("Army",
    "Front", "Movement") or an ORG entity, and not a document ("Agreement")."""
    if t.lemma[end - 1].lower() in (gaz.rules.get("document_nouns") or []):
        return False
    if any(t.lemma[k].lower() in (gaz.rules.get("acronym_kinds") or {}) for k in range(start, end)):
        return True
    return any(e.label_ == "ORG" and e.start <= end - 1 < e.end for e in t.ents)


def _kind(t: Table, start: int, end: int, gaz: Gazetteer) -> str:
    kinds = gaz.rules.get("acronym_kinds") or {}
    for k in range(end - 1, start - 1, -1):  # why: the last telling word names the kind
        kind = kinds.get(t.lemma[k].lower()) or kinds.get(t.lower[k])
        if kind:
            return str(kind)
    return "organisation"


def acronym_drafts(t: Table, drafts: list[Draft], gaz: Gazetteer,
                   year: int | None) -> list[Draft]:
    """Drafts to use in place of those over the defined names and acronyms (the caller
    removes the drafts they overlap)."""
    defs = find_definitions(t)
    if not defs:
        return []
    out: list[Draft] = []
    for df in defs:
        acr = t.text[df.acronym]
        start, end = df.name
        names = tuple(t.text[start:end])
        acr_form = gaz.forms.get((acr,))
        # why: "the Democratic People's Republic of Korea (DPRK)": a walk stopped at a
        # possessive has only the tail of the name; the acronym alone decides
        cut = start >= 2 and t.lower[start - 1] in {"'s", "\u2019s"} \
            and t.text[start - 2][:1].isupper() \
            and not any(d.start <= start - 2 < d.end for d in drafts)  # "Colombia's ELN" is whole
        name_form = None if cut else gaz.forms.get(names)
        form = acr_form or name_form
        if form is not None and form.entry.is_person:
            continue
        plural = is_plural(t, end - 1)
        make: Callable[..., Draft]  # (start, end) -> the draft over that span
        state = next((d for d in drafts if d.start <= start and end <= d.end
                      and d.actor.kind in {"state", "agency"} and d.actor.id), None)
        if form is None and (cut or not _local(t, start, end, gaz) or (
                state is None and any(d.actor.id and d.start < end and start < d.end
                                      for d in drafts))):
            continue  # why: not clearly a new actor ("Free Trade Agreement (FTA)"), or a
            # name holding a known actor the gazetteer does not make whole
        if form is None and state is not None:
            # why: "the Sudanese Armed Forces (SAF)": a name the gazetteer reads as a state
            # organ whole; the acronym is that organ
            a = state.actor
            make = lambda s, e, a=a, st=state, plural=plural: Draft(  # noqa: E731
                start=s, end=e, entry=st.entry, form_type=st.form_type,
                actor=Actor(id=a.id, name=a.name, text=t.span_text(s, e), country=a.country,
                            sector=a.sector, kind=a.kind), via="acronym",
                sector_cue=st.sector_cue, plural=plural, head=e - 1)
        elif form is not None:
            entry = form.entry
            make = lambda s, e, entry=entry, plural=plural: Draft(  # noqa: E731
                start=s, end=e, entry=entry, form_type="name",
                actor=gaz.actor_for(entry, t.span_text(s, e), year), via="acronym",
                plural=entry.plural or plural, head=e - 1)
        else:
            code, name, kind = acr.upper(), t.span_text(start, end), _kind(t, start, end, gaz)
            make = lambda s, e, code=code, name=name, kind=kind, plural=plural: Draft(  # noqa: E731
                start=s, end=e, entry=None, form_type="name",
                actor=Actor(id=code, name=name, text=t.span_text(s, e), kind=kind,
                            sector=(gaz.rules.get("kind_sectors") or {}).get(kind)),
                via="acronym", plural=plural, head=e - 1)
        for s, e in _occurrences(t, () if cut else names, acr, start):
            out.append(make(s, e))
    return out


def _occurrences(t: Table, names: tuple[str, ...], acr: str, first: int) -> list[tuple[int, int]]:
    """Every span of the document from the definition on that is the name or the acronym."""
    size = len(names)
    out = []
    i = first
    while i < t.n:
        if t.text[i] == acr:
            out.append((i, i + 1))
        elif size and t.text[i] == names[0] and tuple(t.text[i:i + size]) == names:
            out.append((i, i + size))
            i += size
            continue
        i += 1
    return out
