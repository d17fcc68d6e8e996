"""The compare screen's sections as rows: figures, quotes, sources, timeline, syndication.

Pure functions of a `CompareReport` and the set of rows the user expanded, so
the first rows are built in the worker thread with the report and a toggle
rebuilds one section at once. Long lists are collapsed (the first few
mentions and `… N more`), so even a 10k-article corpus opens on a readable page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from kzreader.compare.figures import FigureMention, MeasureGroup
from kzreader.compare.refs import ArticleRef, Passage
from kzreader.compare.report import CompareReport, format_value, plural
from kzreader.compare.speakers import QuoteMention, SpeakerStat
from kzreader.model import Article
from kzreader.tui.widgets.compare_rows import Cell, Column, Jump, Row, Segment, cell

SECTIONS: tuple[tuple[str, str], ...] = (
    ("figures", "Figures"),
    ("quotes", "Quotes"),
    ("sources", "Sources"),
    ("timeline", "Timeline"),
    ("syndication", "Syndication"),
)
"""(id, tab title) in the order of the tabs and of the keys 1–5."""

MENTIONS_SHOWN = 6
"""Mentions of one value shown before `… N more`."""

OPENED_SHOWN = 50
"""Rows shown under a speaker, source, day or event date when it is opened."""

PAGE = 200
"""Rows each `… N more` adds (bounded work on the UI thread, however long the list)."""

CLUSTERS_IN_HEADER = 4
"""Values named in a measure's header line (`160 (KompasTV, SinPo.id) vs 225 (RMOL)`)."""

BAR_WIDTH = 24
"""Cells of the busiest day's bar in the timeline."""

OUTLET_COLOURS = 6

QUALIFIERS = {
    "approx": "about",
    "at_least": "at least",
    "at_most": "at most",
    "more_than": "more than",
    "less_than": "less than",
}

Expanded = Mapping[Hashable, int]
"""What the user opened: toggle key → how many rows are shown under it."""


NOTHING: Expanded = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Fold:
    """What `enter` on a `… N more` row does: show `limit` rows under `key` (None: fold)."""

    key: Hashable
    limit: int | None


@dataclass(frozen=True)
class CompareData:
    """The report and what the timeline needs besides it (articles per day)."""

    report: CompareReport
    by_day: dict[str, tuple[ArticleRef, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, report: CompareReport, articles: Iterable[Article]) -> CompareData:
        days: dict[str, list[ArticleRef]] = defaultdict(list)
        for a in articles:
            ref = ArticleRef.of(a)
            if ref.day:
                days[ref.day].append(ref)
        by_day = {
            d: tuple(sorted(refs, key=lambda r: (r.outlet, r.published or "")))
            for d, refs in days.items()
        }
        return cls(report, by_day)


# --- small helpers -------------------------------------------------------------


def outlet_cell(ref: ArticleRef) -> Cell:
    """`RMOL` and, dimmed, ` via Dimensy.id`."""
    if ref.via:
        return ((ref.outlet, ""), (f" via {ref.via}", "muted"))
    return cell(ref.outlet)


def day_cell(ref: ArticleRef) -> Cell:
    return cell(ref.day or "?", "" if ref.day else "muted")


def title_cell(ref: ArticleRef) -> Cell:
    return cell(ref.title or "(untitled)", "" if ref.title else "muted")


def quoted(text: str) -> str:
    return f"“{' '.join(text.split())}”"


def passage_jump(article: ArticleRef, start: int, end: int) -> Jump:
    return Jump(article.id, start, end)


def arrow(open_: bool) -> str:
    return "▾ " if open_ else "▸ "


def note(text: str) -> Row:
    return Row((cell(text),), kind="note")


def more_row(key: Hashable, total: int, limit: int, what: str, *, base: int) -> Row | None:
    """`… N more <what> (enter: show 200 more)`, or `▴ show fewer` once all are shown."""
    hidden = total - limit
    if hidden > 0:
        step = min(PAGE, hidden)
        text = f"… {hidden:,} more {what} (enter: show {'them' if step == hidden else step})"
        return Row((cell(text, "muted"),), kind="note", toggle=key, data=Fold(key, limit + step))
    if total > base:
        return Row(
            (cell(f"▴ show fewer {what}", "muted"),), kind="note", toggle=key, data=Fold(key, None)
        )
    return None


def paged(
    rows: list[Row],
    key: Hashable,
    items: Sequence[object],
    expanded: Expanded,
    make: Callable[[object], Row],
    what: str,
    *,
    base: int = OPENED_SHOWN,
) -> None:
    """Append the shown items' rows and the `… N more` row."""
    limit = expanded.get(key, base)
    rows.extend(make(item) for item in items[:limit])
    if (more := more_row(key, len(items), limit, what, base=base)) is not None:
        rows.append(more)


# --- figures -------------------------------------------------------------------

FIGURE_COLUMNS = (
    Column("Value", 8, right=True),
    Column("Qualifier", 9),
    Column("Outlet", 18),
    Column("Date", 10),
    Column("Article", 0),
    Column("Says", 0, min_screen=120),
)


def measure_header(group: MeasureGroup) -> Row:
    role = "warning" if group.disagrees else "strong"
    parts: list[Segment] = [("≠ " if group.disagrees else "  ", role), (group.measure, role)]
    values = []
    for c in group.clusters[:CLUSTERS_IN_HEADER]:
        values.append(f"{format_value(c.value)} ({', '.join(c.outlets)})")
    if len(group.clusters) > CLUSTERS_IN_HEADER:
        values.append(f"+{len(group.clusters) - CLUSTERS_IN_HEADER} more")
    joiner = " vs " if group.disagrees else " · "
    parts.append(("   " + joiner.join(values), role if group.disagrees else ""))
    mentions = group.mentions
    outlets = {m.article.outlet for m in mentions}
    meta = f"   {plural(len(mentions), 'mention')} · {plural(len(outlets), 'outlet')}"
    if group.disagrees:
        meta += " · outlets disagree"
    parts.append((meta, "muted"))
    return Row((tuple(parts),), kind="group", data=group)


def mention_row(m: FigureMention, disagrees: bool, *, flag: bool = False) -> Row:
    qualifier = QUALIFIERS.get(m.qualifier or "", m.qualifier or "")
    unit = f" {m.unit}" if m.unit else ""
    return Row(
        (
            cell(format_value(m.value), "warning" if disagrees else "strong"),
            cell(qualifier, "muted"),
            outlet_cell(m.article),
            day_cell(m.article),
            title_cell(m.article),
            cell(quoted(m.text) if m.text else f"{format_value(m.value)}{unit}", "accent"),
        ),
        jump=passage_jump(m.article, m.start, m.end),
        flag=flag,
        data=m,
    )


def figure_rows(report: CompareReport, expanded: Expanded = NOTHING) -> list[Row]:
    """Each measure (tallies first): a header naming its values, then its mentions by value."""
    if not report.figures:
        return [note("No figures with a measure (deaths, detained, troops …) in these articles.")]
    rows: list[Row] = []
    for group in report.figures:
        if rows:
            rows.append(Row((), kind="note"))
        rows.append(measure_header(group))
        first = True
        for n, cluster in enumerate(group.clusters):
            key = ("more", group.measure, n)
            limit = expanded.get(key, MENTIONS_SHOWN)
            for m in cluster.mentions[:limit]:
                rows.append(mention_row(m, group.disagrees, flag=group.disagrees and first))
                first = False
            what = f"mentions of {format_value(cluster.value)}"
            more = more_row(key, len(cluster.mentions), limit, what, base=MENTIONS_SHOWN)
            if more is not None:
                rows.append(more)
    return rows


# --- quotes by speaker -----------------------------------------------------------

QUOTE_COLUMNS = (
    Column("Quotes", 6, right=True),
    Column("Speaker / outlet", 30),
    Column("Quoted by / quote", 0),
)

UNATTRIBUTED = ("speaker", None)


def _by_outlet(counts: dict[str, int]) -> str:
    return " · ".join(f"{o} {n}" for o, n in counts.items())


def quote_row(q: QuoteMention) -> Row:
    where: Cell = (*outlet_cell(q.article), (f"  {q.article.day or '?'}", "muted"))
    return Row(
        (cell(), where, cell(quoted(q.text), "success")),
        jump=passage_jump(q.article, q.start, q.end),
        data=q,
    )


def speaker_row(s: SpeakerStat, open_: bool) -> Row:
    outlets: Cell = ((_by_outlet(s.by_outlet), ""),)
    if s.aliases:
        outlets = (*outlets, (f"   also: {', '.join(s.aliases)}", "muted"))
    return Row(
        (cell(str(s.count), "strong"), cell(arrow(open_) + s.name, "strong"), outlets),
        toggle=("speaker", s.name),
        data=s,
    )


def quote_rows(report: CompareReport, expanded: Expanded = NOTHING) -> list[Row]:
    """Speakers, most quoted first; enter on one lists their quotes."""
    index = report.speakers
    rows: list[Row] = []
    for s in index.speakers:
        key = ("speaker", s.name)
        rows.append(speaker_row(s, key in expanded))
        if key in expanded:
            paged(rows, key, s.quotes, expanded, quote_row, "quotes")  # type: ignore[arg-type]
    if index.unattributed:
        open_ = UNATTRIBUTED in expanded
        counts: dict[str, int] = defaultdict(int)
        for q in index.unattributed:
            counts[q.article.outlet] += 1
        rows.append(
            Row(
                (
                    cell(str(len(index.unattributed)), "muted"),
                    cell(arrow(open_) + "(no speaker found)", "muted"),
                    cell(_by_outlet(dict(sorted(counts.items(), key=lambda kv: -kv[1]))), "muted"),
                ),
                toggle=UNATTRIBUTED,
            )
        )
        if open_:
            paged(rows, UNATTRIBUTED, index.unattributed, expanded, quote_row, "quotes")  # type: ignore[arg-type]
    return rows or [note("No quotes found in these articles.")]


# --- sources by outlet -------------------------------------------------------------

SOURCE_COLUMNS = (
    Column("Articles", 8, right=True),
    Column("Source", 26),
    Column("Share of the outlet's articles / passage", 0),
)


def source_rows(report: CompareReport, expanded: Expanded = NOTHING) -> list[Row]:
    """Each outlet, then the agencies and media its articles cite, most cited first."""
    rows: list[Row] = []
    for o in report.sources:
        if rows:
            rows.append(Row((), kind="note"))
        head: Cell = (
            (o.outlet, "strong"),
            (f"   {plural(o.articles, 'article')} · {o.articles_citing} citing a source", "muted"),
        )
        rows.append(Row((head,), kind="group", data=o))
        if not o.sources:
            rows.append(note("   cites no agency or medium"))
        for use in o.sources:
            key = ("source", o.outlet, use.name)
            open_ = key in expanded
            share = use.count / o.articles if o.articles else 0.0
            bar = "█" * max(1, round(share * 12))
            rows.append(
                Row(
                    (
                        cell(str(use.count), "strong"),
                        cell(arrow(open_) + use.name),
                        ((bar.ljust(12), "c0"), (f" {share:.0%}", "muted")),
                    ),
                    toggle=key,
                    data=use,
                )
            )
            if open_:
                paged(rows, key, use.cites or use.articles, expanded, _citing_row, "citations")
    return rows or [note("No articles.")]


def _citing_row(item: object) -> Row:
    if isinstance(item, Passage):
        p = item
        return Row(
            (
                cell(),
                (*outlet_cell(p.article), (f"  {p.article.day or '?'}", "muted")),
                cell(quoted(p.text), "accent"),
            ),
            jump=passage_jump(p.article, p.start, p.end),
            data=p,
        )
    assert isinstance(item, ArticleRef)
    return Row(
        (cell(), (*outlet_cell(item), (f"  {item.day or '?'}", "muted")), title_cell(item)),
        jump=Jump(item.id),
        data=item,
    )


# --- timeline ----------------------------------------------------------------------

TIMELINE_COLUMNS = (
    Column("Day", 10),
    Column("Articles per day", BAR_WIDTH),
    Column("#", 4, right=True),
    Column("Outlets / article", 0),
)


def outlet_role(outlets: Sequence[str]) -> Callable[[str], str]:
    index = {o: i for i, o in enumerate(outlets)}
    return lambda outlet: f"c{index.get(outlet, 0) % OUTLET_COLOURS}"


def stacked_bar(by_outlet: dict[str, int], peak: int, role: Callable[[str], str]) -> Cell:
    """One bar per day, a segment per outlet in its colour, the busiest day `BAR_WIDTH` long."""
    segments: list[Segment] = []
    done = 0
    running = 0
    for outlet, n in by_outlet.items():
        running += n
        end = max(done + 1, round(running / peak * BAR_WIDTH)) if n else done
        segments.append(("█" * (end - done), role(outlet)))
        done = end
    return tuple(segments)


def _day_article_row(item: object) -> Row:
    assert isinstance(item, ArticleRef)
    return Row((cell(), outlet_cell(item), cell(), title_cell(item)), jump=Jump(item.id), data=item)


def _event_row(item: object) -> Row:
    assert isinstance(item, Passage)
    p = item
    return Row(
        (
            cell(),
            outlet_cell(p.article),
            cell(),
            ((quoted(p.text), "accent"), (f"  {p.article.title or ''}", "muted")),
        ),
        jump=passage_jump(p.article, p.start, p.end),
        data=p,
    )


def timeline_rows(data: CompareData, expanded: Expanded = NOTHING) -> list[Row]:
    """Articles per day per outlet as a stacked bar chart, then the event dates mentioned."""
    t = data.report.timeline
    role = outlet_role(t.outlets)
    legend: list[Segment] = [("Outlets: ", "muted")]
    for o in t.outlets:
        legend += [("█ ", role(o)), (f"{o}  ", "")]
    rows: list[Row] = [Row((tuple(legend),), kind="group")]
    peak = max((d.total for d in t.days), default=1)
    for d in t.days:
        key = ("day", d.day)
        open_ = key in expanded
        rows.append(
            Row(
                (
                    cell(d.day),
                    stacked_bar(d.by_outlet, peak, role),
                    cell(str(d.total), "strong"),
                    cell(arrow(open_) + _by_outlet(d.by_outlet)),
                ),
                toggle=key,
                data=d,
            )
        )
        if open_:
            paged(rows, key, data.by_day.get(d.day, ()), expanded, _day_article_row, "articles")
    if not t.days:
        rows.append(note("No article has a publication date."))
    if t.undated:
        rows.append(note(f"undated: {_by_outlet(t.undated)}"))
    rows.append(Row((), kind="note"))
    rows.append(Row((cell("Event dates the articles mention", "strong"),), kind="group"))
    most = max((e.articles for e in t.events), default=1)
    for e in t.events:
        key = ("event", e.date)
        open_ = key in expanded
        bar = "▪" * max(1, round(e.articles / most * BAR_WIDTH))
        rows.append(
            Row(
                (
                    cell(e.date),
                    cell(bar, "accent"),
                    cell(str(e.articles), "strong"),
                    cell(arrow(open_) + ", ".join(e.outlets)),
                ),
                toggle=key,
                data=e,
            )
        )
        if open_:
            paged(rows, key, e.mentions, expanded, _event_row, "mentions")
    if not t.events:
        rows.append(note("No dates mentioned in the text."))
    return rows


# --- syndication ---------------------------------------------------------------------

SYNDICATION_COLUMNS = (
    Column("", 10),
    Column("Outlet", 18),
    Column("Date", 10),
    Column("Shared", 6, right=True),
    Column("Title", 0),
)


def syndication_rows(report: CompareReport, _expanded: Expanded = NOTHING) -> list[Row]:
    """Each group of copies: the original first, then `← copy` rows with the share of text."""
    if not report.syndication:
        return [note("No republished copies: no two articles share most of their text.")]
    rows: list[Row] = []
    for g in report.syndication:
        if rows:
            rows.append(Row((), kind="note"))
        head = f"{plural(len(g.copies), 'copy')} · original chosen by {g.basis}"
        rows.append(Row((cell(head, "muted"),), kind="group", data=g))
        o = g.original
        rows.append(
            Row(
                (cell("original", "strong"), outlet_cell(o), day_cell(o), cell(), title_cell(o)),
                jump=Jump(o.id),
                data=o,
            )
        )
        for c in g.copies:
            a = c.article
            rows.append(
                Row(
                    (
                        cell("  ← copy", "muted"),
                        outlet_cell(a),
                        day_cell(a),
                        cell(f"{c.share:.0%}", "accent"),
                        title_cell(a),
                    ),
                    jump=Jump(a.id),
                    data=c,
                )
            )
    return rows


COLUMNS: dict[str, tuple[Column, ...]] = {
    "figures": FIGURE_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "sources": SOURCE_COLUMNS,
    "timeline": TIMELINE_COLUMNS,
    "syndication": SYNDICATION_COLUMNS,
}


def section_rows(section: str, data: CompareData, expanded: Expanded = NOTHING) -> list[Row]:
    """The rows of one section."""
    match section:
        case "figures":
            return figure_rows(data.report, expanded)
        case "quotes":
            return quote_rows(data.report, expanded)
        case "sources":
            return source_rows(data.report, expanded)
        case "timeline":
            return timeline_rows(data, expanded)
        case "syndication":
            return syndication_rows(data.report, expanded)
    raise ValueError(f"unknown section {section!r}")


def summary(report: CompareReport) -> list[Segment]:
    """`5 articles · 4 outlets · ≠ deaths 160 vs 225`, for the status line."""
    parts: list[Segment] = [
        (f"{plural(report.articles, 'article')} · {plural(len(report.outlets), 'outlet')}", "")
    ]
    disagree = report.disagreements
    if disagree:
        said = "; ".join(
            f"{g.measure} {' vs '.join(format_value(v) for v in g.values[:CLUSTERS_IN_HEADER])}"
            for g in disagree
        )
        parts += [(" · ", ""), (f"≠ {said}", "warning")]
    else:
        parts.append((" · no disagreeing figures", "muted"))
    return parts
