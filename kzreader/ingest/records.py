"""JSON and JSONL article records as scrapers (and trafilatura's JSON output) emit them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from kzreader.ingest.errors import LoadFailure

TEXT_KEYS: tuple[str, ...] = (
    "text", "content", "body", "article", "article_text", "article_body", "articleBody",
    "maintext", "full_text", "fulltext", "raw_text", "body_text", "text_content", "story",
    "isi", "konten", "isi_berita",
)  # fmt: skip
"""Where a record keeps its body, in order of preference (keys compared ignoring case, `_`, `-`)."""

FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "judul", "heading"),
    "date": ("date", "published", "published_at", "pubDate", "datePublished", "date_publish",
             "publish_date", "published_date", "date_published", "published_time",
             "publication_date", "pub_date", "time", "datetime", "timestamp", "created_at",
             "created", "tanggal", "waktu", "tanggal_terbit", "tgl_terbit", "waktu_terbit",
             "terbit", "diterbitkan", "tanggal_publikasi", "tanggal_tayang", "tayang"),
    "url": ("url", "link", "href", "canonical", "canonical_url", "permalink", "source_url",
            "article_url", "source"),
    "author": ("author", "authors", "byline", "creator", "writer", "author_name", "penulis",
               "reporter", "wartawan"),
    "outlet": ("outlet", "source-hostname", "sitename", "site_name", "site", "publisher",
               "media", "source_name", "source", "hostname", "domain", "portal", "outlet_name",
               "media_name", "website", "news_site"),
    "section": ("section", "category", "categories", "kanal", "rubrik", "rubric", "channel"),
    "language": ("language", "lang", "inLanguage", "locale"),
}  # fmt: skip
"""Our field name → the keys scrapers use for it, in order of preference (compared ignoring
case, `_` and `-`: `pubDate`, `pub_date` and `PubDate` are one key). A key may serve two fields
(`source` is a URL when it starts with `http`, else the outlet's name)."""

CONTAINER_KEYS: tuple[str, ...] = ("articles", "items", "records", "data", "results", "docs")
"""A top-level object holding its records in a list under one of these keys."""

FIELD_STEMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "hed"),
    "author": ("author", "byline", "writer"),
    "date": ("date", "published", "pubtime", "time"),
    "outlet": ("site", "publisher", "outlet"),
    "section": ("section", "category"),
}
"""For keys no table above names (`hed`, `byline_str`, `pubDateUtc`): a key containing one of
these stems serves the field, if its value is short enough to be metadata."""
STEM_VALUE_MAX = 160
NOT_PUBLISHED_STEMS: tuple[str, ...] = (
    "crawl", "scrape", "fetch", "retriev", "download", "harvest", "collect", "access",
    "ingest", "index", "diambil", "diunduh", "dikumpulkan", "dirayapi",
)  # fmt: skip
"""Keys holding when the scraper read the page (`crawled_at`, `scrape_date`,
`diambil_pada`): never the publication date, even when a date stem matches."""

BLOCK_TEXT_KEYS: tuple[str, ...] = (
    "text", "content", "body", "value", "html", "paragraph", "p", "v",
)  # fmt: skip
"""Where a body block (an item of a list of blocks) keeps its text; failing these, its
longest string value."""
BLOCK_TYPE_KEYS: tuple[str, ...] = ("type", "kind", "blocktype", "block_type", "t")
"""Where a body block says what it is."""
SKIP_BLOCK_TYPES: tuple[str, ...] = (
    "ad", "advert", "advertisement", "cta", "promo", "related", "newsletter", "pullquote",
    "pull_quote", "embed", "social", "share", "subscribe", "image", "caption", "bio",
)  # fmt: skip
"""Body blocks of these types are page furniture, not article text."""
MIN_BODY_WORDS = 30
"""Found by guessing (no known text key), a body must be at least this long to be an article."""

_MARKUP = re.compile(r"</?(?:p|div|br|h[1-6]|li|span|a|strong|em|b|i)\b[^>]*>", re.IGNORECASE)
_BLOCK = re.compile(r"<(?:br\s*/?|/p|/div|/h[1-6]|/li)\s*>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_FIGURE = re.compile(
    r"<figure\b.*?</figure\s*>|<figcaption\b.*?</figcaption\s*>", re.IGNORECASE | re.DOTALL
)


def _as_text(value: Any) -> str | None:
    """A field value as one string: lists joined with `; `, objects by their `name`."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    if isinstance(value, list):
        parts = [t for t in (_as_text(v) for v in value) if t]
        return "; ".join(parts) or None
    return None


def _key(key: str) -> str:
    return _NON_ALNUM.sub("", key.lower())


_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_TEXT_KEYS = tuple(dict.fromkeys(_key(k) for k in TEXT_KEYS))
_FIELD_KEYS = {name: tuple(dict.fromkeys(map(_key, keys))) for name, keys in FIELD_KEYS.items()}
_BLOCK_TEXT_KEYS = tuple(map(_key, BLOCK_TEXT_KEYS))
_BLOCK_TYPE_KEYS = tuple(map(_key, BLOCK_TYPE_KEYS))
_SKIP_BLOCK_TYPES = frozenset(map(_key, SKIP_BLOCK_TYPES))


def _keyed(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its keys normalised (the first spelling of a key wins)."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(key, str):
            out.setdefault(_key(key), value)
    return out


def _unmarkup(text: str) -> str:
    if _MARKUP.search(text):  # some scrapers keep the article's HTML
        import html

        if "<fig" in text:  # a photo and its caption (`Foto: Akorda via REUTERS`) are no body
            text = _FIGURE.sub("\n", text)
        text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", text)))
    return text


def _body(record: dict[str, Any]) -> str | None:
    keyed = _keyed(record)
    for key in _TEXT_KEYS:
        text = keyed.get(key)
        if isinstance(text, str) and text.strip():
            return _unmarkup(text)
    return _guessed_body(record)


def _block_text(block: Any) -> str | None:
    """The text of one body block: a string, or an object's text field unless it is furniture."""
    if isinstance(block, str):
        return block.strip() or None
    if not isinstance(block, dict):
        return None
    keyed = _keyed(block)
    type_key = next((k for k in _BLOCK_TYPE_KEYS if isinstance(keyed.get(k), str)), None)
    if type_key is not None and _key(keyed[type_key]) in _SKIP_BLOCK_TYPES:
        return None
    for key in _BLOCK_TEXT_KEYS:
        if isinstance(keyed.get(key), str) and keyed[key].strip():
            return keyed[key].strip()
    texts = [v for k, v in keyed.items() if k != type_key and isinstance(v, str)]
    return max(texts, key=len, default="").strip() or None


def _guessed_body(record: dict[str, Any]) -> str | None:
    """No known text key: the longest prose string, or a list of text blocks, whichever is
    longer, provided it is long enough to be an article."""
    candidates: list[str] = []
    for value in record.values():
        if isinstance(value, str):
            candidates.append(value)
        elif isinstance(value, list):
            blocks = [t for t in map(_block_text, value) if t]
            if blocks:
                candidates.append("\n\n".join(blocks))
    best = max(candidates, key=lambda t: t.count(" "), default="")
    if best.count(" ") + 1 < MIN_BODY_WORDS:
        return None
    return _unmarkup(best)


def record_fields(record: dict[str, Any]) -> dict[str, str]:
    """The metadata a record carries, under our field names."""
    record = _keyed(record)
    fields: dict[str, str] = {}
    for name, keys in _FIELD_KEYS.items():
        for key in keys:
            value = _as_text(record.get(key))
            if not value:
                continue
            is_url = value.startswith(("http://", "https://"))
            if name == "url" and not is_url:
                continue
            if name == "outlet" and is_url and key == "source":
                continue
            fields[name] = value
            break
    for name, stems in FIELD_STEMS.items():
        if name in fields:
            continue
        for key, raw in record.items():
            value = _as_text(raw)
            if value and len(value) <= STEM_VALUE_MAX and any(stem in key for stem in stems) and (
                name != "date" or not any(stem in key for stem in NOT_PUBLISHED_STEMS)
            ):
                fields[name] = value
                break
    host = _as_text(record.get("hostname"))
    if host:
        fields["hostname"] = host
    return fields


ENVELOPE_DEPTH = 3
"""How deep inside an API envelope (`{"status": 200, "data": {"article": {...}}}`) a
record is looked for."""


def _has_text_key(record: dict[str, Any]) -> bool:
    return any(_key(k) in _TEXT_KEYS for k in record if isinstance(k, str))


def _enveloped(data: dict[str, Any], depth: int) -> list[dict[str, Any]]:
    """Records (objects with a known text key, or lists of them) nested in `data`."""
    found: list[dict[str, Any]] = []
    for value in data.values():
        if isinstance(value, dict):
            if _has_text_key(value):
                found.append(value)
            elif depth > 1:
                found += _enveloped(value, depth - 1)
        elif isinstance(value, list) and value and all(
            isinstance(v, dict) and _has_text_key(v) for v in value
        ):
            found += value
    return found


def _records(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        if _has_text_key(data):
            yield data
            return
        for key in CONTAINER_KEYS:
            if isinstance(data.get(key), list) and all(isinstance(r, dict) for r in data[key]):
                yield from data[key]
                return
        if inner := _enveloped(data, ENVELOPE_DEPTH):  # an API's envelope around its record
            yield from inner
            return
        yield data  # one record in a shape we have no table for: `_body` guesses
    elif isinstance(data, list):
        yield from (r for r in data if isinstance(r, dict))


def _articles(records: Iterable[dict[str, Any]]) -> list[tuple[str, dict[str, str]]]:
    out = [(body, record_fields(r)) for r in records if (body := _body(r)) is not None]
    if not out:
        raise LoadFailure("JSON holds no article records")
    return out


def parse_json(text: str) -> list[tuple[str, dict[str, str]]]:
    """A `.json` file: one record, a list of records, or `{"articles": [...]}`.

    A file that is really JSON Lines (one object a line) is read as such.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return parse_jsonl(text)
        raise LoadFailure(f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
    return _articles(_records(data))


def parse_jsonl(text: str) -> list[tuple[str, dict[str, str]]]:
    """A `.jsonl` file: one record a line.

    A line that is not valid JSON is skipped and the good lines still load; each
    article from the file then carries `fields["warning"]` naming the bad lines.
    Only when no line parses is the whole file refused.
    """
    records: list[dict[str, Any]] = []
    bad: list[int] = []
    first_error = ""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append(number)
            first_error = first_error or f"line {number}: {exc.msg}"
            continue
        records.extend(_records(value))
    if bad and not records:
        raise LoadFailure(f"not valid JSON: {first_error}")
    articles = _articles(records)
    if bad:
        warning = "skipped invalid JSON on line " + ", ".join(map(str, bad))
        for _, fields in articles:
            fields["warning"] = warning
    return articles
