"""Output formats: JSON, JSONL (the SCHEMA.md shape) and a per-target CSV table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from .errors import Errors
from .textscan import first_of, last_of
from .types import Document

CSV_FIELDS = (
    "doc_id",
    "start",
    "end",
    "text",
    "indicator",
    "value",
    "value_max",
    "unit",
    "comparator",
    "kind",
    "status",
    "responsible",
    "responsible_implicit",
    "responsible_name",
    "responsible_code",
    "deadline",
    "deadline_date",
    "deadline_text",
    "sentence",
)


def dumps(doc: Document, *, tokens: bool = True, indent: int | None = None) -> str:
    return json.dumps(doc.to_dict(tokens=tokens), ensure_ascii=False, indent=indent)


def write_jsonl(docs: Iterable[Document], fh: TextIO, *, tokens: bool = True) -> int:
    n = 0
    for doc in docs:
        fh.write(dumps(doc, tokens=tokens) + "\n")
        n += 1
    return n


def read_jsonl(path: str | Path) -> Iterator[Document]:
    """Documents from a JSONL file (one SCHEMA.md document a line; blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(Errors.E012.format(line=line_no, path=path, reason=exc.msg)) from exc
            yield Document.from_dict(data)


def _sentence(text: str, start: int, end: int) -> str:
    s = last_of(text, "。；！？\n", start) + 1
    stop = first_of(text, "。；！？\n", end)
    e = stop + 1 if stop >= 0 else len(text)
    return text[s:e].strip()


def target_rows(doc: Document) -> Iterator[dict[str, Any]]:
    """One row per target, readable on its own (with its sentence)."""
    for t in doc.targets:
        r, d = t.responsible, t.deadline
        yield {
            "doc_id": doc.id or "",
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "indicator": t.indicator,
            "value": _num(t.value),
            "value_max": _num(t.value_max) if t.value_max is not None else "",
            "unit": t.unit,
            "comparator": t.comparator,
            "kind": t.kind,
            "status": t.status,
            "responsible": r.text if r and r.text else "",
            "responsible_implicit": bool(r.implicit) if r else "",
            "responsible_name": (r.name or r.text or "") if r else "",
            "responsible_code": r.code or "" if r else "",
            "deadline": d.year if d and d.year is not None else "",
            "deadline_date": d.date if d and d.date else "",
            "deadline_text": d.text if d and d.text else "",
            "sentence": _sentence(doc.text, t.start, t.end),
        }


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e18 else repr(v)


def write_csv(docs: Iterable[Document], fh: TextIO) -> int:
    w = csv.DictWriter(fh, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    n = 0
    for doc in docs:
        for row in target_rows(doc):
            w.writerow(row)
            n += 1
    return n


def to_csv(docs: Iterable[Document]) -> str:
    buf = io.StringIO()
    write_csv(docs, buf)
    return buf.getvalue()
