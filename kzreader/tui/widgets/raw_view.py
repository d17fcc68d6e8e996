"""The raw article: every original line, with what the cleaner dropped dimmed and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich._wrap import divide_line
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

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


class RawView(ScrollView, can_focus=True):
    """Scrollable raw lines (`j`/`k` scroll), rendered line by line.

    The text is built on first paint (the reader opens on the cleaned text) and
    wrapped once per width as Textual wraps a `Static`; only visible lines are
    rendered, so toggling to a long article's trace costs a screenful.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]

    DEFAULT_CSS = """
    RawView { height: 1fr; }
    """

    def __init__(self, trace: Sequence[LineTrace], fallback: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._trace = trace
        self._fallback = fallback
        self._content: Text | None = None
        self._lines: list[Text] = []
        self._wrapped: list[tuple[int, int, int, bool]] = []  # (line, start, end, last)
        self._wrapped_width = -1
        self._strips: dict[int, Strip] = {}  # rendered rows at this width and base style
        self._strips_style: Style | None = None

    @property
    def content(self) -> Text:
        """Everything the view shows, unwrapped."""
        if self._content is None:
            self._content = raw_text(self._trace, self._fallback)
            self._lines = list(self._content.split("\n", allow_blank=True))
            for line in self._lines:
                if "\t" in line.plain:
                    line.expand_tabs(8)
        return self._content

    def _wrap(self, width: int) -> None:
        if width == self._wrapped_width:
            return
        self.content  # noqa: B018 - built on first use
        self._wrapped_width = width
        wrapped: list[tuple[int, int, int, bool]] = []
        for n, line in enumerate(self._lines):
            plain = line.plain
            cuts = [0, *divide_line(plain, width, fold=True), len(plain)]
            last = len(cuts) - 2
            wrapped.extend((n, cuts[k], cuts[k + 1], k == last) for k in range(last + 1))
        self._wrapped = wrapped
        self.virtual_size = Size(width, len(wrapped))

    def on_resize(self, _event: events.Resize) -> None:
        self._wrap(self.scrollable_content_region.width)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width != self._wrapped_width:
            self._strips.clear()
        self._wrap(width)
        base = self.rich_style
        if base != self._strips_style:  # theme or focus changed the colours
            self._strips.clear()
            self._strips_style = base
        row = round(self.scroll_offset.y) + y
        if row >= len(self._wrapped):
            return Strip.blank(width, base)
        if (cached := self._strips.get(row)) is None:
            cached = self._strips[row] = self._render_row(row, width, base)
        return cached

    def _render_row(self, row: int, width: int, base: Style) -> Strip:
        n, start, end, last = self._wrapped[row]
        line = self._lines[n][start:end]
        if not last:
            line.rstrip()
        line.rstrip_end(width)
        line.end = ""
        line.no_wrap = True
        line.stylize_before(base)
        return Strip(line.render(self.app.console)).adjust_cell_length(width, base)
