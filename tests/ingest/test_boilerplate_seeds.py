"""The comment-form lines of both seed articles are removed; the article text is kept."""

from __future__ import annotations

from eventlens.ingest import clean_text, read_paths
from eventlens.records import Document

FORM_LINES = (
    "Please enter your comment!",
    "Please enter your name here",
    "The End",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
)


def _docs(seeds) -> dict[str, Document]:
    items = list(read_paths([str(seeds)]))
    assert all(isinstance(d, Document) for d in items), items
    return {d.doc_id: d for d in items}


def test_boilerplate_seed_comment_forms_are_gone(seeds):
    docs = _docs(seeds)
    assert set(docs) == {"000_0b374cb1d939e815", "003_190791c2367702d5"}
    for doc in docs.values():
        lines = [line.strip() for line in doc.text.splitlines()]
        for form in FORM_LINES:
            assert form not in lines, (doc.doc_id, form)
        assert "Please enter" not in doc.text and "Leave a Reply" not in doc.text


def test_boilerplate_seed_article_text_is_kept(seeds):
    docs = _docs(seeds)
    first = docs["000_0b374cb1d939e815"].text
    assert first.startswith("In late December 1979, the Soviet Union invaded Afghanistan")
    assert first.endswith("understandably limited to the Afghan peace process.")
    second = docs["003_190791c2367702d5"].text
    assert second.startswith("The Afghan Taliban and its Relations with Moscow")
    assert second.endswith("resembles more anecdotal and it does not seem practical.")
    # only the form lines went: everything else is there, byte for byte
    for path in seeds.iterdir():
        raw = path.read_text("utf-8")
        doc = docs[path.stem]
        kept = [line for line in raw.splitlines() if line.strip() not in FORM_LINES]
        assert doc.text == "\n".join(kept).strip()


def test_boilerplate_seed_offsets_map_back_to_the_file(seeds):
    for path in seeds.iterdir():
        raw = path.read_text("utf-8")
        cleaned = clean_text(raw)
        for i in range(0, len(cleaned.text), 97):
            assert raw[cleaned.to_original(i)] == cleaned.text[i]
        assert cleaned.removed and all(line in FORM_LINES for line in cleaned.removed)
