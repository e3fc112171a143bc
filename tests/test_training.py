"""Training (issue 5): gold → examples, the training loop on a tiny corpus, the combination of
rules and tagger, the pkuseg segmenter, and the shipped model's scores on the test split."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from jinghai_nlp import Document, Entity, annotate
from jinghai_nlp.ner import biluo_tags, decode
from jinghai_nlp.pipeline import Combine, combine_entities
from jinghai_nlp.training.corpus import CorpusStats, make_examples, merge_extra, pieces
from jinghai_nlp.training.pkuseg import boundary_share, force_boundaries, silver_lines

from .conftest import ROOT

SENTENCES = [
    "今年，静海区加快推进津沧高速改扩建工程，支持天津中医药大学建设国家中医医学中心。",
    "大邱庄镇实施百家企业专利破零行动，子牙经开区新增绿色工厂10家。",
    "区政府持续推进“海河英才”行动计划，2025年团泊健康城引进企业20家。",
    "独流镇推进西三洼蓄滞洪区工程，天津医学健康研究院落户团泊湖畔。",
]


def _doc(doc_id: str, lines: list[str], regions: bool = True) -> dict:
    text = "\n".join(lines)
    ents = []
    for name, label in (
        ("今年", "DATE"),
        ("2025年", "DATE"),
        ("静海区", "PLACE"),
        ("大邱庄镇", "PLACE"),
        ("子牙经开区", "PLACE"),
        ("团泊健康城", "PLACE"),
        ("独流镇", "PLACE"),
        ("团泊湖", "PLACE"),
        ("津沧高速改扩建工程", "PROJECT"),
        ("国家中医医学中心", "PROJECT"),
        ("百家企业专利破零行动", "PROJECT"),
        ("“海河英才”行动计划", "PROJECT"),
        ("西三洼蓄滞洪区工程", "PROJECT"),
        ("天津中医药大学", "INSTITUTION"),
        ("区政府", "INSTITUTION"),
        ("天津医学健康研究院", "INSTITUTION"),
    ):
        i = text.find(name)
        if i >= 0:
            ents.append({"start": i, "end": i + len(name), "label": label, "text": name})
    ents.sort(key=lambda e: e["start"])
    meta: dict = {"jurisdiction": "静海区", "year": 2026}
    if regions:
        meta["regions"] = {"entities": [[0, len(text)]], "targets": [[0, len(text)]]}
    return {"id": doc_id, "text": text, "meta": meta, "entities": ents, "targets": []}


@pytest.fixture(scope="module")
def tiny_gold(tmp_path_factory) -> Path:
    gold = tmp_path_factory.mktemp("gold")
    train = [_doc(f"t{i}", SENTENCES[i:] + SENTENCES[:i]) for i in range(4)]
    dev = [_doc("d0", SENTENCES[::-1])]
    for name, docs in (("train", train), ("dev", dev)):
        (gold / f"{name}.jsonl").write_text(
            "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
        )
    return gold


TINY = {
    "training.max_steps": 30,
    "training.eval_frequency": 10,
    "components.jinghai_ner.model.tok2vec.embed.width": 16,
    "components.jinghai_ner.model.tok2vec.encode.width": 16,
    "components.jinghai_ner.model.tok2vec.encode.depth": 1,
    "components.jinghai_ner.model.tok2vec.embed.widths": [8, 8, 8, 4, 4, 4, 4, 4, 8],
    "components.jinghai_ner.model.tok2vec.embed.rows": [200, 100, 100, 20, 50, 50, 20, 50, 100],
}


@pytest.fixture(scope="module")
def tiny_model(tiny_gold, tmp_path_factory):
    from jinghai_nlp.training import train

    out = tmp_path_factory.mktemp("models") / "tiny"
    return train(gold=tiny_gold, out=out, overrides=TINY, combine="model_first")


@pytest.mark.issue(5)
def test_training_tiny_corpus_writes_a_loadable_pipeline(tiny_model) -> None:
    import spacy

    import jinghai_nlp

    path = tiny_model.path
    assert (path / "config.cfg").is_file() and (path / "jinghai_ner" / "model").is_file()
    assert not [f for f in path.rglob("*") if f.suffix in (".pkl", ".pickle", ".joblib", ".py")]
    text = "\n".join(SENTENCES)
    for nlp in (jinghai_nlp.load(path), spacy.load(path)):
        assert nlp.pipe_names == [
            "jinghai_structure",
            "jinghai_rules",
            "jinghai_ner",
            "jinghai_entities",
            "jinghai_targets",
            "jinghai_relations",
        ]
        doc = jinghai_nlp.annotate(text, nlp=nlp)
        assert doc.entities and doc.targets
        ends = 0
        for e in doc.entities:
            assert doc.text[e.start : e.end] == e.text and e.start >= ends
            ends = e.end
    meta = json.loads((path / "meta.json").read_text("utf-8"))["jinghai"]
    assert meta["combine"] == "model_first" and meta["train_docs"] == ["t0", "t1", "t2", "t3"]
    assert tiny_model.stats["train"].entities == 4 * 16 and tiny_model.stats["train"].misaligned == []


@pytest.mark.issue(5)
def test_training_is_reproducible_with_the_fixed_seed(tiny_gold, tiny_model, tmp_path) -> None:
    from jinghai_nlp.training import train

    again = train(gold=tiny_gold, out=tmp_path / "again", overrides=TINY, combine="model_first")
    a = (tiny_model.path / "jinghai_ner" / "model").read_bytes()
    b = (again.path / "jinghai_ner" / "model").read_bytes()
    assert a == b


@pytest.mark.issue(5)
def test_training_cli_takes_extra_gold_files(tiny_gold, tmp_path, capsys) -> None:
    from jinghai_nlp.cli import main

    extra = tmp_path / "corrections.jsonl"
    extra.write_text(json.dumps(_doc("new", SENTENCES[1:3]), ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["train", "--gold", str(tiny_gold), "--out", str(tmp_path / "m"), "--extra", str(extra), "--quiet"]
    args += ["--set"] + [f"{k}={json.dumps(v)}" for k, v in TINY.items()] + ["training.max_steps=10"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "train: 5 documents" in out and "dev exact-span F1" in out
    meta = json.loads((tmp_path / "m" / "meta.json").read_text("utf-8"))["jinghai"]
    assert meta["train_docs"][-1] == "new"


def test_training_extra_documents_replace_by_id_and_never_repeat_held_out_texts() -> None:
    a, b = Document.from_dict(_doc("a", SENTENCES[:2])), Document.from_dict(_doc("b", SENTENCES[2:]))
    fixed = Document.from_dict(dict(_doc("a", SENTENCES[:2]), entities=[]))
    assert merge_extra([a], [fixed], {}) == [fixed]
    assert [d.id for d in merge_extra([a], [b], {})] == ["a", "b"]
    with pytest.raises(ValueError, match="E124"):
        merge_extra([a], [Document.from_dict(dict(_doc("x", SENTENCES[2:])))], {"test": [b]})


def test_training_examples_only_cover_annotated_windows() -> None:
    text = "甲\n今年静海区新增就业1万人。\n乙"
    d = Document.from_dict(
        {
            "id": "w",
            "text": text,
            "meta": {"regions": {"entities": [[2, 15]]}},
            "entities": [{"start": 2, "end": 4, "label": "DATE", "text": "今年"}],
            "targets": [],
        }
    )
    ps = pieces(d, meta={})
    assert [p.text for p in ps] == ["今年静海区新增就业1万人。"]
    assert ps[0].entities == (Entity(0, 2, "DATE", "今年"),)


def test_training_misaligned_gold_is_counted_or_raised(nlp) -> None:
    # 人大 inside the token 人大代表: no token boundary after 大
    d = Document.from_dict(
        {
            "id": "m",
            "text": "人大代表和政协委员提出建议。",
            "meta": {},
            "entities": [
                {"start": 0, "end": 2, "label": "INSTITUTION", "text": "人大"},
                {"start": 5, "end": 7, "label": "INSTITUTION", "text": "政协"},
            ],
            "targets": [],
        }
    )
    stats = CorpusStats()
    (eg,) = make_examples(nlp, [d], stats=stats)
    assert stats.entities == 2 and stats.aligned + len(stats.misaligned) == 2 and stats.misaligned
    assert eg.reference[0].ent_iob_ == ""  # unknown, not "outside"
    with pytest.raises(ValueError, match="E120"):
        make_examples(nlp, [d], misaligned="raise")


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("rules", [(0, 3, "PLACE"), (6, 8, "DATE")]),
        ("model", [(0, 5, "PROJECT"), (10, 12, "PLACE")]),
        ("model_first", [(0, 5, "PROJECT"), (6, 8, "DATE"), (10, 12, "PLACE")]),
        ("rules_first", [(0, 3, "PLACE"), (6, 8, "DATE"), (10, 12, "PLACE")]),
    ],
)
def test_pipeline_combine_entities_never_overlap(mode: str, expected: list[tuple[int, int, str]]) -> None:
    # 静海区工程，今年在团泊
    rules = [Entity(0, 3, "PLACE", "静海区"), Entity(6, 8, "DATE", "今年")]
    model = [Entity(0, 5, "PROJECT", "静海区工程"), Entity(10, 12, "PLACE", "团泊")]
    got = [(e.start, e.end, e.label) for e in combine_entities(rules, model, mode)]
    assert got == expected
    assert Combine(mode).value == mode


def test_ner_decode_keeps_biluo_sequences_valid() -> None:
    tags = biluo_tags(["PLACE", "PROJECT"])
    scores = np.full((5, len(tags)), -5.0)
    scores[:, 0] = 5.0  # O
    scores[1, tags.index("I-PROJECT")] = 9.0  # an I without B: repaired by the constraints
    scores[2, tags.index("L-PROJECT")] = 9.0
    scores[4, tags.index("U-PLACE")] = 9.0
    got = decode(scores, tags)
    assert (4, 5, "PLACE") in got
    for s, e, _ in got:
        assert 0 <= s < e <= 5


def test_segmentation_forced_boundaries_and_shares() -> None:
    assert force_boundaries(["天津市静海区", "新增"], 0, {3}) == ["天津市", "静海区", "新增"]
    assert silver_lines("天津市静海区\n新增 就业", lambda s: [s], {3}) == ["天津市 静海区", "新增 就业"]
    d = Document.from_dict(
        {"text": "天津市静海区", "entities": [{"start": 3, "end": 6, "label": "PLACE", "text": "静海区"}]}
    )
    assert boundary_share([d], lambda s: [s])["entities"]["spans"] == 0.0
    assert boundary_share([d], list)["entities"]["spans"] == 1.0


@pytest.mark.issue(5)
def test_segmentation_pkuseg_model_trains_and_round_trips(tmp_path) -> None:
    from jinghai_nlp.pipeline import build, load
    from jinghai_nlp.training.pkuseg import train_pkuseg

    lines = [" ".join(["天津市", "静海区", "新增", "绿色", "工厂", str(i), "家"]) for i in range(30)]
    model = train_pkuseg(lines, tmp_path / "pku", iterations=1)
    assert sorted(f.name for f in model.iterdir()) == ["features.msgpack", "weights.npz"]
    nlp = build(segmenter="pkuseg", pkuseg_model=model)
    words = [t.text for t in nlp.make_doc("天津市静海区新增绿色工厂")]
    nlp.to_disk(tmp_path / "pipe")
    assert sorted(f.name for f in (tmp_path / "pipe" / "tokenizer" / "pkuseg").iterdir()) == [
        "features.msgpack",
        "weights.npz",
    ]
    assert [t.text for t in load(tmp_path / "pipe").make_doc("天津市静海区新增绿色工厂")] == words


# the shipped model on the test split, measured 2026-12-08 (models/README.md): fail on a regression
SHIPPED_TEST_F1 = {"PLACE": 0.721, "INSTITUTION": 0.771, "PROJECT": 0.681, "DATE": 0.924}
TOLERANCE = 0.02


@pytest.mark.issue(5)
def test_training_shipped_model_scores_on_the_test_split(nlp) -> None:
    from jinghai_nlp.pipeline import shipped_model_path
    from jinghai_nlp.training import read_documents, score_pipeline

    assert nlp.meta["name"] == shipped_model_path().name and "jinghai_ner" in nlp.pipe_names
    scores = score_pipeline(nlp, read_documents([ROOT / "annotations" / "test.jsonl"]))
    for label, f1 in SHIPPED_TEST_F1.items():
        assert scores["entities"][label]["exact"]["f"] >= f1 - TOLERANCE, label
    assert scores["targets"]["f"] >= 0.89


@pytest.mark.issue(5)
def test_training_shipped_pkuseg_model_is_data_and_segments_policy_text() -> None:
    from jinghai_nlp.pipeline import build, shipped_pkuseg_path

    path = shipped_pkuseg_path()
    assert sorted(f.name for f in path.iterdir()) == ["features.msgpack", "weights.npz"]  # no pickle
    nlp = build(segmenter="pkuseg")
    text = "天津市静海区新增绿色工厂不少于10家，子牙经开区实施循环经济提升行动。"
    words = [t.text for t in nlp.make_doc(text)]
    assert "".join(words) == text
    assert "静海区" in words and sum(len(w) > 1 for w in words) >= 6  # words, not characters


def test_training_confidence_is_the_least_inside_probability_of_the_entity() -> None:
    from jinghai_nlp.ner import confidence

    # three tokens, tags O / B-X / L-X: token 1 is surely inside, token 2 only at 60%
    p = np.array([[0.9, 0.05, 0.05], [0.02, 0.9, 0.08], [0.4, 0.1, 0.5]])
    assert confidence(np.log(p), [(1, 3), (1, 2)]) == [0.6, 0.98]
    assert confidence(np.log(p), []) == []


def test_training_rule_dropout_blanks_the_rules_column_only_while_training(nlp) -> None:
    from jinghai_nlp.ner import RULE_COLUMN, RULES_KEY, PolicyFeatures, doc_features

    doc = nlp.make_doc(SENTENCES[0])
    doc.user_data[RULES_KEY] = [{"start": 3, "end": 6, "label": "PLACE", "source": "gazetteer"}]
    doc.user_data["jh_meta"] = {}
    full = doc_features(doc)
    blanked = PolicyFeatures(rule_dropout=1.0)
    (train_feats,), _ = blanked.begin_update([doc])
    predicted = blanked.predict([doc])[0]
    assert len(set(full[:, RULE_COLUMN].tolist())) > 1  # the rules' decision is a feature …
    assert len(set(np.asarray(train_feats)[:, RULE_COLUMN].tolist())) == 1  # … hidden while training …
    assert (np.asarray(predicted) == full).all()  # … and always there when predicting
    others = [c for c in range(full.shape[1]) if c != RULE_COLUMN]
    assert (np.asarray(train_feats)[:, others] == full[:, others]).all()


def test_training_shipped_combination_is_the_one_chosen_on_dev(nlp) -> None:
    ents = nlp.get_pipe("jinghai_entities")
    assert ents.combine is Combine.rules_first and ents.model_labels == frozenset({"PLACE"})
    assert ents.min_confidence == 0.9
    meta = nlp.meta["jinghai"]
    assert meta["combine"] == "rules_first" and meta["model_labels"] == ["PLACE"]
    assert meta["min_confidence"] == 0.9


def test_training_model_labels_limit_what_the_tagger_adds(nlp, seed_text) -> None:
    from jinghai_nlp import annotate, load

    shipped = annotate(seed_text, nlp=nlp)
    rules = annotate(seed_text, nlp=load("rules"))
    kept = {(e.start, e.end, e.label) for e in shipped.entities}
    assert {(e.start, e.end, e.label) for e in rules.entities} <= kept  # rules first: every rule entity stays
    added = kept - {(e.start, e.end, e.label) for e in rules.entities}
    assert added and {label for _, _, label in added} <= {"PLACE"}  # the tagger adds only these


def test_training_examples_two_gold_spans_inside_one_token_are_unknown_not_an_error() -> None:
    """A segmenter that joins two gold entities into one token (pkuseg: 宝丰储能 as one word for
    宝丰 INSTITUTION + 储能…) leaves that token unknown to the loss instead of failing."""
    import spacy

    from jinghai_nlp.training.corpus import Piece, to_example

    nlp = spacy.blank("xx")  # whitespace tokens: 甲乙丙 | 丁戊
    piece = Piece(
        "d",
        "甲乙丙 丁戊",
        0,
        (Entity(0, 2, "INSTITUTION", "甲乙"), Entity(2, 3, "PROJECT", "丙"), Entity(4, 6, "PLACE", "丁戊")),
        {},
    )
    stats = CorpusStats()
    eg = to_example(nlp, piece, stats=stats)
    ref = eg.reference
    assert [t.ent_iob_ for t in ref] == ["", "B"]  # the joined token is missing, the aligned entity kept
    assert [(e.text, e.label_) for e in ref.ents] == [("丁戊", "PLACE")]
    assert len(stats.misaligned) == 2


def test_training_shipped_model_segments_with_the_package_lexicon(nlp) -> None:
    """The shipped tokenizer keeps its own copy of the lexicon: it is the package's (data/lexicon.txt
    and the gazetteer), so that the shipped pipeline and build() cut text alike."""
    from jinghai_nlp.pipeline import default_lexicon

    assert set(nlp.tokenizer.lexicon) == set(default_lexicon())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("推动自贸试验区绥芬河片区高质量发展。", "自贸试验区绥芬河片区"),
        ("上海自贸试验区临港新片区挂牌两周年。", "上海自贸试验区临港新片区"),
        ("推动广西自贸区钦州港片区发展。", "广西自贸区钦州港片区"),
    ],
)
def test_training_shipped_pipeline_keeps_a_free_trade_zone_and_its_area_whole(nlp, text: str, expected: str) -> None:
    """jieba cuts 自贸试验区 into 自/贸/试验区; the lexicon keeps it whole, so its area in a city is
    one zone with it (guide: named zones; 中国（安徽）自贸试验区池州联动创新区 in chizhou 2023)."""
    doc = annotate(text, nlp=nlp, jurisdiction="牡丹江市", year=2024)
    assert (expected, "PLACE") in [(e.text, e.label) for e in doc.entities]
