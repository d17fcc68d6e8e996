"""A TinyDB storage that keeps one file per table and writes only what changed.

TinyDB hands a storage the whole database on every write. The stock
JSONStorage rewrites one file in place (a crash leaves it corrupt, and each
insert costs time proportional to the whole store). Here each table — the
store uses one table per article — lives in its own shard, replaced
atomically (`atomic.atomic_write`); a write saves only the tables TinyDB set
since the last write (the database dict records them).

A shard is two lines: a header `{"table", "ids": {doc_id: annotation id},
"tags": {tag: count}, "orphans": count, "crc"}` and the documents as JSON.
Opening reads every header and checks every body's CRC (fast: no JSON
decoding of 100,000 records), so damage is reported at open; a table's
documents are decoded when first used. Counts, tags and orphans come from
the headers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from kzreader.annotate.atomic import atomic_write, durable_unlink
from kzreader.annotate.errors import ReadOnlyStoreError, StoreError
from kzreader.gc_pause import paused_gc

Docs = dict[str, dict[str, Any]]
_SAFE_NAME = re.compile(r"[a-z0-9_][a-z0-9_.-]{0,100}")


def shard_name(table: str) -> str:
    """The file a table lives in: `a-<name>.json`, or `h-<hash>.json` for awkward names."""
    if _SAFE_NAME.fullmatch(table) and not table.endswith("."):
        return f"a-{table}.json"
    return f"h-{hashlib.blake2b(table.encode('utf-8'), digest_size=16).hexdigest()}.json"


def is_shard(filename: str) -> bool:
    return filename.endswith(".json") and filename[:2] in ("a-", "h-")


def summarise(docs: Docs) -> dict[str, Any]:
    """What a shard header says about its documents: ids, tag counts, orphan count."""
    tags: dict[str, int] = {}
    orphans = 0
    for doc in docs.values():
        tag = doc.get("tag")
        tags[tag] = tags.get(tag, 0) + 1
        orphans += doc.get("status") == "orphaned"
    ids = {key: doc.get("id") for key, doc in docs.items()}
    return {"ids": ids, "tags": tags, "orphans": orphans}


def encode_shard(table: str, docs: Docs) -> bytes:
    body = json.dumps(docs, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {"table": table, **summarise(docs), "crc": zlib.crc32(body)}
    return json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" + body


class Shard:
    """A shard file's header, checked, with its body not yet decoded."""

    __slots__ = ("body", "path", "summary", "table")

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        head, _, self.body = data.partition(b"\n")
        try:
            header = json.loads(head)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(f"{path}: damaged (unreadable header: {exc})") from exc
        if (
            not isinstance(header, dict)
            or not isinstance(header.get("table"), str)
            or not isinstance(header.get("ids"), dict)
        ):
            raise StoreError(f"{path}: damaged (not a kzreader annotation shard)")
        if shard_name(header["table"]) != path.name:
            raise StoreError(f"{path}: damaged (holds table {header['table']!r}, misnamed)")
        self.table: str = header["table"]
        self.summary: dict[str, Any] = header
        complete = isinstance(header.get("tags"), dict) and isinstance(header.get("orphans"), int)
        if header.get("crc") != zlib.crc32(self.body) or not complete:
            self._check_edited_by_hand()

    def _check_edited_by_hand(self) -> None:
        """A CRC mismatch is fine if the body still decodes to the documents the header lists."""
        summary = summarise(self.decode())
        if summary["ids"] != self.summary["ids"]:
            raise StoreError(f"{self.path}: damaged (body does not match its header)")
        self.summary = summary

    def decode(self) -> Docs:
        try:
            docs = json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.path}: damaged ({exc})") from exc
        if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
            raise StoreError(f"{self.path}: damaged (documents are not JSON objects)")
        return docs


def read_shards(folder: Path) -> dict[str, Shard]:
    """Every shard under `folder` (none if it does not exist), headers checked."""
    try:
        names = sorted(e.name for e in os.scandir(folder) if is_shard(e.name) and e.is_file())
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise StoreError(f"{folder}: cannot read the store ({exc.strerror})") from exc
    shards: dict[str, Shard] = {}
    for name in names:
        path = folder / name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StoreError(f"{path}: cannot read ({exc.strerror})") from exc
        shard = Shard(path, data)
        shards[shard.table] = shard
    return shards


class Tables(dict):
    """The database as TinyDB sees it: table name → documents, decoded on first use.

    Names TinyDB sets or removes are remembered in `dirty`, so a write saves
    only those. Iteration, `len` and `in` include tables not yet decoded.
    """

    def __init__(self, shards: dict[str, Shard] | None = None) -> None:
        super().__init__()
        self.pending: dict[str, Shard] = dict(shards or {})
        self.dirty: set[str] = set()

    def __missing__(self, name: str) -> Docs:
        shard = self.pending.get(name)
        if shard is None:
            raise KeyError(name)
        docs = shard.decode()
        del self.pending[name]
        dict.__setitem__(self, name, docs)
        return docs

    def __setitem__(self, name: str, docs: Docs) -> None:
        self.pending.pop(name, None)
        self.dirty.add(name)
        dict.__setitem__(self, name, docs)

    def __delitem__(self, name: str) -> None:
        if self.pending.pop(name, None) is None:
            dict.__delitem__(self, name)
        else:
            dict.pop(self, name, None)
        self.dirty.add(name)

    def pop(self, name: str, *default: Any) -> Any:
        if name in self:
            docs = self[name]
            del self[name]
            return docs
        if default:
            return default[0]
        raise KeyError(name)

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or name in self.pending

    def __iter__(self) -> Iterator[str]:
        yield from dict.keys(self)
        yield from list(self.pending)

    def __len__(self) -> int:
        return dict.__len__(self) + len(self.pending)

    def summary(self, name: str) -> dict[str, Any]:
        """A table's `summarise()` (ids, tags, orphans), from its header while not decoded."""
        shard = self.pending.get(name)
        if shard is not None:
            return shard.summary
        return summarise(dict.get(self, name) or {})

    def size(self, name: str) -> int:
        """Documents in a table, without decoding it."""
        shard = self.pending.get(name)
        if shard is not None:
            return len(shard.summary["ids"])
        return len(dict.get(self, name) or ())

    def decoded(self) -> dict[str, Docs]:
        """Every table, decoding what is still pending (with GC paused: many small dicts)."""
        if self.pending:
            with paused_gc():
                for name in list(self.pending):
                    self.__missing__(name)
        return dict(self.items())

    def items(self):  # type: ignore[override]
        return ((name, self[name]) for name in list(self))

    def values(self):  # type: ignore[override]
        return (self[name] for name in list(self))

    def keys(self):  # type: ignore[override]
        return list(self)


class ShardedJSONStorage(Storage):
    """TinyDB storage: one atomically replaced shard per table.

    `read()` returns the live in-memory `Tables` (TinyDB changes it and hands
    it back to `write()`), so reads cost nothing and a write costs the small
    files of the tables that changed. A failed save restores that table from
    disk and raises `StoreError`.
    """

    def __init__(self, folder: str | Path, *, read_only: bool = False) -> None:
        self.folder = Path(folder)
        self.read_only = read_only
        self._tables: Tables | None = None

    def read(self) -> Tables:
        if self._tables is None:
            self._tables = Tables(read_shards(self.folder))
        return self._tables

    def write(self, data: dict[str, Docs]) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"{self.folder}: the store is open read-only")
        if data is self._tables:
            changed = sorted(data.dirty)
        else:  # a new dict (e.g. TinyDB's drop_tables): save it all
            old = self.read()
            changed = sorted(set(old) | set(data))
            self._tables = Tables()
            for name, docs in data.items():
                dict.__setitem__(self._tables, name, docs)
        tables = self._tables
        tables.dirty.clear()
        for name in changed:
            self._save(name, tables)

    def write_all(self, data: dict[str, Docs]) -> None:
        """Save every table of `data` (used by migrations)."""
        self.write(dict(data))

    def adopt(self, data: dict[str, Docs]) -> None:
        """Use `data` as the database without saving it (a read-only migrated view)."""
        self._tables = Tables()
        for name, docs in data.items():
            dict.__setitem__(self._tables, name, docs)

    def _save(self, name: str, tables: Tables) -> None:
        docs = dict.get(tables, name)
        path = self.folder / shard_name(name)
        try:
            if docs:
                atomic_write(path, encode_shard(name, docs))
            else:
                durable_unlink(path)
        except OSError as exc:
            self._restore(name, tables)
            raise StoreError(f"{path}: could not save ({exc.strerror}); change undone") from exc

    def _restore(self, name: str, tables: Tables) -> None:
        """Put the table back as it is on disk after a failed save."""
        path = self.folder / shard_name(name)
        try:
            docs = Shard(path, path.read_bytes()).decode()
        except (OSError, StoreError):
            docs = {}
        dict.__setitem__(tables, name, docs)
