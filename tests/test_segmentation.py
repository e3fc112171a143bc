"""The jieba tokenizer's fast block cutter (segmentation.cut_block_no_hmm) cuts as jieba does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jinghai_nlp.segmentation import cut_block_no_hmm, make_jieba

ROOT = Path(__file__).resolve().parent.parent


def _jieba_own(tk: object, text: str) -> list[str]:
    """jieba's own cut (its class method, not the instance's fast cutter)."""
    import jieba

    blocks = []
    for blk in jieba.re_han_default.split(text):
        if blk and jieba.re_han_default.match(blk):
            blocks.extend(jieba.Tokenizer._Tokenizer__cut_DAG_NO_HMM(tk, blk))  # type: ignore[attr-defined]
    return blocks


def _fast(tk: object, text: str) -> list[str]:
    import jieba

    out = []
    for blk in jieba.re_han_default.split(text):
        if blk and jieba.re_han_default.match(blk):
            out.extend(cut_block_no_hmm(tk.FREQ, tk.total, blk))  # type: ignore[attr-defined]
    return out


@pytest.fixture(scope="module")
def tokenizer() -> object:
    return make_jieba(["天开团泊园", "子牙经开区", "静海"])


@pytest.mark.parametrize(
    "text",
    [
        "新增绿色工厂不少于10家，天开团泊园、子牙经开区发展能级不断提升。",
        "5G工业物联网产业园、T4航站楼、G104京福线，ABC123abc。",
        "一个字",
        "",
        "ａｂｃ１２３，全角字符与半角abc混排。",
    ],
)
def test_fast_cutter_gives_jieba_s_words(tokenizer: object, text: str) -> None:
    assert _fast(tokenizer, text) == _jieba_own(tokenizer, text)


def test_fast_cutter_gives_jieba_s_words_on_every_report(tokenizer: object) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    lines = (ROOT / "annotations" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts += [json.loads(line)["text"] for line in lines if line]
    assert texts
    for text in texts:
        assert _fast(tokenizer, text) == _jieba_own(tokenizer, text)


def test_the_tokenizer_s_cut_uses_the_fast_cutter_and_keeps_jieba_s_output(tokenizer: object) -> None:
    text = "各位代表：2026年，静海区新增就业1万人，天开团泊园引育企业50家。"
    words = list(tokenizer.cut(text, HMM=False))  # type: ignore[attr-defined]
    assert words == _reference_cut(tokenizer, text)
    assert "天开团泊园" in words  # the lexicon's words are in the fast cutter's dictionary too


def _reference_cut(tk: object, text: str) -> list[str]:
    """jieba's whole cut() with its own block cutter (the instance's fast one set aside)."""
    import jieba

    fast = tk.__dict__.pop("_Tokenizer__cut_DAG_NO_HMM")
    try:
        return list(jieba.Tokenizer.cut(tk, text, HMM=False))  # type: ignore[arg-type]
    finally:
        tk.__dict__["_Tokenizer__cut_DAG_NO_HMM"] = fast


def test_jieba_is_imported_without_pkg_resources_and_leaves_it_importable() -> None:
    """import_jieba keeps jieba's slow import of pkg_resources out of the pipeline's load, and
    hides it only while jieba is imported (a fresh interpreter: pytest's plugins may import it)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from jinghai_nlp.segmentation import import_jieba\n"
        "jieba = import_jieba()\n"
        "assert 'pkg_resources' not in sys.modules, 'pkg_resources was imported'\n"
        "assert jieba.Tokenizer().cut is not None\n"
        "assert sys.modules.get('pkg_resources', 'absent') is not None, 'the import block was left in place'\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("ok")


@pytest.mark.parametrize(
    "text,words",
    [
        # jieba's dictionary cuts these policy terms into characters; the lexicon keeps them whole
        ("推动文旅康养融合发展，完善冷链物流和多式联运体系。", ["文旅", "康养", "冷链", "多式联运"]),
        ("支持天津超算中心建设，提升智算算力。", ["超算", "智算", "算力"]),
        ("国家级非遗代表性传承人记录工程。", ["非遗", "传承人"]),
        ("中国（上海）自由贸易试验区临港新片区、自贸区建设。", ["自由贸易试验区", "自贸区"]),
    ],
)
def test_the_lexicon_keeps_policy_terms_whole(nlp_tokens: object, text: str, words: list[str]) -> None:
    got = nlp_tokens(text)  # type: ignore[operator]
    for w in words:
        assert w in got, (w, got)


@pytest.fixture(scope="module")
def nlp_tokens() -> object:
    import jinghai_nlp

    nlp = jinghai_nlp.load()
    return lambda text: [t.text for t in nlp.make_doc(text)]
