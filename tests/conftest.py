from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


@pytest.fixture(scope="session")
def nlp():
    from jinghai_nlp.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CORPORA / "jinghai_2026.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_text):
    from jinghai_nlp import annotate

    return annotate(seed_text, nlp=nlp, id="jinghai_2026")


@pytest.fixture(scope="session")
def gazetteer():
    from jinghai_nlp.pipeline import shared_gazetteer

    return shared_gazetteer()
