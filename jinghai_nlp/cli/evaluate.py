"""``jinghai evaluate GOLD [--pred PRED | --model DIR] [--json]``"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: Any) -> None:
    e = sub.add_parser(
        "evaluate",
        help="score predictions or a model against gold files",
        description="Score against gold (only inside meta.regions). Without --pred the pipeline annotates the gold "
        "texts, given the gold jurisdiction and year.",
    )
    e.add_argument("gold", help="gold JSONL")
    e.add_argument("--pred", help="predicted JSONL (same documents)")
    e.add_argument("--model", help="a pipeline directory (default: the shipped pipeline)")
    e.add_argument("--json", action="store_true", help="print JSON instead of a table")
    e.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..evaluate import evaluate, format_table
    from ..formats import read_jsonl
    from ..pipeline import annotate, load

    gold = list(read_jsonl(args.gold))
    if args.pred:
        preds = list(read_jsonl(args.pred))
    else:
        nlp = load(args.model)
        preds = [
            annotate(g.text, nlp=nlp, id=g.id, year=g.year, jurisdiction=g.jurisdiction, tokens=False) for g in gold
        ]
    scores = evaluate(gold, preds)
    print(json.dumps(scores, ensure_ascii=False, indent=1) if args.json else format_table(scores))
    return 0
