"""Build the gold split files from the annotators' drafts (annotations/work/out/).

    python annotations/build.py           # merge the drafts into train/dev/test.jsonl
    python annotations/build.py --texts   # write work/<id>.txt for re-running work/scripts/

Each draft holds offsets into the cleaned text of a corpus file
(``jinghai_nlp.normalize.clean``); this script attaches that text, merges the
parts of a document, and writes train/dev/test JSONL files (SCHEMA.md shape) and
the second, independent pass used for agreement.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jinghai_nlp.normalize import clean  # noqa: E402

SPLIT = {
    "train": [
        "jinghai_2026",
        "hailaer_2019",
        "huangshanqu_2024",
        "liangshan_2024",
        "qinzhou_2024",
        "tianjin_2024",
        "chizhou_2023",
        "qianjiang_2024",
    ],
    "dev": ["tianmen_2024", "yinchuan_2024", "wulumuqi_2024"],
    "test": ["linzhi_2024", "mudanjiang_2024", "shanghai_2021"],
}
GUIDE_VERSION = "ANNOTATION_GUIDE.md as shipped in shared/ on 2026-11-26"


def _merge_regions(regions: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for s, e in sorted(regions):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def load_doc(doc_id: str, parts: list[Path]) -> dict:
    text, _ = clean((ROOT / "corpora" / f"{doc_id}.txt").read_text(encoding="utf-8"))
    entities: list[dict] = []
    targets: list[dict] = []
    reg_t: list[list[int]] = []
    reg_e: list[list[int]] = []
    meta: dict = {}
    for p in parts:
        d = json.loads(p.read_text(encoding="utf-8"))
        entities += d["entities"]
        targets += d["targets"]
        reg_t += d["meta"]["regions"]["targets"]
        reg_e += d["meta"]["regions"]["entities"]
        meta = {k: v for k, v in d["meta"].items() if k != "regions"}
    meta["source"] = f"corpora/{doc_id}.txt"
    meta["guide"] = GUIDE_VERSION
    meta["regions"] = {"targets": _merge_regions(reg_t), "entities": _merge_regions(reg_e)}
    entities.sort(key=lambda e: (e["start"], e["end"]))
    targets.sort(key=lambda t: (t["start"], t["end"]))
    return {"id": doc_id, "text": text, "meta": meta, "entities": entities, "targets": targets}


def write_texts() -> None:
    """Write the cleaned texts the annotation scripts in work/scripts/ read (work/<id>.txt)."""
    for path in sorted((ROOT / "corpora").glob("*.txt")):
        text, _ = clean(path.read_text(encoding="utf-8"))
        (Path(__file__).resolve().parent / "work" / path.name).write_text(text, encoding="utf-8")


def main() -> None:
    if "--texts" in sys.argv:
        write_texts()
        return
    out_dir = Path(__file__).resolve().parent / "work" / "out"
    for split, ids in SPLIT.items():
        with open(Path(__file__).resolve().parent / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for doc_id in ids:
                parts = sorted(p for p in out_dir.glob(f"{doc_id}__*.jsonl") if not p.stem.endswith("__agree"))
                fh.write(json.dumps(load_doc(doc_id, parts), ensure_ascii=False) + "\n")
    agree = sorted(out_dir.glob("*__agree.jsonl"))
    with open(Path(__file__).resolve().parent / "agreement.jsonl", "w", encoding="utf-8") as fh:
        for p in agree:
            doc_id = p.stem.split("__")[0]
            fh.write(json.dumps(load_doc(doc_id, [p]), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
