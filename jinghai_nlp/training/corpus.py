"""Gold documents (SCHEMA.md shape) as spaCy ``Example`` objects for the entity tagger.

Only what annotators looked at is used: each document's ``meta.regions.entities``
windows (the whole text when a document has no regions), cut into paragraphs
(one example per non-empty line). Each example's predicted ``Doc`` carries the
document-level structure (jurisdiction, year, sections) in
``doc.user_data["jh_meta"]``, computed from the whole text, as the pipeline's
``jinghai_structure`` would.

A gold entity whose edges fall inside a token cannot be a token-level label.
Such entities are never dropped silently: ``misaligned="raise"`` raises a coded
error naming them; ``"missing"`` (the default) marks their tokens as unknown in
the reference (no loss either way) and counts them in :class:`CorpusStats`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from ..errors import Errors
from ..formats import read_jsonl
from ..types import Document, Entity


class Misaligned(str, Enum):
    raise_ = "raise"
    missing = "missing"


MISALIGNED: tuple[str, ...] = tuple(m.value for m in Misaligned)


@dataclass
class CorpusStats:
    """What a conversion used and what it could not align."""

    documents: int = 0
    examples: int = 0
    chars: int = 0
    entities: int = 0
    aligned: int = 0
    misaligned: list[str] = field(default_factory=list)  # "doc: LABEL 'text' [s, e)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "examples": self.examples,
            "chars": self.chars,
            "entities": self.entities,
            "aligned": self.aligned,
            "misaligned": len(self.misaligned),
            "misaligned_examples": self.misaligned[:20],
        }


@dataclass(frozen=True, slots=True)
class Piece:
    """One training example: ``text[start:end]`` of a document, with its entities."""

    doc_id: str
    text: str
    offset: int
    entities: tuple[Entity, ...]
    meta: dict[str, Any]


def read_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Gold documents from JSONL files (a directory is read as ``*.jsonl`` inside it)."""
    docs: list[Document] = []
    for p in paths:
        p = Path(p)
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            docs.extend(read_jsonl(f))
    return docs


def _windows(doc: Document) -> list[tuple[int, int]]:
    regions = (doc.meta.get("regions") or {}).get("entities")
    if regions is None:
        return [(0, len(doc.text))]
    return [(int(a), int(b)) for a, b in regions]


def document_meta(doc: Document) -> dict[str, Any]:
    """The structure the pipeline computes for the whole text (gold year and jurisdiction given)."""
    from ..pipeline import structure_meta

    return structure_meta(doc.text, year=doc.year, jurisdiction=doc.jurisdiction)


def pieces(doc: Document, *, meta: dict[str, Any] | None = None) -> list[Piece]:
    """The paragraphs of the annotated windows of ``doc``, with their entities.

    A cut never falls inside an entity: a line break inside one (there should be
    none) keeps the lines together.
    """
    meta = document_meta(doc) if meta is None else meta
    text = doc.text
    out: list[Piece] = []
    for a, b in _windows(doc):
        ents = sorted((e for e in doc.entities if a <= e.start and e.end <= b), key=lambda e: e.start)
        cuts = [a]
        for i in range(a, b):
            if text[i] == "\n" and not any(e.start < i < e.end for e in ents):
                cuts.append(i + 1)
        cuts.append(b)
        for s, e in zip(cuts, cuts[1:]):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            inside = tuple(Entity(x.start - s, x.end - s, x.label, x.text) for x in ents if s <= x.start and x.end <= e)
            out.append(Piece(doc.id or "", text[s:e], s, inside, meta))
    return out


def tokenize(nlp: Language, text: str) -> Doc:
    """The pipeline's tokens for an already cleaned text."""
    tok = nlp.tokenizer
    make = getattr(tok, "tokenize_clean", None)
    return make(text) if make is not None else nlp.make_doc(text)


def _disjoint(doc: Doc, ents: list[Span], missing: list[Span]) -> tuple[list[Span], list[Span]]:
    """Entities and missing spans that share no token: a misaligned entity's tokens may hold the
    edge of its neighbour (a segmenter that joins them); the neighbour is then unknown too, and
    overlapping unknown spans are merged."""
    unknown: set[int] = {i for span in missing for i in range(span.start, span.end)}
    kept = []
    for span in ents:
        if any(i in unknown for i in range(span.start, span.end)):
            unknown.update(range(span.start, span.end))
        else:
            kept.append(span)
    runs: list[Span] = []
    for i in sorted(unknown):
        if runs and runs[-1].end == i:
            runs[-1] = doc[runs[-1].start : i + 1]
        else:
            runs.append(doc[i : i + 1])
    return kept, runs


def to_example(
    nlp: Language, piece: Piece, *, misaligned: str = Misaligned.missing.value, stats: CorpusStats | None = None
) -> Example:
    """One ``Example``: predicted tokens with ``jh_meta``, reference with the gold entities."""
    predicted = tokenize(nlp, piece.text)
    predicted.user_data["jh_meta"] = piece.meta
    reference = Doc(nlp.vocab, words=[t.text for t in predicted], spaces=[bool(t.whitespace_) for t in predicted])
    ents: list[Span] = []
    missing: list[Span] = []
    bad: list[str] = []
    for e in piece.entities:
        span = reference.char_span(e.start, e.end, label=e.label, alignment_mode="strict")
        if span is None:
            bad.append(f"{piece.doc_id}: {e.label} {e.text!r} [{e.start + piece.offset}, {e.end + piece.offset})")
            wide = reference.char_span(e.start, e.end, alignment_mode="expand")
            if wide is not None:
                missing.append(wide)
        else:
            ents.append(span)
    if bad and misaligned == Misaligned.raise_.value:
        raise ValueError(Errors.E120.format(count=len(bad), id=piece.doc_id, examples="; ".join(bad[:5])))
    ents, missing = _disjoint(reference, ents, missing)
    reference.set_ents(ents, missing=missing, default="outside")
    if stats is not None:
        stats.examples += 1
        stats.chars += len(piece.text)
        stats.entities += len(piece.entities)
        stats.aligned += len(ents)
        stats.misaligned.extend(bad)
    return Example(predicted, reference)


def make_examples(
    nlp: Language,
    docs: Sequence[Document],
    *,
    misaligned: str = Misaligned.missing.value,
    stats: CorpusStats | None = None,
) -> list[Example]:
    """Examples of every paragraph of every annotated window of ``docs``."""
    if misaligned not in MISALIGNED:
        raise ValueError(Errors.E123.format(value=misaligned, name="misaligned", valid=list(MISALIGNED)))
    out: list[Example] = []
    for doc in docs:
        if stats is not None:
            stats.documents += 1
        for piece in pieces(doc):
            out.append(to_example(nlp, piece, misaligned=misaligned, stats=stats))
    return out


def merge_extra(
    train: Sequence[Document], extra: Sequence[Document], held_out: dict[str, Sequence[Document]]
) -> list[Document]:
    """``train`` with the researchers' extra documents: one with the id (or the text) of a
    training document replaces it (a correction), others are added; one with the text
    of a held-out (dev/test) document is refused."""
    for split, docs in held_out.items():
        texts = {d.text: d.id for d in docs}
        for x in extra:
            if x.text in texts:
                raise ValueError(Errors.E124.format(id=x.id, split=split, other=texts[x.text]))
    out = list(train)
    for x in extra:
        i = next((k for k, d in enumerate(out) if (x.id is not None and d.id == x.id) or d.text == x.text), None)
        if i is None:
            out.append(x)
        else:
            out[i] = x
    return out


@registry.readers("jinghai.GoldCorpus.v1")
def create_gold_reader(
    paths: list[str], misaligned: str = Misaligned.missing.value
) -> Callable[[Language], Iterator[Example]]:
    """spaCy reader for ``[corpora]``: the examples of gold JSONL files (or directories).

    paths (List[str]): files or directories of SCHEMA.md documents.
    misaligned (str): ``missing`` or ``raise`` (see the module docstring).
    """
    cache: dict[int, list[Example]] = {}

    def read(nlp: Language) -> Iterator[Example]:
        key = id(nlp)
        if key not in cache:
            cache.clear()
            cache[key] = make_examples(nlp, read_documents(paths), misaligned=misaligned)
        for eg in cache[key]:
            yield Example(eg.predicted.copy(), eg.reference)

    return read
