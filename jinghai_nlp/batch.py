"""Batch processing: many report files in, one result per document out, on a laptop or a Dask cluster.

``annotate_files(paths, workers=…, client=…)`` yields, in input order, one result
per document: a :class:`~jinghai_nlp.types.Document` (with ``meta.source``,
``meta.format`` and ``meta.sha256``, the hash of the file's bytes), a
:class:`Failure` (path, error type, message) or a :class:`Skipped` (content
already done, or the same bytes as an earlier input). Nothing is dropped silently.

How the work is spread:

- the main process lists the inputs (files, directories recursively, glob
  patterns), reads each file's bytes and hashes them, and sends the bytes, so
  workers need no shared file system (a Dask cluster on other machines works);
- ``workers=1`` annotates in this process; ``workers=N`` uses N processes that
  each load the pipeline once (an initializer), not once per document;
- ``client`` (a ``dask.distributed.Client``) runs the very same task function on
  the cluster's workers, which load the pipeline once per worker process: results
  are identical to local mode;
- at most a few documents per worker are in flight and results are yielded as soon
  as they are next in order, so memory stays bounded however many files there are;
- a worker process that dies (out of memory, a crash in a native library) is
  replaced; the document that killed it is found by re-running the unfinished ones
  one at a time, and becomes a :class:`Failure`; no other document is lost.

``run_batch(inputs, output, …)`` writes the results (JSONL, or a per-target CSV or
Parquet table), an errors file beside the output and supports resuming; the
``jinghai batch`` command is a thin wrapper around it. Files are written with
plain JSON, CSV and Parquet; nothing is persisted with pickle (task arguments and
results cross process boundaries as bytes and plain dicts).
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, Union

from .errors import Errors
from .formats import CSV_FIELDS, dumps, target_rows
from .reading import SUFFIXES, ReadError, format_of, read_bytes, read_file_bytes
from .types import Document

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

InputLike = Union[str, "os.PathLike[str]"]
OUTPUT_FORMATS = ("jsonl", "csv", "parquet")
REPORT_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")  # what a directory walk picks up
DOCUMENT_FIELDS = ("sha256", "source", "id", "format", "jurisdiction", "year", "chars", "entities", "targets")
TARGET_FIELDS = (*CSV_FIELDS, "source", "sha256")


# -- results -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be annotated: its path, the error type and the message."""

    path: str
    error: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error, "message": self.message}


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document not annotated again: its content hash is done already (``reason`` says where)."""

    path: str
    sha256: str
    reason: str


Result = Document | Failure | Skipped


# -- inputs --------------------------------------------------------------------------------
def _walk(top: Path, ignored: list[Path] | None) -> Iterator[Path]:
    """Report files (:data:`REPORT_SUFFIXES`) under ``top``, recursively, in sorted order.
    Hidden files and folders, Office lock files (``~$…``) and files of other types (also
    ``.md`` notes, which :func:`~jinghai_nlp.reading.read` reads when named) are left out
    and listed in ``ignored``; symbolic links to folders are not followed (no cycles)."""
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith((".", "~$")) or path.suffix.lower() not in REPORT_SUFFIXES:
                if ignored is not None:
                    ignored.append(path)
                continue
            yield path


def expand_inputs(inputs: InputLike | Iterable[InputLike], *, ignored: list[Path] | None = None) -> Iterator[Path]:
    """Files from files, directories (recursive) and glob patterns (``**`` recurses).

    A file named explicitly is always yielded, whatever its type (an unsupported one
    becomes a :class:`Failure`); so is a pattern that matches nothing, so that it is
    reported rather than forgotten. Files of other types found in directories are
    appended to ``ignored``.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for item in inputs:
        name = os.fspath(item)
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, ignored)
        elif os.path.lexists(name) or not glob.has_magic(name):
            yield path
        else:
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield path
            for match in matches:
                mp = Path(match)
                if mp.is_dir():
                    yield from _walk(mp, ignored)
                elif mp.suffix.lower() in SUFFIXES or ignored is None:
                    yield mp
                else:
                    ignored.append(mp)


# -- the work of one document (runs in a worker) -------------------------------------------
@dataclass(frozen=True, slots=True)
class _Task:
    source: str
    fmt: str
    data: bytes
    nlp_path: str | None
    tokens: bool


_PIPELINES: dict[str | None, Language] = {}
_PIPELINES_LOCK = threading.Lock()


def _pipeline(nlp_path: str | None) -> Language:
    """The pipeline of this process, loaded (and warmed up) once per process."""
    nlp = _PIPELINES.get(nlp_path)
    if nlp is None:
        with _PIPELINES_LOCK:
            nlp = _PIPELINES.get(nlp_path)
            if nlp is None:
                from .pipeline import annotate, load

                nlp = load(nlp_path)
                annotate("各位代表：今年新增就业1万人。", nlp=nlp)  # loads the lazy resources now
                _PIPELINES[nlp_path] = nlp
    return nlp


def _watch_parent() -> None:
    """End this worker when the main process is gone: killed with SIGKILL, it cannot stop the
    pool, and workers blocked on the task queue would otherwise live on."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="jinghai-parent-watch", daemon=True).start()


def _init_worker(nlp_path: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the main process, which stops the pool
    _watch_parent()
    try:
        _pipeline(nlp_path)
    except Exception:
        # an initializer that raises would break the pool; each task loads the pipeline
        # again instead and reports the error as a Failure with its own message
        return


def _run_task(task: _Task) -> dict[str, Any]:
    """Read and annotate one document; a plain dict either way (it never raises).

    The document comes back serialised once, as its JSON line: a single string is
    cheap to send and is written as is, so the main process stays nearly idle."""
    try:
        from .pipeline import annotate

        text, meta = read_bytes(task.data, task.fmt, source=task.source)
        doc = annotate(text, nlp=_pipeline(task.nlp_path), id=Path(task.source).stem, tokens=task.tokens)
        doc.meta.update(meta)
        line = dumps(doc, tokens=task.tokens)
        return {"ok": True, "line": line, "sha256": meta["sha256"], "chars": len(doc.text)}
    except Exception as exc:  # one bad document must not stop the batch: it becomes a Failure
        return {"ok": False, "error": type(exc).__name__, "message": str(exc)}


@dataclass(frozen=True, slots=True)
class Annotated:
    """A document as its worker serialised it: the SCHEMA.md JSON line, its source,
    content hash and length. ``document()`` parses it into a Document."""

    line: str
    source: str
    sha256: str
    chars: int

    def document(self) -> Document:
        return Document.from_dict(json.loads(self.line))


RawResult = Annotated | Failure | Skipped


# -- where the work runs -------------------------------------------------------------------
class _Future(Protocol):
    def result(self) -> Any: ...


class _Ready:
    def __init__(self, value: Any) -> None:
        self._value = value

    def result(self) -> Any:
        return self._value


class _Runner(Protocol):
    slots: int

    def submit(self, task: _Task) -> _Future: ...

    def restart(self) -> None: ...

    def close(self) -> None: ...


class _InProcess:
    slots = 1

    def __init__(self, nlp_path: str | None) -> None:
        _pipeline(nlp_path)

    def submit(self, task: _Task) -> _Future:
        return _Ready(_run_task(task))

    def restart(self) -> None:  # pragma: no cover - nothing to restart
        pass

    def close(self) -> None:
        pass


class _Processes:
    def __init__(self, workers: int, nlp_path: str | None) -> None:
        self.slots = workers
        self._nlp_path = nlp_path
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter per worker, safe whatever threads this process runs
        return ProcessPoolExecutor(
            self.slots,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self._nlp_path,),
        )

    def submit(self, task: _Task) -> _Future:
        return self._pool.submit(_run_task, task)

    def restart(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._start()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    def __init__(self, client: Any) -> None:
        self._client = client
        try:
            self.slots = max(1, sum(client.nthreads().values()))
        except Exception:  # pragma: no cover - a client that cannot say
            self.slots = 1

    def submit(self, task: _Task) -> _Future:
        return self._client.submit(_run_task, task, pure=False)  # type: ignore[no-any-return]

    def restart(self) -> None:  # pragma: no cover - Dask reschedules the tasks of a lost worker itself
        pass

    def close(self) -> None:
        pass


def _tasks(
    paths: Iterable[Path], *, nlp_path: str | None, tokens: bool, skip: Collection[str]
) -> Iterator[_Task | Failure | Skipped]:
    seen: dict[str, str] = {}
    for path in paths:
        source = str(path)
        try:
            if glob.has_magic(source) and not os.path.lexists(source):
                raise ReadError(Errors.E100.format(input=source), path=source, reason="no file matches")
            fmt = format_of(path)
            data = read_file_bytes(path)
        except ReadError as exc:
            yield Failure(source, type(exc).__name__, str(exc))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in skip:
            yield Skipped(source, digest, "already in the output")
        elif digest in seen:
            yield Skipped(source, digest, f"same content as {seen[digest]}")
        else:
            seen[digest] = source
            yield _Task(source, fmt.value, data, nlp_path, tokens)


def _to_result(task: _Task, out: dict[str, Any]) -> Annotated | Failure:
    if out.get("ok"):
        return Annotated(out["line"], task.source, out["sha256"], out["chars"])
    return Failure(task.source, str(out.get("error")), str(out.get("message")))


def _crashed(task: _Task) -> dict[str, Any]:
    return {"ok": False, "error": "WorkerCrashed", "message": Errors.E106.format(path=task.source)}


def _in_order(items: Iterator[_Task | Failure | Skipped], runner: _Runner, window: int) -> Iterator[RawResult]:
    """Submit tasks with at most ``window`` in flight; yield results in input order."""
    pending: deque[list[Any]] = deque()  # [item, future or None]

    def alone(task: _Task) -> dict[str, Any]:
        try:
            return runner.submit(task).result()  # type: ignore[no-any-return]
        except BrokenProcessPool:
            runner.restart()
            return _crashed(task)

    def finish(entry: list[Any]) -> RawResult:
        item, future = entry
        if future is None:
            return item  # type: ignore[no-any-return]
        try:
            out = future.result()
        except BrokenProcessPool:
            # a worker died: restart, run this task alone (if it dies again, it is the culprit),
            # then resubmit the tasks that were in flight with it
            runner.restart()
            out = alone(item)
            for other in pending:
                if other[1] is not None:
                    other[1] = runner.submit(other[0])
        except Exception as exc:  # e.g. Dask's KilledWorker after repeated worker deaths
            return Failure(item.source, type(exc).__name__, str(exc))
        return _to_result(item, out)

    for item in items:
        pending.append([item, runner.submit(item) if isinstance(item, _Task) else None])
        while len(pending) >= window:
            yield finish(pending.popleft())
    while pending:
        yield finish(pending.popleft())


def annotate_files(
    paths: InputLike | Iterable[InputLike],
    *,
    workers: int = 1,
    client: Any = None,
    nlp_path: str | Path | None = None,
    tokens: bool = True,
    skip: Collection[str] = frozenset(),
    window: int | None = None,
) -> Generator[Result, None, None]:
    """Annotate report files; yield one result per document, in input order.

    paths: files, directories (recursive) and glob patterns (see :func:`expand_inputs`).
    workers (int): 1 annotates in this process; N > 1 uses N processes.
    client: a ``dask.distributed.Client``: run on its cluster instead (``workers`` is ignored).
    nlp_path: what :func:`jinghai_nlp.load` takes (default: the default pipeline), e.g. a
        directory saved with ``nlp.to_disk``; with Dask it must exist on the workers. A
        pipeline that cannot be loaded makes every document a Failure with the reason.
    tokens (bool): keep the tokens in each Document.
    skip: content hashes (sha256 of the file bytes) not to annotate again: :class:`Skipped`.
    window (int): documents in flight at once (default: 4 per worker).
    RETURNS: an iterator of Document | Failure | Skipped. Workers start on the first
        ``next()`` and stop when the iterator is exhausted or closed.
    """
    for result in annotate_stream(
        paths, workers=workers, client=client, nlp_path=nlp_path, tokens=tokens, skip=skip, window=window
    ):
        yield result.document() if isinstance(result, Annotated) else result


def annotate_stream(
    paths: InputLike | Iterable[InputLike],
    *,
    workers: int = 1,
    client: Any = None,
    nlp_path: str | Path | None = None,
    tokens: bool = True,
    skip: Collection[str] = frozenset(),
    window: int | None = None,
) -> Generator[RawResult, None, None]:
    """:func:`annotate_files` with each document as an :class:`Annotated` (its JSON line),
    which is what writing needs: nothing is parsed or serialised again in this process."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(Errors.E102.format(workers=workers))
    model = str(nlp_path) if nlp_path is not None else None
    runner: _Runner
    if client is not None:
        runner = _Dask(client)
    elif workers == 1:
        runner = _InProcess(model)
    else:
        runner = _Processes(workers, model)
    try:
        items = _tasks(expand_inputs(paths), nlp_path=model, tokens=tokens, skip=skip)
        yield from _in_order(items, runner, max(1, window or 4 * runner.slots))
    finally:
        runner.close()


@contextmanager
def dask_client(address: str, *, workers: int = 2) -> Iterator[Any]:
    """A ``dask.distributed.Client``: ``"local"`` starts a LocalCluster of ``workers``
    single-threaded processes (closed on exit); ``tcp://HOST:PORT`` connects to a
    running scheduler (whose workers need jinghai_nlp installed)."""
    if address != "local" and not address.startswith(("tcp://", "tls://")):
        raise ValueError(Errors.E105.format(address=address))
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ImportError(
            Errors.E011.format(package="dask[distributed]", what="--dask", extra="jinghai-nlp[dask]")
        ) from exc
    if address == "local":
        with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                yield client
    else:
        with Client(address) as client:
            yield client


# -- output --------------------------------------------------------------------------------
def _repair_tail(path: Path) -> int:
    """Cut a last line left unfinished by a kill; return the number of bytes removed."""
    size = path.stat().st_size
    if size == 0:
        return 0
    with open(path, "rb+") as fh:
        pos = size
        while pos > 0:
            step = min(65536, pos)
            fh.seek(pos - step)
            block = fh.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                end = pos - step + nl + 1
                break
            pos -= step
        else:
            end = 0
        if end < size:
            fh.truncate(end)
    return size - end


def _check_new(path: Path, resume: bool) -> None:
    if resume or not path.exists():
        return
    if path.is_dir() and not any(path.iterdir()):
        return
    if path.is_file() and path.stat().st_size == 0:
        return
    raise FileExistsError(Errors.E101.format(path=path))


def _one_line(value: Any) -> Any:
    return value.replace("\r", " ").replace("\n", " ") if isinstance(value, str) else value


def _target_records(doc: Document) -> Iterator[dict[str, Any]]:
    for row in target_rows(doc):
        row["source"] = doc.meta.get("source", "")
        row["sha256"] = doc.meta.get("sha256", "")
        yield {k: _one_line(v) for k, v in row.items()}


def _document_record(doc: Document) -> dict[str, Any]:
    m = doc.meta
    return {
        "sha256": m.get("sha256", ""),
        "source": _one_line(m.get("source", "")),
        "id": _one_line(doc.id or ""),
        "format": m.get("format", ""),
        "jurisdiction": m.get("jurisdiction") or "",
        "year": m.get("year") if m.get("year") is not None else "",
        "chars": len(doc.text),
        "entities": len(doc.entities),
        "targets": len(doc.targets),
    }


class Sink(Protocol):
    """Where documents go. ``done`` holds the content hashes already written."""

    path: Path
    done: set[str]

    def write(self, doc: Document | Annotated) -> None: ...

    def close(self) -> None: ...


def _digest(doc: Document | Annotated) -> str | None:
    return doc.sha256 if isinstance(doc, Annotated) else doc.meta.get("sha256")


class JsonlSink:
    """One SCHEMA.md document a line; appended and flushed record by record."""

    def __init__(self, path: str | Path, *, resume: bool = False, tokens: bool = True) -> None:
        self.path = Path(path)
        self.tokens = tokens
        self.done: set[str] = set()
        _check_new(self.path, resume)
        if resume and self.path.exists():
            _repair_tail(self.path)
            self.done = self._hashes()
        self._fh: IO[str] = open(self.path, "a", encoding="utf-8", newline="")

    def _hashes(self) -> set[str]:
        done = set()
        with open(self.path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    digest = json.loads(line).get("meta", {}).get("sha256")
                except (json.JSONDecodeError, AttributeError) as exc:
                    raise ValueError(
                        Errors.E104.format(path=self.path, reason=f"line {n} is not a JSON object")
                    ) from exc
                if not digest:
                    reason = f"line {n} has no meta.sha256 (it was not written by jinghai batch)"
                    raise ValueError(Errors.E104.format(path=self.path, reason=reason))
                done.add(digest)
        return done

    def write(self, doc: Document | Annotated) -> None:
        digest = _digest(doc)
        if digest in self.done:
            return
        line = doc.line if isinstance(doc, Annotated) else dumps(doc, tokens=self.tokens)
        self._fh.write(line + "\n")
        self._fh.flush()
        if digest:
            self.done.add(digest)

    def close(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()


class CsvSink:
    """A per-target CSV (``formats.target_rows`` plus source and sha256; one line per row)
    and beside it a per-document CSV (``OUT.documents.csv``), which lists every document
    written (with or without targets) and is what resuming reads. A document's target
    rows are flushed before its document row, so target rows without a document row can
    only be at the end of the file after a kill; resuming removes them."""

    def __init__(self, path: str | Path, *, resume: bool = False) -> None:
        self.path = Path(path)
        self.documents_path = self.path.with_suffix(".documents.csv")
        self.done: set[str] = set()
        for p in (self.path, self.documents_path):
            _check_new(p, resume)
        if resume:
            self.done = self._recover()
        self._fh = self._open(self.path, TARGET_FIELDS)
        self._doc_fh = self._open(self.documents_path, DOCUMENT_FIELDS)
        self._rows = csv.DictWriter(self._fh, fieldnames=TARGET_FIELDS, lineterminator="\n")
        self._docs = csv.DictWriter(self._doc_fh, fieldnames=DOCUMENT_FIELDS, lineterminator="\n")

    @staticmethod
    def _open(path: Path, fields: tuple[str, ...]) -> IO[str]:
        new = not path.exists() or path.stat().st_size == 0
        fh = open(path, "a", encoding="utf-8", newline="")
        if new:
            csv.writer(fh, lineterminator="\n").writerow(fields)
            fh.flush()
        return fh

    def _check_header(self, path: Path, fields: tuple[str, ...]) -> None:
        with open(path, encoding="utf-8", newline="") as fh:
            header = next(csv.reader(fh), None)
        if header is not None and tuple(header) != fields:
            raise ValueError(Errors.E104.format(path=path, reason="its columns are not those jinghai batch writes"))

    def _recover(self) -> set[str]:
        done: set[str] = set()
        if self.documents_path.exists():
            _repair_tail(self.documents_path)
            self._check_header(self.documents_path, DOCUMENT_FIELDS)
            with open(self.documents_path, encoding="utf-8", newline="") as fh:
                done = {row["sha256"] for row in csv.DictReader(fh) if row.get("sha256")}
        if self.path.exists():
            _repair_tail(self.path)
            self._check_header(self.path, TARGET_FIELDS)
            self._drop_orphans(done)
        return done

    def _drop_orphans(self, done: set[str]) -> None:
        """Remove target rows at the end whose document row was never written (a kill between)."""
        keep = 0
        column = TARGET_FIELDS.index("sha256")
        with open(self.path, "rb") as fh:
            pos = 0
            for n, raw in enumerate(fh):
                pos += len(raw)
                if n == 0:
                    keep = pos
                    continue
                row = next(csv.reader([raw.decode("utf-8")]), [])
                if len(row) > column and row[column] in done:
                    keep = pos
        if keep < self.path.stat().st_size:
            with open(self.path, "rb+") as fh:
                fh.truncate(keep)

    def write(self, doc: Document | Annotated) -> None:
        digest = _digest(doc)
        if digest in self.done:
            return
        if isinstance(doc, Annotated):
            doc = doc.document()
        self._rows.writerows(_target_records(doc))
        self._fh.flush()
        self._docs.writerow(_document_record(doc))
        self._doc_fh.flush()
        if digest:
            self.done.add(digest)

    def close(self) -> None:
        for fh in (self._fh, self._doc_fh):
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()


class ParquetSink:
    """A per-target Parquet dataset: a directory of ``part-NNNNN.parquet`` files (read it
    whole with ``pandas.read_parquet(OUT)`` or ``pyarrow.dataset.dataset(OUT)``).

    Every ``every`` documents a part is written to a hidden temporary file and renamed,
    so a kill leaves only complete parts. Each part lists its documents (sha256, source,
    id) in its schema metadata under ``jinghai.documents``, which is what resuming reads:
    documents without targets are recorded too."""

    def __init__(self, path: str | Path, *, resume: bool = False, every: int = 50) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ImportError(
                Errors.E011.format(package="pyarrow", what="Parquet output", extra="jinghai-nlp[parquet]")
            ) from exc
        self._pa, self._pq = pa, pq
        self.path = Path(path)
        self.every = every
        if self.path.exists() and not self.path.is_dir():
            raise ValueError(Errors.E104.format(path=self.path, reason="Parquet output is a directory of parts"))
        _check_new(self.path, resume)
        self.path.mkdir(parents=True, exist_ok=True)
        self.done: set[str] = set()
        self._next = 0
        for tmp in self.path.glob(".part-*.tmp"):
            tmp.unlink()
        for part in sorted(self.path.glob("part-*.parquet")):
            meta = pq.read_schema(part).metadata or {}
            docs = json.loads(meta.get(b"jinghai.documents", b"[]"))
            self.done.update(d["sha256"] for d in docs)
            self._next = max(self._next, int(part.stem.split("-")[1]) + 1)
        self._rows: list[dict[str, Any]] = []
        self._docs: list[dict[str, Any]] = []
        self.schema = pa.schema(
            [
                ("doc_id", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("text", pa.string()),
                ("indicator", pa.string()),
                ("value", pa.float64()),
                ("value_max", pa.float64()),
                ("unit", pa.string()),
                ("comparator", pa.string()),
                ("kind", pa.string()),
                ("status", pa.string()),
                ("responsible", pa.string()),
                ("responsible_implicit", pa.bool_()),
                ("deadline", pa.int64()),
                ("deadline_date", pa.string()),
                ("deadline_text", pa.string()),
                ("sentence", pa.string()),
                ("source", pa.string()),
                ("sha256", pa.string()),
            ]
        )

    def write(self, doc: Document | Annotated) -> None:
        digest = _digest(doc)
        if digest in self.done or any(d["sha256"] == digest for d in self._docs):
            return
        if isinstance(doc, Annotated):
            doc = doc.document()
        for t, row in zip(doc.targets, _target_records(doc), strict=True):
            row.update(
                value=t.value,
                value_max=t.value_max,
                responsible_implicit=t.responsible.implicit if t.responsible else None,
                deadline=t.deadline.year if t.deadline else None,
            )
            self._rows.append({k: (None if v == "" else v) for k, v in row.items()})
        self._docs.append({"sha256": digest, "source": doc.meta.get("source"), "id": doc.id})
        if len(self._docs) >= self.every:
            self.flush()

    def flush(self) -> None:
        if not self._docs:
            return
        meta = {b"jinghai.documents": json.dumps(self._docs, ensure_ascii=False).encode("utf-8")}
        table = self._pa.Table.from_pylist(self._rows, schema=self.schema.with_metadata(meta))
        name = f"part-{self._next:05d}.parquet"
        tmp = self.path / f".{name}.tmp"
        self._pq.write_table(table, tmp)
        os.replace(tmp, self.path / name)
        self._next += 1
        self.done.update(d["sha256"] for d in self._docs)
        self._rows, self._docs = [], []

    def close(self) -> None:
        self.flush()


def open_sink(path: str | Path, fmt: str | None = None, *, resume: bool = False, tokens: bool = True) -> Sink:
    """The writer for ``fmt`` (default: from the suffix of ``path``: .csv, .parquet, else jsonl)."""
    fmt = fmt or output_format(path)
    if fmt == "jsonl":
        return JsonlSink(path, resume=resume, tokens=tokens)
    if fmt == "csv":
        return CsvSink(path, resume=resume)
    if fmt == "parquet":
        return ParquetSink(path, resume=resume)
    raise ValueError(Errors.E103.format(format=fmt, valid=", ".join(OUTPUT_FORMATS)))


def output_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    return {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "jsonl")


def errors_path(output: str | Path) -> Path:
    """The errors file beside ``output``: ``out.jsonl`` → ``out.errors.csv``."""
    return Path(output).with_suffix(".errors.csv")


class ErrorLog:
    """The errors file (CSV: path, error, message), created on the first failure.

    Each run starts it afresh: every document not in the output is tried again, so it
    lists the failures of the latest run, which are all the documents still missing."""

    FIELDS = ("path", "error", "message")

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.count = 0
        self._fh: IO[str] | None = None
        if self.path.exists():
            self.path.unlink()

    def write(self, failure: Failure) -> None:
        if self._fh is None:
            self._fh = open(self.path, "w", encoding="utf-8", newline="")
            csv.writer(self._fh, lineterminator="\n").writerow(self.FIELDS)
        csv.writer(self._fh, lineterminator="\n").writerow(
            [_one_line(failure.path), failure.error, _one_line(failure.message)]
        )
        self._fh.flush()
        self.count += 1

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


@dataclass
class BatchSummary:
    """Counts of a batch run (updated as it goes, so a caller can report an interrupted run)."""

    output: str = ""
    errors: str = ""
    total: int = 0
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0
    ignored: list[str] = field(default_factory=list)
    chars: int = 0
    seconds: float = 0.0


def run_batch(
    inputs: InputLike | Iterable[InputLike],
    output: str | Path,
    *,
    fmt: str | None = None,
    workers: int = 1,
    client: Any = None,
    nlp_path: str | Path | None = None,
    tokens: bool = True,
    resume: bool = False,
    summary: BatchSummary | None = None,
    on_start: Callable[[BatchSummary], None] | None = None,
    on_result: Callable[[RawResult, BatchSummary], None] | None = None,
) -> BatchSummary:
    """Annotate ``inputs`` into ``output`` (jsonl, csv or parquet) with an errors file beside it.

    resume (bool): continue an existing output: documents whose content hash is in it
        are skipped; nothing in it is duplicated or truncated (an unfinished last line
        left by a kill is removed). Without it an existing, non-empty output is an error.
    on_start, on_result: called with the summary once the inputs are listed, and after
        each result (an :class:`Annotated`, a :class:`Failure` or a :class:`Skipped`).
    RETURNS (BatchSummary): the counts (``failed`` > 0 when some documents failed).
    """
    summary = summary if summary is not None else BatchSummary()
    t0 = time.perf_counter()
    sink = open_sink(output, fmt, resume=resume, tokens=tokens)
    errors = ErrorLog(errors_path(output))
    summary.output, summary.errors = str(output), str(errors.path)
    try:
        ignored: list[Path] = []
        paths = list(expand_inputs(inputs, ignored=ignored))
        summary.total = len(paths)
        summary.ignored = [str(p) for p in ignored]
        if on_start is not None:
            on_start(summary)
        fmt = fmt or output_format(output)
        results = annotate_stream(
            paths,
            workers=workers,
            client=client,
            nlp_path=nlp_path,
            tokens=tokens and fmt == "jsonl",  # tables have no use for tokens
            skip=set(sink.done),
        )
        try:
            for result in results:
                if isinstance(result, Annotated):
                    sink.write(result)
                    summary.succeeded += 1
                    summary.chars += result.chars
                elif isinstance(result, Failure):
                    errors.write(result)
                    summary.failed += 1
                else:
                    summary.skipped += 1
                summary.seconds = time.perf_counter() - t0
                if on_result is not None:
                    on_result(result, summary)
        finally:
            results.close()  # stops the workers now, also on Ctrl-C
    finally:
        sink.close()
        errors.close()
        summary.seconds = time.perf_counter() - t0
    return summary
