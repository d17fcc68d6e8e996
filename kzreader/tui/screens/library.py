"""The library: every article by date and outlet, with search and filters."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Input, ProgressBar, Static

from kzreader.model import Article, ArticleSummary, LoadError
from kzreader.tui.keys import bindings
from kzreader.tui.library_index import LibraryIndex, LibraryQuery
from kzreader.tui.safe_text import displayable
from kzreader.tui.widgets.article_table import ArticleTable
from kzreader.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kzreader.tui.app import KzreaderApp

PROGRESS_INTERVAL = 0.05
"""Seconds between progress updates posted from the loading thread."""

PREVIEW_PAINT_WAIT = 1.0
"""At most this many seconds the full load waits for the previewed rows to paint."""


class LibraryScreen(Screen[None]):
    """Opens first: the article list, a search line, filters and a status line."""

    app: KzreaderApp

    # `/` is a priority binding: it runs as the key arrives, so the keys typed right
    # after it (a fast typist, a paste) already go to the search line; non-priority
    # bindings run only after those keys have been sent on to the list
    BINDINGS = bindings("library.search", priority=True) + bindings(
        "library.outlet",
        "library.dates",
        "library.sort",
        "library.group",
        "library.clear",
        "library.compare",
        "library.annotations",
    )

    def __init__(self) -> None:
        super().__init__(id="library")
        self.query_state = LibraryQuery()
        self.index: LibraryIndex | None = None
        self.previewing = False
        """Rows come from the parse cache's summaries; the full articles are on their way."""
        self._open_when_loaded: tuple[str, str] | None = None  # (id, path) asked for meanwhile

    def compose(self) -> ComposeResult:
        yield Static(Text("kzreader · library", style="bold"), id="title-bar")
        yield Input(placeholder="Search titles, text and speakers…", id="search")
        yield ArticleTable(id="articles")
        with Horizontal(id="loading"):
            yield Static("Reading articles…", id="loading-label")
            yield ProgressBar(id="progress", show_eta=False)
        yield Static(id="errors")
        yield Static(id="status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#search").display = False
        self.query_one("#errors").display = False
        self.query_one(ArticleTable).focus()
        if self.app.corpus is not None:
            self.query_one("#loading").display = False
            self._show_corpus()
            return
        ready = self.app.preview_if_ready()  # read ahead by a child: rows in the first frame
        if ready:
            self._previewed(ready, threading.Event())
            # decoding the full corpus holds the GIL for long stretches: paint first
            self.call_after_refresh(self.load)
        else:
            self.load()

    # loading ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Parse the corpus off the UI thread, posting progress now and then."""
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL or done == total:
                last = now
                self.app.call_from_thread(self._progress, done, total)

        preview = self.app.preview()
        if preview:
            painted = threading.Event()
            self.app.call_from_thread(self._previewed, preview, painted)
            # decoding the full corpus holds the GIL for long stretches: paint the rows first
            painted.wait(PREVIEW_PAINT_WAIT)
        try:
            corpus = self.app.load(progress)
        except Exception as exc:  # a loader bug must not take the screen down
            self.app.call_from_thread(self._load_failed, f"{type(exc).__name__}: {exc}")
            return
        self.app.call_from_thread(self._loaded, corpus)

    def _progress(self, done: int, total: int) -> None:
        bar = self.query_one(ProgressBar)
        if self.previewing and 0 < done < total:
            bar.display = True  # some files were not in the cache: they are being parsed
        bar.update(total=total, progress=done)

    def _previewed(self, summaries: Sequence[ArticleSummary], painted: threading.Event) -> None:
        """List the cached summaries now; search covers titles and authors until the
        full articles arrive (`_loaded`), and opening one waits for them."""
        if self.app.corpus is not None:
            painted.set()
            return
        self.previewing = True
        self.index = LibraryIndex(summaries)
        self.query_one("#loading-label", Static).update("Reading article text…")
        self.query_one(ProgressBar).display = False  # animating it would slow the reading
        self.refresh_rows()
        self.call_after_refresh(painted.set)

    def _loaded(self, corpus: object) -> None:
        self.app.corpus = corpus  # type: ignore[assignment]
        self.previewing = False
        self.query_one("#loading").display = False
        self._show_corpus()
        if (wanted := self._open_when_loaded) is not None:
            self._open_when_loaded = None
            found = [a for a in self.app.corpus.articles if (a.id, a.path) == wanted]
            if found:
                self._open(found[0])

    def _load_failed(self, reason: str) -> None:
        self.query_one("#loading").display = False
        self._show_errors([LoadError("(corpus)", reason)])
        self.notify(reason, title="Could not load the corpus", severity="error")

    def _show_corpus(self) -> None:
        corpus = self.app.corpus
        assert corpus is not None
        self.index = LibraryIndex(corpus.articles)
        # the corpus lives as long as the app: keep the collector from rescanning
        # its millions of objects (pauses of 50 ms and more while keys are pressed)
        gc.freeze()
        self._show_errors(corpus.errors, getattr(corpus, "warnings", []))
        self.refresh_rows()
        # the rows paint first; then the background work (it competes for the GIL)
        self.call_after_refresh(self._after_first_rows)

    def _after_first_rows(self) -> None:
        self.prepare_search()
        self.app.corpus_loaded()

    def on_screen_resume(self) -> None:
        """Back from the reader: annotation counts may have changed."""
        self.refresh_annotations()

    def refresh_annotations(self) -> None:
        """Re-read the annotation counts and repaint the rows."""
        self.app.refresh_counts()
        self.refresh_rows()

    @work(thread=True, exclusive=True, group="search-index")
    def prepare_search(self) -> None:
        """Build the search text in the background so the first `/` answers at once."""
        if self.index is not None:
            self.index.prepare_search()

    def _show_errors(
        self, errors: Sequence[LoadError], warnings: Sequence[LoadError] = ()
    ) -> None:
        widget = self.query_one("#errors", Static)
        if not errors and not warnings:
            widget.display = False
            return
        text = Text()
        for title, problems in (("Unreadable files", errors), ("Loaded with warnings", warnings)):
            if problems:
                text.append(("\n" if text else "") + f"{title} ({len(problems)}):", style="bold")
                for problem in problems:
                    text.append("\n  " + displayable(str(problem)))
        widget.update(text)
        widget.display = True

    # rows -------------------------------------------------------------------

    def refresh_rows(self) -> None:
        """Re-select rows for the current query and repaint list and status."""
        if self.index is None:
            return
        rows = self.index.select(self.query_state)
        table = self.query_one(ArticleTable)
        table.show(self.index.articles, self.index.dates, rows, self.app.annotation_counts)
        status = Text(self.index.summary(rows))
        status.append(" · " + displayable(self.query_state.describe()), style="dim")
        if self.previewing and self.query_state.search:
            status.append(" · titles and authors only until the text has loaded", style="dim")
        if self.index.has_inferred_dates:
            status.append(" · ~ date inferred from the body", style="dim italic")
        self.query_one("#status", Static).update(status, layout=False)

    def _set(self, **changes: object) -> None:
        self.query_state = replace(self.query_state, **changes)  # type: ignore[arg-type]
        self.refresh_rows()

    # actions ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # typed into the search itself, the key is text there
        return not (action == "search" and self.focused is self.query_one("#search", Input))

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        self.set_focus(search)  # now, not after this message as `focus()` would

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            self._set(search=event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            if not event.value:
                event.input.display = False
            self.query_one(ArticleTable).focus()

    def action_clear_filters(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus or self.query_state.search:
            search.value = ""
            search.display = False
            self.query_one(ArticleTable).focus()
            self._set(search="")
        else:
            self._set(outlets=frozenset(), date_from="", date_to="")

    def action_sort(self) -> None:
        self._set(sort=self.query_state.next_sort().sort)

    def action_group(self) -> None:
        self._set(group=not self.query_state.group)

    def action_filter_outlet(self) -> None:
        if self.index is None:
            return

        def chosen(outlets: frozenset[str] | None) -> None:
            if outlets is not None:
                self._set(outlets=outlets)

        from kzreader.tui.screens.filters import OutletFilterScreen  # loads when first used

        self.app.push_screen(
            OutletFilterScreen(self.index.outlet_counts(), self.query_state.outlets), chosen
        )

    def action_filter_dates(self) -> None:
        if self.index is None:
            return

        def chosen(span: tuple[str, str] | None) -> None:
            if span is not None:
                self._set(date_from=span[0], date_to=span[1])

        days = sorted(d[:10] for d in self.index.dates if d)
        corpus_span = f"{days[0]} – {days[-1]}" if days else "no dates"
        q = self.query_state
        from kzreader.tui.screens.filters import DateRangeScreen

        self.app.push_screen(DateRangeScreen(q.date_from, q.date_to, corpus_span), chosen)

    def on_article_table_opened(self, event: ArticleTable.Opened) -> None:
        if self.previewing:
            self._open_when_loaded = (event.article.id, event.article.path)
            self.notify("Still reading the article text: it opens when ready.",
                        title="Loading", timeout=3)
            return
        self._open(event.article)

    def _open(self, article: Article) -> None:
        from kzreader.tui.screens.reader import ReaderScreen

        self.app.push_screen(ReaderScreen(article))

    def action_compare(self) -> None:
        from kzreader.tui.screens.compare import CompareScreen

        if self.app.corpus is None:
            self.notify("The corpus is still loading.", title="Compare", timeout=3)
            return
        self.app.push_screen(CompareScreen(self.app.corpus.articles))

    def action_annotations(self) -> None:
        from kzreader.tui.screens.annotations import AnnotationsScreen

        self.app.push_screen(AnnotationsScreen())

    def palette_actions(self) -> list[tuple[str, DOMNode]]:
        """(binding id, where its action runs) for the command palette."""
        table = self.query_one(ArticleTable)
        return [
            ("library.open", table),
            ("library.search", self),
            ("library.outlet", self),
            ("library.dates", self),
            ("library.sort", self),
            ("library.group", self),
            ("library.clear", self),
            ("library.compare", self),
            ("library.annotations", self),
            ("library.first", table),
            ("library.last", table),
        ]

