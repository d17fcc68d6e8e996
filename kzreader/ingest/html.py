"""Saved HTML pages: main text by trafilatura, metadata from the page's own tags."""

from __future__ import annotations

import html
import re

from kzreader.ingest.errors import LoadFailure

PAGE_FIELDS: dict[str, str] = {
    "title": "title", "author": "author", "url": "url", "outlet": "sitename",
    "hostname": "hostname", "date": "date",
}  # fmt: skip
"""Our field name → trafilatura's metadata attribute."""

MIN_WORDS = 15
"""Fewer words than this is navigation residue, not an article."""

META_AUTHOR = re.compile(
    r"""<meta[^>]+(?:name|property)=["'](?:author|article:author|dc\.creator)["'][^>]*>""",
    re.IGNORECASE,
)
META_DATE = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|"""
    r"""pubdate|publishdate|og:published_time|dc\.date)["'][^>]*>""",
    re.IGNORECASE,
)
META_SITE = re.compile(
    r"""<meta[^>]+(?:property|name)=["'](?:og:site_name|application-name)["'][^>]*>""",
    re.IGNORECASE,
)
JSONLD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{(?:[^{}]|\{[^{}]*\})*?"name"\s*:\s*"([^"]+)"')
"""JSON-LD `publisher.name`: the site's own name when no `<meta>` tag gives it."""
JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
CONTENT = re.compile(r"""content=["']([^"']+)["']""", re.IGNORECASE)
HTML_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", re.IGNORECASE)


def _meta(page: str, tag: re.Pattern[str]) -> str | None:
    """The `content` of the first `<meta>` tag matching `tag`."""
    for found in tag.findall(page):
        m = CONTENT.search(found)
        if m and m.group(1).strip():
            return html.unescape(m.group(1).strip())
    return None


def _published(page: str) -> str | None:
    """The full published timestamp the page states (trafilatura keeps only the day)."""
    stated = _meta(page, META_DATE)
    if stated:
        return stated
    m = JSONLD_DATE.search(page)
    return m.group(1).strip() if m else None


REL_AUTHOR = re.compile(
    r"""<a\b[^>]*\brel=["']?author\b[^>]*>(?P<name>[^<]{2,80})</a>""", re.IGNORECASE
)


def _byline_links(page: str) -> list[str]:
    """The names a byline links with `rel="author"` (`By <a rel=author>A</a> and <a …>B</a>`)."""
    if "author" not in page:
        return []
    names = (" ".join(html.unescape(m.group("name")).split()) for m in REL_AUTHOR.finditer(page))
    return list(dict.fromkeys(n for n in names if n))


_HEADLINE_END = re.compile(r"</h1\s*>", re.IGNORECASE)
_BODY_START = re.compile(r"<p[\s>]", re.IGNORECASE)
_BLOCK_END = re.compile(
    r"</(?:div|p|time|span|li|h\d|header|address|section|figcaption)\s*>|<br\s*/?>", re.IGNORECASE
)
_BARE_LABEL = re.compile(
    r"(?i)(?:penulis|reporter|pewarta|wartawan|oleh|by|writers?|authors?|editor|penyunting)\s*:?"
)
"""A credit label in a block of its own (`<h6>Penulis</h6>`), the names in the next block."""
HEADER_SPAN = 3000
"""How far below the headline a page's credit and date lines are looked for."""


def _header_lines(page: str) -> tuple[list[str], str | None]:
    """Authors and the date line printed between the `<h1>` headline and the first
    paragraph (`Penulis: <a>A</a> | Editor: …`, `<time>Jumat, 7 Januari 2022 16:20 WIB</time>`),
    which trafilatura leaves out when no `<meta>` tag repeats them."""
    from kzreader.ingest.lines import classify, normalise  # the text cleaner's own rules

    m = _HEADLINE_END.search(page)
    if m is None:
        return [], None
    end = _BODY_START.search(page, m.end(), m.end() + HEADER_SPAN)
    chunk = page[m.end() : end.start() if end else m.end() + HEADER_SPAN]
    authors: list[str] = []
    dated = None
    label = ""
    for raw in _BLOCK_END.sub("\n", chunk).split("\n"):
        line = normalise(raw)
        if label and line.kind != "blank":  # `<h6>Penulis</h6> <a>A</a>, <a>B</a>`
            line, label = normalise(f"{label}: {raw}"), ""
        elif line.kind != "blank" and _BARE_LABEL.fullmatch(line.text):
            label = line.text.rstrip(": ")
            continue
        line = classify(line)
        if line.kind == "byline" or line.kind == "date":
            authors += line.authors
        if line.kind == "date" and dated is None:
            dated = line.text
    return authors, dated


def extract_html(page: str) -> tuple[str, dict[str, str]]:
    """The article text of an HTML page, one paragraph a line, and its metadata."""
    import trafilatura  # slow to import: only HTML pages pay for it

    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_recall=True, deduplicate=False,
    )  # fmt: skip
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        raise LoadFailure("no article text found in HTML")
    fields: dict[str, str] = {}
    for name, attr in PAGE_FIELDS.items():
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            fields[name] = value.strip()
    categories = getattr(doc, "categories", None)
    if categories:
        fields["section"] = categories[0] if isinstance(categories, list) else str(categories)
    author = _meta(page, META_AUTHOR)
    if author and "author" not in fields and not author.startswith("http"):
        fields["author"] = author
    linked = _byline_links(page)
    if len(linked) > 1 and (not fields.get("author") or fields["author"] in linked):
        fields["author"] = "; ".join(linked)  # trafilatura keeps only the first of them
    site = _meta(page, META_SITE)
    if not site and '"publisher"' in page and (m := JSONLD_PUBLISHER.search(page)):
        site = html.unescape(m.group(1).strip())
    if site:  # the page's own name for its site beats trafilatura's guess
        fields["outlet"] = site
    stated = _published(page)
    credits, dated = _header_lines(page) if not stated or not fields.get("author") else ([], None)
    if stated:
        fields["date"] = stated
    elif dated:  # the header's date line states the time trafilatura's day leaves out
        fields["date"] = dated
    if credits and not fields.get("author"):
        fields["author"] = "; ".join(dict.fromkeys(credits))
    lang = HTML_LANG.search(page[:2000])
    if lang:
        fields["language"] = lang.group(1).lower()
    return text, fields
