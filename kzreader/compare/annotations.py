"""The corpus-wide annotations view, headless: every annotation with its article, filterable.

A screen lists `annotation_rows(...)`, offers `facets(...)` as filter choices,
applies `filter_rows(...)` and jumps to `row.record.article_id` at
`row.record.start`/`end`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kzreader.compare.records import AnnotationRecord
from kzreader.compare.refs import UNKNOWN_OUTLET, ArticleRef
from kzreader.model import Article


@dataclass(frozen=True, slots=True)
class AnnotationRow:
    """One annotation and the article it belongs to (None when not in the corpus)."""

    record: AnnotationRecord
    article: ArticleRef | None

    @property
    def outlet(self) -> str:
        return self.article.outlet if self.article else UNKNOWN_OUTLET


def annotation_rows(
    records: Iterable[AnnotationRecord | object], articles: Iterable[Article]
) -> list[AnnotationRow]:
    """Rows by outlet, publication date, article and position.

    Records may be `AnnotationRecord`s, store objects or JSON dicts.
    """
    refs = {a.id: ArticleRef.of(a) for a in articles}
    rows = [
        AnnotationRow(rec, refs.get(rec.article_id))
        for rec in (
            r if isinstance(r, AnnotationRecord) else AnnotationRecord.read(r) for r in records
        )
    ]
    rows.sort(
        key=lambda r: (
            r.outlet,
            (r.article.published if r.article else None) or "~",
            r.record.article_id,
            r.record.start,
            r.record.end,
        )
    )
    return rows


def filter_rows(
    rows: Iterable[AnnotationRow],
    *,
    tag: str | None = None,
    outlet: str | None = None,
    annotator: str | None = None,
) -> list[AnnotationRow]:
    """Rows matching every filter given (case-insensitive; None means any)."""

    def same(value: str | None, wanted: str | None) -> bool:
        return wanted is None or (value or "").casefold() == wanted.casefold()

    return [
        r
        for r in rows
        if same(r.record.tag, tag)
        and same(r.outlet, outlet)
        and same(r.record.annotator, annotator)
    ]


def facets(rows: Iterable[AnnotationRow]) -> Mapping[str, Counter[str]]:
    """Counts per tag, outlet and annotator: the filter choices."""
    out: dict[str, Counter[str]] = {"tag": Counter(), "outlet": Counter(), "annotator": Counter()}
    for r in rows:
        out["tag"][r.record.tag] += 1
        out["outlet"][r.outlet] += 1
        out["annotator"][r.record.annotator or "?"] += 1
    return out
