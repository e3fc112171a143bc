"""Training: plain library code (readers, converters, loops); the CLI wraps it.

- :mod:`.corpus`: gold documents (their annotated windows) as spaCy ``Example`` objects;
- :mod:`.loop`: :func:`train`, the entity tagger's training loop (``spacy.training``);
- :mod:`.pkuseg`: silver segmentation and the domain pkuseg model;
- :mod:`.linker`: the responsible-area linker.

Submodules are imported on first use, so that importing one does not load the others.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "CorpusStats": "corpus",
    "MISALIGNED": "corpus",
    "Misaligned": "corpus",
    "make_examples": "corpus",
    "merge_extra": "corpus",
    "pieces": "corpus",
    "read_documents": "corpus",
    "DEFAULT_CONFIG": "loop",
    "TrainResult": "loop",
    "default_config_path": "loop",
    "gold_splits": "loop",
    "score_pipeline": "loop",
    "train": "loop",
    "train_pkuseg": "pkuseg",
    "silver_words": "pkuseg",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'jinghai_nlp.training' has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
