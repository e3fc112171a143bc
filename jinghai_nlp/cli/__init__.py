"""The ``jinghai`` command line: thin wrappers, the only place that prints and exits.

Each command is a module of this package with a ``register(subparsers)``
function; add a command by adding its module name to ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import __version__

COMMANDS = ("annotate", "validate", "evaluate", "batch", "render", "convert", "train")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jinghai", description="Annotate Chinese policy texts: entities, numeric targets and their relations."
    )
    parser.add_argument("--version", action="version", version=f"jinghai_nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # e.g. piped into head: not an error of ours
        sys.stderr.close()
        return 0
