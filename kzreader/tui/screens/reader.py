"""The reader: one article's header, its cleaned text beside its facts, and a raw view."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Static

from kzreader.model import Article
from kzreader.tui.citation import quote_with_citation
from kzreader.tui.clipboard import copy_text
from kzreader.tui.dates import published_label
from kzreader.tui.facts_outline import outline
from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable
from kzreader.tui.widgets.article_view import ArticleView
from kzreader.tui.widgets.facts_panel import FactsPanel
from kzreader.tui.widgets.raw_view import RawView

LEGEND = (("figure", "figure"), ("quote", "quote"), ("date", "date"), ("source", "source"),
          ("entity", "entity"))


def header_text(article: Article) -> Text:
    """Title, then outlet · via · authors · published (basis) · section · dateline · sources."""
    text = Text(displayable(article.title or "(untitled)"), style="bold")
    meta: list[tuple[str, str]] = [("", article.outlet or "unknown outlet")]
    if article.via:
        meta.append(("via ", article.via))
    if article.authors:
        meta.append(("by ", ", ".join(article.authors)))
    meta.append(("", published_label(article.published, article.published_basis)))
    if article.section:
        meta.append(("section ", article.section))
    if article.dateline:
        meta.append(("dateline ", article.dateline))
    if article.sources:
        meta.append(("sources: ", ", ".join(article.sources)))
    text.append("\n")
    for n, (label, value) in enumerate(meta):
        if n:
            text.append(" · ", style="dim")
        style = "italic" if "inferred" in value else ""
        text.append(label, style="dim")
        text.append(displayable(value), style=style)
    return text


class ReaderScreen(Screen[None]):
    """Reads one article; `escape` goes back to the library."""

    BINDINGS = bindings("reader.facts", "reader.raw", "reader.copy", "reader.back")

    def __init__(self, article: Article) -> None:
        super().__init__(id="reader")
        self.article = article

    def compose(self) -> ComposeResult:
        article = self.article
        yield Static(header_text(article), id="article-header")
        with Horizontal(id="reader-body"):
            with ContentSwitcher(initial="text", id="switcher"):
                yield ArticleView(article.text, article.facts, id="text")
                yield RawView(article.trace, article.text, id="raw")
            with Vertical(id="facts-side"):
                yield Static(id="legend")
                yield FactsPanel(outline(article), id="facts")
        yield Static(id="reader-status")
        yield Footer()

    def on_mount(self) -> None:
        self.view.focus()
        self._paint_kinds()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._paint_kinds())
        self._update_status()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def _paint_kinds(self) -> None:
        styles = self.view.kind_styles()
        legend = Text()
        for n, (kind, label) in enumerate(LEGEND):
            if n:
                legend.append(" ")
            legend.append(f" {label} ", style=styles.get(kind, Style()))
        self.query_one("#legend", Static).update(legend)
        self.query_one(FactsPanel).paint(styles)

    def _update_status(self) -> None:
        view = self.view
        mode = "raw view (r: back to text)" if self._raw else "text"
        status = Text(f"sentence {view.cursor + 1}/{len(view.sentences)} · {mode}", style="dim")
        self.query_one("#reader-status", Static).update(status, layout=False)

    @property
    def _raw(self) -> bool:
        return self.query_one(ContentSwitcher).current == "raw"

    def on_article_view_sentence_changed(self, _event: ArticleView.SentenceChanged) -> None:
        self._update_status()

    def on_facts_panel_fact_chosen(self, event: FactsPanel.FactChosen) -> None:
        if self._raw:
            self.action_toggle_raw()
        self.view.select(event.span, move_cursor=event.jump)
        if event.jump:
            self.view.focus()

    # actions ----------------------------------------------------------------

    def action_toggle_facts(self) -> None:
        panel = self.query_one(FactsPanel)
        if panel.has_focus:
            (self.query_one(RawView) if self._raw else self.view).focus()
        else:
            panel.focus()

    def action_toggle_raw(self) -> None:
        switcher = self.query_one(ContentSwitcher)
        switcher.current = "text" if self._raw else "raw"
        (self.query_one(RawView) if self._raw else self.view).focus()
        self._update_status()

    def action_copy(self) -> None:
        text = quote_with_citation(self.view.sentence_text, self.article)
        system, message = copy_text(self.app, text)
        self.notify(message, title="Copy", severity="information" if system else "warning")

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_actions(self) -> list[tuple[str, DOMNode]]:
        """(binding id, where its action runs) for the command palette."""
        view = self.view
        return [
            ("reader.next_sentence", view),
            ("reader.prev_sentence", view),
            ("reader.next_paragraph", view),
            ("reader.prev_paragraph", view),
            ("reader.facts", self),
            ("reader.raw", self),
            ("reader.copy", self),
            ("reader.back", self),
        ]
