"""Small modal prompts: a line of text (custom tag, note) and the export path and format."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, RadioButton, RadioSet

from kzreader.tui.safe_text import displayable

EXPORT_FORMATS = ("json", "jsonl", "csv", "w3c")
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "w3c": ".jsonld"}


class TextPrompt(ModalScreen[str | None]):
    """One line of text; `enter` answers it, `escape` cancels (None).

    With `suggestions`, the input completes from them (`right` accepts the suggestion).
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]  # noqa: RUF012

    def __init__(
        self,
        title: str,
        *,
        value: str = "",
        placeholder: str = "",
        suggestions: Sequence[str] = (),
        hint: str = "enter: save · esc: cancel",
        allow_empty: bool = False,
    ) -> None:
        super().__init__(classes="prompt")
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.suggestions = list(suggestions)
        self.hint = hint
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        suggester = (
            SuggestFromList(self.suggestions, case_sensitive=False) if self.suggestions else None
        )
        with Vertical(id="dialog"):
            yield Label(displayable(self.title_text), markup=False)
            yield Input(self.value, placeholder=self.placeholder, suggester=suggester,
                        id="prompt-input")
            yield Label(self.hint, classes="prompt-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if value or self.allow_empty:
            self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportPrompt(ModalScreen[tuple[Path, str] | None]):
    """Where to export and in which format; `enter` in the path exports, `escape` cancels."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "submit", "Export", priority=True),
    ]

    def __init__(self, path: str = "kzreader-annotations.json", fmt: str = "json") -> None:
        super().__init__(classes="prompt")
        self.path = path
        self.fmt = fmt if fmt in EXPORT_FORMATS else "json"

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Export annotations to", markup=False)
            yield Input(self.path, placeholder="path of the file to write", id="export-path")
            with RadioSet(id="export-formats"):
                for fmt in EXPORT_FORMATS:
                    yield RadioButton(fmt, value=fmt == self.fmt, id=f"format-{fmt}")
            yield Label("enter: export · tab, then arrows and space: format · esc: cancel",
                        classes="prompt-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @property
    def chosen_format(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return str(pressed.label) if pressed is not None else self.fmt

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Follow the format in the file name while it still has a known extension."""
        fmt = str(event.pressed.label)
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.suffix in EXTENSIONS.values():
            path_input.value = str(path.with_suffix(EXTENSIONS[fmt]))

    def action_submit(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if value:
            self.dismiss((Path(value).expanduser(), self.chosen_format))
        else:
            self.notify("Give a file to write", severity="warning")

    def action_cancel(self) -> None:
        self.dismiss(None)
