"""Importing another annotator's JSON export: idempotent, newer wins, conflicts reported."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import pytest

from kzreader.annotate.store import AnnotationStore
from kzreader.export import commands
from kzreader.export.api import write_export
from kzreader.export.importer import ImportFormatError, import_file, read_export
from kzreader.model import Article

TEXT = "Sekitar 2.500 pasukan CSTO tiba di Almaty pada Kamis, kata juru bicara kementerian."
ART = Article(id="a1", path="a1.txt", text=TEXT, outlet="RMOL", published="2022-01-07")
OTHER = Article(id="b2", path="b2.txt", text="Tokayev menyebut perusuh sebagai teroris.")


def exported(tmp_path: Path, name: str, build) -> Path:
    """A JSON export made by another annotator's store."""
    with AnnotationStore.open(tmp_path / f"{name}-store", annotator=name) as theirs:
        build(theirs)
        path = tmp_path / f"{name}.json"
        write_export(theirs, [ART, OTHER], path, "json")
    return path


def test_import_adds_new_annotations_and_is_idempotent(tmp_path: Path) -> None:
    path = exported(
        tmp_path,
        "budi",
        lambda s: (s.annotate(ART, 0, 21, "figure"), s.annotate(OTHER, 0, 7, "aktor")),
    )
    with AnnotationStore.open(tmp_path / "mine", annotator="rina") as mine:
        own = mine.annotate(ART, 22, 26, "claim")
        first = import_file(mine, path)
        assert (first.added, first.replaced, first.unchanged, first.conflicts) == (2, 0, 0, [])
        assert mine.counts() == {"a1": 2, "b2": 1}
        assert {a.annotator for a in mine.all()} == {"rina", "budi"}
        second = import_file(mine, path)
        assert (second.added, second.replaced, second.unchanged) == (0, 0, 2)
        assert len(mine) == 3 and mine.get(own.id) == own
    with AnnotationStore.open(tmp_path / "mine") as reopened:
        assert len(reopened) == 3


def test_same_id_newer_version_wins_and_conflicts_are_reported(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path / "mine", annotator="rina") as mine:
        shared_old = mine.annotate(ART, 0, 21, "figure")
        ours_newer = mine.annotate(ART, 22, 26, "claim")
        same_time = mine.annotate(OTHER, 0, 7, "aktor")
        untouched = mine.annotate(OTHER, 8, 15, "claim")
        records = [shared_old, ours_newer, same_time, untouched]

        def theirs_edit(s: AnnotationStore) -> None:
            for ann in records:
                s.add(ann)
            s.set_note(shared_old.id, "angka versi Rusia")  # later than ours: wins
            s.put_many(
                [
                    replace(ours_newer, note="lama", updated="2020-01-01T00:00:00.000Z"),
                    replace(same_time, tag="person"),
                ]
            )

        path = exported(tmp_path, "budi", theirs_edit)
        mine.retag(ours_newer.id, "klaim")  # our edit is the newest of all
        report = import_file(mine, path)

        assert mine.get(shared_old.id).note == "angka versi Rusia"
        assert mine.get(ours_newer.id).tag == "klaim" and mine.get(ours_newer.id).note == ""
        assert mine.get(same_time.id).tag == "aktor"
        assert (report.added, report.replaced, report.unchanged) == (0, 1, 3)
        assert {(c.id, c.kept, c.reason) for c in report.conflicts} == {
            (shared_old.id, "theirs", "theirs is newer"),
            (ours_newer.id, "ours", "ours is newer"),
            (same_time.id, "ours", "same time, different content"),
        }
        assert import_file(mine, path).replaced == 0  # second time: nothing changes


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not JSON"),
        (b'{"schema": "something-else/2", "articles": []}', "not a kzreader JSON export"),
        (
            b'{"schema": "kzreader-annotations/1", "articles": [{"id": "a1"}]}',
            "article 0 has no annotations list",
        ),
        (
            b'{"schema": "kzreader-annotations/1", "articles": [{"id": "a1", "annotations": '
            b'[{"id": "x", "article_id": "a1", "tag": "claim", "start": 9, "end": 2, '
            b'"text": ""}]}]}',
            "article 0 annotation 0: annotation x: end is before start",
        ),
    ],
)
def test_bad_import_file_is_refused_in_one_line(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportFormatError) as caught:
        read_export(path)
    assert str(caught.value).startswith(f"{path}: ") and reason in str(caught.value)
    assert "\n" not in str(caught.value)


def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kzreader")
    commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_import_command_reports_counts_and_conflicts(tmp_path: Path, capsys) -> None:
    with AnnotationStore.open(tmp_path / "mine") as mine:
        ann = mine.annotate(ART, 0, 21, "figure")
    path = exported(
        tmp_path,
        "budi",
        lambda s: (s.add(ann), s.set_note(ann.id, "cek lagi"), s.annotate(OTHER, 0, 7, "aktor")),
    )
    assert run_cli(["import", str(path), "--store", str(tmp_path / "mine")]) == 0
    out = capsys.readouterr().out
    assert f"imported {path}: 1 added, 1 updated, 0 unchanged, 1 conflict" in out
    assert f"conflict {ann.id}: theirs is newer, kept theirs" in out
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    assert run_cli(["import", str(bad), "--store", str(tmp_path / "mine")]) == 1
    assert "bad.json: not a kzreader JSON export" in capsys.readouterr().err


def test_import_into_a_store_in_use_is_refused(tmp_path: Path, capsys) -> None:
    path = exported(tmp_path, "budi", lambda s: s.annotate(ART, 0, 21, "figure"))
    with AnnotationStore.open(tmp_path / "mine"):
        assert run_cli(["import", str(path), "--store", str(tmp_path / "mine")]) == 1
    assert "read-only; nothing imported" in capsys.readouterr().err
    assert json.loads(path.read_text())["articles"][0]["annotations"][0]["tag"] == "figure"


def test_newer_version_filed_under_another_article_moves_there(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path / "mine") as mine:
        ann = mine.annotate(ART, 0, 7, "claim")
    moved = replace(ann, article_id="b2", text="Tokayev", updated="2030-01-01T00:00:00.000Z")
    path = exported(tmp_path, "budi", lambda s: s.add(moved))
    with AnnotationStore.open(tmp_path / "mine") as mine:
        assert import_file(mine, path).replaced == 1
        assert mine.counts() == {"b2": 1} and mine.get(ann.id).article_id == "b2"
    with AnnotationStore.open(tmp_path / "mine") as reopened:
        assert reopened.for_article("b2")[0].id == ann.id and reopened.for_article("a1") == []
