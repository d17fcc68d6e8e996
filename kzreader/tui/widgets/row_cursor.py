"""Cursor keys shared by the line-API row lists (library table, compare and annotation rows)."""

from __future__ import annotations

from collections.abc import Sized


class RowCursorActions:
    """`action_*` for moving a row cursor; the widget supplies `rows` and `_move(delta)`."""

    rows: Sized

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
