"""Validation of documents in the SCHEMA.md shape (gold files and output alike)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .types import COMPARATORS, KINDS, LABELS, STATUSES


def _inside(s: int, e: int, regions: list[list[int]] | None) -> bool:
    return regions is None or any(a <= s and e <= b for a, b in regions)


def validate_dict(doc: dict[str, Any]) -> list[str]:
    """Problems of one document: offsets, overlaps, labels, target fields and relations."""
    problems: list[str] = []
    text = doc.get("text")
    if not isinstance(text, str):
        return ["missing text"]
    regions = (doc.get("meta") or {}).get("regions") or {}
    prev: dict[str, Any] | None = None
    for e in sorted(doc.get("entities", []), key=lambda e: (e["start"], e["end"])):
        if text[e["start"] : e["end"]] != e.get("text"):
            problems.append(f"entity {e} does not match text {text[e['start'] : e['end']]!r}")
        if e.get("label") not in LABELS:
            problems.append(f"entity {e}: label not in {LABELS}")
        if prev is not None and e["start"] < prev["end"]:
            problems.append(f"entities overlap: {prev['text']!r}@{prev['start']} and {e['text']!r}@{e['start']}")
        if not _inside(e["start"], e["end"], regions.get("entities")):
            problems.append(f"entity {e['text']!r}@{e['start']} outside meta.regions.entities")
        prev = e
    for t in doc.get("targets", []):
        where = f"target {t.get('text')!r}@{t.get('start')}"
        if text[t["start"] : t["end"]] != t.get("text"):
            problems.append(f"{where}: does not match text")
        if not _inside(t["start"], t["end"], regions.get("targets")):
            problems.append(f"{where}: outside meta.regions.targets")
        if not isinstance(t.get("value"), (int, float)) or isinstance(t.get("value"), bool):
            problems.append(f"{where}: value must be a number")
        if t.get("value_max") is not None and not isinstance(t["value_max"], (int, float)):
            problems.append(f"{where}: value_max must be a number or null")
        for key, allowed in (("comparator", COMPARATORS), ("kind", KINDS), ("status", STATUSES)):
            if t.get(key) not in allowed:
                problems.append(f"{where}: {key} {t.get(key)!r} not in {allowed}")
        if not t.get("indicator"):
            problems.append(f"{where}: empty indicator")
        if not isinstance(t.get("unit"), str):
            problems.append(f"{where}: unit must be a string")
        r = t.get("responsible")
        if r is not None:
            if r.get("implicit"):
                if r.get("start") is not None or r.get("end") is not None:
                    problems.append(f"{where}: implicit responsible has offsets")
            elif r.get("start") is None or text[r["start"] : r["end"]] != r.get("text"):
                problems.append(f"{where}: responsible does not match text")
        d = t.get("deadline")
        if d is not None:
            if d.get("year") is not None and not isinstance(d["year"], int):
                problems.append(f"{where}: deadline.year must be an int")
            if d.get("implicit"):
                if any(d.get(k) is not None for k in ("text", "start", "end")):
                    problems.append(f"{where}: implicit deadline has text or offsets")
            elif d.get("start") is None or text[d["start"] : d["end"]] != d.get("text"):
                problems.append(f"{where}: deadline does not match text")
    for tok in doc.get("tokens", []):
        if text[tok["start"] : tok["end"]] != tok.get("text"):
            problems.append(f"token {tok} does not match text")
            break
    return problems


def validate_file(path: str | Path) -> list[str]:
    problems: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {n}: invalid JSON ({exc.msg})")
                continue
            problems += [f"line {n} ({doc.get('id')}): {p}" for p in validate_dict(doc)]
    return problems
