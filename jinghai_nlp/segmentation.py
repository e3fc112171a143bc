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
import marshal
import os
import re
import sys
import tempfile
import threading
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from math import log
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
    pkuseg = "pkuseg"


PKUSEG_FILES = ("features.msgpack", "weights.npz")  # spacy-pkuseg's own serialisation (no pickle)
_PKUSEG_LOCK = threading.Lock()


def load_pkuseg(path: str | Path) -> Any:
    """A ``spacy_pkuseg.pkuseg`` segmenter from a model directory (features.msgpack, weights.npz).

    The one place that builds pkuseg (it keeps its model directory in a module-global
    config): without user dictionary and post-processor, so nothing but the two files
    is read (spacy-pkuseg falls back to pickles when they are missing: refused here).
    """
    path = Path(path)
    missing = [f for f in PKUSEG_FILES if not (path / f).is_file()]
    if missing:
        raise OSError(Errors.E009.format(path=path, reason=f"missing {', '.join(missing)} (not a pkuseg model)"))
    import spacy_pkuseg

    with _PKUSEG_LOCK:
        return spacy_pkuseg.pkuseg(str(path), user_dict=None)


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


def _read_jieba_cache(tk: Any) -> bool:
    """Read jieba's own cache of its default dictionary (the file ``initialize()`` writes)
    with one read: ``marshal.load`` on the open file, as jieba does, is 3x slower."""
    if getattr(tk, "dictionary", None) != getattr(sys.modules.get("jieba"), "DEFAULT_DICT", None):
        return False
    path = Path(tk.tmp_dir) / "jieba.cache"
    try:
        freq, total = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return False
    if not isinstance(freq, dict) or not freq:
        return False
    tk.FREQ, tk.total, tk.initialized = freq, total, True
    return True


_ASCII_WORD_CHAR = re.compile("[a-zA-Z0-9]")  # jieba's re_eng: single characters it runs together


def cut_block_no_hmm(freq: dict[str, int], total: int, sentence: str) -> list[str]:
    """jieba's cut of one block without the HMM (``Tokenizer.__cut_DAG_NO_HMM``, jieba 0.42):
    the most probable path through the words of the prefix dictionary, with single ASCII
    letters and digits run together. The same words in one backward pass, without building
    jieba's DAG and route dictionaries (they were a fifth of ``annotate()``); the scores are
    computed in jieba's order, so ties fall the same way (the later end wins)."""
    n = len(sentence)
    logtotal = log(total)
    score = [0.0] * (n + 1)
    end = list(range(n + 1))  # the last character of the word that starts at each offset
    for k in range(n - 1, -1, -1):
        best = None
        i = k
        frag = sentence[k]
        while i < n and frag in freq:
            f = freq[frag]
            if f:
                s = log(f) - logtotal + score[i + 1]
                if best is None or s >= best:
                    best, end[k] = s, i
            i += 1
            frag = sentence[k : i + 1]
        if best is None:  # no word starts here: the character alone
            best = log(freq.get(sentence[k]) or 1) - logtotal + score[k + 1]
        score[k] = best
    words: list[str] = []
    buf = ""
    x = 0
    while x < n:
        y = end[x] + 1
        word = sentence[x:y]
        if len(word) == 1 and _ASCII_WORD_CHAR.match(word):
            buf += word
        else:
            if buf:
                words.append(buf)
                buf = ""
            words.append(word)
        x = y
    if buf:
        words.append(buf)
    return words


def import_jieba() -> Any:
    """The jieba module, imported without ``pkg_resources``: jieba's ``_compat`` imports it only to
    find its own package files, which its fallback finds from its own path as well, and importing
    it costs about 0.1 s of the pipeline's load (and a DeprecationWarning with recent setuptools).
    ``pkg_resources`` is hidden only while jieba is imported, and only if nothing imported it yet."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
    try:
        import jieba
    finally:
        if hide and sys.modules.get("pkg_resources", ...) is None:
            del sys.modules["pkg_resources"]
    return jieba


def make_jieba(words: Iterable[str]) -> Any:
    """A fresh ``jieba.Tokenizer`` with its cache in :func:`cache_dir` and ``words`` added."""
    jieba = import_jieba()

    tk = jieba.Tokenizer()
    tk.tmp_dir = str(cache_dir())
    if not _read_jieba_cache(tk):
        with _quiet_jieba():
            tk.initialize()  # builds the prefix dictionary and writes the cache
    for w in words:
        if w and not tk.FREQ.get(w):
            tk.add_word(w, freq=LEXICON_FREQ)
    # cut() takes its block cutter from the instance (self.__cut_DAG_NO_HMM): the same words, faster
    tk._Tokenizer__cut_DAG_NO_HMM = lambda sentence: cut_block_no_hmm(tk.FREQ, tk.total, sentence)
    return tk


TEXT_KEY = "jh_text"  # doc.user_data: the text, kept by the tokenizer (Doc.text is rebuilt on each access)


def doc_text(doc: Doc) -> str:
    """``doc.text``, from the copy the tokenizer keeps when it is still valid (cheap), else built."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(doc[-1].text_with_ws):
        return text
    return doc.text


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's ``get_words_and_spaces`` for words that concatenate to ``text`` exactly (what
    jieba, pkuseg-free char splitting and our segmenters give), in one pass; else spaCy's own."""
    if "".join(words) != text:
        return get_words_and_spaces(words, text)
    out: list[str] = []
    spaces: list[bool] = []
    run = ""
    for w in words:
        if w.isspace():
            run += w
            continue
        if run:
            _flush(run, out, spaces)
            run = ""
        out.append(w)
        spaces.append(False)
    if run:
        _flush(run, out, spaces)
    return out, spaces


def _flush(run: str, out: list[str], spaces: list[bool]) -> None:
    if run[0] == " " and out and not spaces[-1] and not out[-1].isspace():
        spaces[-1] = True
        run = run[1:]
    if run:
        out.append(run)
        spaces.append(False)


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+")


class PolicyTokenizer:
    """spaCy tokenizer: clean-up, then jieba (with the lexicon), pkuseg, or one token per character."""

    def __init__(
        self,
        vocab: Vocab,
        *,
        segmenter: str = Segmenter.jieba.value,
        lexicon: Iterable[str] = (),
        hmm: bool = False,
        pkuseg_model: str | Path | None = None,
    ) -> None:
        if segmenter not in Segmenter.__members__:
            raise ValueError(Errors.E008.format(name=segmenter, valid=list(Segmenter.__members__)))
        self.vocab = vocab
        self.segmenter = segmenter
        self.lexicon = sorted(set(lexicon))
        self.hmm = hmm
        self._jieba: Any = None
        self._pkuseg: Any = None
        if pkuseg_model is not None:
            self.initialize(pkuseg_model=pkuseg_model)

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Any = None,
        pkuseg_model: str | Path | None = None,
        pkuseg_user_dict: str | None = None,
    ) -> None:
        """Load the pkuseg model (``[initialize.tokenizer] pkuseg_model``); nothing to do otherwise.

        pkuseg_user_dict: accepted because spaCy's ``zh`` defaults set it; not used (the
        model is trained on the domain, see :mod:`jinghai_nlp.training.pkuseg`).
        """
        if pkuseg_model is not None:
            self._pkuseg = load_pkuseg(pkuseg_model)

    @property
    def jieba(self) -> Any:
        if self._jieba is None:
            self._jieba = make_jieba(self.lexicon)
        return self._jieba

    def words(self, text: str) -> list[str]:
        if self.segmenter == Segmenter.char.value:
            return list(text)
        if self.segmenter == Segmenter.pkuseg.value:
            if self._pkuseg is None:
                raise ValueError(Errors.E127)
            return list(self._pkuseg.cut(text))
        return list(self.jieba.cut(text, HMM=self.hmm))

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, str):
            raise TypeError(Errors.E001.format(type=type(text).__name__))
        cleaned, edits = clean(text)
        words = [w for w in self.words(cleaned) if w]
        words, spaces = words_and_spaces(words, cleaned)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = cleaned
        if edits:
            doc.user_data["jh_cleanup"] = [list(e) for e in edits]
        return doc

    def tokenize_clean(self, text: str) -> Doc:
        """A Doc of ``text`` as given, without the clean-up (for text cleaned already)."""
        words = [w for w in self.words(text) if w]
        words, spaces = words_and_spaces(words, text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # serialisation: settings and lexicon as JSON, the jieba base dictionary comes with jieba;
    # a pkuseg model as spacy-pkuseg writes it (features.msgpack, weights.npz)
    def to_bytes(self, **kwargs: Any) -> bytes:
        data: dict[str, Any] = {"cfg": self._cfg()}
        if self._pkuseg is not None:
            with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
                self._save_pkuseg(Path(tmp))
                data["pkuseg"] = {f: (Path(tmp) / f).read_bytes() for f in PKUSEG_FILES}
        return srsly.msgpack_dumps(data)  # type: ignore[no-any-return]

    def from_bytes(self, data: bytes, **kwargs: Any) -> PolicyTokenizer:
        msg = srsly.msgpack_loads(data)
        self._set(msg["cfg"])
        if msg.get("pkuseg"):
            with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
                for f, b in msg["pkuseg"].items():
                    if f in PKUSEG_FILES:
                        (Path(tmp) / f).write_bytes(b)
                self._pkuseg = load_pkuseg(tmp)
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tokenizer.json", self._cfg())
        if self._pkuseg is not None:
            self._save_pkuseg(path / "pkuseg")

    def from_disk(self, path: str | Path, **kwargs: Any) -> PolicyTokenizer:
        path = Path(path)
        self._set(srsly.read_json(path / "tokenizer.json"))
        if (path / "pkuseg").is_dir():
            self._pkuseg = load_pkuseg(path / "pkuseg")
        return self

    def _save_pkuseg(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self._pkuseg.feature_extractor.save(str(path))
        self._pkuseg.model.save(str(path))

    def _cfg(self) -> dict[str, Any]:
        return {"segmenter": self.segmenter, "hmm": self.hmm, "lexicon": self.lexicon}

    def _set(self, cfg: dict[str, Any]) -> None:
        self.segmenter = str(cfg.get("segmenter", "jieba"))
        self.hmm = bool(cfg.get("hmm", False))
        self.lexicon = list(cfg.get("lexicon", []))
        self._jieba = None


# spaCy validates [initialize.tokenizer] against this signature with pydantic, which needs the
# annotations evaluated (this module postpones them)
PolicyTokenizer.initialize.__annotations__ = typing.get_type_hints(PolicyTokenizer.initialize)
