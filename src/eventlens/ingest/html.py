"""HTML pages: main text and title through trafilatura, the date through htmldate."""

from __future__ import annotations

import logging

import trafilatura

from .documents import Meta, iso_date

# metadata only (no guessing from free text): publication rather than modification date
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def looks_like_html(text: str) -> bool:
    """Does this text start like an HTML page (for stdin and unknown extensions)?"""
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or any(
        tag in head for tag in ("<html", "<head>", "<body", "<article"))


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
    if doc is None or not any(ch.isalpha() for ch in doc.text or ""):
        return None
    meta = Meta(title=(doc.title or None), date=iso_date(doc.date, where),
                source=(doc.sitename or None), url=(doc.url or None))
    return doc.text, meta
