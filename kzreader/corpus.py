"""A corpus: every article under some paths, parsed in parallel and cached.

`load_corpus` walks files and folders, serves what the cache already knows
(keyed by content hash and pipeline version), parses the rest across all
cores, then runs the corpus-level passes (outlet from the same author's
other articles). Unreadable files become `LoadError`s; the rest still load.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from kzreader.cache import ParseCache, decode, default_cache_path, encode, encode_summaries
from kzreader.fingerprint import pipeline_fingerprint
from kzreader.model import Article, ArticleSummary, LoadError

Progress = Callable[[int, int], None]
Listed = TypeVar("Listed", Article, ArticleSummary)

PARALLEL_THRESHOLD = 64
"""Below this many files to parse, a process pool costs more than it saves."""

CHUNK = 32
"""Files per task sent to a worker process."""

SAVE_BATCH = 1024
"""Freshly parsed files written to the cache at a time, as they arrive."""


@dataclass
class Corpus:
    """The loaded articles, in file order, and the files that failed."""

    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[LoadError] = field(default_factory=list)  # loaded, but something skipped

    def __post_init__(self) -> None:
        self._by_id = {a.id: a for a in self.articles}

    def by_id(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    @property
    def outlets(self) -> list[str]:
        return sorted({a.outlet for a in self.articles if a.outlet})


def default_corpus_paths() -> list[Path]:
    """`./seeds` when present, else the seed corpus shipped inside the package."""
    local = Path("seeds")
    if local.is_dir():
        return [local]
    return [Path(__file__).parent / "data" / "seeds"]


def _visible_files(folder: str) -> Iterator[tuple[str, list[str]]]:
    """(directory, its non-hidden file names sorted) below `folder`, skipping hidden folders."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield root, sorted(n for n in names if not n.startswith("."))


def iter_files(paths: Iterable[str | Path], errors: list[LoadError]) -> list[Path]:
    """Files named, and every non-hidden file below folders named, in order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, names in _visible_files(str(path)):
                # Path(str) is several times cheaper than Path / name for 10k files
                files.extend(Path(os.path.join(root, n)) for n in names)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            errors.append(LoadError(str(path), "not a regular file"))
        else:
            errors.append(LoadError(str(path), "no such file or directory"))
    return files


def _file_pairs(paths: Iterable[str | Path]) -> list[tuple[str, str]]:
    """`iter_files` as (path as `iter_files` spells it, absolute path) strings, quickly."""
    cwd = os.getcwd()
    pairs: list[tuple[str, str]] = []
    for raw in paths:
        given = str(Path(raw))
        if os.path.isdir(given):
            for root, names in _visible_files(given):
                shown_root = str(Path(root))
                prefix = "" if shown_root == "." else shown_root + os.sep
                absolute = os.path.normpath(os.path.join(cwd, root)) + os.sep
                pairs.extend((prefix + n, absolute + n) for n in names)
        elif os.path.isfile(given):
            pairs.append((given, os.path.normpath(os.path.join(cwd, given))))
    return pairs


def content_key(data: bytes) -> str:
    """Cache key: the file's content hash under this exact pipeline code."""
    digest = hashlib.blake2b(data, digest_size=16)
    digest.update(pipeline_fingerprint().encode())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a worker sends back: the file's stat and content key, its Articles encoded.

    The stat is taken before the read, so a file that changes meanwhile is re-hashed
    on the next load rather than served stale.
    """

    size: int
    mtime_ns: int
    key: str
    blob: bytes
    summary: bytes
    notes: tuple[str, ...] = ()


def _parse_one(path: Path) -> Parsed | LoadError:
    # imported here so that a worker process pays for the pipeline, not the caller's import
    from kzreader.ingest import LoadFailure
    from kzreader.ingest.load import read_bytes
    from kzreader.pipeline import parse_file_noting

    try:
        st = os.stat(path)
        data = read_bytes(path, st.st_size)  # refuses an oversized file before reading it
        articles, notes = parse_file_noting(path, data)
        key = content_key(data)
        return Parsed(
            st.st_size, st.st_mtime_ns, key, encode(articles), encode_summaries(articles),
            tuple(notes),
        )
    except LoadFailure as exc:
        return LoadError(str(path), str(exc))
    except OSError as exc:
        return LoadError(str(path), exc.strerror or type(exc).__name__)
    except Exception as exc:  # a parser bug must not take the corpus down with it
        return LoadError(str(path), f"could not be parsed ({type(exc).__name__}: {exc})")


def _parse_chunk(paths: list[Path]) -> list[Parsed | LoadError]:
    return [_parse_one(p) for p in paths]


def _parse_all(
    paths: list[Path], jobs: int, progress: Progress | None, done: int, total: int
) -> Iterator[tuple[Path, Parsed | LoadError]]:
    """Yield (path, result) for each path, in order, across `jobs` processes."""
    if jobs <= 1 or len(paths) < PARALLEL_THRESHOLD:
        for i, path in enumerate(paths, 1):
            yield path, _parse_one(path)
            if progress:
                progress(done + i, total)
        return
    from concurrent.futures import ProcessPoolExecutor  # here: the reader's preload never needs it

    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for chunk, results in zip(chunks, pool.map(_parse_chunk, chunks), strict=True):
            yield from zip(chunk, results, strict=True)
            done += len(chunk)
            if progress:
                progress(done, total)


def load_corpus(
    paths: Sequence[str | Path] | None = None,
    *,
    cache: bool = True,
    cache_path: Path | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """Load every article under `paths` (default: `default_corpus_paths()`)."""
    errors: list[LoadError] = []
    warnings: list[LoadError] = []
    files = iter_files(paths if paths else default_corpus_paths(), errors)
    jobs = jobs or os.cpu_count() or 1
    store = ParseCache.open(cache_path or default_cache_path()) if cache else None
    results: dict[Path, list[Article]] = {}
    todo: list[Path] = []
    total = len(files)
    if progress:
        progress(0, total)  # a known total lets a progress bar stop animating while we read
    try:
        if store is not None:
            hits = store.lookup(files)
            results.update(hits)
            for path, notes in store.notes.items():
                warnings += [LoadError(str(path), note) for note in notes]
            todo = [f for f in files if f not in hits]
        else:
            todo = list(files)
        if progress:
            progress(total - len(todo), total)
        fresh: list[tuple[Path, Parsed]] = []
        for path, result in _parse_all(todo, jobs, progress, total - len(todo), total):
            if isinstance(result, LoadError):
                errors.append(result)
            else:
                results[path] = decode(result.blob)
                fresh.append((path, result))
                warnings += [LoadError(str(path), note) for note in result.notes]
                if store is not None and len(fresh) >= SAVE_BATCH:
                    store.save(fresh)  # while the workers parse on, not all at the end
                    fresh = []
        if store is not None and fresh:
            store.save(fresh)
    finally:
        if store is not None:
            store.close()
    articles = [a for f in files for a in results.get(f, ())]
    errors.sort(key=lambda e: e.path)
    return Corpus(articles=fill_outlets_from_authors(articles), errors=errors, warnings=warnings)


def load_summaries(
    paths: Sequence[str | Path] | None = None, *, cache_path: Path | None = None
) -> list[ArticleSummary]:
    """The library rows of every file the parse cache knows unchanged, in file order.

    Fast (a `stat` per file and small rows: no reading, hashing or parsing), so a
    reader can list a large corpus at once while `load_corpus` decodes it in the
    background. Files the cache does not know as they are now are left out.
    """
    return [ArticleSummary(*row) for row in summary_rows(paths, cache_path=cache_path)]


def summary_rows(
    paths: Sequence[str | Path] | None = None, *, cache_path: Path | None = None
) -> list[tuple]:
    """`load_summaries` as plain tuples in `ArticleSummary` field order (what a
    preloading process sends through a pipe)."""
    where = cache_path or default_cache_path()
    if not where.is_file():
        return []
    files = _file_pairs(paths if paths else default_corpus_paths())
    store = ParseCache.open(where)
    try:
        found = store.summary_rows(files)
    finally:
        store.close()
    rows = [row for f, _ in files for row in found.get(f, ())]
    order = ArticleSummary.__slots__  # the field order of the rows
    outlet, authors = order.index("outlet"), order.index("authors")
    filled = inferred_outlets([(r[outlet], r[authors]) for r in rows])
    return [
        r if new is None else (*r[:outlet], new, *r[outlet + 1 :])
        for r, new in zip(rows, filled, strict=True)
    ]


def fill_outlets_from_authors(articles: list[Listed]) -> list[Listed]:
    """An article that names no outlet gets the outlet its author writes for elsewhere."""
    filled = inferred_outlets([(a.outlet, a.authors) for a in articles])
    return [
        art if outlet is None else replace(art, outlet=outlet)
        for art, outlet in zip(articles, filled, strict=True)
    ]


def inferred_outlets(
    listed: Sequence[tuple[str | None, Sequence[str]]],
) -> list[str | None]:
    """For each (outlet, authors): the outlet to give it, or None to leave it be.

    An item with no outlet gets the outlet its authors most often write for in
    the other items."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for outlet, authors in listed:
        if outlet:
            for author in authors:
                seen[author.casefold()][outlet] += 1
    out: list[str | None] = []
    for outlet, authors in listed:
        found = None
        if outlet is None and authors:
            votes: Counter[str] = Counter()
            for author in authors:
                votes.update(seen.get(author.casefold(), Counter()))
            if votes:
                found = votes.most_common(1)[0][0]
        out.append(found)
    return out
