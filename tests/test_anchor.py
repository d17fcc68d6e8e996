"""Re-anchoring: annotations follow their text when the cleaned text changes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kzreader.annotate.anchoring import locate, reanchor
from kzreader.annotate.records import new_annotation, text_hash
from kzreader.annotate.store import AnnotationStore
from kzreader.model import Article

OLD = (
    "Presiden Kassym-Jomart Tokayev meminta bantuan CSTO pada Rabu malam.\n"
    "Sekitar 2.500 pasukan tiba di Almaty untuk menjaga objek vital, kata pejabat itu.\n"
    "Menurut Kementerian Kesehatan, 164 orang tewas dalam kerusuhan tersebut.\n"
    "Situasi di kota itu berangsur pulih, kata pejabat itu."
)


def annotation(text: str, words: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return new_annotation(
        article_id="a1",
        article_text=text,
        start=start,
        end=start + len(words),
        tag="claim",
        annotator="t",
    )


def moved_to(ann, new_text: str):
    return reanchor(ann, new_text, text_hash(new_text))


def test_unchanged_text_keeps_the_annotation_as_it_is() -> None:
    ann = annotation(OLD, "164 orang tewas")
    assert moved_to(ann, OLD) == ann


def test_text_shifted_by_an_inserted_paragraph_is_found_exactly() -> None:
    new = "Baca juga: Rusia kirim pasukan ke Kazakhstan\n" + OLD
    ann = annotation(OLD, "164 orang tewas")
    found = moved_to(ann, new)
    assert found.status == "anchored"
    assert new[found.start : found.end] == "164 orang tewas"
    assert found.start == ann.start + len("Baca juga: Rusia kirim pasukan ke Kazakhstan\n")
    assert found.text_hash == text_hash(new) and found.prefix == new[found.start - 32 : found.start]


def test_repeated_phrase_goes_to_the_occurrence_with_the_same_context() -> None:
    second = annotation(OLD, "kata pejabat itu", nth=1)
    new = OLD.replace("Presiden Kassym-Jomart", "Pada hari itu, Presiden Kassym-Jomart")
    found = moved_to(second, new)
    assert found.start == new.rindex("kata pejabat itu")
    first = annotation(OLD, "kata pejabat itu", nth=0)
    assert moved_to(first, new).start == new.index("kata pejabat itu")


def test_edited_wording_is_found_fuzzily() -> None:
    ann = annotation(OLD, "Menurut Kementerian Kesehatan, 164 orang tewas")
    new = OLD.replace("Kementerian Kesehatan, 164", "Kementrian Kesehatan Kazakhstan, 164")
    found = moved_to(ann, new)
    assert found.status == "anchored"
    assert (
        new[found.start : found.end] == "Menurut Kementrian Kesehatan Kazakhstan, 164 orang tewas"
    )
    assert found.text == new[found.start : found.end]


def test_changed_number_with_same_context_is_found_fuzzily() -> None:
    ann = annotation(OLD, "Sekitar 2.500 pasukan")
    new = OLD.replace("2.500", "2500")
    found = moved_to(ann, new)
    assert new[found.start : found.end] == "Sekitar 2500 pasukan"


def test_removed_passage_becomes_an_orphan_that_keeps_everything() -> None:
    ann = annotation(OLD, "Menurut Kementerian Kesehatan, 164 orang tewas dalam kerusuhan")
    new = OLD.replace(
        "Menurut Kementerian Kesehatan, 164 orang tewas dalam kerusuhan tersebut.\n", ""
    )
    lost = moved_to(ann, new)
    assert lost.status == "orphaned"
    assert (lost.text, lost.start, lost.end, lost.text_hash) == (
        ann.text,
        ann.start,
        ann.end,
        ann.text_hash,
    )


def test_short_text_elsewhere_with_other_context_is_not_taken() -> None:
    text = "Polisi menahan 164 orang di Almaty. Di Shymkent, 164 orang lain dibebaskan."
    ann = annotation(text, "164", nth=0)
    new = text.replace("Polisi menahan 164 orang di Almaty. ", "")
    assert moved_to(ann, new).status == "orphaned"
    assert locate(new, "164", ann.prefix, ann.suffix, ann.start) is None


@settings(max_examples=60, deadline=None)
@given(
    before=st.text(alphabet="abcdefgh ,.\n", max_size=80),
    after=st.text(alphabet="abcdefgh ,.\n", max_size=80),
    choice=st.integers(min_value=0, max_value=3),
)
def test_text_added_around_never_loses_an_annotation(before: str, after: str, choice: int) -> None:
    words = [
        "Presiden Kassym-Jomart Tokayev",
        "Sekitar 2.500 pasukan",
        "164 orang tewas",
        "berangsur pulih",
    ][choice]
    ann = annotation(OLD, words)
    cut = OLD.index("\n", ann.end) if "\n" in OLD[ann.end :] else len(OLD)
    new = before + OLD[:cut] + after + OLD[cut:]
    found = moved_to(ann, new)
    assert found.status == "anchored" and new[found.start : found.end] == words


def test_store_sync_saves_new_offsets_and_lists_orphans(tmp_path: Path) -> None:
    art = Article(id="a1", path="a1.txt", text=OLD)
    with AnnotationStore.open(tmp_path) as store:
        kept = store.annotate(art, *_span(OLD, "164 orang tewas"), "figure")
        lost = store.annotate(art, *_span(OLD, "Tokayev meminta bantuan CSTO"), "claim")
        new_text = "Baca juga: kerusuhan Almaty\n" + OLD.split("\n", 1)[1]
        report = store.sync([Article(id="a1", path="a1.txt", text=new_text)])
        assert report.checked == 2 and report.moved == 1 and report.orphaned == [lost.id]
    with AnnotationStore.open(tmp_path) as store:
        moved = store.get(kept.id)
        assert new_text[moved.start : moved.end] == "164 orang tewas"
        assert [o.id for o in store.orphans()] == [lost.id]
        assert store.get(lost.id).text == "Tokayev meminta bantuan CSTO"
        assert len(store.for_article("a1")) == 2  # orphans are never dropped
        # the old text comes back (say, the cleaner change was reverted): anchored again
        store.sync([art])
        assert store.orphans() == [] and store.get(lost.id).start == lost.start


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)
