from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from jinghai_nlp.cli import main
from jinghai_nlp.render import render_html
from jinghai_nlp.types import LABELS, Area, Deadline, Document, Entity, Target

from .conftest import CORPORA, ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "build" / "artifacts"
CHROMIUM_ARGS = [  # headless, as root, and quiet on a machine without network
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class Tree(HTMLParser):
    """Checks that every tag opened in the page is closed in order, and collects the tags."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append("badge" if dict(attrs).get("class") == "jh-label" else tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] in (tag, "badge"), (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] not in ("style", "script", "badge"):  # text as shown, without labels
            self.text.append(data)


def parse(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == []
    return tree


def target(text: str, piece: str, *, status: str = "planned", area: str = "静海区", year: int = 2026) -> Target:
    s = text.index(piece)
    return Target(
        s,
        s + len(piece),
        piece,
        piece[:2],
        10.0,
        "家",
        ">=",
        "increase",
        status,
        responsible=Area(area, implicit=True),
        deadline=Deadline(year, implicit=True),
    )


# -- the page, without a browser ---------------------------------------------------------------
HOSTILE = [
    '<script>alert("x")</script>静海区',
    "静海区 & 团泊湖 </div></span><!-- ",
    '" onmouseover="alert(1)" 静海区',
    "</textarea><img src=x onerror=alert(1)>静海区",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_render_escapes_everything_taken_from_the_document(text) -> None:
    s = text.index("静海区")
    doc = Document(
        text + "，新增绿色工厂不少于10家。",
        id='<b id="x">',
        entities=(Entity(s, s + 3, "PLACE", "静海区"),),
        targets=(target(text + "，新增绿色工厂不少于10家。", "新增绿色工厂不少于10家", area="<i>区</i>"),),
        meta={"jurisdiction": "<script>", "year": 2026},
    )
    page = render_html(doc)
    tree = parse(page)
    assert {tag for tag, _ in tree.tags} <= {
        "html", "head", "meta", "title", "body", "div", "style", "header", "h1", "p", "mark", "span", "section",
        "h2", "label", "select", "option", "table", "thead", "tr", "th", "button", "tbody", "td", "a", "article",
        "script",
    }  # fmt: skip
    assert len([1 for tag, _ in tree.tags if tag == "script"]) == 1  # only the page's own
    assert not any(k.startswith("on") for _, attrs in tree.tags for k in attrs)
    assert text in "".join(tree.text)  # shown as text, exactly


def test_render_marks_every_entity_and_target_in_text_order(gold) -> None:
    doc = gold[0]
    tree = parse(doc.to_html())
    marks = [attrs for tag, attrs in tree.tags if tag == "mark" and "jh-ent" in (attrs.get("class") or "")]
    assert len(marks) >= len(doc.entities) + len(LABELS)  # the legend shows each label once
    assert {m["data-label"] for m in marks} == set(LABELS)
    pieces = {attrs["data-g"] for tag, attrs in tree.tags if tag == "span" and attrs.get("data-g")}
    assert pieces == {str(i) for i in range(len(doc.targets))}
    anchors = [attrs["id"] for tag, attrs in tree.tags if tag == "a" and (attrs.get("id") or "").startswith("jh-t")]
    assert anchors == [f"jh-t{i}" for i in range(len(doc.targets))]
    rows = [attrs for tag, attrs in tree.tags if tag == "tr" and "data-g" in attrs]
    assert [r["data-status"] for r in rows] == [t.status for t in doc.targets]
    assert "".join(tree.text).count(doc.text[:200]) == 1


@pytest.mark.parametrize(
    "spans",
    [
        [("target", "新增绿色工厂不少于10家"), ("entity", "绿色工厂")],  # an entity inside a target
        [("target", "新增绿色工厂不少于10家"), ("target", "绿色工厂不少于10家以上")],  # overlapping targets
        [("entity", "静海区新增"), ("target", "新增绿色工厂不少于10家")],  # an entity across a target's edge
        [("target", "静海区新增绿色工厂不少于10家"), ("target", "新增绿色工厂不少于10家")],  # nested targets
    ],
)
def test_render_nests_overlapping_spans_properly(spans) -> None:
    text = "到2026年，静海区新增绿色工厂不少于10家以上。"
    ents = tuple(Entity(text.index(p), text.index(p) + len(p), "PLACE", p) for kind, p in spans if kind == "entity")
    tgts = tuple(target(text, p) for kind, p in spans if kind == "target")
    tree = parse(render_html(Document(text, entities=ents, targets=tgts)))  # parse() checks the nesting
    assert text in "".join(tree.text)


def test_render_needs_no_network() -> None:
    page = render_html(Document("静海区", id="d"))
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page  # the page may not fetch anything, even if asked to
    assert render_html(Document("静海区"), full_page=False).startswith('<div class="jh-view">')


def test_render_cli_writes_one_page_for_documents_and_reports(tmp_path, capsys) -> None:
    out = tmp_path / "view.html"
    dev = ROOT / "annotations" / "dev.jsonl"
    n_dev = sum(1 for line in dev.read_text(encoding="utf-8").splitlines() if line.strip())
    assert main(["render", str(dev), str(CORPORA / "jinghai_2026.txt"), "-o", str(out)]) == 0
    assert f"rendered {n_dev + 1} document(s)" in capsys.readouterr().err
    tree = parse(out.read_text(encoding="utf-8"))
    articles = [a for tag, a in tree.tags if tag == "article"]
    assert len(articles) == n_dev + 1
    selects = {a["data-filter"] for tag, a in tree.tags if tag == "select"}
    assert selects == {"status", "area", "deadline", "doc"}


# -- the page in Chromium ----------------------------------------------------------------------
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium; .ci/run does)",
)


@pytest.fixture(scope="module")
def browser_page(gold, tmp_path_factory) -> Iterator[tuple[Any, list[Document], list[str]]]:
    from playwright.sync_api import sync_playwright

    by_id = {d.id: d for d in gold}
    docs = [by_id["jinghai_2026"], by_id["tianmen_2024"]]  # the seed and 天门: two documents, one table
    path = tmp_path_factory.mktemp("render") / "view.html"
    path.write_text(render_html(docs), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            requests: list[str] = []
            errors: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(path.as_uri())
            yield page, docs, requests
            assert errors == []
        finally:
            browser.close()


def visible_rows(page: Any) -> list[dict[str, str]]:
    return page.eval_on_selector_all(  # type: ignore[no-any-return]
        "table.jh-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => ({...r.dataset}))"
    )


@needs_chromium
def test_render_browser_shows_highlights_and_the_table(browser_page) -> None:
    page, docs, _ = browser_page
    for label in LABELS:
        assert page.locator(f'.jh-text mark.jh-ent[data-label="{label}"]').count() > 0
    n_entities = sum(len(d.entities) for d in docs)
    n_targets = sum(len(d.targets) for d in docs)
    assert page.locator(".jh-text mark.jh-ent").count() >= n_entities
    assert page.locator(".jh-text .jh-tgt").count() >= n_targets
    assert page.locator("table.jh-table tbody tr").count() == n_targets
    assert page.locator(".jh-count").inner_text() == f"{n_targets} of {n_targets} targets"
    color = page.eval_on_selector(
        '.jh-text mark.jh-ent[data-label="PLACE"]', "m => getComputedStyle(m).backgroundColor"
    )
    assert color == "rgb(254, 202, 116)"  # displaCy's colour for places


@needs_chromium
@pytest.mark.parametrize(
    "filters",
    [
        {"status": "planned"},
        {"status": "achieved"},
        {"area": "天门市"},
        {"deadline": "2030"},
        {"status": "planned", "deadline": "2024"},
    ],
)
def test_render_browser_filters_by_status_area_and_deadline(browser_page, filters) -> None:
    page, docs, _ = browser_page
    rows = [
        {"status": t.status, "area": t.responsible.text if t.responsible and t.responsible.text else "—", "deadline": str(t.deadline.year)}
        for d in docs
        for t in d.targets
    ]  # fmt: skip
    expected = [r for r in rows if all(r[k] == v for k, v in filters.items())]
    assert expected  # each case selects something
    for key in ("status", "area", "deadline", "doc"):
        page.select_option(f'select[data-filter="{key}"]', filters.get(key, ""))
    shown = visible_rows(page)
    assert len(shown) == len(expected)
    assert all(r[k] == v for r in shown for k, v in filters.items())
    assert page.locator(".jh-count").inner_text() == f"{len(expected)} of {len(rows)} targets"
    dimmed = page.locator(".jh-text .jh-tgt.jh-dim").count()
    assert dimmed > 0 and page.locator(".jh-text .jh-tgt:not(.jh-dim)").count() >= len(expected)
    for key in filters:
        page.select_option(f'select[data-filter="{key}"]', "")
    assert len(visible_rows(page)) == len(rows)


@needs_chromium
@pytest.mark.parametrize("column,key", [("value", float), ("deadline", int)])
def test_render_browser_sorts_by_a_column_both_ways(browser_page, column, key) -> None:
    page, _, _ = browser_page
    header = page.locator(f'th[data-key="{column}"] button')
    cells = f"table.jh-table tbody tr td:nth-child({page.eval_on_selector_all('th[data-key]', 'h => h.map(x => x.dataset.key)').index(column) + 1})"
    header.click()
    values = [key(v) for v in page.eval_on_selector_all(cells, "c => c.map(x => x.dataset.sort)") if v]
    assert values == sorted(values)
    header.click()
    values = [key(v) for v in page.eval_on_selector_all(cells, "c => c.map(x => x.dataset.sort)") if v]
    assert values == sorted(values, reverse=True)
    page.locator('th[data-key="n"] button').click()  # back to text order


@needs_chromium
def test_render_browser_hover_shows_value_unit_comparator_area_and_deadline(browser_page) -> None:
    page, docs, _ = browser_page
    t = docs[0].targets[0]
    page.locator('.jh-text .jh-tgt[data-g="0"]').first.hover()
    card = page.locator(".jh-card")
    assert card.is_visible()
    shown = card.inner_text()
    for bit in (
        t.text,
        t.unit,
        f"comparator {t.comparator}",
        f"responsible: {t.responsible.text}",
        f"deadline: {t.deadline.year}",
    ):
        assert bit in shown


@needs_chromium
def test_render_browser_row_links_to_its_place_in_the_text_and_screenshot(browser_page) -> None:
    page, docs, requests = browser_page
    page.select_option('select[data-filter="status"]', "planned")
    row = page.locator("table.jh-table tbody tr:not([hidden])").first
    g = row.get_attribute("data-g")
    row.locator("a").click()
    assert page.evaluate("location.hash") == f"#jh-t{g}"
    focused = page.locator(f'.jh-text .jh-tgt.jh-focus[data-g="{g}"]')
    focused.first.wait_for(state="visible", timeout=10_000)  # the focus is set by the page's script
    assert focused.count() >= 1
    focused.first.hover()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "render_view.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert requests and all(u.startswith("file://") for u in requests)  # nothing but the page itself
