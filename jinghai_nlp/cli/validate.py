"""``jinghai validate FILE.jsonl…``"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    v = sub.add_parser(
        "validate", help="check gold or output files", description="Check JSONL files against SCHEMA.md and the guide."
    )
    v.add_argument("files", nargs="+")
    v.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..validate import validate_file

    bad = 0
    for path in args.files:
        problems = validate_file(path)
        for p in problems:
            print(f"{path}: {p}")
        print(f"{path}: {'ok' if not problems else f'{len(problems)} problem(s)'}", file=sys.stderr)
        bad += len(problems)
    return 1 if bad else 0
