"""The facts panel's content as plain entries (headless): headings and fact lines.

Figures with value, qualifier, unit and measure; quotes grouped by speaker;
dates as a timeline in date order; sources; entities grouped by type. Each
line that points into the text carries its span so the reader can jump to it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kzreader.model import Article, DateMention, Entity, Fact, Figure, Quote, RelativeDate

QUALIFIER_SIGNS = {
    "approx": "≈",
    "more_than": ">",
    "less_than": "<",
    "at_least": "≥",
    "at_most": "≤",
}


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """One line of the facts panel. `span` is None for headings and plain notes."""

    label: str
    kind: str  # heading | speaker | figure | quote | date | relative_date | source | entity | note
    span: tuple[int, int] | None = None
    detail: str = ""


def _number(value: float | int) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def figure_label(fig: Figure) -> tuple[str, str]:
    """(`≈ 2,500 pasukan`, `troops · approx`) for a figure."""
    sign = QUALIFIER_SIGNS.get(fig.qualifier or "", "")
    main = " ".join(p for p in (sign, _number(fig.value), fig.unit or "") if p)
    detail = " · ".join(p for p in (fig.measure, fig.qualifier) if p)
    return main, detail


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def outline(article: Article) -> list[OutlineEntry]:
    """Every entry of the panel, section by section; empty sections say so."""
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for fact in sorted(article.facts, key=lambda f: (f.start, f.end)):
        by_kind[fact.kind].append(fact)
    out: list[OutlineEntry] = []
    out += _figures(by_kind["figure"])
    out += _quotes(by_kind["quote"])
    out += _dates(by_kind["date"] + by_kind["relative_date"])
    out += _sources(article, by_kind["source"])
    out += _entities(by_kind["entity"])
    return out


def _heading(name: str, count: int) -> OutlineEntry:
    return OutlineEntry(f"{name} ({count})", "heading")


def _figures(figures: list[Fact]) -> list[OutlineEntry]:
    out = [_heading("Figures", len(figures))]
    for fig in figures:
        assert isinstance(fig, Figure)
        main, detail = figure_label(fig)
        out.append(OutlineEntry(main, "figure", (fig.start, fig.end), detail))
    return out


def _quotes(quotes: list[Fact]) -> list[OutlineEntry]:
    out = [_heading("Quotes", len(quotes))]
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        assert isinstance(q, Quote)
        by_speaker[q.speaker or "(unattributed)"].append(q)
    for speaker, said in sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        first = (said[0].start, said[0].end)
        out.append(OutlineEntry(f"{speaker} ({len(said)})", "speaker", first))
        out += [OutlineEntry(f"“{_clip(q.text)}”", "quote", (q.start, q.end)) for q in said]
    return out


def _dates(dates: list[Fact]) -> list[OutlineEntry]:
    out = [_heading("Dates", len(dates))]

    def key(f: Fact) -> tuple[str, int]:
        value = f.value if isinstance(f, DateMention | RelativeDate) else None
        return (value or "~", f.start)

    previous = None
    for f in sorted(dates, key=key):
        value = key(f)[0]
        day = value if value != "~" else "????-??-??"
        marker = "│" if day == previous else "●"
        shown = day if day != previous else " " * len(day)
        kind = "relative_date" if isinstance(f, RelativeDate) else "date"
        out.append(OutlineEntry(f"{shown} {marker} {_clip(f.text, 40)}", kind, (f.start, f.end)))
        previous = day
    return out


def _sources(article: Article, cites: list[Fact]) -> list[OutlineEntry]:
    names = {getattr(c, "name", c.text) for c in cites}
    out = [_heading("Sources", len(names | set(article.sources)))]
    seen: set[str] = set()
    for c in cites:
        name = getattr(c, "name", c.text)
        if name not in seen:
            seen.add(name)
            detail = _clip(c.text, 40) if c.text != name else ""
            out.append(OutlineEntry(name, "source", (c.start, c.end), detail))
    out += [OutlineEntry(s, "note") for s in article.sources if s not in seen]
    return out


def _entities(entities: list[Fact]) -> list[OutlineEntry]:
    groups: dict[str, dict[str, list[Entity]]] = defaultdict(lambda: defaultdict(list))
    for e in entities:
        assert isinstance(e, Entity)
        groups[e.type][e.name].append(e)
    out = [_heading("Entities", sum(len(names) for names in groups.values()))]
    for etype in sorted(groups):
        for name, mentions in sorted(groups[etype].items()):
            first = mentions[0]
            detail = " · ".join(p for p in (etype, first.role, f"×{len(mentions)}") if p)
            out.append(OutlineEntry(name, "entity", (first.start, first.end), detail))
    return out
