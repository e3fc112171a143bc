"""Evaluation against gold documents (SCHEMA.md shape), restricted to ``meta.regions``.

Entities: per label precision/recall/F1 with exact spans and with overlap.
Targets: a prediction matches a gold target when the spans overlap and either the
ends are within 3 characters or the values are equal (one-to-one, greedy by
distance); on matched targets the accuracy of each field; end-to-end F1 counts a
match only when value, unit, comparator, responsible and deadline year are right.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from .types import LABELS, Document, Target

FIELDS = ("value", "unit", "comparator", "kind", "status", "responsible", "deadline")
END_TO_END = ("value", "unit", "comparator", "responsible", "deadline")


def _inside(s: int, e: int, regions: Sequence[Sequence[int]] | None) -> bool:
    return regions is None or any(a <= s and e <= b for a, b in regions)


def _prf(tp: float, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _field_ok(name: str, g: Target, p: Target) -> bool:
    if name == "value":
        return _same_value(g.value, p.value) and (
            (g.value_max is None and p.value_max is None)
            or (g.value_max is not None and p.value_max is not None and _same_value(g.value_max, p.value_max))
        )
    if name == "responsible":
        gr, pr = g.responsible, p.responsible
        if gr is None or pr is None:
            return gr is pr
        if gr.implicit or pr.implicit:
            return gr.implicit == pr.implicit
        return gr.text == pr.text
    if name == "unit":
        return _canonical_unit(g.unit) == _canonical_unit(p.unit)
    if name == "deadline":
        return (g.deadline.year if g.deadline else None) == (p.deadline.year if p.deadline else None)
    return bool(getattr(g, name) == getattr(p, name))


def _canonical_unit(unit: str) -> str:
    """Units compare by their canonical form in data/units.json (兆瓦 = MW, ％ = %)."""
    from .quantities import unit_table

    u = unit_table().get(unit)
    return u.unit if u is not None else unit


def match_targets(gold: Sequence[Target], pred: Sequence[Target]) -> list[tuple[Target, Target]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p.start < g.end and g.start < p.end and (abs(p.end - g.end) <= 3 or _same_value(p.value, g.value)):
                pairs.append((abs(p.end - g.end) + abs(p.start - g.start), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], pred[pi]))
    return out


def evaluate(gold_docs: Iterable[Document], pred_docs: Iterable[Document]) -> dict[str, Any]:
    """Scores of ``pred_docs`` against ``gold_docs`` (paired by id, else by order)."""
    gold_list = list(gold_docs)
    preds = list(pred_docs)
    by_id = {p.id: p for p in preds if p.id is not None}
    ent_counts = {lab: {"exact": 0, "overlap": 0, "pred": 0, "gold": 0} for lab in LABELS}
    t_tp = t_pred = t_gold = e2e = 0
    field_ok = dict.fromkeys(FIELDS, 0)
    per_doc = {}
    for i, g in enumerate(gold_list):
        p = by_id.get(g.id) if g.id in by_id else (preds[i] if i < len(preds) else None)
        if p is None:
            raise ValueError(f"no prediction for gold document {g.id!r}")
        if p.text != g.text:
            raise ValueError(f"document {g.id!r}: predicted text differs from gold text")
        regions = g.meta.get("regions") or {}
        er, tr = regions.get("entities"), regions.get("targets")
        ge = [e for e in g.entities if _inside(e.start, e.end, er)]
        pe = [e for e in p.entities if _inside(e.start, e.end, er)]
        for lab in LABELS:
            gl = [e for e in ge if e.label == lab]
            pl = [e for e in pe if e.label == lab]
            gold_spans = {(e.start, e.end) for e in gl}
            c = ent_counts[lab]
            c["gold"] += len(gl)
            c["pred"] += len(pl)
            c["exact"] += sum((e.start, e.end) in gold_spans for e in pl)
            c["overlap"] += sum(any(e.start < x.end and x.start < e.end for x in gl) for e in pl)
        gt = [t for t in g.targets if _inside(t.start, t.end, tr)]
        pt = [t for t in p.targets if _inside(t.start, t.end, tr)]
        matched = match_targets(gt, pt)
        d_e2e = 0
        for gt_, pt_ in matched:
            for f in FIELDS:
                field_ok[f] += _field_ok(f, gt_, pt_)
            d_e2e += all(_field_ok(f, gt_, pt_) for f in END_TO_END)
        t_tp += len(matched)
        t_pred += len(pt)
        t_gold += len(gt)
        e2e += d_e2e
        det = _prf(len(matched), len(pt), len(gt))
        per_doc[g.id or str(i)] = {
            "targets": det,
            "fields": {
                f: (sum(_field_ok(f, a, b) for a, b in matched) / len(matched) if matched else 0.0) for f in FIELDS
            },
            "end_to_end": _prf(d_e2e, len(pt), len(gt)),
        }
    ents = {
        lab: {"exact": _prf(c["exact"], c["pred"], c["gold"]), "overlap": _prf(c["overlap"], c["pred"], c["gold"])}
        for lab, c in ent_counts.items()
    }
    return {
        "entities": ents,
        "targets": _prf(t_tp, t_pred, t_gold),
        "fields": {f: (field_ok[f] / t_tp if t_tp else 0.0) for f in FIELDS},
        "end_to_end": _prf(e2e, t_pred, t_gold),
        "documents": per_doc,
    }


def format_table(scores: dict[str, Any]) -> str:
    lines = ["entities          exact P/R/F1         overlap P/R/F1      gold"]
    for lab, s in scores["entities"].items():
        x, o = s["exact"], s["overlap"]
        lines.append(
            f"  {lab:<12} {x['p']:.3f} {x['r']:.3f} {x['f']:.3f}    {o['p']:.3f} {o['r']:.3f} {o['f']:.3f}   {x['gold']}"
        )
    t = scores["targets"]
    lines.append(
        f"targets (detection)  P {t['p']:.3f}  R {t['r']:.3f}  F1 {t['f']:.3f}   gold {t['gold']} pred {t['pred']}"
    )
    lines.append("matched-target field accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in scores["fields"].items()))
    e = scores["end_to_end"]
    lines.append(f"end-to-end targets   P {e['p']:.3f}  R {e['r']:.3f}  F1 {e['f']:.3f}")
    lines.append("per document (target F1, end-to-end F1):")
    for doc_id, d in scores["documents"].items():
        lines.append(f"  {doc_id:<20} {d['targets']['f']:.3f}  {d['end_to_end']['f']:.3f}")
    return "\n".join(lines)
