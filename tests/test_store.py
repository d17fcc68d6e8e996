"""The annotation store: records, per-article listing, undo/redo, durable shards."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kzreader.annotate import atomic
from kzreader.annotate.errors import ReadOnlyStoreError, StoreError
from kzreader.annotate.records import text_hash
from kzreader.annotate.storage import shard_name
from kzreader.annotate.store import AnnotationStore, resolve_store_path
from kzreader.model import Article, Figure

TEXT = (
    "Presiden Kassym-Jomart Tokayev meminta bantuan CSTO pada Rabu malam.\n"
    "Sekitar 2.500 pasukan tiba di Almaty untuk menjaga objek vital, kata pejabat itu.\n"
    "Situasi di kota itu berangsur pulih."
)
ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def article(aid: str = "a1", text: str = TEXT) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, outlet="RMOL", published="2022-01-17")


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def store(tmp_path: Path):
    with AnnotationStore.open(tmp_path / "annotations", annotator="rina") as opened:
        yield opened


def test_annotation_records_span_context_and_provenance(store: AnnotationStore) -> None:
    art = article()
    start, end = span(TEXT, "Sekitar 2.500 pasukan")
    ann = store.annotate(art, start, end, "figure", note="angka resmi?")
    assert ann.text == "Sekitar 2.500 pasukan"
    assert ann.prefix == TEXT[start - 32 : start] and len(ann.prefix) == 32
    assert ann.suffix == TEXT[end : end + 32]
    assert ann.text_hash == text_hash(TEXT) and ann.status == "anchored"
    assert ann.annotator == "rina" and ann.note == "angka resmi?"
    assert ISO_Z.match(ann.created) and ann.updated == ann.created
    assert re.fullmatch(r"[0-9a-f-]{36}", ann.id)


def test_annotations_survive_reopening(tmp_path: Path) -> None:
    art = article()
    with AnnotationStore.open(tmp_path) as first:
        ann = first.annotate(art, *span(TEXT, "kata pejabat itu"), "kutipan-resmi")
    with AnnotationStore.open(tmp_path) as second:
        assert second.counts() == {"a1": 1} and second.tags()[-1] == "kutipan-resmi"
        assert second.get(ann.id) == ann
        assert second.for_article("a1") == [ann]


def test_accepted_fact_keeps_its_payload(store: AnnotationStore) -> None:
    start, end = span(TEXT, "Sekitar 2.500 pasukan")
    fact = Figure(
        start=start, end=end, text=TEXT[start:end], value=2500, unit="pasukan", qualifier="approx"
    )
    ann = store.accept_fact(article(), fact)
    assert ann.tag == "figure"
    assert ann.fact == fact.to_dict() and ann.fact["value"] == 2500


def test_listing_cursor_lookup_counts_and_tags(store: AnnotationStore) -> None:
    art, other = article("a1"), article("b2")
    late = store.annotate(art, *span(TEXT, "Situasi di kota"), "claim")
    wide = store.annotate(art, *span(TEXT, "Sekitar 2.500 pasukan tiba"), "claim")
    inner = store.annotate(art, *span(TEXT, "2.500"), "figure")
    store.annotate(other, 0, 8, "aktor")
    store.annotate(other, 9, 15, "aktor")
    assert [a.id for a in store.for_article("a1")] == [wide.id, inner.id, late.id]
    cursor = TEXT.index("2.500") + 1
    assert [a.id for a in store.at("a1", cursor)] == [inner.id, wide.id]
    assert store.at("a1", 0) == []
    assert store.counts() == {"a1": 3, "b2": 2}
    assert store.tags() == ["claim", "quote", "figure", "aktor"]
    assert len(store) == 5


def test_edits_undo_and_redo(store: AnnotationStore) -> None:
    ann = store.annotate(article(), *span(TEXT, "Situasi di kota"), "claim")
    store.retag(ann.id, "klaim-resmi")
    store.set_note(ann.id, "cek")
    assert store.get(ann.id).tag == "klaim-resmi" and store.get(ann.id).note == "cek"

    undone = store.undo()
    assert undone.kind == "note" and store.get(ann.id).note == ""
    assert store.undo().kind == "retag" and store.get(ann.id).tag == "claim"
    assert store.redo().kind == "retag" and store.get(ann.id).tag == "klaim-resmi"

    store.delete(ann.id)
    assert store.get(ann.id) is None and store.counts() == {}
    assert store.undo().kind == "delete"
    assert store.get(ann.id).tag == "klaim-resmi"
    assert store.undo().kind == "retag"
    assert store.undo().kind == "add" and store.get(ann.id) is None
    assert store.undo() is None
    assert store.redo().kind == "add" and store.get(ann.id).tag == "claim"


def test_a_new_change_clears_redo(store: AnnotationStore) -> None:
    ann = store.annotate(article(), 0, 8, "claim")
    store.retag(ann.id, "quote")
    store.undo()
    store.set_note(ann.id, "baru")
    assert store.redo() is None
    assert store.get(ann.id).tag == "claim"


def test_undo_is_saved_like_any_change(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        keep = store.annotate(article(), 0, 8, "claim")
        gone = store.annotate(article(), 9, 15, "claim")
        store.undo()
        assert gone.id not in store
    with AnnotationStore.open(tmp_path) as again:
        assert [a.id for a in again.for_article("a1")] == [keep.id]


def test_undo_of_an_edit_counts_as_newer(store: AnnotationStore) -> None:
    ann = store.annotate(article(), 0, 8, "claim")
    edited = store.retag(ann.id, "quote")
    store.undo()
    assert store.get(ann.id).tag == "claim"
    assert store.get(ann.id).updated >= edited.updated


def test_bad_spans_and_tags_are_refused(store: AnnotationStore) -> None:
    art = article()
    with pytest.raises(StoreError, match="not inside the article text"):
        store.annotate(art, 10, len(TEXT) + 5, "claim")
    with pytest.raises(StoreError, match="not inside"):
        store.annotate(art, 5, 5, "claim")
    with pytest.raises(StoreError, match="tag cannot be empty"):
        store.annotate(art, 0, 5, "  ")
    ann = store.annotate(art, 0, 8, "claim")
    with pytest.raises(StoreError, match="tag cannot be empty"):
        store.retag(ann.id, "")
    assert store.retag(ann.id, "  klaim   resmi ").tag == "klaim resmi"
    with pytest.raises(StoreError, match="cannot change id"):
        store.update(ann.id, id="x")
    with pytest.raises(StoreError, match="no annotation"):
        store.delete("nope")
    assert len(store) == 1


def test_each_article_has_its_own_shard_and_a_save_touches_only_it(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        store.annotate(article("a1"), 0, 8, "claim")
        store.annotate(article("b2"), 0, 8, "claim")
        other = tmp_path / shard_name("b2")
        before = other.stat()
        store.annotate(article("a1"), 9, 15, "quote")
        after = other.stat()
        assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
        header, body = (tmp_path / shard_name("a1")).read_text().split("\n")
        assert json.loads(header)["table"] == "a1" and len(json.loads(body)) == 2
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(atomic.TEMP_PREFIX)]


def test_awkward_article_ids_get_hashed_file_names(tmp_path: Path) -> None:
    odd = article("../Artikel Satu/é")
    with AnnotationStore.open(tmp_path) as store:
        ann = store.annotate(odd, 0, 8, "claim")
    names = {p.name for p in tmp_path.iterdir()}
    assert shard_name(odd.id) in names and shard_name(odd.id).startswith("h-")
    with AnnotationStore.open(tmp_path) as store:
        assert store.for_article(odd.id) == [ann]


def test_deleting_the_last_annotation_removes_the_shard(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        ann = store.annotate(article(), 0, 8, "claim")
        store.delete(ann.id)
    assert not (tmp_path / shard_name("a1")).exists()


def test_failed_save_is_reported_and_undone_in_memory(tmp_path: Path, monkeypatch) -> None:
    with AnnotationStore.open(tmp_path) as store:
        kept = store.annotate(article(), 0, 8, "claim")

        def disk_full(path: Path, data: bytes) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr("kzreader.annotate.storage.atomic_write", disk_full)
        with pytest.raises(StoreError, match=r"a-a1\.json: could not save \(No space left"):
            store.annotate(article(), 9, 15, "quote")
        assert store.for_article("a1") == [kept]
        monkeypatch.undo()
        store.annotate(article(), 20, 25, "quote")
    with AnnotationStore.open(tmp_path) as again:
        assert len(again) == 2


def test_read_only_store_refuses_changes(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        ann = store.annotate(article(), 0, 8, "claim")
    with AnnotationStore.open(tmp_path, read_only=True) as viewer:
        assert viewer.read_only and viewer.get(ann.id) == ann
        with pytest.raises(ReadOnlyStoreError):
            viewer.retag(ann.id, "quote")
        with pytest.raises(ReadOnlyStoreError):
            viewer.annotate(article(), 0, 8, "claim")
        assert viewer.get(ann.id).tag == "claim"


def test_store_location_flag_then_environment_then_default(monkeypatch) -> None:
    monkeypatch.setenv("KZREADER_STORE", "/srv/anno")
    assert resolve_store_path("mine") == Path("mine")
    assert resolve_store_path(None) == Path("/srv/anno")
    monkeypatch.delenv("KZREADER_STORE")
    assert resolve_store_path(None) == Path("annotations")


def test_annotator_comes_from_the_environment_by_default(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KZREADER_USER", "dewi")
    with AnnotationStore.open(tmp_path) as store:
        assert store.annotate(article(), 0, 8, "claim").annotator == "dewi"


def test_annotator_from_config_when_no_environment(tmp_path: Path, monkeypatch) -> None:
    from kzreader.annotate.identity import current_annotator

    (tmp_path / "kzreader").mkdir()
    (tmp_path / "kzreader" / "config.toml").write_text('annotator = "Budi"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("KZREADER_USER")
    assert current_annotator() == "Budi"
    assert current_annotator("explicit") == "explicit"


def test_record_keys_match_the_annotation_fields(store: AnnotationStore) -> None:
    from dataclasses import fields

    from kzreader.annotate.records import RECORD_KEYS

    ann = store.annotate(article(), 0, 8, "claim")
    assert tuple(f.name for f in fields(ann)) == RECORD_KEYS == tuple(ann.to_dict())
