from __future__ import annotations

import pickle
import sys

import pytest

from jinghai_nlp.reading import _PAGE_NUMBER, ReadError, read, read_bytes

from .conftest import RUNNING_HEADER, write_html

SHORT = "静海区新增绿色工厂不少于10家。\n全区地区生产总值增长4.5%左右。\n"


@pytest.mark.parametrize(
    "encoding,bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_reading_txt_any_common_encoding(tmp_path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(bom + SHORT.encode(encoding))
    text, meta = read(path)
    assert text == SHORT
    assert meta["format"] == "txt" and meta["source"] == str(path) and len(meta["sha256"]) == 64


def test_reading_seed_gbk_equals_utf8(batch_dir) -> None:
    utf8, m1 = read(batch_dir / "seed_utf8.txt")
    gbk, m2 = read(batch_dir / "seed_gbk.txt")
    assert utf8 == gbk and m1["encoding"] == "utf-8" and m2["encoding"] == "gb18030"
    assert m1["sha256"] != m2["sha256"]  # the hash is of the bytes


def test_reading_docx_paragraphs_and_tables_in_document_order(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    document.add_paragraph("一、主要目标")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [("指标", "目标", "责任单位"), ("绿色工厂", "新增10家", "区工信局"), ("就业", "1万人", "")]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))  # a merged cell is read once
    document.add_paragraph("二、重点工作")
    run = document.add_paragraph("全区").add_run("新增就业")
    run.add_break()
    run.add_text("1万人")
    document.save(str(tmp_path / "r.docx"))
    text, meta = read(tmp_path / "r.docx")
    assert meta["format"] == "docx"
    assert text.split("\n") == [
        "一、主要目标",
        "指标\t目标\t责任单位",
        "绿色工厂\t新增10家\t区工信局",
        "就业\t1万人",
        "二、重点工作",
        "全区新增就业",
        "1万人",
    ]


def test_reading_docx_pdf_html_give_the_same_text(batch_dir, report_lines) -> None:
    expected = "\n".join(report_lines)
    for name in ("report.docx", "report.pdf", "report.html"):
        text, meta = read(batch_dir / name)
        assert text == expected, name
        assert RUNNING_HEADER not in text
    assert read(batch_dir / "report.pdf")[1]["pages"] >= 2
    assert read(batch_dir / "report.html")[1]["encoding"] == "gb18030"


def test_reading_html_without_a_content_container(tmp_path) -> None:
    page = (
        "<html><body><nav>首页 新闻</nav><header>静海区人民政府</header>"
        "<div><div class='left-menu'>政务公开</div>"
        "<div>各位代表：<br>今年新增就业1万人。<br>\n  绿色工厂\n  新增10家。</div></div>"
        "<footer>版权所有</footer></body></html>"
    )
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    text, meta = read(tmp_path / "p.htm")
    assert text == "各位代表：\n今年新增就业1万人。\n绿色工厂新增10家。"
    assert meta["format"] == "html" and meta["encoding"] == "utf-8"


def test_reading_html_entities_and_cells(tmp_path) -> None:
    write_html(["全区&新区", "新增　10家"], tmp_path / "a.html", encoding="utf-8")
    text, _ = read(tmp_path / "a.html")
    assert text == "全区&新区\n新增　10家"  # U+3000 is kept: the pipeline's clean-up maps it


@pytest.mark.parametrize(
    "line,furniture",
    [
        ("— 1 —", True),
        ("- 12 -", True),
        ("第3页", True),
        ("第 3 页 共 10 页", True),
        ("3/10", True),
        ("Page 2 of 9", True),
        ("iv", True),
        ("2025年", False),
        ("一、总体要求", False),
        ("100%", False),
        ("新增就业1万人", False),
    ],
)
def test_reading_pdf_page_numbers(line: str, furniture: bool) -> None:
    assert bool(_PAGE_NUMBER.match(line)) is furniture


def _bad_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "report.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "nav.html").write_text("<html><body><nav>首页</nav></body></html>", encoding="utf-8")


@pytest.mark.parametrize(
    "name,reason",
    [
        ("empty.txt", "empty"),
        ("blank.txt", "no text"),
        ("binary.txt", "binary"),
        ("report.doc", "Unsupported"),
        ("broken.docx", "not a valid .docx"),
        ("broken.pdf", "not a readable PDF"),
        ("folder.txt", "not a regular file"),
        ("link.txt", "broken symbolic link"),
        ("missing.txt", "no such file"),
        ("nav.html", "no text"),
    ],
)
def test_reading_bad_files_raise_one_typed_error(tmp_path, name: str, reason: str) -> None:
    _bad_files(tmp_path)
    with pytest.raises(ReadError, match=reason) as info:
        read(tmp_path / name)
    err = info.value
    assert isinstance(err, OSError) and isinstance(err, ValueError)
    assert err.path == str(tmp_path / name) and str(tmp_path / name) in str(err)
    assert str(err).startswith(("[E009]", "[E010]"))
    again = pickle.loads(pickle.dumps(err))  # crosses process boundaries intact
    assert (type(again), again.path, again.reason, str(again)) == (ReadError, err.path, err.reason, str(err))


@pytest.mark.parametrize("module,fmt", [("docx", "docx"), ("pdfplumber", "pdf"), ("lxml.html", "html")])
def test_reading_missing_extra_says_how_to_install(monkeypatch, module: str, fmt: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=r"pip install 'jinghai-nlp\[docs\]'"):
        read_bytes(b"x", fmt, source="report." + fmt)
