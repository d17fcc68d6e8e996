"""Compare outlets: figures by measure, quotes by speaker, sources, timeline, syndication.

The report is built in a thread worker (about a second and a half on 10,000
articles) while a loading indicator turns; each section is a line-API row list
(`CompareRows`), so the screen stays fluid however many mentions there are.
`enter` on a row with a passage opens the reader on it; on a speaker, a
source, a day or `… N more` it expands (or folds) what is under it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static, Tab, Tabs

from kzreader.compare.report import build_report
from kzreader.model import Article
from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable
from kzreader.tui.widgets.compare_rows import CompareRows, Jump, Row, RowList
from kzreader.tui.widgets.compare_sections import (
    COLUMNS,
    OPENED_SHOWN,
    SECTIONS,
    CompareData,
    Fold,
    section_rows,
    summary,
)
from kzreader.tui.widgets.footer import KeyFooter

SECTION_IDS = tuple(sid for sid, _ in SECTIONS)

ROLE_STYLES = {"warning": "bold $text-warning", "muted": "$text-muted"}


class CompareScreen(Screen[None]):
    """Where the outlets agree and disagree, over `articles`; `escape` goes back."""

    BINDINGS = bindings(
        "compare.figures",
        "compare.quotes",
        "compare.sources",
        "compare.timeline",
        "compare.syndication",
        "compare.next_disagreement",
        "compare.back",
    ) + bindings("compare.next_section", "compare.prev_section", priority=True)

    DEFAULT_CSS = """
    CompareScreen #compare-title, CompareScreen #compare-status {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    CompareScreen #compare-loading { height: 1fr; align: center middle; }
    CompareScreen #compare-loading LoadingIndicator { height: 3; }
    CompareScreen #compare-loading-label { width: auto; color: $text-muted; }
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        super().__init__(id="compare")
        self.articles = list(articles)
        self._by_id = {a.id: a for a in self.articles}
        self.data: CompareData | None = None
        self.section = SECTION_IDS[0]
        self.section_rows: dict[str, list[Row]] = {sid: [] for sid in SECTION_IDS}
        self.expanded: dict[str, dict[Hashable, int]] = {sid: {} for sid in SECTION_IDS}
        self._places: dict[str, tuple[int, float]] = {}
        """Cursor and scroll of each section, restored when it is shown again."""

    def compose(self) -> ComposeResult:
        yield Static(Text("kzreader · compare outlets", style="bold"), id="compare-title")
        yield Tabs(
            *(Tab(f"{n} {title}", id=sid) for n, (sid, title) in enumerate(SECTIONS, start=1)),
            id="compare-tabs",
        )
        with Vertical(id="compare-loading"):
            yield LoadingIndicator()
            yield Static(f"Comparing {len(self.articles):,} articles…", id="compare-loading-label")
        yield CompareRows(COLUMNS[self.section], id="compare-rows")
        yield Static(id="compare-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(Tabs).can_focus = False
        self.list.display = False
        self.build()

    @property
    def list(self) -> CompareRows:
        """The one row list; it shows the current section."""
        return self.query_one(CompareRows)

    # building ---------------------------------------------------------------

    @work(thread=True, exclusive=True, group="compare")
    def build(self) -> None:
        """Compare the articles and lay out every section, off the UI thread."""
        try:
            report = build_report(self.articles)
            data = CompareData.of(report, self.articles)
            rows = {sid: section_rows(sid, data) for sid in SECTION_IDS}
        except Exception as exc:  # a bug in the comparison must not take the app down
            self.app.call_from_thread(self._failed, f"{type(exc).__name__}: {exc}")
            return
        self.app.call_from_thread(self._ready, data, rows)

    def _ready(self, data: CompareData, rows: dict[str, list[Row]]) -> None:
        if not self.is_attached:
            return
        self.data = data
        self.section_rows = rows
        self.query_one("#compare-loading").display = False
        self.list.display = True
        self.list.show(rows[self.section])
        parts = [(displayable(t), ROLE_STYLES.get(role, "")) for t, role in summary(data.report)]
        parts.append(("   enter: open in the reader or expand", "dim"))
        self.query_one("#compare-status", Static).update(Content.assemble(*parts))
        self.list.focus()

    def _failed(self, reason: str) -> None:
        if not self.is_attached:
            return
        self.query_one("#compare-loading-label", Static).update(
            Text(f"Could not compare: {displayable(reason)}")
        )
        self.query_one(LoadingIndicator).display = False
        self.notify(reason, title="Compare failed", severity="error")

    @property
    def ready(self) -> bool:
        return self.data is not None

    # sections ---------------------------------------------------------------

    def rows_of(self, section: str | None = None) -> list[Row]:
        """The rows of a section (the current one by default)."""
        return self.section_rows[section or self.section]

    def action_section(self, section: str) -> None:
        if section not in SECTION_IDS or section == self.section:
            return
        widget = self.list
        self._places[self.section] = (widget.cursor, widget.scroll_offset.y)
        self.section = section
        self.query_one(Tabs).active = section
        widget.columns = COLUMNS[section]
        if not self.ready:
            return
        cursor, top = self._places.get(section, (None, 0.0))
        widget.show(self.section_rows[section], cursor=cursor)
        widget.scroll_to(y=top, animate=False, immediate=True)
        widget.focus()

    def action_next_section(self, delta: int) -> None:
        at = SECTION_IDS.index(self.section)
        self.action_section(SECTION_IDS[(at + delta) % len(SECTION_IDS)])

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab.id in SECTION_IDS:
            self.action_section(event.tab.id)

    def action_next_disagreement(self) -> None:
        if not self.ready:
            return
        self.action_section("figures")
        if not any(r.flag for r in self.list.rows):
            self.notify("The outlets agree on every figure here.", title="Figures")
            return
        self.list.action_next_flagged()

    def action_back(self) -> None:
        self.app.pop_screen()

    # rows -------------------------------------------------------------------

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        event.stop()
        row = event.row
        if row.jump is not None:
            self.open(row.jump)
        elif row.toggle is not None and self.data is not None:
            self.toggle(row)

    def toggle(self, row: Row) -> None:
        """Open or fold what is under a row, or show more of it (`… N more`)."""
        assert self.data is not None and row.toggle is not None
        expanded = self.expanded[self.section]
        widget = self.list
        at = widget.cursor
        fold = row.data if isinstance(row.data, Fold) else None
        if fold is not None and fold.limit is not None:
            expanded[fold.key] = fold.limit
        elif fold is not None or row.toggle in expanded:
            expanded.pop(row.toggle, None)
        else:
            expanded[row.toggle] = OPENED_SHOWN
        rows = section_rows(self.section, self.data, expanded)
        self.section_rows[self.section] = rows
        if fold is not None and fold.limit is not None:
            widget.show(rows, cursor=at)  # the first row that was hidden
        else:
            widget.show(rows, keep=row.toggle)

    def open(self, jump: Jump) -> None:
        """Open the article in the reader with the cursor on the passage."""
        from kzreader.tui.screens.reader import ReaderScreen

        article = self._by_id.get(jump.article_id)
        if article is None:
            self.notify(f"article {jump.article_id} is not loaded", severity="warning")
            return
        if jump.span is None:
            self.app.push_screen(ReaderScreen(article))
        else:
            self.app.push_screen(ReaderScreen(article, span=jump.span))

    def palette_actions(self) -> list[tuple[str, DOMNode]]:
        """(binding id, where its action runs) for the command palette."""
        rows = self.list
        return [
            ("compare.open", rows),
            ("compare.figures", self),
            ("compare.quotes", self),
            ("compare.sources", self),
            ("compare.timeline", self),
            ("compare.syndication", self),
            ("compare.next_disagreement", self),
            ("compare.first", rows),
            ("compare.last", rows),
            ("compare.back", self),
        ]
