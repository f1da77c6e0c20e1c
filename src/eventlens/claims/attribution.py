"""Who makes a claim: speaker tokens -> Actors, through the actor index, the gazetteer, NER.

The author is not an actor of the text: `attributed_to` is None when only the author vouches
for an event, and `claim_chain` always starts with `AUTHOR`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .. import actors as actors_stage
from ..actors import ActorIndex
from ..records import Actor
from .lexicon import Speakers, speakers

AUTHOR = Actor(id=None, name="author", text="(author)", kind="author")
NER_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "state", "NORP": "group",
             "FAC": "place", "LOC": "place"}
LOCATIVE_PREPS = ("in", "at", "inside", "within", "near")
OWNER_PREPS = ("of", "from", "for", "with")


def speaker_actor(doc: Doc, token_i: int | None, cue: str, actors: ActorIndex) -> Actor:
    """The actor behind a speaker token; an unnamed actor when nobody is named."""
    lex = speakers()
    if token_i is None:  # "reportedly", "it is said", "rumours about"
        return Actor(id=None, name=None, text=cue, kind="unnamed")
    head = doc[token_i]
    phrase = _phrase(head)
    actor = _resolved(head, phrase, actors) or _named(doc, phrase)
    if actor is None:
        return _unnamed(head, phrase, actors, lex)
    return _with_sector(actor, phrase, lex)


def _phrase(head: Token) -> Span:
    """The speaker's words: the head with its left modifiers and owner/place preps."""
    doc = head.doc
    end = head.i + 1
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in OWNER_PREPS + LOCATIVE_PREPS:
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ in ("compound", "appos", "flat"):
            end = max(end, c.right_edge.i + 1)
        else:
            break
    start = min(head.left_edge.i, head.i)
    while start < head.i and doc[start].dep_ in ("det", "punct", "cc", "predet"):
        start += 1
    return doc[start:end]


def _resolved(head: Token, phrase: Span, actors: ActorIndex) -> Actor | None:
    """1. the actor index: the head's own mention, else a mention owning the phrase."""
    own = actors.at(head.i)
    if own is not None and own.actor.id:
        return own.actor
    owners = [m for m in (actors.at(t.i) for t in phrase
                          if not (own and own.start <= t.i < own.end) and not _in_locative(t, head))
              if m is not None]
    named = next((m.actor for m in owners if m.actor.id), None)
    if named is not None:  # "Pakistan's National Security Committee" speaks for Pakistan
        return named
    if own is not None:
        return own.actor
    return owners[0].actor if owners else None


def _in_locative(tok: Token, head: Token) -> bool:
    """Is tok inside a locative prep of head ("diplomats in Addis Ababa")?"""
    x = tok
    while x.head.i != x.i and x.i != head.i:
        if x.head.i == head.i and x.dep_ == "prep" and x.lower_ in LOCATIVE_PREPS:
            return True
        x = x.head
    return False


def _named(doc: Doc, phrase: Span) -> Actor | None:
    """2. a named entity of the phrase: the gazetteer's actor for it, else the NER name."""
    for ent in doc.ents:
        if ent.start < phrase.start or ent.end > phrase.end or ent.label_ not in NER_KINDS:
            continue
        if any(_in_locative(t, phrase.root) for t in ent):
            continue
        name = _strip(ent)
        found = _lookup(name)
        if found is not None:
            return replace(found, text=phrase.text)
        return Actor(id=None, name=name, text=phrase.text, kind=_kind(ent, name))
    return None


def _strip(ent: Span) -> str:
    words = [t for t in ent if t.tag_ != "POS" and t.lower_ not in ("'", "’", "'s", "’s")]
    text = ent.doc[words[0].i:words[-1].i + 1].text if words else ent.text
    return text[4:] if text.lower().startswith("the ") and ent.label_ != "ORG" else text


def _kind(ent: Span, name: str) -> str:
    lowered = name.lower()
    if ent.label_ == "ORG" and any(w in lowered.split() or w == lowered
                                   for w in speakers().media_words):
        return "media"
    return NER_KINDS.get(ent.label_, "group")


def _lookup(name: str) -> Actor | None:
    """The actors stage's gazetteer lookup, when that stage provides it."""
    lookup = getattr(actors_stage, "lookup_actor", None)
    if lookup is None:
        return None
    try:
        return lookup(name)
    except Exception:  # a gazetteer miss must not lose the claim
        return None


def _unnamed(head: Token, phrase: Span, actors: ActorIndex, lex: Speakers) -> Actor:
    """3. nobody named ("diplomats in Addis Ababa"): words, sector, and country if known."""
    country = None
    for tok in phrase:
        m = actors.at(tok.i)
        if m is not None and m.actor.country:
            country = m.actor.country
            break
    return Actor(id=None, name=None, text=phrase.text, country=country,
                 sector=_sector(phrase, lex), kind="unnamed")


def _sector(phrase: Span, lex: Speakers) -> str | None:
    words = " " + " ".join(t.lemma_.lower() for t in phrase) + " "
    lowered = " " + " ".join(t.lower_ for t in phrase) + " "
    for sector in lex.sector_order:
        for cue in lex.sectors.get(sector, ()):
            if f" {cue} " in words or f" {cue} " in lowered:
                return sector
    return None


def _with_sector(actor: Actor, phrase: Span, lex: Speakers) -> Actor:
    """A more specific sector from the speaker's words ("secret service officials" -> SPY)."""
    sector = _sector(phrase, lex)
    if sector is None or actor.kind == "person":
        return replace(actor, text=phrase.text) if actor.text != phrase.text else actor
    order = lex.sector_order
    if actor.sector in order and order.index(actor.sector) <= order.index(sector):
        return replace(actor, text=phrase.text)
    return replace(actor, sector=sector, text=phrase.text)
