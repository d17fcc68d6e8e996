"""A store is never silently damaged: one writer, damaged files left as they are, migrations."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from kzreader.annotate.errors import ReadOnlyStoreError, StoreError
from kzreader.annotate.lock import LOCK_NAME
from kzreader.annotate.migrations import V0_BACKUP, V0_FILE
from kzreader.annotate.records import text_hash
from kzreader.annotate.storage import shard_name
from kzreader.annotate.store import META_FILE, AnnotationStore
from kzreader.model import Article
from tests.conftest import ROOT

TEXT = "Sekitar 2.500 pasukan CSTO tiba di Almaty pada Kamis, kata juru bicara kementerian."


def article(aid: str = "a1") -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=TEXT, outlet="RMOL", published="2022-01-17")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, except the lock file (which holds only the opener's pid)."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != LOCK_NAME}


def filled_store(folder: Path) -> None:
    with AnnotationStore.open(folder) as store:
        store.annotate(article("a1"), 0, 21, "figure")
        store.annotate(article("b2"), 22, 26, "claim")


@pytest.mark.parametrize(
    "damage",
    [
        b'{"table": "a1", "docs": {"1": {"id": "x", "tag"',  # cut short mid-write
        b"\x00\x00\x00\x00",  # zeroed block after a power loss
        b'["not", "a", "shard"]',
    ],
)
def test_damaged_shard_is_reported_in_one_line_and_left_untouched(
    tmp_path: Path, damage: bytes
) -> None:
    filled_store(tmp_path)
    (tmp_path / shard_name("a1")).write_bytes(damage)
    before = snapshot(tmp_path)
    with pytest.raises(StoreError) as caught:
        AnnotationStore.open(tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(tmp_path / shard_name("a1")) in message and "damaged" in message
    assert snapshot(tmp_path) == before
    # the failed open released its lock: once repaired, the store opens for writing
    (tmp_path / shard_name("a1")).unlink()
    with AnnotationStore.open(tmp_path) as store:
        assert not store.read_only and store.counts() == {"b2": 1}


def test_flipped_bits_in_a_shard_body_are_caught_at_open(tmp_path: Path) -> None:
    filled_store(tmp_path)
    shard = tmp_path / shard_name("a1")
    data = bytearray(shard.read_bytes())
    data[data.index(b'"tag":"figure"') + 2] ^= 0x01  # "tag" → "uag" (still valid JSON)
    data[data.index(b'"start":0') - 1] = ord("}")  # and now a broken document
    shard.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match=r"a-a1\.json: damaged"):
        AnnotationStore.open(tmp_path)
    assert snapshot(tmp_path) == before


def test_a_shard_edited_by_hand_still_opens(tmp_path: Path) -> None:
    filled_store(tmp_path)
    shard = tmp_path / shard_name("a1")
    shard.write_bytes(shard.read_bytes().replace(b'"note":""', b'"note":"diedit manual"'))
    with AnnotationStore.open(tmp_path) as store:
        assert store.for_article("a1")[0].note == "diedit manual"


def test_damaged_metadata_is_reported_and_left_untouched(tmp_path: Path) -> None:
    filled_store(tmp_path)
    (tmp_path / META_FILE).write_bytes(b'{"format": "kzreader-annotation-st')
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match=META_FILE):
        AnnotationStore.open(tmp_path)
    assert snapshot(tmp_path) == before


def test_store_from_a_newer_kzreader_is_refused(tmp_path: Path) -> None:
    filled_store(tmp_path)
    (tmp_path / META_FILE).write_text('{"format": "kzreader-annotation-store", "schema": 9}')
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="schema 9 is newer"):
        AnnotationStore.open(tmp_path)
    assert snapshot(tmp_path) == before


def test_shards_without_metadata_are_not_overwritten(tmp_path: Path) -> None:
    filled_store(tmp_path)
    (tmp_path / META_FILE).unlink()
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="missing"):
        AnnotationStore.open(tmp_path)
    assert snapshot(tmp_path) == before


def test_leftover_temp_file_from_a_crash_is_ignored_and_cleaned(tmp_path: Path) -> None:
    filled_store(tmp_path)
    (tmp_path / ".tmp-abc123.part").write_bytes(b'{"table": "a1", "do')
    with AnnotationStore.open(tmp_path) as store:
        assert len(store) == 2
    assert not (tmp_path / ".tmp-abc123.part").exists()


HOLDER = textwrap.dedent(
    """
    import sys
    from kzreader.annotate.store import AnnotationStore
    store = AnnotationStore.open(sys.argv[1])
    print("writable" if not store.read_only else "read-only", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


def test_second_process_opens_read_only_and_says_who_holds_it(tmp_path: Path) -> None:
    filled_store(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "writable"
        with AnnotationStore.open(tmp_path) as second:
            assert second.read_only
            assert f"in use by pid {holder.pid}" in second.notice and "read-only" in second.notice
            assert second.counts() == {"a1": 1, "b2": 1}
            with pytest.raises(ReadOnlyStoreError, match=f"pid {holder.pid}"):
                second.annotate(article(), 0, 5, "claim")
    finally:
        holder.communicate("\n", timeout=10)
    with AnnotationStore.open(tmp_path) as after:
        assert not after.read_only


def test_same_process_second_open_is_read_only_too(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as first, AnnotationStore.open(tmp_path) as second:
        assert not first.read_only and second.read_only


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    filled_store(tmp_path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    (tmp_path / LOCK_NAME).write_text(f"{dead.stdout.strip()} somehost\n")
    with AnnotationStore.open(tmp_path) as store:
        assert not store.read_only and store.notice == ""
        store.annotate(article(), 0, 5, "claim")
        import os

        assert (tmp_path / LOCK_NAME).read_text().split()[0] == str(os.getpid())


def v0_store(folder: Path) -> list[dict]:
    """A prototype (schema 0) store, written by TinyDB's stock JSONStorage."""
    records = [
        {
            "id": "0b7a0c53-8f1e-4d7e-9a55-3a3c8f0e6a01",
            "article_id": "a1",
            "tag": "figure",
            "start": 0,
            "end": 21,
            "text": "Sekitar 2.500 pasukan",
            "note": "cek",
            "annotator": "rina",
            "created": "2022-02-01 09:30:00",
        },
        {
            "id": "0b7a0c53-8f1e-4d7e-9a55-3a3c8f0e6a02",
            "article_id": "b2",
            "tag": "claim",
            "start": 22,
            "end": 26,
            "text": "CSTO",
            "note": "",
            "annotator": "rina",
            "created": "2022-02-01T10:00:00+07:00",
        },
    ]
    folder.mkdir(parents=True, exist_ok=True)
    db = TinyDB(folder / V0_FILE, storage=JSONStorage)
    db.insert_multiple(records)
    db.close()
    return records


def test_schema_0_store_is_migrated_to_schema_1(tmp_path: Path) -> None:
    records = v0_store(tmp_path)
    original = (tmp_path / V0_FILE).read_bytes()
    with AnnotationStore.open(tmp_path) as store:
        assert "migrated schema 0 → 1" in store.notice
        first = store.get(records[0]["id"])
        assert (first.tag, first.start, first.end, first.note) == ("figure", 0, 21, "cek")
        assert first.status == "anchored" and first.fact is None
        assert first.created == first.updated == "2022-02-01T09:30:00.000Z"
        assert store.get(records[1]["id"]).created == "2022-02-01T03:00:00.000Z"
        assert store.counts() == {"a1": 1, "b2": 1}
        # the first re-anchoring fills in what schema 0 did not keep
        store.sync([article("a1")])
        assert store.get(records[0]["id"]).text_hash == text_hash(TEXT)
        assert store.get(records[0]["id"]).suffix == TEXT[21:53]
    assert json.loads((tmp_path / META_FILE).read_text())["schema"] == 1
    assert (tmp_path / V0_BACKUP).read_bytes() == original and not (tmp_path / V0_FILE).exists()
    with AnnotationStore.open(tmp_path) as again:
        assert again.notice == "" and len(again) == 2


def test_read_only_open_of_a_schema_0_store_migrates_only_in_memory(tmp_path: Path) -> None:
    records = v0_store(tmp_path)
    before = snapshot(tmp_path)
    with AnnotationStore.open(tmp_path, read_only=True) as store:
        assert store.get(records[0]["id"]).status == "anchored"
        assert "read-only" in store.notice
    assert snapshot(tmp_path) == before


def test_damaged_schema_0_file_is_left_untouched(tmp_path: Path) -> None:
    tmp_path.joinpath(V0_FILE).write_bytes(b'{"_default": {"1": {"id": ')
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match=V0_FILE):
        AnnotationStore.open(tmp_path)
    assert snapshot(tmp_path) == before


def test_a_future_schema_bump_rewrites_every_shard_then_the_metadata(
    tmp_path: Path, monkeypatch
) -> None:
    """The upgrade path a schema 2 would take, with a made-up 1 → 2 step."""
    from kzreader.annotate import migrations
    from kzreader.annotate import store as store_module

    filled_store(tmp_path)

    def to_v2(record: dict) -> dict:
        return {**record, "tag": record["tag"].upper()}

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.STEPS, 1, to_v2)
    with AnnotationStore.open(tmp_path) as store:
        assert "migrated schema 1 → 2" in store.notice
        assert sorted(a.tag for a in store.all()) == ["CLAIM", "FIGURE"]
    assert json.loads((tmp_path / META_FILE).read_text())["schema"] == 2
    with AnnotationStore.open(tmp_path) as store:
        assert store.notice == "" and sorted(a.tag for a in store.all()) == ["CLAIM", "FIGURE"]
