"""Regenerate the README's pictures: the HTML view of the seed report and the quick-start notebook's plot.

    python docs/make_images.py

needs the test extras (playwright, nbclient) and Debian's chromium at
/usr/bin/chromium (with fonts-noto-cjk for the Chinese text). Nothing is
downloaded.
"""

from __future__ import annotations

import base64
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"]


def render_view(out: Path) -> None:
    """What ``jinghai render corpora/jinghai_2026.txt -o seed.html`` writes, as the browser shows it."""
    from playwright.sync_api import sync_playwright

    import jinghai_nlp

    text, _ = jinghai_nlp.read(ROOT / "corpora" / "jinghai_2026.txt")
    doc = jinghai_nlp.annotate(text, id="jinghai_2026", tokens=False)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "seed.html"
        page_path.write_text(doc.to_html(), encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1120})
            page.goto(page_path.as_uri())
            box = page.locator('.jh-text .jh-tgt[data-g="3"]').first.bounding_box()
            assert box is not None
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # hover, without scrolling
            page.screenshot(path=str(out))
            browser.close()


def notebook_plot(out: Path) -> None:
    """The plot of planned targets, as notebooks/quickstart.ipynb draws it."""
    import nbformat
    from nbclient import NotebookClient

    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    nb = nbformat.read(ROOT / "notebooks" / "quickstart.ipynb", as_version=4)
    NotebookClient(nb, timeout=600, resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    pngs = [o["data"]["image/png"] for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    out.write_bytes(base64.b64decode(pngs[0]))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    render_view(DOCS / "render_view.png")
    notebook_plot(DOCS / "quickstart_plot.png")
    print("wrote", DOCS / "render_view.png", "and", DOCS / "quickstart_plot.png")
