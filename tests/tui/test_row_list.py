"""The row cursor the library table and the compare/annotation rows share."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region

from kzreader.tui.widgets.compare_rows import Column, CompareRows, Row, cell


class _Rows(App[None]):
    def compose(self) -> ComposeResult:
        yield CompareRows([Column("Item", 0)], id="rows")


async def test_a_cursor_step_repaints_the_rows_it_left_and_reached_when_scrolled() -> None:
    app = _Rows()
    async with app.run_test(size=(40, 12)) as pilot:
        rows = app.query_one(CompareRows)
        rows.show([Row((cell(f"row {i}"),), toggle=i) for i in range(60)])
        rows.focus()
        for _ in range(20):  # past the first screen: the list scrolls
            await pilot.press("down")
        await pilot.pause()
        top = round(rows.scroll_offset.y)
        assert top > 0
        for _ in range(3):  # back up inside the screen: no scroll, just two rows repainted
            await pilot.press("up")
        await pilot.pause()
        assert round(rows.scroll_offset.y) == top
        repainted: list[int] = []
        real_refresh = rows.refresh

        def record(*regions: Region, **kwargs: object) -> object:
            repainted.extend(r.y for r in regions)
            return real_refresh(*regions, **kwargs)

        rows.refresh = record  # type: ignore[method-assign]
        old = rows.cursor
        await pilot.press("up")
        # the viewport lines (under the header) that show the old and the new cursor row
        assert sorted(repainted) == [
            rows.cursor - top + rows.header_lines,
            old - top + rows.header_lines,
        ]
