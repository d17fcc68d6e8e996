"""KzreaderApp: wires the corpus, the settings and the screens; `run_app` for the CLI."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from textual.app import App
from textual.screen import Screen

from kzreader.tui.commands import ScreenCommands
from kzreader.tui.keys import Settings, bindings, load_settings
from kzreader.tui.screens.help import HelpScreen
from kzreader.tui.screens.library import LibraryScreen

Progress = Callable[[int, int], None]
Loader = Callable[..., Any]
"""`loader(paths or None, progress=callback) -> Corpus`, as `kzreader.corpus.load_corpus`."""


def default_loader(paths: Sequence[str | Path] | None, *, progress: Progress) -> Any:
    from kzreader.corpus import load_corpus

    return load_corpus(paths, progress=progress)


class KzreaderApp(App[None]):
    """The terminal reader. Give it a `corpus` (tests) or paths to load in a worker."""

    CSS_PATH = Path(__file__).with_name("kzreader.tcss")
    TITLE = "kzreader"
    BINDINGS = bindings("app.help") + bindings("app.quit", priority=True)
    COMMANDS = App.COMMANDS | {ScreenCommands}

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        *,
        corpus: Any | None = None,
        loader: Loader | None = None,
        annotation_counts: Mapping[str, int] | None = None,
        settings: Settings | None = None,
        store: str | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths or [])
        self.corpus = corpus
        self.loader = loader or default_loader
        self.annotation_counts: Mapping[str, int] = annotation_counts or {}
        self.settings = settings if settings is not None else load_settings()
        self.keymap: dict[str, str] = dict(self.settings.keymap)
        self.store = store

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

    def load(self, progress: Progress) -> Any:
        """Load the corpus from `paths` (the bundled one when empty). Runs in a thread."""
        return self.loader(self.paths or None, progress=progress)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def run_app(paths: list[str], *, store: str | None = None) -> int:
    """Open the reader on `paths` (none: the bundled corpus); the process exit code."""
    app = KzreaderApp(paths, store=store)
    app.run()
    return app.return_code or 0
