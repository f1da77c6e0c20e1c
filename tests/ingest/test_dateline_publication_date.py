"""A plain text's own date line ("Published 25 January 2025") is its publication date."""

from __future__ import annotations

import json

import pytest

from eventlens.ingest import read_paths
from eventlens.ingest.dateline import text_date
from eventlens.records import Document

BODY = ("The two governments signed a border agreement in the capital on Tuesday after talks "
        "that lasted three days, officials said.\n")


@pytest.mark.parametrize("head, expected", [
    ("Published 25 January 2025", "2025-01-25"),
    ("Posted on March 3, 2020 by Staff Writer", "2020-03-03"),
    ("Date: Sept. 9, 2021", "2021-09-09"),
    ("Published: 2023-10-11T08:00:00Z", "2023-10-11"),
    ("Monday, 4 March 2024 10:32 GMT", "2024-03-04"),
    ("First published on 1st May 2019 | 09:00", "2019-05-01"),
])
def test_dateline_forms_give_the_date(head, expected):
    assert text_date(f"Border deal signed\n\n{head}\n\n{BODY}") == expected


@pytest.mark.parametrize("text", [
    "KABUL, Dec 3 (Reuters) - The Taliban said on Tuesday ...",  # no year: left to --date
    "In late December 1979, the Soviet Union invaded Afghanistan.",  # a sentence, not a line
    "Published 3 March 2020 the report said troops had withdrawn.",
    "Headline\n\n31 February 2020\n\nBody.",  # not a date
    "Headline\n\nMarch 2020\n\nBody.",  # no day: not a publication date
    "H\n\n" + "Filler line.\n" * 10 + "Published 25 January 2025\n",  # too far down
])
def test_dateline_needs_a_full_date_line_near_the_top(text):
    assert text_date(text) is None


def test_dateline_publication_line_wins_over_update_line():
    text = "Headline\nUpdated 6 May 2024\nPublished 1 May 2024\n\n" + BODY
    assert text_date(text) == "2024-05-01"
    assert text_date("Headline\nLast updated: 6 May 2024\n\n" + BODY) == "2024-05-06"


def test_dateline_precedence_metadata_then_text_then_flag(tmp_path):
    (tmp_path / "dated.txt").write_text("Border deal\n\nPublished 25 January 2025\n\n" + BODY)
    (tmp_path / "undated.txt").write_text("Border deal\n\n" + BODY)
    (tmp_path / "feed.jsonl").write_text(json.dumps(
        {"id": "j1", "date": "2024-02-02", "text": "Published 25 January 2025\n\n" + BODY}) + "\n")
    docs = {d.doc_id: d for d in read_paths([str(tmp_path)], date="2000-01-01")
            if isinstance(d, Document)}
    assert docs["dated"].published_date.isoformat() == "2025-01-25"  # its own line beats --date
    assert docs["undated"].published_date.isoformat() == "2000-01-01"  # --date fills in
    assert docs["j1"].published_date.isoformat() == "2024-02-02"  # metadata beats the line
