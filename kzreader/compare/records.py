"""Annotation records as agreement and the annotations view read them.

Reads a store folder (through `kzreader.annotate`, read-only) or an export
file: JSON (`{"schema": "kzreader-annotations/1", "articles": [...]}`), JSONL,
or any JSON in which an object carrying `article_id`, `tag`, `start` and `end`
is an annotation and an exported article (`id` with `annotations`) says the
annotator covered it and may carry its `text`. Store objects (`Annotation`
instances) are read through their attributes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REQUIRED = ("article_id", "tag", "start", "end")
OPTIONAL = ("text", "prefix", "suffix", "annotator", "status", "note", "id")

SKIPPED_STATUSES: frozenset[str] = frozenset({"deleted", "orphaned"})
"""Annotations whose offsets cannot be trusted or that were withdrawn."""


class RecordsError(ValueError):
    """An input that holds no readable annotations (one line, for the user)."""


@dataclass(frozen=True, slots=True)
class AnnotationRecord:
    """One annotation: a tagged span of an article's cleaned text."""

    article_id: str
    tag: str
    start: int
    end: int
    text: str = ""
    prefix: str = ""
    suffix: str = ""
    annotator: str | None = None
    status: str | None = None
    note: str | None = None
    id: str | None = None

    @classmethod
    def read(cls, item: Mapping[str, Any] | object) -> AnnotationRecord:
        """From a JSON object or any object with these attributes."""
        get = item.get if isinstance(item, Mapping) else lambda k, d=None: getattr(item, k, d)
        return cls(
            article_id=str(get("article_id")),
            tag=str(get("tag")),
            start=int(get("start")),
            end=int(get("end")),
            text=get("text") or "",
            prefix=get("prefix") or "",
            suffix=get("suffix") or "",
            annotator=get("annotator"),
            status=get("status"),
            note=get("note"),
            id=None if get("id") is None else str(get("id")),
        )


@dataclass(frozen=True)
class AnnotationSet:
    """One annotator's work: records, the articles covered and any article texts."""

    name: str
    records: tuple[AnnotationRecord, ...]
    articles: frozenset[str]
    texts: dict[str, str] = field(default_factory=dict)
    skipped: int = 0

    @property
    def annotators(self) -> tuple[str, ...]:
        return tuple(sorted({r.annotator for r in self.records if r.annotator}))


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, dict | list))


def _json_document(path: Path) -> Any:
    raw = path.read_text(encoding="utf-8")
    try:
        return json.loads(raw) if raw.strip() else {}
    except json.JSONDecodeError:
        try:  # JSON lines
            return [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise RecordsError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None


def _store_annotations(folder: Path) -> list[dict[str, Any]]:
    """Every annotation of a store folder, as export-shaped dicts (the store is not locked)."""
    from kzreader.annotate.errors import StoreError
    from kzreader.annotate.store import AnnotationStore

    try:
        with AnnotationStore.open(folder, read_only=True) as store:
            return [{k: getattr(a, k, None) for k in (*REQUIRED, *OPTIONAL)} for a in store.all()]
    except StoreError as exc:
        raise RecordsError(str(exc)) from None


def collect(items: Iterable[Any], *, name: str, annotator: str | None = None) -> AnnotationSet:
    """An `AnnotationSet` from parsed JSON documents, keeping one annotator's work if named."""
    records: list[AnnotationRecord] = []
    articles: set[str] = set()
    texts: dict[str, str] = {}
    skipped = 0
    seen: set[tuple[Any, ...]] = set()
    for item in _walk(list(items)):
        if all(k in item for k in REQUIRED):
            rec = AnnotationRecord.read(item)
            if annotator is not None and rec.annotator != annotator:
                continue
            key = (rec.id, rec.article_id, rec.tag, rec.start, rec.end, rec.annotator)
            if key in seen:
                continue
            seen.add(key)
            if rec.status in SKIPPED_STATUSES:
                skipped += 1
                continue
            records.append(rec)
            articles.add(rec.article_id)
        elif "id" in item and isinstance(item.get("annotations"), list):
            articles.add(str(item["id"]))
            if isinstance(item.get("text"), str):
                texts[str(item["id"])] = item["text"]
    records.sort(key=lambda r: (r.article_id, r.start, r.end, r.tag))
    return AnnotationSet(name, tuple(records), frozenset(articles), texts, skipped)


def load_annotations(path: Path | str, *, annotator: str | None = None) -> AnnotationSet:
    """Read an export file or a store folder; raise `RecordsError` when unreadable."""
    path = Path(path)
    if not path.exists():
        raise RecordsError(f"{path}: no such file or directory")
    try:
        docs = [_store_annotations(path) if path.is_dir() else _json_document(path)]
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordsError(f"{path}: cannot be read ({exc})") from None
    found = collect(docs, name=annotator or path.stem, annotator=annotator)
    if not found.articles:
        who = f" by {annotator}" if annotator else ""
        raise RecordsError(f"{path}: no annotations{who} found")
    if annotator is None and len(found.annotators) == 1:
        return AnnotationSet(
            found.annotators[0], found.records, found.articles, found.texts, found.skipped
        )
    return found
