from __future__ import annotations

import pytest

from jinghai_nlp import annotate
from jinghai_nlp.relations import resolve_deadline
from jinghai_nlp.types import Area


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
        # a month's end in the year spoken from; a coming span of years ends in its last year
        ("11月底前", 2026, (2026, None)),
        ("6月底", 2024, (2024, None)),
        ("今后五年", 2021, (2025, None)),
        ("未来五年", 2026, (2030, None)),
        ("五年来", 2026, None),
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


@pytest.mark.parametrize(
    "paragraph,jurisdiction,text,name,code",
    [
        # a short form of a town is normalised to the gazetteer's full name, with its code
        ("大邱庄聚焦精品钢材产业，研发和技改投入10亿元以上。", "静海区", "大邱庄", "大邱庄镇", "120118108000"),
        ("子牙实施循环经济提升行动，循环经济产值增长20%。", "静海区", "子牙", "子牙镇", "120118105000"),
        ("独流镇聚焦调料产业，新增规上企业5家。", "静海区", "独流镇", "独流镇", "120118102000"),
        # a zone the gazetteer does not know keeps its text as its name, without a code
        ("大邱庄工业区聚焦精品钢材产业，研发和技改投入10亿元以上。", "静海区", "大邱庄工业区", "大邱庄工业区", None),
        # the implicit jurisdiction, given by the caller in short form
        ("全区新增就业1万人以上。", "静海", "静海区", "静海区", "120118000000"),
    ],
)
def test_relations_areas_are_normalised_by_the_gazetteer(
    nlp, paragraph: str, jurisdiction: str, text: str, name: str, code: str | None
) -> None:
    doc = annotate(f"各位代表：\n三、2026年工作安排\n{paragraph}\n", nlp=nlp, jurisdiction=jurisdiction, year=2026)
    (t,) = doc.targets
    area = t.responsible
    assert area is not None and (area.text, area.name, area.code) == (text, name, code)
    assert area.implicit or doc.text[area.start : area.end] == text
    assert Area.from_dict(area.to_dict()) == area


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


@pytest.mark.parametrize(
    "expr,year,expected",
    [
        # more phrases as they stand in the corpus reports
        ("到2025年", 2021, (2025, None)),
        ("到2035年", 2026, (2035, None)),
        ("2026年", 2026, (2026, None)),
        ("2024年底", 2024, (2024, None)),
        ("至2027年底", 2026, (2027, None)),
        ("两年内", 2024, (2025, None)),
        ("3年内", 2024, (2026, None)),
        ("十年内", 2021, (2030, None)),
        ("年底", 2024, (2024, None)),
        ("年末", 2023, (2023, None)),
        ("下半年", 2024, (2024, None)),
        ("当年", 2023, (2023, None)),
        ("去年", 2024, (2023, None)),
        ("“十四五”末", 2021, (2025, None)),
        ("“十三五”时期", 2021, (2020, None)),
        ("十五五", 2026, (2030, None)),
        ("2021—2025年", 2021, (2025, None)),
        ("2019年3月4日", 2019, (2019, "2019-03-04")),
        ("今年以来", 2024, (2024, None)),
        ("全年", 2019, (2019, None)),
        ("年内", 2019, (2019, None)),
        ("今年", 2021, (2021, None)),
        ("明年", 2024, (2025, None)),
        ("近年来", 2024, None),
        ("一年来", 2024, None),
    ],
)
def test_relations_resolve_deadline_corpus_phrases(expr: str, year: int, expected: tuple | None) -> None:
    assert resolve_deadline(expr, year) == expected


@pytest.mark.parametrize(
    "sentence,year,deadline,text",
    [
        # (a sentence of a coming-year section, report year, expected deadline year, the words that gave it)
        ("全年新签项目60个以上，引进亿元以上项目不少于20个。", 2024, 2024, "全年"),
        ("年内开工项目57个，完成投资34.8亿元。", 2019, 2019, "年内"),
        ("力争到2027年，高新技术企业达到300家。", 2026, 2027, "到2027年"),
        ("5年内新增融资支持4300亿元。", 2021, 2025, "5年内"),
        ("开展农村人居环境整治三年行动，水质优良比例达到100%。", 2026, 2026, None),
        ("地区生产总值较“十三五”末增长30%。", 2026, 2026, None),
        ("扎实推进2023年度6个和美乡村省级中心村建设。", 2024, 2024, None),
    ],
)
def test_relations_deadline_linking_in_sentences(nlp, sentence: str, year: int, deadline: int, text) -> None:
    doc = annotate(f"各位代表：\n二、{year}年工作安排\n{sentence}\n", nlp=nlp, jurisdiction="静海区", year=year)
    assert doc.targets
    t = doc.targets[-1]
    assert t.deadline is not None and t.deadline.year == deadline
    assert t.deadline.text == text
    assert t.deadline.implicit == (text is None)


@pytest.mark.parametrize(
    "paragraph,owner",
    [
        # a clause subject owns its targets; a name that only modifies the indicator does not
        ("子牙经开区实施循环经济提升行动，循环经济产值增长20%。", "子牙经开区"),
        # the rules do not recognise 合作示范区 (generic words only); the shipped tagger adds it as a place
        ("合作示范区锚定大健康产业，引进大健康产业科技服务企业10家以上。", "合作示范区"),
        ("蔡公庄镇乐器欧美市场占有率达45%。", None),
        ("王口炒货节成交额增长20%。", None),
        ("全市游客人数和旅游收入分别增长105%、181%。", None),
        ("唐官屯镇、静海镇两个市级园区锚定高端装备产业，新增规上企业5家。", None),
    ],
)
def test_relations_responsible_linking_cases(nlp, paragraph: str, owner: str | None) -> None:
    doc = annotate(f"各位代表：\n三、2026年工作安排\n{paragraph}\n", nlp=nlp, jurisdiction="静海区", year=2026)
    assert doc.targets
    for t in doc.targets:
        assert t.responsible is not None
        if owner is None:
            assert t.responsible.implicit and t.responsible.text == "静海区"
        else:
            assert not t.responsible.implicit and t.responsible.text == owner


@pytest.mark.parametrize(
    "paragraph,jurisdiction,owner",
    [
        # a body at the head of its sentence owns the sentence's targets (wulumuqi 2024)
        ("新疆股权交易中心开设“乌鲁木齐专板”、首批26家企业入板。", "乌鲁木齐市", "新疆股权交易中心"),
        # the one a causative verb makes act (qianjiang 2024: the city's state companies)
        ("推动市城发集团深化拓展“投、融、建、管、营”一体化模式，实现资产过500亿元。", "潜江市", "市城发集团"),
        ("支持市江汉投大力发展融资担保、应急循环等业务板块，实现在保余额超10亿元。", "潜江市", "市江汉投"),
        # a zone heading its own sentence (chizhou 2023)
        ("青阳经开区引进镁铝轻合金精深加工、整机装备项目20个以上。", "池州市", "青阳经开区"),
        # a causative verb before a task, not before an actor: the jurisdiction
        ("推动亩均效益评价结果运用，新增规上工业企业30家。", "潜江市", None),
    ],
)
def test_relations_named_owners_in_other_reports(nlp, paragraph: str, jurisdiction: str, owner: str | None) -> None:
    doc = annotate(f"各位代表：\n二、2024年重点工作\n{paragraph}\n", nlp=nlp, jurisdiction=jurisdiction, year=2024)
    assert doc.targets
    for t in doc.targets:
        assert t.responsible is not None
        if owner is None:
            assert t.responsible.implicit
        else:
            assert not t.responsible.implicit and t.responsible.text == owner
