"""The corpus-wide annotations view: rows with their outlet, filters and filter choices."""

from __future__ import annotations

from types import SimpleNamespace

from kzreader.compare.annotations import annotation_rows, facets, filter_rows
from kzreader.model import Article

ARTICLES = [
    Article(id="r", path="r", outlet="RMOL", published="2022-01-20", text="225 orang tewas"),
    Article(id="k", path="k", outlet="KompasTV", published="2022-01-11", text="160 orang"),
]


def rec(article_id, tag, start, end, annotator):
    return {
        "article_id": article_id,
        "tag": tag,
        "start": start,
        "end": end,
        "annotator": annotator,
        "text": "",
    }


RECORDS = [
    rec("r", "figure", 0, 9, "ani"),
    rec("k", "figure", 0, 3, "budi"),
    rec("r", "claim", 0, 15, "budi"),
    rec("gone", "claim", 4, 8, "ani"),
]


def test_rows_know_their_outlet_and_sort_by_outlet_then_position():
    rows = annotation_rows(RECORDS, ARTICLES)
    assert [(r.outlet, r.record.article_id, r.record.tag) for r in rows] == [
        ("?", "gone", "claim"),
        ("KompasTV", "k", "figure"),
        ("RMOL", "r", "figure"),
        ("RMOL", "r", "claim"),
    ]
    assert rows[0].article is None and rows[1].article.published == "2022-01-11"


def test_filters_combine_and_ignore_case():
    rows = annotation_rows(RECORDS, ARTICLES)
    assert len(filter_rows(rows, tag="FIGURE")) == 2
    picked = filter_rows(rows, tag="figure", outlet="rmol", annotator="ani")
    assert [(r.record.article_id, r.record.start, r.record.end) for r in picked] == [("r", 0, 9)]
    assert filter_rows(rows, annotator="carol") == []
    assert len(filter_rows(rows)) == 4


def test_facets_count_the_choices():
    f = facets(annotation_rows(RECORDS, ARTICLES))
    assert f["tag"] == {"figure": 2, "claim": 2}
    assert f["outlet"] == {"RMOL": 2, "KompasTV": 1, "?": 1}
    assert f["annotator"] == {"ani": 2, "budi": 2}


def test_store_objects_are_read_through_their_attributes():
    obj = SimpleNamespace(
        article_id="k",
        tag="quote",
        start=1,
        end=2,
        annotator="ani",
        text="6",
        prefix="1",
        suffix="0",
        status=None,
        note="cek",
        id=7,
    )
    (row,) = annotation_rows([obj], ARTICLES)
    assert (row.outlet, row.record.note, row.record.id) == ("KompasTV", "cek", "7")
