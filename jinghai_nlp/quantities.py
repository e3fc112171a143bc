"""Quantities: numbers, units and comparators in Chinese policy text (pure, no spaCy).

>>> q = find_quantities("新增绿色工厂不少于10家")[0]
>>> (q.value, q.unit, q.comparator)
(Decimal('10'), '家', '>=')
>>> find_quantities("产业项目到位资金突破100亿元")[0].value
Decimal('10000000000')

Values are exact :class:`decimal.Decimal` numbers (16.4亿 is 1640000000, never
1639999999.99); scale words (万, 亿, 千, 百) are moved into the value and the unit
is canonical (see ``data/units.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

from .normalize import FULLWIDTH_TO_ASCII

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
SCALE = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "十亿": 10**9,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
}

PRE_COMPARATORS = {
    "不少于": ">=",
    "不低于": ">=",
    "不小于": ">=",
    "不下于": ">=",
    "不超过": "<=",
    "不高于": "<=",
    "不大于": "<=",
    "不多于": "<=",
    "超过": ">",
    "超出": ">",
    "突破": ">",
    "高于": ">",
    "多于": ">",
    "大于": ">",
    "逾": ">",
    "超": ">",
    "过": ">",
    "低于": "<",
    "少于": "<",
    "小于": "<",
    "约": "~",
    "近": "~",
    "接近": "~",
    "将近": "~",
    "大约": "~",
    "达到": "=",
    "达": "=",
    "保持": "=",
    "控制在": "=",
    "稳定在": "=",
    "保持在": "=",
    "降至": "=",
    "降到": "=",
    "提高到": "=",
    "提升至": "=",
    "提高至": "=",
    "增至": "=",
    "增加到": "=",
    "压减至": "=",
    "缩短至": "=",
    "压缩至": "=",
    "减少到": "=",
    "减至": "=",
    "达到了": "=",
}
POST_COMPARATORS = {
    "以上": ">=",
    "及以上": ">=",
    "以下": "<=",
    "及以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "~",
    "上下": "~",
}

NUM = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]{1,10})"
SCALE_RE = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)"
_IDIOMS = (
    "千家万户",
    "万家灯火",
    "百家争鸣",
    "千方百计",
    "万无一失",
    "一家一户",
    "千村万户",
    "百花齐放",
    "万众一心",
    "三番五次",
    "千头万绪",
    "千千万万",
    "气象万千",
    "一些",
    "一批",
    "一系列",
    "一体",
    "百姓",
    "千万工程",
    "四个善作善成",
    "十项行动",
    "三个一批",
    "万家平安",
    "万家灯火",
    "万人空巷",
    "百年大计",
    "三次产业",
    "二次开发",
    "两位数",
    "千名干部",
    "批次",
)
_FRAMING_AFTER = re.compile(r"^(?:方面|大|个方面|项任务|件事|个一|个坚持|个结合|项行动|条主线|项工作|规定|项规定)")


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str
    dimension: str
    classifier: bool


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and comparator, located in the text it was found in."""

    start: int
    end: int
    number_start: int
    value: Decimal
    unit: str
    comparator: str = "="
    value_max: Decimal | None = None
    dimension: str = "count"
    text: str = ""


@lru_cache(maxsize=1)
def unit_table() -> dict[str, Unit]:
    """Alias → canonical :class:`Unit`, read from ``data/units.json``."""
    raw: dict[str, Any] = json.loads(
        (resources.files("jinghai_nlp") / "data" / "units.json").read_text(encoding="utf-8")
    )
    table: dict[str, Unit] = {}
    for u in raw["units"]:
        unit = Unit(u["unit"], u["dimension"], bool(u.get("classifier")))
        for alias in [u["unit"], *u.get("aliases", [])]:
            table[alias] = unit
    return table


@lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern[str]:
    units = sorted(unit_table(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    pre = "|".join(sorted(map(re.escape, PRE_COMPARATORS), key=len, reverse=True))
    post = "|".join(sorted(map(re.escape, POST_COMPARATORS), key=len, reverse=True))
    return re.compile(
        rf"(?P<pre>{pre})?"
        rf"(?<![A-Za-z0-9.\-+:])(?P<num>{NUM})(?P<approx>余|多)?(?P<scale>{SCALE_RE})?(?P<approx3>余)?"
        rf"(?:(?P<unit1>%)?(?P<rsep>-|—|–|~|至|到)(?P<num2>{NUM})(?P<approx2>余|多)?(?P<scale2>{SCALE_RE})?)?"
        rf"(?P<unit>{unit_alt})(?![A-Za-z])"
        rf"(?P<post>{post})?"
    )


def cn_to_int(s: str) -> int | None:
    """Chinese numerals to an int: 一万二千 → 12000, 千亿 → 10**11, 两 → 2; None if malformed."""
    if not s or any(ch not in CN_DIGIT and ch not in CN_SMALL and ch not in "万亿" for ch in s):
        return None
    if all(ch in CN_DIGIT for ch in s) and len(s) > 1:  # digit by digit: 二〇二五
        return int("".join(str(CN_DIGIT[ch]) for ch in s))
    total = section = number = 0
    for ch in s:
        if ch in CN_DIGIT:
            number = CN_DIGIT[ch]
        elif ch in CN_SMALL:
            section += (number or 1) * CN_SMALL[ch]
            number = 0
        elif ch == "万":
            total += (section + number or 1) * 10**4
            section = number = 0
        elif ch == "亿":
            total = (total + section + number or 1) * 10**8
            section = number = 0
    return total + section + number


def parse_number(s: str) -> Decimal | None:
    """A number as written (Arabic, full-width, Chinese or mixed, with 万/亿 scales); exact.

    >>> parse_number("16.4亿"), parse_number("１０"), parse_number("一万二千"), parse_number("1.5万")
    (Decimal('1640000000'), Decimal('10'), Decimal('12000'), Decimal('15000'))
    """
    if not isinstance(s, str):
        return None
    s = s.translate(FULLWIDTH_TO_ASCII).replace(",", "").strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?", s)
    if m:
        try:
            value = Decimal(m.group(1))
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            return None
        if m.group(2):
            value = EXACT.multiply(value, SCALE[m.group(2)])
        return _normal(value)
    n = cn_to_int(s)
    return Decimal(n) if n is not None else None


# exact arithmetic for any number a report can write (the default context keeps 28 digits)
EXACT = Context(prec=200)


def _normal(d: Decimal) -> Decimal:
    """Drop a trailing fractional zero part without scientific notation (1640000000.0 → 1640000000)."""
    if d == d.to_integral_value(context=EXACT):
        return d.quantize(Decimal(1), context=EXACT)
    return d.normalize(context=EXACT)


def _comparator(pre: str | None, post: str | None, approx: bool) -> str:
    if post:
        return POST_COMPARATORS[post]
    if approx:
        return ">"
    if pre:
        return PRE_COMPARATORS[pre]
    return "="


def _inside_quotes(text: str, pos: int) -> bool:
    left = text.rfind("“", max(0, pos - 12), pos)
    if left < 0:
        return False
    right = text.rfind("”", left, pos)
    return right < 0 and text.find("”", pos, pos + 30) >= 0


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` that can be a target value, in order.

    Excluded: ordinals (第三届), numbers inside names or quotes (“两新”, PM2.5, 2.0版,
    “十四五”), dates and durations (no 年/月 unit), list-framing counts (八个方面),
    idioms (千家万户) and a lone 一 before a classifier (一批, 一个).
    """
    if not isinstance(text, str) or not text:
        return []
    norm = text.translate(FULLWIDTH_TO_ASCII)
    units = unit_table()
    out: list[Quantity] = []
    for m in _quantity_re().finditer(norm):
        num_s = m.start("num")
        raw_num = m.group("num")
        unit = units[m.group("unit")]
        if _excluded(norm, m, num_s, raw_num, unit):
            continue
        value = parse_number(raw_num)
        if value is None:
            continue
        value_max = parse_number(m.group("num2")) if m.group("num2") else None
        if m.group("num2") and value_max is None:
            continue
        scale, scale2 = m.group("scale"), m.group("scale2")
        if scale:
            value = _normal(EXACT.multiply(value, SCALE[scale]))
        elif scale2 and value_max is not None:  # 3-5万: the upper end's scale applies to both
            value = _normal(EXACT.multiply(value, SCALE[scale2]))
        if value_max is not None and (scale2 or scale):
            value_max = _normal(EXACT.multiply(value_max, SCALE[scale2 or scale]))
        approx = bool(m.group("approx") or m.group("approx2") or m.group("approx3"))
        comparator = _comparator(m.group("pre"), m.group("post"), approx)
        start = m.start()
        out.append(
            Quantity(
                start=start,
                end=m.end(),
                number_start=num_s,
                value=value,
                unit=unit.unit,
                comparator=comparator,
                value_max=value_max,
                dimension=unit.dimension,
                text=text[start : m.end()],
            )
        )
    return out


_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
_GRADE = re.compile(
    r"(?P<pre>保持在|稳定在|达到|控制在|保持|稳定|达)?(?<![A-Za-z劣])(?P<num>Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|III|II|IV|VI|V|I)类"
    r"(?P<post>及以上|以上|及以下|以下)?(?=$|[，。；、,;.）)\s])"
)


def find_grades(text: str) -> list[Quantity]:
    """Water-quality style grades that are goals: 水质保持在V类及以上 → 5 类 (>=); 劣V类 and grades
    inside names (Ⅲ类水体) are not."""
    out = []
    for m in _GRADE.finditer(text.translate(FULLWIDTH_TO_ASCII)):
        comparator = _comparator(m.group("pre") if m.group("pre") in PRE_COMPARATORS else None, m.group("post"), False)
        out.append(
            Quantity(
                start=m.start(),
                end=m.end(),
                number_start=m.start("num"),
                value=Decimal(_ROMAN[m.group("num")]),
                unit="类",
                comparator=comparator,
                dimension="grade",
                text=text[m.start() : m.end()],
            )
        )
    return out


_TIME_VERBS = re.compile(r"(压缩|缩短|减少|减至|降至|控制在|提速|以内|之内|增加|达到)")


_ORDINAL_BEFORE = re.compile(r"(?:第|前|连续|届|排名|居|位列|跃升至前|跻身前)$")
_COUNT_OK_AFTER = re.compile(r"^(?:$|[，。；、：,;.\s）)]|以上|以下|左右|以内|之内)")


def _near_idiom(norm: str, start: int, end: int, pad: int) -> bool:
    window = norm[max(0, start - pad) : end + pad]
    return any(idiom in window for idiom in _IDIOMS)


def _excluded(norm: str, m: re.Match[str], num_s: int, raw_num: str, unit: Unit) -> bool:
    before = norm[max(0, num_s - 4) : num_s]
    after = norm[m.end("unit") : m.end("unit") + 4]
    if _ORDINAL_BEFORE.search(before) and not m.group("pre"):
        return True  # ordinals, ranks and streaks: 第三届, 前10强, 连续9年
    if before[-1:].isalpha() and before[-1:].isascii():
        return True  # inside a code or name: PM2.5, 5G
    if after[:1] == "级":
        return True  # a class inside a name: 30万吨级码头, AAAA级
    if unit.unit == "条" and re.match(r"(?:具体)?(?:措施|意见|举措|规定|办法|禁令)", norm[m.end() : m.end() + 4]):
        return True  # 十条措施: articles of a policy document frame it, they are no target
    if m.group("post") and unit.dimension != "percentage" and re.match(r"[\u4e00-\u9fff]", norm[m.end() : m.end() + 1]):
        lead = norm[max(0, m.start() - 1) : m.start()]
        if not re.match(r"(?:的|，|。)", norm[m.end() : m.end() + 1]) and (
            not lead or lead in "在对向为将把，。；：、\n"
        ):
            return True  # a threshold that defines a group: 在800人以上安置点, 50亿元以上项目
    if unit.unit == "次" and not _COUNT_OK_AFTER.match(norm[m.end() : m.end() + 2]):
        return True  # 三次产业, 七次全会, 二次开发
    if unit.dimension == "money" and not m.group("scale") and re.fullmatch(r"[零〇一二两三四五六七八九十]+", raw_num):
        return True  # 三元 (battery chemistry), not money
    if unit.dimension == "age" and (
        re.match(r"[\u4e00-\u9fff]", norm[m.end() : m.end() + 1])
        or not re.search(r"寿命|年龄", norm[max(0, num_s - 10) : num_s])
    ):
        return True  # 60岁以上老人: an attribute, not a target
    if _near_idiom(norm, num_s, m.end(), 3):
        return True
    if re.fullmatch(r"[零〇一二两三四五六七八九十百千万亿]+", raw_num):
        if raw_num == "一" or (raw_num in ("万", "千", "百", "亿") and not m.group("pre")):
            return raw_num == "一" or not unit.classifier
        if _near_idiom(norm, num_s, m.end(), 4):  # Chinese numerals: a wider look (千家万户)
            return True
        if _FRAMING_AFTER.match(after):
            return True
        if norm[max(0, num_s - 2) : num_s] in ("以下", "如下", "以上"):
            return True
    elif _FRAMING_AFTER.match(after) and unit.unit in ("个", "项", "大"):
        return True
    if _inside_quotes(norm, num_s):
        return True
    if unit.dimension == "time" and not (m.group("post") or _TIME_VERBS.search(norm[max(0, num_s - 6) : num_s])):
        return True
    if norm[m.end("unit") : m.end("unit") + 1] in ("年", "月", "周", "岁") and unit.unit in ("个", "天"):
        return True
    if after[:1] == "版" or norm[num_s : m.end()].startswith(("0", "00")) and len(raw_num) > 1 and raw_num[1:2] != ".":
        return True
    return False
