"""The actors evaluation scores gold records (tiny inline sets, real spaCy)."""

from __future__ import annotations

from eventlens.actors.evaluate import main, score_petr2, score_plover


def test_plover_scoring_counts_found_correct_and_sector(nlp):
    records = [{"text": "Soviet troops withdrew from Afghanistan.",
                "source": [{"actorText": "Soviet troops", "code": "SUN", "sector": "MIL"}],
                "target": [{"actorText": "Afghanistan", "code": "AFG"}]},
               {"text": "Zorvani villagers fled.", "source": [{"actorText": "villagers",
                                                              "code": "XYZ"}]}]
    scores = score_plover(records, nlp)
    assert scores["gold_actors"] == 3
    assert scores["correct"] == round(2 / 3, 3)
    assert scores["sector_accuracy"] == 1.0


def test_petr2_scoring_reads_cameo_codes(nlp):
    records = [{"text": "NATO warned Russian troops near Ukraine.", "date": "20140301",
                "gold_events": [{"sourcecode": "IGONAT", "targetcode": "RUSMIL"},
                                {"sourcecode": "---", "targetcode": "FRA"}]}]
    scores = score_petr2(records, nlp)
    assert scores["gold_codes"] == 3
    assert scores["code_recall"] == round(2 / 3, 3)


def test_unreadable_gold_file_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "gold.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    assert main([str(path)]) == 2
    assert str(path) in capsys.readouterr().err
