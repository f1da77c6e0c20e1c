"""`eventlens serve`: loopback by default, its address on stderr, clear errors."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from .conftest import Server


def _non_loopback_address() -> str | None:
    """An address of this machine that is not 127.x (via the default route), if any."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent for a UDP connect
            addr = s.getsockname()[0]
        except OSError:
            return None
    return None if addr.startswith("127.") else addr


def test_missing_store_is_one_line_and_exit_2(tmp_path):
    r = subprocess.run([sys.executable, "-m", "eventlens", "serve", "--db",
                        str(tmp_path / "absent.duckdb")], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2
    assert "no such store" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_serve_prints_its_address_and_binds_only_loopback(synthetic_db):
    server = Server(synthetic_db)
    try:
        with socket.socket() as s:
            assert s.connect_ex(("127.0.0.1", server.port)) == 0
        addr = _non_loopback_address()
        if addr is not None:
            with socket.socket() as s:
                s.settimeout(3)
                assert s.connect_ex((addr, server.port)) != 0, "server reachable off loopback"
    finally:
        err = server.stop()
    assert f"read-only at http://127.0.0.1:{server.port}/" in err
    if addr is None:
        pytest.skip("bound and announced 127.0.0.1; no non-loopback address here to try")
