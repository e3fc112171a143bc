"""The division table's look-ups (gazetteer.py)."""

from __future__ import annotations

import pytest

from jinghai_nlp.gazetteer import _PLACEHOLDERS, Division, Gazetteer, short_forms

ROWS = [
    Division("120000000000", "天津市", "province", None),
    Division("120100000000", "市辖区", "city", "120000000000"),
    Division("120118000000", "静海区", "county", "120100000000"),
    Division("120118100000", "大邱庄镇", "town", "120118000000"),
    Division("120118101000", "独流镇", "town", "120118000000"),
    Division("120119000000", "蓟州区", "county", "120100000000"),
    Division("120119100000", "渔阳镇", "town", "120119000000"),
]


def test_descendants_names_are_the_divisions_below_with_their_short_forms() -> None:
    names = Gazetteer(ROWS).descendants_names("120118000000")
    assert {"大邱庄镇", "大邱庄", "独流镇", "独流"} <= names
    assert not names & {"静海区", "静海", "渔阳镇", "渔阳", "蓟州区", "天津市"}


def test_descendants_names_of_a_province_reach_its_towns() -> None:
    names = Gazetteer(ROWS).descendants_names("120000000000")
    assert {"静海区", "蓟州区", "大邱庄镇", "渔阳镇"} <= names
    assert "市辖区" not in names  # a placeholder row, no name


def _scan(gaz: Gazetteer, code: str) -> set[str]:
    """The same names by scanning every division (the definition the index must agree with)."""
    prefix = code.rstrip("0")
    width = next(w for w in (2, 4, 6, 9, 12) if len(prefix) <= w)
    out: set[str] = set()
    for d in gaz.by_code.values():
        if d.code != code and d.code.startswith(code[:width]) and d.name not in _PLACEHOLDERS:
            out.add(d.name)
            out.update(short_forms(d.name, d.level))
    return out


@pytest.mark.parametrize(
    "name",
    ["静海区", "天津市", "凉山彝族自治州", "钦州市", "潜江市", "乌鲁木齐市", "黄山区", "海拉尔区", "西藏自治区"],
)
def test_descendants_names_agree_with_a_full_scan_of_the_shipped_table(name: str) -> None:
    gaz = Gazetteer.load(villages=False)
    code = min(gaz.by_name[name], key=lambda d: d.code).code
    assert gaz.descendants_names(code) == _scan(gaz, code)
