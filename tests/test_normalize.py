from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jinghai_nlp.normalize import FULLWIDTH_TO_ASCII, OffsetMap, clean


@pytest.mark.parametrize(
    "raw,cleaned",
    [
        ("[bookmark: OLE_LINK4][bookmark: OLE_LINK3]各位代表！", "各位代表！"),
        ("静海区\r\n大邱庄镇", "静海区\n大邱庄镇"),
        ("上海市市长\u3000龚正", "上海市市长 龚正"),
        ('<p class="x">新增就业1万人以上</p>', "新增就业1万人以上"),
        ("子牙经开区&nbsp;保税仓&amp;", "子牙经开区 保税仓&"),
        ("\ufeff政府工作报告", "政府工作报告"),
        ("全区　１０家", "全区 １０家"),  # full-width digits stay as written
        ("", ""),
    ],
)
def test_normalize_clean_removes_artefacts(raw: str, cleaned: str) -> None:
    out, _ = clean(raw)
    assert out == cleaned


def test_normalize_offset_map_points_back_to_input() -> None:
    raw = "[bookmark: OLE_LINK1]新增绿色工厂不少于10家\r\n"
    out, edits = clean(raw)
    m = OffsetMap.from_edits(edits)
    i = out.index("绿色工厂")
    assert raw[m.to_original(i) : m.to_original(i + 4)] == "绿色工厂"
    assert m.to_clean(raw.index("绿色工厂")) == i
    assert m.restore(out) == raw


@given(st.text())
def test_normalize_clean_is_reversible_for_any_text(raw: str) -> None:
    out, edits = clean(raw)
    m = OffsetMap.from_edits(edits)
    assert m.restore(out) == raw
    for i in range(0, len(out), max(1, len(out) // 7)):
        j = m.to_original(i)
        assert 0 <= j <= len(raw)


def test_normalize_fullwidth_table_keeps_length() -> None:
    s = "１０％，ＰＭ２．５"
    assert len(s.translate(FULLWIDTH_TO_ASCII)) == len(s)
    assert s.translate(FULLWIDTH_TO_ASCII) == "10%,PM2.5"
