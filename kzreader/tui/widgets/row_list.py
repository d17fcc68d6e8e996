"""What the line-API row lists share (library table, compare and annotation rows): cursor
keys, and dropping rendered rows when focus or styles change their look."""

from __future__ import annotations

from collections.abc import MutableMapping, Sized
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a row list."""

    title: str
    width: int  # 0: takes the remaining width
    right: bool = False
    min_screen: int = 0  # hidden on screens narrower than this


class RowListBehaviour:
    """A row cursor for a line-API `ScrollView` whose rows sit under `header_lines` pinned
    lines: the `action_*` that move it, and dropping rendered rows when focus or styles
    change their look. The widget supplies `rows`, `cursor`, `_selectable(index)` and
    `_strips`, its cache of rendered rows."""

    rows: Sized
    cursor: int
    header_lines: int = 1
    _strips: MutableMapping[Any, Any]

    def on_focus(self) -> None:
        self._strips.clear()
        self.refresh()  # type: ignore[attr-defined]

    def on_blur(self) -> None:
        self._strips.clear()
        self.refresh()  # type: ignore[attr-defined]

    def notify_style_update(self) -> None:
        self._strips.clear()
        super().notify_style_update()  # type: ignore[misc]

    def _selectable(self, index: int) -> bool:
        raise NotImplementedError

    def _move(self, delta: int) -> bool:
        """Move the cursor `delta` selectable rows (as far as there are); True if it moved."""
        pos = target = self.cursor
        step = 1 if delta > 0 else -1
        remaining = abs(delta)
        while remaining and 0 <= pos + step < len(self.rows):
            pos += step
            if self._selectable(pos):
                target = pos
                remaining -= 1
        if target == self.cursor:
            return False
        old, self.cursor = self.cursor, target
        top = self.scroll_offset.y  # type: ignore[attr-defined]
        self._scroll_to_cursor()
        if self.scroll_offset.y == top:  # type: ignore[attr-defined]
            # repaint just the two rows (`refresh_line` takes lines of the whole list)
            self.refresh_line(old + self.header_lines)  # type: ignore[attr-defined]
            self.refresh_line(target + self.header_lines)  # type: ignore[attr-defined]
        else:
            self.refresh()  # type: ignore[attr-defined]
        return True

    def _scroll_to_cursor(self) -> None:
        region = self.scrollable_content_region  # type: ignore[attr-defined]
        visible = max(1, region.height - self.header_lines)
        top = round(self.scroll_offset.y)  # type: ignore[attr-defined]
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)  # type: ignore[attr-defined]
        elif self.cursor >= top + visible:
            self.scroll_to(  # type: ignore[attr-defined]
                y=self.cursor - visible + 1, animate=False, immediate=True
            )

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)  # type: ignore[attr-defined]

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(self._page())

    def action_page_up(self) -> None:
        self._move(-self._page())

    def action_first(self) -> None:
        self._move(-len(self.rows))

    def action_last(self) -> None:
        self._move(len(self.rows))
