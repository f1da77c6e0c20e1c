"""`eventlens places`: toponyms of documents as JSONL or a table; errors per file."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventlens.cli import app


def test_places_prints_jsonl_and_reports_bad_files(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Taliban fighters attacked a checkpoint in Kunduz. Moscow condemned it.")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff")
    result = CliRunner().invoke(app, ["places", str(good), str(bad)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    kunduz = next(r for r in rows if r["text"] == "Kunduz")
    assert kunduz["role"] == "place" and kunduz["location"]["country"] == "AFG"
    assert next(r for r in rows if r["text"] == "Moscow")["role"] == "actor"
    assert "b.txt" in result.stderr


def test_places_table_format(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Protesters gathered in Dubai.")
    result = CliRunner().invoke(app, ["places", str(good), "--format", "table"])
    assert result.exit_code == 0
    assert "Dubai" in result.stdout and "ARE" in result.stdout


def test_places_gazetteer_info():
    result = CliRunner().invoke(app, ["places", "--gazetteer-info"])
    info = json.loads(result.stdout)
    assert info["places"] > 50_000 and set(info["by_feature"]) >= {"country", "admin1", "city"}


def test_places_without_paths_is_a_usage_error():
    assert CliRunner().invoke(app, ["places"]).exit_code == 2
