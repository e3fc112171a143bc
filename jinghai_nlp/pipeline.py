"""The spaCy pipeline: tokenizer and components, their factories, and the public entry points.

``load()`` builds (or reads) a ``Language``; each ``Doc`` it makes carries the
results in ``doc._.jh_meta``, ``doc._.jh_entities`` and ``doc._.jh_targets``
(typed, with character offsets into ``doc.text``), in ``doc.ents`` (the entities
that fall on token boundaries) and in the span groups ``doc.spans["jh_targets"]``.
``annotate()`` returns a :class:`~jinghai_nlp.types.Document`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from .entities import EntityRules, first_come
from .errors import Errors
from .gazetteer import Gazetteer, short_forms
from .ner import CONFIDENCE_KEY, RULES_KEY
from .normalize import clean, to_simplified
from .relations import AreaLinker, AreaModel, link_deadline
from .sections import analyse
from .segmentation import PolicyTokenizer, doc_text
from .targets import TargetDraft, find_targets
from .types import Area, Deadline, Document, Entity, Section, Target, Token

PIPELINE = ("jinghai_structure", "jinghai_entities", "jinghai_targets", "jinghai_relations")
# with a trained tagger: the rules run first (their entities are features of the model), the
# tagger writes doc.ents, and jinghai_entities combines the two
MODEL_PIPELINE = (
    "jinghai_structure",
    "jinghai_rules",
    "jinghai_ner",
    "jinghai_entities",
    "jinghai_targets",
    "jinghai_relations",
)
DEFAULT_MODEL = "jinghai_ner_zh"  # the shipped pipeline, in models/ and inside the wheel
DEFAULT_PKUSEG = "jinghai_pkuseg_zh"  # the domain pkuseg segmenter (not the default: jieba measured better)
ALLOWED_MODEL_SUFFIXES = {".cfg", ".json", ".jsonl", ".npz", ".msgpack", ".txt", ".md", ".tsv", ".bin", ""}


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    """The package gazetteer, read once per process on first use."""
    return Gazetteer.load()


@lru_cache(maxsize=1)
def shared_rules() -> EntityRules:
    return EntityRules.load(shared_gazetteer())


def default_lexicon() -> list[str]:
    words = set(shared_gazetteer().lexicon())
    raw = (resources.files("jinghai_nlp") / "data" / "lexicon.txt").read_text(encoding="utf-8")
    words.update(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))
    return sorted(words)


# -- extensions ---------------------------------------------------------------------------
def _get_entities(doc: Doc) -> tuple[Entity, ...]:
    return tuple(Entity.from_dict(e) for e in doc.user_data.get("jh_entities", ()))


def _get_targets(doc: Doc) -> tuple[Target, ...]:
    return tuple(Target.from_dict(t) for t in doc.user_data.get("jh_targets", ()))


def _get_meta(doc: Doc) -> dict[str, Any]:
    return dict(doc.user_data.get("jh_meta", {}))


for _name, _getter in (("jh_entities", _get_entities), ("jh_targets", _get_targets), ("jh_meta", _get_meta)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter)


# -- tokenizer ----------------------------------------------------------------------------
@registry.tokenizers("jinghai.PolicyTokenizer.v1")
def create_tokenizer(segmenter: str = "jieba", hmm: bool = False) -> Callable[[Language], PolicyTokenizer]:
    def make(nlp: Language) -> PolicyTokenizer:
        return PolicyTokenizer(nlp.vocab, segmenter=segmenter, lexicon=default_lexicon(), hmm=hmm)

    return make


# -- components ---------------------------------------------------------------------------
def structure_meta(text: str, *, year: int | None = None, jurisdiction: str | None = None) -> dict[str, Any]:
    """The document-level meta (jurisdiction, year, date, title, sections) of a cleaned text."""
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 1949 <= year <= 2100):
        raise ValueError(Errors.E013.format(year=year))
    st = analyse(text, shared_gazetteer(), year=year, jurisdiction=jurisdiction)
    return {
        "jurisdiction": st.jurisdiction_text,
        "jurisdiction_code": st.jurisdiction.code if st.jurisdiction else None,
        "year": st.year,
        "date": st.date,
        "title": st.title,
        "sections": [s.to_dict() for s in st.sections],
    }


class StructureComponent:
    """Title, jurisdiction, report year and sections (``doc._.jh_meta``)."""

    def __init__(self, nlp: Language, name: str, *, year: int | None, jurisdiction: str | None) -> None:
        self.name = name
        self.year = year
        self.jurisdiction = jurisdiction

    def __call__(
        self,
        doc: Doc,
        year: int | None = None,
        jurisdiction: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Doc:
        """meta: a structure computed elsewhere (for a chunk of a long document): used as is."""
        if meta is None:
            meta = structure_meta(
                doc_text(doc),
                year=year if year is not None else self.year,
                jurisdiction=jurisdiction if jurisdiction is not None else self.jurisdiction,
            )
        meta = dict(meta)
        if "jh_cleanup" in doc.user_data:
            meta["cleanup"] = doc.user_data["jh_cleanup"]
        doc.user_data["jh_meta"] = meta
        return doc


class Combine(str, Enum):
    """How ``jinghai_entities`` combines the rules' entities with the tagger's (``doc.ents``).

    - ``rules``: the rules only (the tagger, if any, is ignored);
    - ``model``: the tagger only (it saw the rules' decisions as features);
    - ``model_first``: the tagger's entities, then the rules' where they overlap none;
    - ``rules_first``: the rules' entities, which the tagger may not overwrite, then the
      tagger's where they overlap none;
    - ``rule_labels_first``: the rules' entities of some labels (``rule_labels``, default
      PLACE: the gazetteer knows every division), then the tagger's, then the other rules'.
    """

    rules = "rules"
    model = "model"
    model_first = "model_first"
    rules_first = "rules_first"
    rule_labels_first = "rule_labels_first"


DEFAULT_COMBINE = Combine.rules_first  # measured on dev against the other options: models/README.md
DEFAULT_MIN_CONFIDENCE = 0.0  # the least confidence of a tagger entity that is kept: models/README.md
DEFAULT_MODEL_LABELS: tuple[str, ...] | None = ("PLACE", "PROJECT")  # the labels the tagger may add (None: all)


def combine_entities(
    rules: Sequence[Entity],
    model: Sequence[Entity],
    mode: str | Combine,
    *,
    rule_labels: Iterable[str] = ("PLACE",),
) -> list[Entity]:
    """Non-overlapping entities from the rules' and the tagger's, sorted by offset."""
    mode = Combine(mode)
    first: list[Entity]
    second: list[Entity]
    if mode is Combine.rules:
        first, second = list(rules), []
    elif mode is Combine.model:
        first, second = list(model), []
    elif mode is Combine.model_first:
        first, second = list(model), list(rules)
    elif mode is Combine.rules_first:
        first, second = list(rules), list(model)
    else:
        keep = set(rule_labels)
        first = [e for e in rules if e.label in keep]
        second = list(model) + [e for e in rules if e.label not in keep]
    return first_come((*first, *second))


def _token_spans(doc: Doc, text: str) -> list[tuple[str, int, int]]:
    """(text, start, end) of every token, without building Token objects (the hot path)."""
    if not len(doc):
        return []
    arr = doc.to_array(["IDX", "LENGTH"]).astype(np.int64)
    starts = arr[:, 0].tolist()
    ends = (arr[:, 0] + arr[:, 1]).tolist()
    return list(zip(map(text.__getitem__, map(slice, starts, ends)), starts, ends))


def _rule_entities(doc: Doc, text: str) -> list[Entity]:
    meta = doc.user_data.get("jh_meta", {})
    code = meta.get("jurisdiction_code")
    local = _local_names(code) if code else frozenset()
    own = _local_abbreviations(code) if code else frozenset()
    return shared_rules().find(text, _token_spans(doc, text), local_names=local, local_abbreviations=own)


class RuleComponent:
    """The rules' entities, kept in ``doc.user_data["jh_rule_entities"]`` for the tagger and
    for ``jinghai_entities`` (which combines them with the tagger's and removes the key)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[RULES_KEY] = [dict(e.to_dict(), source=e.source) for e in _rule_entities(doc, doc_text(doc))]
        return doc


class EntityComponent:
    """PLACE/INSTITUTION/PROJECT/DATE (``doc._.jh_entities`` and ``doc.ents``).

    combine (Combine): how the rules and a trained tagger earlier in the pipeline are
    combined (``rules`` when there is none).
    rule_labels (List[str]): the labels taken from the rules first with ``rule_labels_first``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        combine: str = Combine.rules.value,
        rule_labels: Sequence[str] = ("PLACE",),
        min_confidence: float = 0.0,
        model_labels: Sequence[str] | None = None,
    ) -> None:
        if combine not in Combine.__members__:
            raise ValueError(Errors.E123.format(value=combine, name="combine", valid=list(Combine.__members__)))
        self.name = name
        self.combine = Combine(combine)
        self.rule_labels = tuple(rule_labels)
        self.min_confidence = float(min_confidence)
        self.model_labels = None if model_labels is None else frozenset(model_labels)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        stored = doc.user_data.pop(RULES_KEY, None)
        if stored is None:
            rules = _rule_entities(doc, text)
        else:
            rules = [Entity(d["start"], d["end"], d["label"], d["text"], d.get("source")) for d in stored]
        conf = {(a, b): c for a, b, c in doc.user_data.pop(CONFIDENCE_KEY, ())}
        if self.combine is Combine.rules:
            ents = rules
        else:
            model = [
                Entity(s.start_char, s.end_char, s.label_, text[s.start_char : s.end_char], "model")
                for s in doc.ents
                if conf.get((s.start_char, s.end_char), 1.0) >= self.min_confidence
                and (self.model_labels is None or s.label_ in self.model_labels)
            ]
            ents = combine_entities(rules, model, self.combine, rule_labels=self.rule_labels)
        doc.user_data["jh_entities"] = [e.to_dict() for e in ents]
        spans = []
        for e in ents:
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="strict")
            if span is not None:
                spans.append(span)
        doc.ents = spans
        return doc


@lru_cache(maxsize=64)
def _local_names(code: str) -> frozenset[str]:
    """Names trusted in short form in a document of this jurisdiction: the divisions inside
    it, itself and the divisions above it (银川 in 银川市's report, 宁夏 above it)."""
    gaz = shared_gazetteer()
    names = gaz.descendants_names(code)
    own = gaz.by_code.get(code)
    for d in gaz.chain(own) if own is not None else ():
        names.add(d.name)
        names.update(short_forms(d.name, d.level))
    return frozenset(names)


@lru_cache(maxsize=64)
def _local_abbreviations(code: str) -> frozenset[str]:
    """The one-character forms of the jurisdiction and of the city above it: 池 in 池州市's report,
    潜 in 潜江市's, 凉 in 凉山彝族自治州's (驻池单位, 在潜单位). A district (静海区) has none."""
    gaz = shared_gazetteer()
    own = gaz.by_code.get(code)
    out = set()
    for d in gaz.chain(own) if own is not None else ():
        if d.level in ("city", "county") and d.name.endswith(("市", "州", "盟")) and d.name[0] not in "省市县区":
            out.add(d.name[0])  # not 省 of 省直辖县级行政区划
    return frozenset(out)


class TargetComponent:
    """Targets (``doc._.jh_targets``, ``doc.spans["jh_targets"]``), relations left empty."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        meta = doc.user_data.get("jh_meta", {})
        sections = [Section.from_dict(s) for s in meta.get("sections", ())]
        entities = [Entity.from_dict(e) for e in doc.user_data.get("jh_entities", ())]
        text = doc_text(doc)
        drafts = find_targets(text, sections, entities)
        doc.user_data["jh_targets"] = [_draft_to_dict(text, d) for d in drafts]
        doc.spans["jh_targets"] = _spans(doc, drafts)
        return doc


def _draft_to_dict(text: str, d: TargetDraft) -> dict[str, Any]:
    q = d.quantity
    out = Target(
        start=d.start,
        end=d.end,
        text=text[d.start : d.end],
        indicator=d.indicator,
        value=float(q.value),
        value_max=float(q.value_max) if q.value_max is not None else None,
        unit=q.unit,
        comparator=d.comparator,
        kind=d.kind,
        status=d.status,
    ).to_dict()
    out["_subject"] = [d.subject.start, d.subject.end, d.subject.label, d.subject.text] if d.subject else None
    out["_section"] = d.section.to_dict() if d.section else None
    out["_quantity"] = [q.start, q.end]
    return out


def _spans(doc: Doc, drafts: Iterable[TargetDraft]) -> list[Span]:
    spans = []
    for d in drafts:
        span = doc.char_span(d.start, d.end, label="TARGET", alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


class RelationComponent:
    """Responsible area and deadline of every target.

    The responsible area comes from the statistical linker (weights as JSON, see
    ``relations.AreaModel``) when one is loaded, else from the rules.
    """

    def __init__(self, nlp: Language, name: str, *, use_model: bool = True) -> None:
        self.name = name
        self.use_model = use_model
        self.model: AreaModel | None = None
        self._loaded = False

    def _model(self) -> AreaModel | None:
        if not self._loaded:
            if self.use_model and self.model is None:
                self.model = AreaModel.load_default()
            self._loaded = True
        return self.model if self.use_model else None

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        model = self._model()
        if model is not None:
            model.to_disk(path / "area_model.json")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RelationComponent:
        f = Path(path) / "area_model.json"
        # a saved area model wins; without one, the package's model (if any) is used, as when built fresh
        self.model = AreaModel.from_disk(f) if f.exists() else None
        self._loaded = f.exists()
        return self

    def __call__(self, doc: Doc) -> Doc:
        gaz = shared_gazetteer()
        meta = doc.user_data.get("jh_meta", {})
        code = meta.get("jurisdiction_code")
        division = gaz.by_code.get(code) if code else None
        entities = sorted((Entity.from_dict(e) for e in doc.user_data.get("jh_entities", ())), key=lambda e: e.start)
        linker = AreaLinker(gaz, model=self._model())
        text = doc_text(doc)
        out = []
        for t in doc.user_data.get("jh_targets", ()):
            draft = _dict_to_draft(text, t)
            area = linker.link(text, draft, entities, division, meta.get("jurisdiction"))
            deadline = link_deadline(text, draft, meta.get("year"))
            t = dict(t)
            t["responsible"] = area.to_dict()
            t["deadline"] = deadline.to_dict()
            out.append(t)
        doc.user_data["jh_targets"] = out
        return doc


def _dict_to_draft(text: str, t: dict[str, Any]) -> TargetDraft:
    from decimal import Decimal

    from .quantities import Quantity

    qs, qe = t.get("_quantity") or [t["start"], t["end"]]
    subject = t.get("_subject")
    return TargetDraft(
        start=t["start"],
        end=t["end"],
        indicator=t["indicator"],
        quantity=Quantity(qs, qe, qs, Decimal(str(t["value"])), t["unit"], t["comparator"], text=text[qs:qe]),
        kind=t["kind"],
        status=t["status"],
        comparator=t["comparator"],
        section=Section.from_dict(t["_section"]) if t.get("_section") else None,
        subject=Entity(subject[0], subject[1], subject[2], subject[3]) if subject else None,
    )


@Language.factory(
    "jinghai_structure",
    assigns=["doc._.jh_meta"],
    default_config={"year": None, "jurisdiction": None},
)
def make_structure(nlp: Language, name: str, year: int | None, jurisdiction: str | None) -> StructureComponent:
    return StructureComponent(nlp, name, year=year, jurisdiction=jurisdiction)


@Language.factory("jinghai_rules", assigns=["doc.user_data"], requires=["doc._.jh_meta"])
def make_rules(nlp: Language, name: str) -> RuleComponent:
    return RuleComponent(nlp, name)


@Language.factory(
    "jinghai_entities",
    assigns=["doc.ents", "doc._.jh_entities"],
    requires=["doc._.jh_meta"],
    default_config={
        "combine": Combine.rules.value,
        "rule_labels": ["PLACE"],
        "min_confidence": 0.0,
        "model_labels": None,
    },
)
def make_entities(
    nlp: Language,
    name: str,
    combine: str,
    rule_labels: list[str],
    min_confidence: float,
    model_labels: list[str] | None,
) -> EntityComponent:
    return EntityComponent(
        nlp, name, combine=combine, rule_labels=rule_labels, min_confidence=min_confidence, model_labels=model_labels
    )


@Language.factory("jinghai_targets", assigns=["doc._.jh_targets", "doc.spans"], requires=["doc._.jh_entities"])
def make_targets(nlp: Language, name: str) -> TargetComponent:
    return TargetComponent(nlp, name)


@Language.factory(
    "jinghai_relations",
    assigns=["doc._.jh_targets"],
    requires=["doc._.jh_targets"],
    default_config={"use_model": True},
)
def make_relations(nlp: Language, name: str, use_model: bool) -> RelationComponent:
    return RelationComponent(nlp, name, use_model=use_model)


# -- public API ---------------------------------------------------------------------------
def build(
    *,
    segmenter: str = "jieba",
    ner: Language | str | Path | None = None,
    combine: str | None = None,
    pkuseg_model: str | Path | None = None,
    min_confidence: float | None = None,
    model_labels: Sequence[str] | None = None,
) -> Language:
    """A fresh pipeline: the rules only, or with a trained tagger.

    segmenter (str): ``jieba`` (with the lexicon), ``char`` or ``pkuseg``.
    ner (Language | Path | None): a trained pipeline (or its directory) whose ``jinghai_ner``
        component is copied in, between ``jinghai_rules`` and ``jinghai_entities``.
    combine (str | None): how rules and tagger are combined (:class:`Combine`);
        default ``rules`` without a tagger, else ``rules_first`` (the best on dev, models/README.md).
    pkuseg_model (Path | None): the pkuseg model directory, with ``segmenter="pkuseg"``
        (default: the shipped one, :func:`shipped_pkuseg_path`).
    min_confidence (float | None): the tagger's entities below this confidence are dropped
        (default: :data:`DEFAULT_MIN_CONFIDENCE`, chosen on dev, models/README.md).
    model_labels (Sequence[str] | None): the labels the tagger may add (default:
        :data:`DEFAULT_MODEL_LABELS`).
    """
    tok: dict[str, Any] = {"@tokenizers": "jinghai.PolicyTokenizer.v1", "segmenter": segmenter}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tok}})
    if segmenter == "pkuseg" and pkuseg_model is None:
        pkuseg_model = shipped_pkuseg_path()
    if pkuseg_model is not None:
        nlp.tokenizer.initialize(pkuseg_model=pkuseg_model)  # type: ignore[union-attr]
    if ner is None:
        for name in PIPELINE:
            nlp.add_pipe(name, config={"combine": combine or Combine.rules.value} if name == "jinghai_entities" else {})
        nlp.meta["name"] = "jinghai_rules"
        return nlp
    source = ner if isinstance(ner, Language) else load(ner)
    for name in MODEL_PIPELINE:
        if name == "jinghai_ner":
            nlp.add_pipe(name, source=source)
        elif name == "jinghai_entities":
            conf = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
            chosen = DEFAULT_MODEL_LABELS if model_labels is None else model_labels
            labels = None if chosen is None else list(chosen)
            nlp.add_pipe(
                name,
                config={"combine": combine or DEFAULT_COMBINE.value, "min_confidence": conf, "model_labels": labels},
            )
        else:
            nlp.add_pipe(name)
    nlp.meta["name"] = "jinghai_ner_zh"
    return nlp


def _check_model_dir(path: Path) -> None:
    if not path.is_dir():
        raise OSError(Errors.E007.format(path=path, reason="not a directory"))
    if not (path / "config.cfg").exists():
        raise OSError(Errors.E007.format(path=path, reason="config.cfg is missing"))
    for f in path.rglob("*"):
        if f.is_file() and f.suffix.lower() not in ALLOWED_MODEL_SUFFIXES:
            raise OSError(
                Errors.E007.format(path=path, reason=f"unexpected file {f.name!r} (only data files are read)")
            )


def shipped_model_path(name: str = DEFAULT_MODEL, *, marker: str = "config.cfg") -> Path:
    """The directory of a shipped model: inside the installed package (``jinghai_nlp/models/``,
    mapped from the repository's ``models/`` when the wheel is built), else ``models/`` of a checkout.
    ``marker`` is a file the directory must hold."""
    installed = Path(str(resources.files("jinghai_nlp"))) / "models" / name
    if (installed / marker).exists():
        return installed
    checkout = Path(__file__).resolve().parent.parent / "models" / name
    if (checkout / marker).exists():
        return checkout
    raise OSError(Errors.E126.format(name=name, path=installed))


def shipped_pkuseg_path() -> Path:
    """The domain pkuseg model trained on our corpus (``models/jinghai_pkuseg_zh``, models/README.md)."""
    return shipped_model_path(DEFAULT_PKUSEG, marker="weights.npz")


def load(name_or_path: str | Path | None = None) -> Language:
    """The shipped pipeline (``None``), the rules-only pipeline (``"rules"``), or one saved
    with ``nlp.to_disk(path)``.

    A model directory is read as data only: files other than configs, JSON,
    msgpack, npz and text are refused, and no code is imported from it.
    """
    if name_or_path is None or name_or_path == DEFAULT_MODEL:
        name_or_path = shipped_model_path()
    elif name_or_path == "rules":
        return build()
    path = Path(name_or_path)
    _check_model_dir(path)
    return spacy.load(path)


@lru_cache(maxsize=1)
def _default_nlp() -> Language:
    return load()


def doc_to_document(doc: Doc, *, id: str | None = None, tokens: bool = True) -> Document:
    meta = {k: v for k, v in doc.user_data.get("jh_meta", {}).items()}
    targets = []
    for t in doc.user_data.get("jh_targets", ()):
        clean = {k: v for k, v in t.items() if not k.startswith("_")}
        targets.append(Target.from_dict(clean))
    text = doc_text(doc)
    return Document(
        text=text,
        id=id,
        entities=_get_entities(doc),
        targets=tuple(targets),
        tokens=_tokens(doc, text) if tokens else (),
        meta=meta,
    )


def _tokens(doc: Doc, text: str) -> tuple[Token, ...]:
    """The non-space tokens, without building spaCy Token objects."""
    if not len(doc):
        return ()
    arr = doc.to_array(["IDX", "LENGTH", "IS_SPACE"]).astype(np.int64)
    words = arr[arr[:, 2] == 0]
    starts = words[:, 0].tolist()
    ends = (words[:, 0] + words[:, 1]).tolist()
    with _no_cycle_collection():  # one Token per word, none in a cycle: see _no_cycle_collection
        return tuple(map(Token, starts, ends, map(text.__getitem__, map(slice, starts, ends))))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while a block makes many objects that cannot form a
    cycle (a report's tokens): each collection it would trigger walks every long-lived object
    of the loaded pipeline (some 200,000). Restores the collector's state after, also on error."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


MAX_DOC_CHARS = 100_000  # longer texts are processed in chunks cut at paragraph ends


def chunk_spans(text: str, size: int = MAX_DOC_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``size`` characters, at a line end, else a 。, else anywhere."""
    spans = []
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = max(text.rfind(c, start + size // 2, end) for c in "。；！？")
            end = cut + 1 if cut >= 0 else end
        spans.append((start, end))
        start = end
    return spans


def annotate(
    text: str,
    *,
    year: int | None = None,
    jurisdiction: str | None = None,
    id: str | None = None,
    nlp: Language | None = None,
    tokens: bool = True,
) -> Document:
    """Annotate one text: clean-up, structure, tokens, entities, targets and relations.

    year, jurisdiction: override what the header says (or what is inferred).
    RETURNS (Document): offsets point into ``Document.text`` (the cleaned text);
    ``Document.to_original(i)`` maps them back to ``text``.

    Texts in traditional characters are read through a same-length conversion to
    simplified characters (offsets and the returned text stay traditional); texts
    longer than ``MAX_DOC_CHARS`` are processed in chunks cut at paragraph ends,
    with the structure (jurisdiction, year, sections) taken from the whole text.
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type=type(text).__name__))
    nlp = nlp or _default_nlp()
    cleaned, edits = clean(text)
    simplified = to_simplified(cleaned)
    if simplified is None and len(cleaned) <= MAX_DOC_CHARS:
        cfg = {"jinghai_structure": {"year": year, "jurisdiction": jurisdiction}}
        doc = nlp(text, component_cfg=cfg)
        return doc_to_document(doc, id=id, tokens=tokens)
    work = simplified if simplified is not None else cleaned
    meta = structure_meta(work, year=year, jurisdiction=jurisdiction)
    entities: list[Entity] = []
    targets: list[Target] = []
    toks: list[Token] = []
    tokenizer = nlp.tokenizer
    for s, e in chunk_spans(work):
        local = dict(meta)
        local["sections"] = [
            dict(sec, start=max(sec["start"], s) - s, end=min(sec["end"], e) - s)
            for sec in meta["sections"]
            if sec["start"] < e and sec["end"] > s
        ]
        if isinstance(tokenizer, PolicyTokenizer):
            doc = tokenizer.tokenize_clean(work[s:e])
        else:  # pragma: no cover - a pipeline with another tokenizer
            doc = tokenizer(work[s:e])
        for name, proc in nlp.pipeline:
            doc = cast(Any, proc)(doc, meta=local) if name == "jinghai_structure" else proc(doc)
        part = doc_to_document(doc, tokens=tokens)
        entities += [_shift(x, s, cleaned) for x in part.entities]
        targets += [_shift_target(t, s, cleaned) for t in part.targets]
        toks += [Token(t.start + s, t.end + s, cleaned[t.start + s : t.end + s]) for t in part.tokens]
    if edits:
        meta["cleanup"] = [list(x) for x in edits]
    if simplified is not None:
        meta["script"] = "traditional"
    return Document(
        text=cleaned, id=id, entities=tuple(entities), targets=tuple(targets), tokens=tuple(toks), meta=meta
    )


def _shift(e: Entity, off: int, text: str) -> Entity:
    return Entity(e.start + off, e.end + off, e.label, text[e.start + off : e.end + off], e.source)


def _shift_target(t: Target, off: int, text: str) -> Target:
    r, d = t.responsible, t.deadline
    if r is not None and r.start is not None and r.end is not None:
        r = replace(r, start=r.start + off, end=r.end + off, text=text[r.start + off : r.end + off])
    if d is not None and d.start is not None and d.end is not None:
        d = replace(d, start=d.start + off, end=d.end + off, text=text[d.start + off : d.end + off])
    return replace(
        t,
        start=t.start + off,
        end=t.end + off,
        text=text[t.start + off : t.end + off],
        indicator=t.indicator,
        responsible=r,
        deadline=d,
    )


__all__ = ["annotate", "build", "load", "doc_to_document", "Area", "Deadline"]
