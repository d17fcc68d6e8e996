"""Gathering what to export: each article's metadata beside its annotations.

Offsets are brought up to date on the way out (re-anchored in memory against
the article's current text, without touching the store). Annotations whose
article is not in the corpus are still exported, with the metadata unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kzreader.annotate.anchoring import reanchor
from kzreader.annotate.records import Annotation, text_hash
from kzreader.annotate.store import AnnotationStore
from kzreader.export.filters import ExportFilter
from kzreader.model import Article

META_KEYS = ("id", "path", "title", "outlet", "via", "authors", "published")


def article_meta(article: Article) -> dict[str, Any]:
    """The article fields an export carries (`META_KEYS`)."""
    meta = {key: getattr(article, key) for key in META_KEYS}
    meta["authors"] = list(article.authors)
    return meta


def unknown_meta(article_id: str) -> dict[str, Any]:
    """Metadata for an annotated article missing from the corpus."""
    return {**dict.fromkeys(META_KEYS), "id": article_id, "authors": []}


@dataclass(frozen=True, slots=True)
class ExportGroup:
    """One article and the annotations of it that pass the filter (in text order)."""

    article: dict[str, Any]
    annotations: list[dict[str, Any]]
    """Records as `Annotation.to_dict()` gives them."""


def current(record: dict[str, Any], text: str, digest: str) -> dict[str, Any]:
    """A record re-anchored (in memory) in the article's current text."""
    return reanchor(Annotation.from_dict(record), text, digest).to_dict()


def select(
    store: AnnotationStore, articles: Iterable[Article], filters: ExportFilter | None = None
) -> list[ExportGroup]:
    """Articles (corpus order, then unknown ids sorted) with their kept annotations."""
    filters = filters or ExportFilter()
    groups: list[ExportGroup] = []
    seen: set[str] = set()
    store.load_all()
    counts = store.counts()
    for article in articles:
        if article.id in seen or article.id not in counts:
            continue
        seen.add(article.id)
        meta = article_meta(article)
        if not filters.keeps_article(meta):
            continue
        digest = text_hash(article.text)
        anns = [
            rec
            if rec["text_hash"] == digest and rec["status"] == "anchored"
            else current(rec, article.text, digest)
            for rec in store.records(article.id)
            if filters.keeps_tag(rec["tag"])
        ]
        if anns:
            groups.append(ExportGroup(meta, anns))
    for article_id in sorted(set(counts) - seen):
        meta = unknown_meta(article_id)
        if not filters.keeps_article(meta):
            continue
        anns = [r for r in store.records(article_id) if filters.keeps_tag(r["tag"])]
        if anns:
            groups.append(ExportGroup(meta, anns))
    return groups
