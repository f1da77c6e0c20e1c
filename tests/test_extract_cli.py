"""`eventlens extract` on bad input, stdin and tables: real subprocesses of the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "ukraine_invasion_2022.txt").read_text("utf-8")
FEED_LINE = (ROOT / "examples" / "world_briefs.jsonl").read_text("utf-8").splitlines()[0]
PREFIX = "eventlens: error: "


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "eventlens", "extract", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"),
                                       proc.stderr.decode("utf-8"))


def _errors(stderr: str) -> list[str]:
    return [line[len(PREFIX):] for line in stderr.splitlines() if line.startswith(PREFIX)]


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "feed.jsonl").write_text(FEED_LINE + '\n{"id": "cut", "text": "half\n', "utf-8")
    (tmp_path / "binary.bin").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 talks.".encode("cp1252"))
    return tmp_path


def test_extract_mixed_directory_reports_each_bad_file_once_and_exits_0(mixed_dir):
    result = _run(str(mixed_dir))
    assert result.returncode == 0, result.stderr
    assert sorted(_errors(result.stderr)) == sorted([
        f"{mixed_dir / 'binary.bin'}: binary file (ELF executable), not text",
        f"{mixed_dir / 'empty.txt'}: empty file",
        f"{mixed_dir / 'feed.jsonl'}:2: invalid JSON at column 23: unterminated string starting",
        f"{mixed_dir / 'latin1.txt'}: not valid UTF-8 (byte 0xe9 at offset 3); convert it to "
        "UTF-8 first (e.g. iconv -f cp1252 -t utf-8)",
    ])
    assert "eventlens: 2 documents," in result.stderr and "4 errors" in result.stderr
    # events (as many as the coder finds) come only from the two good documents
    for event in _events(result.stdout):
        assert event["doc_id"] in {"good", "grain-deal-signed-2022"}
        assert {"event_id", "type", "cameo", "evidence", "factuality"} <= set(event)


def test_extract_directory_of_only_bad_files_exits_2(mixed_dir):
    (mixed_dir / "good.txt").unlink()
    (mixed_dir / "feed.jsonl").write_text('{"id": "cut", "text": "half\n', "utf-8")
    result = _run(str(mixed_dir))
    assert result.returncode == 2
    assert len(_errors(result.stderr)) == 4
    assert result.stdout == ""
    assert "eventlens: 0 documents, 0 events, 4 errors" in result.stderr


def test_extract_reads_stdin_as_text_or_jsonl():
    text = _run("-", "--date", "2022-02-25", stdin=ARTICLE.encode("utf-8"))
    assert text.returncode == 0, text.stderr
    assert "eventlens: 1 documents," in text.stderr and _errors(text.stderr) == []
    feed = _run("-", stdin=(FEED_LINE + "\n" + FEED_LINE.replace("signed-2022", "copy")).encode())
    assert feed.returncode == 0 and "eventlens: 2 documents," in feed.stderr
    empty = _run("-", stdin=b"")
    assert empty.returncode == 2 and _errors(empty.stderr) == ["<stdin>: empty input"]


def test_extract_table_format_prints_a_table(mixed_dir):
    result = _run(str(mixed_dir / "good.txt"), "--format", "table")
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[1]
    for column in ("doc", "date", "source", "event", "target", "trigger"):
        assert column in header
    assert not result.stdout.lstrip().startswith("{")
