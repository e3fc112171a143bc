"""``jinghai annotate FILE… [-o OUT] [--format json|jsonl|csv]``"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
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
    a.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..formats import dumps, write_csv, write_jsonl
    from ..pipeline import annotate, load
    from ..reading import read

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
