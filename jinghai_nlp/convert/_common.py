"""What every converter shares: documents as labelled regions, relations and per-target fields.

Every annotation-tool format sees a document the same way:

- one *region* per entity (its label), per target (``TARGET``) and per mention
  that a relation points at and that is not an entity already (``MENTION``);
- one *relation* per target and role: ``RESPONSIBLE`` (target → the area's
  mention) and ``DEADLINE`` (target → the date's mention);
- per target, the *fields* a span cannot carry (:data:`FIELD_NAMES`): an
  implicit responsible area or deadline has no span, so its text and year are
  fields, and ``implicit`` is read back from whether a relation is there.

:func:`layout` takes a :class:`~jinghai_nlp.types.Document` apart into these;
:func:`assemble` puts one together again and checks it on the way.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import Errors, Warnings
from ..types import COMPARATORS, KINDS, LABELS, STATUSES, Area, Deadline, Document, Entity, Target

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

TARGET = "TARGET"
MENTION = "MENTION"
RESPONSIBLE = "RESPONSIBLE"
DEADLINE = "DEADLINE"
REGION_LABELS: tuple[str, ...] = (*LABELS, TARGET, MENTION)
RELATION_LABELS: tuple[str, ...] = (RESPONSIBLE, DEADLINE)
FIELD_NAMES: tuple[str, ...] = (
    "indicator",
    "value",
    "value_max",
    "unit",
    "comparator",
    "kind",
    "status",
    "responsible_area",
    "responsible_code",
    "responsible_name",
    "deadline_year",
    "deadline_date",
    "deadline_text",
)
EXTRA_KEY = "jinghai"  # the key under which formats with free-form JSON carry id, meta and target fields


@dataclass(frozen=True, slots=True)
class Region:
    """A labelled span: an entity, a target or a relation's mention."""

    key: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Relation:
    """``head`` is the target's region key, ``child`` the mention's."""

    head: str
    child: str
    label: str


@dataclass(slots=True)
class Layout:
    regions: list[Region] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)  # target key → fields

    def by_key(self) -> dict[str, Region]:
        return {r.key: r for r in self.regions}


def target_fields(t: Target) -> dict[str, Any]:
    """The fields of a target that its span and relations do not carry."""
    out: dict[str, Any] = {
        "indicator": t.indicator,
        "value": t.value,
        "value_max": t.value_max,
        "unit": t.unit,
        "comparator": t.comparator,
        "kind": t.kind,
        "status": t.status,
    }
    r = t.responsible
    if r is not None:
        if r.start is None:
            out["responsible_area"] = r.text
        if r.code is not None:
            out["responsible_code"] = r.code
        if r.name is not None:
            out["responsible_name"] = r.name
    d = t.deadline
    if d is not None:
        out["deadline_year"] = d.year
        out["deadline_date"] = d.date
        if d.start is None and d.text is not None:
            out["deadline_text"] = d.text
    return out


def layout(doc: Document) -> Layout:
    """Regions (entities, targets, mentions), relations and target fields of ``doc``, in text order."""
    out = Layout()
    by_span: dict[tuple[int, int], str] = {}
    for i, e in enumerate(doc.entities):
        key = f"e{i}"
        out.regions.append(Region(key, e.start, e.end, e.label))
        by_span.setdefault((e.start, e.end), key)
    mentions: list[Region] = []

    def mention(start: int, end: int) -> str:
        key = by_span.get((start, end))
        if key is None:
            key = f"m{len(mentions)}"
            mentions.append(Region(key, start, end, MENTION))
            by_span[(start, end)] = key
        return key

    for i, t in enumerate(doc.targets):
        key = f"t{i}"
        out.regions.append(Region(key, t.start, t.end, TARGET))
        out.fields[key] = target_fields(t)
        r, d = t.responsible, t.deadline
        if r is not None and r.start is not None and r.end is not None:
            out.relations.append(Relation(key, mention(r.start, r.end), RESPONSIBLE))
        if d is not None and d.start is not None and d.end is not None:
            out.relations.append(Relation(key, mention(d.start, d.end), DEADLINE))
    out.regions.extend(mentions)
    return out


def guess_fields(span_text: str) -> dict[str, Any] | None:
    """Value, unit and comparator read from a target's own text (for targets added in a tool)."""
    from ..quantities import SCALE_RE, find_grades, find_quantities, parse_number

    qs = sorted(find_quantities(span_text) + find_grades(span_text), key=lambda q: q.start)
    if qs:
        q = qs[-1]
        return {
            "indicator": span_text[: q.start].strip() or span_text,
            "value": float(q.value),
            "value_max": float(q.value_max) if q.value_max is not None else None,
            "unit": q.unit,
            "comparator": q.comparator,
            "kind": "level",
            "status": "planned",
        }
    # a number the quantity rules leave out (10万农村人口, 破百亿): the number, and no unit
    numbers = rf"[0-9０-９]+(?:\.[0-9]+)?{SCALE_RE}?|[零一二两三四五六七八九十百千万亿]+"
    for m in reversed(list(re.finditer(numbers, span_text))):
        value = parse_number(m.group(0))
        if value is not None:
            indicator = span_text[: m.start()].strip() or span_text
            return {"indicator": indicator, "value": float(value), "unit": "", "kind": "level", "status": "planned"}
    return None


def assemble(
    text: str,
    regions: Iterable[Region],
    relations: Iterable[Relation],
    fields: Mapping[str, Mapping[str, Any]],
    *,
    id: str | None,
    meta: Mapping[str, Any] | None,
    fmt: str,
) -> Document:
    """A document from regions, relations and target fields, checked on the way.

    Relations may point either way between a target and its mention. Targets
    without fields (added in the tool) get value, unit and comparator from their
    own text, with a warning; a target with two relations of one kind raises.
    """
    meta = dict(meta or {})
    regs = list(regions)
    keyed = {r.key: r for r in regs}
    for r in regs:
        if r.label not in REGION_LABELS:
            raise ValueError(Errors.E002.format(label=r.label, valid=", ".join(REGION_LABELS)))
        if not 0 <= r.start < r.end <= len(text):
            raise ValueError(
                Errors.E083.format(fmt=fmt, where=f"document {id!r}", reason=f"span [{r.start}, {r.end}) out of range")
            )
    links: dict[tuple[str, str], list[Region]] = {}
    for rel in relations:
        label = rel.label.upper()
        if label not in RELATION_LABELS:
            raise ValueError(Errors.E002.format(label=rel.label, valid=", ".join(RELATION_LABELS)))
        a, b = keyed.get(rel.head), keyed.get(rel.child)
        if a is None or b is None:
            missing = rel.head if a is None else rel.child
            raise ValueError(
                Errors.E083.format(fmt=fmt, where=f"document {id!r}", reason=f"relation to unknown region {missing!r}")
            )
        if a.label != TARGET and b.label == TARGET:
            a, b = b, a
        if a.label != TARGET:
            raise ValueError(
                Errors.E083.format(
                    fmt=fmt, where=f"document {id!r}", reason=f"{label} relation between {a.label} and {b.label}"
                )
            )
        links.setdefault((a.key, label), []).append(b)
    entities = sorted(
        (Entity(r.start, r.end, r.label, text[r.start : r.end]) for r in regs if r.label in LABELS),
        key=lambda e: (e.start, e.end),
    )
    for first, second in zip(entities, entities[1:]):
        if second.start < first.end:
            raise ValueError(Errors.E005.format(first=first, second=second))
    targets: list[Target] = []
    guessed: list[str] = []
    for r in regs:
        if r.label != TARGET:
            continue
        span_text = text[r.start : r.end]
        f = dict(fields.get(r.key) or {})
        if "value" not in f or f.get("value") is None:
            g = guess_fields(span_text)
            if g is None:
                raise ValueError(Errors.E086.format(text=span_text, start=r.start, end=r.end, id=id))
            f = {**g, **{k: v for k, v in f.items() if v is not None}}
            guessed.append(span_text)
        for name, valid in (("comparator", COMPARATORS), ("kind", KINDS), ("status", STATUSES)):
            if f.get(name) is not None and f[name] not in valid:
                raise ValueError(Errors.E003.format(value=f[name], field=name, valid=", ".join(valid)))
        for role in RELATION_LABELS:
            n = len(links.get((r.key, role), ()))
            if n > 1:
                raise ValueError(Errors.E084.format(start=r.start, end=r.end, id=id, count=n, relation=role))
        targets.append(
            Target(
                start=r.start,
                end=r.end,
                text=span_text,
                indicator=str(f.get("indicator") or span_text),
                value=float(f["value"]),
                value_max=float(f["value_max"]) if f.get("value_max") is not None else None,
                unit=str(f.get("unit") or ""),
                comparator=str(f.get("comparator") or "="),
                kind=str(f.get("kind") or "level"),
                status=str(f.get("status") or "planned"),
                responsible=_area(text, links.get((r.key, RESPONSIBLE)), f, meta),
                deadline=_deadline(text, links.get((r.key, DEADLINE)), f, meta),
            )
        )
    if guessed:
        warnings.warn(
            Warnings.W080.format(count=len(guessed), id=id, fmt=fmt, examples=", ".join(guessed[:5])), stacklevel=3
        )
    targets.sort(key=lambda t: (t.start, t.end))
    return Document(text=text, id=id, entities=tuple(entities), targets=tuple(targets), meta=meta)


def _area(text: str, linked: Sequence[Region] | None, f: Mapping[str, Any], meta: Mapping[str, Any]) -> Area:
    code, name = f.get("responsible_code"), f.get("responsible_name")
    if linked:
        m = linked[0]
        return Area(text[m.start : m.end], m.start, m.end, implicit=False, code=code, name=name)
    area = f["responsible_area"] if "responsible_area" in f else meta.get("jurisdiction")
    return Area(area, implicit=True, code=code, name=name)


def _deadline(text: str, linked: Sequence[Region] | None, f: Mapping[str, Any], meta: Mapping[str, Any]) -> Deadline:
    year = f.get("deadline_year")
    date = f.get("deadline_date")
    if linked:
        m = linked[0]
        mention = text[m.start : m.end]
        if year is None:
            from ..relations import resolve_deadline

            resolved = resolve_deadline(mention, meta.get("year"))
            year, date = resolved if resolved is not None else (meta.get("year"), date)
        return Deadline(_int(year), date, mention, m.start, m.end, implicit=False)
    if "deadline_year" not in f:
        year = meta.get("year")
    return Deadline(_int(year), date, f.get("deadline_text"), implicit=True)


def _int(v: Any) -> int | None:
    return int(v) if v is not None else None


def doc_key(doc: Document, i: int) -> str:
    """A document's name in formats that need one (file names, CoNLL headers)."""
    return doc.id if doc.id else f"doc_{i + 1:04d}"


# -- UTF-16 code units (Label Studio counts offsets the way JavaScript strings do) ----------------
def utf16_offsets(text: str) -> list[int]:
    """``out[i]`` is the UTF-16 offset of code point ``i`` (``len(out) == len(text) + 1``)."""
    out = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        out[i] = n
        n += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = n
    return out


def is_bmp(text: str) -> bool:
    return all(ord(ch) <= 0xFFFF for ch in text)


# -- tokens aligned to spans (Prodigy, DocBin) -------------------------------------------------
def split_tokens(tokens: Sequence[tuple[int, int, str]], edges: Iterable[int]) -> list[tuple[int, int, str]]:
    """Tokens ``(start, end, whitespace_after)`` cut at every edge that falls inside one."""
    cuts = sorted(set(edges))
    out: list[tuple[int, int, str]] = []
    for start, end, ws in tokens:
        lo = bisect.bisect_right(cuts, start)
        hi = bisect.bisect_left(cuts, end)
        inner = cuts[lo:hi]
        if not inner:
            out.append((start, end, ws))
            continue
        pos = start
        for c in inner:
            out.append((pos, c, ""))
            pos = c
        out.append((pos, end, ws))
    return out


def default_nlp() -> Language:
    """The shipped pipeline (its tokenizer segments text for Prodigy and DocBin)."""
    from ..pipeline import _default_nlp

    return _default_nlp()


def spacy_tokens(text: str, nlp: Language) -> list[tuple[int, int, str]]:
    """The tokenizer's tokens of ``text`` as ``(start, end, whitespace_after)``."""
    return [(t.idx, t.idx + len(t.text), t.whitespace_) for t in nlp.make_doc(text)]


def span_edges(lay: Layout) -> set[int]:
    return {p for r in lay.regions for p in (r.start, r.end)}
