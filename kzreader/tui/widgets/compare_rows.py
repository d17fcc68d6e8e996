"""A list of rows painted line by line, for the compare and annotations screens.

Like the library's `ArticleTable`, a line-API `ScrollView` renders only the
rows on screen, so a section with 20,000 figure mentions scrolls as fast as
one with five. A row is data: cells made of `(text, role)` segments, where the
role names a component class (`muted`, `warning`, `c0` …) so colours follow
the theme; article text only ever reaches the screen as `rich.text.Text`
built from plain strings (never markup), through `displayable`.

Selectable rows carry a `Jump` (open the article at a passage) or a `toggle`
key (expand or collapse what is under them); `enter` posts `Chosen`.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable
from kzreader.tui.widgets.row_list import Column, RowListBehaviour

Segment = tuple[str, str]
"""`(text, role)`: plain text and the component role that colours it ("" for none)."""

Cell = tuple[Segment, ...]

ROLES = ("muted", "warning", "strong", "accent", "success", "c0", "c1", "c2", "c3", "c4", "c5")
"""Roles a segment may name; `c0`…`c5` are the outlet colours of the timeline."""


def cell(text: str = "", role: str = "") -> Cell:
    """A cell of one segment."""
    return ((text, role),)


@dataclass(frozen=True, slots=True)
class Jump:
    """Where a row leads: an article, and the passage to put the cursor on (if any)."""

    article_id: str
    start: int | None = None
    end: int | None = None

    @property
    def span(self) -> tuple[int, int] | None:
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Row:
    """One line. `kind`: `item` (in columns), `group` or `note` (one cell across the width)."""

    cells: tuple[Cell, ...]
    kind: str = "item"
    jump: Jump | None = None
    toggle: Hashable | None = None
    flag: bool = False  # a disagreement: `n` jumps to the next flagged row
    data: object = None  # what the row stands for (a mention, an annotation row …)

    @property
    def selectable(self) -> bool:
        return self.jump is not None or self.toggle is not None

    @property
    def plain(self) -> str:
        """The row's text, cells separated by ` | ` (for tests and search)."""
        return " | ".join("".join(t for t, _ in c) for c in self.cells)


def layout_columns(columns: Sequence[Column], width: int) -> list[tuple[int, Column, int]]:
    """The columns shown at `width` cells: (index, column, width), one space between."""
    shown = [(i, c) for i, c in enumerate(columns) if width >= c.min_screen]
    fixed = sum(c.width for _, c in shown)
    flexible = [c for _, c in shown if not c.width]
    spare = max(0, width - fixed - (len(shown) - 1))
    each = max(8, spare // len(flexible)) if flexible else 0
    return [(i, c, c.width or each) for i, c in shown]


class RowList(RowListBehaviour, ScrollView, can_focus=True):
    """Rows under an optional header line; a cursor moves over the selectable ones."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--header",
        "row-list--cursor",
        "row-list--group",
        "row-list--note",
        *(f"row-list--{role}" for role in ROLES),
    }

    DEFAULT_CSS = """
    RowList { height: 1fr; padding: 0 1; overflow-x: hidden; }
    RowList > .row-list--header { background: $panel; color: $text-primary; text-style: bold; }
    RowList > .row-list--cursor {
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
    }
    RowList:focus > .row-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    RowList > .row-list--group { text-style: bold; color: $text-secondary; }
    RowList > .row-list--note { color: $text-muted; text-style: italic; }
    RowList > .row-list--muted { color: $text-muted; }
    RowList > .row-list--warning { color: $text-warning; text-style: bold; }
    RowList > .row-list--strong { text-style: bold; }
    RowList > .row-list--accent { color: $text-accent; }
    RowList > .row-list--success { color: $text-success; }
    /* outlet colours (Tableau 10: told apart on light and dark backgrounds) */
    RowList > .row-list--c0 { color: #4e79a7; }
    RowList > .row-list--c1 { color: #f28e2b; }
    RowList > .row-list--c2 { color: #59a14f; }
    RowList > .row-list--c3 { color: #e15759; }
    RowList > .row-list--c4 { color: #b07aa1; }
    RowList > .row-list--c5 { color: #76b7b2; }
    """

    class Chosen(Message):
        """`enter` on a selectable row."""

        def __init__(self, rows: RowList, row: Row) -> None:
            super().__init__()
            self.rows = rows
            self.row = row

        @property
        def control(self) -> RowList:
            return self.rows

    def __init__(self, columns: Sequence[Column] = (), *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: tuple[Column, ...] = tuple(columns)
        self.rows: list[Row] = []
        self.cursor = 0
        self._strips: dict[tuple[int, bool], Strip] = {}
        self._strips_width = 0

    # data -------------------------------------------------------------------

    @property
    def header_lines(self) -> int:
        return 1 if any(c.title for c in self.columns) else 0

    def show(
        self, rows: list[Row], *, keep: Hashable | None = None, cursor: int | None = None
    ) -> None:
        """Replace the rows. The cursor goes to the row whose `toggle` is `keep`, else to
        the selectable row at or after `cursor`, else to the first selectable row (top)."""
        self.rows = rows
        self._strips.clear()
        selectable = [i for i, r in enumerate(rows) if r.selectable]
        self.cursor = selectable[0] if selectable else 0
        stay = keep is not None or cursor is not None
        if keep is not None:
            self.cursor = next((i for i in selectable if rows[i].toggle == keep), self.cursor)
        elif cursor is not None:
            self.cursor = next((i for i in selectable if i >= cursor), self.cursor)
        self.virtual_size = Size(self.size.width, len(rows) + self.header_lines)
        if not stay:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()

    @property
    def current(self) -> Row | None:
        if 0 <= self.cursor < len(self.rows) and self.rows[self.cursor].selectable:
            return self.rows[self.cursor]
        return None

    def move_to(self, index: int) -> None:
        """Put the cursor on row `index` (a selectable one)."""
        if 0 <= index < len(self.rows) and self.rows[index].selectable:
            self.cursor = index
            self._strips.clear()
            self._scroll_to_cursor()
            self.refresh()

    # movement ---------------------------------------------------------------

    def _selectable(self, index: int) -> bool:
        return self.rows[index].selectable

    def _move(self, delta: int) -> bool:
        if super()._move(delta):
            return True
        first = next((i for i, r in enumerate(self.rows) if r.selectable), 0)
        if delta < 0 and self.cursor <= first:
            self.scroll_to(y=0, animate=False, immediate=True)  # show the group above
        return False

    def _scroll_to_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - self.header_lines)
        top = round(self.scroll_offset.y)
        # keep the group line above the cursor in view when there is room
        above = self.cursor - 1
        if 0 <= above < top and not self.rows[above].selectable:
            self.scroll_to(y=above, animate=False, immediate=True)
        elif self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False, immediate=True)

    def action_first(self) -> None:
        super().action_first()
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_choose(self) -> None:
        if (row := self.current) is not None:
            self.post_message(self.Chosen(self, row))

    def action_next_flagged(self) -> None:
        """To the next flagged row (a disagreement), wrapping around."""
        n = len(self.rows)
        for step in range(1, n + 1):
            i = (self.cursor + step) % n
            row = self.rows[i]
            if row.flag and row.selectable:
                self.move_to(i)
                return
        self.app.bell()

    async def _on_click(self, event: events.Click) -> None:
        pos = round(self.scroll_offset.y) + event.y - self.header_lines
        if event.y >= self.header_lines and 0 <= pos < len(self.rows) and self.rows[pos].selectable:
            self.move_to(pos)
            if event.chain >= 2:
                self.action_choose()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows) + self.header_lines)
        self._scroll_to_cursor()

    # painting ---------------------------------------------------------------

    def line_text(self, index: int, width: int = 120) -> str:
        """Row `index` as painted at `width` (for tests)."""
        return self._row_text(self.rows[index], width).plain

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if width != self._strips_width or len(self._strips) > 2000:
            self._strips.clear()
            self._strips_width = width
        if y < self.header_lines:
            line = self._header(width)
            key = None
        else:
            pos = round(self.scroll_offset.y) + y - self.header_lines
            if pos >= len(self.rows):
                return Strip.blank(width, base)
            key = (pos, pos == self.cursor)
            if (cached := self._strips.get(key)) is not None:
                return cached
            line = self._row_text(self.rows[pos], width)
            if pos == self.cursor and self.rows[pos].selectable:
                line.stylize(self.get_component_rich_style("row-list--cursor"))
        line.stylize_before(base)
        strip = Strip(line.render(self.app.console)).adjust_cell_length(width, base)
        if key is not None:
            self._strips[key] = strip
        return strip

    def _role(self, role: str) -> Style:
        return self.get_component_rich_style(f"row-list--{role}") if role else Style()

    def _cell_text(self, c: Cell) -> Text:
        text = Text(end="", no_wrap=True)
        for chunk, role in c:
            text.append(displayable(chunk).replace("\n", " "), style=self._role(role))
        return text

    def _header(self, width: int) -> Text:
        cells = [((c.title, ""),) for c in self.columns]
        return self._join(cells, width, self.get_component_rich_style("row-list--header"))

    def _row_text(self, row: Row, width: int) -> Text:
        if row.kind in ("group", "note"):
            line = Text(end="", no_wrap=True, style=self._role_of_kind(row.kind))
            for n, c in enumerate(row.cells):
                if n:
                    line.append("  ")
                line.append_text(self._cell_text(c))
            line.truncate(width, overflow="ellipsis")
            return line
        return self._join(row.cells, width, Style())

    def _role_of_kind(self, kind: str) -> Style:
        return self.get_component_rich_style(f"row-list--{kind}")

    def _join(self, cells: Sequence[Cell], width: int, style: Style) -> Text:
        line = Text(style=style, end="", no_wrap=True)
        for n, (i, column, w) in enumerate(layout_columns(self.columns, width)):
            if n:
                line.append(" ")
            text = self._cell_text(cells[i]) if i < len(cells) else Text()
            if column.right:
                if text.cell_len > w:
                    text.truncate(w, overflow="ellipsis")
                text.pad_left(w - text.cell_len)
            else:
                text.truncate(w, overflow="ellipsis", pad=True)
            line.append_text(text)
        line.truncate(width, overflow="ellipsis")
        return line


class CompareRows(RowList):
    """The rows of one compare section."""

    BINDINGS = bindings(
        "compare.down",
        "compare.up",
        "compare.page_down",
        "compare.page_up",
        "compare.first",
        "compare.last",
        "compare.open",
    )


class AnnotationRows(RowList):
    """The rows of the annotations view."""

    BINDINGS = bindings(
        "annotations.down",
        "annotations.up",
        "annotations.page_down",
        "annotations.page_up",
        "annotations.first",
        "annotations.last",
        "annotations.open",
    )
