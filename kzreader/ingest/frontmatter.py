"""YAML front matter of a Markdown export: the `---` block of `key: value` lines on top.

    ---
    title: "After the Unrest"
    date: 2022-02-10
    author: Dr. Jane Doe
    publisher: Steppe Policy Institute
    ---

The block is metadata, never body: `front_matter` reads the keys we know into record
fields (`title`, `date`, `author`, `outlet`, `section`, `language`), and
`front_matter_lines` says how many lines the block takes so the cleaner drops them.
Only a small YAML subset is read (scalars, `[a, b]` lists, `- item` lists); anything
else inside the block is ignored, and a block that does not look like one is no block.
"""

from __future__ import annotations

import re

MAX_LINES = 60
"""A front matter block closes within this many lines, or the `---` is something else."""

_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_ITEM = re.compile(r"^[ \t]+-[ \t]+(?P<value>.*?)[ \t]*$|^[ \t]+\S")
_FENCE = frozenset({"---"})
_CLOSE = frozenset({"---", "..."})

FIELD_KEYS: dict[str, str] = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "pubdate": "date", "published_at": "date",
    "date_published": "date", "publish_date": "date",
    "author": "author", "authors": "author", "by": "author", "byline": "author",
    "publisher": "outlet", "site": "outlet", "site_name": "outlet", "sitename": "outlet",
    "outlet": "outlet", "organization": "outlet", "organisation": "outlet",
    "section": "section", "category": "section", "categories": "section",
    "lang": "language", "language": "language",
    # a clipping service's header: `MEDIA: Kompas.com | TANGGAL: 07/01/2022`
    "media": "outlet", "tanggal": "date", "judul": "title", "penulis": "author",
}  # fmt: skip
"""Front matter key → our record field (the first key giving a field wins)."""


_HEADER_KEY = re.compile(
    r"^(?P<key>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*$"
)
"""A header field: `Title: …`, `Saved: 2022-01-20`, `Word count: 318`, `TANGGAL: 07/01/2022`."""
_HEADER_RULE = re.compile(r"^(?:-{3,}|={3,}|_{3,})$")


def _header_pairs(line: str) -> list[tuple[str, str]] | None:
    """The `Key: value` fields of one header line, several separated by ` | ` (a clipping
    service's `MEDIA: Kompas.com | TANGGAL: 07/01/2022`); None when a part is no field."""
    pairs = []
    for part in line.strip().split(" | "):
        m = _HEADER_KEY.match(part.strip())
        if not m:
            return None
        pairs.append((m.group("key").lower(), m.group("value")))
    return pairs


def _header_lines(lines: list[str]) -> int:
    """An export's or a clipping's header with no opening fence: `Key: value` lines on top
    (the first key a field we know, such as `Title:` or `MEDIA:`), closed by a rule (`---`,
    `=====`). How many lines the block takes, rule included; 0 when the text has none."""
    first = _header_pairs(lines[0])
    if not first or first[0][0] not in FIELD_KEYS:
        return 0
    keys = 0
    for i in range(min(len(lines), MAX_LINES)):
        line = lines[i].strip()
        if _HEADER_RULE.match(line):
            return i + 1 if keys >= 2 else 0
        if not line:
            continue
        pairs = _header_pairs(line)
        if pairs is None:
            return 0
        keys += len(pairs)
    return 0


def front_matter_lines(lines: list[str]) -> int:
    """How many of `lines` (from the top) a front matter block takes, fences included; 0
    when the text opens with none."""
    if not lines:
        return 0
    if lines[0].strip() not in _FENCE:
        return _header_lines(lines)
    keys = 0
    for i in range(1, min(len(lines), MAX_LINES)):
        line = lines[i].rstrip()
        if line.strip() in _CLOSE:
            return i + 1 if keys else 0
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if _KEY.match(line):
            keys += 1
        elif not _ITEM.match(line):
            return 0
    return 0


_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]")
"""A note app's link, `[[Name]]` or `[[Page|Name]]`: what it shows is the name."""


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return _WIKI_LINK.sub(r"\1", value).strip()


def front_matter(text: str) -> dict[str, str]:
    """Record fields from the front matter on top of `text` ({} when there is none)."""
    lines = text.split("\n", MAX_LINES)
    n = front_matter_lines(lines)
    if not n:
        return {}
    values: dict[str, list[str]] = {}
    if lines[0].strip() not in _FENCE:  # a header with no fence: one line, one or more fields
        for line in lines[: n - 1]:
            for key, value in _header_pairs(line) or ():
                values.setdefault(key, [_scalar(value)])
        return _fields(values)
    key = None
    for line in lines[1 : n - 1]:
        m = _KEY.match(line)
        if m:
            key = m.group("key").lower()
            value = _WIKI_LINK.sub(r"\1", (m.group("value") or "").strip())
            if value.startswith("[") and value.endswith("]"):
                values[key] = [_scalar(v) for v in value[1:-1].split(",") if _scalar(v)]
            else:
                values[key] = [_scalar(value)] if _scalar(value) else []
            continue
        item = _ITEM.match(line)
        if key is not None and item and item.group("value"):
            values.setdefault(key, []).append(_scalar(item.group("value")))
    return _fields(values)


def _fields(values: dict[str, list[str]]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, items in values.items():
        field = FIELD_KEYS.get(key)
        if field and items and field not in fields:
            fields[field] = "; ".join(items) if field == "author" else items[0]
    return fields
