"""Two annotators' exports or stores → per-tag span F1 and sentence-level Cohen's kappa."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from kzreader.annotate.store import AnnotationStore
from kzreader.compare.agreement import (
    Confusion,
    compare_annotators,
    label_units,
    span_counts,
    span_text_windows,
)
from kzreader.compare.commands import register
from kzreader.compare.records import AnnotationRecord, RecordsError, load_annotations
from kzreader.model import Article

TEXT = (
    "Tokayev meminta bantuan CSTO. Pasukan tiba di Almaty. "
    "Sebanyak 225 orang tewas. Situasi kini normal."
)
S1, S2, S3, S4 = (TEXT.index(s) for s in ("Tokayev", "Pasukan", "Sebanyak", "Situasi"))


def ann(tag: str, snippet: str, annotator: str, context: int | None = None, **extra) -> dict:
    start = TEXT.index(snippet)
    end = start + len(snippet)
    lo, hi = (0, len(TEXT)) if context is None else (max(0, start - context), end + context)
    return {
        "id": f"{annotator}-{tag}-{start}",
        "article_id": "art1",
        "tag": tag,
        "start": start,
        "end": end,
        "text": snippet,
        "prefix": TEXT[lo:start],
        "suffix": TEXT[end:hi],
        "annotator": annotator,
        "status": "ok",
        **extra,
    }


A_ANNS = [
    ann("claim", "Tokayev meminta bantuan CSTO.", "ani"),
    ann("figure", "225 orang", "ani"),
    ann("claim", "Situasi kini normal.", "ani"),
]
B_ANNS = [
    ann("claim", "Tokayev meminta bantuan CSTO.", "budi"),
    ann("figure", "225 orang tewas", "budi"),
    ann("claim", "Pasukan tiba di Almaty.", "budi"),
]


def export(path: Path, anns: list[dict], *, text: bool = True, extra_articles=()) -> Path:
    article = {"id": "art1", "outlet": "RMOL", "annotations": anns}
    if text:
        article["text"] = TEXT
    others = [{"id": i, "annotations": []} for i in extra_articles]
    data = {"schema": "kzreader-annotations/1", "articles": [article, *others]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- the arithmetic -------------------------------------------------------------


def test_cohen_kappa_matches_a_worked_example():
    assert Confusion(both=20, only_a=5, only_b=10, neither=15).kappa == pytest.approx(0.4)
    assert Confusion(both=3, neither=5).kappa == 1.0
    assert Confusion(neither=7).kappa is None  # nobody tagged anything: undefined, not perfect
    assert Confusion().kappa is None


def test_exact_and_overlap_matches():
    c = span_counts([(0, 10), (20, 30), (40, 45)], [(0, 10), (25, 35), (50, 60)])
    assert (c.exact, c.hit_a, c.hit_b) == (1, 2, 2)
    assert c.exact_prf.f1 == pytest.approx(1 / 3)
    assert c.overlap_prf.f1 == pytest.approx(2 / 3)
    assert span_counts([(0, 5)], []).overlap_prf.f1 == 0.0
    assert span_counts([(3, 5), (3, 5)], [(3, 5)]).exact == 1  # a duplicate matches once


def test_sentences_touched_by_spans_are_labelled():
    units = [(0, 10), (11, 20), (21, 30), (31, 40)]
    c = label_units(units, a=[(2, 5), (12, 25)], b=[(0, 10), (35, 36)])
    assert (c.both, c.only_a, c.only_b, c.neither) == (1, 2, 1, 0)


def test_span_text_windows_rebuild_the_known_stretches_of_text():
    pair = (ann("x", "225 orang", "a", context=10), ann("x", "orang tewas", "a", context=10))
    recs = [AnnotationRecord.read(a) for a in pair]
    ((start, text),) = span_text_windows(recs)
    assert TEXT[start : start + len(text)] == text
    assert "225 orang tewas" in text


# --- reading inputs --------------------------------------------------------------


def test_reads_an_export_with_its_articles_and_texts(tmp_path):
    path = export(tmp_path / "ani.json", A_ANNS, extra_articles=["art2"])
    got = load_annotations(path)
    assert got.name == "ani"
    assert got.articles == {"art1", "art2"}  # art2 was covered and left untagged
    assert got.texts == {"art1": TEXT}
    assert [r.tag for r in got.records] == ["claim", "figure", "claim"]


def test_reads_store_folders_and_skips_orphaned_annotations(tmp_path):
    article = Article(id="art1", path="art1.txt", outlet="RMOL", text=TEXT)
    store = tmp_path / "store"
    with AnnotationStore.open(store, annotator="ani") as ani_store:
        ani_store.annotate(article, S1, S2 - 1, "claim")
        ani_store.annotate(article, S3, S4 - 1, "claim")
        lost = ani_store.annotate(article, S2, S3 - 1, "claim")
        ani_store.update(lost.id, status="orphaned")
    with AnnotationStore.open(store, annotator="budi") as budi_store:
        budi_store.annotate(article, S1, S2 - 1, "claim")
    with pytest.raises(RecordsError):
        load_annotations(tmp_path / "missing")
    both = load_annotations(store)
    assert both.annotators == ("ani", "budi")
    ani = load_annotations(store, annotator="ani")
    assert [(r.start, r.end) for r in ani.records] == [(S1, S2 - 1), (S3, S4 - 1)]
    assert ani.skipped == 1 and ani.articles == {"art1"}
    assert ani.records[0].text == "Tokayev meminta bantuan CSTO."
    with pytest.raises(RecordsError, match="no annotations by carol"):
        load_annotations(store, annotator="carol")
    report = compare_annotators(ani, load_annotations(store, annotator="budi"), {"art1": TEXT})
    (claim,) = report.tags
    assert (claim.a_spans, claim.b_spans, claim.exact.precision) == (2, 1, 1.0)


def test_rejects_a_file_that_is_not_json(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(RecordsError, match="not JSON"):
        load_annotations(bad)


# --- end to end (sentence boundaries from kzreader.text.sentences) ---------------


def test_per_tag_f1_and_kappa_on_the_article_sentences(tmp_path):
    a = load_annotations(export(tmp_path / "a.json", A_ANNS, extra_articles=["only-a"]))
    b = load_annotations(export(tmp_path / "b.json", B_ANNS))
    report = compare_annotators(a, b)
    assert (report.a, report.b, report.articles, report.only_a, report.only_b) == (
        "ani",
        "budi",
        1,
        1,
        0,
    )
    tags = {t.tag: t for t in report.tags}
    claim, figure = tags["claim"], tags["figure"]
    assert claim.exact.f1 == pytest.approx(0.5) and claim.overlap.f1 == pytest.approx(0.5)
    assert claim.sentences == Confusion(both=1, only_a=1, only_b=1, neither=1)
    assert claim.kappa == pytest.approx(0.0)
    assert figure.exact.f1 == 0.0 and figure.overlap.f1 == 1.0
    assert figure.kappa == pytest.approx(1.0)
    overall = report.overall
    assert overall.exact.f1 == pytest.approx(1 / 3) and overall.overlap.f1 == pytest.approx(2 / 3)
    assert overall.kappa == pytest.approx((0.75 - 34 / 64) / (1 - 34 / 64))


def test_without_the_article_text_sentences_come_from_the_annotations(tmp_path):
    with_text = compare_annotators(
        load_annotations(export(tmp_path / "a.json", A_ANNS)),
        load_annotations(export(tmp_path / "b.json", B_ANNS)),
    )
    # full context carried: the same sentences, the same kappa
    full = compare_annotators(
        load_annotations(export(tmp_path / "a2.json", A_ANNS, text=False)),
        load_annotations(export(tmp_path / "b2.json", B_ANNS, text=False)),
    )
    assert full.from_span_text == 1 and with_text.from_span_text == 0
    assert full.overall.sentences == with_text.overall.sentences
    # short context: only the sentences near annotations count, spans still score the same
    short_a = [ann(r["tag"], r["text"], "ani", context=3) for r in A_ANNS]
    short_b = [ann(r["tag"], r["text"], "budi", context=3) for r in B_ANNS]
    short = compare_annotators(
        load_annotations(export(tmp_path / "a3.json", short_a, text=False)),
        load_annotations(export(tmp_path / "b3.json", short_b, text=False)),
    )
    assert short.overall.exact == with_text.overall.exact
    assert 0 < short.overall.sentences.total <= with_text.overall.sentences.total


def test_agreement_command_prints_json(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    a = export(tmp_path / "a.json", A_ANNS)
    b = export(tmp_path / "b.json", B_ANNS)
    args = parser.parse_args(["agreement", str(a), str(b), "--format", "json"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["tag"] for t in data["tags"]] == ["claim", "figure"]
    assert data["overall"]["exact"]["f1"] == pytest.approx(1 / 3)
    args = parser.parse_args(["agreement", str(a), str(tmp_path / "nope.json")])
    assert args.func(args) == 2
    assert "no such file" in capsys.readouterr().err
