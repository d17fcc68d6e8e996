"""Compare on the bundled seeds, through the real pipeline (issue 6, done means)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzreader.compare import CompareReport, build_report, render_text
from kzreader.corpus import load_corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
KOMPAS_SEED = SEEDS / "001_53b09ad841259d56.txt"


@pytest.fixture(scope="module")
def report() -> CompareReport:
    corpus = load_corpus([SEEDS])
    assert not corpus.errors
    return build_report(corpus.articles)


def outlets_by_value(report: CompareReport, measure: str) -> dict[float, set[str]]:
    group = report.figure_group(measure)
    assert group is not None, f"no {measure} figures"
    return {c.value: set(c.outlets) for c in group.clusters}


def test_deaths_160_in_kompastv_and_sinpo_against_225_in_rmol(report):
    deaths = outlets_by_value(report, "deaths")
    assert deaths[160] == {"KompasTV", "SinPo.id"}
    assert deaths[225] == {"RMOL"}
    assert report.figure_group("deaths").disagrees
    text = render_text(report)
    assert "! deaths: 160 vs 225" in text


def test_arrests_7000_from_rmol(report):
    assert "RMOL" in outlets_by_value(report, "detained")[7000]
    mention = next(m for m in report.figure_group("detained").mentions if m.value == 7000)
    assert mention.article.via == "Dimensy.id" and mention.article.day == "2022-01-20"
    assert "7.000" in mention.text


def test_speakers_and_the_outlets_quoting_them(report):
    speakers = {s.name: s for s in report.speakers.speakers}
    assert set(speakers["Kassym-Jomart Tokayev"].by_outlet) == {"IDN Times", "KompasTV"}
    assert "Tokayev" not in speakers  # merged into the full name
    assert set(speakers["Vladimir Putin"].by_outlet) == {"SinPo.id"}
    assert speakers["Vladimir Putin"].count == 3
    assert set(speakers["Valentina Matvienko"].by_outlet) == {"RMOL"}
    assert speakers["Mukhtar Tileuberdi"].count == 3


def test_sources_per_outlet(report):
    cited = {o.outlet: {u.name for u in o.sources} for o in report.sources}
    assert {"Sputnik", "Reuters", "Euro News"} <= cited["RMOL"]
    assert {"Associated Press", "DW"} <= cited["KompasTV"]
    assert "Associated Press" not in cited["RMOL"]


def test_timeline_days_and_event_dates(report):
    days = {d.day: d.by_outlet for d in report.timeline.days}
    assert days["2022-01-17"] == {"RMOL": 1} and days["2022-01-12"] == {"SinPo.id": 1}
    events = {e.date: set(e.outlets) for e in report.timeline.events}
    assert "RMOL" in events["2022-01-02"]


def test_seeds_hold_no_copies(report):
    # 002 is RMOL republished by Dimensy.id, but its original (not 000) is not among the seeds
    assert report.syndication == ()


def test_a_copy_under_another_sites_header_and_footer_is_linked(tmp_path):
    body = KOMPAS_SEED.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(
        "Dimensy.id Mobile\nDimensy.id\n\nBerita Dunia Terkini\n\n"
        + body
        + "\n\nARTIKEL LAINNYA\nTemukan berita-berita pilihan setiap hari di Dimensy.id\n",
        encoding="utf-8",
    )
    articles = load_corpus([KOMPAS_SEED, copy]).articles
    (group,) = build_report(articles).syndication
    assert group.original.id == articles[0].id
    (link,) = group.copies
    assert link.article.id == articles[1].id and link.share >= 0.9


def test_compare_command_prints_the_report_as_json(capsys):
    from kzreader.cli import main

    assert main(["compare", "--format", "json", str(SEEDS)]) == 0
    data = json.loads(capsys.readouterr().out)
    deaths = next(g for g in data["figures"] if g["measure"] == "deaths")
    assert deaths["disagrees"]
    assert {v["value"]: set(v["outlets"]) for v in deaths["values"]} == {
        160: {"KompasTV", "SinPo.id"},
        225: {"RMOL"},
    }
    assert main(["compare", str(SEEDS)]) == 0
    assert "! deaths: 160 vs 225" in capsys.readouterr().out
