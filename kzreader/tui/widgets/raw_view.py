"""The raw article: every original line, with what the cleaner dropped dimmed and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from kzreader.model import LineTrace
from kzreader.tui.safe_text import displayable


def raw_text(trace: Sequence[LineTrace], fallback: str) -> Text:
    """Kept lines plain, dropped lines dim and struck through, each with its reason."""
    out = Text(end="")
    if not trace:
        out.append("(no line trace for this article: showing the cleaned text)\n\n", "italic")
        out.append(displayable(fallback))
        return out
    dropped = sum(1 for t in trace if not t.kept)
    out.append(f"{len(trace)} raw lines, {dropped} dropped by the cleaner\n\n", "italic")
    for n, t in enumerate(trace):
        if n:
            out.append("\n")
        line = displayable(t.line)
        if t.kept:
            out.append("  " + line)
        else:
            out.append("✗ " + line, "dim strike")
            out.append(f"  ⟨{displayable(t.reason or 'dropped')}⟩", "dim italic")
    return out


class RawView(VerticalScroll, can_focus=True):
    """Scrollable raw lines (`j`/`k` scroll)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]

    def __init__(self, trace: Sequence[LineTrace], fallback: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._content = raw_text(trace, fallback)

    def compose(self) -> ComposeResult:
        yield Static(self._content, id="raw-lines")
