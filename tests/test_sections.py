from __future__ import annotations

import pytest

from jinghai_nlp.normalize import clean
from jinghai_nlp.sections import analyse, plan_years

from .conftest import CORPORA

EXPECTED = [
    ("jinghai_2026.txt", "静海区", 2026),
    ("chizhou_2023.txt", "池州市", 2023),
    ("hailaer_2019.txt", "海拉尔区", 2019),
    ("huangshanqu_2024.txt", "黄山区", 2024),
    ("liangshan_2024.txt", "凉山彝族自治州", 2024),
    ("linzhi_2024.txt", "林芝市", 2024),
    ("mudanjiang_2024.txt", "牡丹江市", 2024),
    ("qianjiang_2024.txt", "潜江市", 2024),
    ("qinzhou_2024.txt", "钦州市", 2024),
    ("shanghai_2021.txt", "上海市", 2021),
    ("tianjin_2024.txt", "天津市", 2024),
    ("tianmen_2024.txt", "天门市", 2024),
    ("wulumuqi_2024.txt", "乌鲁木齐市", 2024),
    ("yinchuan_2024.txt", "银川市", 2024),
]


@pytest.mark.parametrize("name,jurisdiction,year", EXPECTED)
def test_sections_jurisdiction_and_year_of_every_corpus_report(gazetteer, name, jurisdiction, year) -> None:
    text, _ = clean((CORPORA / name).read_text(encoding="utf-8"))
    st = analyse(text, gazetteer)
    assert st.jurisdiction is not None and st.jurisdiction.name == jurisdiction
    assert st.year == year
    kinds = [s.kind for s in st.sections]
    assert "review" in kinds and "coming" in kinds


def test_sections_seed_header_and_five_year_part(gazetteer, seed_text) -> None:
    text, _ = clean(seed_text)
    st = analyse(text, gazetteer)
    assert st.date == "2026-01-15"
    assert st.title == "政府工作报告"
    by_kind = {s.kind: s for s in st.sections}
    assert by_kind["review"].year == 2025
    assert by_kind["plan"].year == 2030
    assert by_kind["coming"].year == 2026
    plan = by_kind["plan"]
    assert text[plan.start :].startswith("“十五五”时期是")


def test_sections_caller_overrides_year_and_jurisdiction(gazetteer) -> None:
    st = analyse("各位代表：\n今年新增就业1万人。", gazetteer, year=2030, jurisdiction="静海")
    assert st.year == 2030
    assert st.jurisdiction is not None and st.jurisdiction.code == "120118000000"


@pytest.mark.parametrize("name,span", [("十四五", (2021, 2025)), ("“十五五”", (2026, 2030)), ("十三五", (2016, 2020))])
def test_sections_plan_years(name: str, span: tuple[int, int]) -> None:
    assert plan_years(name) == span
