"""The cleaned article text with a sentence cursor and facts highlighted by kind.

A line-API `ScrollView`: paragraphs are wrapped once per width into slices of
the text (offsets kept), and only the lines on screen are painted, so moving
the cursor in a 200-paragraph article repaints a screenful, not the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kzreader.model import Fact
from kzreader.text import split_sentences
from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable
from kzreader.tui.wrap import wrap_offsets

HIGHLIGHT_KINDS = ("entity", "source", "quote", "date", "relative_date", "figure")
"""Painted in this order, so a figure inside a quote shows as a figure."""

ANNOTATION_TAGS = ("claim", "quote", "figure")
"""Tags with their own colour; every other tag is painted as `custom`."""

WORD = re.compile(r"\S+")


def annotation_class(tag: str) -> str:
    """The component class painting annotations tagged `tag`."""
    return "article-view--ann-" + (tag if tag in ANNOTATION_TAGS else "custom")


def kind_class(kind: str) -> str:
    """The component class painting facts of `kind`."""
    return "article-view--" + ("date" if kind == "relative_date" else kind)


class ArticleView(ScrollView, can_focus=True):
    """Article text; `j`/`k` move a sentence cursor, `J`/`K` by paragraph."""

    BINDINGS = bindings(
        "reader.next_sentence",
        "reader.prev_sentence",
        "reader.next_paragraph",
        "reader.prev_paragraph",
        "reader.select",
        "reader.word_next",
        "reader.word_prev",
        "reader.extend_next",
        "reader.extend_prev",
        "reader.cancel_selection",
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--figure",
        "article-view--quote",
        "article-view--date",
        "article-view--source",
        "article-view--entity",
        "article-view--sentence",
        "article-view--selected",
        "article-view--selection",
        "article-view--ann-claim",
        "article-view--ann-quote",
        "article-view--ann-figure",
        "article-view--ann-custom",
    }

    DEFAULT_CSS = """
    ArticleView { height: 1fr; }
    """

    class SentenceChanged(Message):
        """The sentence cursor moved."""

        def __init__(self, index: int, span: tuple[int, int]) -> None:
            super().__init__()
            self.index = index
            self.span = span

    class SelectionChanged(Message):
        """The selection for tagging started, changed or ended (`span` None)."""

        def __init__(self, span: tuple[int, int] | None) -> None:
            super().__init__()
            self.span = span

    def __init__(self, text: str, facts: Sequence[Fact], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = displayable(text)
        self.sentences = split_sentences(text) or [(0, len(text))]
        self.cursor = 0
        self.selected: tuple[int, int] | None = None
        """A span shown (a fact or annotation jumped to), not a selection for tagging."""
        self.selection: tuple[int, int] | None = None
        """The passage being selected for tagging (`v`), or None."""
        self._annotations: list[tuple[int, int, str]] = []
        self._words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        self._word_ends = [e for _, e in self._words]
        self._facts = sorted(
            ((f.start, f.end, f.kind) for f in facts if f.kind in HIGHLIGHT_KINDS),
            key=lambda f: (HIGHLIGHT_KINDS.index(f[2]), f[0]),
        )
        self._paragraphs = self._paragraph_spans(text)
        self._lines: list[tuple[int, int]] = []  # (start, end) in text; (-1, -1) blank
        self._line_starts: list[int] = []
        self._line_index: list[int] = []
        self._wrapped_width = -1
        self._styles: dict[str, Style] | None = None

    @staticmethod
    def _paragraph_spans(text: str) -> list[tuple[int, int]]:
        spans, pos = [], 0
        for para in text.split("\n"):
            if para.strip():
                spans.append((pos, pos + len(para)))
            pos += len(para) + 1
        return spans

    # geometry ---------------------------------------------------------------

    def _wrap(self, width: int) -> None:
        if width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._lines, self._line_starts, self._line_index = [], [], []
        for n, (p_start, p_end) in enumerate(self._paragraphs):
            if n:
                self._lines.append((-1, -1))
            for s, e in wrap_offsets(self.text[p_start:p_end], width):
                self._line_starts.append(p_start + s)
                self._line_index.append(len(self._lines))
                self._lines.append((p_start + s, p_start + e))
        self.virtual_size = Size(width, len(self._lines))

    def line_of(self, offset: int) -> int:
        """The screen line (in the whole document) showing `offset`."""
        i = max(0, bisect_right(self._line_starts, offset) - 1)
        return self._line_index[i] if self._line_index else 0

    def on_resize(self, event: events.Resize) -> None:
        self._wrap(self.scrollable_content_region.width)
        self.scroll_to_span(self.sentences[self.cursor])
        if self.selected is not None:
            self.scroll_to_span(self.selected)

    def scroll_to_span(self, span: tuple[int, int]) -> None:
        """Scroll the least needed to show `span` (its start when it is taller than the view)."""
        if not self._lines:
            return
        first, last = self.line_of(span[0]), self.line_of(max(span[0], span[1] - 1))
        height = self.scrollable_content_region.height
        top = round(self.scroll_offset.y)
        if first < top or last - first >= height:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last >= top + height:
            self.scroll_to(y=last - height + 1, animate=False, immediate=True)

    # cursor -----------------------------------------------------------------

    @property
    def sentence_span(self) -> tuple[int, int]:
        return self.sentences[self.cursor]

    @property
    def sentence_text(self) -> str:
        start, end = self.sentence_span
        return self.text[start:end]

    def move_to(self, index: int) -> None:
        """Put the sentence cursor on sentence `index` (clamped) and show it."""
        index = max(0, min(index, len(self.sentences) - 1))
        old = self.sentences[self.cursor]
        if index != self.cursor:
            self.cursor = index
            self.post_message(self.SentenceChanged(index, self.sentences[index]))
        top = self.scroll_offset.y
        self.scroll_to_span(self.sentences[index])
        if self.scroll_offset.y != top or not self._lines:
            self.refresh()
            return
        for start, end in (old, self.sentences[index]):  # repaint just the two sentences
            first = self.line_of(start)
            self.refresh_lines(first, self.line_of(max(start, end - 1)) - first + 1)

    def sentence_at(self, offset: int) -> int:
        """The sentence holding `offset` (or the last one starting before it)."""
        starts = [s for s, _ in self.sentences]
        return max(0, bisect_right(starts, offset) - 1)

    def select(self, span: tuple[int, int] | None, *, move_cursor: bool = False) -> None:
        """Highlight a fact's span and scroll it into view; optionally move the cursor there."""
        self.selected = span
        if span is not None:
            if move_cursor:
                self.move_to(self.sentence_at(span[0]))
            self.scroll_to_span(span)
        self.refresh()

    def _paragraph_of(self, offset: int) -> int:
        starts = [s for s, _ in self._paragraphs]
        return max(0, bisect_right(starts, offset) - 1)

    def action_next_sentence(self) -> None:
        if self.selection is not None:
            self.action_extend_sentence()
        else:
            self.move_to(self.cursor + 1)

    def action_prev_sentence(self) -> None:
        if self.selection is not None:
            self.action_shrink_sentence()
        else:
            self.move_to(self.cursor - 1)

    def action_next_paragraph(self) -> None:
        para = self._paragraph_of(self.sentence_span[0]) + 1
        if para < len(self._paragraphs):
            self.move_to(self.sentence_at(self._paragraphs[para][0]))

    def action_prev_paragraph(self) -> None:
        para = self._paragraph_of(self.sentence_span[0])
        p_start = self._paragraphs[para][0] if self._paragraphs else 0
        if self.sentence_span[0] > p_start:  # first go to the start of this paragraph
            self.move_to(self.sentence_at(p_start))
        elif para > 0:
            self.move_to(self.sentence_at(self._paragraphs[para - 1][0]))

    async def _on_click(self, event: events.Click) -> None:
        line = round(self.scroll_offset.y) + event.y
        if 0 <= line < len(self._lines) and self._lines[line][0] >= 0:
            start, end = self._lines[line]
            offset = min(end, start + max(0, event.x))
            self.move_to(self.sentence_at(offset))

    # selection for tagging --------------------------------------------------

    @property
    def target_span(self) -> tuple[int, int]:
        """What a tag key acts on: the selection, else the sentence under the cursor."""
        return self.selection or self.sentence_span

    def set_selection(self, span: tuple[int, int] | None) -> None:
        """Start, change or (None) end the selection; the cursor follows its end."""
        if span == self.selection:
            return
        self.selection = span
        if span is not None:
            end_sentence = self.sentence_at(max(span[0], span[1] - 1))
            if end_sentence != self.cursor:
                self.move_to(end_sentence)
            self.scroll_to_span((max(span[0], span[1] - 1), span[1]))
        self.refresh()
        self.post_message(self.SelectionChanged(span))

    def action_start_selection(self) -> None:
        """`v`: select the sentence under the cursor (again `v`: drop the selection)."""
        self.set_selection(None if self.selection else self.sentence_span)

    def action_cancel_selection(self) -> None:
        if self.selection is None:
            raise SkipAction()  # escape with no selection: the screen's `back`
        self.set_selection(None)

    def _extend(self, end: int | None) -> None:
        start = self.selection[0] if self.selection else self.sentence_span[0]
        if end is not None and end > start:
            self.set_selection((start, end))

    def action_extend_sentence(self) -> None:
        if self.selection is None:
            self.set_selection(self.sentence_span)
            return
        ends = [e for _, e in self.sentences]
        i = bisect_right(ends, self.selection[1])
        self._extend(ends[i] if i < len(ends) else None)

    def action_shrink_sentence(self) -> None:
        if self.selection is None:
            self.set_selection(self.sentence_span)
            return
        ends = [e for _, e in self.sentences]
        i = bisect_left(ends, self.selection[1]) - 1
        self._extend(ends[i] if i >= 0 else None)

    def action_extend_word(self) -> None:
        if self.selection is None:  # start with the first word of the sentence
            start = self.sentence_span[0]
            i = bisect_right(self._word_ends, start)
            if i < len(self._words):
                self.set_selection((start, self._words[i][1]))
            return
        i = bisect_right(self._word_ends, self.selection[1])
        self._extend(self._word_ends[i] if i < len(self._word_ends) else None)

    def action_shrink_word(self) -> None:
        if self.selection is None:
            self.action_extend_word()
            return
        i = bisect_left(self._word_ends, self.selection[1]) - 1
        self._extend(self._word_ends[i] if i >= 0 else None)

    # annotations ------------------------------------------------------------

    def set_annotations(self, spans: Sequence[tuple[int, int, str]]) -> None:
        """(start, end, tag) of the article's anchored annotations, to paint by tag."""
        self._annotations = sorted(spans, key=lambda a: (a[0] - a[1], a[0]))  # outer first
        self.refresh()

    # painting ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        self._wrap(width)
        base = self.rich_style
        line_no = round(self.scroll_offset.y) + y
        if line_no >= len(self._lines) or self._lines[line_no][0] < 0:
            return Strip.blank(width, base)
        start, end = self._lines[line_no]
        line = Text(self.text[start:end], style=base, end="", no_wrap=True)
        if self._styles is None:
            self._styles = self._kind_styles()
        styles = self._styles
        for f_start, f_end, kind in self._facts:
            if f_start < end and f_end > start:
                line.stylize(styles[kind], max(f_start, start) - start, min(f_end, end) - start)
        cursor = self.sentence_span
        if cursor[0] < end and cursor[1] > start:
            line.stylize(styles["article-view--sentence"], max(cursor[0], start) - start,
                         min(cursor[1], end) - start)
        for a_start, a_end, tag in self._annotations:
            if a_start < end and a_end > start:
                style = styles[annotation_class(tag)]
                if a_start < cursor[1] and a_end > cursor[0]:
                    style += Style(bold=True)  # the cursor still shows inside an annotation
                line.stylize(style, max(a_start, start) - start, min(a_end, end) - start)
        for span, cls in ((self.selected, "article-view--selected"),
                          (self.selection, "article-view--selection")):
            if span and span[0] < end and span[1] > start:
                line.stylize(styles[cls], max(span[0], start) - start,
                             min(span[1], end) - start)
        return Strip(line.render(self.app.console)).adjust_cell_length(width, base)

    def _style(self, component: str) -> Style:
        """A component's own style; a translucent background is blended onto ours."""
        own = self.get_component_rich_style(component, partial=True)
        if own.bgcolor is None:
            return own
        return own + Style(bgcolor=self.get_component_rich_style(component).bgcolor)

    def _kind_styles(self) -> dict[str, Style]:
        """Styles per fact kind, looked up once per paint of a line."""
        styles = {kind: self._style(kind_class(kind)) for kind in HIGHLIGHT_KINDS}
        for cls in ("article-view--sentence", "article-view--selected",
                    "article-view--selection"):
            styles[cls] = self._style(cls)
        for tag in (*ANNOTATION_TAGS, "custom"):
            styles[annotation_class(tag)] = self._style(annotation_class(tag))
        return styles

    def notify_style_update(self) -> None:
        self._styles = None
        super().notify_style_update()

    def on_focus(self) -> None:
        self._styles = None
        self.refresh()

    def on_blur(self) -> None:
        self._styles = None
        self.refresh()

    def kind_styles(self) -> dict[str, Style]:
        """The style of each fact kind, for the legend and the facts panel."""
        return {
            kind: self.get_component_rich_style(kind_class(kind), partial=True)
            for kind in ("figure", "quote", "date", "source", "entity")
        }

    def annotation_styles(self) -> dict[str, Style]:
        """The style of each annotation tag colour (claim, quote, figure, custom)."""
        return {tag: self._style(annotation_class(tag)) for tag in (*ANNOTATION_TAGS, "custom")}
