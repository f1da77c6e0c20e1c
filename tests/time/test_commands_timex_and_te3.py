"""`eventlens timex` and `eventlens eval te3` as a user runs them (subprocess, real files)."""

from __future__ import annotations

import json
import subprocess
import sys

from eventlens.time.evaluate import evaluate_te3, read_tml


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventlens", *args], capture_output=True,
                          text=True, input=stdin)


def test_timex_prints_one_json_object_per_expression(tmp_path):
    text = "In late December 1979, the Soviet Union invaded. Last year talks resumed."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = _run("timex", str(tmp_path / "a.txt"), "--date", "2015-10-15")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["doc_id"], r["text"], r["type"], r["value"]) for r in rows] == [
        ("a", "late December 1979", "DATE", "1979-12"), ("a", "Last year", "DATE", "2014")]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]


def test_timex_without_date_leaves_relative_values_empty(tmp_path):
    (tmp_path / "a.txt").write_text("Last year talks resumed.", encoding="utf-8")
    out = _run("timex", str(tmp_path / "a.txt"))
    (row,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert row["value"] is None


def test_timex_table_format_and_bad_date(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed in 2013.", encoding="utf-8")
    out = _run("timex", str(tmp_path / "a.txt"), "--format", "table")
    assert out.returncode == 0 and "2013" in out.stdout
    bad = _run("timex", str(tmp_path / "a.txt"), "--date", "yesterday")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_timex_goes_on_after_a_bad_file(tmp_path):
    (tmp_path / "good.txt").write_text("Talks resumed in 2013.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    out = _run("timex", str(tmp_path))
    assert out.returncode == 0
    assert "bad.txt" in out.stderr
    assert [json.loads(x)["value"] for x in out.stdout.splitlines()] == ["2013"]


TML = """<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>
The CDC said <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that the season started <TIMEX3 tid="t2" type="DURATION" value="P1M">a month</TIMEX3> earlier than usual, as in <TIMEX3 tid="t3" type="DATE" value="2009">2009</TIMEX3>. It peaked in <TIMEX3 tid="t4" type="DATE" value="2012-12" mod="START">early December</TIMEX3>, the <TIMEX3 tid="t5" type="DATE" value="2012-12">worst week</TIMEX3>.
</TEXT></TimeML>
"""


def test_tml_reader_keeps_offsets_and_dct(tmp_path):
    path = tmp_path / "x.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct.isoformat() == "2013-03-22"
    assert [doc.text[t.start:t.end] for t in doc.timexes] == [
        "Friday", "a month", "2009", "early December", "worst week"]


def test_te3_scores_count_misses_and_wrong_values(tmp_path):
    (tmp_path / "x.tml").write_text(TML, encoding="utf-8")
    r = evaluate_te3(tmp_path, with_errors=True)
    # 4 of 5 gold found ("worst week" is not a time expression we know); "early December"
    # takes the paragraph's story year (2009-12, narrative rule) where the gold says 2012-12
    assert (r["gold_timexes"], r["system_timexes"]) == (5, 4)
    assert r["relaxed_recall"] == 0.8 and r["relaxed_precision"] == 1.0
    assert (r["value_precision"], r["value_recall"]) == (0.75, 0.6)
    assert r["value_f1"] == round(2 * 0.75 * 0.6 / 1.35, 4)
    assert [e["system_value"] for e in r["errors"] if e.get("gold") == "early December"] == ["2009-12"]


def test_eval_te3_on_the_benchmark_beats_heideltime(shared):
    out = _run("eval", "te3", str(shared / "benchmarks/tempeval3_platinum"))
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    assert r["gold_timexes"] == 138
    assert r["value_f1"] >= 0.80
    assert r["relaxed_f1"] >= r["strict_f1"] >= r["value_f1"] - 0.2


def test_timex_takes_the_jsonl_date_and_date_flag_overrides_it(tmp_path):
    line = {"id": "d1", "text": "A few years ago, the US allowed it. Last year it stopped.",
            "date": "2015-10-15"}
    (tmp_path / "docs.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    out = _run("timex", str(tmp_path / "docs.jsonl"))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [(r["doc_id"], r["value"]) for r in rows] == [("d1", "PAST_REF"), ("d1", "2014")]
    out = _run("timex", str(tmp_path / "docs.jsonl"), "--date", "2020-01-01")
    assert [json.loads(x)["value"] for x in out.stdout.splitlines()] == ["PAST_REF", "2019"]
