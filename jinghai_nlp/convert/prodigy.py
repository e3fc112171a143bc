"""Prodigy JSONL (``spans`` with token indices, ``relations``) both ways.

Tasks carry ``tokens`` from the pipeline's tokenizer, cut at every span edge so
that each span has token indices (``token_end`` inclusive, as in Prodigy);
``relations`` point from a target (``head``, the index of its last token) to
the mention of its responsible area or deadline (``child``). Character offsets
count code points. The fields of each target travel in the ``jinghai`` key,
keyed by the target's span; ``meta`` shows id, jurisdiction and year in the
Prodigy app. On import, tasks answered ``reject`` or ``ignore`` are skipped with
a warning; relations between tokens without a span become ``MENTION`` regions.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Errors, Warnings
from ..types import Document
from ._common import (
    EXTRA_KEY,
    MENTION,
    TARGET,
    Region,
    Relation,
    assemble,
    default_nlp,
    layout,
    spacy_tokens,
    span_edges,
    split_tokens,
)
from .doccano import _jsonl

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

DISPLAY_META = ("jurisdiction", "year", "source")


def to_prodigy(docs: Iterable[Document], *, nlp: Language | None = None) -> list[dict[str, Any]]:
    """One Prodigy task per document (for ``rel.manual``/``spans.manual`` and ``db-in``)."""
    nlp = nlp or default_nlp()
    out = []
    for doc in docs:
        lay = layout(doc)
        toks = split_tokens(spacy_tokens(doc.text, nlp), span_edges(lay))
        first = {s: i for i, (s, _, _) in enumerate(toks)}
        last = {e: i for i, (_, e, _) in enumerate(toks)}
        spans = {
            r.key: {
                "start": r.start,
                "end": r.end,
                "token_start": first[r.start],
                "token_end": last[r.end],
                "label": r.label,
            }
            for r in lay.regions
        }
        meta = {"id": doc.id, **{k: doc.meta[k] for k in DISPLAY_META if k in doc.meta}}
        out.append(
            {
                "text": doc.text,
                "tokens": [
                    {"text": doc.text[s:e], "start": s, "end": e, "id": i, "ws": bool(ws)}
                    for i, (s, e, ws) in enumerate(toks)
                ],
                "spans": list(spans.values()),
                "relations": [
                    {
                        "head": spans[rel.head]["token_end"],
                        "child": spans[rel.child]["token_end"],
                        "head_span": spans[rel.head],
                        "child_span": spans[rel.child],
                        "label": rel.label,
                    }
                    for rel in lay.relations
                ],
                "meta": meta,
                EXTRA_KEY: {
                    "id": doc.id,
                    "meta": doc.meta,
                    "targets": [
                        {"start": spans[k]["start"], "end": spans[k]["end"], **f} for k, f in lay.fields.items()
                    ],
                },
            }
        )
    return out


def from_prodigy(tasks: Iterable[Mapping[str, Any]]) -> list[Document]:
    """Documents from Prodigy tasks or a ``prodigy db-out`` export."""
    docs = []
    skipped: list[str] = []
    for n, task in enumerate(tasks):
        where = f"task {n + 1}"
        if task.get("answer", "accept") != "accept":
            skipped.append(f"{where} ({task.get('answer')})")
            continue
        text = task.get("text")
        if not isinstance(text, str):
            raise ValueError(Errors.E083.format(fmt="Prodigy", where=where, reason="no text"))
        extra = task.get(EXTRA_KEY) or {}
        pending: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for f in extra.get("targets") or ():
            f = dict(f)
            pending.setdefault((int(f.pop("start")), int(f.pop("end"))), []).append(f)
        found = _Regions(pending)
        for span in task.get("spans") or ():
            found.add(span)
        relations = [
            Relation(found.add(rel["head_span"]), found.add(rel["child_span"]), str(rel["label"]))
            for rel in task.get("relations") or ()
        ]
        regions, fields = found.regions, found.fields
        doc_id = extra.get("id") or (task.get("meta") or {}).get("id")
        docs.append(assemble(text, regions, relations, fields, id=doc_id, meta=extra.get("meta"), fmt="Prodigy"))
    if skipped:
        warnings.warn(
            Warnings.W082.format(count=len(skipped), fmt="Prodigy", which=", ".join(skipped[:10])), stacklevel=2
        )
    return docs


class _Regions:
    """Spans read so far, found again by offsets (and label) when a relation names them."""

    def __init__(self, pending: dict[tuple[int, int], list[dict[str, Any]]]) -> None:
        self.pending = pending
        self.regions: list[Region] = []
        self.fields: dict[str, dict[str, Any]] = {}
        self.index: dict[tuple[int, int, str | None], str] = {}

    def add(self, span: Mapping[str, Any]) -> str:
        start, end = int(span["start"]), int(span["end"])
        label = span.get("label")
        key = self.index.get((start, end, label)) or self.index.get((start, end, None))
        if key is None:  # a new span; a relation's span that is not among the spans is a mention
            key = f"s{len(self.regions)}"
            r = Region(key, start, end, str(label or MENTION))
            self.regions.append(r)
            self.index[(start, end, label)] = key
            self.index.setdefault((start, end, None), key)
            if r.label == TARGET and self.pending.get((start, end)):
                self.fields[key] = self.pending[(start, end)].pop(0)
        return key


def write_prodigy(docs: Iterable[Document], path: str | Path, *, nlp: Language | None = None) -> list[Path]:
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for task in to_prodigy(docs, nlp=nlp):
            fh.write(json.dumps(task, ensure_ascii=False) + "\n")
    return [path]


def read_prodigy(path: str | Path) -> list[Document]:
    return from_prodigy(_jsonl(path, "Prodigy"))
