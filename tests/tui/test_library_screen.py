"""Pilot tests of the library: keys, search, filters, loading, errors."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from kzreader.corpus import Corpus
from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import Settings
from kzreader.tui.library_index import GroupHeader
from kzreader.tui.screens.filters import DateRangeScreen, OutletFilterScreen
from kzreader.tui.screens.help import HelpScreen
from kzreader.tui.screens.library import LibraryScreen
from kzreader.tui.screens.reader import ReaderScreen
from kzreader.tui.widgets.article_table import ArticleTable
from tests.tui.conftest import MakeApp
from tests.tui.fixtures import corpus_articles, fixture_corpus


def table(app: KzreaderApp) -> ArticleTable:
    return app.screen.query_one(ArticleTable)


def shown_titles(app: KzreaderApp) -> list[str]:
    t = table(app)
    return [t.articles[r].title or "" for r in t.rows if isinstance(r, int)]


def screen_lines(app: KzreaderApp) -> list[str]:
    t = table(app)
    return [t.render_line(y).text for y in range(t.size.height)]


def status(app: KzreaderApp) -> str:
    return str(app.screen.query_one("#status", Static).render())


async def test_rows_show_wib_date_outlet_via_title_author_and_counts(make_app: MakeApp) -> None:
    app = make_app(annotation_counts={"fx02": 7})
    async with app.run_test(size=(160, 30)):
        lines = screen_lines(app)
        assert lines[0].split()[:4] == ["Date", "(WIB)", "Outlet", "Title"]
        kompas = next(line for line in lines if "KompasTV" in line)
        assert "2022-01-13 19:05" in kompas and "via Dimensy.id" in kompas
        assert "Vyara Lestari" in kompas
        assert kompas.split()[-4:] == ["3", "1", "1", "7"]  # figures, quotes, dates, annotations
        sinpo = next(line for line in lines if "SinPo.id" in line)
        assert "2022-01-16~" in sinpo  # inferred date marked
        assert status(app).startswith("6 articles · 5 outlets · 2022-01-05 – 2022-01-17")


async def test_cursor_moves_with_arrows_and_jk_and_enter_opens(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        t = table(app)
        first = t.current_article
        await pilot.press("j", "down")
        assert t.cursor == 2
        await pilot.press("k")
        assert t.cursor == 1
        await pilot.press("up", "up")  # stops at the top
        assert t.current_article is first
        await pilot.press("end")
        assert t.cursor == len(t.rows) - 1
        await pilot.press("home", "j", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.outlet == "IDN Times"
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        assert table(app).cursor == 1  # the cursor is where it was


async def test_sort_cycles_date_and_outlet_and_group_adds_headers(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        assert shown_titles(app)[0].startswith("Kronologi")  # earliest first
        await pilot.press("s")
        outlets = [table(app).articles[r].outlet for r in table(app).rows]  # type: ignore[index]
        assert outlets[0] == "Dimensy.id" and outlets[-1] == "SinPo.id"
        assert "sorted by outlet" in status(app)
        await pilot.press("s")
        assert "sorted by date" in status(app)
        await pilot.press("g")
        headers = [r for r in table(app).rows if isinstance(r, GroupHeader)]
        assert len(headers) == 5
        assert any("── RMOL (2)" in line for line in screen_lines(app))
        assert not isinstance(table(app).rows[table(app).cursor], GroupHeader)
        await pilot.press("j")
        assert not isinstance(table(app).rows[table(app).cursor], GroupHeader)
        await pilot.press("g")
        assert not any(isinstance(r, GroupHeader) for r in table(app).rows)


async def test_incremental_search_filters_as_you_type_and_escape_clears(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("slash")
        search = app.screen.query_one("#search", Input)
        assert search.display and search.has_focus
        await pilot.press(*"psaki")
        assert shown_titles(app) == [
            "Gedung Putih Pertanyakan Pengiriman Pasukan CSTO ke Kazakhstan"
        ]
        assert "search: psaki" in status(app)
        await pilot.press("enter")  # keep the filter, back to the list
        assert table(app).has_focus and len(shown_titles(app)) == 1
        await pilot.press("escape")
        assert len(shown_titles(app)) == 6 and not search.display


async def test_search_finds_articles_by_quote_speaker(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("slash", *"valentina")
        assert [t[:8] for t in shown_titles(app)] == ["Diplomat"]


async def test_outlet_filter_keeps_ticked_outlets(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, OutletFilterScreen)
        # outlets listed alphabetically: Dimensy.id, IDN Times, KompasTV, RMOL, SinPo.id
        await pilot.press("down", "down", "down", "space", "enter")
        assert isinstance(app.screen, LibraryScreen)
        assert {table(app).current_article.outlet} == {"RMOL"}  # type: ignore[union-attr]
        assert len(shown_titles(app)) == 2 and "outlet: RMOL" in status(app)
        await pilot.press("o", "a")  # all outlets again
        assert len(shown_titles(app)) == 6


async def test_date_range_filter(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, DateRangeScreen)
        await pilot.press(*"2022-01-13", "enter", *"2022-01-16", "enter")
        assert isinstance(app.screen, LibraryScreen)
        assert sorted(shown_titles(app))[0].startswith("Korban")
        assert len(shown_titles(app)) == 2
        await pilot.press("d", *"13-01-2022", "enter", "enter")
        assert isinstance(app.screen, DateRangeScreen)  # a bad date is refused
        assert "Not a date" in str(app.screen.query_one("#date-error", Static).render())
        await pilot.press("escape", "escape")  # cancel, then clear the filters
        assert len(shown_titles(app)) == 6


async def test_help_lists_keys_and_closes(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_command_palette_runs_screen_actions(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"group")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert any(isinstance(r, GroupHeader) for r in table(app).rows)


async def test_ctrl_q_quits(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_unreadable_files_are_listed_not_fatal(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)):
        errors = str(app.screen.query_one("#errors", Static).render())
        assert "fixtures/broken.bin: binary file, not an article" in errors
        assert len(shown_titles(app)) == 6


async def test_loading_runs_in_a_worker_with_progress(make_app: MakeApp) -> None:
    release = threading.Event()
    calls: list[tuple[int, int]] = []

    def loader(paths: object, *, progress: object) -> Corpus:
        progress(1, 3)  # type: ignore[operator]
        release.wait(5)
        progress(3, 3)  # type: ignore[operator]
        calls.append((1, 3))
        return fixture_corpus()

    app = make_app(corpus=None, loader=loader)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause(0.1)
        assert app.screen.query_one("#loading").display  # still loading, screen alive
        await pilot.press("j")  # the UI answers keys meanwhile
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.screen.query_one("#loading").display
        assert len(shown_titles(app)) == 6 and calls


async def test_cached_summaries_list_at_once_while_the_articles_load(make_app: MakeApp) -> None:
    """A warm start lists the parse cache's summaries; the full articles replace them,
    the cursor stays on its article, and an article asked for meanwhile opens then."""
    from kzreader.model import ArticleSummary

    full = fixture_corpus()
    release = threading.Event()

    def loader(paths: object, *, progress: object) -> Corpus:
        release.wait(5)
        return full

    def previewer(paths: object) -> list[ArticleSummary]:
        return [ArticleSummary.of(a) for a in full.articles]

    app = make_app(corpus=None, loader=loader, previewer=previewer)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause(0.1)
        assert app.corpus is None and len(shown_titles(app)) == 6  # listed before loading
        assert "Reading article text" in str(app.screen.query_one("#loading-label").render())
        lines = screen_lines(app)
        kompas = next(line for line in lines if "KompasTV" in line)
        assert kompas.split()[-4:-1] == ["3", "1", "1"]  # fact counts from the summary
        await pilot.press("slash", *"kassym")  # search covers titles meanwhile
        await pilot.press("enter")
        assert "titles and authors only" in status(app)
        await pilot.press("escape")
        await pilot.press("j", "j")
        wanted = table(app).current_article
        assert isinstance(wanted, ArticleSummary)
        await pilot.press("enter")  # not yet: opens when the text is in
        assert isinstance(app.screen, LibraryScreen)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert (app.screen.article.id, app.screen.article.path) == (wanted.id, wanted.path)
        await pilot.press("escape")
        current = table(app).current_article
        assert current in full.articles and current.id == wanted.id  # same row, full article
        assert not app.screen.query_one("#loading").display


async def test_rows_read_ahead_by_a_child_show_in_the_first_frame(make_app: MakeApp) -> None:
    """A preloader whose rows are waiting is read on mount: no thread, no extra frame."""
    from kzreader.model import ArticleSummary

    full = fixture_corpus()
    release = threading.Event()

    class Ready:
        calls = 0

        def ready(self, wait: float = 0.0) -> bool:
            return True

        def __call__(self, paths: object) -> list[ArticleSummary]:
            self.calls += 1
            return [ArticleSummary.of(a) for a in full.articles]

    preload = Ready()
    app = make_app(corpus=None, loader=lambda paths, *, progress: release.wait(5) and full,
                   previewer=preload)
    async with app.run_test(size=(120, 24)) as pilot:
        assert len(shown_titles(app)) == 6 and app.corpus is None
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.corpus is full and preload.calls == 1  # read once, not again by the worker


async def test_a_failing_previewer_only_loses_the_head_start(make_app: MakeApp) -> None:
    def previewer(paths: object) -> list[object]:
        raise RuntimeError("cache unreadable")

    app = make_app(corpus=None, loader=lambda paths, *, progress: fixture_corpus(),
                   previewer=previewer)
    async with app.run_test(size=(100, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(shown_titles(app)) == 6 and app.corpus is not None


async def test_a_failing_loader_is_reported_not_fatal(make_app: MakeApp) -> None:
    def loader(paths: object, *, progress: object) -> Corpus:
        raise OSError("disk on fire")

    app = make_app(corpus=None, loader=loader)
    async with app.run_test(size=(100, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "disk on fire" in str(app.screen.query_one("#errors", Static).render())
        assert isinstance(app.screen, LibraryScreen)


async def test_markup_and_escapes_in_metadata_render_literally(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(200, 24)):
        t = table(app)
        strips = [t.render_line(y) for y in range(t.size.height)]
        text = "".join(s.text for s in strips)
        assert "[bold]aneh[/b]" in text and "[i]Redaksi[/i]" in text
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text)
        assert all(seg.style is None or seg.style.link is None for s in strips for seg in s)


def test_fixture_articles_are_realistic() -> None:
    articles = corpus_articles()
    assert len(articles) == 6 and all(a.facts and a.trace for a in articles)
    for a in articles:
        for f in a.facts:
            assert a.text[f.start : f.end] == f.text


PIPELINE_READY = importlib.util.find_spec("kzreader.ingest") is not None


@pytest.mark.skipif(not PIPELINE_READY, reason="the ingest pipeline is not in the tree yet")
async def test_real_seeds_load_through_the_pipeline_and_open(seeds_dir: Path) -> None:
    app = KzreaderApp([str(seeds_dir)], settings=Settings())
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(shown_titles(app)) == 5
        assert "5 articles" in status(app)
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("j", "J", "r", "r", "tab", "down", "enter")
        assert isinstance(app.screen, ReaderScreen)


async def test_a_search_typed_in_one_burst_loses_no_key(make_app: MakeApp) -> None:
    """`/` then text arriving together (a fast typist, a paste): every key lands in the
    search line, none triggers a library binding (`o` would open the outlet filter),
    and `/` inside the search is text."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        for key, char in [("slash", "/"), *[(c, c) for c in "kompas"], ("slash", "/"),
                          ("1", "1")]:
            event = events.Key(key, char)
            event.set_sender(app)
            app._driver.send_message(event)  # type: ignore[union-attr]
        await pilot.pause(0.2)
        assert isinstance(app.screen, LibraryScreen)  # no outlet filter popped up
        assert app.screen.query_one("#search", Input).value == "kompas/1"
