"""KzreaderApp: wires the corpus, the settings and the screens; `run_app` for the CLI."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen

from kzreader.tui.commands import ScreenCommands
from kzreader.tui.keys import Settings, bindings, load_settings
from kzreader.tui.screens.library import LibraryScreen

if TYPE_CHECKING:  # imported when a store is opened: not on the reader's way to its first frame
    from kzreader.annotate import AnnotationStore

Progress = Callable[[int, int], None]
Loader = Callable[..., Any]
"""`loader(paths or None, progress=callback) -> Corpus`, as `kzreader.corpus.load_corpus`."""


PREVIEW_WAIT = 0.08
"""Seconds the first frame may wait for a preloader that is nearly done."""

Previewer = Callable[..., Sequence[Any]]
"""`previewer(paths or None) -> [ArticleSummary]`, as `kzreader.corpus.load_summaries`."""


def default_loader(paths: Sequence[str | Path] | None, *, progress: Progress) -> Any:
    from kzreader.corpus import load_corpus

    return load_corpus(paths, progress=progress)


def default_previewer(paths: Sequence[str | Path] | None) -> Sequence[Any]:
    from kzreader.corpus import load_summaries

    return load_summaries(paths)


class KzreaderApp(App[None]):
    """The terminal reader. Give it a `corpus` (tests) or paths to load in a worker."""

    CSS_PATH = Path(__file__).with_name("kzreader.tcss")
    TITLE = "kzreader"
    BINDINGS = (
        bindings("app.help", "app.export", "app.orphans") + bindings("app.quit", priority=True)
    )
    COMMANDS = App.COMMANDS | {ScreenCommands}

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        *,
        corpus: Any | None = None,
        loader: Loader | None = None,
        previewer: Previewer | None = None,
        annotation_counts: Mapping[str, int] | None = None,
        settings: Settings | None = None,
        store: str | Path | AnnotationStore | None = None,
        open_store: bool = True,
        defer_store: bool = False,
    ) -> None:
        """`store`: an open AnnotationStore, or where to open one (None: `KZREADER_STORE`,
        else ./annotations). `open_store=False` runs without annotations;
        `defer_store=True` opens it in a thread after the first frame (a large store
        takes a while), the Ann column filling in then.

        `previewer` lists what the parse cache already knows while `loader` reads
        the whole corpus (default: on with the default loader, off with another)."""
        super().__init__()
        self.paths = list(paths or [])
        self.corpus = corpus
        self.loader = loader or default_loader
        self.previewer = previewer or (default_previewer if loader is None else None)
        self.annotation_counts: Mapping[str, int] = annotation_counts or {}
        self.settings = settings if settings is not None else load_settings()
        self.keymap: dict[str, str] = dict(self.settings.keymap)
        injected = store if store is not None and not isinstance(store, str | Path) else None
        self.store = store if injected is None else injected.folder
        self.annotation_store: AnnotationStore | None = None
        self.store_problem = ""
        """Why there is no store (one line), shown when an annotation key is pressed."""
        self._owns_store = False
        self._store_pending = False
        self.export_path = "kzreader-annotations.json"
        self.export_format = "json"
        self._fixed_counts = annotation_counts is not None
        """Counts given by the caller are shown as they are (not read from the store)."""
        if injected is not None:
            self.annotation_store = injected
        elif not open_store:
            self.store_problem = "annotations are off"
        elif defer_store:
            self._store_pending = True
            self.store_problem = "the annotation store is still opening"
            return
        else:
            self.annotation_store, self.store_problem = _open_store(store)
            self._owns_store = self.annotation_store is not None
        self.refresh_counts()

    def get_default_screen(self) -> Screen:
        return LibraryScreen()

    def on_mount(self) -> None:
        self.set_keymap(self.keymap)
        problems = list(self.settings.problems)
        if self.settings.theme:
            if self.settings.theme in self.available_themes:
                self.theme = self.settings.theme
            else:
                problems.append(f"unknown theme {self.settings.theme!r}")
        for problem in problems:
            self.notify(problem, title="Config", severity="warning", timeout=10)
        if self._store_pending:
            self.call_after_refresh(self.open_store_later)
        else:
            self._announce_store()

    def _announce_store(self) -> None:
        """Say why there is no store, or what the store said when it opened."""
        store = self.annotation_store
        if store is None and self.store_problem and self.store_problem != "annotations are off":
            self.notify(self.store_problem, title="No annotation store", severity="error",
                        timeout=10)
        elif store is not None and store.notice:
            self.notify(store.notice, title="Annotations",
                        severity="warning" if store.read_only else "information", timeout=10)

    @work(thread=True, exclusive=True, group="store-open")
    def open_store_later(self) -> None:
        """`defer_store`: open the store off the UI thread, then hand it over."""
        store, problem = _open_store(self.store)
        try:
            self.call_from_thread(self._store_opened, store, problem)
        except RuntimeError:  # the app closed meanwhile
            if store is not None:
                store.close()

    def _store_opened(self, store: AnnotationStore | None, problem: str) -> None:
        self._store_pending = False
        self.annotation_store, self.store_problem = store, problem
        self._owns_store = store is not None
        self._announce_store()
        if store is None:
            return
        self.refresh_counts()
        refresh = getattr(self.screen, "refresh_annotations", None)
        if refresh is not None:
            refresh()
        self.corpus_loaded()  # re-anchor, if the corpus came first

    def on_unmount(self) -> None:
        self.close_store()

    def close_store(self) -> None:
        """Close the store if this app opened it (an injected store is the caller's)."""
        if self._owns_store and self.annotation_store is not None:
            self._owns_store = False
            self.annotation_store.close()

    # annotations ----------------------------------------------------------------

    def writable_store(self) -> AnnotationStore | None:
        """The store if it can take an edit; otherwise say why (notification) and None."""
        store = self.annotation_store
        if store is None:
            self.notify(f"no store: {self.store_problem}", title="Annotations",
                        severity="warning")
            return None
        if store.read_only:
            self.notify(store.notice or "the annotation store is open read-only",
                        title="Read-only: not changed", severity="warning")
            return None
        return store

    def refresh_counts(self) -> None:
        """Re-read the annotation count per article (the library's Ann column)."""
        if self.annotation_store is not None and not self._fixed_counts:
            self.annotation_counts = self.annotation_store.counts()

    def corpus_loaded(self) -> None:
        """The corpus is here: re-anchor the annotations against it, off the UI thread."""
        if self.annotation_store is not None and self.corpus is not None:
            self.sync_store()

    @work(thread=True, exclusive=True, group="store-sync")
    def sync_store(self) -> None:
        from kzreader.annotate import StoreError

        store, corpus = self.annotation_store, self.corpus
        if store is None or corpus is None:
            return
        try:
            report = store.sync(corpus.articles)
        except StoreError as exc:
            self.call_from_thread(self.notify, str(exc), title="Re-anchoring failed",
                                  severity="error")
            return
        self.call_from_thread(self._synced, report)

    def _synced(self, report: Any) -> None:
        if not (getattr(report, "moved", 0) or getattr(report, "orphaned", None)):
            return
        self.refresh_counts()
        if getattr(report, "orphaned", None):
            n = len(report.orphaned)
            self.notify(f"{n} annotation{'s' if n != 1 else ''} could not be found again in "
                        "changed articles (kept as orphaned; O lists them)",
                        title="Annotations", severity="warning", timeout=10)
        refresh = getattr(self.screen, "refresh_annotations", None)
        if refresh is not None:
            refresh()

    def action_export(self) -> None:
        store = self.annotation_store
        if store is None:
            self.notify(f"no store: {self.store_problem}", title="Export", severity="warning")
            return
        if self.corpus is None:
            self.notify("the corpus is still loading", title="Export", severity="warning")
            return

        def chosen(answer: tuple[Path, str] | None) -> None:
            if answer is not None:
                self.export_path, self.export_format = str(answer[0]), answer[1]
                self.export(answer[0], answer[1])

        from kzreader.tui.screens.prompts import ExportPrompt  # screens load when first used

        self.push_screen(ExportPrompt(self.export_path, self.export_format), chosen)

    @work(thread=True, exclusive=True, group="export")
    def export(self, path: Path, fmt: str) -> None:
        """Write the export in a thread; notify where and how many."""
        from kzreader.annotate import StoreError
        from kzreader.export.api import ExportError, write_export

        store, corpus = self.annotation_store, self.corpus
        if store is None or corpus is None:
            return
        try:
            summary = write_export(store, corpus.articles, path, fmt)
        except (ExportError, StoreError, OSError, ValueError) as exc:
            self.call_from_thread(self.notify, str(exc), title="Export failed", severity="error")
            return
        n = summary.annotations
        self.call_from_thread(
            self.notify,
            f"{n} annotation{'s' if n != 1 else ''} ({fmt}) → {path}",
            title="Exported",
        )

    def action_orphans(self) -> None:
        if self.annotation_store is None:
            self.notify(f"no store: {self.store_problem}", title="Orphans", severity="warning")
            return
        from kzreader.tui.screens.orphans import OrphansScreen

        if not isinstance(self.screen, OrphansScreen):
            self.push_screen(OrphansScreen())

    def palette_actions(self) -> list[tuple[str, DOMNode]]:
        """App-wide actions for the command palette (besides the screen's own)."""
        return [("app.export", self), ("app.orphans", self), ("app.help", self)]

    def load(self, progress: Progress) -> Any:
        """Load the corpus from `paths` (the bundled one when empty). Runs in a thread."""
        return self.loader(self.paths or None, progress=progress)

    def preview(self) -> Sequence[Any]:
        """Library rows the parse cache has at once (maybe none). Runs in a thread."""
        previewer, self.previewer = self.previewer, None  # once
        if previewer is None:
            return []
        try:
            return previewer(self.paths or None)
        except Exception:  # only a head start: the full load still runs and reports
            return []

    def preview_if_ready(self) -> Sequence[Any] | None:
        """`preview()` when a preloader has its rows waiting, or will within
        `PREVIEW_WAIT` (the first frame then has the rows); else None."""
        ready = getattr(self.previewer, "ready", None)
        if ready is None or not ready(PREVIEW_WAIT):
            return None
        return self.preview()

    def action_help(self) -> None:
        from kzreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def _open_store(where: str | Path | None) -> tuple[AnnotationStore | None, str]:
    """(the store, "") or (None, why it could not be opened, in one line)."""
    from kzreader.annotate import AnnotationStore, StoreError

    try:
        return AnnotationStore.open(where), ""
    except (StoreError, OSError) as exc:
        return None, (str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def run_app(
    paths: list[str],
    *,
    store: str | None = None,
    previewer: Previewer | None = None,
    cache: bool = True,
    jobs: int | None = None,
) -> int:
    """Open the reader on `paths` (none: the bundled corpus); the process exit code.

    `cache=False` parses everything afresh (and lists nothing from the cache first)."""

    def loader(paths: Sequence[str | Path] | None, *, progress: Progress) -> Any:
        from kzreader.corpus import load_corpus

        return load_corpus(paths, cache=cache, jobs=jobs, progress=progress)

    app = KzreaderApp(
        paths, store=store, loader=loader, defer_store=True,
        previewer=previewer or (default_previewer if cache else None),
    )
    try:
        app.run()
    finally:
        app.close_store()
    return app.return_code or 0
