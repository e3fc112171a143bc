from __future__ import annotations

import json

import pytest

import jinghai_nlp
from jinghai_nlp import Document, annotate
from jinghai_nlp.pipeline import load

from .conftest import CORPORA


def test_pipeline_seed_acceptance(seed_doc) -> None:
    assert seed_doc.jurisdiction == "静海区"
    assert seed_doc.year == 2026
    assert "[bookmark" not in seed_doc.text


def test_pipeline_document_round_trip(seed_doc) -> None:
    d = seed_doc.to_dict()
    assert Document.from_dict(json.loads(json.dumps(d, ensure_ascii=False))) == seed_doc
    assert set(d) >= {"id", "text", "meta", "entities", "targets"}


def test_pipeline_offsets_map_back_to_the_raw_text(seed_doc, seed_text) -> None:
    for t in seed_doc.targets[:50]:
        s, e = seed_doc.to_original(t.start), seed_doc.to_original(t.end - 1) + 1
        assert seed_text[s:e] == t.text


@pytest.mark.parametrize("path", sorted(CORPORA.glob("*.txt")), ids=lambda p: p.stem)
def test_pipeline_offsets_valid_on_every_corpus_file(nlp, path) -> None:
    doc = annotate(path.read_text(encoding="utf-8"), nlp=nlp)
    assert doc.jurisdiction and doc.year
    for item in (*doc.entities, *doc.targets, *doc.tokens):
        assert doc.text[item.start : item.end] == item.text
    for t in doc.targets:
        for rel in (t.responsible, t.deadline):
            assert rel is not None
            if not rel.implicit:
                assert doc.text[rel.start : rel.end] == rel.text
    assert len(doc.targets) > 20


def test_pipeline_spacy_doc_carries_the_same_information(nlp, seed_text, seed_doc) -> None:
    doc = nlp(seed_text)
    assert doc.text == seed_doc.text
    assert doc._.jh_entities == seed_doc.entities
    assert len(doc._.jh_targets) == len(seed_doc.targets)
    assert doc._.jh_meta["jurisdiction"] == "静海区"
    assert len(doc.spans["jh_targets"]) > 0
    assert all(e.label_ in ("PLACE", "INSTITUTION", "PROJECT", "DATE") for e in doc.ents)


def test_pipeline_pipe_matches_single_calls(nlp) -> None:
    texts = ["全区新增就业1万人以上。", "静海区地区生产总值增长4%左右。", ""]
    piped = list(nlp.pipe(texts))
    assert [len(d._.jh_targets) for d in piped] == [len(nlp(t)._.jh_targets) for t in texts]


def test_pipeline_to_disk_and_load(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "model")
    nlp2 = load(tmp_path / "model")
    text = "全区新增就业1万人以上。"
    assert nlp2(text)._.jh_targets == nlp(text)._.jh_targets


def test_pipeline_load_refuses_code_in_model_dir(nlp, tmp_path) -> None:
    path = tmp_path / "model"
    nlp.to_disk(path)
    (path / "evil.pkl").write_bytes(b"\x80\x04")
    with pytest.raises(OSError, match="JH|E007"):
        load(path)


@pytest.mark.parametrize("bad", [b"\xe9\x9d\x99\xe6\xb5\xb7", None, 42])
def test_pipeline_annotate_rejects_non_text(bad) -> None:
    with pytest.raises(TypeError, match="read"):
        annotate(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "😀𝕏", "\ud800abc", "１０家", "[bookmark: OLE_LINK4]"])
def test_pipeline_odd_inputs_give_valid_documents(nlp, text: str) -> None:
    doc = annotate(text, nlp=nlp)
    for item in (*doc.entities, *doc.targets, *doc.tokens):
        assert doc.text[item.start : item.end] == item.text


def test_pipeline_public_api() -> None:
    assert callable(jinghai_nlp.annotate) and callable(jinghai_nlp.load) and callable(jinghai_nlp.read)


@pytest.mark.parametrize("enabled", [True, False])
def test_pipeline_token_building_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    """Tokens are built with the cyclic collector paused; afterwards it is on or off as before,
    and the tokens are the Doc's non-space words with their offsets."""
    import gc

    from jinghai_nlp.pipeline import _default_nlp, _tokens

    nlp = _default_nlp()
    text = "新增绿色工厂不少于10家， 建成 5G基站 200个。"
    doc = nlp.make_doc(text)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        tokens = _tokens(doc, text)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert [t.text for t in tokens] == [t.text for t in doc if not t.is_space]
    assert all(text[t.start : t.end] == t.text for t in tokens)
