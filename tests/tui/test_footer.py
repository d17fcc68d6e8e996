"""The key footer: every key of the screen, wrapped when narrow, clickable."""

from __future__ import annotations

from kzreader.tui.widgets.footer import FooterItem, KeyFooter, wrap_items
from tests.tui.conftest import MakeApp


def test_wrap_never_splits_a_key_and_keeps_the_order() -> None:
    items = [FooterItem(k, k, d, True) for k, d in [("a", "Alpha"), ("b", "Bravo"), ("c", "C")]]
    lines = wrap_items(items, 16)  # "a Alpha  b Bravo" is 16 wide
    assert [[i.key for i in line] for line in lines] == [["a", "b"], ["c"]]
    assert wrap_items(items, 3) == [[items[0]], [items[1]], [items[2]]]  # too narrow: one each
    assert wrap_items([], 80) == []


async def test_every_key_shows_at_80_columns(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        text = "\n".join(footer.render_line(y).text for y in range(footer.size.height))
        assert footer.size.height == 2  # wrapped, not cut
        for shown in ("Move", "Open", "Search", "Outlet", "Compare", "Annotations", "Quit",
                      "Help", "palette"):
            assert shown in text
        assert "↑↓ Move" in text  # a group's keys share one entry


async def test_a_click_on_a_key_presses_it(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        (row, start, _end, _key) = next(h for h in footer._hits if h[3] == "slash")
        await pilot.click(KeyFooter, offset=(start + 1 + footer.styles.gutter.left, row))
        await pilot.pause()
        assert app.screen.query_one("#search").display


async def test_the_footer_height_follows_the_width(make_app: MakeApp) -> None:
    """Two lines at 100 columns, one at 160, with the rows read ahead on mount (the path
    on which a real terminal once kept a one-line footer and cut the last keys)."""
    from kzreader.model import ArticleSummary
    from tests.tui.fixtures import fixture_corpus

    full = fixture_corpus()

    class Ready:
        def ready(self, wait: float = 0.0) -> bool:
            return True

        def __call__(self, paths: object) -> list[ArticleSummary]:
            return [ArticleSummary.of(a) for a in full.articles]

    app = make_app(corpus=None, loader=lambda paths, *, progress: full, previewer=Ready())
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        assert footer.size.height == 2
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        assert footer.size.height == 1  # wide enough for one line
