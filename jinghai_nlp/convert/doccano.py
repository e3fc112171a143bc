"""doccano JSONL for sequence labelling with relations, both ways.

One line per document, as doccano exports a relation project::

    {"text": "…", "entities": [{"id": 0, "label": "PLACE", "start_offset": 3, "end_offset": 6}],
     "relations": [{"id": 0, "from_id": 5, "to_id": 0, "type": "RESPONSIBLE"}], "jinghai": {…}}

Offsets count code points. doccano has no per-span attributes: the fields of
each target travel in the ``jinghai`` column (doccano keeps unknown columns
as metadata and exports them again), keyed by the target's span; a target an
annotator adds or moves gets value, unit and comparator from its own text,
with a warning.

>>> from jinghai_nlp.types import Document, Entity
>>> rec = to_doccano([Document("静海区", entities=(Entity(0, 3, "PLACE", "静海区"),))])[0]
>>> rec["entities"]
[{'id': 0, 'label': 'PLACE', 'start_offset': 0, 'end_offset': 3}]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import Errors
from ..types import Document
from ._common import EXTRA_KEY, TARGET, Region, Relation, assemble, layout


def to_doccano(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One doccano record per document."""
    out = []
    for doc in docs:
        lay = layout(doc)
        ids = {r.key: i for i, r in enumerate(lay.regions)}
        regions = {r.key: r for r in lay.regions}
        out.append(
            {
                "text": doc.text,
                "entities": [
                    {"id": ids[r.key], "label": r.label, "start_offset": r.start, "end_offset": r.end}
                    for r in lay.regions
                ],
                "relations": [
                    {"id": i, "from_id": ids[rel.head], "to_id": ids[rel.child], "type": rel.label}
                    for i, rel in enumerate(lay.relations)
                ],
                EXTRA_KEY: {
                    "id": doc.id,
                    "meta": doc.meta,
                    "targets": [{"start": regions[k].start, "end": regions[k].end, **f} for k, f in lay.fields.items()],
                },
            }
        )
    return out


def from_doccano(records: Iterable[Mapping[str, Any]]) -> list[Document]:
    """Documents from doccano records (its JSONL export of a relation project)."""
    docs = []
    for n, rec in enumerate(records):
        where = f"record {n + 1}"
        text = rec.get("text", rec.get("data"))
        if not isinstance(text, str):
            raise ValueError(Errors.E083.format(fmt="doccano", where=where, reason="no text"))
        extra = rec.get(EXTRA_KEY) or {}
        pending: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for f in extra.get("targets") or ():
            f = dict(f)
            pending.setdefault((int(f.pop("start")), int(f.pop("end"))), []).append(f)
        regions: list[Region] = []
        fields: dict[str, dict[str, Any]] = {}
        for ent in rec.get("entities") or ():
            if isinstance(ent, (list, tuple)):  # the older [start, end, label] shape
                ent = {"id": f"x{len(regions)}", "start_offset": ent[0], "end_offset": ent[1], "label": ent[2]}
            key = str(ent["id"])
            r = Region(key, int(ent["start_offset"]), int(ent["end_offset"]), str(ent["label"]))
            regions.append(r)
            if r.label == TARGET and pending.get((r.start, r.end)):
                fields[key] = pending[(r.start, r.end)].pop(0)
        relations = [
            Relation(str(rel["from_id"]), str(rel["to_id"]), str(rel["type"])) for rel in rec.get("relations") or ()
        ]
        doc_id = extra.get("id") or (str(rec["id"]) if "id" in rec else None)
        docs.append(assemble(text, regions, relations, fields, id=doc_id, meta=extra.get("meta"), fmt="doccano"))
    return docs


def write_doccano(docs: Iterable[Document], path: str | Path) -> list[Path]:
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in to_doccano(docs):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return [path]


def read_doccano(path: str | Path) -> list[Document]:
    return from_doccano(_jsonl(path, "doccano"))


def _jsonl(path: str | Path, fmt: str) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(Errors.E012.format(line=line_no, path=path, reason=exc.msg)) from exc
    return out
