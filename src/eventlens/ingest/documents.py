"""From raw article text and its metadata to a checked Document (or the reason it is not one)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field

from ..records import Document, ReadError
from .boilerplate import clean_text
from .dateline import text_date
from .language import not_english_reason

log = logging.getLogger("eventlens.ingest")


@dataclass
class Context:
    """What one `read_paths` call knows: the flags and the doc_ids handed out so far."""

    date: str | None = None  # --date: publication date for documents that state none
    source: str | None = None  # --source: outlet for documents that name none
    max_chars: int = 2_000_000
    seen: dict[str, str] = field(default_factory=dict)  # doc_id -> where it came from

    def free_id(self, stem: str, longer: str) -> str:
        """The file stem as doc_id; the relative path (then a counter) when already taken."""
        for candidate in (stem, longer):
            if candidate not in self.seen:
                return candidate
        n = 2
        while f"{longer}~{n}" in self.seen:
            n += 1
        return f"{longer}~{n}"


@dataclass(frozen=True)
class Meta:
    """What a reader found besides the text."""

    doc_id: str | None = None  # None: the caller picks (file stem, hash)
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


def iso_date(value: object, where: str) -> str | None:
    """YYYY-MM-DD of a date field (a full ISO timestamp is cut to its date), else None."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        log.warning("eventlens: warning: %s: date %r is not YYYY-MM-DD; ignored", where, text[:40])
        return None


def size_reason(size: int, max_chars: int, unit: str = "characters") -> str:
    """The one-line reason for a text over the limit, naming its size and the limit."""
    mb = f" ({size / 1_048_576:.1f} MB)" if unit == "bytes" else ""
    return (f"too large: {size:,} {unit}{mb}, the limit is {max_chars:,} characters "
            f"(setting max_doc_chars)")


def build(raw: str, meta: Meta, ctx: Context, path: str, where: str,
          line: int | None = None) -> Document | ReadError:
    """A Document from raw text, or the one reason it cannot be one."""
    # 1. size first: the checks below are linear, but a 50 MB text is not an article
    if len(raw) > ctx.max_chars:
        return ReadError(path, size_reason(len(raw), ctx.max_chars), line)
    if not raw.strip():
        return ReadError(path, "empty (no text)" if line else "empty file (no text)", line)
    # 2. page furniture out; what remains must be an article
    cleaned = clean_text(raw)
    if not cleaned.text:
        return ReadError(path, "no article text (only web-page boilerplate)", line)
    if not any(ch.isalpha() for ch in cleaned.text):
        return ReadError(path, "no article text (no words)", line)
    # 3. our lexicons are English
    reason = not_english_reason(cleaned.text)
    if reason:
        return ReadError(path, reason, line)
    doc_id = meta.doc_id or "doc_" + hashlib.sha1(cleaned.text.encode("utf-8")).hexdigest()[:16]
    # 4. what the document states about itself wins over the command-line fallbacks: its
    # metadata, then a date line in its text ("Published 25 January 2025"), then --date
    published = meta.date or text_date(cleaned.text) or ctx.date
    return Document(doc_id=doc_id, text=cleaned.text, title=meta.title,
                    published=published, source=meta.source or ctx.source,
                    url=meta.url, path=path)
