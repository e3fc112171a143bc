from __future__ import annotations

import json

from jinghai_nlp import annotate
from jinghai_nlp.pipeline import build, load
from jinghai_nlp.relations import AreaModel
from jinghai_nlp.training.linker import train_linker

from .conftest import ROOT


def test_linker_training_reports_rules_and_models(tmp_path) -> None:
    lines = (ROOT / "annotations" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(x) for x in lines]
    small = [d for d in docs if d["id"] in ("tianjin_2024", "qinzhou_2024", "huangshanqu_2024")]
    (tmp_path / "train.jsonl").write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in small[:2]), "utf-8")
    (tmp_path / "dev.jsonl").write_text(json.dumps(small[2], ensure_ascii=False), "utf-8")
    model, report = train_linker(tmp_path)
    assert {"rules", "gbt_pointwise", "logistic", "chosen_C", "beats_rules"} <= set(report)
    assert 0.0 < report["rules"]["accuracy"] <= 1.0
    assert model.vocabulary and len(model.coef) == len(model.vocabulary)
    # the JSON round trip keeps the model, and a pipeline with it saves and loads it (no pickle)
    path = tmp_path / "area_model.json"
    model.to_disk(path)
    again = AreaModel.from_disk(path)
    assert again.coef == model.coef and again.vocabulary == model.vocabulary
    nlp = build()
    rel = nlp.get_pipe("jinghai_relations")
    rel.model, rel._loaded = again, True  # type: ignore[attr-defined]
    text = "各位代表：\n三、2026年工作安排\n大邱庄工业区聚焦精品钢材产业，研发和技改投入10亿元以上。\n"
    doc = annotate(text, nlp=nlp, jurisdiction="静海区", year=2026)
    (t,) = doc.targets
    assert t.responsible is not None and t.responsible.text in ("大邱庄工业区", "静海区")
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "jinghai_relations" / "area_model.json").exists()
    loaded = load(tmp_path / "pipe")
    assert loaded.get_pipe("jinghai_relations").model.coef == model.coef  # type: ignore[attr-defined]
