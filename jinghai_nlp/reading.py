"""Reading files into text: ``read(path) -> (text, meta)``.

Plain text in any common encoding (UTF-8 with or without BOM, GB18030/GBK,
UTF-16 with BOM), detected with charset-normalizer. Clean-up happens in the
pipeline (see :mod:`jinghai_nlp.normalize`), so offsets are assigned after it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .errors import Errors

SUPPORTED = (".txt", ".text", ".md")


def decode(data: bytes, *, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
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
        raise ValueError(Errors.E009.format(path=path, reason="the encoding could not be detected (binary file?)"))
    return str(best), best.encoding


def read(path: str | Path) -> tuple[str, dict[str, Any]]:
    """Read a report file; return its text and meta (source, encoding, sha256)."""
    p = Path(path)
    if p.suffix.lower() not in SUPPORTED:
        raise ValueError(Errors.E010.format(suffix=p.suffix, path=p, valid=", ".join(SUPPORTED)))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise OSError(Errors.E009.format(path=p, reason=exc.strerror or str(exc))) from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError(Errors.E009.format(path=p, reason="it looks like a binary file"))
    text, encoding = decode(data, path=str(p))
    return text, {"source": str(p), "encoding": encoding, "sha256": hashlib.sha256(data).hexdigest()}
