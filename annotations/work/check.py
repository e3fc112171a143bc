"""Check a draft gold file: python3 check.py out/<file>.jsonl

Each line: {"id": ..., "meta": {"regions": {"targets": [[s,e],...], "entities": [[s,e],...]}},
"entities": [...], "targets": [...]}; the text is read from <id>.txt beside this script
(or taken from a "text" field when present).
"""
import json, sys, pathlib

HERE = pathlib.Path(__file__).parent
LABELS = {"PLACE", "INSTITUTION", "PROJECT", "DATE"}
CMP = {"=", ">=", ">", "<=", "<", "~"}
KINDS = {"level", "growth", "increase", "decrease"}
STATUS = {"planned", "achieved"}


def inside(s, e, regions):
    return regions is None or any(a <= s and e <= b for a, b in regions)


def check(doc):
    errs = []
    text = doc.get("text") or (HERE / f"{doc['id']}.txt").read_text("utf-8")
    regions = (doc.get("meta") or {}).get("regions") or {}
    ents = sorted(doc.get("entities", []), key=lambda e: (e["start"], e["end"]))
    prev = None
    for e in ents:
        if text[e["start"]:e["end"]] != e["text"]:
            errs.append(f"entity offset mismatch {e} -> {text[e['start']:e['end']]!r}")
        if e["label"] not in LABELS:
            errs.append(f"bad label {e}")
        if prev and e["start"] < prev["end"]:
            errs.append(f"overlap {prev} / {e}")
        if not inside(e["start"], e["end"], regions.get("entities")):
            errs.append(f"entity outside entity regions {e}")
        prev = e
    for t in doc.get("targets", []):
        where = f"target {t.get('text')!r}@{t.get('start')}"
        if text[t["start"]:t["end"]] != t["text"]:
            errs.append(f"{where}: offset mismatch -> {text[t['start']:t['end']]!r}")
        if not inside(t["start"], t["end"], regions.get("targets")):
            errs.append(f"{where}: outside target regions")
        if not isinstance(t.get("indicator"), str) or not t["indicator"]:
            errs.append(f"{where}: indicator missing")
        if not isinstance(t.get("value"), (int, float)):
            errs.append(f"{where}: value must be a number")
        if t.get("value_max") is not None and not isinstance(t["value_max"], (int, float)):
            errs.append(f"{where}: value_max must be number or null")
        if not isinstance(t.get("unit"), str):
            errs.append(f"{where}: unit must be a string")
        if t.get("comparator") not in CMP:
            errs.append(f"{where}: comparator {t.get('comparator')!r}")
        if t.get("kind") not in KINDS:
            errs.append(f"{where}: kind {t.get('kind')!r}")
        if t.get("status") not in STATUS:
            errs.append(f"{where}: status {t.get('status')!r}")
        r = t.get("responsible") or {}
        if not r.get("text"):
            errs.append(f"{where}: responsible.text missing")
        if r.get("implicit"):
            if r.get("start") is not None or r.get("end") is not None:
                errs.append(f"{where}: implicit responsible must have null start/end")
        else:
            if r.get("start") is None or text[r["start"]:r["end"]] != r.get("text"):
                errs.append(f"{where}: responsible offsets wrong {r}")
        d = t.get("deadline") or {}
        if not isinstance(d.get("year"), int):
            errs.append(f"{where}: deadline.year must be int")
        if d.get("implicit"):
            if any(d.get(k) is not None for k in ("text", "start", "end")):
                errs.append(f"{where}: implicit deadline must have null text/start/end")
        else:
            if d.get("start") is None or text[d["start"]:d["end"]] != d.get("text"):
                errs.append(f"{where}: deadline offsets wrong {d}")
    return errs


if __name__ == "__main__":
    bad = 0
    for path in sys.argv[1:]:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            errs = check(doc)
            print(f"{path}:{n} {doc['id']}: {len(doc.get('entities', []))} entities, "
                  f"{len(doc.get('targets', []))} targets, {len(errs)} problems")
            for e in errs:
                print("  ", e)
            bad += len(errs)
    sys.exit(1 if bad else 0)
