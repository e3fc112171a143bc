"""The ``jinghai`` command line (thin wrappers; the only place that prints and exits)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__


def _annotate(args: argparse.Namespace) -> int:
    from .formats import dumps, write_csv, write_jsonl
    from .pipeline import annotate, load
    from .reading import read

    nlp = load(args.model)
    docs = []
    failed = 0
    t0 = time.perf_counter()
    chars = 0
    for path in args.files:
        try:
            text, meta = read(path)
            doc = annotate(
                text,
                year=args.year,
                jurisdiction=args.jurisdiction,
                id=Path(path).stem,
                nlp=nlp,
                tokens=not args.no_tokens,
            )
        except (OSError, ValueError) as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        doc.meta["source"] = meta["source"]
        chars += len(text)
        docs.append(doc)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        fmt = args.format or (
            "csv" if args.output and args.output.endswith(".csv") else "jsonl" if len(docs) != 1 else "json"
        )
        if fmt == "csv":
            write_csv(docs, out)
        elif fmt == "json" and len(docs) == 1:
            out.write(dumps(docs[0], tokens=not args.no_tokens, indent=2) + "\n")
        else:
            write_jsonl(docs, out, tokens=not args.no_tokens)
    finally:
        if out is not sys.stdout:
            out.close()
    dt = time.perf_counter() - t0
    n_t = sum(len(d.targets) for d in docs)
    print(
        f"annotated {len(docs)} document(s), {chars} chars, {n_t} targets in {dt:.2f}s; {failed} failed",
        file=sys.stderr,
    )
    return 1 if failed else 0


def _validate(args: argparse.Namespace) -> int:
    from .validate import validate_file

    bad = 0
    for path in args.files:
        problems = validate_file(path)
        for p in problems:
            print(f"{path}: {p}")
        print(f"{path}: {'ok' if not problems else f'{len(problems)} problem(s)'}", file=sys.stderr)
        bad += len(problems)
    return 1 if bad else 0


def _evaluate(args: argparse.Namespace) -> int:
    import json

    from .evaluate import evaluate, format_table
    from .formats import read_jsonl
    from .pipeline import annotate, load

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jinghai", description="Annotate Chinese policy texts: entities, targets, relations."
    )
    parser.add_argument("--version", action="version", version=f"jinghai_nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    a = sub.add_parser(
        "annotate", help="annotate report files", description="Annotate report files (txt in any encoding)."
    )
    a.add_argument("files", nargs="+", help="input files")
    a.add_argument("-o", "--output", help="output file (default: standard output)")
    a.add_argument(
        "--format", choices=("json", "jsonl", "csv"), help="json (one document), jsonl, or csv (one row per target)"
    )
    a.add_argument("--year", type=int, help="report year, overriding the header")
    a.add_argument("--jurisdiction", help="jurisdiction, overriding the header (e.g. 静海区)")
    a.add_argument("--model", help="a pipeline directory (default: the shipped pipeline)")
    a.add_argument("--no-tokens", action="store_true", help="leave tokens out of JSON output")
    a.set_defaults(func=_annotate)

    v = sub.add_parser(
        "validate", help="check gold or output files", description="Check JSONL files against SCHEMA.md and the guide."
    )
    v.add_argument("files", nargs="+")
    v.set_defaults(func=_validate)

    e = sub.add_parser(
        "evaluate",
        help="score predictions or a model against gold files",
        description="Score against gold (only inside meta.regions). Without --pred the pipeline annotates the gold texts, "
        "given the gold jurisdiction and year.",
    )
    e.add_argument("gold", help="gold JSONL")
    e.add_argument("--pred", help="predicted JSONL (same documents)")
    e.add_argument("--model", help="a pipeline directory (default: the shipped pipeline)")
    e.add_argument("--json", action="store_true", help="print JSON instead of a table")
    e.set_defaults(func=_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # e.g. piped into head: not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
