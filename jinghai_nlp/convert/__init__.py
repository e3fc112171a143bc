"""Converters between our document shape (SCHEMA.md, the hub) and annotation tools' formats.

One module per format, each with ``to_*``/``from_*`` on Python objects and
``write_*``/``read_*`` on files:

==================  ==========================================  ===========================================
format              module                                      carries
==================  ==========================================  ===========================================
``jinghai``         :mod:`jinghai_nlp.formats`                  everything (JSON or JSONL, SCHEMA.md)
``label-studio``    :mod:`~jinghai_nlp.convert.label_studio`    spans, target fields, relations, meta
``doccano``         :mod:`~jinghai_nlp.convert.doccano`         spans, target fields, relations, meta
``prodigy``         :mod:`~jinghai_nlp.convert.prodigy`         spans + tokens, target fields, relations, meta
``docbin``          :mod:`~jinghai_nlp.convert.docbin`          ents, target spans; all in ``user_data``
``conll``           :mod:`~jinghai_nlp.convert.conll`           entity spans (character BIO)
``brat``            :mod:`~jinghai_nlp.convert.brat`            spans, target fields, relations
==================  ==========================================  ===========================================

:func:`read` and :func:`write` pick the module by format name.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import Errors
from ..types import Document

FORMATS: tuple[str, ...] = ("jinghai", "label-studio", "doccano", "prodigy", "docbin", "conll", "brat")
_MODULES = {
    "label-studio": "label_studio",
    "doccano": "doccano",
    "prodigy": "prodigy",
    "docbin": "docbin",
    "conll": "conll",
    "brat": "brat",
}


def _check(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(Errors.E080.format(name=fmt, valid=", ".join(FORMATS)))
    return fmt


def guess_format(path: str | Path) -> str:
    """The format a path's name implies: ``.spacy`` → docbin, ``.conll``/``.bio`` → conll,
    a directory or ``.ann`` → brat, anything else → jinghai."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".spacy":
        return "docbin"
    if suffix in (".conll", ".bio"):
        return "conll"
    if suffix == ".ann" or p.is_dir() or (not suffix and not p.exists()):
        return "brat"
    return "jinghai"


def read_documents(path: str | Path) -> list[Document]:
    """Our own files: JSONL (one document a line) or JSON (one document, or a list of them)."""
    from ..formats import read_jsonl

    p = Path(path)
    if p.suffix.lower() != ".json":
        return list(read_jsonl(p))
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(Errors.E012.format(line=exc.lineno, path=p, reason=exc.msg)) from exc
    items = data if isinstance(data, list) else [data]
    return [Document.from_dict(d) for d in items]


def read(path: str | Path, fmt: str, **kwargs: Any) -> list[Document]:
    """Documents from ``path`` in format ``fmt`` (one of :data:`FORMATS`)."""
    if _check(fmt) == "jinghai":
        return read_documents(path)
    module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
    reader = getattr(module, f"read_{_MODULES[fmt]}")
    return reader(path, **kwargs)  # type: ignore[no-any-return]


def write(docs: Iterable[Document], path: str | Path, fmt: str, **kwargs: Any) -> list[Path]:
    """Write ``docs`` to ``path`` in format ``fmt``; returns the files written."""
    if _check(fmt) == "jinghai":
        from ..formats import dumps, write_jsonl

        p = Path(path)
        docs = list(docs)
        with p.open("w", encoding="utf-8", newline="\n") as fh:
            if p.suffix.lower() == ".json" and len(docs) == 1:
                fh.write(dumps(docs[0], indent=2) + "\n")
            else:
                write_jsonl(docs, fh)
        return [p]
    module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
    writer = getattr(module, f"write_{_MODULES[fmt]}")
    return writer(docs, path, **kwargs)  # type: ignore[no-any-return]


__all__ = ["FORMATS", "guess_format", "read", "read_documents", "write"]
