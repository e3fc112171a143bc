"""The statistical entity recogniser: a BILUO token tagger with a small CNN (``jinghai_ner``).

Each token is embedded from hashed features that generalise beyond the names
seen in training:

- spaCy's lexical attributes ``NORM``, ``PREFIX`` (first character), ``SUFFIX``
  (last three characters) and ``SHAPE``;
- the token's last character (suffixes such as 区, 镇, 港, 院 carry the label);
- the jieba dictionary tag of the token (``ns``, ``nt``, ``v`` …), or "unknown
  word" and its length (unknown words are most often names);
- gazetteer membership (a full division name, a short name, a name inside the
  document's own jurisdiction, a region word);
- the head noun the token ends with (``data/heads.json``: 工程 → PROJECT,
  大学 → INSTITUTION, 经开区 → PLACE);
- the rules' own decision for the token (``B-PROJECT/head``, ``O`` …), read from
  ``doc.user_data["jh_rule_entities"]`` that the ``jinghai_rules`` component
  writes: the model learns when to trust the rules and where they miss.

A maxout window encoder mixes the context (±1 token per layer) and a softmax
gives the 17 BILUO tags, decoded under the BILUO constraints with Viterbi on the
stretches the model is not sure are outside an entity. Every array op is
batched over the whole document, which keeps the tagger fast on one core
(a transition-based parser processes one long document step by step).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, cast

import numpy as np
from spacy.attrs import IDX, LENGTH, NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.scorer import get_ner_prf
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import (
    Config,
    HashEmbed,
    Maxout,
    Model,
    Ragged,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints1d, Ints2d

from .errors import Errors
from .types import LABELS

RULES_KEY = "jh_rule_entities"  # doc.user_data key written by the jinghai_rules component
CONFIDENCE_KEY = "jh_ner_confidence"  # doc.user_data: [start_char, end_char, confidence] of the tagger's entities
LEXICAL_ATTRS = (NORM, PREFIX, SUFFIX, SHAPE)
CUSTOM_FEATURES = ("rule", "pos", "gazetteer", "head", "last_char")
FEATURE_NAMES: tuple[str, ...] = ("norm", "prefix", "suffix", "shape", *CUSTOM_FEATURES)
RULE_COLUMN = FEATURE_NAMES.index("rule")  # the only feature that is not a function of the word
KEY_COLUMN = len(FEATURE_NAMES)  # an extra column: the word and its gazetteer class (for deduplication)
MIN_OUTSIDE_PROB = 0.98  # tokens at least this likely to be outside an entity are not decoded further


def biluo_tags(labels: Iterable[str]) -> list[str]:
    """``O`` then ``B-``, ``I-``, ``L-``, ``U-`` of each label."""
    return ["O"] + [f"{b}-{label}" for label in labels for b in "BILU"]


# -- features -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _lexical_resources() -> Any:
    from .pipeline import shared_rules

    return shared_rules()


_WORD_CACHE: dict[str, tuple[int, int, int, int]] = {}


def _word_features(word: str) -> tuple[int, int, int, int]:
    """(pos, gazetteer, head, last char) hashes of a word: document independent, cached."""
    cached = _WORD_CACHE.get(word)
    if cached is not None:
        return cached
    rules = _lexical_resources()
    res = rules.res
    tag = res.tags.get(word)
    if tag is None:
        han = all("\u4e00" <= ch <= "\u9fff" for ch in word)
        pos = f"unk{'han' if han else 'other'}{min(len(word), 4)}"
    else:
        pos = tag
    g = res.gazetteer
    if len(word) < 2 or word in res.not_names:
        gaz = "-"
    elif word in g.by_name:
        gaz = "full:" + g.by_name[word][0].level
    elif word in g.by_short:
        gaz = "short:" + ("amb" if word in res.ambiguous else g.by_short[word][0].level)
    elif word in res.regions:
        gaz = "region"
    else:
        gaz = "-"
    head = rules._head_of(word)
    head_s = "-" if head is None else f"{head.label}:{int(len(word) > len(head.head))}:{int(head.generic_ok)}"
    out = (
        hash_string("pos=" + pos),
        hash_string("gaz=" + gaz),
        hash_string("head=" + head_s),
        hash_string("last=" + word[-1:]),
    )
    if len(_WORD_CACHE) < 500_000:
        _WORD_CACHE[word] = out
    return out


_LOCAL = hash_string("gaz=local")
_O_RULE = hash_string("rule=O")


def doc_features(doc: Doc) -> np.ndarray:
    """The (n_tokens, 10) uint64 feature array of a document: the 9 :data:`FEATURE_NAMES`, then a
    key that is equal for tokens whose features other than ``rule`` are equal."""
    if RULES_KEY not in doc.user_data:
        raise ValueError(Errors.E121)
    n = len(doc)
    arr = doc.to_array([*LEXICAL_ATTRS, ORTH, IDX, LENGTH]).astype("uint64").reshape((n, len(LEXICAL_ATTRS) + 3))
    lex = arr[:, : len(LEXICAL_ATTRS)]
    custom = np.empty((n, len(CUSTOM_FEATURES)), dtype="uint64")
    custom[:, 0] = _O_RULE
    if n:
        orth = arr[:, len(LEXICAL_ATTRS)]
        custom[:, 1:] = _WORD_TABLE.rows(orth, doc.vocab.strings)
        local = _local_orths(doc)
        if len(local):
            custom[np.isin(orth, local), 2] = _LOCAL
        rules = doc.user_data[RULES_KEY]
        if rules:
            starts = arr[:, -2].astype("int64")
            lengths = arr[:, -1].astype("int64")
            for r in rules:
                s, e = int(r["start"]), int(r["end"])
                i = int(np.searchsorted(starts, s, side="right")) - 1
                j = int(np.searchsorted(starts, e, side="left"))
                label, source = r["label"], r.get("source") or "rule"
                for k in range(max(i, 0), min(j, n)):
                    ts, te = int(starts[k]), int(starts[k] + lengths[k])
                    if ts < s or te > e:
                        b = "X"
                    elif ts == s and te == e:
                        b = "U"
                    elif ts == s:
                        b = "B"
                    elif te == e:
                        b = "L"
                    else:
                        b = "I"
                    custom[k, 0] = hash_string(f"rule={b}-{label}/{source}")
    key = (arr[:, len(LEXICAL_ATTRS)] ^ custom[:, 2]).reshape((n, 1))
    return np.hstack([lex, custom, key])


class _WordTable:
    """The document-independent features of every word seen, as sorted arrays (vectorised lookups)."""

    def __init__(self) -> None:
        self.orths = np.zeros(0, dtype="uint64")
        self.table = np.zeros((0, 4), dtype="uint64")

    def rows(self, orth: np.ndarray, strings: Any) -> np.ndarray:
        pos = np.searchsorted(self.orths, orth)
        known = pos < len(self.orths)
        known[known] = self.orths[pos[known]] == orth[known]
        if not known.all():
            new = np.unique(orth[~known])
            feats = np.asarray([_word_features(strings[o]) for o in new.tolist()], dtype="uint64").reshape((-1, 4))
            if len(self.orths) < 1_000_000:
                orths = np.concatenate([self.orths, new])
                order = np.argsort(orths, kind="stable")
                self.orths, self.table = orths[order], np.concatenate([self.table, feats])[order]
                pos = np.searchsorted(self.orths, orth)
            else:  # pragma: no cover - a very long-running process: look the new words up without keeping them
                out = np.empty((len(orth), 4), dtype="uint64")
                out[known] = self.table[pos[known]]
                out[~known] = feats[np.searchsorted(new, orth[~known])]
                return out
        return self.table[pos]


_WORD_TABLE = _WordTable()


@lru_cache(maxsize=64)
def _local_orths_of(code: str) -> np.ndarray:
    from .pipeline import _local_names

    return np.unique(np.asarray([hash_string(w) for w in _local_names(code)], dtype="uint64"))


def _local_orths(doc: Doc) -> np.ndarray:
    """Hashes of the names of divisions inside the document's jurisdiction."""
    code = doc.user_data.get("jh_meta", {}).get("jurisdiction_code")
    return _local_orths_of(code) if code else np.zeros(0, dtype="uint64")


@registry.layers("jinghai.PolicyFeatures.v1")
def PolicyFeatures(rule_dropout: float = 0.0, seed: int = 0) -> Model[list[Doc], list[Ints2d]]:
    """Docs → per-token hashed feature columns (:data:`FEATURE_NAMES`).

    rule_dropout (float): while training, the share of documents whose ``rule`` column is
        blanked (every token ``O``), so that the tagger also learns to find entities the rules
        miss instead of copying their decisions (a fixed-seed generator: training stays
        deterministic). Never applied when predicting.
    seed (int): the generator's seed.
    """
    rng = np.random.default_rng(seed)

    def forward(model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool) -> tuple[Any, Callable]:
        feats = [doc_features(doc) for doc in docs]
        if is_train and rule_dropout > 0.0:
            for arr, drop in zip(feats, rng.random(len(feats)) < rule_dropout):
                if drop:
                    arr[:, RULE_COLUMN] = _O_RULE
        out = [cast(Ints2d, model.ops.asarray2i(cast(Ints2d, arr), dtype="uint64")) for arr in feats]
        return out, lambda d: []

    return Model("jinghai_features", forward, attrs={"rule_dropout": rule_dropout})


def _by_word_forward(model: Model[Ints2d, Floats2d], X: Ints2d, is_train: bool) -> tuple[Floats2d, Callable]:
    """Embed the word features once per distinct word (a third of the tokens), the rule
    feature per token; the output is their concatenation, word features first."""
    words, rule = model.layers
    ops = model.ops
    Xn = ops.to_numpy(X)
    _, first, inverse = np.unique(Xn[:, KEY_COLUMN], return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    Yw, bp_w = words(ops.asarray2i(Xn[first], dtype="uint64"), is_train)
    Yr, bp_r = rule(X, is_train)
    Y = ops.xp.hstack([Yw[inverse], Yr])
    n_w = Yw.shape[1]

    def backprop(dY: Floats2d) -> Ints2d:
        dW = ops.alloc2f(len(first), n_w)
        ops.scatter_add(dW, ops.asarray1i(cast(Ints1d, inverse.astype("int32"))), ops.asarray2f(dY[:, :n_w]))
        bp_w(dW)
        bp_r(ops.asarray2f(dY[:, n_w:]))
        return ops.alloc2i(*X.shape, dtype="uint64")

    return cast(Floats2d, Y), backprop


def _by_word_init(model: Model[Ints2d, Floats2d], X: Ints2d | None = None, Y: Floats2d | None = None) -> None:
    for layer in model.layers:
        layer.initialize()


@registry.architectures("jinghai.PolicyEmbed.v1")
def PolicyEmbed(
    width: int, widths: list[int], rows: list[int], rule_dropout: float = 0.0
) -> Model[list[Doc], list[Floats2d]]:
    """Embed each feature column in its own hash table, concatenate, mix with a maxout layer.

    The features of a word are embedded once per distinct word of a batch (they depend on
    the word only), the rules' decision once per token.

    width (int): output width.
    widths (List[int]): width of each feature's table, in :data:`FEATURE_NAMES` order.
    rows (List[int]): rows of each feature's table.
    rule_dropout (float): share of training documents seen without the rules' decisions
        (:func:`PolicyFeatures`).
    """
    if len(widths) != len(FEATURE_NAMES) or len(rows) != len(FEATURE_NAMES):
        raise ValueError(Errors.E122.format(n=len(FEATURE_NAMES), names=", ".join(FEATURE_NAMES)))
    tables: list[Model[Ints2d, Floats2d]] = [
        HashEmbed(w, r, column=i, seed=101 + i, dropout=0.0) for i, (w, r) in enumerate(zip(widths, rows, strict=True))
    ]
    words: Model[Ints2d, Floats2d] = concatenate(*(t for i, t in enumerate(tables) if i != RULE_COLUMN))
    by_word: Model[Ints2d, Floats2d] = Model(
        "jinghai_by_word",
        _by_word_forward,
        layers=[words, tables[RULE_COLUMN]],
        init=_by_word_init,
        dims={"nO": sum(widths)},
    )
    model: Model[list[Doc], list[Floats2d]] = chain(
        PolicyFeatures(rule_dropout),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(cast(Model[Ints2d, Floats2d], by_word)),  # type: ignore[misc]
        with_array(Maxout(width, sum(widths), nP=2, dropout=0.0, normalize=True)),
        ragged2list(),
    )
    model.set_dim("nO", width)
    return model


# -- decoding ------------------------------------------------------------------------------
def _allowed(tags: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """BILUO transition mask (from, to) and allowed first / last tags."""
    n = len(tags)
    trans = np.zeros((n, n), dtype=bool)
    start = np.zeros(n, dtype=bool)
    end = np.zeros(n, dtype=bool)
    for i, a in enumerate(tags):
        ab, _, al = a.partition("-")
        start[i] = ab in ("O", "B", "U")
        end[i] = ab in ("O", "L", "U")
        for j, b in enumerate(tags):
            bb, _, bl = b.partition("-")
            if ab in ("B", "I"):
                trans[i, j] = bb in ("I", "L") and bl == al
            else:
                trans[i, j] = bb in ("O", "B", "U")
    return trans, start, end


def viterbi(logp: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Best tag sequence under the BILUO constraints (``logp``: tokens × tags)."""
    n, k = logp.shape
    neg = -1e9
    penalty = np.where(trans, 0.0, neg)
    score = logp[0] + np.where(start, 0.0, neg)
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + penalty
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    score = score + np.where(end, 0.0, neg)
    best = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return best[::-1]


def confidence(scores: np.ndarray, spans: Sequence[tuple[int, int]]) -> list[float]:
    """How sure the tagger is of each entity (token start, end): the least probability, over its
    tokens, that the token is inside an entity (1 - P(O))."""
    if not spans:
        return []
    x = scores - scores.max(axis=1, keepdims=True)
    p_out = np.exp(x[:, 0]) / np.exp(x).sum(axis=1)
    return [round(float(1.0 - p_out[a:b].max()), 4) for a, b in spans]


def decode(scores: np.ndarray, tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities (token start, token end, label) from one document's tag scores (logits)."""
    if not len(scores):
        return []
    x = scores - scores.max(axis=1, keepdims=True)
    logp = x - np.log(np.exp(x).sum(axis=1, keepdims=True))
    unsure = logp[:, 0] < np.log(MIN_OUTSIDE_PROB)
    if not unsure.any():
        return []
    trans, start, end = _constraints(tuple(tags))
    idx = np.flatnonzero(unsure)
    cut = np.flatnonzero(np.diff(idx) != 1)
    run_s = np.concatenate([idx[:1], idx[cut + 1]])
    run_e = np.concatenate([idx[cut] + 1, idx[-1:] + 1])
    out: list[tuple[int, int, str]] = []
    # one-token stretches (most of them): the exact Viterbi result is the best of O and U-*
    ones = run_s[run_e - run_s == 1]
    if len(ones):
        best = np.where(start & end, logp[ones], -np.inf).argmax(axis=1)
        for i, b in zip(ones.tolist(), best.tolist()):
            kind, _, label = tags[b].partition("-")
            if kind == "U":
                out.append((i, i + 1, label))
    for s, e in zip(run_s.tolist(), run_e.tolist()):
        if e - s == 1:
            continue
        ent_start: int | None = None
        for t, tag_i in enumerate(viterbi(logp[s:e], trans, start, end)):
            b, _, label = tags[tag_i].partition("-")
            if b == "U":
                out.append((s + t, s + t + 1, label))
            elif b == "B":
                ent_start = s + t
            elif b == "L" and ent_start is not None:
                out.append((ent_start, s + t + 1, label))
                ent_start = None
    out.sort()
    return out


@lru_cache(maxsize=8)
def _constraints(tags: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _allowed(tags)


# -- the component -------------------------------------------------------------------------
class EntityTagger(TrainablePipe):
    """BILUO tagger for PLACE, INSTITUTION, PROJECT and DATE; writes ``doc.ents``.

    Needs ``jinghai_rules`` earlier in the pipeline (its decisions are features).
    """

    def __init__(
        self,
        vocab: Vocab,
        model: Model[list[Doc], list[Floats2d]],
        name: str = "jinghai_ner",
        *,
        labels: Sequence[str] = LABELS,
        scorer: Callable[..., dict[str, Any]] | None = None,
    ) -> None:
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg: dict[str, Any] = {"labels": list(labels)}
        self.scorer = scorer

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    @property
    def tags(self) -> list[str]:
        return biluo_tags(self.labels)

    def add_label(self, label: str) -> int:
        """Add a label before ``initialize()`` (the output layer is sized there)."""
        if label in self.cfg["labels"]:
            return 0
        self.cfg["labels"].append(label)
        return 1

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
        labels: Sequence[str] | None = None,
    ) -> None:
        validate_examples(get_examples(), "EntityTagger.initialize")
        if labels is not None:
            self.cfg["labels"] = list(labels)
        seen: set[str] = set()
        for eg in get_examples():
            seen.update(e.label_ for e in eg.reference.ents)
        for label in sorted(seen - set(self.cfg["labels"])):
            self.cfg["labels"].append(label)
        output = self.model.get_ref("output_layer")
        output.set_dim("nO", len(self.tags), force=True)
        self.model.initialize()

    def predict(self, docs: Iterable[Doc]) -> list[Floats2d]:
        docs = list(docs)
        if not any(len(d) for d in docs):
            n = len(self.tags)
            return [self.model.ops.alloc2f(len(d), n) for d in docs]
        return cast(list[Floats2d], self.model.predict(docs))

    def set_annotations(self, docs: Iterable[Doc], scores: list[Floats2d]) -> None:
        tags = self.tags
        for doc, s in zip(docs, scores):
            arr = np.asarray(self.model.ops.to_numpy(s))
            found = decode(arr, tags)
            doc.ents = [Span(doc, a, b, label=label) for a, b, label in found]
            conf = confidence(arr, [(a, b) for a, b, _ in found])
            doc.user_data[CONFIDENCE_KEY] = [
                [doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), c] for (a, b, _), c in zip(found, conf)
            ]

    def get_loss(self, examples: Iterable[Example], scores: list[Floats2d]) -> tuple[float, list[Floats2d]]:
        validate_examples(examples, "EntityTagger.get_loss")
        index = {t: i for i, t in enumerate(self.tags)}
        loss = 0.0
        grads = []
        for eg, s in zip(examples, scores):
            probs = self.model.ops.to_numpy(s)
            truth = eg.get_aligned_ner()
            gold = np.array([index.get(t, -1) if t else -1 for t in truth], dtype="int64")
            mask = gold >= 0
            d = probs.copy()
            rows = np.flatnonzero(mask)
            d[rows, gold[rows]] -= 1.0
            d[~mask] = 0.0
            loss += float(-np.log(np.clip(probs[rows, gold[rows]], 1e-9, 1.0)).sum())
            grads.append(self.model.ops.asarray2f(d))
        return loss, grads

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return get_ner_prf(examples)


@registry.scorers("jinghai.entity_scorer.v1")
def make_entity_scorer() -> Callable[..., dict[str, Any]]:
    return get_ner_prf


DEFAULT_MODEL = """
[model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

[model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[model.tok2vec.embed]
@architectures = "jinghai.PolicyEmbed.v1"
width = 32
widths = [32, 16, 16, 8, 8, 8, 8, 8, 16]
rows = [5000, 1000, 2500, 100, 200, 100, 50, 100, 1000]

[model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 32
depth = 1
window_size = 1
maxout_pieces = 2
"""


@Language.factory(
    "jinghai_ner",
    assigns=["doc.ents"],
    requires=["doc._.jh_meta"],
    default_config={
        "model": Config().from_str(DEFAULT_MODEL)["model"],
        "labels": list(LABELS),
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_ner(nlp: Language, name: str, model: Model[list[Doc], list[Floats2d]], labels: list[str]) -> EntityTagger:
    return EntityTagger(nlp.vocab, model, name, labels=labels)


# spaCy validates [initialize.components] against this signature with pydantic, which needs the
# annotations evaluated (this module postpones them)
EntityTagger.initialize.__annotations__ = typing.get_type_hints(EntityTagger.initialize)
