"""HTML through trafilatura: main text, title, date from metadata, our boilerplate filter."""

from __future__ import annotations

from eventlens.ingest import read_paths
from eventlens.records import Document, ReadError

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>{meta}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>Saudi Arabia and Iran agreed on 10 March 2023 to restore diplomatic relations and to reopen
their embassies within two months, after talks in Beijing that were mediated by China.</p>
<p>Riyadh cut ties with Tehran in January 2016, after protesters stormed the Saudi embassy.</p>
{extra}</article>
<footer><p>Follow us on Twitter</p></footer></body></html>"""


def _page(tmp_path, name="page.html", title="Riyadh and Tehran restore ties", meta="", extra="",
          charset="utf-8", encoding="utf-8"):
    path = tmp_path / name
    html = PAGE.format(title=title, meta=meta, extra=extra, charset=charset)
    path.write_bytes(html.encode(encoding))
    return path


def test_html_example_gives_text_title_date_source_url(examples):
    [doc] = read_paths([str(examples / "balakot_strike_pakistan_2019.html")], date="2000-01-01")
    assert isinstance(doc, Document)
    assert doc.doc_id == "balakot_strike_pakistan_2019"
    assert doc.title == "Pakistan denies Indian claims of damage at Balakot"
    assert doc.published == "2019-02-27"  # the page's own date wins over --date
    assert doc.source == "The Frontier Ledger"
    assert doc.url == "https://example.org/frontier-ledger/2019/02/27/balakot-denial"
    assert "Major General Asif Ghafoor" in doc.text
    for furniture in ("Leave a Reply", "Please enter your comment", "Subscribe", "cookies",
                      "Share on Facebook", "All rights reserved", "Home"):
        assert furniture not in doc.text, furniture


def test_html_without_a_date_takes_the_date_flag(tmp_path):
    [doc] = read_paths([str(_page(tmp_path))], date="2023-03-11", source="Desk")
    assert isinstance(doc, Document)
    assert (doc.published, doc.source, doc.title) == ("2023-03-11", "Desk",
                                                      "Riyadh and Tehran restore ties")


def test_html_comment_form_kept_by_trafilatura_is_removed_by_our_filter(tmp_path):
    form = ("<p>Leave a Reply</p><p>Please enter your comment!</p>"
            "<p>Please enter your name here</p><p>The End</p>")
    [doc] = read_paths([str(_page(tmp_path, extra=form))])
    assert isinstance(doc, Document)
    assert doc.text.endswith("after protesters stormed the Saudi embassy.")
    assert "Please enter" not in doc.text and "The End" not in doc.text


def test_html_truncated_page_still_gives_its_text(tmp_path):
    path = tmp_path / "cut.html"
    html = PAGE.format(title="Cut", meta="", extra="", charset="utf-8")
    path.write_text(html[: html.index("Riyadh cut ties")], "utf-8")
    [doc] = read_paths([str(path)])
    assert isinstance(doc, Document) and "mediated by China" in doc.text


def test_html_without_article_text_is_reported(tmp_path):
    path = tmp_path / "junk.html"
    path.write_text("<<<>>> </html> <p", "utf-8")
    empty = tmp_path / "empty_body.html"
    empty.write_text("<html><head><title>x</title></head><body></body></html>", "utf-8")
    errors = list(read_paths([str(path), str(empty)]))
    assert [str(e) for e in errors] == [
        f"{path}: no article text found in the HTML (broken or empty page)",
        f"{empty}: no article text found in the HTML (broken or empty page)",
    ]


def test_html_declared_charset_is_honoured(tmp_path):
    extra = "<p>Prince Faisal bin Farhan met Hossein Amir-Abdollahian \u2013 in Beijing.</p>"
    path = _page(tmp_path, charset="windows-1252", encoding="cp1252", extra=extra)
    [doc] = read_paths([str(path)])
    assert isinstance(doc, Document) and "Amir-Abdollahian \u2013 in Beijing" in doc.text


def test_html_undeclared_non_utf8_is_reported(tmp_path):
    extra = "<p>Caf\u00e9 diplomacy in Beijing continued for days.</p>"
    path = _page(tmp_path, charset="utf-8", encoding="cp1252", extra=extra)
    [err] = read_paths([str(path)])
    assert isinstance(err, ReadError)
    assert err.reason.startswith("not valid UTF-8 (byte 0xe9 at offset ")
