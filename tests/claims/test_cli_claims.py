"""`eventlens conflicts`, `eventlens merge` and `eventlens eval claims` through the CLI app."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventlens.cli import app

runner = CliRunner()


def test_conflicts_prints_one_group_a_line_with_key_and_mentions(nlp, seeds):
    result = runner.invoke(app, ["conflicts", str(seeds)])
    assert result.exit_code == 0, result.output
    groups = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert groups
    for g in groups:
        assert set(g) >= {"group_id", "key", "reason", "mentions"}
        assert len(g["mentions"]) >= 2
        assert {"source", "target", "family"} <= set(g["key"])
    assert any(g["key"]["source"] == "RUS" and g["key"]["target"] == "TAL" for g in groups)


def test_conflicts_table_and_bad_path(nlp, seeds, tmp_path):
    result = runner.invoke(app, ["conflicts", str(seeds), "--format", "table"])
    assert result.exit_code == 0
    assert "vs negated" in result.stdout
    missing = runner.invoke(app, ["conflicts", str(tmp_path / "nothing.txt")])
    assert missing.exit_code == 2


def test_merge_lists_events_told_by_two_documents(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("Russia invaded Ukraine on 24 February 2022.\n")
    (tmp_path / "b.txt").write_text("On 24 February 2022, Russian forces invaded Ukraine.\n")
    result = runner.invoke(app, ["merge", str(tmp_path), "--min-sources", "2"])
    assert result.exit_code == 0, result.output
    merged = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(merged) == 1
    assert merged[0]["corroboration"] == 2 and sorted(merged[0]["sources"]) == ["a", "b"]


def test_eval_claims_scores_a_gold_file(nlp, tmp_path):
    (tmp_path / "art.txt").write_text(
        "Officials said that Chad closed its border. Chad never closed the airport. "
        "Niger may close its border.\n")
    gold = [
        {"doc": "art.txt", "sentence": "Chad closed its border", "trigger": "closed",
         "factuality": "reported", "attributed_to": "*"},
        {"doc": "art.txt", "sentence": "never closed the airport", "trigger": "closed",
         "factuality": "negated", "attributed_to": None},
        {"doc": "art.txt", "sentence": "Niger may close", "trigger": "close",
         "factuality": "asserted", "attributed_to": None},  # wrong on purpose
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(g) + "\n" for g in gold))
    result = runner.invoke(app, ["eval", "claims", str(path), "--errors"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["items"] == 3
    assert abs(scores["factuality_accuracy"] - 2 / 3) < 1e-3
    assert scores["attribution_accuracy"] == 1.0
    assert scores["hypothetical_precision"] == 0.0 and scores["asserted_recall"] == 0.0
    assert [e["line"] for e in scores["errors"]] == [3]
