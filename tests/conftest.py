from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


@pytest.fixture(scope="session")
def nlp():
    from jinghai_nlp.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CORPORA / "jinghai_2026.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_text):
    from jinghai_nlp import annotate

    return annotate(seed_text, nlp=nlp, id="jinghai_2026")


@pytest.fixture(scope="session")
def gazetteer():
    from jinghai_nlp.pipeline import shared_gazetteer

    return shared_gazetteer()


@pytest.fixture(scope="session")
def gold():
    """Every gold document (train, dev and test), in file order."""
    from jinghai_nlp.formats import read_jsonl

    return [d for split in ("train", "dev", "test") for d in read_jsonl(ROOT / "annotations" / f"{split}.jsonl")]


# -- report files in every format (issue 7: readers and batch processing) -------------------
BATCH_GOOD = ("seed_gbk.txt", "seed_utf8.txt", "report.docx", "report.html", "report.pdf")
BATCH_BAD = ("binary.txt", "broken.txt", "empty.txt")
RUNNING_HEADER = "静海区人民政府公报"


@pytest.fixture(scope="session")
def report_lines(seed_text) -> list[str]:
    """A short stretch of the seed as paragraphs, in a form every format carries unchanged:
    no blank lines, single spaces, no · (the built-in PDF font has no glyph for it)."""
    lines = [" ".join(line.split()).replace("·", "") for line in seed_text.splitlines()]
    return [line for line in lines if line][:12]


def write_docx(lines: list[str], path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = RUNNING_HEADER  # page furniture: not read
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def write_pdf(lines: list[str], path: Path) -> None:
    """A Chinese PDF (reportlab's built-in CID font), paragraphs wrapped over several pages,
    with a running header and a page number on every page."""
    pytest.importorskip("reportlab")
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK")

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A5[0] / 2, A5[1] - 30, RUNNING_HEADER)
        canvas.drawCentredString(A5[0] / 2, 25, f"— {doc.page} —")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A5, title="政府工作报告")
    doc.build([Paragraph(escape(line), style) for line in lines], onFirstPage=furniture, onLaterPages=furniture)


def write_html(lines: list[str], path: Path, *, encoding: str = "gb18030") -> None:
    """A saved government web page: navigation, breadcrumbs, a script and a footer around the text."""
    import html

    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>政府工作报告_静海区人民政府</title>
<script>var nav = "<p>不是正文</p>";</script><style>p {{ text-indent: 2em; }}</style></head>
<body>
<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a></div>
<ul id="nav"><li>机构概况</li><li>新闻中心</li><li>政务公开</li></ul>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="main"><div id="zoom">
{body}
</div><div class="share">分享到：微信 微博</div></div>
<div class="footer">主办：天津市静海区人民政府办公室　津ICP备05004256号</div>
</body></html>"""
    path.write_bytes(page.encode(encoding))


@pytest.fixture(scope="session")
def batch_dir(tmp_path_factory, seed_text, report_lines) -> Path:
    """The seed as UTF-8 and as GBK, a .docx, a .pdf and an .html of the same stretch of it,
    an empty file, a binary file and a file that cannot be opened (a broken link)."""
    d = tmp_path_factory.mktemp("reports")
    (d / "seed_utf8.txt").write_bytes(seed_text.encode("utf-8"))
    (d / "seed_gbk.txt").write_bytes(seed_text.encode("gbk"))
    write_docx(report_lines, d / "report.docx")
    write_pdf(report_lines, d / "report.pdf")
    write_html(report_lines, d / "report.html")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (d / "broken.txt").symlink_to(d / "missing.txt")
    return d
