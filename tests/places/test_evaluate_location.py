"""`eval location` logic on a small gold file written here (the full set runs in the gate)."""

from __future__ import annotations

import json

import pytest

from eventlens.errors import EventlensError
from eventlens.places.evaluate import evaluate_location, text_match, verb_span
from eventlens.records import Location


def test_text_match_compares_words_not_offsets():
    kunduz = Location(name="Kunduz", feature="city", text="Kunduz City")
    assert text_match(kunduz, ["Kunduz"])
    assert not text_match(kunduz, ["Kabul"])
    assert text_match(None, [])
    assert not text_match(kunduz, [])
    assert not text_match(None, ["Kunduz"])


def test_verb_found_by_its_words_when_offsets_are_wrong():
    record = {"text": "Rebels attacked the town.",
              "spans": [{"label": "VERB", "start": 0, "end": 3, "text": "attacked"}]}
    assert verb_span(record) == (7, 15)


def test_evaluate_scores_a_small_gold_file(tmp_path):
    rows = [
        {"text": "Rebels attacked a checkpoint in Kunduz on Monday.",
         "spans": [{"label": "VERB", "start": 7, "end": 15, "text": "attacked"},
                   {"label": "LOCATION", "start": 32, "end": 38, "text": "Kunduz"}]},
        {"text": "The minister criticised the decision.",
         "spans": [{"label": "VERB", "start": 13, "end": 23, "text": "criticised"}]},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    scores = evaluate_location(gold)
    assert scores["records"] == 2 and scores["all_records"] == 2
    assert scores["all_location_match"] == 1.0
    assert scores["all_country_match"] == 1.0
    assert 0 <= scores["coverage"] <= 1
    if scores["coded"]:
        assert scores["location_match"] == 1.0


def test_bad_gold_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    with pytest.raises(EventlensError, match="bad.jsonl:1"):
        evaluate_location(bad)
    with pytest.raises(EventlensError, match="no such gold file"):
        evaluate_location(tmp_path / "missing.jsonl")
