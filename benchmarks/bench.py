"""Speed benchmark (a script, not a test): python benchmarks/bench.py [--json]

Runs, in one process and one run, on the seed and on all of corpora/:
annotate() (default pipeline), jieba.lcut, jieba.posseg.lcut and spaCy's blank
zh pipeline (jieba segmenter), and prints chars/s (the best of ``--repeat`` passes,
the functions interleaved pass by pass), the ratio to jieba.posseg,
the pipeline's load time and the peak RSS; and the target stage alone
(quantities and targets over a cleaned text with its sections, no spaCy).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rates(fns: dict[str, Callable[[str], object]], texts: list[str], repeat: int) -> dict[str, float]:
    """chars/s of each function over ``texts``: the best of ``repeat`` passes, the functions
    interleaved pass by pass, so that a burst of load on a shared machine costs one pass of one
    function, not the ratio between them."""
    chars = sum(len(t) for t in texts)
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            best[name] = min(best[name], time.perf_counter() - t0)
    return {name: chars / seconds for name, seconds in best.items()}


def big_report(mb: float) -> None:
    """Annotate one huge report (the seed repeated) in this process: seconds, chars/s and peak RSS."""
    import jinghai_nlp

    nlp = jinghai_nlp.load()
    seed = (ROOT / "corpora" / "jinghai_2026.txt").read_text(encoding="utf-8")
    text = seed * max(1, int(mb * 1024 * 1024 / len(seed.encode("utf-8"))))
    t0 = time.perf_counter()
    doc = jinghai_nlp.annotate(text, nlp=nlp, tokens=False)
    dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = len(text.encode("utf-8")) / 1024 / 1024
    print(f"{size:.1f} MB report: {dt:.1f} s, {len(text) / dt:,.0f} chars/s, {len(doc.targets)} targets, peak RSS {peak_mb:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--repeat", type=int, default=5, help="passes per function; the best is reported")
    ap.add_argument("--big-mb", type=float, default=0, help="also annotate a report of this many MB (seed repeated)")
    args = ap.parse_args()
    if args.big_mb:
        big_report(args.big_mb)
        return

    t0 = time.perf_counter()
    import jinghai_nlp

    nlp = jinghai_nlp.load()
    jinghai_nlp.annotate("各位代表：今年新增就业1万人。", nlp=nlp)  # lazy resources
    load_s = time.perf_counter() - t0

    import jieba
    import jieba.posseg
    import spacy

    jieba.setLogLevel(60)
    jieba.initialize()
    blank = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    seed = (ROOT / "corpora" / "jinghai_2026.txt").read_text(encoding="utf-8")
    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    jieba.lcut(seed), jieba.posseg.lcut(seed), blank(seed)  # warm up

    from jinghai_nlp.normalize import clean
    from jinghai_nlp.pipeline import shared_gazetteer
    from jinghai_nlp.sections import analyse
    from jinghai_nlp.targets import find_targets

    prepared: dict[str, tuple[str, object]] = {}
    for t in corpus:
        text, _ = clean(t)
        prepared[t] = (text, analyse(text, shared_gazetteer()).sections)

    def target_stage(t: str) -> object:
        text, sections = prepared[t]
        return find_targets(text, sections)  # type: ignore[arg-type]

    rows = {}
    for name, texts in (("seed", [seed]), ("corpora", corpus)):
        fns: dict[str, Callable[[str], object]] = {
            "annotate": lambda t: jinghai_nlp.annotate(t, nlp=nlp),
            "jieba.lcut": jieba.lcut,
            "jieba.posseg": jieba.posseg.lcut,
            "spacy blank zh": blank,
            "target stage alone": target_stage,
        }
        r: dict[str, float] = _rates(fns, texts, args.repeat)
        r["annotate / jieba.posseg"] = r["annotate"] / r["jieba.posseg"]
        rows[name] = r
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"load_seconds": load_s, "peak_rss_mb": peak_mb, "chars_per_second": rows, "python": sys.version.split()[0]}
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"pipeline load: {load_s:.2f} s   peak RSS: {peak_mb:.0f} MB")
    print(f"{'chars/s':<24}{'seed':>12}{'corpora':>12}")
    for key in rows["seed"]:
        fmt = "{:>12.2f}" if "/" in key else "{:>12,.0f}"
        print(f"{key:<24}" + fmt.format(rows["seed"][key]) + fmt.format(rows["corpora"][key]))


if __name__ == "__main__":
    main()
