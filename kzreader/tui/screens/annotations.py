"""Every annotation of the open store, with its article: filter by tag, outlet, annotator.

The rows are read and joined with the corpus in a thread worker (again each
time the screen comes back, so tags added in the reader show up), listed in a
line-API `AnnotationRows`, and filtered by cycling a tag, outlet or annotator
(`t`, `o`, `a`; `x` clears). `enter` opens the reader on the passage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Static

from kzreader.compare.annotations import AnnotationRow, annotation_rows, facets, filter_rows
from kzreader.tui.keys import DEFAULT_KEYS, bindings, key_label, keys_for
from kzreader.tui.safe_text import displayable
from kzreader.tui.widgets.compare_rows import AnnotationRows, Cell, Column, Jump, Row, RowList, cell
from kzreader.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kzreader.model import Article

FACETS = ("tag", "outlet", "annotator")

COLUMNS = (
    Column("Tag", 10),
    Column("Outlet", 16),
    Column("Date", 10),
    Column("Annotator", 10, min_screen=100),
    Column("Passage", 0),
    Column("Note", 0, min_screen=120),
    Column("Status", 8, min_screen=100),
)


def passage_cell(row: AnnotationRow) -> Cell:
    text = " ".join(row.record.text.split()) or f"{row.record.start}–{row.record.end}"
    if row.record.status == "orphaned":
        return (("⚠ ", "warning"), (f"“{text}”", "muted"))
    return cell(f"“{text}”", "success")


def annotation_row(row: AnnotationRow) -> Row:
    """One annotation as a line of the view."""
    rec, art = row.record, row.article
    outlet: Cell = cell(row.outlet, "" if art else "muted")
    if art is not None and art.via:
        outlet = (*outlet, (f" via {art.via}", "muted"))
    status = rec.status or "anchored"
    return Row(
        (
            cell(rec.tag, "strong"),
            outlet,
            cell(art.day if art and art.day else "?", "" if art and art.day else "muted"),
            cell(rec.annotator or "?", "muted" if not rec.annotator else ""),
            passage_cell(row),
            cell(" ".join((rec.note or "").split()), "accent"),
            cell(status, "warning" if status == "orphaned" else "muted"),
        ),
        jump=Jump(rec.article_id, rec.start, rec.end),
        data=row,
    )


def key_of(binding_id: str, app: Any) -> str:
    """The key of a binding as the footer shows it (`c`), or "" when the binding is unknown."""
    if binding_id not in DEFAULT_KEYS:
        return ""
    return key_label(app, keys_for(binding_id, getattr(app, "keymap", {})))


class AnnotationsScreen(Screen[None]):
    """The corpus-wide annotations view; `escape` goes back."""

    BINDINGS = bindings(
        "annotations.tag",
        "annotations.outlet",
        "annotations.annotator",
        "annotations.clear",
        "annotations.back",
    )

    DEFAULT_CSS = """
    AnnotationsScreen #annotations-title, AnnotationsScreen #annotations-status {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    AnnotationsScreen #annotations-filters { height: 1; padding: 0 1; }
    AnnotationsScreen #annotations-empty {
        height: 1fr;
        margin: 1 2;
        padding: 1 2;
        border: round $primary 50%;
    }
    """

    def __init__(self, articles: Sequence[Article] | None = None) -> None:
        """`articles`: what to join the annotations with (default: the app's corpus)."""
        super().__init__(id="annotations")
        self._articles = articles
        self.all_rows: list[Row] = []
        self.filters: dict[str, str | None] = dict.fromkeys(FACETS)
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(Text("kzreader · annotations", style="bold"), id="annotations-title")
        yield Static(id="annotations-filters")
        yield AnnotationRows(COLUMNS, id="annotation-rows")
        yield Static(id="annotations-empty")
        yield Static(id="annotations-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#annotations-empty").display = False
        self._show_filters()
        self.rows_widget.focus()

    def on_screen_resume(self) -> None:
        self.load()

    @property
    def rows_widget(self) -> AnnotationRows:
        return self.query_one(AnnotationRows)

    @property
    def articles(self) -> Sequence[Article]:
        if self._articles is not None:
            return self._articles
        corpus = getattr(self.app, "corpus", None)
        return corpus.articles if corpus is not None else []

    def article(self, article_id: str) -> Article | None:
        if self._articles is None:
            corpus = getattr(self.app, "corpus", None)
            return corpus.by_id(article_id) if corpus is not None else None
        return next((a for a in self._articles if a.id == article_id), None)

    # loading ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="annotations")
    def load(self) -> None:
        """Read every annotation and join it with its article, off the UI thread."""
        store = getattr(self.app, "annotation_store", None)
        try:
            records = list(store.all()) if store is not None else []
            rows = [annotation_row(r) for r in annotation_rows(records, self.articles)]
        except Exception as exc:  # a store that fails to read is reported, never fatal
            self.app.call_from_thread(
                self.notify, f"{type(exc).__name__}: {exc}", title="Annotations", severity="error"
            )
            rows = []
        self.app.call_from_thread(self._loaded, rows)

    def _loaded(self, rows: list[Row]) -> None:
        if not self.is_attached:
            return
        self.all_rows = rows
        self.loaded = True
        present = facets(r.data for r in rows)  # type: ignore[misc]
        for facet in FACETS:  # a filter whose value is gone (annotation deleted) is dropped
            if self.filters[facet] is not None and self.filters[facet] not in present[facet]:
                self.filters[facet] = None
        self.refresh_rows(keep=True)

    # filtering --------------------------------------------------------------

    def selected(self, **override: str | None) -> list[AnnotationRow]:
        """Annotation rows matching the filters (with `override` in place of some)."""
        wanted = {**self.filters, **override}
        return filter_rows((r.data for r in self.all_rows), **wanted)  # type: ignore[misc]

    def refresh_rows(self, *, keep: bool = False) -> None:
        widget = self.rows_widget
        current = widget.current.data if keep and widget.current is not None else None
        chosen = {id(r) for r in self.selected()}
        rows = [r for r in self.all_rows if id(r.data) in chosen]
        at = next((i for i, r in enumerate(rows) if r.data is current), None)
        widget.show(rows, cursor=at)
        self._show_filters()
        self._show_empty(rows)
        articles = len({r.data.record.article_id for r in rows})  # type: ignore[attr-defined]
        orphans = sum(1 for r in rows if r.data.record.status == "orphaned")  # type: ignore[attr-defined]
        status: list[tuple[str, str]] = [
            (f"{len(rows):,} of {len(self.all_rows):,} annotations", ""),
            (f" · {articles:,} article{'s' if articles != 1 else ''}", ""),
        ]
        if orphans:
            status.append((f" · ⚠ {orphans} orphaned (passage not found again)", "$text-warning"))
        status.append(("   enter: open in the reader", "$text-muted"))
        self.query_one("#annotations-status", Static).update(Content.assemble(*status))

    def _show_filters(self) -> None:
        parts: list[tuple[str, str] | str] = [("Filters  ", "bold")]
        for facet, binding in zip(
            FACETS, ("annotations.tag", "annotations.outlet", "annotations.annotator"), strict=True
        ):
            value = self.filters[facet]
            parts.append((f"{facet} ", "$text-muted"))
            if value is None:
                parts.append(("any", "$text-muted italic"))
            else:
                parts.append((displayable(value), "bold $text-accent"))
            parts.append((f" ({key_of(binding, self.app)})   ", "$text-muted"))
        if any(self.filters.values()):
            parts.append((f"{key_of('annotations.clear', self.app)}: clear", "$text-muted"))
        self.query_one("#annotations-filters", Static).update(Content.assemble(*parts))

    def _show_empty(self, rows: list[Row]) -> None:
        empty = self.query_one("#annotations-empty", Static)
        widget = self.rows_widget
        if rows:
            empty.display = False
            widget.display = True
            return
        widget.display = False
        empty.display = True
        empty.update(self._empty_text())

    def _empty_text(self) -> Content:
        app = self.app
        if self.all_rows:
            return Content.assemble(
                ("No annotation matches these filters. ", "bold"),
                (f"Press {key_of('annotations.clear', app)} to clear them.", ""),
            )
        if getattr(app, "annotation_store", None) is None:
            why = getattr(app, "store_problem", "") or "no store is open"
            head = Content.assemble(("No annotation store: ", "bold"), (displayable(why), ""))
            tail = (
                "\n\nStart kzreader with a store (--store PATH, or KZREADER_STORE) "
                "to keep annotations."
            )
            return Content.assemble(head, (tail, ""))
        keys = [
            (key_of("reader.claim", app), "claim"),
            (key_of("reader.quote", app), "quote"),
            (key_of("reader.figure", app), "figure"),
            (key_of("reader.tag", app), "any tag"),
        ]
        tags = ", ".join(f"{k} ({what})" for k, what in keys if k)
        select = key_of("reader.select", app)
        how = [
            ("No annotations yet.\n\n", "bold"),
            (
                "To annotate, open an article from the library (enter), put the sentence "
                "cursor on a passage (j/k)",
                "",
            ),
            (f" or select a span ({select})" if select else "", ""),
            (f", then press {tags}." if tags else " and tag it.", ""),
            (
                "\n\nEvery annotation of the corpus is listed here, to filter by tag, outlet and "
                "annotator and to jump back to its passage.",
                "$text-muted",
            ),
        ]
        return Content.assemble(*how)

    def action_cycle(self, facet: str) -> None:
        """Next value of a filter (by name), after the last back to any."""
        if facet not in FACETS or not self.loaded:
            return
        others = {f: v for f, v in self.filters.items() if f != facet}
        base = filter_rows((r.data for r in self.all_rows), **others)  # type: ignore[misc]
        choices = sorted(facets(base)[facet], key=str.casefold)
        current = self.filters[facet]
        if current is None:
            value = choices[0] if choices else None
        else:
            at = next((i for i, c in enumerate(choices) if c.casefold() == current.casefold()), -1)
            value = choices[at + 1] if 0 <= at < len(choices) - 1 else None
        self.filters[facet] = value
        self.refresh_rows()

    def action_clear_filters(self) -> None:
        self.filters = dict.fromkeys(FACETS)
        self.refresh_rows()

    def action_back(self) -> None:
        self.app.pop_screen()

    # jumping ----------------------------------------------------------------

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        event.stop()
        row = event.row.data
        if not isinstance(row, AnnotationRow):
            return
        from kzreader.tui.screens.reader import ReaderScreen

        rec = row.record
        article = self.article(rec.article_id)
        if article is None:
            self.notify(
                f"article {rec.article_id} is not in the loaded corpus",
                title="Annotations",
                severity="warning",
            )
            return
        if rec.status == "orphaned":
            self.notify(
                "this annotation is orphaned: its passage was not found again in the "
                "text; showing where it was",
                title="Annotations",
                severity="warning",
            )
        size = len(article.text)
        start = max(0, min(rec.start, size))
        self.app.push_screen(ReaderScreen(article, span=(start, max(start, min(rec.end, size)))))

    def palette_actions(self) -> list[tuple[str, DOMNode]]:
        """(binding id, where its action runs) for the command palette."""
        rows = self.rows_widget
        return [
            ("annotations.open", rows),
            ("annotations.tag", self),
            ("annotations.outlet", self),
            ("annotations.annotator", self),
            ("annotations.clear", self),
            ("annotations.first", rows),
            ("annotations.last", rows),
            ("annotations.back", self),
        ]
