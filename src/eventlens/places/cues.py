"""Loader of data/places/cues.json: the word lists the places stage works with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Cues:
    locative_prepositions: frozenset[str]
    locative_object_verbs: frozenset[str]
    locative_subject_verbs: frozenset[str]
    site_nouns: frozenset[str]
    event_nouns: frozenset[str]
    numeric_labels: frozenset[str]
    not_place_words: frozenset[str]
    world_regions: frozenset[str]
    source_prepositions: frozenset[str]
    feature_words: dict[str, str]  # word -> feature
    own_subject_deps: frozenset[str]
    scene_clause_deps: frozenset[str]
    closed_clause_deps: frozenset[str]


@cache
def cues() -> Cues:
    raw = json.loads((resources.files("eventlens") / "data" / "places" / "cues.json")
                     .read_text(encoding="utf-8"))
    words = {w: feature for feature, ws in raw["feature_words"].items() for w in ws}
    return Cues(
        locative_prepositions=frozenset(raw["locative_prepositions"]),
        locative_object_verbs=frozenset(raw["locative_object_verbs"]),
        locative_subject_verbs=frozenset(raw["locative_subject_verbs"]),
        site_nouns=frozenset(raw["site_nouns"]),
        event_nouns=frozenset(raw["event_nouns"]),
        numeric_labels=frozenset(raw["numeric_labels"]),
        not_place_words=frozenset(raw["not_place_words"]),
        world_regions=frozenset(raw["world_regions"]),
        source_prepositions=frozenset(raw.get("source_prepositions", [])),
        feature_words=words,
        own_subject_deps=frozenset(raw["own_subject_deps"]),
        scene_clause_deps=frozenset(raw["scene_clause_deps"]),
        closed_clause_deps=frozenset(raw["closed_clause_deps"]),
    )
