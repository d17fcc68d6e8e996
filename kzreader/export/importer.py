"""Merging another annotator's JSON export into the store.

Idempotent: importing the same file twice changes nothing the second time.
For an id both sides hold with different content, the newer `updated` wins;
each such case is a conflict and is reported with how it was settled.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kzreader.annotate.records import Annotation, RecordError, timestamp_key
from kzreader.annotate.store import AnnotationStore
from kzreader.export.json_export import SCHEMA_ID


class ImportFormatError(ValueError):
    """The file is not a kzreader JSON export (one line naming the file and why)."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """An id both sides changed: which version was kept and why."""

    id: str
    kept: str  # "theirs" | "ours"
    reason: str  # "theirs is newer" | "ours is newer" | "same time, different content"

    def __str__(self) -> str:
        return f"{self.id}: {self.reason}, kept {self.kept}"


@dataclass
class MergeReport:
    """What an import did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.replaced} updated, {self.unchanged} unchanged, "
            f"{len(self.conflicts)} conflict{'s' if len(self.conflicts) != 1 else ''}"
        )


def read_export(path: str | Path) -> list[Annotation]:
    """The annotations of a JSON export file; `ImportFormatError` says what is wrong."""
    path = Path(path)
    try:
        doc = json.loads(path.read_bytes())
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(f"{path}: not JSON ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA_ID:
        raise ImportFormatError(f"{path}: not a kzreader JSON export (schema {SCHEMA_ID!r})")
    articles = doc.get("articles")
    if not isinstance(articles, list):
        raise ImportFormatError(f"{path}: `articles` must be a list")
    found: dict[str, Annotation] = {}
    for i, article in enumerate(articles):
        if not isinstance(article, dict) or not isinstance(article.get("annotations"), list):
            raise ImportFormatError(f"{path}: article {i} has no annotations list")
        for j, record in enumerate(article["annotations"]):
            try:
                ann = Annotation.from_dict(record)
            except RecordError as exc:
                raise ImportFormatError(f"{path}: article {i} annotation {j}: {exc}") from exc
            if ann.article_id != article.get("id"):
                raise ImportFormatError(
                    f"{path}: article {i} annotation {j}: article_id differs from the article's id"
                )
            found[ann.id] = ann
    return list(found.values())


def _same(ours: Annotation, theirs: Annotation) -> bool:
    return ours.to_dict() == theirs.to_dict()


def merge(store: AnnotationStore, incoming: Iterable[Annotation]) -> MergeReport:
    """Bring `incoming` into `store`: new ids added, same id → newer `updated` wins."""
    report = MergeReport()
    winners: list[Annotation] = []
    for theirs in incoming:
        ours = store.get(theirs.id)
        if ours is None:
            winners.append(theirs)
            report.added += 1
            continue
        if _same(ours, theirs):
            report.unchanged += 1
            continue
        their_time = timestamp_key(theirs.updated or theirs.created or "1970-01-01")
        our_time = timestamp_key(ours.updated or ours.created or "1970-01-01")
        if their_time > our_time:
            winners.append(theirs)
            report.replaced += 1
            report.conflicts.append(Conflict(theirs.id, "theirs", "theirs is newer"))
        elif their_time < our_time:
            report.unchanged += 1
            report.conflicts.append(Conflict(theirs.id, "ours", "ours is newer"))
        else:
            report.unchanged += 1
            report.conflicts.append(Conflict(theirs.id, "ours", "same time, different content"))
    if winners:
        store.put_many(winners)
    return report


def import_file(store: AnnotationStore, path: str | Path) -> MergeReport:
    """Read a JSON export and merge it into `store`."""
    return merge(store, read_export(path))
