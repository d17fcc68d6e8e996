"""The key footer: every key the screen offers, wrapped onto a second line when narrow.

One widget that draws text, where Textual's Footer composes a widget per key
(and restyles them all on each focus change): it starts and repaints in a
fraction of the time, and at 80 columns it wraps rather than cutting the last
keys off. A click on a key presses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import RenderResult
from textual.screen import Screen
from textual.widget import Widget

GAP = 2
"""Columns between two keys."""

MAX_LINES = 3
"""The footer never takes more lines than this (keys beyond are cut with `…`)."""


@dataclass(frozen=True, slots=True)
class FooterItem:
    """One key as shown: `key`, its display (`^p`), what it does, and whether it can."""

    key: str
    display: str
    description: str
    enabled: bool

    @property
    def width(self) -> int:
        return len(self.display) + 1 + len(self.description)


def wrap_items(items: list[FooterItem], width: int) -> list[list[FooterItem]]:
    """Items in lines of at most `width` columns, never splitting an item."""
    lines: list[list[FooterItem]] = [[]]
    used = 0
    for item in items:
        need = item.width + (GAP if lines[-1] else 0)
        if lines[-1] and used + need > width:
            lines.append([])
            used, need = 0, item.width
        lines[-1].append(item)
        used += need
    return lines if lines[0] else []


class KeyFooter(Widget):
    """The keys of the active bindings (`show=True`) and the command palette's."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-footer--key", "key-footer--description"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        padding: 0 1;
        & > .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[FooterItem] = []
        self._hits: list[tuple[int, int, int, str]] = []  # (line, start, end, key)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def bindings_changed(self, screen: Screen) -> None:
        if not (self.is_attached and screen is self.screen):
            return
        items = self._items(screen)
        if items != self.items:
            self.items = items
            self._fit()
            self.refresh()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """As many lines as the keys need at this width (set, not `auto`: a docked
        widget's auto height is not laid out again when only its content changes)."""
        width = self.content_region.width or max(1, self.app.size.width - 2)
        lines = max(1, min(MAX_LINES, len(wrap_items(self.items, width))))
        if self.styles.height is None or self.styles.height.value != lines:
            self.styles.height = lines

    def _items(self, screen: Screen) -> list[FooterItem]:
        """One item per action; a group's keys share one item (`↑↓ Move`)."""
        app = self.app
        palette = app.COMMAND_PALETTE_BINDING if app.ENABLE_COMMAND_PALETTE else None
        items: list[FooterItem] = []
        actions: set[str] = set()
        last: FooterItem | None = None
        group: object = None
        for key, (_node, binding, enabled, _tooltip) in screen.active_bindings.items():
            display = app.get_key_display(binding)
            if key == palette:
                last = FooterItem(key, display, binding.description, enabled)
                continue
            if not binding.show or binding.action in actions:
                continue  # one entry per action (↓ and j both move down)
            actions.add(binding.action)
            if binding.group is not None and binding.group is group and items:
                prev = items[-1]
                items[-1] = FooterItem(prev.key, prev.display + display, prev.description,
                                       prev.enabled or enabled)
                continue
            group = binding.group
            description = binding.group.description if binding.group else binding.description
            items.append(FooterItem(key, display, description, enabled))
        return [*items, last] if last is not None else items

    def render(self) -> RenderResult:
        key_style = self.get_component_rich_style("key-footer--key")
        text_style = self.get_component_rich_style("key-footer--description")
        dim = Style(dim=True)
        out = Text(no_wrap=True, overflow="ellipsis", end="")
        self._hits = []
        for row, line in enumerate(wrap_items(self.items, self.content_region.width)):
            if row:
                out.append("\n")
            column = 0
            for i, item in enumerate(line):
                if i:
                    out.append(" " * GAP)
                    column += GAP
                extra = Style() if item.enabled else dim
                out.append(item.display, style=key_style + extra)
                out.append(" " + item.description, style=text_style + extra)
                self._hits.append((row, column, column + item.width, item.key))
                column += item.width
        return out

    def _on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.gutter.left
        for row, start, end, key in self._hits:
            if row == event.y and start <= x < end:
                event.stop()
                self.app.simulate_key(key)  # as if typed: the binding runs
                return
