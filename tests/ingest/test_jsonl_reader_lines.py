"""JSONL: one document per line, ids, metadata, and one error per bad line."""

from __future__ import annotations

import json
import logging

from eventlens.ingest import read_paths
from eventlens.records import Document, ReadError

TEXT = ("Russia said on 17 July 2023 that it would not extend the Black Sea Grain Initiative, "
        "ending the arrangement that had allowed Ukraine to ship grain for a year.")


def _jsonl(tmp_path, lines, name="feed.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    "utf-8")
    return path


def test_jsonl_example_gives_three_documents_with_metadata(examples):
    docs = list(read_paths([str(examples / "world_briefs.jsonl")], date="2000-01-01",
                           source="Flag"))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.doc_id for d in docs] == ["grain-deal-signed-2022", "grain-deal-ends-2023",
                                        "saudi-iran-deal-2023"]
    first = docs[0]
    assert first.published == "2022-07-22" and first.source == "Lens Wire"
    assert first.title.startswith("Russia and Ukraine sign deal")
    assert first.url == "https://example.org/lens-wire/2022/07/22/black-sea-grain-deal"
    assert not first.text.endswith("Email") and "Tweet" not in first.text
    assert "Related articles" not in docs[1].text and "Please enter" not in docs[2].text


def test_jsonl_lines_without_id_are_named_by_stem_and_line(tmp_path):
    path = _jsonl(tmp_path, [{"text": TEXT}, "", {"text": TEXT + " Again.", "date": "2023-07-18"}])
    docs = list(read_paths([str(path)], date="2023-07-17", source="Desk"))
    assert [(d.doc_id, d.published, d.source) for d in docs] == [
        ("feed:1", "2023-07-17", "Desk"), ("feed:3", "2023-07-18", "Desk")]


def test_jsonl_bad_lines_are_reported_once_each_and_good_lines_read(tmp_path):
    path = _jsonl(tmp_path, [
        {"id": "a", "text": TEXT},
        '{"id": "b", "text": "unterminated',
        {"id": "c", "title": "no text here"},
        "[1, 2]",
        {"id": "d", "text": 42},
        {"id": "a", "text": TEXT + " A different text."},
        {"id": "e", "text": TEXT, "date": "2023-07-17T09:00:00Z"},
    ])
    items = list(read_paths([str(path)]))
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["a", "e"]
    errors = [str(e) for e in items if isinstance(e, ReadError)]
    assert errors == [
        f"{path}:2: invalid JSON at column 21: unterminated string starting",
        f'{path}:3: no "text" field (fields: id, title)',
        f"{path}:4: not a JSON object (got list)",
        f'{path}:5: "text" is not a string (got int)',
        f"{path}:6: duplicate id 'a' (first read from {path}:1); skipped",
    ]
    assert items[-1].published == "2023-07-17"  # type: ignore[union-attr]


def test_jsonl_bad_date_is_ignored_with_a_warning(tmp_path, caplog):
    path = _jsonl(tmp_path, [{"id": "x", "text": TEXT, "date": "last Monday"}])
    with caplog.at_level(logging.WARNING, logger="eventlens.ingest"):
        [doc] = read_paths([str(path)], date="2023-07-20")
    assert isinstance(doc, Document) and doc.published == "2023-07-20"
    assert "date 'last Monday' is not YYYY-MM-DD; ignored" in caplog.text


def test_jsonl_file_that_is_not_jsonl_is_one_error(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(f"Line {i} of plain notes about the talks." for i in range(50)))
    [err] = read_paths([str(path)])
    assert isinstance(err, ReadError) and err.line is None
    assert err.reason.startswith("not JSONL: the first 5 lines are not JSON objects (line 1: ")


def test_jsonl_invalid_utf8_line_is_reported_with_its_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": TEXT}).encode()
    path.write_bytes(good + b"\n" + b'{"id": "bad", "text": "caf\xe9"}\n')
    items = list(read_paths([str(path)]))
    assert isinstance(items[0], Document)
    assert str(items[1]) == f"{path}:2: not valid UTF-8 (byte 0xe9 at column 27)"


def test_json_file_holds_one_document_or_a_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": TEXT, "title": "Grain"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": TEXT}, {"id": "k", "text": TEXT}, {"x": 1}]))
    items = list(read_paths([str(one), str(many)]))
    assert [getattr(d, "doc_id", None) for d in items] == ["one", "many:1", "k", None]
    assert str(items[-1]) == f'{many}: item 3: no "text" field (fields: x)'
