"""Document structure: title, jurisdiction, report year and sections (pure functions).

The kind of a section decides the status and the default deadline of the targets
in it: ``review`` (the year just ended, achieved), ``plan`` (five-year-plan goals,
planned, the plan's last year) and ``coming`` (this year's work, planned, the
report year). ``header`` precedes the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import cast

from .gazetteer import Division, Gazetteer
from .types import Section

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Five-year plans: 十一五 = 2006-2010 … 十五五 = 2026-2030.
PLAN_RE = re.compile(r"“?(十[一二三四五六七八九])五”?")


def plan_years(name: str) -> tuple[int, int] | None:
    """First and last year of a five-year plan named like 十四五 or “十五五”.

    >>> plan_years("“十五五”")
    (2026, 2030)
    >>> plan_years("十一五")
    (2006, 2010)
    """
    m = PLAN_RE.search(name)
    if not m:
        return None
    n = 10 + CN_DIGITS[m.group(1)[1]]
    start = 1966 + (n - 3) * 5  # the 3rd plan began in 1966, after the 1963-65 adjustment
    return start, start + 4


_DATE_IN_HEADER = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_REVIEW_HEADING = re.compile(r"(\d{4})年(?:工作)?回顾|过去(?:一|的一)年")
_ROLE = re.compile(r"([\u4e00-\u9fff]{2,24}?)(?:人民政府)?(?:代理|代)?(区长|市长|县长|州长|旗长|盟长|省长|主席)")
_SPEAKER = re.compile(r"我代表([\u4e00-\u9fff]{0,12}?)(省|市|区|县|州|旗|盟|自治区)人民政府")
_HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)?[^\n。；]{2,60}$", re.M)
_NUMBERED = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
_BARE_SECTION = re.compile(r"^[ \t]*\d{4}年[^\n。，；：:]{0,30}$")

_LEVEL_WORDS = {
    "省": ("province",),
    "自治区": ("province",),
    "市": ("province", "city", "county"),
    "州": ("city",),
    "盟": ("city",),
    "区": ("county",),
    "县": ("county",),
    "旗": ("county",),
}


@dataclass(frozen=True, slots=True)
class Structure:
    title: str | None
    jurisdiction: Division | None
    jurisdiction_text: str | None
    year: int | None
    date: str | None
    sections: tuple[Section, ...]


def find_title(text: str) -> str | None:
    for line in text[:400].splitlines():
        compact = line.replace(" ", "").strip()
        if compact:
            return compact if "报告" in compact and len(compact) <= 30 else None
    return None


def header_end(text: str) -> int:
    """Where the body starts: at 各位代表 (the salutation) when it comes early, else 0."""
    i = text.find("各位代表", 0, 2000)
    return i if i >= 0 else 0


def find_year(text: str) -> tuple[int | None, str | None]:
    """The report year and, when the header gives it, its date (YYYY-MM-DD)."""
    head = text[: max(header_end(text), 0) + 1] if header_end(text) else text[:300]
    m = _DATE_IN_HEADER.search(head)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return y, f"{y:04d}-{mo:02d}-{d:02d}"
    m = _REVIEW_HEADING.search(text[:4000])
    if m and m.group(1):
        return int(m.group(1)) + 1, None
    m = re.search(r"(\d{4})年(?:工作安排|主要目标|重点工作|政府工作)", text)
    if m:
        return int(m.group(1)), None
    years = Counter(int(y) for y in re.findall(r"(?<!\d)(20\d{2}|19\d{2})年", text))
    return (years.most_common(1)[0][0], None) if years else (None, None)


def _best_division(gaz: Gazetteer, name: str) -> Division | None:
    """The lowest division whose name ends ``name`` (天津市静海区 → 静海区), parent-checked."""
    for i in range(len(name) - 1):
        tail = name[i:]
        cands = gaz.by_name.get(tail, [])
        if not cands:
            continue
        head = name[:i]
        if head:
            for d in cands:
                chain = gaz.chain(d)[1:]
                if any(head.endswith(a.name) or head.startswith(a.name[:2]) for a in chain):
                    return d
        if cands:
            return min(cands, key=lambda d: ("province", "city", "county", "town", "village").index(d.level))
    return None


def find_jurisdiction(text: str, gaz: Gazetteer) -> tuple[Division | None, str | None]:
    """The jurisdiction of a report, from its header or, failing that, from its text."""
    head = text[: header_end(text) or 300]
    m = _ROLE.search(head)
    if m:
        d = _best_division(gaz, m.group(1))
        if d:
            return d, m.group(1)
    m = _SPEAKER.search(text[:3000])
    if not m:
        return None, None
    prefix, level_word = m.group(1), m.group(2)
    if prefix:
        d = _best_division(gaz, prefix + level_word)
        if d:
            return d, prefix + level_word
    levels = _LEVEL_WORDS.get(level_word, ())
    names = _candidate_names(gaz, level_word[-1], levels)
    # count full names and short forms over the first 20,000 characters by looking up every
    # 2-8 character substring (a short form counts once, a full name twice)
    head_text = text[:20000]
    counts: Counter[str] = Counter()
    n = len(head_text)
    firsts = _first_chars(gaz, names, level_word[-1], levels)
    for i in range(n):
        if head_text[i] not in firsts:
            continue
        for k in range(2, 9):
            if i + k > n:
                break
            d = names.get(head_text[i : i + k])
            if d is not None:
                counts[d.code] += 2 if head_text[i : i + k] == d.name else 1
    if not counts:
        return None, None
    code, _ = counts.most_common(1)[0]
    d = gaz.by_code[code]
    return d, d.name


def _candidate_names(gaz: Gazetteer, last: str, levels: tuple[str, ...]) -> dict[str, Division]:
    """Full and short names of the divisions at ``levels`` whose name ends with ``last``.

    Built once per gazetteer and level word (the gazetteer keeps the index)."""
    key = (last, levels)
    cached = gaz.memo.get(key)
    if cached is not None:
        return cast(dict[str, Division], cached)
    names: dict[str, Division] = {}
    for table in (gaz.by_name, gaz.by_short):
        for name, ds in table.items():
            keep = [d for d in ds if d.level in levels and d.name.endswith(last)]
            if keep and len(name) >= 2:
                names.setdefault(name, keep[0])
    gaz.memo[key] = names
    return names


def _first_chars(gaz: Gazetteer, names: dict[str, Division], last: str, levels: tuple[str, ...]) -> frozenset[str]:
    """The characters the ``names`` begin with (kept in the gazetteer's memo beside them)."""
    key = ("first", last, levels)
    cached = gaz.memo.get(key)
    if cached is None:
        cached = frozenset(name[0] for name in names)
        gaz.memo[key] = cached
    return cast(frozenset[str], cached)


def _heading_kind(title: str, year: int | None) -> str | None:
    t = title.replace(" ", "")
    if re.search(r"回顾|过去(?:的)?一年|五年来|发展成就|主要成就|工作成效|主要工作成效", t) and not re.search(
        r"目标|任务|安排", t
    ):
        return "review"
    if re.search(r"成就", t) and re.search(r"目标|任务", t):
        return "review"  # mixed: the five-year-plan part is split off by paragraph
    if re.search(r"开局|工作安排|主要任务|目标任务|重点工作|工作建议|总体要求|主要目标|今年|政府自身建设|政府治理", t):
        return "coming"
    if year and re.search(rf"{year}年", t):
        return "coming"
    if plan_years(t):
        return "plan"
    return None


def find_sections(text: str, year: int | None) -> tuple[Section, ...]:
    """Split the body into sections at its headings and give each a kind and default year."""
    body = header_end(text)
    heads: list[tuple[int, str, str]] = []
    for m in _HEADING.finditer(text, body):
        line = m.group(0).strip()
        if not (_NUMBERED.match(m.group(0)) or _BARE_SECTION.match(m.group(0))):
            continue
        if _NUMBERED.match(m.group(0)) and re.match(r"^[ \t]*[一二三四五六七八九十]+、", m.group(0)) is None:
            continue
        kind = _heading_kind(line, year)
        if kind is None:
            continue
        heads.append((m.start(), line, kind))
    if not heads:
        return (Section(0, len(text), "coming", "", year),)
    sections = [Section(0, heads[0][0], "header", "", year)] if heads[0][0] > 0 else []
    for i, (start, title, kind) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        if kind == "coming" and sections and sections[-1].kind == "coming":
            kind = "coming"
        sections.extend(_split_by_plan(text, start, end, title, kind, year))
    # a run of non-review headings after the first coming section stays coming
    return tuple(sections)


_PLAN_PARAGRAPH = re.compile(r"^[ \t]*“?(十[一二三四五六七八九]五)”?(?:时期|期间)?[^\n]{0,40}(目标|任务|指导思想|是)")


def _split_by_plan(text: str, start: int, end: int, title: str, kind: str, year: int | None) -> list[Section]:
    """Split a review section where paragraphs turn to a future five-year plan."""
    default = _default_year(kind, title, year)
    if kind != "review" or year is None:
        return [Section(start, end, kind, title, default)]
    pos = start
    for m in re.finditer(r"(?m)^", text[start:end]):
        p = start + m.start()
        nl = text.find("\n", p, end)
        line = text[p : nl if nl != -1 else end]
        pm = _PLAN_PARAGRAPH.match(line)
        if pm:
            span = plan_years(pm.group(1))
            if span and span[0] >= year:
                return [
                    Section(pos, p, "review", title, default),
                    Section(p, end, "plan", line[:40], span[1]),
                ]
    return [Section(start, end, kind, title, default)]


def _default_year(kind: str, title: str, year: int | None) -> int | None:
    if year is None:
        return None
    if kind == "review":
        m = re.search(r"(\d{4})年", title)
        if m:
            return int(m.group(1))
        return year - 1
    if kind == "plan":
        span = plan_years(title)
        return span[1] if span else year
    return year


def section_at(sections: tuple[Section, ...], offset: int) -> Section | None:
    for s in sections:
        if s.start <= offset < s.end:
            return s
    return sections[-1] if sections else None


def analyse(
    text: str,
    gaz: Gazetteer,
    *,
    year: int | None = None,
    jurisdiction: str | None = None,
) -> Structure:
    """Title, jurisdiction, year and sections of ``text``; ``year``/``jurisdiction`` override."""
    found_year, date = find_year(text)
    if year is not None:
        date = date if found_year == year else None
        found_year = year
    if jurisdiction is not None:
        division = gaz.resolve(jurisdiction)
        j_text: str | None = division.name if division else jurisdiction
    else:
        division, _ = find_jurisdiction(text, gaz)
        j_text = division.name if division else None
    return Structure(
        title=find_title(text),
        jurisdiction=division,
        jurisdiction_text=j_text,
        year=found_year,
        date=date,
        sections=find_sections(text, found_year),
    )
