"""The HTML view: one self-contained page with the text, its entities and targets, and a table.

:func:`render_html` returns a page that needs no network (inline CSS and JS, a
Content-Security-Policy that forbids every fetch, the system's fonts) and works
from a ``file://`` URL:

- the text with entities highlighted by label (after spaCy's displaCy) and
  targets underlined (planned and achieved apart); hovering a target shows
  its value, unit, comparator, responsible area and deadline;
- a table of the targets, sortable by any column and filterable by status,
  area, deadline (and document), each row linking to its place in the text.

Everything taken from a document is HTML-escaped. ``full_page=False`` gives
the same view as a fragment (for a notebook: ``IPython.display.HTML``), its
CSS scoped to the view.

>>> from jinghai_nlp.types import Document, Entity
>>> page = render_html(Document("<b>静海区</b>", entities=(Entity(3, 6, "PLACE", "静海区"),)))
>>> "&lt;b&gt;" in page and "<b>" not in page
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import __version__
from .types import LABELS, Document, Target

COMPARATOR_SIGNS = {"=": "=", ">=": "≥", ">": "&gt;", "<=": "≤", "<": "&lt;", "~": "≈"}
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
COLUMNS: tuple[tuple[str, str, str], ...] = (  # key, header, sort type
    ("n", "#", "num"),
    ("doc", "document", "text"),
    ("text", "target", "text"),
    ("indicator", "indicator", "text"),
    ("value", "value", "num"),
    ("unit", "unit", "text"),
    ("comparator", "comparator", "text"),
    ("kind", "kind", "text"),
    ("status", "status", "text"),
    ("area", "responsible", "text"),
    ("deadline", "deadline", "num"),
)
FILTERS: tuple[tuple[str, str], ...] = (("status", "status"), ("area", "responsible"), ("deadline", "deadline"))


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


@lru_cache(maxsize=2)
def _asset(name: str) -> str:
    return (resources.files("jinghai_nlp") / "data" / name).read_text(encoding="utf-8")


def _num(v: float | None) -> str:
    if v is None:
        return ""
    return f"{int(v):,}" if float(v).is_integer() and abs(v) < 1e18 else f"{v:,}"


@dataclass(frozen=True, slots=True)
class _Row:
    """One target as the table and the hover card show it."""

    g: int  # the target's number across all documents
    doc: str
    target: Target

    @property
    def area(self) -> str:
        r = self.target.responsible
        return r.text if r is not None and r.text else "—"

    @property
    def deadline(self) -> str:
        d = self.target.deadline
        return str(d.year) if d is not None and d.year is not None else "—"

    def value(self) -> str:
        t = self.target
        high = f"–{_num(t.value_max)}" if t.value_max is not None else ""
        return f"{_num(t.value)}{high}"

    def card(self) -> str:
        """Plain text (escaped later): what hovering the target shows."""
        t = self.target
        r, d = t.responsible, t.deadline
        sign = html.unescape(COMPARATOR_SIGNS.get(t.comparator, t.comparator))
        lines = [
            t.text,
            f"value: {sign} {self.value()} {t.unit}  (comparator {t.comparator})",
            f"indicator: {t.indicator} · kind: {t.kind} · status: {t.status}",
            f"responsible: {self.area}" + (" (implicit: the jurisdiction)" if r is not None and r.implicit else ""),
            f"deadline: {self.deadline}"
            + (f" ({d.date})" if d is not None and d.date else "")
            + (f" ← {d.text}" if d is not None and d.text else " (implicit)" if d is not None and d.implicit else ""),
        ]
        return "\n".join(lines)


def render_html(docs: Document | Iterable[Document], *, title: str | None = None, full_page: bool = True) -> str:
    """The HTML view of one or more documents.

    docs (Document or iterable of Document): what to show; each document's
        targets join one table.
    title (str | None): the page title (default: the document ids).
    full_page (bool): a whole page (default) or a fragment for embedding.
    RETURNS (str): the page.
    """
    documents = [docs] if isinstance(docs, Document) else list(docs)
    names = [d.id or f"document {i + 1}" for i, d in enumerate(documents)]
    title = title or " · ".join(names) or "jinghai_nlp"
    rows: list[_Row] = []
    for name, doc in zip(names, documents):
        rows += [_Row(len(rows) + i, name, t) for i, t in enumerate(doc.targets)]
    parts = [
        '<div class="jh-view">',
        f"<style>{_asset('render.css')}</style>",
        f'<header class="jh-head"><h1>{_e(title)}</h1>{_legend()}</header>',
        _table(rows, multi=len(documents) > 1),
    ]
    g = 0
    for i, (name, doc) in enumerate(zip(names, documents)):
        parts.append(_article(i, name, doc, rows[g : g + len(doc.targets)]))
        g += len(doc.targets)
    parts.append(f"<script>{_asset('render.js')}</script>")
    parts.append("</div>")
    body = "\n".join(parts)
    if not full_page:
        return body
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="jinghai_nlp {_e(__version__)}">\n'
        f"<title>{_e(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _legend() -> str:
    chips = "".join(f'<mark class="jh-ent" data-label="{_e(label)}">{_e(label)}</mark>' for label in LABELS)
    return (
        f'<p class="jh-legend">{chips}'
        '<span class="jh-tgt" data-status="planned">planned target</span> '
        '<span class="jh-tgt" data-status="achieved">achieved target</span></p>'
    )


def _table(rows: Sequence[_Row], *, multi: bool) -> str:
    cols = [c for c in COLUMNS if multi or c[0] != "doc"]
    head = "".join(
        f'<th data-key="{k}" data-type="{typ}" aria-sort="none"><button type="button">{_e(h)}</button></th>'
        for k, h, typ in cols
    )
    filters = [*FILTERS, ("doc", "document")] if multi else list(FILTERS)
    selects = []
    for key, label in filters:
        values = sorted({_filter_value(r, key) for r in rows}, key=lambda v: (v == "—", v))
        options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
        selects.append(
            f'<label>{_e(label)} <select data-filter="{key}"><option value="">all</option>{options}</select></label>'
        )
    body = "\n".join(_row(r, cols) for r in rows)
    return (
        '<section class="jh-targets" id="jh-top"><h2>Targets</h2>'
        f'<div class="jh-filters">{"".join(selects)}'
        f'<span class="jh-count" aria-live="polite">{len(rows)} of {len(rows)} targets</span></div>'
        f'<table class="jh-table"><thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table></section>'
    )


def _filter_value(r: _Row, key: str) -> str:
    return {"status": r.target.status, "area": r.area, "deadline": r.deadline, "doc": r.doc}[key]


def _row(r: _Row, cols: Sequence[tuple[str, str, str]]) -> str:
    t = r.target
    cells = {
        "n": (str(r.g + 1), str(r.g + 1)),
        "doc": (_e(r.doc), r.doc),
        "text": (f'<a href="#jh-t{r.g}">{_e(t.text)}</a>', t.text),
        "indicator": (_e(t.indicator), t.indicator),
        "value": (_e(r.value()), repr(t.value)),
        "unit": (_e(t.unit), t.unit),
        "comparator": (COMPARATOR_SIGNS.get(t.comparator, _e(t.comparator)), t.comparator),
        "kind": (_e(t.kind), t.kind),
        "status": (_e(t.status), t.status),
        "area": (_e(r.area), r.area),
        "deadline": (_e(r.deadline), r.deadline if r.deadline != "—" else ""),
    }
    tds = "".join(f'<td data-sort="{_e(cells[k][1])}">{cells[k][0]}</td>' for k, _, _ in cols)
    data = " ".join(f'data-{key}="{_e(_filter_value(r, key))}"' for key in ("status", "area", "deadline", "doc"))
    return f'<tr data-g="{r.g}" {data}>{tds}</tr>'


def _article(i: int, name: str, doc: Document, rows: Sequence[_Row]) -> str:
    bits = [name, doc.jurisdiction or "", str(doc.year or "")]
    head = " · ".join(_e(b) for b in bits if b)
    counts = f"{len(doc.entities)} entities, {len(doc.targets)} targets"
    return (
        f'<article class="jh-doc" id="jh-d{i}"><h2>{head}</h2>'
        f'<p class="jh-meta">{_e(counts)} · <a href="#jh-top">table ↑</a></p>'
        f'<div class="jh-text">{_mark_up(doc, rows)}</div></article>'
    )


def _mark_up(doc: Document, rows: Sequence[_Row]) -> str:
    """The text with targets (``span.jh-tgt``) and entities (``mark.jh-ent``) properly nested.

    Spans that cross another span's edge are cut into pieces; the first piece
    of a target carries its anchor, the last piece of an entity its label.
    """
    import heapq

    text = doc.text
    # (start, -end, kind, index, end): targets (kind 0) open before entities that start with them
    queue: list[tuple[int, int, int, int, int]] = []
    for i, t in enumerate(doc.targets):
        if 0 <= t.start < t.end <= len(text):
            queue.append((t.start, -t.end, 0, i, t.end))
    for i, e in enumerate(doc.entities):
        if 0 <= e.start < e.end <= len(text):
            queue.append((e.start, -e.end, 1, i, e.end))
    heapq.heapify(queue)
    out: list[str] = []
    stack: list[tuple[int, int, int]] = []  # (end, kind, index) of open spans
    pos = 0
    started: set[int] = set()

    def close() -> None:
        nonlocal pos
        end, kind, idx = stack.pop()
        out.append(_e(text[pos:end]))
        pos = end
        if kind == 1:
            e = doc.entities[idx]
            if end == e.end:
                out.append(f'<span class="jh-label">{_e(e.label)}</span>')
            out.append("</mark>")
        else:
            out.append("</span>")

    while queue:
        start, _, kind, idx, end = heapq.heappop(queue)
        while stack and stack[-1][0] <= start:
            close()
        if stack and end > stack[-1][0]:  # crosses the innermost open span: cut it there
            heapq.heappush(queue, (stack[-1][0], -end, kind, idx, end))
            end = stack[-1][0]
        if start >= end:
            continue
        out.append(_e(text[pos:start]))
        pos = start
        if kind == 0:
            r = rows[idx]
            if idx not in started:
                started.add(idx)
                out.append(f'<a class="jh-anchor" id="jh-t{r.g}"></a>')
            out.append(
                f'<span class="jh-tgt" data-g="{r.g}" data-status="{_e(r.target.status)}" title="{_e(r.card())}">'
            )
        else:
            out.append(f'<mark class="jh-ent" data-label="{_e(doc.entities[idx].label)}">')
        stack.append((end, kind, idx))
    while stack:
        close()
    out.append(_e(text[pos:]))
    return "".join(out)


__all__ = ["render_html"]
