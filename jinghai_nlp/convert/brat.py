"""brat standoff (``.txt`` + ``.ann``), both ways.

Per document ``<id>.txt`` holds the text and ``<id>.ann`` its annotations::

    T1	PLACE 120 125	子牙经开区
    T7	TARGET 3001 3013	新增绿色工厂不少于10家
    A1	Comparator T7 ge
    A2	Kind T7 increase
    A3	Status T7 planned
    R1	Responsible Arg1:T7 Arg2:T1
    #1	AnnotatorNotes T7	{"indicator": "绿色工厂", "value": 10.0, "unit": "家", …}

Comparator, kind and status are brat attributes (editable in brat, see
:func:`annotation_conf`); the other target fields are a JSON note. Offsets
count characters (code points), as brat does. Document meta other than the id
(the file name) does not travel.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import Errors
from ..types import COMPARATORS, KINDS, LABELS, STATUSES, Document
from ._common import DEADLINE, FIELD_NAMES, MENTION, RESPONSIBLE, TARGET, Region, Relation, assemble, doc_key, layout

COMPARATOR_NAMES = dict(zip(COMPARATORS, ("eq", "ge", "gt", "le", "lt", "approx")))
COMPARATOR_VALUES = {v: k for k, v in COMPARATOR_NAMES.items()}
RELATION_NAMES = {RESPONSIBLE: "Responsible", DEADLINE: "Deadline"}
ATTRIBUTES = ("comparator", "kind", "status")
NOTE_FIELDS = tuple(f for f in FIELD_NAMES if f not in ATTRIBUTES)  # the rest goes into a JSON note
_SAFE = re.compile(r"[^\w.\-]+")


def annotation_conf() -> str:
    """brat's ``annotation.conf`` for these files (entity types, relations, attributes)."""
    ents = "\n".join((*LABELS, TARGET, MENTION))
    return (
        f"[entities]\n{ents}\n\n"
        "[relations]\n"
        "Responsible\tArg1:TARGET, Arg2:<ENTITY>\n"
        "Deadline\tArg1:TARGET, Arg2:<ENTITY>\n"
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n"
        "[events]\n\n"
        "[attributes]\n"
        f"Comparator\tArg:TARGET, Value:{'|'.join(COMPARATOR_NAMES.values())}\n"
        f"Kind\tArg:TARGET, Value:{'|'.join(KINDS)}\n"
        f"Status\tArg:TARGET, Value:{'|'.join(STATUSES)}\n"
    )


def to_brat(doc: Document) -> str:
    """The ``.ann`` text of one document (its ``.txt`` is ``doc.text``)."""
    lay = layout(doc)
    ids = {r.key: f"T{i + 1}" for i, r in enumerate(lay.regions)}
    lines: list[str] = []
    for r in lay.regions:
        lines.append(f"{ids[r.key]}\t{r.label} {_fragments(doc.text, r.start, r.end)}")
    n_attr = n_note = 0
    for key, f in lay.fields.items():
        for name in ATTRIBUTES:
            n_attr += 1
            value = COMPARATOR_NAMES[f[name]] if name == "comparator" else f[name]
            lines.append(f"A{n_attr}\t{name.capitalize()} {ids[key]} {value}")
        n_note += 1
        note = {k: f[k] for k in NOTE_FIELDS if k in f}
        lines.append(f"#{n_note}\tAnnotatorNotes {ids[key]}\t{json.dumps(note, ensure_ascii=False)}")
    for i, rel in enumerate(lay.relations, 1):
        lines.append(f"R{i}\t{RELATION_NAMES[rel.label]} Arg1:{ids[rel.head]} Arg2:{ids[rel.child]}")
    return "\n".join(lines) + "\n" if lines else ""


def _fragments(text: str, start: int, end: int) -> str:
    """``start end\\ttext``; a span across line breaks becomes fragments (``s e;s e``), as brat writes it."""
    parts = []
    pos = start
    for line in text[start:end].split("\n"):
        if line:
            parts.append((pos, pos + len(line)))
        pos += len(line) + 1
    offsets = ";".join(f"{s} {e}" for s, e in parts)
    return f"{offsets}\t{' '.join(text[s:e] for s, e in parts)}"


def from_brat(text: str, ann: str, *, id: str | None = None, where: str = "<ann>") -> Document:
    """A document from its text and ``.ann`` annotations."""
    regions: list[Region] = []
    relations: list[Relation] = []
    fields: dict[str, dict[str, object]] = {}
    for line_no, line in enumerate(ann.split("\n"), 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        ident = cols[0]
        try:
            if ident.startswith("T"):
                label, _, offsets = cols[1].partition(" ")
                spans = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
                regions.append(Region(ident, min(s[0] for s in spans), max(s[1] for s in spans), label))
            elif ident.startswith("R"):
                name, arg1, arg2 = cols[1].split()
                label = {v: k for k, v in RELATION_NAMES.items()}.get(name, name)
                relations.append(Relation(arg1.partition(":")[2], arg2.partition(":")[2], label))
            elif ident.startswith(("A", "M")):
                name, ref, *value = cols[1].split()
                key = name.lower()
                if key not in ATTRIBUTES:
                    raise ValueError(f"unknown attribute {name!r}")
                v = value[0] if value else ""
                fields.setdefault(ref, {})[key] = COMPARATOR_VALUES.get(v, v) if key == "comparator" else v
            elif ident.startswith("#"):
                kind, ref = cols[1].split()
                if kind == "AnnotatorNotes" and len(cols) > 2 and cols[2].startswith("{"):
                    fields.setdefault(ref, {}).update(json.loads(cols[2]))
            else:
                raise ValueError(f"unsupported annotation {ident!r} (events and normalisations are not read)")
        except (ValueError, IndexError, json.JSONDecodeError) as exc:
            raise ValueError(Errors.E083.format(fmt="brat", where=f"{where}, line {line_no}", reason=exc)) from exc
    return assemble(text, regions, relations, fields, id=id, meta=None, fmt="brat")


def file_stem(doc: Document, i: int) -> str:
    return _SAFE.sub("_", doc_key(doc, i))


def write_brat(docs: Iterable[Document], directory: str | Path) -> list[Path]:
    """``<id>.txt`` and ``<id>.ann`` per document, and ``annotation.conf``, into ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for i, doc in enumerate(docs):
        stem = file_stem(doc, i)
        txt, ann = directory / f"{stem}.txt", directory / f"{stem}.ann"
        txt.write_text(doc.text, encoding="utf-8", newline="\n")
        ann.write_text(to_brat(doc), encoding="utf-8", newline="\n")
        written += [txt, ann]
    conf = directory / "annotation.conf"
    conf.write_text(annotation_conf(), encoding="utf-8")
    return [*written, conf]


def read_brat(path: str | Path) -> list[Document]:
    """Documents from a directory of ``.txt``/``.ann`` pairs (or one ``.ann`` or ``.txt`` file)."""
    path = Path(path)
    anns = sorted(path.glob("*.ann")) if path.is_dir() else [path.with_suffix(".ann")]
    docs = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        try:
            text = txt.read_bytes().decode("utf-8")  # no newline translation: offsets count every character
            data = ann.read_bytes().decode("utf-8")
        except OSError as exc:
            raise OSError(Errors.E009.format(path=exc.filename, reason=exc.strerror)) from exc
        docs.append(from_brat(text, data, id=ann.stem, where=str(ann)))
    return docs
