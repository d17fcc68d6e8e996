"""The compare screen on the bundled seeds, through the real pipeline (issue 6), plus snapshots.

Pilot tests read the real seeds; snapshots use the fixed fixture corpus (its
facts do not move when the extraction rules change) with the same story:
deaths 225 in RMOL against 160 in KompasTV and SinPo.id.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import LoadingIndicator, Tabs

from kzreader.compare.figures import FigureMention
from kzreader.compare.report import build_report
from kzreader.corpus import Corpus, load_corpus
from kzreader.model import Article
from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import DEFAULT_KEYS, Settings
from kzreader.tui.screens.compare import CompareScreen
from kzreader.tui.screens.reader import ReaderScreen
from kzreader.tui.widgets.article_view import ArticleView
from kzreader.tui.widgets.compare_rows import Row
from kzreader.tui.widgets.compare_sections import MENTIONS_SHOWN
from tests.tui.fixtures import fixture_corpus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SIZES = [(80, 24), (160, 50)]


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    corpus = load_corpus([SEEDS], cache=False)
    assert not corpus.errors and len(corpus.articles) == 5
    return corpus


def make_app(corpus: Corpus) -> KzreaderApp:
    return KzreaderApp(corpus=corpus, settings=Settings(), open_store=False)


async def open_compare(app: KzreaderApp, pilot: object, articles: list[Article]) -> CompareScreen:
    screen = CompareScreen(articles)
    await app.push_screen(screen)
    for _ in range(200):
        if screen.ready:
            break
        await pilot.pause(0.02)  # type: ignore[attr-defined]
    assert screen.ready
    await pilot.pause()  # type: ignore[attr-defined]
    return screen


def mention_rows(screen: CompareScreen, measure: str) -> list[Row]:
    rows = screen.rows_of("figures")
    start = next(i for i, r in enumerate(rows) if r.kind == "group" and r.data.measure == measure)
    out = []
    for r in rows[start + 1 :]:
        if r.kind == "group":
            break
        if isinstance(r.data, FigureMention):
            out.append(r)
    return out


async def test_deaths_160_in_kompastv_and_sinpo_against_225_in_rmol_flagged(seeds: Corpus) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_compare(app, pilot, seeds.articles)
        rows = screen.list
        header = next(r for r in rows.rows if r.kind == "group" and r.data.measure == "deaths")
        assert header.data.disagrees
        assert header.plain.startswith("≠ deaths")
        assert "160 (KompasTV, SinPo.id) vs 225 (RMOL)" in header.plain
        assert rows.rows.index(header) == 0  # the first thing on screen
        by_value: dict[int, set[str]] = {}
        for r in mention_rows(screen, "deaths"):
            by_value.setdefault(r.data.value, set()).add(r.data.article.outlet)
            value_cell = r.cells[0]
            assert value_cell[0][1] == "warning"  # disagreeing values in the warning colour
        assert by_value == {160: {"KompasTV", "SinPo.id"}, 225: {"RMOL"}}
        painted = rows.line_text(0, 150)
        assert "≠ deaths" in painted and "outlets disagree" in painted
        status = str(screen.query_one("#compare-status").render())
        assert "≠ deaths 160 vs 225" in status


async def test_detained_7000_from_rmol_via_dimensy(seeds: Corpus) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_compare(app, pilot, seeds.articles)
        (row,) = [r for r in mention_rows(screen, "detained") if r.data.value == 7000]
        assert "7.000" in row.plain and "RMOL via Dimensy.id" in row.plain
        assert "2022-01-20" in row.plain
        detained = next(r for r in screen.rows_of() if r.kind == "group"
                        and r.data.measure == "detained")
        assert not detained.data.disagrees and not detained.plain.startswith("≠")


async def test_enter_on_a_figure_opens_the_reader_on_its_sentence_and_escape_comes_back(
    seeds: Corpus,
) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_compare(app, pilot, seeds.articles)
        rows = screen.list
        await pilot.press("end", "n")  # next disagreement: the first deaths mention
        assert rows.current is not None and rows.current.data.value == 160
        while rows.current.data.value != 225:
            await pilot.press("j")
        mention = rows.current.data
        at = rows.cursor
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == mention.article.id
        assert app.screen.span == (mention.start, mention.end)
        view = app.screen.query_one(ArticleView)
        assert mention.text in view.sentence_text
        await pilot.press("escape")
        assert app.screen is screen and rows.cursor == at


async def test_quotes_by_speaker_expand_to_their_quotes_and_jump(seeds: Corpus) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_compare(app, pilot, seeds.articles)
        await pilot.press("2")
        assert screen.section == "quotes" and screen.query_one(Tabs).active == "quotes"
        rows = screen.list
        assert rows.has_focus
        speakers = {r.data.name: r for r in rows.rows if r.toggle}
        assert "IDN Times 3 · KompasTV 1" in speakers["Kassym-Jomart Tokayev"].plain
        assert "SinPo.id 3" in speakers["Vladimir Putin"].plain
        assert "RMOL 2" in speakers["Valentina Matvienko"].plain
        assert rows.current is speakers["Kassym-Jomart Tokayev"]  # most quoted first
        await pilot.press("enter")
        quotes = [r for r in rows.rows if r.jump is not None]
        assert len(quotes) == 4 and rows.current.toggle == ("speaker", "Kassym-Jomart Tokayev")
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ReaderScreen)
        q = quotes[0].data
        assert app.screen.span == (q.start, q.end)
        await pilot.press("escape", "k", "enter")  # back on the speaker: fold again
        assert not [r for r in rows.rows if r.jump is not None]


async def test_sources_by_outlet(seeds: Corpus) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_compare(app, pilot, seeds.articles)
        await pilot.press("3")
        rows = screen.rows_of("sources")
        cited: dict[str, set[str]] = {}
        outlet = ""
        for r in rows:
            if r.kind == "group":
                outlet = r.data.outlet
            elif r.toggle:
                cited.setdefault(outlet, set()).add(r.data.name)
        assert {"Sputnik", "Reuters", "Euro News"} <= cited["RMOL"]
        assert {"Associated Press", "DW"} <= cited["KompasTV"]
        assert "Associated Press" not in cited["RMOL"]


async def test_timeline_bars_and_event_dates_and_empty_syndication(seeds: Corpus) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_compare(app, pilot, seeds.articles)
        await pilot.press("4")
        rows = screen.list
        days = {r.toggle[1]: r for r in rows.rows if r.toggle and r.toggle[0] == "day"}
        assert "RMOL 1" in days["2022-01-17"].plain and "█" in days["2022-01-17"].plain
        events = {r.toggle[1]: r for r in rows.rows if r.toggle and r.toggle[0] == "event"}
        assert "RMOL" in events["2022-01-02"].plain
        await pilot.press("enter")  # the first day lists its articles
        (article_row,) = [r for r in rows.rows if r.jump is not None]
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == article_row.jump.article_id
        await pilot.press("escape", "5")
        assert screen.section == "syndication"
        (only,) = screen.rows_of("syndication")
        assert "No republished copies" in only.plain
        await pilot.press("left")
        assert screen.section == "timeline"


async def test_a_long_value_list_is_folded_and_expands(seeds: Corpus) -> None:
    rmol = next(a for a in seeds.articles if a.via == "Dimensy.id")
    many = [replace(rmol, id=f"copy{i}") for i in range(MENTIONS_SHOWN + 4)]
    app = make_app(Corpus(articles=[*seeds.articles, *many]))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_compare(app, pilot, app.corpus.articles)
        rows = screen.list
        (more,) = [r for r in rows.rows if r.toggle == ("more", "deaths", 1)]
        assert "… 5 more mentions of 225" in more.plain
        assert len([r for r in mention_rows(screen, "deaths") if r.data.value == 225]) == 6
        rows.move_to(rows.rows.index(more))
        await pilot.press("enter")
        assert len([r for r in mention_rows(screen, "deaths") if r.data.value == 225]) == 11
        assert rows.current is not None and rows.current.data.value == 225  # first one shown
        await pilot.press("end")
        while rows.current.toggle != ("more", "deaths", 1):
            await pilot.press("k")
        await pilot.press("enter")
        assert len([r for r in mention_rows(screen, "deaths") if r.data.value == 225]) == 6


async def test_the_report_is_built_off_the_ui_thread_with_a_loading_indicator(
    seeds: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[str] = []

    def slow_report(articles: list[Article]):
        threads.append(threading.current_thread().name)
        release.wait(5)
        return build_report(articles)

    monkeypatch.setattr("kzreader.tui.screens.compare.build_report", slow_report)
    app = make_app(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = CompareScreen(seeds.articles)
        await app.push_screen(screen)
        await pilot.pause(0.1)
        assert not screen.ready
        assert screen.query_one(LoadingIndicator).display
        assert screen.query_one("#compare-loading").display
        assert not screen.list.display
        await pilot.press("2", "n")  # keys while loading: answered, harmless
        assert threads and threads[0] != threading.main_thread().name
        release.set()
        for _ in range(200):
            if screen.ready:
                break
            await pilot.pause(0.02)
        assert screen.ready and not screen.query_one("#compare-loading").display


async def test_palette_actions_name_known_bindings(seeds: Corpus) -> None:
    app = make_app(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_compare(app, pilot, seeds.articles)
        ids = [binding_id for binding_id, _ in screen.palette_actions()]
        assert ids and all(i in DEFAULT_KEYS for i in ids)
        assert DEFAULT_KEYS["library.compare"].keys == "c"
        assert DEFAULT_KEYS["library.annotations"].keys == "A"
        await app.run_action(DEFAULT_KEYS["compare.sources"].action, screen)
        assert screen.section == "sources"


# --- snapshots (fixture corpus: stable facts) -----------------------------------

SNAP_KEYS = {
    "figures": [],
    "quotes": ["2", "enter"],
    "timeline": ["4"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("section", list(SNAP_KEYS))
def test_compare_snapshot(snap_compare: object, section: str, size: tuple[int, int]) -> None:
    corpus = fixture_corpus()
    app = make_app(corpus)

    async def run_before(pilot: object) -> None:
        await open_compare(app, pilot, corpus.articles)
        await pilot.press(*SNAP_KEYS[section])  # type: ignore[attr-defined]
        await pilot.pause(0.2)  # type: ignore[attr-defined]

    assert snap_compare(app, run_before=run_before, terminal_size=size)  # type: ignore[operator]
