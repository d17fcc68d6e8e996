"""Orphans: annotations whose passage could not be found again in their article's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable
from kzreader.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kzreader.tui.app import KzreaderApp


class OrphansScreen(Screen[None]):
    """Every orphaned annotation with its text, tag, note and article; never deleted here."""

    app: KzreaderApp

    BINDINGS = bindings("orphans.back")

    def __init__(self) -> None:
        super().__init__(id="orphans")

    def compose(self) -> ComposeResult:
        yield Static(Text("kzreader · orphaned annotations", style="bold"), id="title-bar")
        yield OptionList(id="orphans-list", markup=False)
        yield Static(id="status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.refresh_annotations()
        self.query_one(OptionList).focus()

    def refresh_annotations(self) -> None:
        store = self.app.annotation_store
        orphans = store.orphans() if store is not None else []
        titles = {}
        if self.app.corpus is not None:
            titles = {a.id: a.title or "(untitled)" for a in self.app.corpus.articles}
        listing = self.query_one(OptionList)
        listing.clear_options()
        for ann in orphans:
            prompt = Text()
            prompt.append(f" {displayable(ann.tag)} ", style="bold reverse")
            title = titles.get(ann.article_id, f"article {ann.article_id} (not in the corpus)")
            prompt.append(f"  {displayable(title)}", style="dim")
            prompt.append("\n  “" + displayable(ann.text) + "”")
            if ann.note:
                prompt.append("\n  ✎ " + displayable(ann.note), style="italic")
            listing.add_option(Option(prompt, id=f"o{ann.id}"))
        if not orphans:
            listing.add_option(Option(Text("No orphaned annotations: every one was found again.",
                                           style="dim italic"), disabled=True))
        n = len(orphans)
        self.query_one("#status", Static).update(
            Text(f"{n} orphaned annotation{'s' if n != 1 else ''} · kept, never deleted · "
                 "escape: back", style="dim")
        )

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_actions(self) -> list[tuple[str, DOMNode]]:
        return [("orphans.back", self)]
