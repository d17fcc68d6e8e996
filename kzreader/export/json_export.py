"""The JSON export: article metadata plus annotations (see annotations.schema.json)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from kzreader.export.selection import ExportGroup

SCHEMA_ID = "kzreader-annotations/1"


def compact_json(value: Any) -> str:
    """One-line JSON, UTF-8 text kept as is, without spaces (the fast C encoder)."""
    return _COMPACT.encode(value)


_COMPACT = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":"))


def export_document(groups: list[ExportGroup], exported: str) -> dict[str, Any]:
    """The export as a JSON-ready dict."""
    return {
        "schema": SCHEMA_ID,
        "exported": exported,
        "articles": [{**g.article, "annotations": g.annotations} for g in groups],
    }


def render_json(groups: list[ExportGroup], exported: str) -> str:
    """The JSON export, one article a line (compact, so the fast C encoder does the work)."""
    head = {"schema": SCHEMA_ID, "exported": exported}
    rows = [compact_json({**g.article, "annotations": g.annotations}) for g in groups]
    return json_object_with_list(head, "articles", rows)


def json_object_with_list(head: dict[str, Any], key: str, rows: list[str]) -> str:
    """`{...head, "key": [rows]}` with one already-encoded row a line."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    if head:
        opening += ", "
    if not rows:
        return f"{opening}{json.dumps(key)}: []}}\n"
    return f"{opening}{json.dumps(key)}: [\n" + ",\n".join(rows) + "\n]}\n"


def render_jsonl(groups: list[ExportGroup], exported: str) -> str:
    """One annotation a line, its article's metadata under `article`."""
    lines = []
    for group in groups:
        tail = ',"article":' + compact_json(group.article) + "}\n"
        lines.extend(compact_json(a)[:-1] + tail for a in group.annotations)
    return "".join(lines)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the JSON export, shipped with the package."""
    text = resources.files("kzreader.export").joinpath("annotations.schema.json").read_text()
    return json.loads(text)
