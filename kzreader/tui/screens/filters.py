"""Modal prompts for the library filters: outlets and a date range."""

from __future__ import annotations

import re
from collections import Counter

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, SelectionList
from textual.widgets.selection_list import Selection

from kzreader.tui.safe_text import displayable

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class OutletFilterScreen(ModalScreen[frozenset[str] | None]):
    """Tick outlets with space, apply with enter; none ticked shows every outlet."""

    BINDINGS = [  # noqa: RUF012 - textual merges class bindings
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "apply", "Apply", priority=True),
        Binding("a", "clear", "All outlets"),
    ]

    def __init__(self, counts: Counter[str], selected: frozenset[str]) -> None:
        super().__init__(classes="prompt")
        self.counts = counts
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Outlets  (space: tick · enter: apply · a: all · esc: cancel)")
            yield SelectionList[str](
                *(
                    Selection(Text(f"{displayable(name)} ({n})"), name, name in self.selected)
                    for name, n in sorted(self.counts.items(), key=lambda kv: kv[0].lower())
                ),
                id="outlets",
            )

    def action_apply(self) -> None:
        self.dismiss(frozenset(self.query_one(SelectionList).selected))

    def action_clear(self) -> None:
        self.dismiss(frozenset())

    def action_cancel(self) -> None:
        self.dismiss(None)


class DateRangeScreen(ModalScreen[tuple[str, str] | None]):
    """Two dates (`YYYY-MM-DD`, either may be empty) bounding the publication day."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]  # noqa: RUF012

    def __init__(self, date_from: str, date_to: str, span: str) -> None:
        super().__init__(classes="prompt")
        self.initial = (date_from, date_to)
        self.span = span

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Published between (YYYY-MM-DD; empty = open). Corpus: {self.span}")
            with Horizontal(id="date-fields"):
                yield Input(self.initial[0], placeholder="from", id="date-from")
                yield Input(self.initial[1], placeholder="to", id="date-to")
            yield Label("", id="date-error")
            with Horizontal(id="date-buttons"):
                yield Button("Apply", variant="primary", id="apply")
                yield Button("Clear", id="clear")

    def _apply(self) -> None:
        values = [self.query_one(f"#date-{n}", Input).value.strip() for n in ("from", "to")]
        bad = [v for v in values if v and not DAY.match(v)]
        if bad:
            self.query_one("#date-error", Label).update(Text(f"Not a date: {bad[0]}"))
            return
        self.dismiss((values[0], values[1]))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "date-from":
            self.query_one("#date-to", Input).focus()
        else:
            self._apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "clear":
            self.dismiss(("", ""))
        else:
            self._apply()

    def action_cancel(self) -> None:
        self.dismiss(None)
