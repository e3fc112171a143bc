"""spaCy ``DocBin`` (``.spacy``) for ``spacy train``, and back.

Each document becomes a ``Doc`` tokenized by the pipeline's tokenizer with

- ``doc.ents``: the entities (for the ``ner`` component),
- ``doc.spans["jh_targets"]``: the targets, labelled ``TARGET`` (for ``spancat``;
  they may overlap),
- ``doc.user_data``: the whole annotation under the keys the pipeline itself
  uses (``jh_meta``, ``jh_entities``, ``jh_targets``; the id in ``jh_id``), so
  that ``doc._.jh_targets`` works on them and nothing is lost on the way back.

A span whose edges fall inside a token cannot be a spaCy span. Such spans are
never dropped silently: ``misaligned="raise"`` (the default) raises and names
them, ``"split"`` cuts the tokens at the span edges so that every span fits,
``"skip"`` leaves them out of ``doc.ents``/``doc.spans`` with a warning that
counts them (they stay in ``doc.user_data``).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import Errors, Warnings
from ..types import Document, Entity, Target
from ._common import assemble, default_nlp, layout, spacy_tokens, span_edges, split_tokens

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin

Misaligned = Literal["raise", "split", "skip"]
MISALIGNED: tuple[str, ...] = ("raise", "split", "skip")
SPANS_KEY = "jh_targets"


def to_spacy_doc(doc: Document, nlp: Language, *, misaligned: Misaligned = "raise") -> Doc:
    """One spaCy ``Doc`` with entities, target spans and the full annotation in ``user_data``."""
    from spacy.tokens import Doc

    if misaligned not in MISALIGNED:
        raise ValueError(Errors.E085.format(value=misaligned, valid=", ".join(MISALIGNED)))
    toks = spacy_tokens(doc.text, nlp)
    if misaligned == "split":
        toks = split_tokens(toks, span_edges(layout(doc)))
    sdoc = Doc(nlp.vocab, words=[doc.text[s:e] for s, e, _ in toks], spaces=[bool(ws) for _, _, ws in toks])
    bad: list[str] = []
    ents = []
    for e in doc.entities:
        span = sdoc.char_span(e.start, e.end, label=e.label, alignment_mode="strict")
        if span is None:
            bad.append(f"{e.label} {e.text!r} [{e.start}, {e.end})")
        else:
            ents.append(span)
    targets = []
    for t in doc.targets:
        span = sdoc.char_span(t.start, t.end, label="TARGET", alignment_mode="strict")
        if span is None:
            bad.append(f"TARGET {t.text!r} [{t.start}, {t.end})")
        else:
            targets.append(span)
    if bad and misaligned == "raise":
        raise ValueError(Errors.E081.format(count=len(bad), id=doc.id, examples="; ".join(bad[:5])))
    if bad:
        warnings.warn(Warnings.W081.format(count=len(bad), id=doc.id, examples="; ".join(bad[:5])), stacklevel=3)
    sdoc.ents = ents
    sdoc.spans[SPANS_KEY] = targets
    sdoc.user_data["jh_id"] = doc.id
    sdoc.user_data["jh_meta"] = dict(doc.meta)
    sdoc.user_data["jh_entities"] = [e.to_dict() for e in doc.entities]
    sdoc.user_data["jh_targets"] = [t.to_dict() for t in doc.targets]
    return sdoc


def to_docbin(docs: Iterable[Document], *, nlp: Language | None = None, misaligned: Misaligned = "raise") -> DocBin:
    """A ``DocBin`` of the documents (``DocBin.to_disk(path)`` writes a ``.spacy`` file)."""
    from spacy.tokens import DocBin

    nlp = nlp or default_nlp()
    db = DocBin(store_user_data=True)
    for doc in docs:
        db.add(to_spacy_doc(doc, nlp, misaligned=misaligned))
    return db


def from_spacy_doc(sdoc: Doc) -> Document:
    """A document from a ``Doc``: from ``user_data`` when it holds our annotation, else from
    ``doc.ents`` and the ``TARGET`` spans (whose fields are then read from their text)."""
    data: dict[str, Any] = {k: _lists(v) for k, v in sdoc.user_data.items() if isinstance(k, str)}
    meta = dict(data.get("jh_meta") or {})
    doc_id = data.get("jh_id")
    text = sdoc.text
    if "jh_entities" in data or "jh_targets" in data:
        return Document(
            text=text,
            id=doc_id,
            entities=tuple(Entity.from_dict(e) for e in data.get("jh_entities", ())),
            targets=tuple(Target.from_dict(t) for t in data.get("jh_targets", ())),
            meta=meta,
        )
    from ._common import TARGET, Region

    regions = [Region(f"e{i}", s.start_char, s.end_char, s.label_) for i, s in enumerate(sdoc.ents)]
    if SPANS_KEY in sdoc.spans:
        regions += [Region(f"t{i}", s.start_char, s.end_char, TARGET) for i, s in enumerate(sdoc.spans[SPANS_KEY])]
    return assemble(text, regions, (), {}, id=doc_id, meta=meta, fmt="DocBin")


def _lists(v: Any) -> Any:
    """msgpack gives arrays back as tuples; the JSON shape has lists."""
    if isinstance(v, (list, tuple)):
        return [_lists(x) for x in v]
    if isinstance(v, dict):
        return {k: _lists(x) for k, x in v.items()}
    return v


def from_docbin(db: DocBin) -> list[Document]:
    from spacy.vocab import Vocab

    return [from_spacy_doc(d) for d in db.get_docs(Vocab())]


def write_docbin(
    docs: Iterable[Document], path: str | Path, *, nlp: Language | None = None, misaligned: Misaligned = "raise"
) -> list[Path]:
    path = Path(path)
    to_docbin(docs, nlp=nlp, misaligned=misaligned).to_disk(path)
    return [path]


def read_docbin(path: str | Path) -> list[Document]:
    from spacy.tokens import DocBin

    return from_docbin(DocBin().from_disk(path))
