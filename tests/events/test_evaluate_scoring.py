"""Scoring definitions of the PLOVER and PETR2 evaluations, on tiny gold files."""

from __future__ import annotations

import json

from eventlens.events.evaluate import actor_code, evaluate_petr2, evaluate_plover, prf
from eventlens.records import Actor


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_evaluate_actor_codes():
    assert actor_code(Actor("TAL", "Taliban", "the Taliban", country="AFG", kind="armed_group")) == "AFG"
    assert actor_code(Actor("UN", "United Nations", "the UN", kind="igo")) == "IGO"
    assert actor_code(Actor("ICRC", "Red Cross", "the Red Cross", kind="ngo")) == "NGO"
    assert actor_code(Actor("AQ", "al-Qaeda", "al-Qaeda", kind="armed_group")) == "IMG"
    assert actor_code(None) is None


def test_evaluate_prf():
    assert prf(1, 2, 4) == (0.5, 0.25, 0.3333)
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)


def test_evaluate_plover_scores_primary_event_and_all_triples(tmp_path):
    gold = _write(tmp_path / "g.jsonl", [
        {"id": "a", "text": "Iran threatened to attack Iraq.", "event": "THREATEN",
         "source": [{"code": "IRN"}], "target": [{"code": "IRQ"}]},
        {"id": "b", "text": "Japan and Korea held talks.", "event": "CONSULT",
         "source": [{"code": "JAP"}, {"code": "KOR"}], "target": None},
        {"id": "c", "text": "The weather was fine.", "event": "FIGHT",
         "source": [{"code": "USA"}], "target": None},
    ])
    scores = evaluate_plover(gold)
    assert scores["records"] == 3
    assert scores["type_accuracy"] == round(2 / 3, 4)  # the third record has no event: wrong
    assert scores["coverage"] == round(2 / 3, 4)
    assert scores["actor_recall"] == round(4 / 5, 4)  # JAP is read as JPN
    assert scores["actor_precision"] == 1.0
    assert scores["per_type_accuracy"]["ASSAULT"] == 0.0  # FIGHT -> ASSAULT


def test_evaluate_petr2_roots_wildcards_and_no_event(tmp_path):
    gold = _write(tmp_path / "p.jsonl", [
        {"id": "a", "date": "20080806", "text": "Israel attacked Hamas.",
         "gold_events": [{"sourcecode": "ISRMIL", "targetcode": "---", "eventcode": "180"}],
         "expect_no_event": False, "expect_error": None},
        {"id": "b", "date": "20080806", "text": "It rained in the capital.",
         "gold_events": [], "expect_no_event": True, "expect_error": None},
    ])
    scores = evaluate_petr2(gold)
    assert scores["triple_recall"] == 1.0  # 19 == 18, --- matches any target
    assert scores["type_accuracy"] == 1.0
    assert scores["no_event_accuracy"] == 1.0


def test_evaluate_seed_item_needs_type_actors_year_and_trigger():
    from eventlens.events.evaluate import seed_item_found
    from eventlens.records import Event, Evidence, TimeSpan

    def event(type_, src, tgt, start, trigger):
        return Event(event_id="x", doc_id="d", type=type_, mode=None, cameo="190", quad_class=4,
                     goldstein=-10.0, source=Actor(src, src, src), target=Actor(tgt, tgt, tgt),
                     date=TimeSpan(start, start, "year"),
                     evidence=Evidence("The Soviet Union invaded Afghanistan.", 0, 36, trigger))

    item = {"id": "i", "doc": "d", "types": ["ASSAULT"], "source": ["SUN"], "target": ["AFG"],
            "year": 1979, "trigger": "invade"}
    assert seed_item_found(item, [event("ASSAULT", "SUN", "AFG", "1979-12-24", "invaded")])
    assert not seed_item_found(item, [event("ASSAULT", "SUN", "AFG", "1980-01-01", "invaded")])
    assert not seed_item_found(item, [event("ASSAULT", "AFG", "SUN", "1979-12-24", "invaded")])
    assert not seed_item_found(item, [event("COERCE", "SUN", "AFG", "1979-12-24", "invaded")])


def test_evaluate_unseen_scores_events_by_type_source_and_target(tmp_path):
    from eventlens.events.evaluate import evaluate_unseen

    (tmp_path / "a.txt").write_text("Turkey shelled Kurdish positions in Syria in 2019. "
                                    "Russia invaded Ukraine in February 2022.\n")
    _write(tmp_path / "gold.jsonl", [
        {"doc": "a", "sentence": "Russia invaded Ukraine", "trigger": "invaded",
         "type": ["ASSAULT", "COERCE"], "source": "RUS", "target": "UKR"},
        {"doc": "a", "sentence": "Russia invaded Ukraine", "trigger": "invaded",
         "type": "ASSAULT", "source": "UKR", "target": None},  # not there: a miss
    ])
    scores = evaluate_unseen(tmp_path)
    assert scores["gold_events"] == 2 and scores["matched"] == 1
    assert scores["event_recall"] == 0.5
    assert scores["event_precision"] == round(1 / scores["predicted_events"], 4)
    assert scores["type_accuracy"] == 1.0 and scores["trigger_recall"] == 1.0
    assert scores["missed"] == ["a: invaded ASSAULT UKR->None"]
