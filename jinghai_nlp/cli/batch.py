"""``jinghai batch INPUTS… -o OUT [--format jsonl|csv|parquet] [--workers N] [--resume] [--dask ADDR]``"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    b = sub.add_parser(
        "batch",
        help="annotate many report files (txt, docx, pdf, html) into one output",
        description=(
            "Annotate report files (.txt in any encoding, .docx, .pdf, .html) given as files, directories "
            "(recursive) or glob patterns. One record per document goes to OUT; failures go to an errors file "
            "beside it (OUT with the suffix .errors.csv) and the batch goes on. Exit status: 0 when every "
            "document succeeded, 1 when some failed, 2 when the batch could not start, 130 when interrupted."
        ),
    )
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or glob patterns")
    b.add_argument("-o", "--output", required=True, metavar="OUT", help="output file (a directory for parquet)")
    b.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet"),
        help="jsonl (one document a line, the default), csv or parquet (one row per target); "
        "default: from the suffix of OUT",
    )
    b.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    b.add_argument("--resume", action="store_true", help="continue OUT: skip documents already in it")
    b.add_argument(
        "--dask",
        metavar="ADDR",
        help="run on Dask: 'local' starts a LocalCluster of --workers processes, tcp://HOST:PORT uses a scheduler",
    )
    b.add_argument("--model", help="a pipeline directory (default: the shipped pipeline)")
    b.add_argument("--no-tokens", action="store_true", help="leave tokens out of JSONL records")
    b.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from ..batch import BatchSummary, Failure, RawResult, dask_client, run_batch

    summary = BatchSummary()
    bar: Any = None

    def on_start(s: BatchSummary) -> None:
        nonlocal bar
        if sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=s.total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def on_result(result: RawResult, s: BatchSummary) -> None:
        if bar is not None:
            bar.update(1)
            rate = s.chars / s.seconds if s.seconds else 0.0
            bar.set_postfix_str(f"{rate:,.0f} chars/s, {s.failed} failed", refresh=False)
        elif isinstance(result, Failure):
            print(f"error: {result.path}: {result.message}", file=sys.stderr)

    status = 0
    try:
        with ExitStack() as stack:
            client = stack.enter_context(dask_client(args.dask, workers=args.workers)) if args.dask else None
            run_batch(
                args.inputs,
                args.output,
                fmt=args.format,
                workers=args.workers,
                client=client,
                nlp_path=args.model,
                tokens=not args.no_tokens,
                resume=args.resume,
                summary=summary,
                on_start=on_start,
                on_result=on_result,
            )
    except KeyboardInterrupt:
        status = 130
    except (OSError, ValueError, ImportError) as exc:  # the batch could not start
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    _report(summary, interrupted=status == 130)
    return status or (1 if summary.failed else 0)


def _report(s: Any, *, interrupted: bool) -> None:
    rate = f"{s.succeeded / s.seconds:.2f} docs/s, {s.chars / s.seconds:,.0f} chars/s" if s.seconds else ""
    parts = [f"{s.succeeded} succeeded", f"{s.failed} failed"]
    if s.skipped:
        parts.append(f"{s.skipped} skipped (already in {s.output} or same content)")
    head = "interrupted" if interrupted else "done"
    print(f"batch {head}: {', '.join(parts)} of {s.total} in {s.seconds:.1f}s ({rate}) -> {s.output}", file=sys.stderr)
    if s.ignored:
        kinds = sorted({p.rsplit(".", 1)[-1] if "." in p.rsplit("/", 1)[-1] else "(none)" for p in s.ignored})
        print(f"ignored {len(s.ignored)} file(s) of other types in directories: {', '.join(kinds)}", file=sys.stderr)
    if s.failed:
        print(f"errors: {s.errors}", file=sys.stderr)
    if interrupted:
        print("continue with the same command and --resume", file=sys.stderr)
