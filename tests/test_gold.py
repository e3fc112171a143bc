from __future__ import annotations

import json

import pytest

from jinghai_nlp.normalize import clean
from jinghai_nlp.validate import validate_dict

from .conftest import CORPORA, ROOT

GOLD = sorted((ROOT / "annotations").glob("*.jsonl"))


def _docs():
    for path in GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.name, json.loads(line)


@pytest.mark.parametrize("name,doc", list(_docs()), ids=lambda x: x if isinstance(x, str) else x["id"])
def test_gold_documents_are_valid_and_match_the_corpus(name, doc) -> None:
    assert validate_dict(doc) == []
    text, _ = clean((CORPORA / f"{doc['id']}.txt").read_text(encoding="utf-8"))
    assert doc["text"] == text


def test_gold_split_is_by_document_and_large_enough() -> None:
    seen: dict[str, str] = {}
    n_t = n_e = 0
    for name, doc in _docs():
        if name == "agreement.jsonl":
            continue
        assert doc["id"] not in seen
        seen[doc["id"]] = name
        n_t += len(doc["targets"])
        n_e += len(doc["entities"])
    assert len(seen) >= 9 and n_t >= 400 and n_e >= 1000
