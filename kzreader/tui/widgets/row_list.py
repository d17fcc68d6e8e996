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
    """`action_*` for moving a row cursor; the widget supplies `rows`, `_move(delta)` and
    `_strips`, its cache of rendered rows."""

    rows: Sized
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

    def _move(self, delta: int) -> None:
        raise NotImplementedError

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
