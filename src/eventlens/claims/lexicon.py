"""Loads the claim cue lexicons (src/eventlens/data/claims/): the one loader of that folder."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


def _phrases(data: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(w).lower() for w in p) for p in data.get(key, []))


@dataclass(frozen=True)
class Cues:
    """Cue words of factuality and attribution, as read from cues.yaml."""

    reporting_verbs: frozenset[str]
    reporting_nouns: frozenset[str]
    reporting_object_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    hearsay_adverbs: frozenset[str]
    hearsay_adjectives: frozenset[str]
    denial_verbs: frozenset[str]
    denial_nouns: frozenset[str]
    negation_words: frozenset[str]
    negation_phrases: tuple[tuple[str, ...], ...]
    negating_verbs: frozenset[str]
    negating_preps: frozenset[str]
    modal_auxiliaries: frozenset[str]
    modal_adverbs: frozenset[str]
    conditional_marks: frozenset[str]
    intention_verbs: frozenset[str]
    intention_nouns: frozenset[str]
    evidence_nouns: frozenset[str]
    intention_adjectives: frozenset[str]
    stance_words: frozenset[str]
    stance_phrases: tuple[tuple[str, ...], ...]
    impersonal_subjects: frozenset[str]


@dataclass(frozen=True)
class Speakers:
    """Speaker head words: sector cues, unnamed speakers, media names (speakers.yaml)."""

    sector_order: tuple[str, ...]
    sectors: dict[str, tuple[str, ...]]
    unnamed_heads: frozenset[str]
    media_words: frozenset[str]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("eventlens").joinpath("data", "claims", name).read_text("utf-8")
    return yaml.safe_load(text) or {}


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The factuality cues (cached: read once per process)."""
    data = _read("cues.yaml")
    phrases = {"according_to", "negation_phrases", "stance_phrases"}
    kwargs: dict[str, Any] = {}
    for name in Cues.__dataclass_fields__:
        kwargs[name] = _phrases(data, name) if name in phrases else _words(data, name)
    return Cues(**kwargs)


@lru_cache(maxsize=1)
def speakers() -> Speakers:
    """The speaker lexicon (cached)."""
    data = _read("speakers.yaml")
    return Speakers(
        sector_order=tuple(data.get("sector_order", [])),
        sectors={k: tuple(str(w).lower() for w in v) for k, v in data.get("sectors", {}).items()},
        unnamed_heads=_words(data, "unnamed_heads"),
        media_words=_words(data, "media_words"),
    )
