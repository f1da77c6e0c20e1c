"""TempEval-3 evaluation of the time tagger: `eventlens eval te3 DIR`.

Each .tml file gives the document creation time (DCT) and TIMEX3 gold annotations inside
<TEXT>; the tagger runs on the plain text of <TEXT> with that DCT. Scores, as in TempEval-3:
strict span P/R/F1 (same offsets), relaxed span P/R/F1 (overlapping spans, one-to-one), and
value/type F1 over relaxed matches whose value/type is also correct
(P = correct / system timexes, R = correct / gold timexes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .tagger import tag

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_TAG = re.compile(r"<[^>]+>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    dct: date | None
    text: str
    timexes: tuple[GoldTimex, ...]


def read_tml(path: Path) -> GoldDoc:
    """Plain text of <TEXT>, its TIMEX3 annotations (offsets into that text) and the DCT."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    body_m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body_m is None:
        raise ValueError(f"{path}: no <TEXT> element")
    body = body_m.group(1)
    out: list[str] = []
    timexes: list[GoldTimex] = []
    pos = 0
    length = 0
    for m in re.finditer(r"<TIMEX3\b[^>]*>.*?</TIMEX3>|<[^>]+>", body, re.S):
        chunk = _unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        t = _TIMEX.fullmatch(m.group(0))
        if t:
            attrs = dict(_ATTR.findall(t.group(1)))
            inner = _unescape(_TAG.sub("", t.group(2)))
            timexes.append(GoldTimex(length, length + len(inner), inner, attrs.get("type", ""),
                                     attrs.get("value", "")))
            out.append(inner)
            length += len(inner)
        pos = m.end()
    out.append(_unescape(body[pos:]))
    dct = date.fromisoformat(dct_m.group(1)) if dct_m else None
    return GoldDoc(path.stem, dct, "".join(out), tuple(timexes))


def _unescape(s: str) -> str:
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_te3(path: Path | str, with_errors: bool = False) -> dict[str, Any]:
    """Scores of `tag` on a folder of TempEval-3 .tml files (with each document's DCT): a
    flat dict of metrics, plus the list of misses and wrong values when `with_errors`."""
    folder = Path(path)
    files = sorted(folder.glob("*.tml")) if folder.is_dir() else [folder]
    if not files:
        raise FileNotFoundError(f"{folder}: no .tml files")
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    errors: list[dict[str, Any]] = []
    for f in files:
        doc = read_tml(f)
        system = tag(doc.text, doc.dct)
        n_gold += len(doc.timexes)
        n_sys += len(system)
        used: set[int] = set()
        for g in doc.timexes:
            match = None
            for i, s in enumerate(system):
                if i not in used and s.start < g.end and g.start < s.end:
                    match = i
                    if s.start == g.start and s.end == g.end:
                        break
            if match is None:
                errors.append({"doc": doc.doc_id, "gold": g.text, "value": g.value, "system": None})
                continue
            used.add(match)
            s = system[match]
            relaxed += 1
            strict += int(s.start == g.start and s.end == g.end)
            value_ok += int(s.value == g.value)
            type_ok += int(s.type == g.type)
            if s.value != g.value:
                errors.append({"doc": doc.doc_id, "gold": g.text, "value": g.value,
                               "system": s.text, "system_value": s.value})
        for i, s in enumerate(system):
            if i not in used:
                errors.append({"doc": doc.doc_id, "gold": None, "system": s.text,
                               "system_value": s.value})
    sp, sr, sf = _prf(strict, n_sys, n_gold)
    rp, rr, rf = _prf(relaxed, n_sys, n_gold)
    vp, vr, vf = _prf(value_ok, n_sys, n_gold)
    tp_, tr, tf = _prf(type_ok, n_sys, n_gold)
    result: dict[str, Any] = {
        "documents": len(files), "gold_timexes": n_gold, "system_timexes": n_sys,
        "strict_precision": round(sp, 4), "strict_recall": round(sr, 4), "strict_f1": round(sf, 4),
        "relaxed_precision": round(rp, 4), "relaxed_recall": round(rr, 4),
        "relaxed_f1": round(rf, 4),
        "value_precision": round(vp, 4), "value_recall": round(vr, 4), "value_f1": round(vf, 4),
        "type_f1": round(tf, 4),
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
    }
    if with_errors:
        result["errors"] = errors
    return result
