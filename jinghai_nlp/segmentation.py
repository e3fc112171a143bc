"""Segmentation: a spaCy tokenizer around a private jieba instance plus a domain lexicon.

The tokenizer also applies the reading clean-up (:func:`jinghai_nlp.normalize.clean`):
``nlp(text).text`` is the cleaned text and ``doc.user_data["jh_cleanup"]`` holds the
edits that map it back to the input.

It never touches jieba's module-level tokenizer: each ``PolicyTokenizer`` owns a
``jieba.Tokenizer`` whose cache lives in a private per-user directory (never the
shared temp dir), and words are only added with a positive frequency (``freq=0``
leaks into jieba's global ``finalseg`` state).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any

import srsly
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

from .errors import Errors
from .normalize import clean

LEXICON_FREQ = 2000  # frequency given to lexicon words: high enough to keep names whole


class Segmenter(str, Enum):
    char = "char"
    jieba = "jieba"


def cache_dir() -> Path:
    """A private per-user cache directory (``$JINGHAI_CACHE_DIR``, else ``~/.cache/jinghai_nlp``)."""
    env = os.environ.get("JINGHAI_CACHE_DIR")
    if env:
        base = Path(env)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "jinghai_nlp"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(base, 0o700)
    except OSError:  # pragma: no cover - not ours to fix (e.g. read-only home)
        pass
    return base


@contextmanager
def _quiet_jieba() -> Iterator[None]:
    logger = logging.getLogger("jieba")
    old = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(old)


def make_jieba(words: Iterable[str]) -> Any:
    """A fresh ``jieba.Tokenizer`` with its cache in :func:`cache_dir` and ``words`` added."""
    import jieba

    tk = jieba.Tokenizer()
    tk.tmp_dir = str(cache_dir())
    with _quiet_jieba():
        tk.initialize()
    for w in words:
        if w and not tk.FREQ.get(w):
            tk.add_word(w, freq=LEXICON_FREQ)
    return tk


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+")


class PolicyTokenizer:
    """spaCy tokenizer: clean-up, then jieba (with the lexicon) or one token per character."""

    def __init__(
        self,
        vocab: Vocab,
        *,
        segmenter: str = Segmenter.jieba.value,
        lexicon: Iterable[str] = (),
        hmm: bool = False,
    ) -> None:
        if segmenter not in Segmenter.__members__:
            raise ValueError(Errors.E008.format(name=segmenter, valid=list(Segmenter.__members__)))
        self.vocab = vocab
        self.segmenter = segmenter
        self.lexicon = sorted(set(lexicon))
        self.hmm = hmm
        self._jieba: Any = None

    @property
    def jieba(self) -> Any:
        if self._jieba is None:
            self._jieba = make_jieba(self.lexicon)
        return self._jieba

    def words(self, text: str) -> list[str]:
        if self.segmenter == Segmenter.char.value:
            return list(text)
        return list(self.jieba.cut(text, HMM=self.hmm))

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, str):
            raise TypeError(Errors.E001.format(type=type(text).__name__))
        cleaned, edits = clean(text)
        words = [w for w in self.words(cleaned) if w]
        words, spaces = get_words_and_spaces(words, cleaned)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if edits:
            doc.user_data["jh_cleanup"] = [list(e) for e in edits]
        return doc

    def tokenize_clean(self, text: str) -> Doc:
        """A Doc of ``text`` as given, without the clean-up (for text cleaned already)."""
        words = [w for w in self.words(text) if w]
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # serialisation: settings and lexicon as JSON, the jieba base dictionary comes with jieba
    def to_bytes(self, **kwargs: Any) -> bytes:
        return srsly.json_dumps(self._cfg()).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs: Any) -> PolicyTokenizer:
        self._set(srsly.json_loads(data.decode("utf-8")))
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tokenizer.json", self._cfg())

    def from_disk(self, path: str | Path, **kwargs: Any) -> PolicyTokenizer:
        path = Path(path)
        self._set(srsly.read_json(path / "tokenizer.json"))
        return self

    def _cfg(self) -> dict[str, Any]:
        return {"segmenter": self.segmenter, "hmm": self.hmm, "lexicon": self.lexicon}

    def _set(self, cfg: dict[str, Any]) -> None:
        self.segmenter = str(cfg.get("segmenter", "jieba"))
        self.hmm = bool(cfg.get("hmm", False))
        self.lexicon = list(cfg.get("lexicon", []))
        self._jieba = None
