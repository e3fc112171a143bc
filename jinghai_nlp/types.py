"""Typed results: the one data model behind to_dict()/from_dict() (SCHEMA.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Label = Literal["PLACE", "INSTITUTION", "PROJECT", "DATE"]
Comparator = Literal["=", ">=", ">", "<=", "<", "~"]
Kind = Literal["level", "growth", "increase", "decrease"]
Status = Literal["planned", "achieved"]
SectionKind = Literal["header", "review", "plan", "coming", "other"]

LABELS: tuple[str, ...] = ("PLACE", "INSTITUTION", "PROJECT", "DATE")
COMPARATORS: tuple[str, ...] = ("=", ">=", ">", "<=", "<", "~")
KINDS: tuple[str, ...] = ("level", "growth", "increase", "decrease")
STATUSES: tuple[str, ...] = ("planned", "achieved")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str
    text: str
    source: str | None = field(default=None, compare=False)  # rule or model (not serialised)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(int(d["start"]), int(d["end"]), str(d["label"]), str(d["text"]))


@dataclass(frozen=True, slots=True)
class Area:
    """The responsible area of a target: a mention in the text, or the implicit jurisdiction."""

    text: str | None
    start: int | None = None
    end: int | None = None
    implicit: bool = False
    code: str | None = None  # division code when the area is an administrative division
    name: str | None = None  # normalised name: the gazetteer's full name (静海 -> 静海区), else the text

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "implicit": self.implicit,
        }
        if self.code is not None:
            d["code"] = self.code
        if self.name is not None:
            d["name"] = self.name
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Area:
        return cls(
            d.get("text"),
            d.get("start"),
            d.get("end"),
            bool(d.get("implicit", False)),
            d.get("code"),
            d.get("name"),
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    """The year (and date when given) by which a target is due or to which it refers."""

    year: int | None
    date: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    implicit: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "date": self.date,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "implicit": self.implicit,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Deadline:
        year = d.get("year")
        return cls(
            int(year) if year is not None else None,
            d.get("date"),
            d.get("text"),
            d.get("start"),
            d.get("end"),
            bool(d.get("implicit", False)),
        )


@dataclass(frozen=True, slots=True)
class Target:
    start: int
    end: int
    text: str
    indicator: str
    value: float
    unit: str
    comparator: str = "="
    kind: str = "level"
    status: str = "planned"
    value_max: float | None = None
    responsible: Area | None = None
    deadline: Deadline | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "indicator": self.indicator,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "comparator": self.comparator,
            "kind": self.kind,
            "status": self.status,
            "responsible": self.responsible.to_dict() if self.responsible else None,
            "deadline": self.deadline.to_dict() if self.deadline else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Target:
        vmax = d.get("value_max")
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=str(d["text"]),
            indicator=str(d.get("indicator", "")),
            value=float(d["value"]),
            unit=str(d.get("unit", "")),
            comparator=str(d.get("comparator", "=")),
            kind=str(d.get("kind", "level")),
            status=str(d.get("status", "planned")),
            value_max=float(vmax) if vmax is not None else None,
            responsible=Area.from_dict(d["responsible"]) if d.get("responsible") else None,
            deadline=Deadline.from_dict(d["deadline"]) if d.get("deadline") else None,
        )


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of the document with a kind that decides status and default deadline."""

    start: int
    end: int
    kind: str  # SectionKind
    title: str
    year: int | None = None  # the default deadline year for targets in it

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "title": self.title,
            "year": self.year,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Section:
        return cls(int(d["start"]), int(d["end"]), str(d["kind"]), str(d["title"]), d.get("year"))


@dataclass(frozen=True, slots=True)
class Document:
    """An annotated document. ``text`` is the text after clean-up; every offset points into it."""

    text: str
    id: str | None = None
    entities: tuple[Entity, ...] = ()
    targets: tuple[Target, ...] = ()
    tokens: tuple[Token, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)

    @property
    def jurisdiction(self) -> str | None:
        value = self.meta.get("jurisdiction")
        return str(value) if value is not None else None

    @property
    def year(self) -> int | None:
        value = self.meta.get("year")
        return int(value) if value is not None else None

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(Section.from_dict(s) for s in self.meta.get("sections", ()))

    def to_original(self, offset: int) -> int:
        """Map an offset in ``text`` back to the text given before clean-up."""
        from .normalize import OffsetMap

        return OffsetMap.from_edits(self.meta.get("cleanup", [])).to_original(offset)

    def to_html(self, *, title: str | None = None, full_page: bool = True) -> str:
        """This document as one self-contained HTML page (see :func:`jinghai_nlp.render.render_html`)."""
        from .render import render_html

        return render_html(self, title=title, full_page=full_page)

    def to_dict(self, *, tokens: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "text": self.text, "meta": dict(self.meta)}
        if tokens and self.tokens:
            d["tokens"] = [t.to_dict() for t in self.tokens]
        d["entities"] = [e.to_dict() for e in self.entities]
        d["targets"] = [t.to_dict() for t in self.targets]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        from .errors import Errors

        if "text" not in d:
            raise ValueError(Errors.E006.format(field="text"))
        return cls(
            text=str(d["text"]),
            id=d.get("id"),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            targets=tuple(Target.from_dict(t) for t in d.get("targets", ())),
            tokens=tuple(Token(int(t["start"]), int(t["end"]), str(t["text"])) for t in d.get("tokens", ())),
            meta=dict(d.get("meta") or {}),
        )
