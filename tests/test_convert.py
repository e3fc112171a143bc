from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from jinghai_nlp.cli import main
from jinghai_nlp.convert import (
    FORMATS,
    brat,
    conll,
    docbin,
    doccano,
    guess_format,
    label_studio,
    prodigy,
    read,
    read_documents,
    write,
)
from jinghai_nlp.convert._common import FIELD_NAMES, REGION_LABELS, RELATION_LABELS
from jinghai_nlp.types import Area, Deadline, Document, Entity, Target

from .conftest import ROOT

# format → what it carries of a document (the round trip must give back exactly that)
CARRIES = {
    "jinghai": "everything",
    "label-studio": "everything",
    "doccano": "everything",
    "prodigy": "everything",
    "docbin": "everything",
    "brat": "spans, target fields, relations",
    "conll": "entity spans",
}
FILE_NAMES = {"docbin": "gold.spacy", "conll": "gold.conll", "brat": "gold_brat", "label-studio": "tasks.json"}


def by_id(doc: Document) -> str:
    return doc.id or ""


def carried(doc: Document, fmt: str) -> Document:
    if CARRIES[fmt] == "entity spans":
        return Document(doc.text, doc.id, entities=doc.entities)
    if CARRIES[fmt] == "spans, target fields, relations":
        return replace(doc, meta={})
    return doc


def make_doc(text: str, entities: list[tuple[str, str]], targets: list[dict], **meta) -> Document:
    """A document from (mention, label) pairs and target dicts whose spans are found with str.find."""
    ents = []
    for mention, label in entities:
        s = text.index(mention)
        ents.append(Entity(s, s + len(mention), label, mention))
    tgts = []
    for t in targets:
        s = text.index(t["text"])
        resp = t.get("responsible")
        area = Area(meta.get("jurisdiction"), implicit=True)
        if resp:
            r = text.index(resp)
            area = Area(resp, r, r + len(resp), implicit=False)
        dl = t.get("deadline")
        deadline = Deadline(t.get("year", meta.get("year")), implicit=True)
        if dl:
            d = text.index(dl)
            deadline = Deadline(t.get("year"), None, dl, d, d + len(dl), implicit=False)
        tgts.append(
            Target(
                s,
                s + len(t["text"]),
                t["text"],
                t["indicator"],
                t["value"],
                t["unit"],
                t.get("comparator", "="),
                t.get("kind", "level"),
                t.get("status", "planned"),
                t.get("value_max"),
                area,
                deadline,
            )
        )
    return Document(
        text, meta.get("id", "doc"), tuple(ents), tuple(tgts), meta={k: v for k, v in meta.items() if k != "id"}
    )


# astral characters: CJK Extension B (𠀾, 𡐓 in place names) and emoji count two UTF-16 code units
ASTRAL = make_doc(
    "𠀾𡐓镇：😀到2027年，𡐓镇新增绿色工厂不少于10家😀😀，大邱庄镇研发投入3-5亿元。",
    [("𡐓镇", "PLACE"), ("2027年", "DATE"), ("大邱庄镇", "PLACE")],
    [
        {
            "text": "新增绿色工厂不少于10家",
            "indicator": "绿色工厂",
            "value": 10.0,
            "unit": "家",
            "comparator": ">=",
            "kind": "increase",
            "responsible": "𡐓镇，"[:2],
            "deadline": "到2027年",
            "year": 2027,
        },
        {
            "text": "研发投入3-5亿元",
            "indicator": "研发投入",
            "value": 3e8,
            "value_max": 5e8,
            "unit": "元",
            "year": 2026,
        },
    ],
    jurisdiction="静海区",
    year=2026,
    id="astral",
)


# -- round trips on the gold corpus -------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_convert_round_trip_on_gold_loses_nothing_the_format_carries(fmt, gold, nlp, tmp_path) -> None:
    path = tmp_path / FILE_NAMES.get(fmt, "gold.jsonl")
    kwargs = {"nlp": nlp} if fmt in ("prodigy", "docbin") else {}
    if fmt == "docbin":
        kwargs["misaligned"] = "split"
    write(gold, path, fmt, **kwargs)
    back = read(path, fmt)
    if fmt == "brat":  # a directory of files: documents come back in file-name order
        gold = sorted(gold, key=lambda d: d.id)
    assert [d.id for d in back] == [d.id for d in gold]
    for b, g in zip(back, gold):
        assert b.text == g.text
        assert b.entities == carried(g, fmt).entities
        assert b.targets == carried(g, fmt).targets  # every field, responsible area and deadline
        assert b == carried(g, fmt)


THERE_AND_BACK = {
    "label-studio": lambda d, nlp: label_studio.from_label_studio(label_studio.to_label_studio([d]))[0],
    "doccano": lambda d, nlp: doccano.from_doccano(doccano.to_doccano([d]))[0],
    "prodigy": lambda d, nlp: prodigy.from_prodigy(prodigy.to_prodigy([d], nlp=nlp))[0],
    "brat": lambda d, nlp: brat.from_brat(d.text, brat.to_brat(d), id=d.id),
}


@pytest.mark.parametrize("fmt", THERE_AND_BACK)
def test_convert_round_trip_on_predictions_keeps_division_codes(fmt, seed_doc, nlp) -> None:
    doc = replace(seed_doc, tokens=())
    assert any(t.responsible and t.responsible.code for t in doc.targets)
    back = THERE_AND_BACK[fmt](doc, nlp)
    assert back.entities == doc.entities and back.targets == doc.targets


def test_convert_docbin_ents_and_spans_alone_carry_entities_and_target_spans(gold, nlp) -> None:
    from spacy.vocab import Vocab

    db = docbin.to_docbin(gold[6:8], nlp=nlp, misaligned="split")
    for sdoc, g in zip(db.get_docs(Vocab()), gold[6:8]):
        assert [(e.start_char, e.end_char, e.label_) for e in sdoc.ents] == [
            (e.start, e.end, e.label) for e in g.entities
        ]
        assert [(s.start_char, s.end_char) for s in sdoc.spans["jh_targets"]] == [(t.start, t.end) for t in g.targets]
        sdoc.user_data.clear()  # a DocBin made elsewhere: target fields are then read from the spans' text
        with pytest.warns(UserWarning, match="W080"):
            back = docbin.from_spacy_doc(sdoc)
        assert back.entities == g.entities
        assert [(t.start, t.end) for t in back.targets] == [(t.start, t.end) for t in g.targets]


# -- DocBin: spans that cut through a token are never dropped silently --------------------------
@pytest.mark.parametrize(
    "misaligned,ents",
    [("split", [("海区", "PLACE"), ("政府", "INSTITUTION")]), ("skip", [("政府", "INSTITUTION")])],
)
def test_convert_docbin_reports_spans_off_token_boundaries(misaligned, ents) -> None:
    import spacy

    nlp = spacy.blank("xx")  # whitespace tokens: 静海区 | 政府
    doc = make_doc("静海区 政府", [("海区", "PLACE"), ("政府", "INSTITUTION")], [])
    if misaligned == "skip":
        with pytest.warns(UserWarning, match=r"W081.*1 span.*海区"):
            sdoc = docbin.to_spacy_doc(doc, nlp, misaligned=misaligned)
    else:
        sdoc = docbin.to_spacy_doc(doc, nlp, misaligned=misaligned)
    assert [(e.text, e.label_) for e in sdoc.ents] == ents
    assert docbin.from_spacy_doc(sdoc) == doc  # the full annotation stays in user_data


def test_convert_docbin_raises_on_spans_off_token_boundaries_by_default() -> None:
    import spacy

    doc = make_doc("静海区 政府", [("海区", "PLACE")], [])
    with pytest.raises(ValueError, match=r"E081.*1 span.*'海区' \[1, 3\).*misaligned='split'"):
        docbin.to_docbin([doc], nlp=spacy.blank("xx"))
    with pytest.raises(ValueError, match="E085"):
        docbin.to_docbin([doc], nlp=spacy.blank("xx"), misaligned="drop")  # type: ignore[arg-type]


# -- Label Studio ------------------------------------------------------------------------------
def test_convert_label_studio_counts_utf16_code_units() -> None:
    task = label_studio.to_label_studio([ASTRAL])[0]
    text = task["data"]["text"]
    regions = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    for r in regions:
        v = r["value"]
        encoded = text.encode("utf-16-le")
        assert encoded[2 * v["start"] : 2 * v["end"]].decode("utf-16-le") == v["text"]  # JavaScript's slice
    assert label_studio.from_label_studio([task]) == [ASTRAL]
    plain = label_studio.to_label_studio([ASTRAL], offsets="code-points")
    assert plain != [task] and label_studio.from_label_studio(plain, offsets="code-points") == [ASTRAL]


def test_convert_label_studio_rejects_offsets_inside_a_surrogate_pair() -> None:
    task = label_studio.to_label_studio([ASTRAL])[0]
    region = next(r for r in task["predictions"][0]["result"] if r["type"] == "labels")
    region["value"]["start"] = 1  # inside 𠀾
    with pytest.raises(ValueError, match="E082"):
        label_studio.from_label_studio([task])


def test_convert_label_studio_config_declares_every_label_relation_and_field() -> None:
    view = ET.fromstring(label_studio.labelling_config())
    assert [x.get("value") for x in view.iter("Label")] == list(REGION_LABELS)
    assert [x.get("value") for x in view.iter("Relation")] == list(RELATION_LABELS)
    controls = {x.get("name") for tag in ("TextArea", "Number", "Choices") for x in view.iter(tag)}
    assert controls == set(FIELD_NAMES) == set(label_studio.CONTROLS)
    assert all(x.get("perRegion") == "true" for tag in ("TextArea", "Number", "Choices") for x in view.iter(tag))
    assert {c.get("value") for c in view.iter("Choice")} >= {">=", "~", "growth", "planned", "achieved"}


def test_convert_label_studio_reads_the_annotators_export(gold) -> None:
    """An export as Label Studio writes it: annotations beside the predictions, one of them cancelled;
    the annotator deleted an entity and marked a target of their own (without filling in its fields)."""
    seed = gold[0]
    task = label_studio.to_label_studio([seed])[0]
    result = copy.deepcopy(task["predictions"][0]["result"])
    project = next(r["id"] for r in result if r["type"] == "labels" and r["value"]["labels"] == ["PROJECT"])
    i, target = next((i, t) for i, t in enumerate(seed.targets) if t.text == "固定资产投资增长1%")
    mine = f"t{i}"
    result = [
        r for r in result if r.get("id") not in (project, mine) and mine not in (r.get("from_id"), r.get("to_id"))
    ]
    value = {"start": target.start, "end": target.end, "text": target.text, "labels": ["TARGET"]}
    result.append({"id": "Xa9_k", "from_name": "label", "to_name": "text", "type": "labels", "value": value})
    task.update(
        id=41,
        annotations=[
            {"id": 1, "completed_by": 3, "result": result, "was_cancelled": False, "lead_time": 30.2},
            {"id": 2, "completed_by": 4, "result": [], "was_cancelled": True},
        ],
    )
    with pytest.warns(UserWarning, match="W080.*1 TARGET span.*固定资产投资增长1%"):
        (doc,) = label_studio.from_label_studio([task])
    assert doc.id == seed.id and doc.meta == seed.meta
    assert len(doc.entities) == len(seed.entities) - 1
    mine = next(t for t in doc.targets if (t.start, t.end) == (target.start, target.end))
    assert (mine.value, mine.unit, mine.comparator) == (target.value, target.unit, target.comparator)
    assert (mine.kind, mine.status) == ("level", "planned")  # defaulted: to be reviewed, as the warning says
    assert mine.responsible == Area("静海区", implicit=True) and mine.deadline == Deadline(2026, implicit=True)
    assert [t for t in doc.targets if t is not mine] == [t for t in seed.targets if t is not target]
    (pred,) = label_studio.from_label_studio([task], prefer="predictions")
    assert pred == seed


@pytest.mark.parametrize(
    "edit,error",
    [
        ("two responsible relations", "E084"),
        ("unknown label", "E002"),
        ("text does not match", "E004"),
        ("relation to a missing region", "E083"),
        ("invalid comparator", "E003"),
        ("overlapping entities", "E005"),
    ],
)
def test_convert_label_studio_import_refuses_broken_annotations(edit, error) -> None:
    task = label_studio.to_label_studio([ASTRAL])[0]
    result = task["predictions"][0]["result"]
    rel = next(r for r in result if r["type"] == "relation" and r["labels"] == ["RESPONSIBLE"])
    if edit == "two responsible relations":
        other = next(
            r for r in result if r["type"] == "labels" and r["value"]["labels"] == ["PLACE"] and r["id"] != rel["to_id"]
        )
        result.append({**rel, "to_id": other["id"]})
    elif edit == "unknown label":
        result[0]["value"]["labels"] = ["PERSON"]
    elif edit == "text does not match":
        result[0]["value"]["text"] = "别处"
    elif edit == "invalid comparator":
        next(r for r in result if r["from_name"] == "comparator")["value"]["choices"] = ["≥"]
    elif edit == "overlapping entities":
        place = next(r for r in result if r["type"] == "labels" and r["value"].get("text") == "大邱庄镇")
        wider = {**place["value"], "start": place["value"]["start"] - 1, "labels": ["PLACE"]}
        wider["text"] = None
        result.append({**place, "id": "wide", "value": {k: v for k, v in wider.items() if v is not None}})
    else:
        rel["to_id"] = "nowhere"
    with pytest.raises(ValueError, match=error):
        label_studio.from_label_studio([task])


@pytest.mark.parametrize("relation,to", [("RESPONSIBLE", None), ("DEADLINE", "2027年"), ("DEADLINE", None)])
def test_convert_label_studio_reads_relations_drawn_without_a_label(relation, to) -> None:
    """Unlabelled: a relation to a DATE is the deadline, to a place or body the responsible area."""
    task = label_studio.to_label_studio([ASTRAL])[0]
    result = task["predictions"][0]["result"]
    rel = next(r for r in result if r["type"] == "relation" and r["labels"] == [relation])
    rel["labels"] = []
    if to is not None:
        rel["to_id"] = next(r["id"] for r in result if r["type"] == "labels" and r["value"]["text"] == to)
    if relation == "DEADLINE" and to is None:  # to a bare mention: nothing says which it is
        with pytest.raises(ValueError, match="E083.*no label"):
            label_studio.from_label_studio([task])
        return
    (doc,) = label_studio.from_label_studio([task])
    t = doc.targets[0]
    assert t.responsible == ASTRAL.targets[0].responsible
    assert (t.deadline.year, t.deadline.text) == (2027, to or "到2027年")


def test_convert_label_studio_skips_tasks_without_annotations_with_a_warning() -> None:
    tasks = [{"id": 5, "data": {"text": "静海区"}}, *label_studio.to_label_studio([ASTRAL])]
    with pytest.warns(UserWarning, match="W082.*1 Label Studio task.*task 5"):
        assert label_studio.from_label_studio(tasks) == [ASTRAL]


# -- doccano, Prodigy --------------------------------------------------------------------------
def test_convert_doccano_gives_new_targets_fields_from_their_text() -> None:
    rec = doccano.to_doccano([ASTRAL])[0]
    rec[doccano.EXTRA_KEY]["targets"] = rec[doccano.EXTRA_KEY]["targets"][:1]  # as if the second were added
    with pytest.warns(UserWarning, match="W080"):
        (doc,) = doccano.from_doccano([rec])
    t = doc.targets[1]
    assert (t.value, t.value_max, t.unit, t.indicator) == (3e8, 5e8, "元", "研发投入")
    assert doc.targets[0] == ASTRAL.targets[0]


def test_convert_prodigy_spans_and_relations_have_token_indices(gold, nlp) -> None:
    for task in prodigy.to_prodigy(gold[:2], nlp=nlp):
        toks = task["tokens"]
        assert "".join(t["text"] + (" " if t["ws"] else "") for t in toks) == task["text"]
        for span in task["spans"]:
            assert toks[span["token_start"]]["start"] == span["start"]
            assert toks[span["token_end"]]["end"] == span["end"]
        for rel in task["relations"]:
            assert rel["head"] == rel["head_span"]["token_end"] and rel["head_span"]["label"] == "TARGET"
            assert rel["child"] == rel["child_span"]["token_end"]


def test_convert_prodigy_skips_rejected_answers_with_a_warning(nlp) -> None:
    (task,) = prodigy.to_prodigy([ASTRAL], nlp=nlp)
    tasks = [{**task, "answer": "accept"}, {**task, "answer": "reject"}, {**task, "answer": "ignore"}]
    with pytest.warns(UserWarning, match="W082.*2 Prodigy task"):
        assert prodigy.from_prodigy(tasks) == [ASTRAL]


# -- CoNLL, brat -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,entities",
    [
        ("静海区 政府\t大邱庄镇\n\n#1 \\u0020", [("静海区", "PLACE"), ("大邱庄镇", "PLACE")]),
        ("# 2025年\n区政府#", [("2025年", "DATE"), ("区政府", "INSTITUTION")]),
        ("静海区静海镇", [("静海区", "PLACE"), ("静海镇", "PLACE")]),  # two entities side by side
    ],
)
def test_convert_conll_keeps_text_and_entities_exactly(text, entities) -> None:
    doc = make_doc(text, entities, [])
    assert conll.from_conll(conll.to_conll([doc, ASTRAL])) == [doc, carried(ASTRAL, "conll")]


@pytest.mark.parametrize("data", ["# newdoc id = x\n静\tB-PERSON\n", "静\tX-PLACE\n", "静海\tO\n"])
def test_convert_conll_refuses_invalid_lines(data) -> None:
    with pytest.raises(ValueError, match="E083"):
        conll.from_conll(data)


def test_convert_brat_writes_config_and_reads_fragments(tmp_path) -> None:
    files = brat.write_brat([ASTRAL], tmp_path)
    assert {f.name for f in files} == {"astral.txt", "astral.ann", "annotation.conf"}
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert "Comparator\tArg:TARGET, Value:eq|ge|gt|le|lt|approx" in conf and "<OVERLAP>" in conf
    assert brat.read_brat(tmp_path) == [carried(ASTRAL, "brat")]
    doc = brat.from_brat("静海\n区好", "T1\tPLACE 0 2;3 4\t静海 区\n")
    assert doc.entities == (Entity(0, 4, "PLACE", "静海\n区"),)


# -- formats by name, and the command line -----------------------------------------------------
@pytest.mark.parametrize(
    "name,fmt",
    [("x.spacy", "docbin"), ("x.conll", "conll"), ("x.bio", "conll"), ("x.ann", "brat"), ("x.jsonl", "jinghai")],
)
def test_convert_guess_format_from_the_name(name, fmt) -> None:
    assert guess_format(name) == fmt


def test_convert_unknown_format_lists_the_valid_ones(tmp_path) -> None:
    with pytest.raises(ValueError, match="E080.*label-studio"):
        write([ASTRAL], tmp_path / "x", "webanno")


@pytest.mark.parametrize("fmt", ["label-studio", "doccano", "prodigy", "docbin", "conll", "brat"])
def test_convert_cli_there_and_back(fmt, tmp_path, capsys) -> None:
    src = ROOT / "annotations" / "dev.jsonl"
    mid = tmp_path / FILE_NAMES.get(fmt, "dev.jsonl")
    out = tmp_path / "back.jsonl"
    extra = ["--misaligned", "split"] if fmt == "docbin" else []
    assert main(["convert", str(src), str(mid), "--to", fmt, *extra]) == 0
    gold = read_documents(src)
    assert f"converted {len(gold)} document(s)" in capsys.readouterr().err
    assert main(["convert", str(mid), str(out), "--from", fmt, "--to", "jinghai"]) == 0
    # brat keeps one file pair per document, read back in file-name order
    assert sorted((carried(d, fmt) for d in gold), key=by_id) == sorted(read_documents(out), key=by_id)
    if fmt == "label-studio":
        assert (tmp_path / "tasks.config.xml").exists()


def test_convert_cli_reports_misaligned_spans(tmp_path, capsys) -> None:
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps(make_doc("静海区政府", [("海区", "PLACE")], []).to_dict(), ensure_ascii=False) + "\n")
    assert main(["convert", str(src), str(tmp_path / "x.spacy")]) == 1
    assert "E081" in capsys.readouterr().err
    assert main(["convert", str(src), str(tmp_path / "x.spacy"), "--misaligned", "skip"]) == 0
    assert "W081" in capsys.readouterr().err
