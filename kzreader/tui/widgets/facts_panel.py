"""The facts beside the text: figures, quotes by speaker, a date timeline, sources, entities."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kzreader.tui.facts_outline import OutlineEntry
from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable

BULLET_KIND = {"relative_date": "date", "speaker": "quote"}


class FactsPanel(OptionList):
    """Outline entries as options; highlighting one shows it, `enter` jumps to it."""

    BINDINGS = bindings("reader.jump")

    class FactChosen(Message):
        """A fact was highlighted (`jump=False`) or chosen with enter (`jump=True`)."""

        def __init__(self, span: tuple[int, int], jump: bool) -> None:
            super().__init__()
            self.span = span
            self.jump = jump

    def __init__(self, entries: list[OutlineEntry], *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.entries = entries

    def paint(self, kind_styles: dict[str, Style]) -> None:
        """(Re)build the options with bullets in the text's highlight colours."""
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(self._option(n, e, kind_styles) for n, e in enumerate(self.entries))
        if highlighted is not None:
            self.highlighted = highlighted

    @staticmethod
    def _option(n: int, entry: OutlineEntry, kind_styles: dict[str, Style]) -> Option:
        if entry.kind == "heading":
            return Option(Text(entry.label, style="bold underline"), disabled=True)
        prompt = Text(no_wrap=True, overflow="ellipsis")
        if entry.kind == "note":
            prompt.append("  · " + displayable(entry.label), style="italic")
            return Option(prompt, id=f"f{n}", disabled=True)
        style = kind_styles.get(BULLET_KIND.get(entry.kind, entry.kind), Style())
        indent = "   " if entry.kind == "quote" else " "
        prompt.append(indent)
        prompt.append("" if entry.kind in ("date", "relative_date") else "■ ", style=style)
        label_style = Style(bold=True) if entry.kind == "speaker" else Style()
        prompt.append(displayable(entry.label), style=label_style)
        if entry.detail:
            prompt.append(f"  {displayable(entry.detail)}", style="dim")
        return Option(prompt, id=f"f{n}")

    @property
    def current_entry(self) -> OutlineEntry | None:
        """The highlighted entry, if any."""
        option = self.highlighted_option
        return self._entry(option) if option is not None else None

    def _entry(self, option: Option) -> OutlineEntry | None:
        if option.id and option.id.startswith("f"):
            return self.entries[int(option.id[1:])]
        return None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        entry = self._entry(event.option)
        if entry and entry.span:
            self.post_message(self.FactChosen(entry.span, jump=False))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self._entry(event.option)
        if entry and entry.span:
            self.post_message(self.FactChosen(entry.span, jump=True))
