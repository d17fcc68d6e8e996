"""The whole report: its JSON form, its text form and the `compare` subcommand's wiring."""

from __future__ import annotations

import argparse
import json

from kzreader.compare import build_report, render_text
from kzreader.compare.commands import register
from kzreader.compare.report import format_value
from kzreader.model import Article, Figure, Quote


def art(aid, outlet, published, text, figures=(), quotes=(), sources=(), via=None) -> Article:
    facts = []
    for snippet, value, measure in figures:
        s = text.index(snippet)
        facts.append(
            Figure(start=s, end=s + len(snippet), text=snippet, value=value, measure=measure)
        )
    for words, speaker in quotes:
        s = text.index(words)
        facts.append(Quote(start=s, end=s + len(words), text=words, speaker=speaker))
    return Article(
        id=aid,
        path=aid,
        outlet=outlet,
        via=via,
        published=published,
        text=text,
        facts=tuple(facts),
        sources=tuple(sources),
    )


ARTICLES = [
    art(
        "k",
        "KompasTV",
        "2022-01-11",
        "“Misi utama sudah selesai,” kata Tokayev. Kerusuhan menewaskan lebih dari 160 orang.",
        figures=[("lebih dari 160 orang", 160, "deaths")],
        quotes=[("Misi utama sudah selesai,", "Kassym-Jomart Tokayev")],
        sources=["DW", "Associated Press"],
    ),
    art(
        "r",
        "RMOL",
        "2022-01-20T06:53:00+07:00",
        "Menteri mengatakan 225 orang telah tewas, sementara sekitar 7.000 orang telah ditangkap.",
        figures=[("225 orang", 225, "deaths"), ("sekitar 7.000 orang", 7000, "detained")],
        sources=["Euro News"],
        via="Dimensy.id",
    ),
]


def test_json_form_names_outlets_values_and_offsets():
    data = json.loads(json.dumps(build_report(ARTICLES).to_dict(), ensure_ascii=False))
    assert data["articles"] == 2 and data["outlets"] == ["KompasTV", "RMOL"]
    deaths = next(g for g in data["figures"] if g["measure"] == "deaths")
    assert deaths["disagrees"] is True
    assert [(v["value"], v["outlets"]) for v in deaths["values"]] == [
        (160, ["KompasTV"]),
        (225, ["RMOL"]),
    ]
    mention = deaths["values"][1]["mentions"][0]
    assert mention["via"] == "Dimensy.id" and mention["published"].startswith("2022-01-20")
    text = ARTICLES[1].text
    assert text[mention["start"] : mention["end"]] == mention["text"] == "225 orang"
    assert data["speakers"][0]["name"] == "Kassym-Jomart Tokayev"
    assert data["speakers"][0]["by_outlet"] == {"KompasTV": 1}
    assert {o["outlet"]: [s["name"] for s in o["sources"]] for o in data["sources"]} == {
        "KompasTV": ["Associated Press", "DW"],
        "RMOL": ["Euro News"],
    }
    assert [d["day"] for d in data["timeline"]["days"]] == ["2022-01-11", "2022-01-20"]
    assert data["syndication"] == []


def test_text_form_shows_the_disagreement_and_who_said_what():
    text = render_text(build_report(ARTICLES))
    assert "! deaths: 160 vs 225" in text
    assert "KompasTV 2022-01-11" in text and "RMOL via Dimensy.id 2022-01-20" in text
    assert "7.000" in text and "detained" in text
    assert "Kassym-Jomart Tokayev  —  KompasTV 1" in text
    assert "KompasTV (1 article): Associated Press 1, DW 1" in text


def test_empty_corpus_renders():
    report = build_report([])
    assert report.figures == () and report.disagreements == ()
    assert "(no figures with a measure)" in render_text(report)
    assert json.dumps(report.to_dict())


def test_values_are_written_as_the_articles_write_them():
    assert format_value(7000) == "7.000"
    assert format_value(2500.0) == "2.500"
    assert format_value(1.5) == "1,5"
    assert format_value(1234567.25) == "1.234.567,25"


def test_register_adds_compare_and_agreement():
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["compare", "--format", "json", "seeds"])
    assert (args.format, args.paths, callable(args.func)) == ("json", ["seeds"], True)
    args = parser.parse_args(["agreement", "a.json", "b.json", "--annotators", "ani", "budi"])
    assert (args.a, args.b, args.annotators) == ("a.json", "b.json", ["ani", "budi"])
