"""Bad and odd input: the pipeline returns valid documents or raises a typed error."""

from __future__ import annotations

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jinghai_nlp import annotate
from jinghai_nlp.normalize import to_simplified
from jinghai_nlp.pipeline import chunk_spans


def _assert_valid(doc) -> None:
    prev = -1
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
        assert e.start >= prev
        prev = e.end
    for item in (*doc.targets, *doc.tokens):
        assert doc.text[item.start : item.end] == item.text
    for t in doc.targets:
        for rel in (t.responsible, t.deadline):
            if rel is not None and not rel.implicit:
                assert doc.text[rel.start : rel.end] == rel.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(),  # anything, including surrogates, controls, emoji, astral characters
            st.sampled_from(list("静海区新增绿色工厂不少于10家１０％，。、；\n“”万亿[bookmark: OLE_LINK4]<p>&nbsp;")),
        ),
        max_size=300,
    )
)
def test_robustness_annotate_any_string_gives_valid_deterministic_output(nlp, text: str) -> None:
    doc = annotate(text, nlp=nlp)
    _assert_valid(doc)
    assert annotate(text, nlp=nlp) == doc


def test_robustness_traditional_text_yields_the_same_annotations(nlp, seed_text, seed_doc) -> None:
    trad = opencc.OpenCC("s2t").convert(seed_text)
    doc = annotate(trad, nlp=nlp)
    assert doc.meta["script"] == "traditional"
    assert doc.text != seed_doc.text and len(doc.text) == len(seed_doc.text)
    assert doc.jurisdiction == "静海区" and doc.year == 2026
    assert [(e.start, e.end, e.label) for e in doc.entities] == [(e.start, e.end, e.label) for e in seed_doc.entities]
    assert [(t.start, t.end, t.value, t.unit) for t in doc.targets] == [
        (t.start, t.end, t.value, t.unit) for t in seed_doc.targets
    ]
    assert "億" in doc.targets[1].text
    _assert_valid(doc)


@pytest.mark.parametrize("text", ["静海区新增绿色工厂不少于10家。", "", "Hello world", "乾隆年间"])
def test_robustness_simplified_text_is_not_converted(text: str) -> None:
    assert to_simplified(text) is None


def test_robustness_long_text_is_chunked_with_offsets_mapped_back(nlp, seed_text, seed_doc) -> None:
    big = seed_text * 8  # ~140,000 characters: more than one chunk
    doc = annotate(big, nlp=nlp, tokens=False)
    assert doc.jurisdiction == "静海区" and doc.year == 2026
    assert len(doc.targets) == 8 * len(seed_doc.targets)
    _assert_valid(doc)


@pytest.mark.parametrize(
    "unit",
    ["发展", "京津冀、武汉、", "津滨轻轨、绿地小学等项目、"],
    ids=["no_punctuation", "one_list", "one_list_of_works"],
)
def test_robustness_one_long_line_without_punctuation(nlp, unit: str) -> None:
    line = unit * (350_000 // len(unit))  # 1 MB of UTF-8 on one line, with no clause end
    assert len(line.encode("utf-8")) >= 1_000_000
    doc = annotate(line, nlp=nlp, tokens=False)
    assert len(doc.text) == len(line)
    _assert_valid(doc)


@pytest.mark.parametrize("size", [10, 1000])
def test_robustness_chunk_spans_cover_the_text(size: int) -> None:
    text = "一二三。\n四五六七八九十" * 300
    spans = chunk_spans(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(e - s <= size for s, e in spans)


def test_robustness_absurd_numbers_do_not_break_parsing(nlp) -> None:
    doc = annotate("各位代表：\n新增就业1111111111111111111111亿人。", nlp=nlp)
    _assert_valid(doc)
    assert doc.targets and doc.targets[0].value > 1e29


def test_robustness_jieba_cache_is_private(tmp_path, monkeypatch) -> None:
    import os
    import tempfile

    from jinghai_nlp.segmentation import cache_dir

    monkeypatch.setenv("JINGHAI_CACHE_DIR", str(tmp_path / "c"))
    d = cache_dir()
    assert d == tmp_path / "c" and oct(os.stat(d).st_mode & 0o777) == "0o700"
    monkeypatch.delenv("JINGHAI_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache_dir() != __import__("pathlib").Path(tempfile.gettempdir())
