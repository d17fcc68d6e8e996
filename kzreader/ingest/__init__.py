"""Ingest: files → raw documents → cleaned body, line trace and metadata.

`read_documents(path)` loads a file (text, HTML, JSON/JSONL; any encoding we
can detect) and raises `LoadFailure` with a one-line reason when it cannot;
`read_parts(doc)` cleans one document and reads its metadata.
"""

from kzreader.ingest.errors import LoadFailure
from kzreader.ingest.load import MAX_BYTES, SUPPORTED_SUFFIXES, RawDoc, read_documents
from kzreader.ingest.parts import ArticleParts, read_parts

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ArticleParts",
    "LoadFailure",
    "RawDoc",
    "read_documents",
    "read_parts",
]
