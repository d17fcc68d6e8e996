"""The article's annotations beside its text: tag, excerpt and note; `enter` jumps to one."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kzreader.annotate import Annotation
from kzreader.tui.keys import bindings
from kzreader.tui.safe_text import displayable

EXCERPT = 60


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """One line of `text`, cut with an ellipsis."""
    flat = " ".join(displayable(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AnnotationsPanel(OptionList):
    """One option per annotation in reading order; orphaned ones are listed, not jumped to."""

    BINDINGS = bindings("reader.jump_annotation")

    class Chosen(Message):
        """An annotation was highlighted (`jump=False`) or chosen with enter (`jump=True`)."""

        def __init__(self, annotation: Annotation, jump: bool) -> None:
            super().__init__()
            self.annotation = annotation
            self.jump = jump

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.annotations: list[Annotation] = []
        self._styles: dict[str, Style] = {}

    def show(self, annotations: Sequence[Annotation], styles: dict[str, Style]) -> None:
        """(Re)list `annotations`, keeping the highlighted one where possible."""
        current = self.current
        self.annotations = list(annotations)
        self._styles = styles
        self.clear_options()
        if not self.annotations:
            self.add_option(Option(Text("none yet: c claim · q quote · f figure · t tag",
                                        style="dim italic"), disabled=True))
            return
        self.add_options(self._option(n, a) for n, a in enumerate(self.annotations))
        if current is not None:
            for n, ann in enumerate(self.annotations):
                if ann.id == current.id:
                    self.highlighted = n
                    break

    def _option(self, n: int, ann: Annotation) -> Option:
        tag_style = self._styles.get(ann.tag) or self._styles.get("custom") or Style()
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append(f" {displayable(ann.tag)} ", style=tag_style)
        if ann.orphaned:
            prompt.append(" orphaned", style="italic")
        prompt.append(" " + excerpt(ann.text))
        if ann.note:
            prompt.append("\n   ✎ " + excerpt(ann.note), style="dim italic")
        return Option(prompt, id=f"a{n}")

    def on_focus(self) -> None:
        if self.highlighted is None and self.annotations:
            self.highlighted = 0

    @property
    def current(self) -> Annotation | None:
        """The highlighted annotation, if any."""
        if self.highlighted is None or not self.annotations:
            return None
        if 0 <= self.highlighted < len(self.annotations):
            return self.annotations[self.highlighted]
        return None

    def _annotation(self, option: Option) -> Annotation | None:
        if option.id and option.id.startswith("a"):
            return self.annotations[int(option.id[1:])]
        return None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        ann = self._annotation(event.option)
        if ann is not None and not ann.orphaned:
            self.post_message(self.Chosen(ann, jump=False))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ann = self._annotation(event.option)
        if ann is not None and not ann.orphaned:
            self.post_message(self.Chosen(ann, jump=True))
