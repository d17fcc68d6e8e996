"""The parse cache: Articles keyed by file content hash and pipeline version.

One SQLite file. `files` remembers each path's size and mtime so a warm load
needs only a `stat` per file; a changed or moved file is re-hashed and still
hits when its content is known. The cache is disposable: a damaged one is
replaced, never trusted.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzreader.corpus import Parsed

from kzreader.gc_pause import paused_gc
from kzreader.limits import MAX_BYTES
from kzreader.model import (
    Article,
    ArticleSummary,
    LazySeq,
    fact_from_row,
    fact_to_row,
    trace_from_row,
    trace_rows,
)

_SCALARS = tuple(f.name for f in fields(Article) if f.name not in ("facts", "trace"))

SCHEMA = """
CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS summaries (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS notes (key TEXT PRIMARY KEY, notes TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, key TEXT NOT NULL
);
"""


def default_cache_path() -> Path:
    """`$KZREADER_CACHE`, else `$XDG_CACHE_HOME/kzreader/parse.sqlite` (~/.cache)."""
    explicit = os.environ.get("KZREADER_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kzreader" / "parse.sqlite"


class ParseCache:
    """Lookup and save parsed Articles by file."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.notes: dict[Path, tuple[str, ...]] = {}

    @classmethod
    def open(cls, path: Path) -> ParseCache:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls(_connect(path))
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)  # a cache, not user data: rebuild it
            return cls(_connect(path))

    def close(self) -> None:
        self._db.close()

    def lookup(self, files: Iterable[Path]) -> dict[Path, list[Article]]:
        """Cached Articles for every file whose content the cache has seen.

        What was skipped while parsing a hit is in `self.notes[path]` afterwards.
        """
        from kzreader.corpus import content_key

        files = list(files)
        self.notes = {}
        if self._db.execute("SELECT 1 FROM blobs LIMIT 1").fetchone() is None:
            return {}  # an empty cache (a first load) holds nothing: hash no file to ask it
        absolute = _absolute_paths(files)
        rows = self._file_rows(absolute)
        wanted: dict[Path, str] = {}
        restat: list[tuple[str, int, int, str]] = []
        for path, key_path in zip(files, absolute, strict=True):
            try:
                st = os.stat(key_path)
            except OSError:
                continue
            if st.st_size > MAX_BYTES:
                continue  # never hashed: the pipeline refuses it without reading it
            known = rows.get(key_path)
            if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
                wanted[path] = known[2]
                continue
            try:
                key = content_key(path.read_bytes())
            except OSError:
                continue
            wanted[path] = key
            restat.append((key_path, st.st_size, st.st_mtime_ns, key))
        blobs = self._fetch(set(wanted.values()))
        noted = dict(self._select_in("SELECT key, notes FROM notes WHERE key IN ({})", list(blobs)))
        self.notes = {p: tuple(noted[k].split("\n")) for p, k in wanted.items() if k in noted}
        hits: dict[Path, list[Article]] = {}
        with paused_gc(freeze=True):
            for path, key in wanted.items():
                if key in blobs:
                    try:
                        hits[path] = decode(blobs[key], str(path))
                    except Exception:  # written by an incompatible build: parse again
                        continue
        if restat:
            self._write_files([r for r in restat if r[3] in blobs])
        self._backfill_summaries({wanted[p]: arts for p, arts in hits.items()})
        return hits

    def summary_rows(self, files: Iterable[tuple[str, str]]) -> dict[str, list[tuple]]:
        """Library rows for each (shown path, absolute path) the cache knows unchanged,
        as tuples in `ArticleSummary` field order, keyed by shown path.

        Only a `stat` per file and small rows: no reading, hashing or article text. A
        file that changed, moved or was never parsed is left out (`lookup` still
        finds it by content).
        """
        shown = dict((absolute, path) for path, absolute in files)
        query = (
            "SELECT f.path, f.size, f.mtime_ns, s.data FROM files f"
            " JOIN summaries s ON s.key = f.key WHERE f.path IN ({})"
        )
        out: dict[str, list[tuple]] = {}
        stat = os.stat
        for absolute, size, mtime_ns, blob in self._select_in(query, list(shown)):
            try:
                st = stat(absolute)
                if st.st_size == size and st.st_mtime_ns == mtime_ns:
                    path = shown[absolute]
                    out[path] = [(r[0], path, *r[1:]) for r in marshal.loads(blob)]
            except Exception:  # gone since, or written by an incompatible build
                continue
        return out

    def save(self, parsed: Iterable[tuple[Path, Parsed]]) -> None:
        """Remember freshly parsed files."""
        blob_rows, summary_rows, file_rows, note_rows = [], [], [], []
        for path, p in parsed:
            blob_rows.append((p.key, p.blob))
            summary_rows.append((p.key, p.summary))
            if p.notes:
                note_rows.append((p.key, "\n".join(p.notes)))
            file_rows.append((os.path.abspath(path), p.size, p.mtime_ns, p.key))
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO blobs VALUES (?, ?)", blob_rows)
                self._db.executemany(
                    "INSERT OR REPLACE INTO summaries VALUES (?, ?)", summary_rows
                )
                self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", file_rows)
                self._db.executemany("INSERT OR REPLACE INTO notes VALUES (?, ?)", note_rows)
        except sqlite3.OperationalError:
            pass  # another kzreader holds the lock: the cache is an optimisation only

    def _fetch(self, keys: set[str]) -> dict[str, bytes]:
        return dict(self._select_in("SELECT key, data FROM blobs WHERE key IN ({})", list(keys)))

    def _file_rows(self, paths: list[str]) -> dict[str, tuple[int, int, str]]:
        query = "SELECT path, size, mtime_ns, key FROM files WHERE path IN ({})"
        return {p: (s, m, k) for p, s, m, k in self._select_in(query, paths)}

    def _select_in(self, query: str, values: list[str]) -> list[tuple]:
        """Rows of `query` with its `IN ({})` bound to `values`, in chunks SQLite accepts."""
        rows: list[tuple] = []
        for i in range(0, len(values), 900):
            part = values[i : i + 900]
            rows += self._db.execute(query.format(",".join("?" * len(part))), part).fetchall()
        return rows

    def _backfill_summaries(self, hits: dict[str, list[Article]]) -> None:
        """Summaries for cached Articles that have none (a cache from an older build).

        Every save writes a summary beside each blob, so equal counts mean nothing is
        missing: a warm load pays two counts, not a lookup of every key."""
        if not hits or self._count("summaries") >= self._count("blobs"):
            return
        query = "SELECT key FROM summaries WHERE key IN ({})"
        have = {k for (k,) in self._select_in(query, list(hits))}
        rows = [(k, encode_summaries(arts)) for k, arts in hits.items() if k not in have]
        if not rows:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO summaries VALUES (?, ?)", rows)
        except sqlite3.OperationalError:
            pass

    def _count(self, table: str) -> int:
        return self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def _write_files(self, rows: list[tuple[str, int, int, str]]) -> None:
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", rows)
        except sqlite3.OperationalError:
            pass


def _absolute_paths(files: list[Path]) -> list[str]:
    """`os.path.abspath` for many paths, asking for the working directory once."""
    cwd = os.getcwd()
    return [os.path.normpath(os.path.join(cwd, p)) for p in files]


def encode(articles: list[Article]) -> bytes:
    """Articles as plain rows (marshal: several times faster to load than pickle)."""
    return marshal.dumps(
        [
            (
                tuple(getattr(a, name) for name in _SCALARS),
                marshal.dumps([fact_to_row(f) for f in a.facts]),
                marshal.dumps(trace_rows(a.trace)),
            )
            for a in articles
        ]
    )


def decode(blob: bytes, path: str | None = None) -> list[Article]:
    """Inverse of `encode`; facts and trace decode lazily on first use.

    `path` replaces the recorded one: the cache is keyed by content, so the same
    text may first have been parsed from another file.
    """
    articles = []
    for scalars, facts, trace in marshal.loads(blob):
        fields = dict(zip(_SCALARS, scalars, strict=True))
        if path is not None:
            fields["path"] = path
        articles.append(
            Article(
                **fields,
                facts=LazySeq(facts, fact_from_row),
                trace=LazySeq(trace, trace_from_row),
            )
        )
    return articles


def encode_summaries(articles: Iterable[Article]) -> bytes:
    """The library rows of `articles` (see `ArticleSummary`), without their paths."""
    return marshal.dumps(
        [
            (*(getattr(a, name) for name in ArticleSummary.ROW), tuple(a.fact_counts().items()))
            for a in articles
        ]
    )


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=5)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(SCHEMA)
    db.execute("SELECT count(*) FROM blobs").fetchone()  # fails fast on a damaged file
    return db
