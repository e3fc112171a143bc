"""Regenerate target_phrases.tsv from the gold splits (train and dev; test stays held out).

    python tests/data/make_target_phrases.py

Selected mechanically: every gold target whose text holds its own indicator and,
when its comparator is not "=", the comparator word itself (so the phrase alone
decides every field); lists with 分别/各/均 are left out (their items need the
whole list). The expected fields are the gold annotation's, never the pipeline's.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = re.compile(
    "不少于|不低于|不小于|不超过|不高于|不大于|不多于|超过|超出|突破|高于|多于|大于|逾|超|过|低于|少于|小于|"
    "约|近|接近|将近|大约|以上|以下|以内|之内|左右|上下|余|多"
)


def main() -> None:
    rows = []
    for split in ("train", "dev"):
        for line in (ROOT / "annotations" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for t in doc["targets"]:
                text = t["text"]
                if t["indicator"] not in text or re.search("分别|各|均", text):
                    continue
                if t["comparator"] != "=" and not WORDS.search(text):
                    continue
                vmax = "" if t["value_max"] is None else repr(t["value_max"])
                rows.append([doc["id"], text, repr(t["value"]), vmax, t["unit"], t["comparator"]])
    with open(Path(__file__).with_name("target_phrases.tsv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["doc", "phrase", "value", "value_max", "unit", "comparator"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
