"""Bad input: each bad file is one ReadError naming it and the reason; the rest goes on."""

from __future__ import annotations

import json
from collections import Counter

from eventlens.ingest import read_paths
from eventlens.records import Document, ReadError
from eventlens.settings import Settings

ARTICLE = ("Ethiopia's government and the Tigray People's Liberation Front signed an agreement "
           "in Pretoria on 2 November 2022 to end two years of war in the northern region.\n")
GERMAN = ("Die Bundesregierung hat am Montag beschlossen, die Sanktionen gegen Russland zu "
          "verlängern. Der Außenminister sagte, dass die Lage in der Ukraine weiterhin sehr "
          "ernst sei und man mit den Partnern in der Europäischen Union eng zusammenarbeiten "
          "werde, um eine diplomatische Lösung zu finden. Die Opposition kritisierte den "
          "Beschluss als unzureichend und forderte weitere Maßnahmen.\n")
RUSSIAN = "Президент России заявил в понедельник, что переговоры продолжатся на следующей неделе."


def _reasons(*paths) -> dict[str, str]:
    items = list(read_paths([str(p) for p in paths]))
    errors = [e for e in items if isinstance(e, ReadError)]
    assert all(n == 1 for n in Counter(e.path for e in errors).values()), errors
    return {e.path: e.reason for e in errors}


def test_bad_binary_files_name_their_format(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    nul = tmp_path / "blob.dat"
    nul.write_bytes(b"abc\x00def" * 20)
    assert _reasons(png, pdf, nul) == {
        str(png): "binary file (PNG image), not text",
        str(pdf): "binary file (PDF document; convert it to text first (e.g. pdftotext)), not text",
        str(nul): "binary file (NUL byte at offset 3), not text",
    }


def test_bad_empty_and_blank_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n\t\n")
    only_form = tmp_path / "form.txt"
    only_form.write_text("Leave a Reply\nPlease enter your comment!\nPlease enter your name here\n")
    assert _reasons(empty, blank, only_form) == {
        str(empty): "empty file",
        str(blank): "empty file (no text)",
        str(only_form): "no article text (only web-page boilerplate)",
    }


def test_bad_50mb_text_file_is_refused_naming_size_and_limit(tmp_path):
    huge = tmp_path / "huge.txt"
    chunk = ARTICLE * 4096
    with huge.open("w") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    size = huge.stat().st_size
    assert size >= 50 * 1024 * 1024
    limit = Settings().max_doc_chars
    assert _reasons(huge) == {str(huge): f"too large: {size:,} bytes ({size / 1_048_576:.1f} MB), "
                                         f"the limit is {limit:,} characters (setting max_doc_chars)"}


def test_bad_text_over_the_character_limit_is_refused(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text(ARTICLE * 20)
    [err] = read_paths([str(long)], max_chars=1000)
    assert isinstance(err, ReadError)
    assert err.reason == (f"too large: {len(ARTICLE) * 20:,} characters, the limit is 1,000 "
                          "characters (setting max_doc_chars)")


def test_bad_invalid_utf8_names_the_byte_and_offset(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\u00e9 talks in Pretoria ended.".encode("cp1252"))
    assert _reasons(latin) == {str(latin): "not valid UTF-8 (byte 0xe9 at offset 3); convert it "
                                           "to UTF-8 first (e.g. iconv -f cp1252 -t utf-8)"}


def test_bad_non_english_articles_are_refused(tmp_path):
    de = tmp_path / "de.txt"
    de.write_text(GERMAN)
    ru = tmp_path / "ru.txt"
    ru.write_text(RUSSIAN)
    reasons = _reasons(de, ru)
    assert reasons[str(de)].startswith("not English (only 6% of 54 words are common English")
    assert reasons[str(ru)] == "not English (mostly Cyrillic script: 100% of letters)"


def test_bad_short_english_text_is_not_judged_foreign(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("Talks resumed in Doha.")
    [doc] = read_paths([str(short)])
    assert isinstance(doc, Document)


def test_bad_files_do_not_stop_the_batch(tmp_path):
    (tmp_path / "a_bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_good.txt").write_text(ARTICLE)
    (tmp_path / "d_latin.txt").write_bytes(b"Caf\xe9")
    good_line = json.dumps({"id": "g", "text": ARTICLE})
    (tmp_path / "e_feed.jsonl").write_text(good_line + '\n{"text": \n')
    (tmp_path / "f_de.txt").write_text(GERMAN)
    (tmp_path / "g_good.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    items = list(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["c_good", "g", "g_good"]
    errors = [str(e) for e in items if isinstance(e, ReadError)]
    assert [e.split(": ")[0].rsplit("/", 1)[-1] for e in errors] == [
        "a_bin.txt", "b_empty.txt", "d_latin.txt", "e_feed.jsonl:2", "f_de.txt"]
