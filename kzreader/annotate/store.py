"""The annotation store: TinyDB over sharded atomic storage, one table per article.

    store = AnnotationStore.open()          # ./annotations, KZREADER_STORE, or a path
    ann = store.annotate(article, 10, 31, "figure")
    store.set_note(ann.id, "cek angka resmi"); store.undo(); store.redo()
    store.for_article(article.id); store.counts(); store.orphans()
    store.sync(corpus.articles)              # re-anchor after the text changed

One writer per store: a second process opens it read-only and `notice` says
why. A store that fails to load raises `StoreError` (one line, naming the
file) and is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import repeat
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from kzreader.annotate.anchoring import reanchor
from kzreader.annotate.atomic import TEMP_PREFIX, atomic_write
from kzreader.annotate.errors import ReadOnlyStoreError, StoreError
from kzreader.annotate.history import Change, History
from kzreader.annotate.identity import current_annotator
from kzreader.annotate.lock import StoreLock
from kzreader.annotate.migrations import V0_BACKUP, V0_FILE, read_v0, upgrade
from kzreader.annotate.records import (
    DEFAULT_TAGS,
    RECORD_KEYS,
    SCHEMA_VERSION,
    Annotation,
    RecordError,
    new_annotation,
    text_hash,
    utc_now,
)
from kzreader.annotate.storage import ShardedJSONStorage, Tables, is_shard
from kzreader.gc_pause import paused_gc
from kzreader.model import Article, Fact

STORE_ENV = "KZREADER_STORE"
DEFAULT_STORE = Path("annotations")
META_FILE = "kzreader-store.json"
FORMAT = "kzreader-annotation-store"

_DEFAULTS: dict[str, Any] = {
    "text_hash": "",
    "prefix": "",
    "suffix": "",
    "note": "",
    "annotator": "",
    "created": "",
    "updated": "",
    "status": "anchored",
    "fact": None,
}
_EDITABLE = frozenset(RECORD_KEYS) - {"id", "article_id", "created", "updated"}


def resolve_store_path(explicit: str | Path | None = None) -> Path:
    """`--store PATH`, else `$KZREADER_STORE`, else `./annotations`."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


def _from_doc(doc: dict[str, Any]) -> Annotation:
    """An Annotation from a stored document (validated when it was written)."""
    if len(doc) == len(RECORD_KEYS):
        with contextlib.suppress(TypeError):
            return Annotation(**doc)
    return Annotation(**{key: doc.get(key, _DEFAULTS.get(key)) for key in RECORD_KEYS})


@dataclass
class ReanchorReport:
    """What re-anchoring did: counts, and the ids it could not find again."""

    checked: int = 0
    moved: int = 0
    orphaned: list[str] = field(default_factory=list)

    def add(self, other: ReanchorReport) -> None:
        self.checked += other.checked
        self.moved += other.moved
        self.orphaned.extend(other.orphaned)


class AnnotationStore:
    """Annotations by article, with undo/redo; safe to call from worker threads."""

    def __init__(
        self, folder: Path, db: TinyDB, lock: StoreLock, *, notice: str, annotator: str
    ) -> None:
        self.folder = folder
        self.annotator = annotator
        self.notice = notice
        """Why the store is read-only or was migrated ("" when nothing to say)."""
        self.history = History()
        self._db = db
        self._storage: ShardedJSONStorage = db.storage  # type: ignore[assignment]
        self._lock = lock
        self._mutex = threading.RLock()
        self._where: dict[str, tuple[str, str]] = {}
        """Annotation id → (article id, TinyDB doc id as stored)."""
        tables = self._tables()
        for article_id in tables:
            ids = tables.summary(article_id)["ids"]
            self._where.update(zip(ids.values(), zip(repeat(article_id), ids), strict=True))

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        annotator: str | None = None,
    ) -> AnnotationStore:
        """Open (creating if needed) the store; read-only when another process has it."""
        folder = resolve_store_path(path)
        lock = StoreLock(folder)
        notice = ""
        if not read_only:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{folder}: cannot create the store ({exc.strerror})") from exc
            if not lock.acquire():
                read_only = True
                notice = f"{folder}: {lock.reason}; opened read-only"
        try:
            db = TinyDB(folder, storage=ShardedJSONStorage, read_only=read_only)
            with paused_gc():
                migrated = _prepare(folder, db.storage, writable=not read_only)  # type: ignore[arg-type]
                store = cls(
                    folder,
                    db,
                    lock,
                    notice=notice or migrated,
                    annotator=current_annotator(annotator),
                )
            if lock.held:
                _remove_temp_files(folder)
        except BaseException:
            lock.release()
            raise
        return store

    @property
    def read_only(self) -> bool:
        return self._storage.read_only

    def close(self) -> None:
        with self._mutex:
            self._db.close()
            self._lock.release()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading --------------------------------------------------------------

    def _tables(self) -> Tables:
        return self._storage.read()

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._where

    def get(self, annotation_id: str) -> Annotation | None:
        with self._mutex:
            where = self._where.get(annotation_id)
            if where is None:
                return None
            return _from_doc(self._tables()[where[0]][where[1]])

    def for_article(self, article_id: str) -> list[Annotation]:
        """The article's annotations in reading order."""
        with self._mutex:
            docs = list(self._tables().get(article_id, {}).values())
        return sorted(map(_from_doc, docs), key=lambda a: (a.start, a.end, a.created))

    def records(self, article_id: str) -> list[dict[str, Any]]:
        """The article's annotations as plain dicts (copies), in reading order: for bulk export."""
        with self._mutex:
            docs = [dict(doc) for doc in self._tables().get(article_id, {}).values()]
        docs.sort(key=lambda d: (d["start"], d["end"], d.get("created", "")))
        return docs

    def load_all(self) -> None:
        """Decode every article's annotations now (before a bulk read such as an export)."""
        with self._mutex:
            self._tables().decoded()

    def at(self, article_id: str, offset: int) -> list[Annotation]:
        """Anchored annotations covering `offset` (the cursor), innermost first."""
        found = [
            a for a in self.for_article(article_id) if a.start <= offset < a.end and not a.orphaned
        ]
        return sorted(found, key=lambda a: (a.end - a.start, a.start))

    def all(self) -> Iterator[Annotation]:
        """Every annotation, article by article."""
        with self._mutex:
            docs = [doc for table in self._tables().decoded().values() for doc in table.values()]
        return map(_from_doc, docs)

    def article_ids(self) -> list[str]:
        """Articles that have at least one annotation."""
        with self._mutex:
            tables = self._tables()
            return [aid for aid in tables if tables.size(aid)]

    def counts(self) -> dict[str, int]:
        """Annotations per article id (for the library)."""
        with self._mutex:
            tables = self._tables()
            return {aid: size for aid in tables if (size := tables.size(aid))}

    def tags(self) -> list[str]:
        """Tags for completion: claim, quote, figure, then others by use."""
        used: Counter[str] = Counter()
        with self._mutex:
            tables = self._tables()
            for article_id in tables:
                used.update(tables.summary(article_id)["tags"])
        others = sorted((t for t in used if t not in DEFAULT_TAGS), key=lambda t: (-used[t], t))
        return [*DEFAULT_TAGS, *others]

    def orphans(self) -> list[Annotation]:
        """Annotations that could not be found again in their article's text."""
        with self._mutex:
            tables = self._tables()
            ids = [aid for aid in tables if tables.summary(aid)["orphans"]]
        return [a for aid in ids for a in self.for_article(aid) if a.orphaned]

    # -- changing (undoable) ----------------------------------------------------

    def annotate(
        self,
        article: Article,
        start: int,
        end: int,
        tag: str,
        *,
        note: str = "",
        fact: Fact | dict[str, Any] | None = None,
    ) -> Annotation:
        """Tag `article.text[start:end]`; returns the new annotation."""
        payload = fact.to_dict() if isinstance(fact, Fact) else fact
        ann = self._new(article, start, end, tag, note=note, fact=payload)
        self._do(Change("add", None, ann))
        return ann

    def accept_fact(self, article: Article, fact: Fact, *, note: str = "") -> Annotation:
        """Keep an extracted fact as an annotation tagged with its kind."""
        ann = self._new(article, fact.start, fact.end, fact.kind, note=note, fact=fact.to_dict())
        self._do(Change("accept", None, ann))
        return ann

    def add(self, annotation: Annotation) -> Annotation:
        """Store a ready-made annotation (its id must be new)."""
        if annotation.id in self._where:
            raise StoreError(f"annotation {annotation.id} is already in the store")
        self._do(Change("add", None, annotation))
        return annotation

    def update(self, annotation_id: str, **changes: Any) -> Annotation:
        """Change fields (tag, note, span, fact, ...) of an annotation."""
        return self._edit("update", annotation_id, changes)

    def retag(self, annotation_id: str, tag: str) -> Annotation:
        return self._edit("retag", annotation_id, {"tag": tag})

    def set_note(self, annotation_id: str, note: str) -> Annotation:
        return self._edit("note", annotation_id, {"note": note})

    def delete(self, annotation_id: str) -> Annotation:
        """Remove an annotation; returns what was removed (undo brings it back)."""
        with self._mutex:
            before = self._require(annotation_id)
            self._do(Change("delete", before, None))
            return before

    def undo(self) -> Change | None:
        """Revert the last change; returns it (None when there is nothing to undo)."""
        with self._mutex:
            change = self.history.next_undo()
            if change is None:
                return None
            self._apply(_restamped(change.inverse()))
            self.history.mark_undone()
            return change

    def redo(self) -> Change | None:
        """Apply again the last undone change; returns it (None when nothing to redo)."""
        with self._mutex:
            change = self.history.next_redo()
            if change is None:
                return None
            self._apply(_restamped(change))
            self.history.mark_redone()
            return change

    # -- re-anchoring and merging (not undoable) ------------------------------------

    def reanchor(self, article: Article) -> ReanchorReport:
        """Find the article's annotations again in its current text; saves what moved.

        Not undoable; when anything moved, the undo history is cleared.
        """
        report = ReanchorReport()
        digest = text_hash(article.text)
        with self._mutex:
            docs = self._tables().get(article.id, {})
            fresh: dict[str, Annotation] = {}
            for doc_id, doc in docs.items():
                if doc.get("text_hash") == digest and doc.get("status") == "anchored":
                    continue
                report.checked += 1
                old = _from_doc(doc)
                new = reanchor(old, article.text, digest)
                if new.orphaned:
                    report.orphaned.append(new.id)
                elif (new.start, new.end) != (old.start, old.end):
                    report.moved += 1
                if new != old:
                    fresh[doc_id] = new
            if fresh:
                self._write_docs(article.id, fresh)
                self.history.clear()  # undo would bring back offsets into the old text
        return report

    def sync(self, articles: Iterable[Article]) -> ReanchorReport:
        """Re-anchor every annotated article among `articles`."""
        report = ReanchorReport()
        with paused_gc():
            for article in articles:
                if article.id in self._tables():
                    report.add(self.reanchor(article))
        return report

    def put_many(self, annotations: Iterable[Annotation]) -> None:
        """Insert or replace annotations by id, one save per article (for imports).

        Not undoable: it clears the undo history.
        """
        self._check_writable()
        with self._mutex:
            by_article: dict[str, list[Annotation]] = {}
            for ann in annotations:
                by_article.setdefault(ann.article_id, []).append(ann)
            for article_id, anns in by_article.items():
                replacing: dict[str, Annotation] = {}
                adding: list[Annotation] = []
                for ann in anns:
                    where = self._where.get(ann.id)
                    if where is None:
                        adding.append(ann)
                    elif where[0] == article_id:
                        replacing[where[1]] = ann
                    else:
                        self._remove(ann.id)
                        adding.append(ann)
                if replacing:
                    self._write_docs(article_id, replacing)
                if adding:
                    doc_ids = self._db.table(article_id).insert_multiple(
                        a.to_dict() for a in adding
                    )
                    for ann, doc_id in zip(adding, doc_ids, strict=True):
                        self._where[ann.id] = (article_id, str(doc_id))
            self.history.clear()

    # -- internals ----------------------------------------------------------------

    def _new(self, article: Article, start: int, end: int, tag: str, **extra: Any) -> Annotation:
        try:
            return new_annotation(
                article_id=article.id,
                article_text=article.text,
                start=start,
                end=end,
                tag=tag,
                annotator=self.annotator,
                **extra,
            )
        except RecordError as exc:
            raise StoreError(f"article {article.id}: {exc}") from exc

    def _require(self, annotation_id: str) -> Annotation:
        found = self.get(annotation_id)
        if found is None:
            raise StoreError(f"no annotation {annotation_id} in {self.folder}")
        return found

    def _edit(self, kind: str, annotation_id: str, changes: dict[str, Any]) -> Annotation:
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise StoreError(f"cannot change {', '.join(sorted(unknown))} of an annotation")
        with self._mutex:
            before = self._require(annotation_id)
            try:
                after = Annotation.from_dict(before.with_changes(**changes).to_dict())
            except (RecordError, TypeError) as exc:
                raise StoreError(f"annotation {annotation_id}: {exc}") from exc
            self._do(Change(kind, before, after))
            return after

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(self.notice or f"{self.folder}: the store is open read-only")

    def _do(self, change: Change) -> None:
        with self._mutex:
            self._apply(change)
            self.history.record(change)

    def _apply(self, change: Change) -> None:
        self._check_writable()
        before, after = change.before, change.after
        if before is not None and after is None:
            self._remove(before.id)
        elif after is not None and before is None:
            doc_id = self._db.table(after.article_id).insert(after.to_dict())
            self._where[after.id] = (after.article_id, str(doc_id))
        elif after is not None:
            article_id, doc_id = self._where[after.id]
            self._write_docs(article_id, {doc_id: after})

    def _remove(self, annotation_id: str) -> None:
        article_id, doc_id = self._where[annotation_id]
        self._db.table(article_id).remove(doc_ids=[int(doc_id)])
        del self._where[annotation_id]

    def _write_docs(self, article_id: str, docs: dict[str, Annotation]) -> None:
        """Replace whole documents of one article in a single save (in memory if read-only)."""
        if self.read_only:
            table = self._tables()[article_id]
            for doc_id, ann in docs.items():
                table[doc_id] = ann.to_dict()
            return
        new = {ann.id: ann.to_dict() for ann in docs.values()}

        def overwrite(doc: dict[str, Any]) -> None:
            record = new[doc["id"]]
            doc.clear()
            doc.update(record)

        self._db.table(article_id).update(overwrite, doc_ids=[int(key) for key in docs])


def _restamped(change: Change) -> Change:
    """Undo/redo of an edit is itself an edit: it gets a fresh `updated`."""
    if change.before is not None and change.after is not None:
        return replace(change, after=replace(change.after, updated=utc_now()))
    return change


def _read_meta(path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{path}: damaged ({exc}); store left untouched") from exc
    if (
        not isinstance(meta, dict)
        or meta.get("format") != FORMAT
        or not isinstance(meta.get("schema"), int)
    ):
        raise StoreError(f"{path}: not a kzreader store description; store left untouched")
    return meta


def _write_meta(folder: Path) -> None:
    body = {"format": FORMAT, "schema": SCHEMA_VERSION}
    atomic_write(folder / META_FILE, (json.dumps(body, indent=1) + "\n").encode())


def _prepare(folder: Path, storage: ShardedJSONStorage, *, writable: bool) -> str:
    """Check the schema, migrate an older store, load the shards; returns a notice."""
    meta = _read_meta(folder / META_FILE)
    if meta is None:
        legacy = folder / V0_FILE
        if legacy.is_file():
            tables = read_v0(legacy)
            if not writable:
                storage.adopt(tables)
                return f"{legacy}: schema 0 store shown read-only (not migrated)"
            storage.write_all(tables)
            _write_meta(folder)
            legacy.replace(folder / V0_BACKUP)
            return f"{folder}: migrated schema 0 → {SCHEMA_VERSION} (old file kept as {V0_BACKUP})"
        if folder.is_dir() and any(is_shard(name) for name in os.listdir(folder)):
            raise StoreError(f"{folder / META_FILE}: missing; store left untouched")
        if writable:
            _write_meta(folder)
        return ""
    version = meta["schema"]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{folder / META_FILE}: schema {version} is newer than this kzreader "
            f"understands ({SCHEMA_VERSION}); store left untouched"
        )
    tables = storage.read()
    if version == SCHEMA_VERSION:
        return ""
    try:
        upgraded = {
            name: {key: upgrade(doc, version) for key, doc in docs.items()}
            for name, docs in tables.items()
        }
    except (RecordError, KeyError) as exc:
        raise StoreError(f"{folder}: cannot migrate from schema {version} ({exc})") from exc
    if not writable:
        storage.adopt(upgraded)
        return f"{folder}: schema {version} store shown read-only (not migrated)"
    storage.write_all(upgraded)
    _write_meta(folder)
    return f"{folder}: migrated schema {version} → {SCHEMA_VERSION}"


def _remove_temp_files(folder: Path) -> None:
    """Temp files a crashed save left behind (never renamed, so never committed)."""
    for name in os.listdir(folder):
        if name.startswith(TEMP_PREFIX):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
