"""Export in one call, for the CLI and for a TUI worker.

text = export_annotations(store, corpus.articles, "w3c", ExportFilter(tags=frozenset({"claim"})))
summary = write_export(store, corpus.articles, Path("out.json"), "json")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kzreader.annotate.atomic import atomic_write
from kzreader.annotate.records import utc_now
from kzreader.annotate.store import AnnotationStore
from kzreader.export.csv_export import render_csv
from kzreader.export.filters import ExportFilter
from kzreader.export.json_export import render_json, render_jsonl
from kzreader.export.selection import ExportGroup, select
from kzreader.export.w3c import render_w3c
from kzreader.gc_pause import paused_gc
from kzreader.model import Article

Renderer = Callable[[list[ExportGroup], str], str]

FORMATS: dict[str, Renderer] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "csv": render_csv,
    "w3c": render_w3c,
}


class ExportError(Exception):
    """The export could not be written (one line naming the file and why)."""


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote: the text, how many annotations, over how many articles."""

    text: str
    annotations: int
    articles: int


def render_export(
    store: AnnotationStore,
    articles: Iterable[Article],
    fmt: str = "json",
    filters: ExportFilter | None = None,
) -> ExportSummary:
    """The export text in `fmt` (json | jsonl | csv | w3c) and its counts."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    with paused_gc():
        groups = select(store, articles, filters)
        text = FORMATS[fmt](groups, utc_now())
    return ExportSummary(text, sum(len(g.annotations) for g in groups), len(groups))


def export_annotations(
    store: AnnotationStore,
    articles: Iterable[Article],
    fmt: str = "json",
    filters: ExportFilter | None = None,
) -> str:
    """The export as text."""
    return render_export(store, articles, fmt, filters).text


def write_export(
    store: AnnotationStore,
    articles: Iterable[Article],
    path: str | Path,
    fmt: str = "json",
    filters: ExportFilter | None = None,
) -> ExportSummary:
    """Write the export to `path` atomically (an existing file is replaced whole or not at all)."""
    summary = render_export(store, articles, fmt, filters)
    target = Path(path)
    try:
        atomic_write(target, summary.text.encode("utf-8"))
    except OSError as exc:
        raise ExportError(f"{target}: cannot write the export ({exc.strerror})") from exc
    return summary
