"""Exports: JSON (schema-valid), JSONL, CSV (injection-safe), W3C Web Annotation; the CLI."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from kzreader.annotate.store import AnnotationStore
from kzreader.corpus import Corpus
from kzreader.export import commands
from kzreader.export.api import ExportError, export_annotations, write_export
from kzreader.export.csv_export import COLUMNS
from kzreader.export.filters import ExportFilter
from kzreader.export.json_export import json_schema
from kzreader.model import Article, Figure

TEXT_A = (
    "Sekitar 2.500 pasukan CSTO tiba di Almaty pada Kamis.\n"
    '=HYPERLINK("http://evil") kata seorang warga yang menolak disebut namanya.'
)
TEXT_B = "Tokayev menyebut para perusuh sebagai teroris, lapor Reuters dari Nursultan."


@pytest.fixture
def corpus() -> list[Article]:
    return [
        Article(
            id="a1",
            path="seeds/a1.txt",
            title="Pasukan CSTO tiba",
            outlet="RMOL",
            authors=("Reni Erina",),
            published="2022-01-07T10:00:00+07:00",
            text=TEXT_A,
        ),
        Article(
            id="b2",
            path="seeds/b2.txt",
            title="-Teroris",
            outlet="KompasTV",
            published="2022-01-11",
            text=TEXT_B,
        ),
        Article(id="c3", path="seeds/c3.txt", title="Tanpa anotasi", outlet="RMOL", text="Kosong."),
    ]


@pytest.fixture
def store(tmp_path: Path, corpus: list[Article]):
    a1, b2, _ = corpus
    with AnnotationStore.open(tmp_path / "store", annotator="@rina") as opened:
        fig = Figure(
            start=0, end=21, text=TEXT_A[:21], value=2500, unit="pasukan", qualifier="approx"
        )
        opened.accept_fact(a1, fig, note="+ angka dari Kemenhan Rusia")
        opened.annotate(a1, TEXT_A.index("=HYP"), TEXT_A.index(" kata"), "quote")
        opened.annotate(b2, 0, 7, "aktor")
        opened.annotate(b2, TEXT_B.index("para"), TEXT_B.index(", lapor"), "claim")
        gone = Article(id="zz-hilang", path="old.txt", text="Artikel yang sudah dihapus.")
        opened.annotate(gone, 0, 7, "claim")
        yield opened


def test_json_export_is_valid_against_the_shipped_schema(store, corpus) -> None:
    doc = json.loads(export_annotations(store, corpus, "json"))
    jsonschema.validate(doc, json_schema())
    assert doc["schema"] == "kzreader-annotations/1"
    assert [a["id"] for a in doc["articles"]] == ["a1", "b2", "zz-hilang"]
    a1 = doc["articles"][0]
    assert (a1["title"], a1["outlet"], a1["authors"]) == (
        "Pasukan CSTO tiba",
        "RMOL",
        ["Reni Erina"],
    )
    first = a1["annotations"][0]
    assert first["tag"] == "figure" and first["fact"]["value"] == 2500
    assert first["text"] == TEXT_A[first["start"] : first["end"]]
    assert first["note"] == "+ angka dari Kemenhan Rusia"


def test_annotations_of_articles_missing_from_the_corpus_are_still_exported(store, corpus):
    doc = json.loads(export_annotations(store, corpus, "json"))
    missing = doc["articles"][-1]
    assert missing["id"] == "zz-hilang" and missing["path"] is None
    assert missing["annotations"][0]["text"] == "Artikel"


def test_schema_rejects_an_export_missing_a_record_key(store, corpus) -> None:
    doc = json.loads(export_annotations(store, corpus, "json"))
    del doc["articles"][0]["annotations"][0]["text_hash"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema())


def test_filters_by_tag_outlet_and_publication_day(store, corpus) -> None:
    def ids(filters: ExportFilter) -> list[tuple[str, str]]:
        doc = json.loads(export_annotations(store, corpus, "json", filters))
        return [(a["id"], n["tag"]) for a in doc["articles"] for n in a["annotations"]]

    assert ids(ExportFilter(tags=frozenset({"claim"}))) == [("b2", "claim"), ("zz-hilang", "claim")]
    assert ids(ExportFilter(outlet="kompastv")) == [("b2", "aktor"), ("b2", "claim")]
    assert ids(ExportFilter(since="2022-01-08")) == [("b2", "aktor"), ("b2", "claim")]
    assert ids(ExportFilter(until="2022-01-07")) == [("a1", "figure"), ("a1", "quote")]
    assert ids(ExportFilter(since="2022-01-08", until="2022-01-10")) == []


def test_export_uses_current_offsets_when_the_text_changed(store, corpus) -> None:
    shifted = [Article(id="b2", path="b2.txt", outlet="KompasTV", text="JAKARTA - " + TEXT_B)]
    doc = json.loads(export_annotations(store, shifted, "json", ExportFilter(outlet="KompasTV")))
    for ann in doc["articles"][0]["annotations"]:
        assert shifted[0].text[ann["start"] : ann["end"]] == ann["text"]
    assert store.for_article("b2")[0].start == 0  # export does not change the store


def test_jsonl_has_one_annotation_a_line_with_its_article(store, corpus) -> None:
    lines = export_annotations(store, corpus, "jsonl").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 5
    assert rows[2]["tag"] == "aktor" and rows[2]["article"]["outlet"] == "KompasTV"


def test_csv_has_a_row_per_annotation_and_neutralises_formulas(store, corpus) -> None:
    rows = list(csv.DictReader(io.StringIO(export_annotations(store, corpus, "csv"))))
    assert len(rows) == 5
    quote = next(r for r in rows if r["tag"] == "quote")
    assert quote["text"].startswith("'=HYPERLINK(")
    assert quote["annotator"] == "'@rina"
    figure = next(r for r in rows if r["tag"] == "figure")
    assert figure["note"] == "'+ angka dari Kemenhan Rusia"
    assert json.loads(figure["fact"])["unit"] == "pasukan"
    assert figure["start"] == "0" and figure["outlet"] == "RMOL"
    assert next(r for r in rows if r["tag"] == "aktor")["title"] == "'-Teroris"
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


# The Web Annotation Data Model's MUST/SHOULD rules for what the export uses
# (https://www.w3.org/TR/annotation-model/: 3.1, 3.2.4, 3.2.5, 4.2.1, 4.2.4, 3.3.1, 3.3.5).
XSD_DATETIME_UTC = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$"
MOTIVATIONS = [
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
]
WEB_ANNOTATION = {
    "type": "object",
    "required": ["@context", "id", "type", "target"],
    "properties": {
        "@context": {"const": "http://www.w3.org/ns/anno.jsonld"},
        "id": {"type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9+.-]*:"},
        "type": {"const": "Annotation"},
        "motivation": {"enum": MOTIVATIONS},
        "created": {"type": "string", "pattern": XSD_DATETIME_UTC},
        "modified": {"type": "string", "pattern": XSD_DATETIME_UTC},
        "creator": {
            "type": "object",
            "required": ["type", "name"],
            "properties": {"type": {"enum": ["Person", "Organization", "Software"]}},
        },
        "body": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "value"],
                "properties": {
                    "type": {"const": "TextualBody"},
                    "value": {"type": "string"},
                    "purpose": {"enum": MOTIVATIONS},
                },
            },
        },
        "target": {
            "type": "object",
            "required": ["source", "selector"],
            "properties": {
                "source": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9+.-]*:"}
                    },
                },
                "selector": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "oneOf": [
                            {
                                "type": "object",
                                "required": ["type", "exact"],
                                "properties": {
                                    "type": {"const": "TextQuoteSelector"},
                                    "exact": {"type": "string"},
                                    "prefix": {"type": "string"},
                                    "suffix": {"type": "string"},
                                },
                            },
                            {
                                "type": "object",
                                "required": ["type", "start", "end"],
                                "properties": {
                                    "type": {"const": "TextPositionSelector"},
                                    "start": {"type": "integer", "minimum": 0},
                                    "end": {"type": "integer", "minimum": 0},
                                },
                            },
                        ]
                    },
                },
            },
        },
    },
}


def test_w3c_export_follows_the_web_annotation_model(store, corpus) -> None:
    doc = json.loads(export_annotations(store, corpus, "w3c"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 5
    items = doc["first"]["items"]
    assert doc["first"]["type"] == "AnnotationPage" and len(items) == 5
    for item in items:
        jsonschema.validate(item, WEB_ANNOTATION)
    figure = items[0]
    quote_sel, position = figure["target"]["selector"]
    assert quote_sel == {
        "type": "TextQuoteSelector",
        "exact": "Sekitar 2.500 pasukan",
        "prefix": "",
        "suffix": TEXT_A[21:53],
    }
    assert (position["start"], position["end"]) == (0, 21)
    purposes = {b["purpose"]: b["value"] for b in figure["body"]}
    assert purposes["tagging"] == "figure"
    assert purposes["commenting"] == "+ angka dari Kemenhan Rusia"
    assert json.loads(purposes["describing"])["value"] == 2500
    assert figure["target"]["source"]["id"] == "urn:kzreader:article:a1"
    assert figure["creator"]["name"] == "@rina" and figure["id"].startswith("urn:uuid:")
    assert len({i["id"] for i in items}) == 5


def test_w3c_orphan_keeps_only_its_quote_selector(tmp_path: Path) -> None:
    art = Article(id="a1", path="a.txt", text="Pasukan Rusia tiba di Almaty hari ini.")
    with AnnotationStore.open(tmp_path) as store:
        store.annotate(art, 0, 13, "claim")
        changed = Article(id="a1", path="a.txt", text="Sama sekali lain sekarang.")
        store.sync([changed])
        items = json.loads(export_annotations(store, [changed], "w3c"))["first"]["items"]
    assert [s["type"] for s in items[0]["target"]["selector"]] == ["TextQuoteSelector"]


def test_write_export_replaces_the_file_atomically(store, corpus, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    summary = write_export(store, corpus, target, "csv")
    assert (summary.annotations, summary.articles) == (5, 3)
    assert target.read_text().startswith("id,article_id,")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    with pytest.raises(ExportError, match=r"nowhere/out\.csv: cannot write"):
        write_export(store, corpus, tmp_path / "nowhere" / "out.csv", "csv")


def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kzreader")
    commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_export_command_writes_the_chosen_format(store, corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("kzreader.corpus.load_corpus", lambda paths, cache=True: Corpus(corpus))
    out = tmp_path / "claims.json"
    code = run_cli(
        [
            "export",
            "--store",
            str(store.folder),
            "--tag",
            "claim",
            "--tag",
            "aktor",
            "--since",
            "2022-01-10",
            "-o",
            str(out),
            "--corpus",
            "seeds",
        ]
    )
    assert code == 0
    doc = json.loads(out.read_text())
    assert [n["tag"] for a in doc["articles"] for n in a["annotations"]] == ["aktor", "claim"]
    assert "exported 2 annotations of 1 articles" in capsys.readouterr().err
    assert run_cli(["export", "--store", str(store.folder), "--format", "w3c"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 5


def test_export_command_rejects_a_bad_date(capsys) -> None:
    with pytest.raises(SystemExit):
        run_cli(["export", "--since", "17/01/2022"])
    assert "not a date (YYYY-MM-DD)" in capsys.readouterr().err


def test_empty_store_exports_valid_empty_documents(tmp_path: Path, corpus) -> None:
    with AnnotationStore.open(tmp_path) as empty:
        doc = json.loads(export_annotations(empty, corpus, "json"))
        jsonschema.validate(doc, json_schema())
        assert doc["articles"] == []
        assert json.loads(export_annotations(empty, corpus, "w3c"))["first"]["items"] == []
        assert export_annotations(empty, corpus, "csv").splitlines() == [",".join(COLUMNS)]
        assert export_annotations(empty, corpus, "jsonl") == ""


def test_export_command_refuses_a_missing_store(tmp_path: Path, capsys) -> None:
    assert run_cli(["export", "--store", str(tmp_path / "nope")]) == 1
    assert "nope: no annotation store here" in capsys.readouterr().err
