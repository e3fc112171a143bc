"""Coded error and warning messages (spaCy style).

Library code raises built-in exception types with these messages; only the CLI
turns them into exit codes.
"""

from __future__ import annotations


class _Coded(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg  # type: ignore[no-any-return]
        return f"[{code}] {msg}"


class Errors(metaclass=_Coded):
    E001 = (
        "annotate() takes a str, got {type}. Decode bytes first "
        "(text = data.decode('utf-8')) or read a file with jinghai_nlp.read(path), "
        "which detects the encoding."
    )
    E002 = "Unknown label {label!r}. Valid labels: {valid}."
    E003 = "Invalid value {value!r} for {field}. Valid values: {valid}."
    E004 = "Span [{start}, {end}) of {what} does not match the text: expected {expected!r}, found {found!r}."
    E005 = "Entities overlap: {first} and {second}."
    E006 = "Document dict is missing the field {field!r} (see SCHEMA.md)."
    E007 = (
        "Cannot load a pipeline from {path}: {reason}. A jinghai_nlp model directory holds "
        "config.cfg, meta.json and data files written by nlp.to_disk()."
    )
    E008 = "Unknown segmenter {name!r}. Valid segmenters: {valid}."
    E009 = "Cannot read {path}: {reason}."
    E010 = "Unsupported file type {suffix!r} for {path}. Supported: {valid}."
    E011 = "The optional dependency {package!r} is needed for {what}. Install it with: pip install '{extra}'"
    E012 = "Invalid JSON on line {line} of {path}: {reason}."
    E013 = "year must be an int between 1949 and 2100, got {year!r}."
    # E080-E099: converters (jinghai_nlp.convert) and the HTML view (jinghai_nlp.render)
    E080 = "Unknown format {name!r}. Valid formats: {valid}."
    E081 = (
        "{count} span(s) of document {id!r} do not align to token boundaries, first: {examples}. "
        "Pass misaligned='split' (jinghai convert --misaligned split) to split tokens at span edges, "
        "or misaligned='skip' to leave them out of doc.ents/doc.spans (they are counted and reported)."
    )
    E082 = (
        "UTF-16 offset {offset} of document {id!r} falls inside a surrogate pair. Label Studio offsets "
        "count UTF-16 code units; pass offsets='code-points' if the file counts code points."
    )
    E083 = "Invalid {fmt} input ({where}): {reason}."
    E084 = "Target [{start}, {end}) of document {id!r} has {count} {relation} relations; a target has at most one."
    E085 = "Invalid value {value!r} for misaligned. Valid values: {valid}."
    E086 = (
        "TARGET span {text!r} [{start}, {end}) of document {id!r} carries no target fields and no quantity "
        "could be read from it; give it a number and a unit or remove it."
    )
    # E100-E119: readers (jinghai_nlp.reading) and batch processing (jinghai_nlp.batch)
    E100 = "Input {input!r} matches no file; give files, directories or glob patterns (quote globs for the shell)."
    E101 = (
        "{path} already exists and is not empty. Pass --resume (resume=True) to continue it: documents already "
        "in it are skipped by content hash; or choose another output."
    )
    E102 = "workers must be a positive int, got {workers!r}."
    E103 = "Unknown output format {format!r}. Valid formats: {valid}."
    E104 = "Cannot resume {path}: {reason}. Fix or move the file, then run again."
    E105 = "Invalid Dask address {address!r}. Valid values: 'local' (a LocalCluster) or tcp://HOST:PORT."
    E106 = (
        "A worker process died while annotating {path} (out of memory, or a crash in a native library); "
        "the other documents were annotated."
    )

    # E120-E139: training (jinghai_nlp.training, jinghai_nlp.ner) and shipped models
    E120 = (
        "{count} gold entit(ies) of document {id!r} do not align to token boundaries, first: {examples}. "
        "Pass misaligned='missing' (jinghai train --misaligned missing) to train with their tokens marked "
        "as unknown (they are counted and reported), or change the segmenter."
    )
    E121 = (
        "The jinghai_ner component reads the rules' entities from doc.user_data['jh_rule_entities']: "
        "put 'jinghai_rules' before it in the pipeline (jinghai_nlp.pipeline.build(ner=...) does)."
    )
    E122 = "jinghai.PolicyEmbed.v1 needs one width and one row count for each of its {n} features ({names})."
    E123 = "Unknown value {value!r} for {name}. Valid values: {valid}."
    E124 = (
        "Extra gold document {id!r} has the text of {split} document {other!r}: training on it would make the "
        "{split} scores meaningless. Remove it from the extra file (corrections of dev/test go to annotations/)."
    )
    E125 = "No gold documents in {path}: give a directory with train.jsonl and dev.jsonl, or JSONL files."
    E126 = (
        "The shipped model {name!r} is not installed at {path}. Reinstall jinghai_nlp, train one with "
        "'jinghai train', or use jinghai_nlp.load('rules') for the rules-only pipeline."
    )
    E127 = (
        "The pkuseg segmenter needs a trained model: give pkuseg_model=DIR (a directory written by "
        "jinghai_nlp.training.train_pkuseg or PolicyTokenizer.to_disk)."
    )
    E128 = "Cannot train the {what}: {reason}."


class Warnings(metaclass=_Coded):
    W001 = "Could not determine the jurisdiction of document {id!r}; responsible areas default to None."
    W002 = "Could not determine the report year of document {id!r}; deadlines default to None."
    W080 = (
        "{count} TARGET span(s) of document {id!r} carry no target fields in {fmt}; value, unit and "
        "comparator were read from their text, kind and status defaulted to level/planned. Review: {examples}."
    )
    W081 = (
        "{count} span(s) of document {id!r} do not align to token boundaries and were left out of "
        "doc.ents/doc.spans (the full annotation stays in doc.user_data): {examples}."
    )
    W082 = "Skipped {count} {fmt} task(s) with no usable annotation: {which}."
