"""Build src/eventlens/data/events/ontology.csv from the reference facts.

    python -m eventlens.events.build_ontology [REFERENCE_DIR]

Reads ``cameo-codes.csv`` (CAMEO code, name, Goldstein score) and
``plover/CAMEO2PLOVER-2021.txt`` (CAMEO code -> PLOVER type, mode, context) and writes our own
table: one row per CAMEO code with its PLOVER type, mode, context, Goldstein score and quad
class. The generated file is committed; rerun this only when the references change.

Decisions not in the references (documented in docs/events.md):
- CAMEO 01 (statements) and 02 (appeals) are "dropped" in PLOVER. We map 02x to REQUEST
  (PLOVER REQUEST covers requests and appeals), 015 to AGREE, 016 (deny responsibility) and
  011 (decline comment) to REJECT, 018 to SUPPORT and 019 (express accord) to AGREE, as the
  PLOVER manual suggests; other 01x codes have no PLOVER type and are never emitted.
- Codes missing from CAMEO2PLOVER (e.g. 176 attack cybernetically) take the type of their
  closest listed parent (3-digit code, then root).
- Quad class: GDELT/ICEWS convention over the CAMEO root code.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_REFERENCE = HERE.parents[3].parent / "shared" / "reference"
OUT = HERE.parents[1] / "data" / "events" / "ontology.csv"

# Our decisions for the CAMEO codes PLOVER dropped (01 statements, 02 appeals).
DROPPED_CODES = {
    "011": ("REJECT", "", ""),
    "015": ("AGREE", "", ""),
    "016": ("REJECT", "", ""),
    "018": ("SUPPORT", "", "diplomatic"),
    "019": ("AGREE", "", "diplomatic"),
}
APPEAL_ROOT = "02"

LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)\s*(?:,\s*([^,#]*))?(?:,\s*([^#]*))?")


def quad_class(root: str) -> int:
    """GDELT/ICEWS quad class of a CAMEO root code (01-20)."""
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER type, mode, context) from CAMEO2PLOVER."""
    table: dict[str, tuple[str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = LINE.match(raw)
        if not m or len(m.group(1)) < 3:
            continue  # root headings ("03: AGREE") and comments
        code, ptype = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip()
        context = ";".join(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        table.setdefault(code, (ptype, mode, context))
    return table


def plover_for(code: str, root: str, plover: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """PLOVER (type, mode, context) for a CAMEO code, with our documented decisions."""
    if code in DROPPED_CODES:
        return DROPPED_CODES[code]
    if root == APPEAL_ROOT:
        return ("REQUEST", "", "")
    for key in (code, code[:3]):
        if key in plover:
            return plover[key]
    parents = [v for k, v in plover.items() if k.startswith(root)]
    if parents and root != "01":
        return (parents[0][0], "", "")
    return ("", "", "")


def build(reference: Path = DEFAULT_REFERENCE, out: Path = OUT) -> int:
    plover = read_plover(reference / "plover" / "CAMEO2PLOVER-2021.txt")
    rows = []
    with open(reference / "cameo-codes.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            code = rec["code"].strip()
            if len(code) < 3:
                continue  # root headings carry no event of their own
            root = code[:2]
            ptype, mode, context = plover_for(code, root, plover)
            rows.append({
                "cameo": code, "root": root, "name": rec["name"].strip(),
                "goldstein": float(rec["goldstein"]), "quad_class": quad_class(root),
                "plover_type": ptype, "mode": mode, "context": context,
            })
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    ref = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REFERENCE
    print(f"{build(ref)} CAMEO codes written to {OUT}", file=sys.stderr)
