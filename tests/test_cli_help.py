"""Every CLI command answers --help and is documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from eventlens.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _commands(group: typer.Typer, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    click_group = typer.main.get_command(group)
    out = []
    for name, cmd in click_group.commands.items():  # type: ignore[attr-defined]
        out.append(prefix + (name,))
        if hasattr(cmd, "commands"):
            out.extend(prefix + (name, sub) for sub in cmd.commands)
    return out


def test_cli_entry_point_answers_help():
    result = subprocess.run([sys.executable, "-m", "eventlens", "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout and "ingest" in result.stdout


def test_cli_every_command_has_help():
    # in-process (one interpreter, not one per command): the same Typer app the entry point runs
    runner = CliRunner()
    paths = _commands(app)
    assert len(paths) > 20, paths
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output, path


def test_cli_every_command_is_documented():
    docs = (ROOT / "README.md").read_text() + "".join(
        p.read_text() for p in (ROOT / "docs").glob("*.md"))
    missing = [" ".join(p) for p in _commands(app) if f"eventlens {' '.join(p)}" not in docs]
    assert not missing, f"commands missing from README/docs: {missing}"
