"""A surname alone names the person the article named in full before ("Vladimir Putin ...
Putin", "Kim Jong Un ... Kim", "Rwandan minister James Kabarebe ... Kabarebe").

Persons with an identity (a gazetteer person, or an NER person acting for a state or group
through a title or apposition) give their family name as a key: the last word of the name,
and the first word too, because East Asian names put the family name first ("Kim Jong Un").
A key shared by two persons of different actors, or by a person NER finds and the gazetteer
does not know ("Kim Dae-jung" beside "Kim Jong Un"), is ambiguous and dropped. A later standalone
proper noun equal to a key — not part of a longer name — becomes a mention of that person,
with the article's word as its text; an NER guess over the same word is replaced.
"""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import Gazetteer
from .mentions import Draft
from .table import Table


def _identified(d: Draft) -> bool:
    """A person mention that stands for a known actor."""
    return d.actor.kind == "person" and (d.person is not None or d.actor.id is not None)


def _name_words(t: Table, d: Draft, titles: set[str]) -> list[str]:
    """The capitalised name words of a person mention, titles left out (the words NER marks
    as a person's when it marks any: "Kenyan Foreign Minister *Wanjiru Odhiambo*")."""
    words = [i for i in range(d.start, d.end) if t.pos[i] == "PROPN" and t.text[i][:1].isupper()
             and t.lower[i].rstrip(".") not in titles and t.is_alpha[i]]
    return [t.text[i] for i in ([i for i in words if t.ent_type[i] == "PERSON"] or words)]


def _keys(t: Table, persons: list[Draft], titles: set[str]) -> dict[str, Draft]:
    """family-name key -> the person's draft (a headline may use the surname first)."""
    keys: dict[str, Draft] = {}
    ambiguous: set[str] = set()
    for d in persons:
        words = _name_words(t, d, titles)
        if len(words) < 2:
            continue  # why: a one-word name is already its own key (or a surname itself)
        for w in {words[0], words[-1]}:
            old = keys.get(w)
            if old is not None and (old.person or old.actor.id) != (d.person or d.actor.id):
                ambiguous.add(w)
            elif old is None:
                keys[w] = d
    named = [set(_name_words(t, d, titles)) for d in persons]
    for ent in t.ents:  # why: another, unknown person of the same family ("Kim Dae-jung")
        if ent.label_ != "PERSON":
            continue
        words = [t.text[i] for i in range(ent.start, ent.end)
                 if t.pos[i] == "PROPN" and t.is_alpha[i]]
        if len(words) < 2 or any(set(words) <= n for n in named):
            continue
        ambiguous.update(w for w in (words[0], words[-1]) if w in keys)
    return {k: v for k, v in keys.items() if k not in ambiguous}


def _standalone(t: Table, i: int) -> bool:
    """A proper noun on its own, not one word of a longer name ("Kim", not "Kim Yo Jong")."""
    if t.pos[i] != "PROPN":
        return False
    if t.ent_type[i] and (t.ent_iob[i] == "I" or (i + 1 < t.n and t.ent_iob[i + 1] == "I")):
        return False
    return not any(t.dep[c] == "compound" and t.pos[c] == "PROPN" for c in t.children(i)) \
        and not (t.dep[i] == "compound" and t.pos[t.head[i]] == "PROPN")


def surname_drafts(t: Table, drafts: list[Draft], taken: set[int], gaz: Gazetteer) -> list[Draft]:
    """Drafts to add for surnames of persons named earlier; NER drafts they replace are
    marked `drop`."""
    titles = {t.lower().rstrip(".") for t in gaz.rules.get("person_titles") or []}
    persons = sorted((d for d in drafts if _identified(d)), key=lambda d: d.start)
    keys = _keys(t, persons, titles)
    if not keys:
        return []
    guesses = {d.start: d for d in drafts if d.via == "ner" and d.actor.id is None
               and d.end - d.start == 1}
    out: list[Draft] = []
    for i in [i for i, w in enumerate(t.text) if w in keys]:
        word = t.text[i]
        hit = keys[word]
        if not _standalone(t, i):
            continue
        guess = guesses.get(i)
        if i in taken and guess is None:
            continue  # why: already a gazetteer mention ("Putin" is its own alias)
        if guess is not None:
            guess.drop = True
        src = hit
        out.append(Draft(start=i, end=i + 1, entry=src.entry, form_type="person",
                         actor=replace(src.actor, text=word), via="surname",
                         sector_cue=src.sector_cue, head=i, person=src.person))
    return out
