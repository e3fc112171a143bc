"""770 real target phrases from 8 gold reports (tests/data/target_phrases.tsv, regenerated
from the gold by make_target_phrases.py): the phrase alone must give the gold value, unit
and comparator. Known failures are listed with their reason and must keep failing
(strict xfail), so a fix shows up and the list stays honest."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from jinghai_nlp.evaluate import _canonical_unit
from jinghai_nlp.targets import find_targets

ROWS = list(
    csv.DictReader(
        (Path(__file__).parent / "data" / "target_phrases.tsv").read_text(encoding="utf-8").splitlines(),
        delimiter="\t",
    )
)
KNOWN = {
    "城乡居民收入比缩小至1.47:1": "ratios written as a:b are not parsed",
    "投入2000余万元": "a bare verb as the indicator (投入) is not kept",
    "牧业年度牲畜总头数达到18.4万头（只）": "the gold unit keeps the parenthesis 头（只）",
    "15个棚改区域的道路、供水、污水等配套基础设施项目": "a pre-nominal count over a list inside its noun",
    "完成好65个年度重点项目建设任务": "the tail noun stops at 建设 only in the gold",
    "电商网络交易额突破百亿大关": "百亿 with no unit word (大关)",
    "地区生产总值增速“保8争9”": "numbers inside quotes are excluded as names",
    "产量稳定在284.5万亩、18.98亿斤以上": "two quantities for two indicators without 分别",
    "市级农业产业化龙头企业2家、20家": "two quantities for two indicators without 分别",
    "10万农村人口进城": "the unit 人 is implied, not written",
    "10万学生进城": "the unit 人 is implied, not written",
    "10万产业工人进城": "the unit 人 is implied, not written",
    "40万市民直接受益": "the unit 人 is implied, not written",
    "新增智能算力100P以上": "P (PFLOPS) is not in the unit lexicon",
}


def _params():
    for r in ROWS:
        marks = [pytest.mark.xfail(reason=KNOWN[r["phrase"]], strict=True)] if r["phrase"] in KNOWN else []
        yield pytest.param(r, marks=marks, id=f"{r['doc']}:{r['phrase'][:24]}")


def test_target_phrases_table_is_large_and_varied() -> None:
    assert len(ROWS) >= 150
    assert len({r["doc"] for r in ROWS}) >= 6


@pytest.mark.parametrize("row", list(_params()))
def test_target_phrases_parse_like_the_gold(row: dict[str, str]) -> None:
    got = find_targets(row["phrase"])
    want_max = float(row["value_max"]) if row["value_max"] else None
    assert any(
        math.isclose(float(t.quantity.value), float(row["value"]), rel_tol=1e-9)
        and (
            want_max is None or t.quantity.value_max is not None and math.isclose(float(t.quantity.value_max), want_max)
        )
        and _canonical_unit(t.quantity.unit) == _canonical_unit(row["unit"])
        and t.comparator == row["comparator"]
        for t in got
    ), [(str(t.quantity.value), t.quantity.unit, t.comparator) for t in got]
