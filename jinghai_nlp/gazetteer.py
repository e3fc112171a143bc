"""The gazetteer of PRC administrative divisions (NBS 2023), loaded lazily from package data.

Names are indexed in full (静海区, 大邱庄镇) and, for provinces, cities and
counties, in their short forms (静海, 天津, 凉山, 凉山州). Town short forms (大邱庄)
are kept apart: they are only trusted inside a known jurisdiction.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

LEVELS = ("province", "city", "county", "town", "village")

# Rows that are placeholders, not place names (see data/GAZETTEER_README.md).
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"})
_ETHNIC = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治(州|县|旗|区)$")
_SUFFIX_SHORT = re.compile(r"^(.{2,}?)(特别行政区|自治区|地区|新区|矿区|林区|省|市|区|县|旗|盟|州)$")
_TOWN_SHORT = re.compile(r"^(.{2,}?)(街道办事处|街道|镇|乡|民族乡|苏木)$")
_ZONE_ABBREV = (
    ("经济技术开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("经济开发区", "经开区"),
)
_PROVINCE_PREFIX = re.compile(
    r"^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
    r"海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)"
)


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    name: str
    level: str
    parent: str | None


def short_forms(name: str, level: str) -> list[str]:
    """Short forms by which a division is named in running text.

    >>> short_forms("凉山彝族自治州", "city")
    ['凉山', '凉山州']
    >>> short_forms("静海区", "county")
    ['静海']
    """
    out: list[str] = []
    m = _ETHNIC.match(name) if "自治" in name else None
    if m:
        out += [m.group(1), m.group(1) + m.group(2)]
    elif level in ("province", "city", "county"):
        m = _SUFFIX_SHORT.match(name)
        if m and m.group(2) not in ("新区", "矿区", "林区"):
            out.append(m.group(1).removesuffix("维吾尔"))  # 新疆维吾尔自治区 -> 新疆
    elif level in ("town", "village"):
        m = _TOWN_SHORT.match(name)
        if m:
            out.append(m.group(1))
    for long, short in _ZONE_ABBREV if name.endswith("区") else ():
        if name.endswith(long):
            base = _PROVINCE_PREFIX.sub("", name[: -len(long)]) or name[: -len(long)]
            if len(base) >= 2:
                out.append(base + short)
    return [s for s in out if len(s) >= 2 and s != name]


def _village_name(raw: str) -> str:
    for suffix, repl in (("村民委员会", "村"), ("村委会", "村"), ("社区居委会", "社区"), ("居委会", "社区")):
        if raw.endswith(suffix):
            return raw[: -len(suffix)] + repl
    return raw


class Gazetteer:
    """Look-ups over the division table. Build with :meth:`load` (package data) or from rows."""

    def __init__(self, divisions: Iterable[Division]) -> None:
        self.memo: dict[object, object] = {}  # derived indexes, built on first use
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for d in divisions:
            self.by_code[d.code] = d
            if d.name in _PLACEHOLDERS:
                continue
            self.by_name.setdefault(d.name, []).append(d)
            for s in short_forms(d.name, d.level):
                self.by_short.setdefault(s, []).append(d)

    @classmethod
    def load(cls, *, villages: bool = True) -> Gazetteer:
        """Read ``divisions.tsv`` (and the Tianjin villages) from the package data."""
        files = ["divisions.tsv"] + (["villages_tianjin.tsv"] if villages else [])
        rows: list[Division] = []
        base = resources.files("jinghai_nlp") / "data"
        for name in files:
            lines = (base / name).read_text(encoding="utf-8").split("\n")
            if lines[0].split("\t") != ["code", "name", "level", "parent_code"]:
                raise ValueError(f"unexpected header in {name}: {lines[0]!r}")
            for line in lines[1:]:
                if not line:
                    continue
                code, label, level, parent = line.split("\t")
                if level == "village":
                    label = _village_name(label)
                rows.append(Division(code, label, level, parent or None))
        return cls(rows)

    def lookup(self, name: str) -> list[Division]:
        """Divisions with this full name, else with this short form."""
        return self.by_name.get(name) or self.by_short.get(name) or []

    def chain(self, division: Division) -> list[Division]:
        """The division and its ancestors, lowest first."""
        out = [division]
        seen = {division.code}
        while out[-1].parent and out[-1].parent in self.by_code and out[-1].parent not in seen:
            out.append(self.by_code[out[-1].parent])
            seen.add(out[-1].code)
        return out

    def descendants_names(self, code: str) -> set[str]:
        """Full and short names of every division below ``code`` (towns of a county, …)."""
        prefix = code.rstrip("0")
        # Codes are hierarchical by prefix: 2/4/6/9/12 digits.
        for width in (2, 4, 6, 9, 12):
            if len(prefix) <= width:
                prefix = code[:width]
                break
        codes = self.memo.get("sorted_codes")
        if not isinstance(codes, list):
            codes = self.memo["sorted_codes"] = sorted(self.by_code)
        names: set[str] = set()
        for k in range(bisect.bisect_left(codes, prefix), len(codes)):  # the codes under the prefix
            if not codes[k].startswith(prefix):
                break
            d = self.by_code[codes[k]]
            if d.code != code and d.name not in _PLACEHOLDERS:
                names.add(d.name)
                names.update(short_forms(d.name, d.level))
        return names

    def resolve(self, name: str, *, within: str | None = None) -> Division | None:
        """The best division for ``name``: inside ``within`` (a code) when given, else the highest."""
        cands = self.lookup(name)
        if not cands:
            return None
        if within:
            prefix = within.rstrip("0") or within
            inside = [d for d in cands if d.code.startswith(prefix)]
            if inside:
                cands = inside
        return min(cands, key=lambda d: (LEVELS.index(d.level), d.code))

    def lexicon(self) -> set[str]:
        """Words for the segmenter: full names of all divisions and their short forms (2-5 chars)."""
        words = {n for n in self.by_name if len(n) >= 2}
        words.update(s for s in self.by_short if 2 <= len(s) <= 5)
        return words
