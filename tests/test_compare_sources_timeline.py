"""Sources each outlet cites, and the timeline of articles and event dates."""

from __future__ import annotations

from kzreader.compare.sources import sources_by_outlet
from kzreader.compare.timeline import build_timeline
from kzreader.model import Article, DateMention, RelativeDate, SourceCite


def art(aid, outlet, published, sources=(), text="", facts=()) -> Article:
    return Article(
        id=aid,
        path=aid,
        outlet=outlet,
        published=published,
        sources=tuple(sources),
        text=text,
        facts=tuple(facts),
    )


def test_sources_per_outlet_counted_by_citing_articles():
    text = "seperti dikutip dari Sputnik."
    start = text.index("Sputnik")
    cite = SourceCite(start=start, end=start + 7, text="Sputnik", name="Sputnik")
    rows = sources_by_outlet(
        [
            art("a", "RMOL", "2022-01-17", ["Sputnik", "Reuters"], text, [cite]),
            art("b", "RMOL", "2022-01-20", ["Euro News", "Sputnik"]),
            art("c", "KompasTV", "2022-01-11", ["DW", "Associated Press"]),
            art("d", None, None, []),
        ]
    )
    by_outlet = {o.outlet: o for o in rows}
    assert list(by_outlet) == ["?", "KompasTV", "RMOL"]
    rmol = by_outlet["RMOL"]
    assert rmol.articles == 2
    assert [(u.name, u.count) for u in rmol.sources] == [
        ("Sputnik", 2),
        ("Euro News", 1),
        ("Reuters", 1),
    ]
    (passage,) = rmol.sources[0].cites
    assert (passage.article.id, text[passage.start : passage.end]) == ("a", "Sputnik")
    assert {u.name for u in by_outlet["KompasTV"].sources} == {"DW", "Associated Press"}
    assert by_outlet["?"].sources == ()


def test_an_outlet_naming_itself_is_not_a_source():
    rows = sources_by_outlet([art("a", "RMOL", None, ["RMOL", "Sputnik"])])
    assert [u.name for u in rows[0].sources] == ["Sputnik"]


def test_timeline_counts_articles_per_day_per_outlet_and_event_dates():
    text = "Protes meletus pada 2 Januari."
    start = text.index("2 Januari")
    mention = DateMention(start=start, end=start + 9, text="2 Januari", value="2022-01-02")
    vague = RelativeDate(start=0, end=6, text="Protes", value="2021")
    timeline = build_timeline(
        [
            art("a", "RMOL", "2022-01-17T06:21:00+07:00", text=text, facts=[mention, vague]),
            art("b", "RMOL", "2022-01-17T09:00:00+07:00"),
            art("c", "KompasTV", "2022-01-11"),
            art("d", "SinPo.id", None),
        ]
    )
    assert [(d.day, d.by_outlet) for d in timeline.days] == [
        ("2022-01-11", {"KompasTV": 1}),
        ("2022-01-17", {"RMOL": 2}),
    ]
    assert timeline.days[1].total == 2
    assert timeline.undated == {"SinPo.id": 1}
    (event,) = timeline.events  # a year alone is no event date
    assert (event.date, event.outlets, event.articles) == ("2022-01-02", ("RMOL",), 1)
    assert event.mentions[0].start == start
