"""Label Studio: tasks with our annotations as ``predictions``, a labelling config, and the export back.

One task per document: ``data.text`` is the text, ``data.jinghai`` keeps the
document's id and meta. Each entity, target and relation mention is a
``labels`` region; each target's fields are per-region controls
(``TextArea``/``Number``/``Choices`` with ``perRegion="true"``, sharing the
region's id); responsible area and deadline are relations from the target to a
mention. :func:`labelling_config` is the matching project config.

Label Studio counts offsets in UTF-16 code units (JavaScript string indices):
a character outside the Basic Multilingual Plane (an emoji, or a rare
character of CJK Extension B such as 𠀾) counts two. Both directions convert
(``offsets="code-points"`` turns this off).

>>> from jinghai_nlp.types import Document, Entity
>>> doc = Document("𠀾静海区", entities=(Entity(1, 4, "PLACE", "静海区"),))
>>> value = to_label_studio([doc])[0]["predictions"][0]["result"][0]["value"]
>>> value["start"], value["end"], value["labels"]
(2, 5, ['PLACE'])
"""

from __future__ import annotations

import json
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from .. import __version__
from ..errors import Errors, Warnings
from ..types import COMPARATORS, KINDS, LABELS, STATUSES, Document
from ._common import (
    DEADLINE,
    EXTRA_KEY,
    MENTION,
    RELATION_LABELS,
    RESPONSIBLE,
    TARGET,
    Region,
    Relation,
    assemble,
    is_bmp,
    layout,
    utf16_offsets,
)

Offsets = Literal["utf-16", "code-points"]
FROM_NAME = "label"
TO_NAME = "text"
COLORS = {
    "PLACE": "#feca74",
    "INSTITUTION": "#7aecec",
    "PROJECT": "#c887fb",
    "DATE": "#bfe1d9",
    TARGET: "#ff8197",
    MENTION: "#dddddd",
}
# per-region controls: name → (Label Studio type, value key)
CONTROLS: dict[str, tuple[str, str]] = {
    "indicator": ("textarea", "text"),
    "value": ("number", "number"),
    "value_max": ("number", "number"),
    "unit": ("textarea", "text"),
    "comparator": ("choices", "choices"),
    "kind": ("choices", "choices"),
    "status": ("choices", "choices"),
    "responsible_area": ("textarea", "text"),
    "responsible_code": ("textarea", "text"),
    "responsible_name": ("textarea", "text"),
    "deadline_year": ("number", "number"),
    "deadline_date": ("textarea", "text"),
    "deadline_text": ("textarea", "text"),
}
CHOICES = {"comparator": COMPARATORS, "kind": KINDS, "status": STATUSES}
HINTS = {
    "indicator": "indicator (without the verb of change)",
    "value": "value",
    "value_max": "upper end of a range",
    "unit": "unit",
    "responsible_area": "responsible area when no relation names it (implicit)",
    "responsible_code": "division code of the responsible area",
    "responsible_name": "normalised name of the responsible area (静海 -> 静海区)",
    "deadline_year": "deadline year",
    "deadline_date": "deadline date YYYY-MM-DD",
    "deadline_text": "deadline expression when no relation names it",
}


def labelling_config() -> str:
    """The Label Studio labelling config (XML) matching :func:`to_label_studio`."""
    view = ET.Element("View")
    ET.SubElement(view, "Style").text = ".htx-text { white-space: pre-wrap; }"
    labels = ET.SubElement(view, "Labels", name=FROM_NAME, toName=TO_NAME)
    for label in (*LABELS, TARGET, MENTION):
        ET.SubElement(labels, "Label", value=label, background=COLORS[label])
    ET.SubElement(view, "Text", name=TO_NAME, value="$text")
    rels = ET.SubElement(view, "Relations")
    for rel in RELATION_LABELS:
        ET.SubElement(rels, "Relation", value=rel)
    panel = ET.SubElement(view, "View", visibleWhen="region-selected", whenLabelValue=TARGET)
    ET.SubElement(panel, "Header", value="Target fields")
    for name, (kind, _) in CONTROLS.items():
        common = {"name": name, "toName": TO_NAME, "perRegion": "true"}
        if kind == "choices":
            ET.SubElement(panel, "Header", value=name, size="6")
            ch = ET.SubElement(panel, "Choices", {**common, "choice": "single", "showInline": "true"})
            for v in CHOICES[name]:
                ET.SubElement(ch, "Choice", value=v)
        elif kind == "number":
            ET.SubElement(panel, "Header", value=HINTS[name], size="6")
            ET.SubElement(panel, "Number", {**common, "step": "any"})
        else:
            attrs = {**common, "maxSubmissions": "1", "editable": "true", "placeholder": HINTS[name]}
            ET.SubElement(panel, "TextArea", attrs)
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


def to_label_studio(
    docs: Iterable[Document],
    *,
    field: Literal["predictions", "annotations"] = "predictions",
    offsets: Offsets = "utf-16",
    model_version: str = f"jinghai_nlp {__version__}",
) -> list[dict[str, Any]]:
    """Label Studio tasks, one per document, our annotations under ``field``."""
    tasks = []
    for doc in docs:
        lay = layout(doc)
        conv = _to_units(doc.text, offsets)
        result: list[dict[str, Any]] = []
        for r in lay.regions:
            span = {"start": conv[r.start], "end": conv[r.end], "text": doc.text[r.start : r.end]}
            result.append(_result(r.key, FROM_NAME, "labels", {**span, "labels": [r.label]}))
            for name, v in lay.fields.get(r.key, {}).items():
                if v is None:
                    continue
                kind, key = CONTROLS[name]
                value: Any = [v] if kind in ("textarea", "choices") else v
                result.append(_result(r.key, name, kind, {"start": span["start"], "end": span["end"], key: value}))
        for rel in lay.relations:
            result.append(
                {
                    "type": "relation",
                    "from_id": rel.head,
                    "to_id": rel.child,
                    "direction": "right",
                    "labels": [rel.label],
                }
            )
        record: dict[str, Any] = {"result": result}
        if field == "predictions":
            record["model_version"] = model_version
        else:
            record["was_cancelled"] = False
        tasks.append({"data": {"text": doc.text, EXTRA_KEY: {"id": doc.id, "meta": doc.meta}}, field: [record]})
    return tasks


def _result(rid: str, from_name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": rid, "from_name": from_name, "to_name": TO_NAME, "type": kind, "value": value}


def _to_units(text: str, offsets: Offsets) -> Sequence[int]:
    if offsets == "code-points" or is_bmp(text):
        return range(len(text) + 1)
    return utf16_offsets(text)


def from_label_studio(
    tasks: Iterable[Mapping[str, Any]],
    *,
    prefer: Literal["annotations", "predictions"] = "annotations",
    offsets: Offsets = "utf-16",
) -> list[Document]:
    """Documents from Label Studio's JSON export (or from tasks made by :func:`to_label_studio`).

    Each task gives its last annotation that was not cancelled (or, with
    ``prefer="predictions"`` or when there is none, its last prediction).
    Tasks with neither are skipped with a warning.
    """
    docs: list[Document] = []
    skipped: list[str] = []
    for n, task in enumerate(tasks):
        data = task.get("data") or {}
        text = data.get("text")
        where = f"task {task.get('id', n)}"
        if not isinstance(text, str):
            raise ValueError(Errors.E083.format(fmt="Label Studio", where=where, reason="no text in data.text"))
        record = _pick(task, prefer)
        if record is None:
            skipped.append(where)
            continue
        extra = data.get(EXTRA_KEY) or {}
        doc_id = extra.get("id") or (f"task_{task['id']}" if "id" in task else None)
        docs.append(_document(text, record.get("result") or [], doc_id, extra.get("meta"), offsets, where))
    if skipped:
        warnings.warn(
            Warnings.W082.format(count=len(skipped), fmt="Label Studio", which=", ".join(skipped[:10])), stacklevel=2
        )
    return docs


def _pick(task: Mapping[str, Any], prefer: str) -> Mapping[str, Any] | None:
    annotations = [a for a in task.get("annotations") or () if not a.get("was_cancelled")]
    predictions = list(task.get("predictions") or ())
    order = (annotations, predictions) if prefer == "annotations" else (predictions, annotations)
    for records in order:
        if records:
            return records[-1]  # type: ignore[no-any-return]
    return None


def _document(
    text: str, result: Sequence[Mapping[str, Any]], doc_id: str | None, meta: Any, offsets: Offsets, where: str
) -> Document:
    back = _from_units(text, offsets, doc_id)
    regions: dict[str, Region] = {}
    fields: dict[str, dict[str, Any]] = {}
    relations: list[Relation] = []
    for item in result:
        kind = item.get("type")
        if kind == "relation":
            for label in item.get("labels") or [""]:  # "": drawn without a label, decided below
                relations.append(Relation(str(item["from_id"]), str(item["to_id"]), str(label)))
            continue
        rid = str(item.get("id"))
        value = item.get("value") or {}
        if kind == "labels":
            labels = value.get("labels") or []
            if len(labels) != 1:
                raise ValueError(
                    Errors.E083.format(fmt="Label Studio", where=where, reason=f"region {rid} has labels {labels}")
                )
            start, end = back(value["start"]), back(value["end"])
            if "text" in value and value["text"] != text[start:end]:
                raise ValueError(
                    Errors.E004.format(
                        start=start, end=end, what=f"region {rid}", expected=value["text"], found=text[start:end]
                    )
                )
            regions[rid] = Region(rid, start, end, str(labels[0]))
        elif item.get("from_name") in CONTROLS:
            name = str(item["from_name"])
            _, key = CONTROLS[name]
            v = value.get(key)
            if isinstance(v, list):
                v = v[0] if v else None
            if v is not None:
                fields.setdefault(rid, {})[name] = v
    return assemble(
        text,
        regions.values(),
        [_labelled(rel, regions, where) for rel in relations],
        fields,
        id=doc_id,
        meta=meta if isinstance(meta, dict) else None,
        fmt="Label Studio",
    )


def _labelled(rel: Relation, regions: Mapping[str, Region], where: str) -> Relation:
    """A relation drawn without a label is a deadline when it reaches a DATE, else the responsible area."""
    if rel.label:
        return rel
    ends = [regions[k].label for k in (rel.head, rel.child) if k in regions]
    other = [label for label in ends if label != TARGET]
    if TARGET not in ends or len(other) != 1 or other[0] == MENTION:
        raise ValueError(
            Errors.E083.format(
                fmt="Label Studio", where=where, reason=f"a relation {rel.head} → {rel.child} has no label"
            )
        )
    return Relation(rel.head, rel.child, DEADLINE if other[0] == "DATE" else RESPONSIBLE)


def _from_units(text: str, offsets: Offsets, doc_id: str | None) -> Any:
    if offsets == "code-points" or is_bmp(text):
        return int
    table = {u: i for i, u in enumerate(utf16_offsets(text))}

    def back(u: int) -> int:
        try:
            return table[int(u)]
        except KeyError:
            raise ValueError(Errors.E082.format(offset=u, id=doc_id)) from None

    return back


def write_label_studio(docs: Iterable[Document], path: str | Path, **kwargs: Any) -> list[Path]:
    """``path``: the tasks (JSON); the labelling config goes beside it as ``<stem>.config.xml``."""
    path = Path(path)
    path.write_text(json.dumps(to_label_studio(docs, **kwargs), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config = path.with_name(path.stem + ".config.xml")
    config.write_text(labelling_config(), encoding="utf-8")
    return [path, config]


def read_label_studio(path: str | Path, **kwargs: Any) -> list[Document]:
    """Documents from a Label Studio JSON export (a list of tasks)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = [data]
    return from_label_studio(data, **kwargs)
