"""Files in, raw documents out: size and binary checks, decoding, format dispatch."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from kzreader.ingest.decode import decode_bytes, sniff_binary
from kzreader.ingest.errors import LoadFailure
from kzreader.ingest.frontmatter import front_matter
from kzreader.ingest.sanitize import sanitize
from kzreader.limits import MAX_BYTES

FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip
"""Suffix → reader. Any other suffix is read as text, or as HTML when it looks like HTML."""

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(FORMATS)


@dataclass(frozen=True)
class RawDoc:
    """One document read from a file, before cleaning."""

    path: str
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    fmt: str = "text"  # text | html | json


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<body" in text.lower()


def read_bytes(path: Path, size: int | None = None) -> bytes:
    """The file's bytes; an oversized file is refused before it is read.

    `size` is the file's size when the caller has just taken its `stat`.
    Raises `LoadFailure` with a one-line reason when the file cannot be read.
    """
    if size is None:
        try:
            size = os.stat(path).st_size
        except OSError as exc:
            raise LoadFailure(exc.strerror or "cannot be read") from None
    if size > MAX_BYTES:
        raise LoadFailure(
            f"file too large ({size / 1e6:.1f} MB; limit {MAX_BYTES // 1_000_000} MB)"
        )
    try:
        return _read_all(path, size)
    except OSError as exc:
        raise LoadFailure(exc.strerror or "cannot be read") from None


def _read_all(path: Path, size: int) -> bytes:
    """The whole file through the OS's own calls: no buffered file object to build and
    stat again, about half the CPU of `open(path, "rb").read()` per small file. Reads on
    to the end, so a file grown since its `stat` is still read whole."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        parts = [os.read(fd, size + 1)]
        while parts[-1]:
            parts.append(os.read(fd, 1 << 20))
    finally:
        os.close(fd)
    return b"".join(parts)


def read_documents(path: Path, data: bytes | None = None) -> list[RawDoc]:
    """Every document in one file (a JSON/JSONL file may hold many).

    `data` is the file's content when the caller has read it already (`read_bytes`).
    Raises `LoadFailure` with a one-line reason when the file cannot be read.
    """
    if data is None:
        data = read_bytes(path)
    if not data.strip():
        raise LoadFailure("empty file")
    binary = sniff_binary(data)
    if binary:
        raise LoadFailure(f"binary file ({binary})")
    text = decode_bytes(data)
    if not text.strip():
        raise LoadFailure("empty file")
    # `os.path.splitext` gives `Path.suffix` but for a name ending in `.`, which no format has
    fmt = FORMATS.get(os.path.splitext(path)[1].lower(), "text")
    if fmt == "text" and _looks_like_html(text):
        fmt = "html"
    name = str(path)
    if fmt == "html":
        from kzreader.ingest.html import extract_html

        body, fields = extract_html(text)
        return [RawDoc(name, sanitize(body), _clean_fields(fields), "html")]
    if fmt in ("json", "jsonl"):
        from kzreader.ingest.records import parse_json, parse_jsonl

        records = parse_json(text) if fmt == "json" else parse_jsonl(text)
        return [RawDoc(name, sanitize(b), _clean_fields(f), "json") for b, f in records]
    text = split_run_on(sanitize(text))
    if not text.strip():
        raise LoadFailure("no text after removing control characters")
    fields = _clean_fields(front_matter(text))
    return [RawDoc(name, text, fields, "text")]


_LONG_LINE = 1500
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_SENTENCE_GAP = re.compile(r"(?<=[.!?\"”’)]) {2,}(?=\S)| {2,}(?=[A-Z\"“])")


def split_run_on(text: str) -> str:
    """A whole article pasted on one (or a few) very long line(s), its paragraph breaks
    turned into runs of two or more spaces: each run becomes a line break again.

    Only a line over `_LONG_LINE` characters with at least three such runs at a sentence
    end or before a capital is split; ordinary files are left as they are."""
    lines = text.split("\n")
    if len(lines) > 5 or not any(len(ln) > _LONG_LINE for ln in lines):
        return text
    out = []
    for ln in lines:
        if len(ln) > _LONG_LINE and len(_SENTENCE_GAP.findall(ln.strip())) >= 3:
            ln = _GAP.sub("\n", ln.strip())
        out.append(ln)
    return "\n".join(out)


def _clean_fields(fields: dict[str, str]) -> dict[str, str]:
    """Metadata values are shown too: same sanitising, one line each."""
    return {k: " ".join(sanitize(v).split()) for k, v in fields.items()}
