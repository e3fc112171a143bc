from __future__ import annotations

import csv
import hashlib
import json
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from jinghai_nlp import Document, annotate
from jinghai_nlp.batch import (
    Annotated,
    BatchSummary,
    Failure,
    Skipped,
    _in_order,
    _Task,
    annotate_files,
    dask_client,
    expand_inputs,
    run_batch,
)
from jinghai_nlp.cli import main

from .conftest import BATCH_BAD, BATCH_GOOD

SHORT_DOCS = {
    "a.txt": "天津市静海区2026年政府工作报告\n今年新增绿色工厂不少于10家。\n",
    "b.txt": "静海区政府工作报告\n全区地区生产总值增长4.5%左右，新增就业1万人以上。\n",
    "c.txt": "各位代表：\n大邱庄镇新建口袋公园4个。\n",
    "d.txt": "各位代表：\n今年没有数字。\n",
}


def _annotations(doc: Document) -> tuple[Any, ...]:
    return (doc.text, doc.entities, doc.targets, doc.tokens)


def _offsets_valid(doc: Document) -> bool:
    return all(doc.text[x.start : x.end] == x.text for x in (*doc.entities, *doc.targets, *doc.tokens))


@pytest.fixture(scope="session")
def batch_results(batch_dir) -> list[Document | Failure | Skipped]:
    return list(annotate_files(batch_dir))


@pytest.fixture()
def short_dir(tmp_path) -> Path:
    for name, text in SHORT_DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_batch_directory_gives_exactly_the_good_records_and_an_error_for_each_bad_file(
    batch_dir, batch_results
) -> None:
    docs = {Path(r.meta["source"]).name: r for r in batch_results if isinstance(r, Document)}
    failures = {Path(r.path).name: r for r in batch_results if isinstance(r, Failure)}
    assert sorted(docs) == sorted(BATCH_GOOD) and sorted(failures) == sorted(BATCH_BAD)
    assert len(batch_results) == len(BATCH_GOOD) + len(BATCH_BAD)
    assert [r.meta["source"] if isinstance(r, Document) else r.path for r in batch_results] == sorted(
        str(p) for p in batch_dir.iterdir()
    )  # input order
    for name, doc in docs.items():
        assert doc.meta["sha256"] == hashlib.sha256((batch_dir / name).read_bytes()).hexdigest()
        assert doc.id == Path(name).stem and doc.meta["format"] == Path(name).suffix[1:]
        assert _offsets_valid(doc)
    for f in failures.values():
        assert f.error == "ReadError" and f.path in f.message and f.message.startswith("[E009]")


def test_batch_same_text_gives_identical_annotations_across_formats(batch_results, report_lines, nlp) -> None:
    docs = {Path(r.meta["source"]).name: r for r in batch_results if isinstance(r, Document)}
    assert _annotations(docs["seed_utf8.txt"]) == _annotations(docs["seed_gbk.txt"])
    assert docs["seed_utf8.txt"].jurisdiction == "静海区" and len(docs["seed_utf8.txt"].targets) > 100
    expected = _annotations(annotate("\n".join(report_lines), nlp=nlp))
    assert len(expected[2]) > 5  # targets
    for name in ("report.docx", "report.pdf", "report.html"):
        assert _annotations(docs[name]) == expected, name


def test_batch_expand_inputs_files_directories_globs(tmp_path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    for rel in (
        "a.txt",
        "sub/b.pdf",
        "sub/deeper/c.HTML",
        "sub/notes.tsv",
        "README.md",
        ".hidden.txt",
        "sub/~$lock.docx",
    ):
        (tmp_path / rel).write_bytes(b"x")
    ignored: list[Path] = []
    found = list(expand_inputs([tmp_path], ignored=ignored))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "sub/b.pdf", "sub/deeper/c.HTML"]
    assert sorted(p.name for p in ignored) == [".hidden.txt", "README.md", "notes.tsv", "~$lock.docx"]
    assert list(expand_inputs(str(tmp_path / "**" / "*.pdf"))) == [tmp_path / "sub" / "b.pdf"]
    explicit = tmp_path / "sub" / "notes.tsv"
    assert list(expand_inputs([explicit, tmp_path / "none*.txt"])) == [explicit, tmp_path / "none*.txt"]


def test_batch_unsupported_and_unmatched_inputs_are_failures(short_dir) -> None:
    (short_dir / "notes.tsv").write_text("x", encoding="utf-8")
    results = list(annotate_files([short_dir / "notes.tsv", str(short_dir / "nothing*.pdf")]))
    assert [type(r) for r in results] == [Failure, Failure]
    assert "E010" in results[0].message and "E100" in results[1].message  # type: ignore[union-attr]


def test_batch_duplicate_content_and_skip_hashes(short_dir) -> None:
    (short_dir / "copy_of_a.txt").write_bytes((short_dir / "a.txt").read_bytes())
    b_hash = hashlib.sha256((short_dir / "b.txt").read_bytes()).hexdigest()
    results = list(annotate_files(short_dir, skip={b_hash}, tokens=False))
    by_name = {Path(r.meta["source"] if isinstance(r, Document) else r.path).name: r for r in results}
    assert isinstance(by_name["a.txt"], Document) and not by_name["a.txt"].tokens
    assert isinstance(by_name["copy_of_a.txt"], Skipped) and "same content" in by_name["copy_of_a.txt"].reason
    assert isinstance(by_name["b.txt"], Skipped) and by_name["b.txt"].sha256 == b_hash


def test_batch_cli_jsonl_errors_file_and_exit_status(batch_dir, tmp_path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(batch_dir), "-o", str(out), "--no-tokens"]) == 1  # some documents failed
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["meta"]["source"]).name for r in records) == sorted(BATCH_GOOD)
    for r in records:
        assert {"id", "text", "meta", "entities", "targets"} <= set(r) and "tokens" not in r
        assert len(r["meta"]["sha256"]) == 64
        assert all(r["text"][e["start"] : e["end"]] == e["text"] for e in r["entities"] + r["targets"])
    with (tmp_path / "out.errors.csv").open(encoding="utf-8", newline="") as fh:
        errors = list(csv.DictReader(fh))
    assert sorted(Path(e["path"]).name for e in errors) == sorted(BATCH_BAD)
    assert all(e["error"] == "ReadError" and e["message"] for e in errors)
    err = capsys.readouterr().err
    assert f"{len(BATCH_GOOD)} succeeded, {len(BATCH_BAD)} failed" in err and "out.errors.csv" in err
    # without --resume an existing output is never overwritten
    assert main(["batch", str(batch_dir), "-o", str(out)]) == 2
    assert "E101" in capsys.readouterr().err and len(out.read_text(encoding="utf-8").splitlines()) == len(records)


def test_batch_interrupted_run_resumed_gives_no_duplicates(short_dir, tmp_path) -> None:
    out = tmp_path / "out.jsonl"

    def stop_after_two(result: Any, summary: BatchSummary) -> None:
        if summary.succeeded == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([short_dir], out, on_result=stop_after_two)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    with out.open("a", encoding="utf-8") as fh:  # a kill in the middle of writing the third record
        fh.write('{"id": "c", "text": "各位代表')
    summary = run_batch([short_dir], out, resume=True)
    assert (summary.succeeded, summary.skipped, summary.failed) == (2, 2, 0)
    lines = out.read_text(encoding="utf-8").splitlines()
    hashes = [json.loads(line)["meta"]["sha256"] for line in lines]
    assert len(lines) == len(SHORT_DOCS) and len(set(hashes)) == len(hashes)
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(Path(n).stem for n in SHORT_DOCS)
    before = out.read_bytes()
    again = run_batch([short_dir], out, resume=True)
    assert (again.succeeded, again.skipped) == (0, len(SHORT_DOCS)) and out.read_bytes() == before


def test_batch_resume_refuses_a_damaged_output(short_dir, tmp_path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="E104"):
        run_batch([short_dir], out, resume=True)
    assert out.read_text(encoding="utf-8") == "not json\n"


def test_batch_csv_per_target_table_and_resume(short_dir, tmp_path, capsys) -> None:
    out = tmp_path / "t.csv"
    first = [short_dir / "a.txt", short_dir / "d.txt"]
    assert main(["batch", *map(str, first), "-o", str(out)]) == 0
    with out.open(encoding="utf-8") as fh:  # a kill after the target rows of b, before its document row
        rows = list(csv.DictReader(fh))
    with out.open("a", encoding="utf-8") as fh:
        fh.write(",".join(["b", "1", "2"] + [""] * 15 + ["ORPHAN"]) + "\n" + "b,3,4,partial")
    assert main(["batch", str(short_dir), "-o", str(out), "--resume"]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with (tmp_path / "t.documents.csv").open(encoding="utf-8") as fh:
        documents = list(csv.DictReader(fh))
    assert sorted(d["id"] for d in documents) == ["a", "b", "c", "d"]
    assert len({d["sha256"] for d in documents}) == 4
    assert {r["sha256"] for r in rows} <= {d["sha256"] for d in documents}
    assert sum(int(d["targets"]) for d in documents) == len(rows) > 0
    assert all(r["indicator"] and r["sentence"] for r in rows)


def test_batch_parquet_parts_and_resume(short_dir, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "t.parquet"
    run_batch([short_dir / "a.txt"], out)
    (out / ".part-00001.parquet.tmp").write_bytes(b"half a part")  # a kill while writing
    summary = run_batch([short_dir], out, resume=True)
    assert (summary.succeeded, summary.skipped) == (3, 1)
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    table = pq.read_table(out)
    docs = [json.loads(pq.read_schema(p).metadata[b"jinghai.documents"]) for p in sorted(out.glob("part-*"))]
    assert sorted(d["id"] for part in docs for d in part) == ["a", "b", "c", "d"]
    assert table.num_rows == len({(r["sha256"], r["start"]) for r in table.to_pylist()}) > 0
    assert str(table.schema.field("value").type) == "double" and str(table.schema.field("deadline").type) == "int64"


def test_batch_two_worker_processes_equal_one(short_dir) -> None:
    local = list(annotate_files(short_dir))
    parallel = list(annotate_files(short_dir, workers=2))
    assert parallel == local and all(isinstance(r, Document) for r in local)


def test_batch_dask_local_cluster_equals_local_run(short_dir) -> None:
    distributed = pytest.importorskip("distributed")
    local = list(annotate_files(short_dir))
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = list(annotate_files(short_dir, client=client))
    assert on_dask == local


def test_batch_dask_address_is_checked() -> None:
    with pytest.raises(ValueError, match="E105"), dask_client("localhost:8786"):
        pass


def test_batch_bad_worker_count() -> None:
    with pytest.raises(ValueError, match="E102"):
        next(annotate_files([], workers=0))


class _FakePool:
    """A process pool where any batch of tasks holding ``culprit`` dies (BrokenProcessPool)."""

    slots = 2

    def __init__(self, culprit: str) -> None:
        self.culprit = culprit
        self.generation = 0
        self.in_flight: dict[int, set[str]] = {0: set()}

    def submit(self, task: _Task) -> Any:
        gen = self.generation
        self.in_flight[gen].add(task.source)
        pool = self

        class Future:
            def result(self) -> Any:
                if pool.culprit in pool.in_flight[gen]:
                    raise BrokenProcessPool("a worker died")
                line = Document(text=task.source, meta={"sha256": task.source}).to_dict()
                return {"ok": True, "line": json.dumps(line), "sha256": task.source, "chars": 1}

        return Future()

    def restart(self) -> None:
        self.generation += 1
        self.in_flight[self.generation] = set()

    def close(self) -> None:
        pass


def test_batch_a_crashing_document_fails_alone() -> None:
    tasks = [_Task(name, "txt", b"", None, False) for name in ("a", "b", "poison", "c", "d")]
    results = list(_in_order(iter(tasks), _FakePool("poison"), window=4))
    assert [type(r) for r in results] == [Annotated, Annotated, Failure, Annotated, Annotated]
    crashed = results[2]
    assert isinstance(crashed, Failure) and crashed.error == "WorkerCrashed" and "poison" in crashed.message
