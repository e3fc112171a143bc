"""``jinghai render FILE… [-o OUT.html] [--title T]``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

DOCUMENT_SUFFIXES = (".json", ".jsonl")


def register(sub: Any) -> None:
    r = sub.add_parser(
        "render",
        help="write the HTML view of reports or annotated documents",
        description="One self-contained HTML page (no network; opens from file://): the text with entities and "
        "targets highlighted, and a sortable, filterable table of targets. FILE is a JSON/JSONL file of "
        "documents (jinghai annotate output or gold) or a report, which is annotated first.",
    )
    r.add_argument("files", nargs="+", help="JSON/JSONL documents or report files")
    r.add_argument("-o", "--output", help="output HTML file (default: standard output)")
    r.add_argument("--title", help="page title (default: the document ids)")
    r.add_argument("--model", help="a pipeline directory for reports (default: the shipped pipeline)")
    r.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..convert import read_documents
    from ..render import render_html
    from ..types import Document

    docs: list[Document] = []
    nlp = None
    failed = 0
    for path in args.files:
        try:
            if Path(path).suffix.lower() in DOCUMENT_SUFFIXES:
                docs += read_documents(path)
                continue
            from ..pipeline import annotate, load
            from ..reading import read

            nlp = nlp or load(args.model)
            text, meta = read(path)
            doc = annotate(text, id=Path(path).stem, nlp=nlp, tokens=False)
            doc.meta["source"] = meta["source"]
            docs.append(doc)
        except (OSError, ValueError) as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            failed += 1
    page = render_html(docs, title=args.title)
    if args.output:
        Path(args.output).write_text(page, encoding="utf-8")
    else:
        sys.stdout.write(page)
    n_t = sum(len(d.targets) for d in docs)
    where = args.output or "standard output"
    print(f"rendered {len(docs)} document(s), {n_t} targets to {where}; {failed} failed", file=sys.stderr)
    return 1 if failed else 0
