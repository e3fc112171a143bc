"""``jinghai train [--config CFG] [--gold DIR] [--extra FILE…] [--out DIR] [--segmenter S] [--combine C]``"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    t = sub.add_parser(
        "train",
        help="train the entity tagger and write a complete pipeline directory",
        description="Train the statistical entity tagger on the train split of the gold directory (plus any "
        "--extra gold files, e.g. corrections exported from an annotation tool), keep the best step on dev, and "
        "write a pipeline that jinghai_nlp.load(DIR) and spacy.load(DIR) read. Only each document's annotated "
        "windows (meta.regions.entities) are used.",
    )
    t.add_argument("--config", help="training config (default: the one shipped in jinghai_nlp/training/ner.cfg)")
    t.add_argument(
        "--gold", default="annotations", help="directory with train.jsonl and dev.jsonl (default: %(default)s)"
    )
    t.add_argument("--extra", nargs="*", default=[], metavar="FILE", help="further gold JSONL files for training")
    t.add_argument("--out", default="models/jinghai_ner_zh", help="output pipeline directory (default: %(default)s)")
    t.add_argument("--segmenter", choices=("jieba", "char", "pkuseg"), help="override the config's segmenter")
    t.add_argument(
        "--pkuseg-model",
        help="pkuseg model directory (with --segmenter pkuseg; default: the shipped jinghai_pkuseg_zh)",
    )
    t.add_argument(
        "--combine",
        choices=("rules", "model", "model_first", "rules_first", "rule_labels_first"),
        help="how rules and tagger are combined in the written pipeline (default: the config's)",
    )
    t.add_argument(
        "--set", nargs="*", default=[], metavar="KEY=VALUE", help="config overrides, e.g. training.max_steps=500"
    )
    t.add_argument("--quiet", action="store_true", help="do not print spaCy's training table")
    t.set_defaults(func=run)


def _parse_overrides(items: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"override {item!r} is not KEY=VALUE")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def run(args: argparse.Namespace) -> int:
    from ..training import train

    try:
        result = train(
            gold=Path(args.gold),
            out=Path(args.out),
            extra=[Path(p) for p in args.extra],
            config=Path(args.config) if args.config else None,
            segmenter=args.segmenter,
            pkuseg_model=args.pkuseg_model,
            combine=args.combine,
            overrides=_parse_overrides(args.set),
            log=None if args.quiet else sys.stderr,
        )
    except (ValueError, OSError) as exc:
        print(f"jinghai train: {exc}", file=sys.stderr)
        return 2
    s = result.summary()
    for split, st in s["stats"].items():
        print(
            f"{split}: {st['documents']} documents, {st['examples']} examples, {st['entities']} entities, "
            f"{st['misaligned']} not on token boundaries (trained as unknown)"
        )
        for ex in st["misaligned_examples"][:5]:
            print(f"  {ex}")
    print(
        "dev exact-span F1 of the written pipeline: " + ", ".join(f"{k} {v:.3f}" for k, v in s["dev_exact_f"].items())
    )
    print(f"wrote {result.path} in {result.seconds:.0f} s")
    return 0
