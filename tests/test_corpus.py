"""Loading a corpus: folders, bad files, the parse cache, corpus-level passes."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kzreader.corpus import (
    default_corpus_paths,
    fill_outlets_from_authors,
    load_corpus,
    load_summaries,
)
from kzreader.model import Article, ArticleSummary

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.fixture
def mixed(tmp_path: Path, seeds_dir: Path) -> Path:
    """A folder mixing good articles, bad files and a nested folder."""
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    for seed in sorted(seeds_dir.iterdir())[:2]:
        shutil.copy(seed, folder / seed.name)
    shutil.copy(sorted(seeds_dir.iterdir())[2], folder / "nested" / "third.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(PNG)
    (folder / "numbers.json").write_text("[1, 2, 3]")
    (folder / "broken.json").write_text('{"text": "unterminated')
    (folder / "cp1252.txt").write_bytes(
        "Jakarta - Presiden mengatakan, \u201cKami siap membantu.\u201d\n\n"
        "Sekitar 2.500 pasukan tiba di Almaty pada Kamis (6/1/2022).".encode("cp1252")
    )
    (folder / ".hidden.txt").write_text("not part of the corpus")
    return folder


def test_folder_mixing_good_and_bad_files(mixed: Path, tmp_path: Path) -> None:
    corpus = load_corpus([mixed], cache_path=tmp_path / "c.sqlite")
    names = {Path(a.path).name for a in corpus.articles}
    assert {"third.txt", "cp1252.txt"} <= names
    assert len(corpus.articles) == 4
    failed = {Path(e.path).name: e.reason for e in corpus.errors}
    assert set(failed) == {"empty.txt", "image.png", "numbers.json", "broken.json"}
    for reason in failed.values():
        assert reason and "\n" not in reason
    assert "binary" in failed["image.png"].lower() or "png" in failed["image.png"].lower()
    assert all(".hidden" not in a.path for a in corpus.articles)


def test_curly_quotes_survive_cp1252(mixed: Path, tmp_path: Path) -> None:
    corpus = load_corpus([mixed / "cp1252.txt"], cache=False)
    assert "\u201cKami siap membantu.\u201d" in corpus.articles[0].text


def test_missing_path_is_reported_not_fatal(seeds_dir: Path, tmp_path: Path) -> None:
    corpus = load_corpus([tmp_path / "nope", seeds_dir], cache=False)
    assert len(corpus.articles) == 5
    assert [e.reason for e in corpus.errors] == ["no such file or directory"]


def test_warm_cache_gives_the_same_articles(seeds_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    cold = load_corpus([seeds_dir], cache_path=cache)
    warm = load_corpus([seeds_dir], cache_path=cache)
    assert [a.to_dict() for a in warm.articles] == [a.to_dict() for a in cold.articles]


def test_cache_follows_content_not_path(seeds_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    copy = tmp_path / "a.txt"
    shutil.copy(sorted(seeds_dir.iterdir())[1], copy)
    first = load_corpus([copy], cache_path=cache).articles[0]
    edited = copy.read_text(encoding="utf-8").replace("dua hari ke depan", "tiga hari ke depan")
    copy.write_text(edited, encoding="utf-8")
    second = load_corpus([copy], cache_path=cache).articles[0]
    assert second.id != first.id
    assert "tiga hari ke depan" in second.text and "dua hari ke depan" in first.text


def test_damaged_cache_is_rebuilt(seeds_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    cache.write_bytes(b"this is not a database" * 100)
    corpus = load_corpus([seeds_dir], cache_path=cache)
    assert len(corpus.articles) == 5


def test_parallel_and_serial_parse_agree(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(70):  # above the parallel threshold
        seed = sorted(seeds_dir.iterdir())[i % 5]
        text = seed.read_text(encoding="utf-8").replace("Kazakhstan", f"Kazakhstan{i % 3}", 1)
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    serial = load_corpus([folder], cache=False, jobs=1)
    parallel = load_corpus([folder], cache=False, jobs=2)
    assert [a.to_dict() for a in parallel.articles] == [a.to_dict() for a in serial.articles]


def test_outlet_from_the_same_authors_other_articles() -> None:
    known = Article(id="1", path="a", outlet="RMOL", authors=("Reni Erina",))
    unknown = Article(id="2", path="b", outlet=None, authors=("Reni Erina",))
    stranger = Article(id="3", path="c", outlet=None, authors=("Someone Else",))
    out = fill_outlets_from_authors([known, unknown, stranger])
    assert [a.outlet for a in out] == ["RMOL", "RMOL", None]
    assert out[0] == known and replace(out[1], outlet=None) == unknown


def test_default_corpus_is_the_bundled_seeds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./seeds here: the packaged copy is used
    (path,) = default_corpus_paths()
    assert len(list(path.glob("*.txt"))) == 5
    assert len(load_corpus(cache=False).articles) == 5


def test_jsonl_bad_line_is_a_warning_cold_and_warm(tmp_path: Path) -> None:
    body = "Jakarta - Sekitar 2.500 pasukan tiba di Almaty pada Kamis (6/1/2022), kata pejabat."
    path = tmp_path / "dump.jsonl"
    path.write_text(
        json.dumps({"title": "Pasukan tiba", "text": body}) + "\n{not json\n"
        + json.dumps({"title": "Kedua", "text": body.replace("2.500", "3.000")}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    cache = tmp_path / "c.sqlite"
    for _ in ("cold", "warm"):
        corpus = load_corpus([path], cache_path=cache)
        assert len(corpus.articles) == 2 and not corpus.errors
        (warning,) = corpus.warnings
        assert warning.path == str(path) and "line 2" in warning.reason


def test_a_cached_copy_reports_its_own_path(seeds_dir: Path, tmp_path: Path) -> None:
    """The cache is keyed by content; the path is always the file as given now."""
    cache = tmp_path / "c.sqlite"
    seed = sorted(seeds_dir.iterdir())[0]
    copy = tmp_path / "copy.txt"
    shutil.copy(seed, copy)
    load_corpus([seed], cache_path=cache)
    (article,) = load_corpus([copy], cache_path=cache).articles
    assert article.path == str(copy)


def test_oversized_file_is_refused_cold_and_warm(tmp_path: Path, seeds_dir: Path) -> None:
    big = tmp_path / "corpus" / "huge.txt"
    big.parent.mkdir()
    shutil.copy(sorted(seeds_dir.iterdir())[0], big.parent / "ok.txt")
    with big.open("wb") as fh:  # sparse: 25 MB on paper, nothing on disk
        fh.truncate(25_000_000)
    for _ in ("cold", "warm"):
        corpus = load_corpus([big.parent], cache_path=tmp_path / "c.sqlite")
        assert len(corpus.articles) == 1
        (error,) = corpus.errors
        assert error.path == str(big) and "too large" in error.reason


# summaries: the library's rows, straight from the cache ---------------------------------


def _summaries_of(corpus_articles: list[Article]) -> list[ArticleSummary]:
    return [ArticleSummary.of(a) for a in corpus_articles]


def test_summaries_match_the_articles_and_skip_what_changed(
    tmp_path: Path, seeds_dir: Path
) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder / "nested")
    cache = tmp_path / "c.sqlite"
    assert load_summaries([folder], cache_path=cache) == []  # no cache yet: nothing
    full = load_corpus([folder], cache_path=cache).articles
    assert load_summaries([folder], cache_path=cache) == _summaries_of(full)
    assert all(s.fact_counts() == a.fact_counts() for s, a in zip(
        load_summaries([folder], cache_path=cache), full, strict=True))
    changed = sorted((folder / "nested").iterdir())[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTambahan.\n", encoding="utf-8")
    listed = load_summaries([folder], cache_path=cache)
    assert [s.path for s in listed] == [a.path for a in full if a.path != str(changed)]


def test_summaries_spell_paths_as_the_full_load_does(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(seeds_dir, "corpus")
    cache = tmp_path / "c.sqlite"
    for given in ("corpus", "./corpus/", "corpus//"):
        full = load_corpus([given], cache_path=cache).articles
        assert [s.path for s in load_summaries([given], cache_path=cache)] == [
            a.path for a in full
        ]
    one = sorted(Path("corpus").iterdir())[0]
    full = load_corpus([f"./{one}"], cache_path=cache).articles
    assert [s.path for s in load_summaries([f"./{one}"], cache_path=cache)] == [full[0].path]


def test_a_cache_from_before_summaries_gains_them_on_the_next_load(
    tmp_path: Path, seeds_dir: Path
) -> None:
    cache = tmp_path / "c.sqlite"
    full = load_corpus([seeds_dir], cache_path=cache).articles
    with sqlite3.connect(cache) as db:
        db.execute("DELETE FROM summaries")
    assert load_summaries([seeds_dir], cache_path=cache) == []
    load_corpus([seeds_dir], cache_path=cache)  # warm: served from blobs, backfills
    assert load_summaries([seeds_dir], cache_path=cache) == _summaries_of(full)


def test_preload_in_a_forked_child_gives_what_load_summaries_gives(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """`kzreader` forks the summary read before importing the UI: same rows, other core."""
    cache = tmp_path / "c.sqlite"
    load_corpus([seeds_dir], cache_path=cache)
    code = (
        "import json, os, threading\n"
        "from kzreader.preload import Preload\n"
        "from kzreader.corpus import load_summaries\n"
        f"p = Preload([{str(seeds_dir)!r}])\n"
        "forked = p._pid is not None\n"
        "import time\n"
        "deadline = time.monotonic() + 30\n"
        "while forked and not p.ready() and time.monotonic() < deadline:\n"
        "    time.sleep(0.01)\n"
        "forked = forked and p.ready()\n"
        "rows = p()\n"
        f"same = rows == load_summaries([{str(seeds_dir)!r}])\n"
        "print(json.dumps([forked, len(rows), same]))\n"
    )
    env = {**os.environ, "KZREADER_CACHE": str(cache)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True)
    forked, n, same = json.loads(out.stdout)
    assert (n, same) == (5, True)
    assert forked == hasattr(os, "fork")


def test_preload_without_fork_reads_when_asked(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kzreader.preload as preload

    cache = tmp_path / "c.sqlite"
    monkeypatch.setenv("KZREADER_CACHE", str(cache))
    load_corpus([seeds_dir], cache_path=cache)
    monkeypatch.setattr(preload.threading, "active_count", lambda: 2)  # threads: no fork
    p = preload.Preload([seeds_dir])
    assert p._pid is None
    assert p() == load_summaries([seeds_dir], cache_path=cache)


def test_a_cold_load_saved_in_batches_is_cached_whole(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzreader import corpus

    monkeypatch.setattr(corpus, "SAVE_BATCH", 2)  # five seeds: saved as 2 + 2 + 1
    cache = tmp_path / "c.sqlite"
    cold = load_corpus([seeds_dir], cache_path=cache, jobs=1)

    def no_parse(path: Path) -> None:
        raise AssertionError(f"{path} was parsed again: it should have come from the cache")

    monkeypatch.setattr(corpus, "_parse_one", no_parse)
    warm = load_corpus([seeds_dir], cache_path=cache, jobs=1)
    assert len(cold.articles) == 5
    assert [a.to_dict() for a in warm.articles] == [a.to_dict() for a in cold.articles]



def test_a_first_load_does_not_hash_files_to_ask_an_empty_cache(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzreader import corpus
    from kzreader.cache import ParseCache

    seeds = sorted(seeds_dir.iterdir())
    real_key = corpus.content_key
    hashed: list[int] = []

    def counting_key(data: bytes) -> str:
        hashed.append(len(data))
        return real_key(data)

    monkeypatch.setattr(corpus, "content_key", counting_key)  # what `lookup` hashes with
    store = ParseCache.open(tmp_path / "c.sqlite")
    try:
        assert store.lookup(seeds) == {}
        assert hashed == []  # nothing cached: nothing to look a file up by
        load_corpus(seeds[:1], cache_path=tmp_path / "other.sqlite")
        store.close()
        store = ParseCache.open(tmp_path / "other.sqlite")
        hashed.clear()
        assert len(store.lookup(seeds)) == 1  # a cache with content: new files are hashed
        assert len(hashed) == len(seeds) - 1
    finally:
        store.close()
