"""One raw document → the parts of an Article that ingest owns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kzreader.ingest.clean import clean_body
from kzreader.ingest.frontmatter import MAX_LINES, front_matter_lines
from kzreader.ingest.language import STOPWORDS, detect_language
from kzreader.ingest.layout import read_layout
from kzreader.ingest.load import RawDoc
from kzreader.ingest.metadata import read_metadata
from kzreader.ingest.unwrap import unwrap
from kzreader.model import LineTrace, trace_of_rows


@dataclass
class ArticleParts:
    """Cleaned body, line trace and metadata of one document."""

    text: str
    trace: Sequence[LineTrace]
    title: str | None = None
    outlet: str | None = None
    via: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_basis: str | None = None  # "stated" or None (the pipeline infers the rest)
    section: str | None = None
    dateline: str | None = None
    language: str = "id"
    sources: list[str] = field(default_factory=list)


def plain_parts(doc: RawDoc) -> ArticleParts:
    """The document as it came, one paragraph per non-blank line: what an Article
    holds when cleaning fails on a document it did not expect (nothing is lost)."""
    lines = [" ".join(line.split()) for line in doc.text.splitlines()]
    text = "\n".join(line for line in lines if line)
    title = " ".join(doc.fields["title"].split()) if doc.fields.get("title") else None
    return ArticleParts(
        text=text,
        trace=trace_of_rows([(line, bool(line), "" if line else "blank") for line in lines]),
        title=title,
        language=detect_language(text),
    )


def read_parts(doc: RawDoc) -> ArticleParts:
    """Clean the body of `doc` and read its metadata."""
    title_hint = " ".join(doc.fields["title"].split()) if doc.fields.get("title") else None
    text = doc.text
    front: list[str] = []
    # a Markdown export's front matter, a read-later app's header: metadata, not body
    lines = text.split("\n", MAX_LINES)
    n = front_matter_lines(lines)
    if n:
        lines = text.split("\n")
        front, text = lines[:n], "\n".join(lines[n:])
    layout = read_layout(unwrap(text), title_hint=title_hint, front=front)
    text, trace = clean_body(layout)
    declared = (doc.fields.get("language") or "")[:2].lower()
    language = declared if declared in STOPWORDS else detect_language(text or doc.text)
    meta = read_metadata(layout, doc.fields, language)
    return ArticleParts(
        text=text,
        trace=trace,
        title=meta.title,
        outlet=meta.outlet,
        via=meta.via,
        authors=meta.authors,
        published=meta.published,
        published_basis="stated" if meta.published else None,
        section=meta.section,
        dateline=meta.dateline,
        language=language,
        sources=meta.sources,
    )
