from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jinghai_nlp.textscan import first_of, last_of

TEXT = st.text(alphabet="甲乙丙。，；\n", max_size=400)
DELIMS = st.sampled_from(["。", "，；", "。；\n", "？"])


@given(TEXT, DELIMS, st.integers(min_value=0, max_value=420), st.integers(min_value=0, max_value=420))
def test_textscan_last_of_is_the_nearest_delimiter_before(text: str, chars: str, pos: int, floor: int) -> None:
    floor = min(floor, pos)
    naive = max(text.rfind(c, floor, pos) for c in chars)
    assert last_of(text, chars, pos, floor) == naive


@given(TEXT, DELIMS, st.integers(min_value=0, max_value=420))
def test_textscan_first_of_is_the_nearest_delimiter_after(text: str, chars: str, pos: int) -> None:
    found = [i for i in (text.find(c, pos) for c in chars) if i >= 0]
    assert first_of(text, chars, pos) == (min(found) if found else -1)
