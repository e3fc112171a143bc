"""The nearest delimiter before or after an offset, in time proportional to the distance.

``max(text.rfind(c, 0, pos) for c in "。；")`` scans the whole prefix for a delimiter
that does not occur, so asking it once per target or entity makes long texts
quadratic. These look in windows that grow outwards from ``pos`` instead.
"""

from __future__ import annotations

_FIRST_WINDOW = 64


def last_of(text: str, chars: str, pos: int, floor: int = 0) -> int:
    """Index of the last of ``chars`` (single characters) in ``text[floor:pos]``, or -1.

    >>> last_of("甲。乙，丙", "。，", 5)
    3
    """
    hi, width = min(pos, len(text)), _FIRST_WINDOW
    while hi > floor:
        lo = max(floor, hi - width)
        i = max(text.rfind(c, lo, hi) for c in chars)
        if i >= 0:
            return i
        hi, width = lo, width * 4
    return -1


def first_of(text: str, chars: str, pos: int, ceiling: int | None = None) -> int:
    """Index of the first of ``chars`` (single characters) in ``text[pos:ceiling]``, or -1.

    >>> first_of("甲。乙，丙", "，", 0)
    3
    """
    end = len(text) if ceiling is None else min(ceiling, len(text))
    lo, width = max(pos, 0), _FIRST_WINDOW
    while lo < end:
        hi = min(end, lo + width)
        found = [i for i in (text.find(c, lo, hi) for c in chars) if i >= 0]
        if found:
            return min(found)
        lo, width = hi, width * 4
    return -1
