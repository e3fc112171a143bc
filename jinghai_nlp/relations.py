"""Relations: each target's deadline and responsible area.

Deadline resolution is a pure function of a date expression and the year the
sentence speaks from; linking picks the subject of the target's clause, sentence
or paragraph, else the document's jurisdiction (implicit).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .entities import DATE_RE
from .gazetteer import Division, Gazetteer
from .sections import CN_DIGITS, plan_years
from .targets import SENTENCE_DELIMS, SUBJECT_NEXT, TargetDraft
from .textscan import first_of, last_of
from .types import Area, Deadline, Entity


def _cn_small(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if len(s) == 1 and s in CN_DIGITS:
        return CN_DIGITS[s]
    return None


def resolve_deadline(expr: str, year: int | None) -> tuple[int, str | None] | None:
    """The year (and ISO date when given) an expression points at, from ``year``.

    >>> resolve_deadline("到2027年", 2026), resolve_deadline("年底前", 2026), resolve_deadline("“十五五”末", 2026)
    ((2027, None), (2026, None), (2030, None))
    >>> resolve_deadline("三年内", 2024), resolve_deadline("今明两年", 2026)
    ((2026, None), (2027, None))
    >>> resolve_deadline("11月底前", 2026), resolve_deadline("今后五年", 2026)
    ((2026, None), (2030, None))
    >>> resolve_deadline("明后两年", 2026), resolve_deadline("三季度末", 2026), resolve_deadline("近三年", 2026)
    ((2028, None), (2026, None), None)
    """
    e = expr.strip()
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", e)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return y, f"{y:04d}-{mo:02d}-{d:02d}"
    years = re.findall(r"(\d{4})年?", e)
    if years:
        return int(years[-1]), None
    span = plan_years(e)
    if span:
        return span[1], None
    if year is None:
        return None
    if "今明两年" in e or e.startswith(("明年", "今冬明春")):
        return year + 1, None
    if e.startswith("明后两年"):
        return year + 2, None
    if e.startswith("去年"):
        return year - 1, None
    m = re.fullmatch(
        r"(?:今后|未来)?([\d一二两三四五六七八九十]{1,2})年内|(?:今后|未来)([\d一二两三四五六七八九十]{1,2})年", e
    )
    if m:
        n = _cn_small(m.group(1) or m.group(2))
        if n:
            return year + n - 1, None
    if re.match(
        r"今年|年内|年底|全年|年末|上半年|下半年|当年|新的一年|(?:1[0-2]|[1-9])月(?:底前|底|前)|[前第]?[一二三四]季度",
        e,
    ):
        return year, None
    return None


def _sentence(text: str, pos: int) -> tuple[int, int]:
    s = last_of(text, SENTENCE_DELIMS, pos) + 1
    stop = first_of(text, SENTENCE_DELIMS, pos)
    return s, stop if stop >= 0 else len(text)


def link_deadline(text: str, draft: TargetDraft, report_year: int | None) -> Deadline:
    """The nearest explicit date before the target in its sentence wins, else the section default."""
    section = draft.section
    default = section.year if section is not None and section.year is not None else report_year
    speaking = report_year
    if section is not None and section.kind == "review":
        speaking = default
    sent_s, _ = _sentence(text, draft.start)
    candidates = []
    for m in DATE_RE.finditer(text, sent_s, draft.end):
        if m.end() > draft.end:
            continue
        after = text[m.end() : m.end() + 2]
        if re.match(r"[\d一二两三四五六七八九十]{1,2}年", m.group(0)) and re.match(r"行动|计划|攻坚", after):
            continue
        if re.search(r"(?:较|比|同比|相比|比上年|较上年)$", text[max(0, m.start() - 3) : m.start()]):
            continue  # a base of comparison: 较“十三五”末增长30%
        if m.group(0).endswith("年度") or text[m.end() : m.end() + 1] == "度":
            continue  # a batch or award year: 2023年度6个和美乡村
        candidates.append(m)  # an explicit date governs every target after it in its sentence
    for m in reversed(candidates):
        r = resolve_deadline(m.group(0), speaking)
        if r is not None:
            return Deadline(year=r[0], date=r[1], text=m.group(0), start=m.start(), end=m.end(), implicit=False)
    return Deadline(year=default, implicit=True)


_WHOLE_JURISDICTION = re.compile(r"[ \t]*(?:全市|全区|全县|全州|全省|全旗|全盟|我市|我区|我县|我州|市县两级|全域)")


_CAUSATIVE = re.compile(r"(?:推动|促进|引导|支持|鼓励|督促|指导)")


def is_subject(text: str, ent: Entity) -> bool:
    """Whether ``ent`` is the subject of its clause: followed by a verb, not by the noun it modifies."""
    return bool(SUBJECT_NEXT.match(text, ent.end))


def _start(e: Entity) -> int:
    return e.start


def _starting_at(entities: Sequence[Entity], pos: int) -> Entity | None:
    """The entity that starts at ``pos`` (``entities`` sorted by start, non-overlapping)."""
    i = bisect.bisect_left(entities, pos, key=_start)
    return entities[i] if i < len(entities) and entities[i].start == pos else None


def area_candidates(text: str, draft: TargetDraft, entities: Sequence[Entity]) -> list[Entity]:
    """Places and institutions that may own a target: in its sentence up to its end, or opening its paragraph.

    ``entities`` sorted by start (as the pipeline keeps them): a look-up, not a scan, per target."""
    sent_s, _ = _sentence(text, draft.start)
    para_s = text.rfind("\n", 0, draft.start) + 1
    out: dict[tuple[int, int], Entity] = {}
    lo = bisect.bisect_left(entities, min(sent_s, para_s), key=_start)
    hi = bisect.bisect_right(entities, draft.end, key=_start)
    for e in entities[lo:hi]:
        if e.label not in ("PLACE", "INSTITUTION") or e.end > draft.end:
            continue
        if e.start >= sent_s or para_s <= e.start <= para_s + 2:
            out[(e.start, e.end)] = e
    return sorted(out.values(), key=_start)


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    draft: TargetDraft
    jurisdiction: Division | None
    n_candidates: int


def area_features(gazetteer: Gazetteer, ctx: _Context, cand: Entity | None, *, rule: bool = False) -> dict[str, float]:
    """Features of one (target, candidate) pair; ``cand`` None is the implicit jurisdiction;
    ``rule``: the rule linker chose this candidate."""
    text, draft = ctx.text, ctx.draft
    clause_s = last_of(text, "，。；：\n", draft.start) + 1
    sent_s, _ = _sentence(text, draft.start)
    whole = bool(_WHOLE_JURISDICTION.match(text, clause_s))
    f: dict[str, float] = {"n_cands=" + _bucket(ctx.n_candidates, (0, 1, 2, 4)): 1.0}
    if whole:
        f["clause_whole_jurisdiction"] = 1.0
    if rule:
        f["rule_choice"] = 1.0
    if cand is None:
        f["implicit"] = 1.0
        return {("implicit|" + k if k not in ("implicit", "rule_choice") else k): v for k, v in f.items()}
    f["label=" + cand.label] = 1.0
    gap = text[cand.end : draft.start] if cand.end <= draft.start else ""
    f["dist=" + _bucket(max(0, draft.start - cand.end), (0, 2, 6, 20, 60, 150))] = 1.0
    f["commas=" + _bucket(gap.count("，"), (0, 1, 2))] = 1.0
    if "。" in gap or "；" in gap or "\n" in gap:
        f["other_sentence"] = 1.0
    if cand.start >= draft.start:
        f["inside_target"] = 1.0
    p = sent_s
    while p < len(text) and text[p] in " \t“":
        p += 1
    if cand.start == p:
        f["sentence_start"] = 1.0
    para_s = text.rfind("\n", 0, draft.start) + 1
    if cand.start <= para_s + 2:
        f["paragraph_start"] = 1.0
    c_s = last_of(text, "，。；：\n", cand.start) + 1
    if cand.start <= c_s + 1:
        f["clause_start"] = 1.0
    if c_s == clause_s:
        f["same_clause"] = 1.0
    if is_subject(text, cand):
        f["followed_by_verb"] = 1.0
    nxt = text[cand.end : cand.end + 1]
    if nxt and nxt in "、和及与":
        f["followed_by_list"] = 1.0
    elif nxt and "\u4e00" <= nxt <= "\u9fff" and not is_subject(text, cand):
        f["followed_by_noun"] = 1.0
    f["suffix1=" + cand.text[-1:]] = 1.0
    f["suffix2=" + cand.text[-2:]] = 1.0
    j = ctx.jurisdiction
    d = gazetteer.resolve(cand.text, within=j.code if j else None)
    if d is None:
        f["gaz=none"] = 1.0
    elif j is not None and d.code in {a.code for a in gazetteer.chain(j)}:
        f["gaz=self_or_above"] = 1.0
    elif j is not None and d.code.startswith(j.code.rstrip("0")):
        f["gaz=inside:" + d.level] = 1.0
    else:
        f["gaz=elsewhere"] = 1.0
    if whole:
        f["cand|clause_whole_jurisdiction"] = 1.0
    # conjunctions the rules rely on: a subject opening its clause, sentence or paragraph
    verb = "followed_by_verb" in f
    for where in ("clause_start", "sentence_start", "paragraph_start"):
        if where in f:
            f[f"{where}&verb"] = float(verb)
            f[f"{where}&{cand.label}"] = 1.0
            if verb and "gaz=inside:town" in f:
                f[f"{where}&verb&town"] = 1.0
    if verb and "same_clause" in f:
        f["same_clause&verb"] = 1.0
    return f


class AreaModel:
    """A logistic model over :func:`area_features`, stored as JSON (vocabulary and weights)."""

    VERSION = 1

    def __init__(
        self, vocabulary: dict[str, int], coef: Sequence[float], intercept: float, meta: dict[str, Any]
    ) -> None:
        self.vocabulary = vocabulary
        self.coef = list(coef)
        self.intercept = intercept
        self.meta = meta

    def score(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.coef[self.vocabulary[k]] * v for k, v in feats.items() if k in self.vocabulary)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.VERSION,
            "kind": "logistic",
            "vocabulary": self.vocabulary,
            "coef": self.coef,
            "intercept": self.intercept,
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AreaModel:
        if d.get("version") != cls.VERSION or d.get("kind") != "logistic":
            raise ValueError(f"unsupported area model (version {d.get('version')!r}, kind {d.get('kind')!r})")
        return cls(dict(d["vocabulary"]), list(d["coef"]), float(d["intercept"]), dict(d.get("meta", {})))

    def to_disk(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=0), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: str | Path) -> AreaModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def load_default(cls) -> AreaModel | None:
        """The model shipped in the package data, if any."""
        f = resources.files("jinghai_nlp") / "data" / "area_model.json"
        if not f.is_file():
            return None
        return cls.from_dict(json.loads(f.read_text(encoding="utf-8")))


class AreaLinker:
    """Links a target to its responsible area: the statistical model when given, else rules."""

    def __init__(self, gazetteer: Gazetteer, model: AreaModel | None = None) -> None:
        self.gazetteer = gazetteer
        self.model = model

    def _eligible(self, ent: Entity, jurisdiction: Division | None) -> bool:
        if ent.label not in ("PLACE", "INSTITUTION"):
            return False
        d = self.gazetteer.resolve(ent.text, within=jurisdiction.code if jurisdiction else None)
        if d is not None and jurisdiction is not None:
            ancestors = {a.code for a in self.gazetteer.chain(jurisdiction)}
            if d.code in ancestors:
                return False  # the jurisdiction itself or a higher level: implicit
            if not d.code.startswith(jurisdiction.code.rstrip("0")):
                return False  # a place elsewhere is not responsible for our targets
        if (
            d is None
            and ent.label == "PLACE"
            and not re.search(r"(?:区|园|城|镇|乡|街道|村|社区|港|片区|基地)$", ent.text)
        ):
            return False  # a place the gazetteer does not know and that is no zone: not an owner
        if d is None and re.fullmatch(r"[省市区县州]?(?:委|政府|人民政府|人大|政协)|国务院|中央|党中央", ent.text):
            return False
        return not re.fullmatch(
            r"京津冀|长三角|珠三角|粤港澳大湾区|中国|全国|欧美|中东|非洲|东盟|欧盟|一带一路", ent.text
        )

    def link(
        self,
        text: str,
        draft: TargetDraft,
        entities: Sequence[Entity],
        jurisdiction: Division | None,
        jurisdiction_text: str | None,
    ) -> Area:
        implicit = Area(
            text=jurisdiction_text,
            implicit=True,
            code=jurisdiction.code if jurisdiction is not None else None,
            name=jurisdiction.name if jurisdiction is not None else jurisdiction_text,
        )
        pick = self.rule_pick(text, draft, entities, jurisdiction)
        if self.model is not None:
            return self._link_model(text, draft, entities, jurisdiction, implicit, pick)
        return implicit if pick is None else self._area(pick, jurisdiction)

    def rule_pick(
        self, text: str, draft: TargetDraft, entities: Sequence[Entity], jurisdiction: Division | None
    ) -> Entity | None:
        """The rules' choice: the clause subject, else a sentence or paragraph subject; None = implicit."""
        clause_s = last_of(text, "，。；：\n", draft.start) + 1
        if _WHOLE_JURISDICTION.match(text, clause_s):
            return None  # 全市游客人数…: the jurisdiction as a whole
        cands: list[Entity] = []
        if draft.subject is not None:
            cands.append(draft.subject)
        sent_s, _ = _sentence(text, draft.start)
        para_s = text.rfind("\n", 0, draft.start) + 1
        for pos in (sent_s, para_s):
            p = pos
            while p < len(text) and text[p] in " \t“":
                p += 1
            m = _CAUSATIVE.match(text, p)
            ent = _starting_at(entities, p)
            if ent is None and m is not None:
                # 推动市城发集团深化…, 支持市江汉投大力发展…: the one the city makes act is the subject
                ent = _starting_at(entities, m.end())
                if ent is not None and ent.end <= draft.start:
                    cands.append(ent)
                continue
            # a sentence or paragraph subject: a zone, town or body followed by its verb, not a modifier
            if ent is not None and ent.end <= draft.start and is_subject(text, ent):
                cands.append(ent)
        for ent in cands:
            if self._eligible(ent, jurisdiction):
                return ent
        return None

    def _area(self, ent: Entity, jurisdiction: Division | None) -> Area:
        d = self.gazetteer.resolve(ent.text, within=jurisdiction.code if jurisdiction else None)
        division = d is not None and d.level in ("town", "county", "city", "village")
        return Area(
            text=ent.text,
            start=ent.start,
            end=ent.end,
            implicit=False,
            code=d.code if division and d is not None else None,
            name=d.name if division and d is not None else ent.text,
        )

    def _link_model(
        self,
        text: str,
        draft: TargetDraft,
        entities: Sequence[Entity],
        jurisdiction: Division | None,
        implicit: Area,
        pick: Entity | None,
    ) -> Area:
        assert self.model is not None
        cands = area_candidates(text, draft, entities)
        if pick is not None and pick not in cands:
            cands.append(pick)
        ctx = _Context(text, draft, jurisdiction, len(cands))
        best: Entity | None = None
        best_p = self.model.score(area_features(self.gazetteer, ctx, None, rule=pick is None))
        for c in cands:
            p = self.model.score(area_features(self.gazetteer, ctx, c, rule=c == pick))
            if p > best_p:
                best, best_p = c, p
        return implicit if best is None else self._area(best, jurisdiction)
