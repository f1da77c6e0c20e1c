"""Plain text files, unknown extensions and directory walks: doc_ids, dates, order."""

from __future__ import annotations

import codecs
from pathlib import Path

from eventlens.ingest import document_from_text, read_paths
from eventlens.records import Document, ReadError

TEXT = ("Azerbaijan launched a military offensive in Nagorno-Karabakh on 19 September 2023. "
        "A day later the ethnic Armenian authorities of the region accepted a ceasefire.\n")


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, "utf-8")
    return path


def test_text_file_is_one_document_named_by_its_stem(tmp_path):
    f = _write(tmp_path / "karabakh.txt", TEXT)
    [doc] = read_paths([str(f)], date="2023-09-21", source="Desk")
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.published, doc.source, doc.path) == ("karabakh", "2023-09-21",
                                                                  "Desk", str(f))
    assert doc.text == TEXT.strip() and doc.title is None


def test_text_crlf_bom_and_utf16_decode_to_the_same_text(tmp_path):
    crlf = TEXT.replace("\n", "\r\n").encode("utf-8")
    files = [
        _write(tmp_path / "a.txt", codecs.BOM_UTF8 + crlf),
        _write(tmp_path / "b.txt", TEXT.encode("utf-16")),  # with a byte-order mark
        _write(tmp_path / "c.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ]
    docs = list(read_paths([str(f) for f in files]))
    assert [d.text for d in docs] == [TEXT.strip()] * 3  # type: ignore[union-attr]


def test_text_unknown_extension_is_read_when_it_is_text(tmp_path):
    f = _write(tmp_path / "dispatch.story", TEXT)
    [doc] = read_paths([str(f)])
    assert isinstance(doc, Document) and doc.doc_id == "dispatch"


def test_text_directory_is_walked_sorted_skipping_hidden_and_notes(tmp_path):
    _write(tmp_path / "b.txt", TEXT)
    _write(tmp_path / "a.txt", TEXT.replace("19 September", "20 September"))
    _write(tmp_path / "sub" / "c.txt", TEXT.replace("2023", "2020"))
    _write(tmp_path / ".hidden.txt", TEXT)
    _write(tmp_path / ".git" / "x.txt", TEXT)
    _write(tmp_path / "README.md", "# About this corpus\nNotes on the sources used.\n")
    _write(tmp_path / "eventlens.duckdb", b"\x00" * 64)
    _write(tmp_path / "eventlens.toml", "[eventlens]\nworkers = 2\n")
    docs = list(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in docs] == ["a", "b", "c"]  # type: ignore[union-attr]


def test_text_same_stem_in_two_folders_gets_the_relative_path(tmp_path):
    _write(tmp_path / "x" / "report.txt", TEXT)
    _write(tmp_path / "y" / "report.txt", TEXT.replace("2023", "2020"))
    ids = [d.doc_id for d in read_paths([str(tmp_path)])]  # type: ignore[union-attr]
    assert ids == ["report", "y/report"]


def test_text_readme_named_explicitly_is_read(tmp_path):
    f = _write(tmp_path / "README.md", TEXT)
    [doc] = read_paths([str(f)])
    assert isinstance(doc, Document)


def test_text_missing_path_and_empty_directory_are_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    errors = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "empty")]))
    assert [type(e) for e in errors] == [ReadError, ReadError]
    assert errors[0].reason == "no such file or directory"
    assert errors[1].reason == "directory holds no files to read"


def test_document_from_text_removes_boilerplate_and_hashes_an_id():
    doc = document_from_text(TEXT + "\nLeave a Reply\nPlease enter your comment!\n")
    assert doc.text == TEXT.strip()
    assert doc.doc_id.startswith("doc_") and len(doc.doc_id) == 20
    assert document_from_text(TEXT + "\nThe End", clean=False).text.endswith("The End")
