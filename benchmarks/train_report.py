"""The figures of models/README.md (a script, not a test):

    python benchmarks/train_report.py [--model models/jinghai_ner_zh] [--segmentation] [--json]

- per-label exact-span P/R/F1 on dev and test: the rules-only pipeline against the
  shipped pipeline, and on dev every way of combining rules and tagger;
- with --segmentation: for char, jieba + lexicon and a pkuseg model trained here on
  silver data (training/pkuseg.py), the share of gold entity and target spans whose
  edges fall on token boundaries, the dev F1 of a tagger trained with each
  (same config, same seed) and the speed of tokenizer and whole pipeline.

Selection uses dev only; test figures are reported, never used to choose.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jinghai_nlp.normalize import clean  # noqa: E402
from jinghai_nlp.pipeline import build, load, shipped_pkuseg_path  # noqa: E402
from jinghai_nlp.training import read_documents, score_pipeline, train  # noqa: E402
from jinghai_nlp.training.pkuseg import boundary_share, silver_words, tokenizer_segment, train_pkuseg  # noqa: E402

LABELS = ("PLACE", "INSTITUTION", "PROJECT", "DATE")
MODES = ("rules", "model", "model_first", "rules_first", "rule_labels_first")


def _micro(scores: dict[str, Any]) -> float:
    e = scores["entities"]
    tp = sum(v["exact"]["tp"] for v in e.values())
    pred = sum(v["exact"]["pred"] for v in e.values())
    gold = sum(v["exact"]["gold"] for v in e.values())
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def _row(scores: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        lab: {k: round(scores["entities"][lab]["exact"][k], 3) for k in ("p", "r", "f")} for lab in LABELS
    }
    out["micro_f"] = round(_micro(scores), 3)
    out["targets_f"] = round(scores["targets"]["f"], 3)
    out["end_to_end_f"] = round(scores["end_to_end"]["f"], 3)
    return out


def _speed(nlp: Any, texts: list[str]) -> dict[str, int]:
    from jinghai_nlp.pipeline import annotate

    n = sum(len(t) for t in texts)
    annotate("各位代表：今年新增就业1万人。", nlp=nlp)
    t0 = time.perf_counter()
    for t in texts:
        nlp.tokenizer(t)
    t1 = time.perf_counter()
    for t in texts:
        annotate(t, nlp=nlp)
    t2 = time.perf_counter()
    return {"tokenizer_chars_per_s": int(n / (t1 - t0)), "pipeline_chars_per_s": int(n / (t2 - t1))}


def accuracy(model: Path) -> dict[str, Any]:
    trained = load(model)
    combine = trained.get_pipe("jinghai_entities").combine.value
    out: dict[str, Any] = {"combine": combine}
    for split in ("dev", "test"):
        docs = read_documents([ROOT / "annotations" / f"{split}.jsonl"])
        out[split] = {"rules": _row(score_pipeline(build(), docs)), "shipped": _row(score_pipeline(trained, docs))}
        if split == "dev":  # the options, compared on dev only (the tagger adding any label)
            out["dev_modes"] = {
                m: _row(
                    score_pipeline(build() if m == "rules" else build(ner=trained, combine=m, model_labels=LABELS), docs)
                )
                for m in MODES
            }
            out["dev_shipped_by_labels"] = {
                "+".join(labels): _row(score_pipeline(build(ner=trained, model_labels=labels), docs))
                for labels in (
                    LABELS,
                    ("PLACE", "PROJECT"),
                    ("PROJECT",),
                    ("PLACE",),
                    ("INSTITUTION", "PROJECT"),
                    ("INSTITUTION",),
                )
            }
    return out


def segmentation(work: Path, retrain_pkuseg: bool = False) -> dict[str, Any]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    gold = {s: read_documents([ROOT / "annotations" / f"{s}.jsonl"]) for s in ("train", "dev", "test")}
    used = {d.meta.get("source") for docs in gold.values() for d in docs}
    unannotated = [clean(p.read_text(encoding="utf-8"))[0] for p in sorted((ROOT / "corpora").glob("*.txt"))]
    unannotated = [
        t for t, p in zip(unannotated, sorted((ROOT / "corpora").glob("*.txt"))) if f"corpora/{p.name}" not in used
    ]
    if retrain_pkuseg:
        t0 = time.perf_counter()
        lines = silver_words(gold["train"], unannotated, tokenizer_segment(build()))
        pku = train_pkuseg(lines, work / "pkuseg", iterations=5)
        out: dict[str, Any] = {"pkuseg_training": {"lines": len(lines), "seconds": round(time.perf_counter() - t0, 1)}}
    else:  # the shipped one (python -m jinghai_nlp.training.pkuseg)
        pku = shipped_pkuseg_path()
        out = {"pkuseg_model": str(pku.relative_to(ROOT)) if pku.is_relative_to(ROOT) else str(pku)}
    for seg in ("char", "jieba", "pkuseg"):
        kw: dict[str, Any] = {"pkuseg_model": pku} if seg == "pkuseg" else {}
        base = build(segmenter=seg, **kw)
        row: dict[str, Any] = {
            s: {k: round(v["spans"], 4) for k, v in boundary_share(d, tokenizer_segment(base)).items()}
            for s, d in gold.items()
        }
        row["dev_rules"] = _row(score_pipeline(base, gold["dev"]))
        t1 = time.perf_counter()
        res = train(
            gold=ROOT / "annotations", out=work / f"ner_{seg}", segmenter=seg, pkuseg_model=kw.get("pkuseg_model")
        )
        row["train_seconds"] = round(time.perf_counter() - t1, 1)
        trained = load(res.path)
        row["dev_model"] = _row(res.dev_scores)
        row.update(_speed(trained, texts))
        out[seg] = row
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(ROOT / "models" / "jinghai_ner_zh"))
    ap.add_argument("--segmentation", action="store_true", help="also train and compare the segmenters (~5 min)")
    ap.add_argument("--retrain-pkuseg", action="store_true", help="with --segmentation: train pkuseg afresh")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    report: dict[str, Any] = {"accuracy": accuracy(Path(args.model))}
    if args.segmentation:
        with tempfile.TemporaryDirectory(prefix="jinghai_report_") as tmp:
            report["segmentation"] = segmentation(Path(tmp), retrain_pkuseg=args.retrain_pkuseg)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    acc = report["accuracy"]
    for split in ("dev", "test"):
        print(f"{split}: exact-span P/R/F1   rules-only | shipped ({acc['combine']})")
        for lab in LABELS:
            r, s = acc[split]["rules"][lab], acc[split]["shipped"][lab]
            print(f"  {lab:<12} {r['p']:.3f} {r['r']:.3f} {r['f']:.3f} | {s['p']:.3f} {s['r']:.3f} {s['f']:.3f}")
        print(f"  micro F1     {acc[split]['rules']['micro_f']:.3f} | {acc[split]['shipped']['micro_f']:.3f}")
    print("dev, by combination: " + "; ".join(f"{m} {v['micro_f']:.3f}" for m, v in acc["dev_modes"].items()))
    if "segmentation" in report:
        print(json.dumps(report["segmentation"], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
