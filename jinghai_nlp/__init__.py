"""jinghai_nlp: Chinese policy-text annotation: entities, numeric targets and their relations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .types import Area, Deadline, Document, Entity, Section, Target, Token

__version__ = "0.2.0"

__all__ = [
    "Area",
    "Deadline",
    "Document",
    "Entity",
    "Section",
    "Target",
    "Token",
    "annotate",
    "load",
    "read",
    "__version__",
]

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import annotate, load
    from .reading import read


def __getattr__(name: str) -> Any:
    # spaCy is imported on first use, not at ``import jinghai_nlp``
    if name in ("annotate", "load"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "read":
        from .reading import read

        return read
    raise AttributeError(f"module 'jinghai_nlp' has no attribute {name!r}")
