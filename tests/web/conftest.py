"""Stores and servers for the web tests: a real DuckDB store, a real uvicorn process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
XSS_SCRIPT = "<script>window.__xss = 'script'</script>"
XSS_IMG = "<img src=x onerror=\"window.__xss = 'img'\">"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`eventlens serve` in a subprocess on a loopback port."""

    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "eventlens", "serve", "--db", str(db), "--port",
             str(self.port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stderr.read()}")
            try:
                with urllib.request.urlopen(self.url + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not answer within 60 s")

    def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def json(self, path: str):  # type: ignore[no-untyped-def]
        status, _, body = self.get(path)
        assert status == 200, (path, status, body[:300])
        return json.loads(body)

    def stop(self) -> str:
        """Stop the server; returns what it wrote on stderr."""
        self.proc.terminate()
        try:
            _, err = self.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err or ""


def _actor(code, name, text=None, kind="state"):  # type: ignore[no-untyped-def]
    from eventlens.records import Actor

    return Actor(id=code, name=name, text=text or name, country=code if kind == "state" else None,
                 kind=kind)


def synthetic_results():  # type: ignore[no-untyped-def]
    """Two documents coded by hand (the event stages are other helpers' work): one about
    Russia and the Taliban, one hostile article full of markup and script."""
    from eventlens.records import (
        DocResult,
        Document,
        Event,
        Evidence,
        Location,
        Sentence,
        TimeSpan,
        make_event_id,
    )

    rus, tal, usa = _actor("RUS", "Russia"), _actor("TAL", "Taliban", kind="armed_group"), \
        _actor("USA", "United States")
    doc1_sents = [
        "In 1996 Russia condemned the Taliban after the capture of Kabul.",
        "In 1999 Moscow imposed sanctions on the Taliban.",
        "In 2003 Russia designated the Taliban a terrorist organisation.",
        "In 2007 Russian envoys met Taliban representatives in Dubai.",
        "In 2015 Russia shared intelligence with the Taliban, officials said.",
        "Russia never provided weapons to the Taliban in 2016.",
        "In 2020 the United States accused Russia of paying bounties.",
    ]
    specs = [  # sentence, trigger, source, target, type, quad, goldstein, date, factuality, place
        (0, "condemned", rus, tal, "ACCUSE", 3, -2.0, "1996", "asserted", None),
        (1, "imposed sanctions", _actor("RUS", "Russia", "Moscow"), tal, "SANCTION", 3, -5.0,
         "1999", "asserted", None),
        (2, "designated", rus, tal, "COERCE", 4, -7.0, "2003", "asserted", None),
        (3, "met", _actor("RUS", "Russia", "Russian envoys"), tal, "CONSULT", 1, 1.0, "2007",
         "asserted", ("Dubai", "ARE", 25.0772, 55.3093)),
        (4, "shared intelligence", rus, tal, "COOPERATE", 2, 6.0, "2015", "reported", None),
        (5, "provided", rus, tal, "AID", 2, 7.0, "2016", "negated", None),
        (6, "accused", usa, rus, "ACCUSE", 3, -2.0, "2020", "asserted", None),
    ]
    out = [_doc("seedlike_0001", "Russia and the Taliban", doc1_sents, specs, Document, Sentence,
                Event, Evidence, Location, TimeSpan, make_event_id, DocResult)]
    xss_sents = [
        f"Headline {XSS_SCRIPT} in 2012.",
        f"In 2012 Russia {XSS_IMG} attacked the Taliban near Kunduz.",
    ]
    xss_specs = [
        (1, "attacked", _actor("RUS", "Russia", f"Russia {XSS_IMG}"), tal, "ASSAULT", 4, -9.0,
         "2012", "asserted", (f"Kunduz {XSS_SCRIPT}", "AFG", 36.7280, 68.8680)),
        (0, "Headline", rus, tal, "THREATEN", 3, -4.0, "2012", "hypothetical", None),
    ]
    out.append(_doc("hostile_0002", f"Hostile {XSS_SCRIPT} title", xss_sents, xss_specs, Document,
                    Sentence, Event, Evidence, Location, TimeSpan, make_event_id, DocResult))
    return out


def _doc(doc_id, title, sents, specs, Document, Sentence, Event, Evidence, Location,  # noqa: N803
         TimeSpan, make_event_id, DocResult):  # type: ignore[no-untyped-def]
    text = " ".join(sents)
    starts, at = [], 0
    for s in sents:
        starts.append(at)
        at += len(s) + 1
    sentences = tuple(Sentence(doc_id, i, starts[i], starts[i] + len(s), s)
                      for i, s in enumerate(sents))
    events = []
    for si, trig, src, tgt, typ, quad, gold, year, fact, place in specs:
        s0 = starts[si]
        ts = s0 + sents[si].index(trig)
        loc = None
        if place:
            loc = Location(name=place[0], feature="city", country=place[1], lat=place[2],
                           lon=place[3], precision="city", basis="attached", text=place[0])
        events.append(Event(
            event_id=make_event_id(doc_id, s0, ts, ts + len(trig)), doc_id=doc_id, type=typ,
            mode=None, cameo="000", quad_class=quad, goldstein=gold, source=src, target=tgt,
            date=TimeSpan(f"{year}-01-01", f"{year}-12-31", "year", year, "explicit"),
            evidence=Evidence(sents[si], s0, s0 + len(sents[si]), trig, ts, ts + len(trig)),
            location=loc, factuality=fact, confidence=0.9, sentence_index=si))
    doc = Document(doc_id=doc_id, text=text, title=title, published="2021-03-01",
                   source="Example Outlet")
    return DocResult(document=doc, sentences=sentences, events=tuple(events))


def build_synthetic_store(db: Path) -> Path:
    from eventlens.store import open_store

    store = open_store(db)
    try:
        store.ingest_results(synthetic_results())
        if not store.contradictions():
            _add_contradiction(store)
    finally:
        store.close()
    return db


def _add_contradiction(store) -> None:  # type: ignore[no-untyped-def]
    """The claims stage's merge is not in this tree yet: store one group the way
    store.merge does (data JSON with key, mentions, reason) so the page has something."""
    rows = store.con.execute(
        "SELECT event_id, doc_id FROM events WHERE type IN ('COOPERATE', 'AID', 'ASSAULT') "
        "ORDER BY event_id").fetchall()
    data = {"key": "RUS->TAL material support <b>disputed</b>",
            "mentions": [r[0] for r in rows], "reason": f"asserted vs negated {XSS_IMG}"}
    store.con.execute("INSERT INTO contradictions VALUES (?, ?, ?, ?, ?)",
                      ["c_test", data["key"], data["reason"], len(rows), json.dumps(data)])
    for eid, did in rows:
        store.con.execute("INSERT INTO contradiction_members VALUES (?, ?, ?)",
                          ["c_test", eid, did])


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory) -> Path:
    return build_synthetic_store(tmp_path_factory.mktemp("web") / "synthetic.duckdb")


@pytest.fixture(scope="session")
def synthetic_server(synthetic_db):
    server = Server(synthetic_db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, seeds) -> Path:
    """The seeds through the real pipeline into a real store (`eventlens ingest`)."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    r = subprocess.run([sys.executable, "-m", "eventlens", "ingest", str(seeds), "--db", str(db),
                        "--quiet"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return db


@pytest.fixture(scope="session")
def seeds_server(seeds_db):
    server = Server(seeds_db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: `make chromium` (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()
