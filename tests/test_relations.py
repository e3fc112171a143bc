from __future__ import annotations

import pytest

from jinghai_nlp import annotate
from jinghai_nlp.relations import resolve_deadline


@pytest.mark.parametrize(
    "expr,year,expected",
    [
        ("今年", 2026, (2026, None)),
        ("明年", 2026, (2027, None)),
        ("年底前", 2026, (2026, None)),
        ("年内", 2024, (2024, None)),
        ("全年", 2025, (2025, None)),
        ("上半年", 2024, (2024, None)),
        ("到2027年", 2026, (2027, None)),
        ("2025年底", 2026, (2025, None)),
        ("三年内", 2024, (2026, None)),
        ("5年内", 2021, (2025, None)),
        ("今明两年", 2026, (2027, None)),
        ("“十五五”末", 2026, (2030, None)),
        ("“十五五”时期", 2026, (2030, None)),
        ("“十四五”时期", 2021, (2025, None)),
        ("2024—2026年", 2024, (2026, None)),
        ("2026年1月15日", 2026, (2026, "2026-01-15")),
        ("新的一年", 2024, (2024, None)),
    ],
)
def test_relations_resolve_deadline(expr: str, year: int, expected: tuple) -> None:
    assert resolve_deadline(expr, year) == expected


def test_relations_paragraph_subject_is_responsible(nlp) -> None:
    text = "各位代表：\n三、2026年工作安排\n大邱庄工业区聚焦精品钢材产业，研发和技改投入10亿元以上。\n"
    doc = annotate(text, nlp=nlp, jurisdiction="静海区", year=2026)
    (t,) = doc.targets
    assert t.responsible is not None and t.responsible.text == "大邱庄工业区"
    assert not t.responsible.implicit
    assert doc.text[t.responsible.start : t.responsible.end] == "大邱庄工业区"


def test_relations_implicit_jurisdiction_and_section_deadline(nlp) -> None:
    text = "各位代表：\n三、2026年工作安排\n全区新增就业1万人以上。\n"
    doc = annotate(text, nlp=nlp, jurisdiction="静海区", year=2026)
    (t,) = doc.targets
    assert t.responsible is not None and t.responsible.implicit and t.responsible.text == "静海区"
    assert t.responsible.start is None
    assert t.deadline is not None and t.deadline.implicit and t.deadline.year == 2026
    assert t.deadline.text is None


def test_relations_explicit_deadline_wins(nlp) -> None:
    text = "各位代表：\n三、2026年工作安排\n到2027年，绿色工厂达到50家。\n"
    doc = annotate(text, nlp=nlp, jurisdiction="静海区", year=2026)
    (t,) = doc.targets
    assert t.deadline is not None and t.deadline.year == 2027 and t.deadline.text == "到2027年"
    assert doc.text[t.deadline.start : t.deadline.end] == "到2027年"


def test_relations_five_year_goals_default_to_plan_end(seed_doc) -> None:
    plan = [s for s in seed_doc.sections if s.kind == "plan"][0]
    inside = [t for t in seed_doc.targets if plan.start <= t.start < plan.end]
    assert inside and all(t.deadline is not None and t.deadline.year == 2030 for t in inside if t.deadline.implicit)
