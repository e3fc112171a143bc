from __future__ import annotations

import csv
import json

from jinghai_nlp.cli import main

from .conftest import CORPORA, ROOT


def test_cli_annotate_json_and_csv(tmp_path, capsys) -> None:
    out = tmp_path / "seed.json"
    assert main(["annotate", str(CORPORA / "jinghai_2026.txt"), "-o", str(out), "--no-tokens"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["meta"]["jurisdiction"] == "静海区" and "tokens" not in doc
    out_csv = tmp_path / "seed.csv"
    assert main(["annotate", str(CORPORA / "jinghai_2026.txt"), "-o", str(out_csv)]) == 0
    with out_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(doc["targets"])
    assert {"indicator", "value", "unit", "comparator", "responsible", "deadline", "sentence"} <= set(rows[0])


def test_cli_annotate_reports_unreadable_files(tmp_path, capsys) -> None:
    bad = tmp_path / "missing.txt"
    assert main(["annotate", str(bad), "-o", str(tmp_path / "x.jsonl")]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_cli_validate_gold_files(capsys) -> None:
    files = sorted(str(p) for p in (ROOT / "annotations").glob("*.jsonl"))
    assert files and main(["validate", *files]) == 0


def test_cli_evaluate_the_test_split_with_the_shipped_model(capsys) -> None:
    assert main(["evaluate", str(ROOT / "annotations" / "test.jsonl")]) == 0
    table = capsys.readouterr().out
    assert "targets (detection)" in table and "PLACE" in table and "linzhi_2024" in table
