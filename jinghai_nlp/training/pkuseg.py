"""A domain pkuseg segmenter trained on our corpus, and segmentation measurements.

There is no hand-segmented policy text, so the training data is *silver*: the
jieba + lexicon segmentation of the training documents, with every gold entity
boundary forced to be a word boundary (inside the annotated windows), plus the
jieba + lexicon segmentation of the unannotated reports. Dev and test texts are
never used. spacy-pkuseg trains a CRF on it and writes ``features.msgpack`` and
``weights.npz`` (its own serialisation, no pickle); ``PolicyTokenizer`` loads and
saves the model in that form.

:func:`boundary_share` measures how many gold entity and target boundaries fall
on token boundaries under a segmenter (a span whose edge falls inside a token
cannot be labelled by a token tagger).
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import Errors
from ..types import Document

Segment = Callable[[str], list[str]]


def force_boundaries(words: Sequence[str], offset: int, cuts: set[int]) -> list[str]:
    """``words`` (starting at ``offset``) split at every position of ``cuts`` inside a word."""
    out: list[str] = []
    pos = offset
    for w in words:
        start = pos
        inner = sorted(c for c in cuts if start < c < start + len(w))
        prev = start
        for c in inner:
            out.append(w[prev - start : c - start])
            prev = c
        out.append(w[prev - start :])
        pos += len(w)
    return out


def silver_lines(text: str, segment: Segment, cuts: set[int] | None = None) -> list[str]:
    """One line of space-separated words per non-empty line of ``text``."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            words = force_boundaries(segment(line), pos, cuts or set())
            words = [w.strip() for w in words if w.strip()]
            if words:
                lines.append(" ".join(words))
        pos += len(line) + 1
    return lines


def entity_cuts(doc: Document) -> set[int]:
    """Entity boundaries (start and end) of the gold entities."""
    return {x for e in doc.entities for x in (e.start, e.end)}


def silver_words(train_docs: Iterable[Document], unannotated: Iterable[str], segment: Segment) -> list[str]:
    """The silver training lines: gold-anchored training documents, then unannotated texts."""
    lines: list[str] = []
    for d in train_docs:
        lines += silver_lines(d.text, segment, entity_cuts(d))
    for text in unannotated:
        lines += silver_lines(text, segment)
    return lines


def train_pkuseg(lines: Sequence[str], out: str | Path, *, iterations: int = 10, log: Any = None) -> Path:
    """Train spacy-pkuseg on silver ``lines`` and write its model files to ``out``.

    The last tenth of the lines is pkuseg's own held-out set (it reports on it per
    iteration, it does not select). pkuseg keeps its settings in a module-global config:
    they are set for the run and restored after; its scratch files go to a temporary
    directory under ``out``; its progress output goes to ``log`` (default: nowhere).
    """
    import spacy_pkuseg
    from spacy_pkuseg.config import config

    if len(lines) < 20:
        raise ValueError(Errors.E128.format(what="pkuseg model", reason=f"only {len(lines)} lines of training text"))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    n_test = max(1, len(lines) // 10)
    saved = {k: getattr(config, k) for k in ("trainFile", "testFile", "modelDir", "nThread", "ttlIter", "_tmp_dir")}
    saved["init_model"] = getattr(config, "init_model", None)
    with tempfile.TemporaryDirectory(prefix=".pkuseg-", dir=out) as tmp:
        train_f, test_f = Path(tmp) / "train.txt", Path(tmp) / "test.txt"
        train_f.write_text("\n".join(lines[:-n_test]) + "\n", encoding="utf-8")
        test_f.write_text("\n".join(lines[-n_test:]) + "\n", encoding="utf-8")
        scratch = tempfile.TemporaryDirectory(prefix="scratch-", dir=tmp)
        config._tmp_dir = scratch
        try:
            sink = log if log is not None else io.StringIO()
            with contextlib.redirect_stdout(sink):
                spacy_pkuseg.train(str(train_f), str(test_f), str(out), train_iter=iterations)
        finally:
            for k, v in saved.items():
                setattr(config, k, v)
            scratch.cleanup()
    for f in out.iterdir():
        if f.is_file() and f.name not in ("features.msgpack", "weights.npz"):
            f.unlink()
    return out


def boundary_share(docs: Iterable[Document], segment: Segment) -> dict[str, dict[str, float]]:
    """Share of gold entity and target spans whose both edges fall on token boundaries
    (inside each document's annotated regions), and of single edges."""
    counts = {k: [0, 0, 0, 0] for k in ("entities", "targets")}  # spans ok, spans, edges ok, edges
    for d in docs:
        bounds: set[int] = set()
        pos = 0
        for w in segment(d.text):
            bounds.add(pos)
            pos += len(w)
        bounds.add(pos)
        regions = d.meta.get("regions") or {}
        for key, items in (("entities", d.entities), ("targets", d.targets)):
            reg = regions.get(key)
            for it in items:
                if reg is not None and not any(a <= it.start and it.end <= b for a, b in reg):
                    continue
                c = counts[key]
                ok_s, ok_e = it.start in bounds, it.end in bounds
                c[0] += ok_s and ok_e
                c[1] += 1
                c[2] += ok_s + ok_e
                c[3] += 2
    return {
        k: {"spans": c[0] / c[1] if c[1] else 0.0, "edges": c[2] / c[3] if c[3] else 0.0, "n": c[1]}
        for k, c in counts.items()
    }


def tokenizer_segment(nlp: Any) -> Segment:
    """The words of a pipeline's tokenizer for an already cleaned text."""

    def segment(text: str) -> list[str]:
        make = getattr(nlp.tokenizer, "tokenize_clean", None)
        doc = make(text) if make is not None else nlp.make_doc(text)
        return [t.text_with_ws for t in doc]

    return segment


def main(argv: Sequence[str] | None = None) -> int:
    """Train the domain pkuseg model on the training split and write it (the shipped one:
    ``python -m jinghai_nlp.training.pkuseg``, about two minutes here)."""
    import argparse
    import time

    from ..pipeline import build
    from .corpus import read_documents

    ap = argparse.ArgumentParser(
        prog="python -m jinghai_nlp.training.pkuseg",
        description="Train spacy-pkuseg on silver segmentation of the training documents "
        "(jieba + lexicon, gold entity boundaries forced) and write its model files.",
    )
    ap.add_argument("--gold", default="annotations", help="directory with train.jsonl (default: annotations)")
    ap.add_argument("--out", default="models/jinghai_pkuseg_zh", help="model directory to write")
    ap.add_argument("--iterations", type=int, default=5, help="pkuseg training iterations (default: 5)")
    args = ap.parse_args(argv)
    docs = read_documents([Path(args.gold) / "train.jsonl"])
    t0 = time.perf_counter()
    lines = silver_words(docs, [], tokenizer_segment(build()))
    out = train_pkuseg(lines, args.out, iterations=args.iterations)
    size = sum(f.stat().st_size for f in out.iterdir())
    print(
        f"trained pkuseg on {len(lines)} silver lines from {len(docs)} documents in "
        f"{time.perf_counter() - t0:.0f} s: {out} ({size / 1e6:.1f} MB)"
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
