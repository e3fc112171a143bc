from __future__ import annotations

import pytest

from jinghai_nlp import annotate


@pytest.mark.parametrize(
    "text,expected",
    [
        ("子牙经开区保税仓投入运营。", [("子牙经开区", "PLACE")]),
        ("天津中医药大学加快建设。", [("天津中医药大学", "INSTITUTION")]),
        ("津沧高速改扩建工程开工。", [("津沧高速改扩建工程", "PROJECT")]),
        ("实施“海河英才”行动计划。", [("“海河英才”行动计划", "PROJECT")]),
        (
            "在市委、市政府和区委的坚强领导下",
            [("市委", "INSTITUTION"), ("市政府", "INSTITUTION"), ("区委", "INSTITUTION")],
        ),
        ("大邱庄镇、独流镇获评示范镇。", [("大邱庄镇", "PLACE"), ("独流镇", "PLACE")]),
        ("到2027年，全区新增就业1万人。", [("到2027年", "DATE")]),
        ("坚持以习近平新时代中国特色社会主义思想为指导", []),
        # other regions: the gazetteer and the head nouns generalise
        ("钦州港片区加快发展。", [("钦州港片区", "PLACE")]),
        ("牡丹江市经开区引进项目。", [("牡丹江市经开区", "PLACE")]),
    ],
)
def test_entities_rules_on_real_sentences(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = annotate(text, nlp=nlp, jurisdiction="静海区", year=2026)
    got = [(e.text, e.label) for e in doc.entities]
    for item in expected:
        assert item in got
    if not expected:
        assert got == []


def test_entities_do_not_overlap_and_match_text(seed_doc) -> None:
    prev_end = -1
    for e in seed_doc.entities:
        assert seed_doc.text[e.start : e.end] == e.text
        assert e.start >= prev_end
        prev_end = e.end


def test_entities_every_label_on_the_seed(seed_doc) -> None:
    assert {e.label for e in seed_doc.entities} == {"PLACE", "INSTITUTION", "PROJECT", "DATE"}
