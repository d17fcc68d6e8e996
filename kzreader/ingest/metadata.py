"""Metadata from the header, footer and fields: title, outlet, via, authors, dates …"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzreader.ingest import rules
from kzreader.ingest.credits import split_credits
from kzreader.ingest.dates import parse_field, parse_stated
from kzreader.ingest.layout import Layout, natural_case, outlet_token
from kzreader.ingest.lines import Line, _bare_name, junk_reason
from kzreader.ingest.outlets import name_key, outlet_table
from kzreader.lexicon import WEEKDAYS

_PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s*[•|,–-]\s+\S")
_SPLIT_AUTHORS = re.compile(r"\s*(?:;|,|&|\band\b|\bdan\b)\s*")
_LAYOUT_KINDS = frozenset({"date", "byline", "text", "stop", "source"})


@dataclass
class Meta:
    title: str | None = None
    outlet: str | None = None
    via: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    section: str | None = None
    dateline: str | None = None
    sources: list[str] = field(default_factory=list)


def _canonical(token: str | None) -> str | None:
    if not token:
        return None
    known = outlet_table().lookup(token)
    return known.name if known else None


def _site_name(fields: dict[str, str]) -> str | None:
    """The outlet a record or page says it comes from (`outlet`, `sitename`, host, url)."""
    for key in ("outlet", "hostname", "url"):
        value = fields.get(key)
        known = _canonical(value)
        if known:
            return known
    value = fields.get("outlet") or fields.get("hostname")
    if value:
        return re.sub(r"^www\.", "", value)
    return None


def _chrome_outlet(line: Line) -> str | None:
    """A header line that just names a site (`Dimensy.id`, `Kompas.com`, `detikNews`)."""
    text = line.text
    if line.words > 3:
        return None
    for candidate in (text, text.split(" ")[0]):
        named = _canonical(candidate)
        if named:
            return named
    if rules.DOMAIN_LIKE.match(text):
        return text
    return _masthead_link(line)


_SITE_ROOT = re.compile(r"^https?://[\w.-]+\.[a-z]{2,}/?$")


def _masthead_link(line: Line) -> str | None:
    """`[The Steppe Ledger](https://steppeledger.substack.com)`: a name linking to a site's
    home page, the masthead of a newsletter or blog export."""
    if len(line.links) != 1 or not _SITE_ROOT.match(line.links[0]) or line.kind != "text":
        return None
    text = line.text
    raw = line.raw.strip()
    if not (raw[0] == "[" and raw[-1] == ")") or not text[0].isupper():
        return None
    if name_key(text) in rules.SECTIONS:
        return None
    return text


_SOURCE_LABEL = re.compile(r"(?i)^(?:source|sumber|dari|from)\s*:\s*")


def _date_line_outlet(line: Line) -> str | None:
    """`CNN Indonesia | Minggu, …`, `Kompas.com - 12/01/2022`, `Source: Kompas.com, 7 Jan
    2022` (a pasted article's provenance note): the outlet on a date line."""
    text = _SOURCE_LABEL.sub("", line.text, count=1)
    head = re.split(r"\s*[|•–-]\s+|,\s*", text, maxsplit=1)[0]
    return _canonical(head)


def _copyright_holder(line: Line) -> str | None:
    """`Copyright (c) 2022. RFE/RL, Inc.`, `© 2022 BBC` → the outlet holding the copyright."""
    if not rules.COPYRIGHT_START.match(line.text):
        return None
    m = rules.COPYRIGHT.match(line.text)
    holder = m.group("holder") if m else ""
    if not holder:
        return None
    words = holder.split()
    for n in range(min(5, len(words)), 0, -1):
        named = _canonical(" ".join(words[:n]).strip(" .,"))
        if named:
            return named
    return None


def _field_authors(value: str) -> tuple[list[str], list[str]]:
    """A record's or page's author field: people, and outlets listed among them."""
    return split_credits(_SPLIT_AUTHORS.split(value))


def find_outlet(layout: Layout, fields: dict[str, str]) -> tuple[str | None, str | None]:
    """(outlet, via): who wrote it, and the site that republished it when that differs.

    A line saying where the article first appeared (`Artikel ini telah tayang di X`)
    names the outlet outright; datelines, bylines and layouts name who wrote it; the
    record's site, the page chrome and the copyright holder name the site carrying it.
    """
    original: list[str] = []
    origin: list[str] = []
    site: list[str] = []
    weak: list[str] = []
    table = outlet_table()
    for ln in layout.footer:
        if ln.original:
            named = _canonical(ln.original) or outlet_token(ln.original)
            if named:
                original.append(named)
    if layout.lead and layout.lead.outlet:
        origin.append(layout.lead.outlet)
    by_layout = table.by_layout
    for ln in layout.lines:
        if ln.byline_outlet:
            origin.append(ln.byline_outlet)
        kind = ln.kind
        if ln.links and kind in ("byline", "date"):
            origin += [o.name for href in ln.links if (o := table.by_host(href))]
        if ln.named:
            origin += [
                o.name for slug in ln.named if (o := table.lookup(slug) or table.by_slug(slug))
            ]
        if kind in _LAYOUT_KINDS and (o := by_layout(ln.text)):
            origin.append(o.name)
    if fields.get("author"):
        origin += _field_authors(fields["author"])[1]
    page_site = named = _site_name(fields)
    if named:
        site.append(named)
    for ln in layout.header:
        if ln.kind == "date":
            named = _date_line_outlet(ln)
        elif ln.kind in ("text", "junk"):
            named = _chrome_outlet(ln)
        else:
            named = None
        if named:
            site.append(named)
    site += [h for ln in layout.footer if ln.kind == "stop" and (h := _copyright_holder(ln))]
    if original:
        outlet = original[0]
        via = next((s for s in (*origin, *site) if s != outlet), None)
        return outlet, via
    if not origin and not site:
        weak = [o.name for ln in layout.footer for o in table.mentioned(ln.text)]
    if origin and page_site and _carries_wire(page_site, origin):
        return page_site, None
    outlet = (origin or site or weak or [None])[0]
    via = next((s for s in site if s != outlet), None) if origin else None
    return outlet, via


def _carries_wire(site: str, origin: list[str]) -> bool:
    """A newspaper's page running wire copy (`ALMATY, Jan 13 (Reuters) -` under a page whose
    metadata names Jakarta Globe): the page's own site, a known non-agency outlet, is the
    outlet, and the wire only a source, when nothing but agencies names the writer. An
    aggregator's page (Yahoo News) owns no story: it is only the `via`."""
    table = outlet_table()
    own = table.lookup(site)
    if own is None or own.agency or own.aggregator or own.name in origin:
        return False
    return all((o := table.lookup(name)) is not None and o.agency for name in origin)


def find_authors(layout: Layout, fields: dict[str, str]) -> list[str]:
    """Reporters and writers in natural case; editors are not authors."""
    names: list[str] = []
    if fields.get("author"):
        names = _field_authors(fields["author"])[0]
    if not names:
        for ln in layout.lines[: layout.start] + layout.footer:
            names += ln.authors
    if not names and not fields.get("author"):
        names = _name_near_date(layout)
    out: dict[str, str] = {}
    for name in names:
        clean = natural_case(" ".join(name.split()).strip(" .,"))
        clean = rules.HONORIFIC_PREFIX.sub("", clean)
        if clean and name_key(clean) not in out:
            out[name_key(clean)] = clean
    return list(out.values())


def _name_near_date(layout: Layout) -> list[str]:
    """`Hilman Syahputra` on a header line of its own a few lines from the date line:
    the byline of a page that prints the writer's name with no label."""
    header = layout.header
    dated = [i for i, ln in enumerate(header) if ln.kind == "date"]
    if not dated:
        return []
    near = [
        i for i, ln in enumerate(header)
        if ln.kind == "text" and ln.text != layout.title and min(abs(i - d) for d in dated) <= 4
        and _bare_name(ln.text)
        and all(name_key(w) not in rules.SECTIONS and not junk_reason(w) for w in ln.text.split())
    ]  # fmt: skip
    return [header[near[0]].text] if len(near) == 1 else []


def find_published(layout: Layout, fields: dict[str, str], language: str) -> str | None:
    """The stated publication date: the record's or page's field, else the header date line.

    A field that gives the day only takes the time from a header date line of that day."""
    zone = 7 if language == "id" else None
    stated = parse_field(fields["date"], default_zone=zone) if fields.get("date") else None
    if stated and len(stated) > len("2022-01-09"):
        return stated
    header = _header_published(layout, zone)
    if stated is None or (header and header[:10] == stated):
        return header
    return stated


def _header_published(layout: Layout, zone: int | None) -> str | None:
    """The publication date a header date line states (not an `updated` one)."""
    dated = [
        ln for ln in layout.header if ln.kind == "date" and not rules.SAVED_COPY.match(ln.text)
    ]
    dated.sort(key=lambda ln: (not rules.PUBLISHED_WORDS.search(ln.text),
                               bool(rules.UPDATED_WORDS.search(ln.text))))  # fmt: skip
    for ln in dated:
        updated = rules.UPDATED_WORDS.search(ln.text)
        if updated and not rules.PUBLISHED_WORDS.search(ln.text):
            first = rules.DATE_TEXT.search(ln.text)  # `13.01.2022 (diperbarui: …)` is published
            if first is None or updated.start() < first.start():
                continue
        stated = parse_stated(ln.text, default_zone=zone)
        if stated:
            return stated
    return None


def find_section(layout: Layout, fields: dict[str, str]) -> str | None:
    if fields.get("section"):
        return fields["section"].split(";")[0].strip()
    for ln in layout.header:
        if ln.kind == "text" and ln.words <= 3 and name_key(ln.text) in rules.SECTIONS:
            return ln.text
    return None


def find_dateline(layout: Layout) -> str | None:
    if layout.lead:
        return layout.lead.place
    for ln in layout.header:
        if ln.kind == "date":
            m = _PLACE_BEFORE_DATE.match(ln.text)
            place = m.group("place") if m else ""
            weekday = any(w.lower() in WEEKDAYS or w.isdigit() for w in place.split())
            genre = name_key(place) in rules.SECTIONS  # `Commentary | 10 February 2022`
            if place and not weekday and not genre and not outlet_token(place):
                return natural_case(place)
    return None


def find_sources(layout: Layout, outlet: str | None = None) -> list[str]:
    """Sources named by trailer lines the cleaner removes (`Sumber : Associated Press`).

    Generic credits (`news agencies`) and the article's own outlet are not sources.
    """
    out: list[str] = []
    for ln in layout.lines:
        for name in ln.sources:
            if name_key(name) in rules.GENERIC_SOURCES:
                continue
            canonical = _canonical(name) or natural_case(name.strip())
            if canonical not in out and canonical != outlet:
                out.append(canonical)
    return out


def read_metadata(layout: Layout, fields: dict[str, str], language: str) -> Meta:
    outlet, via = find_outlet(layout, fields)
    return Meta(
        title=layout.title,
        outlet=outlet,
        via=via,
        authors=find_authors(layout, fields),
        published=find_published(layout, fields, language),
        section=find_section(layout, fields),
        dateline=find_dateline(layout),
        sources=find_sources(layout, outlet),
    )
