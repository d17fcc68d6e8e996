"""Test helper: a text written to a file, read back through load → clean → metadata."""

from __future__ import annotations

from pathlib import Path

from kzreader.ingest import ArticleParts, read_documents, read_parts


def parse_file(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> ArticleParts:
    """The parts of the first article in `text`, saved as `tmp_path / name`."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_parts(read_documents(path)[0])
