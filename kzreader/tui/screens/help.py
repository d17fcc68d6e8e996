"""`?`: every key of the reader, as currently bound (config overrides included)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from kzreader.tui.keys import DEFAULT_KEYS, KEY_SECTIONS, key_label, keys_for

EXTRA = {"Everywhere": [("ctrl+p", "Command palette: every action by name")]}


class HelpScreen(ModalScreen[None]):
    """Key tables by screen; any of escape, q or ? closes it."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,question_mark", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(self._tables(), id="help-keys")

    def _tables(self) -> Table:
        keymap = getattr(self.app, "keymap", {})
        outer = Table.grid(padding=(0, 4))
        outer.add_column()
        outer.add_column()
        tables = []
        for title, prefix in KEY_SECTIONS:
            table = Table(title=title, title_justify="left", box=None, show_header=False,
                          title_style="bold")
            table.add_column(style="bold", no_wrap=True)
            table.add_column()
            for binding_id, spec in DEFAULT_KEYS.items():
                if binding_id.startswith(prefix):
                    keys = key_label(self.app, keys_for(binding_id, keymap))
                    table.add_row(Text(keys), Text(spec.description))
            for keys, text in EXTRA.get(title, []):
                table.add_row(Text(key_label(self.app, keys)), Text(text))
            tables.append(table)
        tables.append(
            Text(
                'Keys can be changed in the config file:\n[keys] "reader.copy" = "c"'
                "  (see kzreader/tui/keys.py)",
                style="italic",
            )
        )
        for left in range(0, len(tables), 2):
            outer.add_row(*tables[left : left + 2])
        return outer

    def action_close(self) -> None:
        self.dismiss(None)
