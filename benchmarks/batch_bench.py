"""Batch benchmark (a script, not a test): python benchmarks/batch_bench.py [--docs 200] [--json]

Writes ``--docs`` report files (the 14 files of corpora/ replicated; copy k of a file
ends in k extra newlines, so every file has its own content hash and none is skipped
as a duplicate), then runs ``jinghai_nlp.batch.run_batch`` into a JSONL file with 1 and
with 2 worker processes, each run in a fresh interpreter. Prints documents/s (wall
time including pipeline start-up, and from the first document on), chars/s, the
speed-up of 2 workers over 1, and the peak RSS of each process that annotated
(workers=1 annotates in the main process; with N > 1 the peak is the largest
worker's, read from ``RUSAGE_CHILDREN`` after the pool has stopped).

The cores of a shared machine may be busy with other work, so the script also
measures the ceiling at the same time: two independent 1-worker runs, each on
half of the documents, side by side (no batch machinery in between); their
combined documents/s over the 1-worker run is the best speed-up the machine
gives at that moment.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(target: Path, n: int) -> int:
    """``n`` files in two halves, ``target/a`` and ``target/b``."""
    files = sorted((ROOT / "corpora").glob("*.txt"))
    chars = 0
    for half in "ab":
        (target / half).mkdir()
    for i in range(n):
        src = files[i % len(files)]
        copy = i // len(files)
        data = src.read_bytes() + b"\n" * copy
        (target / "ab"[i % 2] / f"{src.stem}__{copy:03d}.txt").write_bytes(data)
        chars += len(data.decode("utf-8"))
    return chars


def _child_cmd(workers: int, corpus: Path, out: Path) -> list[str]:
    return [sys.executable, __file__, "--child", str(workers), str(corpus), str(out)]


def child(workers: int, corpus: Path, out: Path) -> dict[str, Any]:
    from jinghai_nlp.batch import RawResult, run_batch

    first: list[float] = []

    def on_result(result: RawResult, summary: Any) -> None:
        if not first:
            first.append(time.perf_counter())

    t0 = time.perf_counter()
    s = run_batch([corpus], out, workers=workers, on_result=on_result)
    wall = time.perf_counter() - t0
    steady = time.perf_counter() - first[0]
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    self_mb, children_mb = me.ru_maxrss / 1024, kids.ru_maxrss / 1024
    return {
        "workers": workers,
        "documents": s.succeeded,
        "failed": s.failed,
        "chars": s.chars,
        "wall_s": wall,
        "docs_per_s": s.succeeded / wall,
        "docs_per_s_after_first": (s.succeeded - 1) / steady if steady > 0 else 0.0,
        "chars_per_s": s.chars / wall,
        "main_peak_rss_mb": self_mb,
        "worker_peak_rss_mb": self_mb if workers == 1 else children_mb,
        "main_cpu_s": me.ru_utime + me.ru_stime,
        "workers_cpu_s": me.ru_utime + me.ru_stime if workers == 1 else kids.ru_utime + kids.ru_stime,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", nargs=3, metavar=("WORKERS", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(int(args.child[0]), Path(args.child[1]), Path(args.child[2]))))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.docs)
        for n in args.workers:
            proc = subprocess.run(
                _child_cmd(n, corpus, Path(tmp) / f"out_{n}.jsonl"), check=True, capture_output=True, text=True
            )
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        pair = [
            subprocess.Popen(_child_cmd(1, corpus / h, Path(tmp) / f"out_{h}.jsonl"), stdout=subprocess.PIPE, text=True)
            for h in "ab"
        ]
        halves = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in pair]
    ceiling = {
        "workers": "2 x 1",
        "documents": sum(h["documents"] for h in halves),
        "chars": sum(h["chars"] for h in halves),
        "wall_s": max(h["wall_s"] for h in halves),
        "docs_per_s_after_first": sum(h["docs_per_s_after_first"] for h in halves),
        "worker_peak_rss_mb": max(h["worker_peak_rss_mb"] for h in halves),
        "main_peak_rss_mb": max(h["main_peak_rss_mb"] for h in halves),
        "main_cpu_s": sum(h["main_cpu_s"] for h in halves),
        "workers_cpu_s": sum(h["workers_cpu_s"] for h in halves),
    }
    ceiling["docs_per_s"] = ceiling["documents"] / ceiling["wall_s"]
    ceiling["chars_per_s"] = ceiling["chars"] / ceiling["wall_s"]
    rows.append(ceiling)
    base = rows[0]["docs_per_s"]
    base_steady = rows[0]["docs_per_s_after_first"]
    for r in rows:
        r["speedup"] = r["docs_per_s"] / base
        r["speedup_after_first"] = r["docs_per_s_after_first"] / base_steady
    if args.json:
        print(json.dumps({"python": sys.version.split()[0], "runs": rows}, indent=1))
        return
    print(f"{args.docs} documents, {rows[0]['chars']:,} chars (corpora/ replicated), python {sys.version.split()[0]}")
    head = f"{'workers':>7} {'docs/s':>8} {'speed-up':>8} {'docs/s*':>8} {'speed-up*':>9} {'chars/s':>9}"
    print(head + f" {'wall s':>7} {'peak RSS/worker':>16} {'main RSS':>9} {'main CPU s':>10} {'workers CPU s':>13}")
    for r in rows:
        print(
            f"{r['workers']:>7} {r['docs_per_s']:>8.2f} {r['speedup']:>8.2f} {r['docs_per_s_after_first']:>8.2f} "
            f"{r['speedup_after_first']:>9.2f} {r['chars_per_s']:>9,.0f} {r['wall_s']:>7.1f} "
            f"{r['worker_peak_rss_mb']:>13.0f} MB {r['main_peak_rss_mb']:>6.0f} MB"
            f" {r['main_cpu_s']:>10.1f} {r['workers_cpu_s']:>13.1f}"
        )
    print("* from the first document on (pipeline start-up excluded)")
    print("2 x 1: two independent 1-worker runs on half the documents each, side by side (the machine's ceiling)")
    print("CPU s: user + system time; with 1 worker the main process is the worker")


if __name__ == "__main__":
    main()
