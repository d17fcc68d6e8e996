"""The library list: one row per article, rendered line by line.

A line-API `ScrollView` (as Toolong does for logs) paints only the rows on
screen, so 10,000 articles open, sort and filter without building 10,000
widgets or cells. Rows are `rich.text.Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kzreader.tui.keys import bindings
from kzreader.tui.library_index import GroupHeader, Listed, Row, fact_columns, outlet_of
from kzreader.tui.safe_text import displayable
from kzreader.tui.widgets.row_list import Column, RowListBehaviour

COLUMNS = (
    Column("Date (WIB)", 17),
    Column("Outlet", 18),
    Column("Title", 0),
    Column("Author", 18, min_screen=110),
    Column("Fig", 3, right=True),
    Column("Quo", 3, right=True),
    Column("Dat", 3, right=True),
    Column("Ann", 3, right=True),
)


@lru_cache(maxsize=16)
def layout_columns(width: int) -> tuple[tuple[Column, int], ...]:
    """The columns shown at `width` cells, with their widths (one space between)."""
    shown = [c for c in COLUMNS if width >= c.min_screen]
    outlet_width = 26 if width >= 140 else 18 if width >= 110 else 12
    fixed = sum(outlet_width if c.title == "Outlet" else c.width for c in shown if c.width)
    flex = max(8, width - fixed - (len(shown) - 1))
    out = []
    for c in shown:
        w = c.width if c.width else flex
        out.append((c, outlet_width if c.title == "Outlet" else w))
    return tuple(out)


class ArticleTable(RowListBehaviour, ScrollView, can_focus=True):
    """Articles as rows with a fixed header line; a cursor picks one."""

    BINDINGS = bindings(
        "library.down",
        "library.up",
        "library.page_down",
        "library.page_up",
        "library.first",
        "library.last",
        "library.open",
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-table--header",
        "article-table--cursor",
        "article-table--group",
        "article-table--inferred",
        "article-table--muted",
    }

    DEFAULT_CSS = """
    ArticleTable { height: 1fr; overflow-x: hidden; }  /* rows are cut to the width */
    """

    class Opened(Message):
        """The user asked to read an article."""

        def __init__(self, article: Listed) -> None:
            super().__init__()
            self.article = article

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles: Sequence[Listed] = ()
        self.dates: Sequence[str] = ()
        self.rows: list[Row] = []
        self.annotation_counts: Mapping[str, int] = {}
        self.cursor = 0
        self._strips: dict[tuple[Row, bool], Strip] = {}  # (row, is cursor) at _strips_width
        self._strips_width = 0
        self._prefetching = False

    # data -------------------------------------------------------------------

    def show(
        self,
        articles: Sequence[Listed],
        dates: Sequence[str],
        rows: list[Row],
        annotation_counts: Mapping[str, int],
    ) -> None:
        """Replace the rows; the cursor stays on the same article when it is still shown."""
        current = self.current_article
        current_row = self.rows[self.cursor] if current is not None else None
        if (articles is not self.articles or dates is not self.dates
                or annotation_counts is not self.annotation_counts):
            self._strips.clear()  # rows are cached by article, not by position
        same_articles = articles is self.articles
        on_screen = self.cursor - round(self.scroll_offset.y)  # the cursor's line in view
        self.articles, self.dates, self.rows = articles, dates, rows
        self.annotation_counts = annotation_counts
        first = next((i for i, r in enumerate(rows) if isinstance(r, int)), None)
        self.cursor = first if first is not None else 0
        if current is not None:
            if same_articles:
                if current_row in rows:
                    self.cursor = rows.index(current_row)  # type: ignore[arg-type]
            else:
                # the same article, maybe as a new object (summary → full article)
                wanted = (current.id, current.path)
                for pos, row in enumerate(rows):
                    if isinstance(row, int) and (articles[row].id, articles[row].path) == wanted:
                        self.cursor = pos
                        break
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        # new objects for the same list (summaries → articles): the view does not jump
        top = max(0, self.cursor - on_screen) if current is not None and not same_articles else 0
        self.scroll_to(y=top, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()

    @property
    def current_article(self) -> Listed | None:
        if 0 <= self.cursor < len(self.rows):
            row = self.rows[self.cursor]
            if isinstance(row, int):
                return self.articles[row]
        return None

    # movement ---------------------------------------------------------------

    def _selectable(self, index: int) -> bool:
        return isinstance(self.rows[index], int)  # an article's index, not a group header

    def action_open(self) -> None:
        if (article := self.current_article) is not None:
            self.post_message(self.Opened(article))

    async def _on_click(self, event: events.Click) -> None:
        pos = round(self.scroll_offset.y) + event.y - 1
        if event.y >= 1 and 0 <= pos < len(self.rows) and isinstance(self.rows[pos], int):
            self.cursor = pos
            self.refresh()
            if event.chain >= 2:
                self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows) + 1)
        self._scroll_to_cursor()

    # painting ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            base = self.rich_style
            line = self._header(width)
            line.stylize_before(base)
            return Strip(line.render(self.app.console)).adjust_cell_length(width, base)
        pos = round(self.scroll_offset.y) + y - 1
        if pos >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        if width != self._strips_width or len(self._strips) > 2000:
            self._strips.clear()
            self._strips_width = width
        key = (self.rows[pos], pos == self.cursor)
        if (cached := self._strips.get(key)) is None:
            cached = self._strips[key] = self._row_strip(pos, width)
            if not self._prefetching:  # then the pages either side, once this frame is out
                self._prefetching = True
                self.call_after_refresh(self._prefetch)
        return cached

    def _row_strip(self, pos: int, width: int) -> Strip:
        base = self.rich_style
        row = self.rows[pos]
        if isinstance(row, GroupHeader):
            line = self._group_line(row, width)
        else:
            line = self._article_line(row, width)
            if pos == self.cursor:
                line.stylize(self.get_component_rich_style("article-table--cursor"))
        line.stylize_before(base)
        return Strip(line.render(self.app.console)).adjust_cell_length(width, base)

    def _prefetch(self) -> None:
        """Render the rows a page above and below the screen into the cache (paging is instant)."""
        self._prefetching = False
        width = self.scrollable_content_region.width
        if width != self._strips_width or not self.rows:
            return
        page = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_offset.y)
        for pos in (*range(top + page, top + 2 * page), *range(top - page, top)):
            if 0 <= pos < len(self.rows) and len(self._strips) < 2000:
                key = (self.rows[pos], pos == self.cursor)
                if key not in self._strips:
                    self._strips[key] = self._row_strip(pos, width)

    def _header(self, width: int) -> Text:
        style = self.get_component_rich_style("article-table--header")
        cells = [Text(c.title, justify="right" if c.right else "left") for c, _ in
                 layout_columns(width)]
        return self._join(cells, width, style)

    def _group_line(self, header: GroupHeader, width: int) -> Text:
        style = self.get_component_rich_style("article-table--group")
        label = Text(f"── {displayable(header.outlet)} ({header.count}) ", style=style)
        label.append("─" * max(0, width - label.cell_len), style=style)
        return label

    def _article_line(self, index: int, width: int) -> Text:
        article = self.articles[index]
        muted = self.get_component_rich_style("article-table--muted")
        counts = fact_columns(article, self.annotation_counts)
        cells: list[Text] = []
        for column, _ in layout_columns(width):
            match column.title:
                case "Date (WIB)":
                    cells.append(self._date_cell(index))
                case "Outlet":
                    cell = Text(displayable(outlet_of(article)))
                    if article.via:
                        cell.append(f" via {displayable(article.via)}", style=muted)
                    cells.append(cell)
                case "Title":
                    cells.append(Text(displayable(article.title or "(untitled)")))
                case "Author":
                    cells.append(Text(displayable(", ".join(article.authors)), style=muted))
                case "Fig" | "Quo" | "Dat" | "Ann":
                    n = counts[("Fig", "Quo", "Dat", "Ann").index(column.title)]
                    cells.append(Text(str(n), style=muted if n == 0 else "", justify="right"))
        return self._join(cells, width, Style())

    def _date_cell(self, index: int) -> Text:
        shown = self.dates[index]
        if not shown:
            return Text("?", style=self.get_component_rich_style("article-table--muted"))
        if self.articles[index].published_basis == "inferred":
            return Text(f"{shown}~", style=self.get_component_rich_style("article-table--inferred"))
        return Text(shown)

    @staticmethod
    def _join(cells: list[Text], width: int, style: Style) -> Text:
        line = Text(style=style, end="", no_wrap=True)
        for (column, w), cell in zip(layout_columns(width), cells, strict=True):
            if line:
                line.append(" ")
            if column.right:
                cell = Text(cell.plain.rjust(w)[:w], style=cell.style)
            else:
                cell.truncate(w, overflow="ellipsis", pad=True)
            line.append_text(cell)
        return line
