from __future__ import annotations

import pytest

from jinghai_nlp import annotate


def _targets(nlp, text: str, year: int = 2026):
    doc = annotate("各位代表：\n三、2026年工作安排\n" + text, nlp=nlp, jurisdiction="静海区", year=year)
    return doc.targets


@pytest.mark.parametrize(
    "text,expected",
    [
        # (text, [(indicator, value, unit, comparator, kind)])
        ("新增绿色工厂不少于10家。", [("绿色工厂", 10, "家", ">=", "increase")]),
        (
            "盘活存量土地600亩、工业厂房20万平方米、商业楼宇1.5万平方米以上。",
            [
                ("存量土地", 600, "亩", ">=", "level"),
                ("工业厂房", 200000, "平方米", ">=", "level"),
                ("商业楼宇", 15000, "平方米", ">=", "level"),
            ],
        ),
        ("PM2.5年均浓度降至38微克/立方米以下。", [("PM2.5年均浓度", 38, "微克/立方米", "<=", "level")]),
        ("新增就业1万人以上。", [("就业", 10000, "人", ">=", "increase")]),
        ("地区生产总值增长4%左右。", [("地区生产总值", 4, "%", "~", "growth")]),
        ("产业项目到位资金突破100亿元。", [("产业项目到位资金", 1e10, "元", ">", "level")]),
        ("增加值占地区生产总值比重提高2个百分点。", [("增加值占地区生产总值比重", 2, "个百分点", "=", "increase")]),
        (
            "新增创新型中小企业248家、专精特新企业29家。",
            [("创新型中小企业", 248, "家", "=", "increase"), ("专精特新企业", 29, "家", "=", "increase")],
        ),
        ("单位地区生产总值能耗下降3%。", [("单位地区生产总值能耗", 3, "%", "=", "decrease")]),
        ("投资过百亿元项目2个以上。", [("投资过百亿元项目", 2, "个", ">=", "level")]),
    ],
)
def test_targets_real_sentences(nlp, text: str, expected: list[tuple]) -> None:
    got = [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in _targets(nlp, text)]
    assert got == [(i, float(v), u, c, k) for i, v, u, c, k in expected]


def test_targets_status_follows_the_section(seed_doc) -> None:
    review_end = seed_doc.text.index("二、“十四五”时期")
    coming_start = seed_doc.text.index("三、努力实现")
    for t in seed_doc.targets:
        if t.end <= review_end:
            assert t.status == "achieved"
        if t.start >= coming_start:
            assert t.status == "planned"


def test_targets_seed_has_at_least_50_complete_planned_targets(seed_doc) -> None:
    planned = [t for t in seed_doc.targets if t.status == "planned"]
    assert len(planned) >= 50
    for t in planned:
        assert t.indicator and t.unit and t.comparator
        assert t.responsible is not None and t.responsible.text
        assert t.deadline is not None and t.deadline.year in (2026, 2027, 2028, 2030)
