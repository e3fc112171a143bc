r"""Character-level CoNLL with BIO entity tags, both ways.

One character a line, a tab, its tag (``B-PLACE``, ``I-PLACE``, ``O``), as in the
common Chinese NER corpora; a blank line after each line break of the text,
and a ``# newdoc id = …`` line before each document. Whitespace characters are
written as escapes (``\u0020``, ``\u000a``) so that a document reads back
exactly: one line holds one character, so a longer first column is always an
escape. Only entities travel (targets overlap one another and have fields:
use another format for them).

>>> from jinghai_nlp.types import Document, Entity
>>> print(to_conll([Document("静海 区", id="d", entities=(Entity(0, 2, "PLACE", "静海"),))]), end="")  # doctest: +NORMALIZE_WHITESPACE
# newdoc id = d
静	B-PLACE
海	I-PLACE
\u0020	O
区	O
<BLANKLINE>
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import Errors
from ..types import LABELS, Document, Entity
from ._common import doc_key

_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}")
_TAG = re.compile(r"O|[BI]-\w+")
NEWDOC = "# newdoc id = "


def _char(ch: str) -> str:
    return f"\\u{ord(ch):04x}" if ch.isspace() else ch


def to_conll(docs: Iterable[Document]) -> str:
    """The documents as character-level BIO (entities only)."""
    lines: list[str] = []
    for i, doc in enumerate(docs):
        tags = ["O"] * len(doc.text)
        for e in doc.entities:
            tags[e.start] = f"B-{e.label}"
            for j in range(e.start + 1, e.end):
                tags[j] = f"I-{e.label}"
        lines.append(NEWDOC + doc_key(doc, i))
        for ch, tag in zip(doc.text, tags):
            lines.append(f"{_char(ch)}\t{tag}")
            if ch == "\n":
                lines.append("")
        if lines[-1] != "":
            lines.append("")
    return "\n".join(lines) + "\n" if lines else ""


def from_conll(data: str, *, path: str = "<string>") -> list[Document]:
    """Documents from character-level BIO (a ``B-``/``I-`` tag may also begin an entity after ``O``)."""
    docs: list[Document] = []
    doc_id: str | None = None
    chars: list[str] = []
    tags: list[tuple[int, str]] = []  # (line number, tag)

    def flush() -> None:
        if doc_id is None and not chars:
            return
        docs.append(_document("".join(chars), tags, doc_id, path))

    for line_no, line in enumerate(data.split("\n"), 1):
        if line.startswith(NEWDOC):
            flush()
            doc_id, chars, tags = line[len(NEWDOC) :].strip() or None, [], []
            continue
        if not line:
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        if line.startswith("#") and not (len(cols) == 2 and cols[0] == "#" and _TAG.fullmatch(cols[1])):
            continue  # a comment (the character # has a tag after it)
        if len(cols) < 2:
            raise ValueError(
                Errors.E083.format(fmt="CoNLL", where=f"{path}, line {line_no}", reason="expected 2 columns")
            )
        token, tag = cols[0], cols[-1]
        if len(token) != 1:
            if not _ESCAPE.fullmatch(token):
                raise ValueError(
                    Errors.E083.format(
                        fmt="CoNLL", where=f"{path}, line {line_no}", reason=f"not one character: {token!r}"
                    )
                )
            token = chr(int(token[2:], 16))
        chars.append(token)
        tags.append((line_no, tag))
    flush()
    return docs


def _document(text: str, tags: list[tuple[int, str]], doc_id: str | None, path: str) -> Document:
    entities: list[Entity] = []
    start: int | None = None
    label = ""
    for i, (line_no, tag) in enumerate([*tags, (0, "O")]):
        prefix, _, name = tag.partition("-")
        if prefix not in ("B", "I", "O") or (prefix != "O" and name not in LABELS):
            raise ValueError(
                Errors.E083.format(fmt="CoNLL", where=f"{path}, line {line_no}", reason=f"invalid tag {tag!r}")
            )
        if start is not None and (prefix != "I" or name != label):
            entities.append(Entity(start, i, label, text[start:i]))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, name
    return Document(text=text, id=doc_id, entities=tuple(entities))


def write_conll(docs: Iterable[Document], path: str | Path) -> list[Path]:
    path = Path(path)
    path.write_text(to_conll(docs), encoding="utf-8", newline="\n")
    return [path]


def read_conll(path: str | Path) -> list[Document]:
    return from_conll(Path(path).read_text(encoding="utf-8"), path=str(path))
