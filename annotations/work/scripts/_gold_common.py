"""Shared helpers for the gold annotation scripts (offset computation only).

Annotations are written by hand in each <doc_id>__<part>.py script; this module
only turns (text, locating context) pairs into offsets with str.find and writes
the one-line JSONL output. No offsets are typed by hand.
"""
import json
import pathlib

WORK = pathlib.Path(__file__).resolve().parent.parent


def load(doc_id):
    return open(WORK / f"{doc_id}.txt", encoding="utf-8").read()


def _unique(text, ctx, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    i = text.find(ctx, lo, hi)
    assert i >= 0, f"context not found: {ctx!r}"
    assert text.find(ctx, i + 1, hi) < 0, f"context not unique: {ctx!r}"
    return i


def entities(text, region, items):
    """items: (surface, label) in document order, or ("@", ctx) to move the
    cursor to the start of a unique context string inside the region."""
    a, b = region
    cur = a
    out = []
    for surf, lab in items:
        if surf == "@":
            cur = _unique(text, lab, a, b)
            continue
        i = text.find(surf, cur, b)
        assert i >= 0, f"entity not found after {cur}: {surf!r}"
        out.append({"start": i, "end": i + len(surf), "label": lab, "text": surf})
        cur = i + len(surf)
    return out


def mention(text, surf, ctx):
    """Offsets of surf inside the unique context string ctx."""
    i = _unique(text, ctx)
    j = ctx.index(surf)
    return i + j, i + j + len(surf)


def targets(text, region, items, *, jurisdiction, default_year):
    """items: dicts with keys span, ind, val, vmax, unit, cmp, kind, status,
    optional at (unique context containing span; else sequential cursor),
    optional resp=(surface, ctx), optional dl=(surface, year, ctx[, date]),
    optional year (implicit deadline year override)."""
    a, b = region
    cur = a
    out = []
    for it in items:
        span = it["span"]
        if "at" in it:
            base = _unique(text, it["at"], a, b)
            i = text.find(span, base, base + len(it["at"]))
            assert i >= 0, f"span {span!r} not in its context"
        else:
            i = text.find(span, cur, b)
            assert i >= 0, f"target not found after {cur}: {span!r}"
        cur = i  # spans may overlap (even share a start); keep order
        if it.get("resp"):
            rs, re_ = mention(text, *it["resp"])
            resp = {"text": it["resp"][0], "start": rs, "end": re_, "implicit": False}
        else:
            resp = {"text": jurisdiction, "start": None, "end": None, "implicit": True}
        if it.get("dl"):
            d = it["dl"]
            ds, de = mention(text, d[0], d[2])
            dl = {"year": d[1], "date": d[3] if len(d) > 3 else None, "text": d[0],
                  "start": ds, "end": de, "implicit": False}
        else:
            dl = {"year": it.get("year", default_year), "date": None, "text": None,
                  "start": None, "end": None, "implicit": True}
        out.append({
            "start": i, "end": i + len(span), "text": span,
            "indicator": it["ind"], "value": float(it["val"]),
            "value_max": None if it.get("vmax") is None else float(it["vmax"]),
            "unit": it["unit"], "comparator": it.get("cmp", "="),
            "kind": it["kind"], "status": it["status"],
            "responsible": resp, "deadline": dl,
        })
    return out


def write(doc_id, part, meta, ents, tgts):
    ents = sorted(ents, key=lambda e: (e["start"], e["end"]))
    tgts = sorted(tgts, key=lambda t: (t["start"], t["end"]))
    keys = [(t["start"], t["end"]) for t in tgts]
    assert len(keys) == len(set(keys)), "two targets with the same span"
    doc = {"id": doc_id, "meta": meta, "entities": ents, "targets": tgts}
    path = WORK / "out" / f"{doc_id}__{part}.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(ents)} entities, {len(tgts)} targets")
    return path
