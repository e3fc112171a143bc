"""Train the entity tagger with ``spacy.training`` and write a complete pipeline directory.

:func:`train` reads the config (``ner.cfg`` next to this module by default),
points its corpora at the gold files, trains with :func:`spacy.training.loop.train`
(fixed seeds, the best step on dev kept), then assembles the full pipeline
(structure, rules, the trained tagger, the combination, targets, relations),
scores it on dev with :func:`jinghai_nlp.evaluate.evaluate` and writes it to
``out`` with its scores and provenance in ``meta.json``.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ..errors import Errors
from ..types import Document
from .corpus import CorpusStats, make_examples, merge_extra, read_documents

DEFAULT_CONFIG = "ner.cfg"


def default_config_path() -> Path:
    """The training config that ships with the package."""
    return Path(str(resources.files("jinghai_nlp") / "training" / DEFAULT_CONFIG))


@dataclass
class TrainResult:
    """What :func:`train` wrote and measured."""

    path: Path
    dev_scores: dict[str, Any]
    stats: dict[str, CorpusStats] = field(default_factory=dict)
    seconds: float = 0.0
    best_step_score: float | None = None

    def summary(self) -> dict[str, Any]:
        ents = self.dev_scores.get("entities", {})
        return {
            "path": str(self.path),
            "seconds": round(self.seconds, 1),
            "dev_exact_f": {lab: round(s["exact"]["f"], 3) for lab, s in ents.items()},
            "stats": {k: v.to_dict() for k, v in self.stats.items()},
        }


def gold_splits(gold: str | Path) -> dict[str, Path]:
    """``train``/``dev``/``test`` JSONL files of a gold directory (``test`` optional)."""
    gold = Path(gold)
    out = {s: gold / f"{s}.jsonl" for s in ("train", "dev", "test") if (gold / f"{s}.jsonl").is_file()}
    if "train" not in out or "dev" not in out:
        raise ValueError(Errors.E125.format(path=gold))
    return out


def _write_jsonl(docs: Sequence[Document], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d.to_dict(tokens=False), ensure_ascii=False) + "\n")


def score_pipeline(nlp: Any, docs: Sequence[Document]) -> dict[str, Any]:
    """``jinghai_nlp.evaluate`` scores of a pipeline on gold documents (gold year and jurisdiction given)."""
    from ..evaluate import evaluate
    from ..pipeline import annotate

    preds = [annotate(g.text, nlp=nlp, id=g.id, year=g.year, jurisdiction=g.jurisdiction, tokens=False) for g in docs]
    return evaluate(docs, preds)


def _versions() -> dict[str, str]:
    import platform
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for pkg in ("spacy", "thinc", "numpy", "jieba", "spacy-pkuseg"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:  # pragma: no cover - an optional package
            pass
    return out


def train(
    *,
    gold: str | Path,
    out: str | Path,
    extra: Sequence[str | Path] = (),
    config: str | Path | None = None,
    segmenter: str | None = None,
    pkuseg_model: str | Path | None = None,
    combine: str | None = None,
    overrides: dict[str, Any] | None = None,
    log: IO[str] | None = None,
) -> TrainResult:
    """Train the tagger on ``gold``'s train split (plus ``extra`` files), select on dev, write ``out``.

    gold (Path): a directory with ``train.jsonl`` and ``dev.jsonl`` (``test.jsonl`` is only
        read to refuse extra documents that repeat a test text).
    out (Path): the pipeline directory to write (replaced if it exists).
    extra (Sequence[Path]): further gold JSONL files (e.g. corrections): a document with the
        id or text of a training document replaces it, others are added.
    config (Path): a training config (default: ``ner.cfg`` of this package).
    segmenter (str): override ``[nlp.tokenizer] segmenter`` (``jieba``, ``char``, ``pkuseg``).
    pkuseg_model (Path): the pkuseg model directory (with ``segmenter="pkuseg"``).
    combine (str): override ``[components.jinghai_entities] combine`` of the written pipeline.
    overrides (dict): further config overrides (``{"training.max_steps": 500}``).
    log (IO): where spaCy's training table goes (default: nowhere).
    RETURNS (TrainResult): the path, dev scores and corpus statistics.
    """
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from spacy.util import load_config

    from .. import __version__
    from ..pipeline import Combine, build, load

    t0 = time.perf_counter()
    log = log if log is not None else io.StringIO()
    splits = gold_splits(gold)
    train_docs = read_documents([splits["train"]])
    dev_docs = read_documents([splits["dev"]])
    held_out: dict[str, Sequence[Document]] = {"dev": dev_docs}
    if "test" in splits:
        held_out["test"] = read_documents([splits["test"]])
    extra_docs = read_documents(extra)
    train_docs = merge_extra(train_docs, extra_docs, held_out)

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    cfg_path = Path(config) if config is not None else default_config_path()
    with tempfile.TemporaryDirectory(prefix=f".{out.name}.training-", dir=out.parent) as tmp_s:
        tmp = Path(tmp_s)
        (tmp / "spacy").mkdir()
        train_file = tmp / "train.jsonl"
        _write_jsonl(train_docs, train_file)
        ov: dict[str, Any] = {
            "paths.train": [str(train_file)],
            "paths.dev": [str(splits["dev"].resolve())],
        }
        if segmenter is not None:
            ov["nlp.tokenizer.segmenter"] = segmenter
        if pkuseg_model is None and segmenter == "pkuseg":
            from ..pipeline import shipped_pkuseg_path

            pkuseg_model = shipped_pkuseg_path()
        if pkuseg_model is not None:
            ov["paths.pkuseg_model"] = str(Path(pkuseg_model).resolve())
        ov.update(overrides or {})
        cfg = load_config(cfg_path, overrides=ov, interpolate=False)
        if combine is not None and combine not in Combine.__members__:
            raise ValueError(Errors.E123.format(value=combine, name="combine", valid=list(Combine.__members__)))
        # the written pipeline combines rules and tagger as the config says; while training,
        # each step's tagger is scored on dev alone (on the labels it may add), so that the best tagger is kept
        mode = combine or str(cfg["components"]["jinghai_entities"].get("combine", Combine.model.value))
        min_conf = float(cfg["components"]["jinghai_entities"].get("min_confidence", 0.0))
        labels = cfg["components"]["jinghai_entities"].get("model_labels")
        model_labels = None if labels is None else [str(x) for x in labels]
        cfg = load_config(
            cfg_path,
            overrides={**ov, "components.jinghai_entities.combine": Combine.model.value},
            interpolate=False,
        )
        nlp = init_nlp(cfg)
        stats = {"train": CorpusStats(), "dev": CorpusStats()}
        make_examples(nlp, train_docs, stats=stats["train"])
        make_examples(nlp, dev_docs, stats=stats["dev"])
        _, best_dir = spacy_train(nlp, tmp / "spacy", stdout=log, stderr=log)
        best = load(tmp / "spacy" / "model-best")
        best_score = best.meta.get("performance", {}).get("ents_f")
        seg = str(cfg["nlp"]["tokenizer"].get("segmenter", "jieba"))
        pku = cfg["paths"].get("pkuseg_model")
        final = build(
            segmenter=seg,
            ner=best,
            combine=mode,
            pkuseg_model=pku if seg == "pkuseg" else None,
            min_confidence=min_conf,
            model_labels=model_labels,
        )
        dev_scores = score_pipeline(final, dev_docs)
        final.meta.update(
            {
                "name": out.name,
                "version": __version__,
                "description": "jinghai_nlp pipeline: rules and a trained entity tagger (see models/README.md)",
                "jinghai": {
                    "segmenter": seg,
                    "combine": mode,
                    "min_confidence": min_conf,
                    "model_labels": model_labels,
                    "seed": cfg.interpolate()["training"]["seed"],
                    "versions": _versions(),
                    "train_docs": [d.id for d in train_docs],
                    "dev_docs": [d.id for d in dev_docs],
                    "extra_files": [str(p) for p in extra],
                    "corpus": {k: v.to_dict() for k, v in stats.items()},
                    "dev_spacy_ents_f": best_score,
                    "dev_exact_f": {lab: s["exact"]["f"] for lab, s in dev_scores["entities"].items()},
                    "guide": (train_docs[0].meta.get("guide") if train_docs else None),
                },
            }
        )
        final.meta.pop("performance", None)
        if out.exists():
            shutil.rmtree(out)
        final.to_disk(out)
        # the training config, for the record (config.cfg is the full pipeline's)
        shutil.copyfile(cfg_path, out / "training.cfg")
    del best_dir
    return TrainResult(
        path=out,
        dev_scores=dev_scores,
        stats=stats,
        seconds=time.perf_counter() - t0,
        best_step_score=best_score,
    )
