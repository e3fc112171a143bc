"""Reading clean-up with an offset map.

``clean(text)`` removes what is not part of a report's wording and records every
edit, so each offset in the cleaned text maps back to the input:

- ``\\r\\n`` and ``\\r`` line ends become ``\\n``; a leading byte-order mark is dropped;
- docx conversion artefacts ``[bookmark: OLE_LINK4]`` are dropped;
- zero-width characters (U+200B-U+200D, U+2060, U+FEFF) are dropped;
- HTML remnants: tags (``<br>``, ``<p class=…>``, ``</span>``) are dropped, character
  entities (``&nbsp;``, ``&amp;``, ``&#12288;``) become the character they name;
- the ideographic space U+3000 and the no-break space U+00A0 become an ASCII space
  (same length);
- a lone surrogate (undecodable bytes passed through with ``surrogateescape``)
  becomes U+FFFD (same length).

Nothing else is changed: full-width digits, traditional characters and
punctuation stay as written (parsers read them through length-preserving tables).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

_ARTEFACTS = re.compile(
    r"\r\n?"  # line ends
    r"|\[bookmark:[^\]\n]{0,80}\]"  # docx bookmarks
    r"|[\u200b\u200c\u200d\u2060\ufeff]"  # zero-width characters
    r"|</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,300})?/?>"  # HTML tags
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"  # HTML character entities
    r"|[\u3000\u00a0]"
    r"|[\ud800-\udfff]"  # lone surrogates (not encodable): replaced, same length
)

# Full-width ASCII (digits, letters, % . etc.) to half-width: same length, for parsers.
FULLWIDTH_TO_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FULLWIDTH_TO_ASCII[0x3000] = 0x20


def _replacement(match: str) -> str:
    if match.startswith("\r"):
        return "\n"
    if match in ("\u3000", "\u00a0"):
        return " "
    if "\ud800" <= match <= "\udfff":
        return "\ufffd"
    if match.startswith("&"):
        out = html.unescape(match)
        if out == match:  # not an entity html knows: keep the text as written
            return match
        return " " if out in ("\u00a0", "\u3000", "\u2002", "\u2003") else out
    return ""


Edit = tuple[int, int, str, str]  # (original start, original end, original text, replacement)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets of a cleaned text back to the original text (and forward).

    Built from the edits of :func:`clean`; it is reversible: ``restore`` rebuilds
    the original text from the cleaned one.
    """

    edits: tuple[Edit, ...] = ()

    @classmethod
    def from_edits(cls, edits: Sequence[Sequence[object]]) -> OffsetMap:
        return cls(tuple((int(e[0]), int(e[1]), str(e[2]), str(e[3])) for e in edits))  # type: ignore[call-overload]

    def _clean_starts(self) -> list[int]:
        starts = []
        delta = 0
        for s, e, _orig, rep in self.edits:
            starts.append(s + delta)
            delta += len(rep) - (e - s)
        return starts

    def to_original(self, offset: int) -> int:
        """The original offset of position ``offset`` of the cleaned text.

        A position inside a replacement maps into the replaced stretch; a position
        after an edit keeps its distance to the edit's end.
        """
        delta = 0
        for s, e, _orig, rep in self.edits:
            clean_start = s + delta
            if offset < clean_start:
                break
            if offset < clean_start + len(rep):
                return s + min(offset - clean_start, e - s)
            delta += len(rep) - (e - s)
        return offset - delta

    def to_clean(self, offset: int) -> int:
        """The offset in the cleaned text for ``offset`` in the original text."""
        i = bisect.bisect_right([e[0] for e in self.edits], offset) - 1
        if i < 0:
            return offset
        starts = self._clean_starts()
        s, e, _orig, rep = self.edits[i]
        if offset < e:
            return starts[i] + min(offset - s, len(rep))
        return starts[i] + len(rep) + (offset - e)

    def restore(self, cleaned: str) -> str:
        """Rebuild the original text from the cleaned one."""
        out = []
        pos = 0
        for (_s, _e, orig, rep), cs in zip(self.edits, self._clean_starts(), strict=True):
            out.append(cleaned[pos:cs])
            out.append(orig)
            pos = cs + len(rep)
        out.append(cleaned[pos:])
        return "".join(out)


def clean(text: str) -> tuple[str, list[Edit]]:
    """Clean ``text`` as documented above; return the cleaned text and its edits.

    Each edit is ``(start, end, original, replacement)`` in original offsets:
    ``text[start:end] == original`` was replaced by ``replacement``.
    ``OffsetMap.from_edits(edits)`` maps offsets back and restores the input.
    """
    if not text:
        return text, []
    pieces: list[str] = []
    edits: list[Edit] = []
    pos = 0
    for m in _ARTEFACTS.finditer(text):
        found = m.group(0)
        rep = _replacement(found)
        if rep == found:
            continue
        pieces.append(text[pos : m.start()])
        pieces.append(rep)
        edits.append((m.start(), m.end(), found, rep))
        pos = m.end()
    if not edits:
        return text, []
    pieces.append(text[pos:])
    return "".join(pieces), edits


_HAN = re.compile(r"[\u4e00-\u9fff]")


def to_simplified(text: str, *, threshold: float = 0.03) -> str | None:
    """The simplified-character version of a traditional-character ``text``, same length.

    Returns None when the text is not traditional (fewer than ``threshold`` of its
    Han characters change under OpenCC's t2s conversion). Conversion is character
    for character, so every offset into the result is an offset into ``text``.
    """
    sample = text[:20000]
    han = len(_HAN.findall(sample))
    if han == 0:
        return None
    import opencc

    cc = opencc.OpenCC("t2s")
    changed = sum(a != b for a, b in zip(cc.convert(sample), sample, strict=False))
    if changed < threshold * han:
        return None
    out = cc.convert(text)
    if len(out) != len(text):  # a phrase rule changed the length: convert character by character
        out = "".join(ch if len(c := cc.convert(ch)) != 1 else c for ch in text)
    return out
