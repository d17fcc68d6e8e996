"""The CSV export: one row per annotation, safe to open in a spreadsheet.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be
read as a formula by Excel/LibreOffice (CSV injection); such cells get a
leading `'`, which spreadsheets show as text.
"""

from __future__ import annotations

import csv
import io
import json

from kzreader.annotate.records import RECORD_KEYS
from kzreader.export.selection import ExportGroup

COLUMNS = (
    "id",
    "article_id",
    "outlet",
    "published",
    "title",
    "path",
    *(key for key in RECORD_KEYS if key not in ("id", "article_id", "text_hash")),
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """A text cell that cannot be taken for a formula; numbers pass as they are."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def render_csv(groups: list[ExportGroup], exported: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for group in groups:
        meta = group.article
        article_cells = {
            "outlet": meta["outlet"] or "",
            "published": meta["published"] or "",
            "title": meta["title"] or "",
            "path": meta["path"] or "",
        }
        for ann in group.annotations:
            row = {**ann, **article_cells}
            row["fact"] = json.dumps(ann["fact"], ensure_ascii=False) if ann["fact"] else ""
            writer.writerow([neutralise(row[c]) for c in COLUMNS])
    return out.getvalue()
