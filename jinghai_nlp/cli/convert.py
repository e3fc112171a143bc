"""``jinghai convert IN OUT --from FORMAT --to FORMAT``"""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import Any

FORMAT_HELP = (
    "jinghai (our JSON/JSONL), label-studio (tasks JSON; writes <stem>.config.xml beside it), doccano (JSONL), "
    "prodigy (JSONL), docbin (.spacy), conll (character BIO, entities only), brat (a directory of .txt/.ann)"
)


def register(sub: Any) -> None:
    from ..convert import FORMATS

    c = sub.add_parser(
        "convert",
        help="convert between our documents and annotation tools' formats",
        description="Convert annotations between formats. Formats: " + FORMAT_HELP + ". Without --from/--to the "
        "format follows the name: .spacy docbin, .conll/.bio conll, a directory brat, else jinghai.",
    )
    c.add_argument("input", help="input file (a directory for brat)")
    c.add_argument("output", help="output file (a directory for brat)")
    c.add_argument("--from", dest="source", choices=FORMATS, help="input format")
    c.add_argument("--to", dest="target", choices=FORMATS, help="output format")
    c.add_argument(
        "--misaligned",
        choices=("raise", "split", "skip"),
        default="raise",
        help="docbin: spans that cut through a token raise (default), split the tokens, or are left out of "
        "doc.ents/doc.spans and counted",
    )
    c.add_argument(
        "--as",
        dest="field",
        choices=("predictions", "annotations"),
        default="predictions",
        help="label-studio output: put the annotations in predictions (default) or annotations",
    )
    c.add_argument(
        "--offsets",
        choices=("utf-16", "code-points"),
        default="utf-16",
        help="label-studio: offsets in UTF-16 code units (Label Studio's, default) or code points",
    )
    c.add_argument("--model", help="a pipeline directory whose tokenizer segments prodigy/docbin output")
    c.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..convert import guess_format, read, write

    source = args.source or guess_format(args.input)
    target = args.target or guess_format(args.output)
    read_kw: dict[str, Any] = {"offsets": args.offsets} if source == "label-studio" else {}
    write_kw: dict[str, Any] = {}
    if target == "label-studio":
        write_kw = {"offsets": args.offsets, "field": args.field}
    elif target in ("prodigy", "docbin"):
        from ..pipeline import load

        write_kw["nlp"] = load(args.model)
        if target == "docbin":
            write_kw["misaligned"] = args.misaligned
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            docs = read(args.input, source, **read_kw)
            files = write(docs, args.output, target, **write_kw)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        finally:
            for w in caught:
                print(f"warning: {w.message}", file=sys.stderr)
    n_e = sum(len(d.entities) for d in docs)
    n_t = sum(len(d.targets) for d in docs)
    print(
        f"converted {len(docs)} document(s), {n_e} entities, {n_t} targets from {source} to {target}: "
        + ", ".join(str(f) for f in files[:5])
        + (f" and {len(files) - 5} more" if len(files) > 5 else ""),
        file=sys.stderr,
    )
    return 0
