"""Reading report files into text: ``read(path) -> (text, meta)``.

One reader per format, each returning plain text (paragraphs on their own lines)
and a ``meta`` dict with ``source``, ``format``, ``sha256`` (of the file's bytes)
and format details (``encoding`` for text and HTML, ``pages`` for PDF):

- ``.txt`` (also ``.text``, ``.md``): any common encoding: UTF-8 with or without
  BOM, GB18030/GBK, UTF-16 with or without BOM; charset-normalizer decides when
  none of those fits;
- ``.docx``: body paragraphs and tables in document order (python-docx; extra ``docs``);
- ``.pdf``: the text layer (pdfplumber; extra ``docs``), wrapped lines rejoined into
  paragraphs, page furniture removed (bare page numbers, running headers and footers);
- ``.html`` / ``.htm``: the main text of the page, without navigation, scripts,
  headers and footers (lxml; extra ``docs``).

Readers only produce text; the pipeline's clean-up (:mod:`jinghai_nlp.normalize`)
runs afterwards and assigns the offsets, so every offset is valid into
``Document.text``. Unsupported, unreadable, empty or textless files raise
:class:`ReadError` (an ``OSError`` and a ``ValueError``) naming the path and the reason.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any

from .errors import Errors


class Format(str, Enum):
    txt = "txt"
    docx = "docx"
    pdf = "pdf"
    html = "html"


SUFFIXES: dict[str, Format] = {
    ".txt": Format.txt,
    ".text": Format.txt,
    ".md": Format.txt,
    ".docx": Format.docx,
    ".pdf": Format.pdf,
    ".html": Format.html,
    ".htm": Format.html,
}
SUPPORTED = tuple(SUFFIXES)
DOCS_EXTRA = "jinghai-nlp[docs]"


class ReadError(OSError, ValueError):
    """A file that cannot be read as a report: unsupported, unreadable, empty or without text.

    Both an ``OSError`` and a ``ValueError`` (like ``io.UnsupportedOperation``), so
    code catching either keeps working. ``path`` and ``reason`` are attributes.
    """

    def __init__(self, message: str, *, path: str, reason: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:  # keep path and reason across processes
        return (_rebuild_read_error, (self.args[0], self.path, self.reason))


def _rebuild_read_error(message: str, path: str, reason: str) -> ReadError:
    return ReadError(message, path=path, reason=reason)


def unreadable(path: str | Path, reason: str) -> ReadError:
    """The :class:`ReadError` for ``path`` with ``reason`` (message E009)."""
    return ReadError(Errors.E009.format(path=path, reason=reason), path=str(path), reason=reason)


def format_of(path: str | Path) -> Format:
    """The format of ``path`` from its suffix; :class:`ReadError` (E010) if unsupported."""
    p = Path(path)
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        reason = f"unsupported file type {p.suffix or '(none)'!r}"
        raise ReadError(
            Errors.E010.format(suffix=p.suffix, path=p, valid=", ".join(SUPPORTED)), path=str(p), reason=reason
        )
    return fmt


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file; :class:`ReadError` (E009) for anything else."""
    p = Path(path)
    try:
        if not p.is_file():  # a directory, a FIFO (which would block), a broken link, a missing file
            if p.is_symlink() and not p.exists():
                raise unreadable(p, "it is a broken symbolic link")
            if not p.exists():
                raise unreadable(p, "no such file")
            raise unreadable(p, "not a regular file")
        return p.read_bytes()
    except ReadError:
        raise
    except OSError as exc:
        raise unreadable(p, exc.strerror or str(exc)) from exc


def read(path: str | Path) -> tuple[str, dict[str, Any]]:
    """Read a report file; return its text and meta (source, format, sha256, …).

    RAISES (ReadError): unsupported type, unreadable, empty or no text. Readers
    that need an optional package raise ``ImportError`` with the install command.
    """
    fmt = format_of(path)
    return read_bytes(read_file_bytes(path), fmt, source=str(path))


def read_bytes(data: bytes, fmt: Format | str, *, source: str = "<bytes>") -> tuple[str, dict[str, Any]]:
    """Read the bytes of a file of format ``fmt`` (``"txt"``, ``"docx"``, ``"pdf"``, ``"html"``)."""
    try:
        fmt = Format(fmt)
    except ValueError:
        raise ValueError(Errors.E003.format(value=fmt, field="fmt", valid=[f.value for f in Format])) from None
    if not data:
        raise unreadable(source, "the file is empty")
    text, extra = _READERS[fmt](data, source)
    if not text.strip():
        raise unreadable(
            source, "it contains no text" + (" layer (a scan? run OCR first)" if fmt is Format.pdf else "")
        )
    meta: dict[str, Any] = {"source": source, "format": fmt.value, "sha256": hashlib.sha256(data).hexdigest()}
    meta.update(extra)
    return text, meta


def _require(module: str, package: str, what: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(Errors.E011.format(package=package, what=what, extra=DOCS_EXTRA)) from exc


# -- plain text ----------------------------------------------------------------------------
def _looks_like_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when BOM-less bytes decode to printable text, else None."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros == 0:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and sum(c.isprintable() or c.isspace() for c in text) >= 0.98 * len(text):
            return codec
    return None


def decode(data: bytes, *, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        codec = _looks_like_utf16(data)
        if codec is None:
            raise unreadable(path, "it looks like a binary file")
        return data.decode(codec), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise unreadable(path, "the encoding could not be detected (binary file?)")
    return str(best), best.encoding


def _read_txt(data: bytes, source: str) -> tuple[str, dict[str, Any]]:
    text, encoding = decode(data, path=source)
    return text, {"encoding": encoding}


# -- docx ----------------------------------------------------------------------------------
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# subtrees whose text is not part of the running text: deletions, field codes, drawings
# and text boxes (mc:AlternateContent holds them twice), footnote marks
_DOCX_SKIP = {
    _W + "del",
    _W + "delText",
    _W + "instrText",
    _W + "drawing",
    _W + "pict",
    _W + "object",
    _MC + "AlternateContent",
    _W + "footnoteReference",
    _W + "endnoteReference",
    _W + "rPr",
    _W + "pPr",
}


def _docx_paragraph(p: Any) -> str:
    out: list[str] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _DOCX_SKIP:
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag in (_W + "tab", _W + "ptab"):
                out.append("\t")
            elif tag == _W + "br":
                if child.get(_W + "type") in (None, "textWrapping"):
                    out.append("\n")
            elif tag == _W + "cr":
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _docx_blocks(parent: Any) -> Iterator[str]:
    """Lines of a body (or table cell) element: paragraphs and table rows in document order."""
    for child in parent:
        tag = child.tag
        if tag == _W + "p":
            yield _docx_paragraph(child)
        elif tag == _W + "tbl":
            yield from _docx_table(child)
        elif tag == _W + "sdt":  # content control: its content is running text
            for content in child.iter(_W + "sdtContent"):
                yield from _docx_blocks(content)
                break


def _docx_table(tbl: Any) -> Iterator[str]:
    for tr in tbl.iter(_W + "tr"):
        if tr.getparent() is not tbl:  # rows of nested tables are read with their cell
            continue
        cells = []
        for tc in tr.iter(_W + "tc"):
            if tc.getparent() is not tr:
                continue
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge.get(_W + "val") in (None, "continue"):
                cells.append("")  # continuation of a vertically merged cell: its text is above
                continue
            cells.append(" ".join(s for s in (b.strip() for b in _docx_blocks(tc)) if s))
        if any(cells):
            yield "\t".join(cells).rstrip("\t")


def _read_docx(data: bytes, source: str) -> tuple[str, dict[str, Any]]:
    docx = _require("docx", "python-docx", "Word files (.docx)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, KeyError, ValueError… for a bad file
        raise unreadable(source, f"not a valid .docx file ({type(exc).__name__}: {exc})") from exc
    body = document.element.body
    return "\n".join(_docx_blocks(body)), {}


# -- pdf -----------------------------------------------------------------------------------
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－_·•.]*"
    r"(?:第\s*)?(?:\d{1,4}|[ivxlcdmIVXLCDM]{1,6})\s*(?:页)?"
    r"(?:\s*(?:[/／]|of|共)\s*\d{1,4}\s*页?)?"
    r"[\s\-—–－_·•.]*$"
    r"|^\s*(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
)
_DIGITS = re.compile(r"\d+")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = ("。", "！", "？", "：", "；", "!", "?", ":", ";")


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", text.strip())


def _pdf_lines(page: Any) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = page.dedupe_chars().extract_text_lines(strip=True, return_chars=False)
    return [ln for ln in lines if ln["text"].strip()]


def _remove_furniture(pages: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Drop bare page numbers at a page's top or bottom, and running headers and footers.

    A running header or footer is the first or last line of a page whose text (digits
    aside) is the first or last line of at least half the pages (and of two or more).
    """
    counts: Counter[tuple[str, str]] = Counter()
    for lines in pages:
        if lines:
            counts["top", _furniture_key(lines[0]["text"])] += 1
            counts["bottom", _furniture_key(lines[-1]["text"])] += 1
    need = max(2, (len(pages) + 1) // 2)
    out = []
    for lines in pages:
        lines = list(lines)
        for _ in range(2):  # a running header above a page number, or the other way round
            if lines and (
                _PAGE_NUMBER.match(lines[0]["text"]) or counts["top", _furniture_key(lines[0]["text"])] >= need
            ):
                lines.pop(0)
            if lines and (
                _PAGE_NUMBER.match(lines[-1]["text"]) or counts["bottom", _furniture_key(lines[-1]["text"])] >= need
            ):
                lines.pop()
        out.append(lines)
    return out


def _join(a: str, b: str) -> str:
    """Join a wrapped line to the next: no space in Chinese, one between Latin words."""
    if a and b and _LATIN.match(a[-1]) and _LATIN.match(b[0]) and " " in a:
        return a + " " + b
    return a + b


def _pdf_paragraphs(pages: list[list[dict[str, Any]]]) -> Iterator[str]:
    """Rejoin wrapped lines: a line continues into the next one when it reaches the right
    margin and the next one is neither indented nor set apart by a wider gap."""
    body = [ln for lines in pages for ln in lines]
    if not body:
        return
    widths = [(ln["x1"] - ln["x0"]) / max(len(ln["text"]), 1) for ln in body]
    char_w = statistics.median(widths) or 10.0
    left = statistics.median_low(sorted(ln["x0"] for ln in body))
    left = min(x for x in (ln["x0"] for ln in body) if x >= left - char_w / 2)
    ends = sorted((ln["x1"] for ln in body), reverse=True)
    right = ends[len(ends) // 10]  # the right margin; a few lines may overhang it (hanging punctuation)
    current = ""
    prev: dict[str, Any] | None = None
    for lines in pages:
        gaps = [b["top"] - a["bottom"] for a, b in zip(lines, lines[1:], strict=False) if b["top"] > a["bottom"]]
        usual_gap = statistics.median(gaps) if gaps else char_w
        for i, ln in enumerate(lines):
            text = ln["text"].strip()
            if prev is not None:
                # a wrapped line reaches the margin, or nearly: line-breaking rules (kinsoku) may
                # leave up to two characters' room; a sentence end with room to spare ends a paragraph
                short_by = (right - prev["x1"]) / char_w
                full = short_by <= 3 and not (short_by > 1 and current.endswith(_SENTENCE_END))
                indented = ln["x0"] > left + 0.8 * char_w
                same_page = i > 0
                gap = ln["top"] - prev["bottom"] if same_page else 0.0
                if full and not indented and gap <= 1.6 * usual_gap + 1:
                    current = _join(current, text)
                    prev = ln
                    continue
                yield current
            current = text
            prev = ln
    yield current


def _read_pdf(data: bytes, source: str) -> tuple[str, dict[str, Any]]:
    pdfplumber = _require("pdfplumber", "pdfplumber", "PDF files (.pdf)")
    pages: list[list[dict[str, Any]]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(_pdf_lines(page))
                page.close()  # frees the page's cached objects: memory stays flat on long reports
    except Exception as exc:  # pdfminer raises its own types for broken or encrypted files
        name = type(exc).__name__
        reason = "the PDF is encrypted" if "Password" in name or "Encrypt" in name else "not a readable PDF"
        raise unreadable(source, f"{reason} ({name}: {exc})") from exc
    text = "\n".join(_pdf_paragraphs(_remove_furniture(pages)))
    return text, {"pages": len(pages)}


# -- html ----------------------------------------------------------------------------------
# lxml: a maintained, fast libxml2 binding that is already a dependency of python-docx
# (so the ``docs`` extra adds no parser of its own); its HTML parser recovers from the
# malformed markup of many government sites, and its tree API is all the main-text
# heuristics below need (no CSS engine, no network, no JavaScript).
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "canvas",
    "iframe",
    "object",
    "embed",
    "button",
    "select",
    "input",
    "textarea",
    "head",
    "title",
    "meta",
    "link",
}
_NAV_TAGS = {"nav", "aside", "menu", "dialog"}
_PAGE_TAGS = {"header", "footer"}  # dropped outside the main content only
_NOISE_ROLES = {"navigation", "complementary", "search", "banner", "contentinfo", "menu", "menubar", "dialog"}
_NOISE_WORDS = {
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "sidebar",
    "share",
    "toolbar",
    "copyright",
    "footer",
    "header",
    "topbar",
    "banner",
    "pagination",
    "pager",
    "skip",
    "related",
    "comment",
    "comments",
    "login",
    "search",
}
_MAIN_XPATH = (
    "//main",
    "//*[@role='main']",
    "//article",
    # content containers of the CMSs most Chinese government sites use (TRS, UCAP, …)
    "//*[@id='zoom' or @id='UCAP-CONTENT' or @id='content' or @id='article' or @id='main-content']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' TRS_Editor ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' pages_content ')]",
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "blockquote",
    "pre",
    "address",
    "figure",
    "figcaption",
    "center",
    "hr",
    "form",
    "fieldset",
    "legend",
    "body",
    "html",
}
_CELL_TAGS = {"td", "th"}
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\n\f]*\n[ \t\r\n\f]*(?=[{_CJK}])")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_NL, _TAB = "\x00nl", "\x00tab"  # markers between text pieces


def _html_decode(data: bytes, source: str) -> tuple[str, str]:
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            codec = "gb18030" if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "gb18030") else declared
            try:
                return data.decode(codec), codec
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common: detect instead
    return decode(data, path=source)


def _classes(el: Any) -> set[str]:
    words = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return set(re.split(r"[\s_\-]+", words)) - {""}


def _is_hidden(el: Any) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or el.get("aria-hidden") == "true" or "display:none" in style


def _text_len(el: Any) -> int:
    return len("".join(el.itertext()).strip())


def _drop(el: Any) -> None:
    """Remove ``el`` but keep its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _densest(body: Any) -> Any:
    """The element that directly holds the most paragraph text (Readability's idea, small)."""
    scores: Counter[Any] = Counter()
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        direct = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
        if el.tag in ("p", "br"):
            parent = el.getparent()
            if parent is not None:
                scores[parent] += _text_len(el) if el.tag == "p" else 0
        if direct:
            scores[el] += direct
    if not scores:
        return body
    best, score = scores.most_common(1)[0]
    return best if score >= 0.3 * max(_text_len(body), 1) else body


def _html_pieces(el: Any, out: list[str], pre: bool = False) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    block = tag in _BLOCK_TAGS
    if block:
        out.append(_NL)
    if tag == "br":
        out.append(_NL)
    elif tag in _CELL_TAGS:
        out.append(_TAB)
    pre = pre or tag in ("pre", "textarea")
    if tag and el.text:
        out.append(el.text if pre else _collapse(el.text))
    if tag:
        for child in el:
            _html_pieces(child, out, pre)
    if block:
        out.append(_NL)
    if el.tail:
        out.append(el.tail if pre else _collapse(el.tail))


def _collapse(text: str) -> str:
    return _HTML_SPACE.sub(" ", _CJK_BREAK.sub("", text))


def _html_text(root: Any) -> str:
    pieces: list[str] = []
    _html_pieces(root, pieces)
    lines = []
    for raw_line in "".join(p if p not in (_NL, _TAB) else ("\n" if p == _NL else "\t") for p in pieces).split("\n"):
        cells = [c.strip(" ") for c in raw_line.split("\t")]
        line = "\t".join(c for c in cells if c)
        if line:
            lines.append(line)
    return "\n".join(lines)


def _read_html(data: bytes, source: str) -> tuple[str, dict[str, Any]]:
    lxml_html = _require("lxml.html", "lxml", "web pages (.html)")
    text, encoding = _html_decode(data, source)
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return "", {"encoding": encoding}
    try:
        root = lxml_html.document_fromstring(text)
    except Exception as exc:  # lxml.etree.ParserError and friends
        raise unreadable(source, f"not a readable web page ({type(exc).__name__}: {exc})") from exc
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            _drop(el)
        elif el.tag.lower() in _DROP_TAGS or _is_hidden(el):
            _drop(el)
    body = root.find("body")
    if body is None:
        body = root
    main = next((found[0] for xp in _MAIN_XPATH if (found := root.xpath(xp))), None)
    if main is None:
        for el in list(body.iter(*_PAGE_TAGS)):
            _drop(el)
    scope = main if main is not None else body
    total = max(_text_len(scope), 1)
    for el in list(scope.iter()):
        if el is scope or el.getparent() is None:
            continue
        if el.tag in _NAV_TAGS or el.get("role") in _NOISE_ROLES:
            _drop(el)
        elif _classes(el) & _NOISE_WORDS and _text_len(el) < 0.5 * total:  # a class name never drops the bulk
            _drop(el)
    if main is None:
        main = _densest(body)
    return _html_text(main), {"encoding": encoding}


_READERS: dict[Format, Callable[[bytes, str], tuple[str, dict[str, Any]]]] = {
    Format.txt: _read_txt,
    Format.docx: _read_docx,
    Format.pdf: _read_pdf,
    Format.html: _read_html,
}
