"""One raw document in, one Article out: clean → metadata → extract.

This module only composes the stages; each stage lives in its own module
(`ingest.clean`, `ingest.metadata`, `extract.*`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kzreader.extract import extract_facts, infer_published
from kzreader.ingest import RawDoc, read_documents, read_parts
from kzreader.ingest.parts import plain_parts
from kzreader.model import Article, SourceCite


def article_id(doc: RawDoc) -> str:
    """Stable id: a hash of the document's decoded content (not of its path)."""
    return hashlib.blake2b(doc.text.encode("utf-8"), digest_size=8).hexdigest()


def build_article(doc: RawDoc, problems: list[str] | None = None) -> Article:
    """Run every stage on one raw document.

    With a `problems` list, a stage that fails on a document it did not expect
    costs only what that stage adds (why is appended): the text as it came when
    cleaning fails, one kind of facts when an extractor does. Without one it raises.
    """
    try:
        parts = read_parts(doc)
    except Exception as exc:
        if problems is None:
            raise
        problems.append(f"not cleaned, shown as it came ({type(exc).__name__}: {exc!r})")
        parts = plain_parts(doc)
    published, basis = parts.published, parts.published_basis
    if published is None:
        published = infer_published(parts.text)
        basis = "inferred" if published else None
    facts = extract_facts(
        parts.text, published=published, language=parts.language, problems=problems
    )
    cited = [f.name for f in facts if isinstance(f, SourceCite)]
    return Article(
        id=article_id(doc),
        path=doc.path,
        title=parts.title,
        outlet=parts.outlet,
        via=parts.via,
        authors=tuple(parts.authors),
        published=published,
        published_basis=basis,
        section=parts.section,
        dateline=parts.dateline,
        language=parts.language,
        sources=tuple(dict.fromkeys([*cited, *parts.sources])),
        text=parts.text,
        facts=facts,
        trace=parts.trace,
    )


def parse_file(path: Path | str) -> list[Article]:
    """Every article in one file (a JSONL file may hold many).

    Raises `kzreader.ingest.LoadFailure` with a one-line reason when the file
    cannot be read.
    """
    return parse_file_noting(path)[0]


def parse_file_noting(
    path: Path | str, data: bytes | None = None
) -> tuple[list[Article], list[str]]:
    """`parse_file`, plus what was skipped in a file that otherwise loaded
    (e.g. "skipped invalid JSON on line 3"). `data`: the file's bytes, if read already."""
    docs = read_documents(Path(path), data)
    notes = [d.fields["warning"] for d in docs if d.fields.get("warning")]
    articles = [build_article(doc, notes) for doc in docs]
    return articles, list(dict.fromkeys(notes))
