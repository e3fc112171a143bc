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


class Warnings(metaclass=_Coded):
    W001 = "Could not determine the jurisdiction of document {id!r}; responsible areas default to None."
    W002 = "Could not determine the report year of document {id!r}; deadlines default to None."
