"""HTML pages: main text and title through trafilatura, the date through htmldate."""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

from .documents import Meta, iso_date

# metadata only (no guessing from free text): publication rather than modification date
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def looks_like_html(text: str) -> bool:
    """Does this text start like an HTML page (for stdin and unknown extensions)?"""
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or any(
        tag in head for tag in ("<html", "<head>", "<body", "<article"))


def _fields(doc: Any) -> dict[str, Any]:
    """The fields we use of trafilatura's result (a Document, or a dict in some versions)."""
    if doc is None:
        return {}
    if isinstance(doc, dict):
        return doc
    return {k: getattr(doc, k, None) for k in ("text", "title", "date", "sitename", "url")}


def extract_html(html: str, where: str) -> tuple[str, Meta] | None:
    """(main text, metadata) of a page, or None when it holds no article text."""
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=DATE_PARAMS)
    except (ValueError, TypeError, AttributeError):  # lxml gives up on some broken pages
        doc = None
    found = _fields(doc)
    text = found.get("text") or ""
    if not any(ch.isalpha() for ch in text):
        return None
    meta = Meta(title=found.get("title") or None, date=iso_date(found.get("date"), where),
                source=found.get("sitename") or None, url=found.get("url") or None)
    return text, meta
