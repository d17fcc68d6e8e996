"""The whole comparison as one value: `CompareReport`, its JSON form and a text rendering.

`build_report(articles)` runs every comparison; `report.to_dict()` is what
`kzreader compare --format json` prints; `render_text(report)` is the plain
text of `--format text`. A screen renders the dataclasses directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kzreader.compare.figures import (
    DEFAULT_TOLERANCE,
    FigureMention,
    MeasureGroup,
    ValueCluster,
    group_figures,
)
from kzreader.compare.refs import ArticleRef, Passage
from kzreader.compare.sources import OutletSources, sources_by_outlet
from kzreader.compare.speakers import QuoteMention, SpeakerIndex, group_speakers
from kzreader.compare.syndication import SyndicationGroup, find_syndicated
from kzreader.compare.timeline import Timeline, build_timeline
from kzreader.gc_pause import paused_gc
from kzreader.model import Article

BAR_WIDTH = 30
"""Width of the busiest day's bar in the text timeline."""

TEXT_LIMIT = 12
"""Rows per list in the text rendering before `… N more`."""


@dataclass(frozen=True, slots=True)
class CompareReport:
    """Everything `kzreader compare` shows about a set of articles."""

    articles: int
    outlets: tuple[str, ...]
    figures: tuple[MeasureGroup, ...]
    speakers: SpeakerIndex
    sources: tuple[OutletSources, ...]
    timeline: Timeline
    syndication: tuple[SyndicationGroup, ...]

    @property
    def disagreements(self) -> tuple[MeasureGroup, ...]:
        return tuple(g for g in self.figures if g.disagrees)

    def figure_group(self, measure: str) -> MeasureGroup | None:
        return next((g for g in self.figures if g.measure == measure), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: plain dicts and lists, every mention with its article and offsets."""
        return {
            "articles": self.articles,
            "outlets": list(self.outlets),
            "figures": [_group_dict(g) for g in self.figures],
            "speakers": [
                {
                    "name": s.name,
                    "aliases": list(s.aliases),
                    "count": s.count,
                    "by_outlet": s.by_outlet,
                    "quotes": [_quote_dict(q) for q in s.quotes],
                }
                for s in self.speakers.speakers
            ],
            "unattributed_quotes": [_quote_dict(q) for q in self.speakers.unattributed],
            "sources": [
                {
                    "outlet": o.outlet,
                    "articles": o.articles,
                    "sources": [
                        {
                            "name": u.name,
                            "count": u.count,
                            "article_ids": [a.id for a in u.articles],
                            "cites": [_passage_dict(p) for p in u.cites],
                        }
                        for u in o.sources
                    ],
                }
                for o in self.sources
            ],
            "timeline": {
                "outlets": list(self.timeline.outlets),
                "days": [
                    {"day": d.day, "by_outlet": d.by_outlet, "total": d.total}
                    for d in self.timeline.days
                ],
                "undated": self.timeline.undated,
                "events": [
                    {
                        "date": e.date,
                        "articles": e.articles,
                        "outlets": list(e.outlets),
                        "mentions": [_passage_dict(p) for p in e.mentions],
                    }
                    for e in self.timeline.events
                ],
            },
            "syndication": [
                {
                    "original": _article_dict(g.original),
                    "basis": g.basis,
                    "copies": [{**_article_dict(c.article), "share": c.share} for c in g.copies],
                }
                for g in self.syndication
            ],
        }


def build_report(
    articles: Sequence[Article], *, tolerance: float = DEFAULT_TOLERANCE
) -> CompareReport:
    """Run every comparison over `articles` (collections paused: it builds many small objects)."""
    with paused_gc():
        return CompareReport(
            articles=len(articles),
            outlets=tuple(sorted({ArticleRef.of(a).outlet for a in articles})),
            figures=tuple(group_figures(articles, tolerance=tolerance)),
            speakers=group_speakers(articles),
            sources=tuple(sources_by_outlet(articles)),
            timeline=build_timeline(articles),
            syndication=tuple(find_syndicated(articles)),
        )


def _article_dict(ref: ArticleRef) -> dict[str, Any]:
    return {
        "article_id": ref.id,
        "outlet": ref.outlet,
        "via": ref.via,
        "published": ref.published,
        "title": ref.title,
    }


def _passage_dict(p: Passage) -> dict[str, Any]:
    return {
        "article_id": p.article.id,
        "outlet": p.article.outlet,
        "start": p.start,
        "end": p.end,
        "text": p.text,
    }


def _quote_dict(q: QuoteMention) -> dict[str, Any]:
    return {
        **_article_dict(q.article),
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "cue": q.cue,
    }


def _mention_dict(m: FigureMention) -> dict[str, Any]:
    return {
        **_article_dict(m.article),
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "value": m.value,
        "unit": m.unit,
        "qualifier": m.qualifier,
    }


def _group_dict(g: MeasureGroup) -> dict[str, Any]:
    return {
        "measure": g.measure,
        "tally": g.tally,
        "disagrees": g.disagrees,
        "values": [
            {
                "value": c.value,
                "outlets": list(c.outlets),
                "first_day": c.first_day,
                "mentions": [_mention_dict(m) for m in c.mentions],
            }
            for c in g.clusters
        ],
    }


# --- text rendering -----------------------------------------------------------


def format_value(value: float | int) -> str:
    """Indonesian style, as the articles write it: `7.000`, `1,5`."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,}".replace(",", "_").replace(".", ",").replace("_", ".")


def plural(n: int, word: str) -> str:
    """`1 article`, `2 articles`."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _capped(items: list[str], limit: int = TEXT_LIMIT) -> list[str]:
    if len(items) <= limit:
        return items
    return [*items[:limit], f"… {len(items) - limit} more"]


def _cluster_line(c: ValueCluster) -> str:
    seen = dict.fromkeys(f"{m.article.label} {m.article.day or '?'}" for m in c.mentions)
    where = ", ".join(_capped(list(seen), 4))
    said = "; ".join(_capped(list(dict.fromkeys(f"“{m.text}”" for m in c.mentions)), 3))
    return f"    {format_value(c.value):>10}  {where}   {said}"


def _figure_lines(report: CompareReport) -> list[str]:
    lines = ["FIGURES BY MEASURE   (! = different values across articles)"]
    if not report.figures:
        lines.append("  (no figures with a measure)")
    for g in report.figures:
        mark = "!" if g.disagrees else " "
        values = " vs ".join(format_value(v) for v in g.values) if g.disagrees else ""
        lines.append(f"{mark} {g.measure}" + (f": {values}" if values else ""))
        lines.extend(_capped([_cluster_line(c) for c in g.clusters]))
    return lines


def _speaker_lines(report: CompareReport) -> list[str]:
    index = report.speakers
    lines = [f"SPEAKERS   ({len(index.unattributed)} quotes without a speaker)"]
    rows = []
    for s in index.speakers:
        outlets = ", ".join(f"{o} {n}" for o, n in s.by_outlet.items())
        also = f"   (also: {', '.join(s.aliases)})" if s.aliases else ""
        rows.append(f"  {s.count:>4}  {s.name}  —  {outlets}{also}")
    return lines + (_capped(rows) or ["  (no quotes)"])


def _source_lines(report: CompareReport) -> list[str]:
    lines = ["SOURCES BY OUTLET"]
    for o in report.sources:
        cited = ", ".join(f"{u.name} {u.count}" for u in o.sources) or "(none cited)"
        lines.append(f"  {o.outlet} ({plural(o.articles, 'article')}): {cited}")
    return lines


def _timeline_lines(report: CompareReport) -> list[str]:
    t = report.timeline
    lines = ["TIMELINE   (articles per day per outlet)"]
    rows = []
    peak = max((d.total for d in t.days), default=1)
    for d in t.days:
        outlets = ", ".join(f"{o} {n}" for o, n in d.by_outlet.items())
        bar = "█" * max(1, round(d.total / peak * BAR_WIDTH))
        rows.append(f"  {d.day}  {bar:<{BAR_WIDTH}} {d.total:>5}  {outlets}")
    lines.extend(_capped(rows, 60))
    if t.undated:
        lines.append("  undated: " + ", ".join(f"{o} {n}" for o, n in t.undated.items()))
    lines.append("  event dates mentioned:")
    events = [
        f"    {e.date}  {plural(e.articles, 'article'):>12}  {', '.join(e.outlets)}"
        for e in t.events
    ]
    return lines + (_capped(events, 30) or ["    (none)"])


def _syndication_lines(report: CompareReport) -> list[str]:
    lines = ["SYNDICATION   (articles sharing most of their text)"]
    rows = []
    for g in report.syndication:
        o = g.original
        rows.append(f"  original  {o.label} {o.day or '?'}  {o.title or o.id}   [{g.basis}]")
        for c in g.copies:
            a = c.article
            rows.append(f"    copy    {a.label} {a.day or '?'}  {a.title or a.id}   {c.share:.0%}")
    return lines + (_capped(rows, 40) or ["  (no republished copies found)"])


def render_text(report: CompareReport) -> str:
    """The report as plain text, one section after another."""
    head = (
        f"{report.articles} articles, {len(report.outlets)} outlets ({', '.join(report.outlets)})"
    )
    sections = [
        [head],
        _figure_lines(report),
        _speaker_lines(report),
        _source_lines(report),
        _timeline_lines(report),
        _syndication_lines(report),
    ]
    return "\n\n".join("\n".join(s) for s in sections) + "\n"
