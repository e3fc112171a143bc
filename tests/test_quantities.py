from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jinghai_nlp.quantities import cn_to_int, find_quantities, parse_number


@pytest.mark.parametrize(
    "text,value",
    [
        ("16.4亿", Decimal("1640000000")),
        ("１０", Decimal("10")),
        ("一万二千", Decimal("12000")),
        ("1.5万", Decimal("15000")),
        ("千亿", Decimal("100000000000")),
        ("两", Decimal("2")),
        ("十", Decimal("10")),
        ("二十三", Decimal("23")),
        ("一亿五千万", Decimal("150000000")),
        ("2,320", Decimal("2320")),
        ("0.5", Decimal("0.5")),
    ],
)
def test_quantities_parse_number_is_exact(text: str, value: Decimal) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text,expected",
    [
        # (text, [(value, value_max, unit, comparator), ...]) from real reports
        ("新增绿色工厂不少于10家", [(10, None, "家", ">=")]),
        ("PM2.5年均浓度降至38微克/立方米以下", [(38, None, "微克/立方米", "<=")]),
        ("新增就业1万人以上", [(10000, None, "人", ">=")]),
        ("地区生产总值增长4%左右", [(4, None, "%", "~")]),
        ("增加值占地区生产总值比重提高2个百分点", [(2, None, "个百分点", "=")]),
        ("产业项目到位资金突破100亿元", [(10**10, None, "元", ">")]),
        (
            "盘活存量土地600亩、工业厂房20万平方米、商业楼宇1.5万平方米以上",
            [(600, None, "亩", "="), (200000, None, "平方米", "="), (15000, None, "平方米", ">=")],
        ),
        ("城镇调查失业率控制在5.5%以内", [(5.5, None, "%", "<=")]),
        ("居民消费价格涨幅3%左右", [(3, None, "%", "~")]),
        ("增长5%—6%", [(5, 6, "%", "=")]),
        ("建设3至5个", [(3, 5, "个", "=")]),
        ("培育乡村振兴带头人和高素质农民近200人", [(200, None, "人", "~")]),
        ("承办国家和市级赛事10余项", [(10, None, "项", ">")]),
        ("新增城镇就业超万人", [(10000, None, "人", ">")]),
        ("技术合同成交额超46亿元", [(4.6e9, None, "元", ">")]),
        ("总容量超300MW集中式风光电项目", [(300, None, "MW", ">")]),
        ("组织千家企业", [(1000, None, "家", "=")]),
        ("制造业项目占比超四成", [(4, None, "成", ">")]),
        ("新增１０家", [(10, None, "家", "=")]),
        ("单位地区生产总值能耗下降3.5吨标准煤/万元", [(3.5, None, "吨标准煤/万元", "=")]),
        ("工业固体废物综合利用率不低于95%", [(95, None, "%", ">=")]),
        ("政务服务事项办理时限压缩至3个工作日", [(3, None, "个工作日", "=")]),
        ("平均每天处理垃圾1200吨", [(1200, None, "吨", "=")]),
        ("营业收入增长12.3%", [(12.3, None, "%", "=")]),
        ("改造水暖气管网273.7公里", [(273.7, None, "公里", "=")]),
        ("粮食播种面积119.8万亩", [(1198000, None, "亩", "=")]),
        ("实现进出口额1.2万亿元", [(1.2e12, None, "元", "=")]),
        ("利用外资2320万美元", [(23200000, None, "美元", "=")]),
    ],
)
def test_quantities_find_real_phrases(text: str, expected: list[tuple]) -> None:
    got = [
        (float(q.value), float(q.value_max) if q.value_max is not None else None, q.unit, q.comparator)
        for q in find_quantities(text)
    ]
    assert got == [(float(v), float(m) if m is not None else None, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize(
    "text",
    [
        "重点抓好以下八个方面工作",  # list-framing count
        "抓实抓好“三新”“三量”",  # numbers inside names
        "“两新”、“两重”等政策",
        "“1+2+3”国有经济布局",
        "打造2.0版",
        "第三届人民代表大会第七次会议",  # ordinals
        "2026年1月15日",  # dates
        "第二轮土地承包延包30年试点",  # duration
        "千家万户",  # idiom
        "一批项目",
        "深入贯彻中央八项规定精神",
    ],
)
def test_quantities_exclusions_give_nothing(text: str) -> None:
    assert find_quantities(text) == []


def test_quantities_offsets_point_into_the_text() -> None:
    text = "全区新增市场主体1.3万户，审批效率提高30%。"
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text


@given(st.text())
def test_quantities_never_raise_on_any_string(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
    parse_number(text)
    cn_to_int(text)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_quantities_decimal_values_are_exact(whole: int, frac: int) -> None:
    s = f"{whole}.{frac:02d}亿"
    assert parse_number(s) == (Decimal(f"{whole}.{frac:02d}") * 10**8)
