"""The reader: one article's header, its cleaned text beside its facts, and a raw view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Static

from kzreader.annotate import Annotation, AnnotationStore, Change, StoreError
from kzreader.model import Article, Fact
from kzreader.tui.citation import quote_with_citation
from kzreader.tui.clipboard import copy_text
from kzreader.tui.dates import published_label
from kzreader.tui.facts_outline import outline
from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable
from kzreader.tui.screens.prompts import TextPrompt
from kzreader.tui.widgets.annotations_panel import AnnotationsPanel, excerpt
from kzreader.tui.widgets.article_view import ArticleView
from kzreader.tui.widgets.facts_panel import FactsPanel
from kzreader.tui.widgets.footer import KeyFooter
from kzreader.tui.widgets.raw_view import RawView

if TYPE_CHECKING:
    from kzreader.tui.app import KzreaderApp

ACCEPTABLE_KINDS = ("figure", "quote")
"""Extracted facts that `a` keeps as annotations of their kind."""

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

    app: KzreaderApp

    BINDINGS = bindings(
        "reader.facts", "reader.raw", "reader.copy", "reader.back",
        "reader.claim", "reader.quote", "reader.figure", "reader.tag", "reader.note",
        "reader.accept", "reader.delete", "reader.undo", "reader.redo", "reader.annotations",
    )

    def __init__(self, article: Article, span: tuple[int, int] | None = None) -> None:
        """`span` (offsets in `article.text`): put the cursor on that passage and highlight it."""
        super().__init__(id="reader")
        self.article = article
        self.span = span

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
                yield Static(id="annotations-title")
                yield AnnotationsPanel(id="annotations")
        yield Static(id="reader-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.view.focus()
        if self.span is not None:
            start, end = self.span
            size = len(self.view.text)
            start = max(0, min(start, size))
            self.view.select((start, max(start, min(end, size))), move_cursor=True)
        self._paint_kinds()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._paint_kinds())
        self.refresh_annotations()

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
        if self.is_mounted and self.query(AnnotationsPanel):
            self._list_annotations()

    def _update_status(self) -> None:
        view = self.view
        mode = "raw view (r: back to text)" if self._raw else "text"
        status = Text(f"sentence {view.cursor + 1}/{len(view.sentences)} · {mode}", style="dim")
        if view.selection is not None:
            start, end = view.selection
            status.append(f" · selecting {end - start} chars (c q f t: tag · esc: cancel)",
                          style="bold")
        else:
            here = self.annotations_here()
            if here:
                status.append(" · on " + ", ".join(displayable(a.tag) for a in here[:3]))
        store = self.app.annotation_store
        if store is None:
            status.append(" · no store", style="dim italic")
        elif store.read_only:
            status.append(" · store read-only", style="dim italic")
        self.query_one("#reader-status", Static).update(status, layout=False)

    # annotations ------------------------------------------------------------

    @property
    def annotations(self) -> list[Annotation]:
        """This article's annotations (reading order), empty without a store."""
        store = self.app.annotation_store
        return store.for_article(self.article.id) if store is not None else []

    def refresh_annotations(self) -> None:
        """Repaint the highlights, the panel and the status from the store."""
        annotations = self.annotations
        self.view.set_annotations(
            [(a.start, a.end, a.tag) for a in annotations if not a.orphaned]
        )
        self._list_annotations(annotations)
        self._update_status()

    def _list_annotations(self, annotations: list[Annotation] | None = None) -> None:
        if annotations is None:
            annotations = self.annotations
        styles = self.view.annotation_styles()
        self.query_one(AnnotationsPanel).show(annotations, styles)
        n = len(annotations)
        self.query_one("#annotations-title", Static).update(
            Text(f"Annotations ({n})" if n else "Annotations"), layout=False
        )

    def annotations_here(self) -> list[Annotation]:
        """Anchored annotations overlapping the selection or the cursor sentence.

        An annotation exactly on the shown span (jumped to) comes first, then the
        smallest; the annotations panel's highlighted one wins when it has focus.
        """
        view = self.view
        span = view.selection or view.sentence_span
        shown = view.selected
        found = [a for a in self.annotations
                 if not a.orphaned and a.start < max(span[1], span[0] + 1) and a.end > span[0]]
        found.sort(key=lambda a: ((a.start, a.end) != shown, (a.start, a.end) != span,
                                  a.end - a.start, a.start))
        return found

    def annotation_under_cursor(self) -> Annotation | None:
        panel = self.query_one(AnnotationsPanel)
        if panel.has_focus and panel.current is not None:
            return panel.current
        here = self.annotations_here()
        return here[0] if here else None

    def _store(self) -> AnnotationStore | None:
        return self.app.writable_store()

    def _changed(self, message: str, *, title: str = "Annotation") -> None:
        self.refresh_annotations()
        self.app.refresh_counts()
        self.notify(message, title=title)

    def _failed(self, exc: StoreError) -> None:
        self.notify(str(exc), title="Not saved", severity="error")

    def _tag(self, tag: str) -> None:
        store = self._store()
        if store is None:
            return
        view = self.view
        start, end = view.target_span
        if end <= start:
            self.notify("nothing to tag here", severity="warning")
            return
        try:
            ann = store.annotate(self.article, start, end, tag)
        except StoreError as exc:
            self._failed(exc)
            return
        view.set_selection(None)
        self._changed(f'{ann.tag}: "{excerpt(ann.text, 50)}"')

    def action_tag(self, tag: str) -> None:
        self._tag(tag)

    def action_custom_tag(self) -> None:
        store = self._store()
        if store is None:
            return

        def chosen(tag: str | None) -> None:
            if tag:
                self._tag(tag)

        self.app.push_screen(
            TextPrompt("Tag the " + ("selection" if self.view.selection else "sentence") + " as",
                       placeholder="a tag (→ completes)", suggestions=store.tags(),
                       hint="enter: tag · →: complete · esc: cancel"),
            chosen,
        )

    def action_note(self) -> None:
        store = self._store()
        if store is None:
            return
        ann = self.annotation_under_cursor()
        if ann is None:
            self.notify("no annotation under the cursor to note", severity="warning")
            return

        def chosen(note: str | None) -> None:
            if note is None:
                return
            try:
                store.set_note(ann.id, note)
            except StoreError as exc:
                self._failed(exc)
                return
            self._changed(f'note on {ann.tag} "{excerpt(ann.text, 40)}"'
                          if note else f"note removed from {ann.tag}")

        self.app.push_screen(
            TextPrompt(f'Note on {ann.tag} "{excerpt(ann.text, 50)}"', value=ann.note,
                       placeholder="a note (empty: none)", allow_empty=True),
            chosen,
        )

    def fact_under_cursor(self) -> Fact | None:
        """The figure or quote chosen in the facts panel, else the one at the cursor."""
        facts = [f for f in self.article.facts if f.kind in ACCEPTABLE_KINDS]
        panel = self.query_one(FactsPanel)
        entry = panel.current_entry
        if panel.has_focus and entry is not None and entry.span is not None:
            for fact in facts:
                if (fact.start, fact.end) == entry.span:
                    return fact
        view = self.view
        shown = view.selected
        if shown is not None:
            for fact in facts:
                if (fact.start, fact.end) == shown:
                    return fact
        start, end = view.target_span
        inside = [f for f in facts if f.start < end and f.end > start]
        return inside[0] if inside else None

    def action_accept(self) -> None:
        store = self._store()
        if store is None:
            return
        fact = self.fact_under_cursor()
        if fact is None:
            self.notify("no extracted figure or quote under the cursor", severity="warning")
            return
        for ann in self.annotations:
            if (ann.start, ann.end, ann.tag) == (fact.start, fact.end, fact.kind):
                self.notify(f'already annotated as {fact.kind}: "{excerpt(fact.text, 40)}"',
                            severity="warning")
                return
        try:
            ann = store.accept_fact(self.article, fact)
        except StoreError as exc:
            self._failed(exc)
            return
        self._changed(f'accepted {ann.tag}: "{excerpt(ann.text, 50)}"')

    def action_delete_annotation(self) -> None:
        store = self._store()
        if store is None:
            return
        ann = self.annotation_under_cursor()
        if ann is None:
            self.notify("no annotation under the cursor", severity="warning")
            return
        try:
            store.delete(ann.id)
        except StoreError as exc:
            self._failed(exc)
            return
        self._changed(f'deleted {ann.tag}: "{excerpt(ann.text, 50)}" (u: undo)')

    def _history(self, redo: bool) -> None:
        store = self._store()
        if store is None:
            return
        try:
            change: Change | None = store.redo() if redo else store.undo()
        except StoreError as exc:
            self._failed(exc)
            return
        if change is None:
            self.notify(f"nothing to {'redo' if redo else 'undo'}", severity="warning")
            return
        self._changed(change.describe(), title="Redone" if redo else "Undone")

    def action_undo(self) -> None:
        self._history(redo=False)

    def action_redo(self) -> None:
        self._history(redo=True)

    def action_toggle_annotations(self) -> None:
        panel = self.query_one(AnnotationsPanel)
        if panel.has_focus:
            self.view.focus()
        else:
            panel.focus()

    def on_annotations_panel_chosen(self, event: AnnotationsPanel.Chosen) -> None:
        if self._raw:
            self.action_toggle_raw()
        ann = event.annotation
        self.view.select((ann.start, ann.end), move_cursor=event.jump)
        if event.jump:
            self.view.focus()
        self._update_status()

    def on_article_view_selection_changed(self, _event: ArticleView.SelectionChanged) -> None:
        self._update_status()

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
            ("reader.select", view),
            ("reader.claim", self),
            ("reader.quote", self),
            ("reader.figure", self),
            ("reader.tag", self),
            ("reader.note", self),
            ("reader.accept", self),
            ("reader.delete", self),
            ("reader.undo", self),
            ("reader.redo", self),
            ("reader.annotations", self),
            ("reader.back", self),
        ]
