"""The corpus-wide annotations view: a real store on the seeds, filters, jumps, snapshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kzreader.annotate.store import AnnotationStore
from kzreader.corpus import Corpus, load_corpus
from kzreader.model import Article
from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import DEFAULT_KEYS, Settings
from kzreader.tui.screens.annotations import AnnotationsScreen
from kzreader.tui.screens.reader import ReaderScreen
from kzreader.tui.widgets.article_view import ArticleView

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load_corpus([SEEDS], cache=False)


def by_outlet(corpus: Corpus, outlet: str, via: str | None = None) -> Article:
    return next(a for a in corpus.articles if a.outlet == outlet and a.via == via)


def span_of(article: Article, needle: str) -> tuple[int, int]:
    start = article.text.index(needle)
    return start, start + len(needle)


@pytest.fixture
def store(tmp_path: Path, seeds: Corpus) -> Iterator[AnnotationStore]:
    """Two annotators: ana tags two figures and a claim, budi one quote with a note."""
    folder = tmp_path / "store"
    rmol = by_outlet(seeds, "RMOL", "Dimensy.id")
    kompas = by_outlet(seeds, "KompasTV")
    with AnnotationStore.open(folder, annotator="ana") as first:
        first.annotate(rmol, *span_of(rmol, "225 orang"), "figure")
        first.annotate(kompas, *span_of(kompas, "160 orang"), "figure")
        first.annotate(rmol, *span_of(rmol, "sekitar 7.000 orang"), "claim", note="arrests")
    second = AnnotationStore.open(folder, annotator="budi")
    sinpo = by_outlet(seeds, "SinPo.id")
    second.annotate(
        sinpo, *span_of(sinpo, "Vladimir Putin menuding"), "quote", note="Putin [bold]asing[/b]"
    )
    yield second
    second.close()


def make_app(corpus: Corpus, store: AnnotationStore | None) -> KzreaderApp:
    if store is None:
        return KzreaderApp(corpus=corpus, settings=Settings(), open_store=False)
    return KzreaderApp(corpus=corpus, settings=Settings(), store=store)


async def open_view(app: KzreaderApp, pilot: object) -> AnnotationsScreen:
    screen = AnnotationsScreen()
    await app.push_screen(screen)
    for _ in range(200):
        if screen.loaded:
            break
        await pilot.pause(0.02)  # type: ignore[attr-defined]
    assert screen.loaded
    await pilot.pause()  # type: ignore[attr-defined]
    return screen


def shown(screen: AnnotationsScreen) -> list[tuple[str, str, str | None]]:
    return [
        (r.data.record.tag, r.data.outlet, r.data.record.annotator)
        for r in screen.rows_widget.rows
    ]


async def test_lists_every_annotation_with_its_article(seeds: Corpus, store: AnnotationStore):
    app = make_app(seeds, store)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await open_view(app, pilot)
        assert sorted(shown(screen)) == [
            ("claim", "RMOL", "ana"),
            ("figure", "KompasTV", "ana"),
            ("figure", "RMOL", "ana"),
            ("quote", "SinPo.id", "budi"),
        ]
        rows = {r.data.record.tag + r.data.outlet: r for r in screen.rows_widget.rows}
        claim = rows["claimRMOL"].plain
        for part in ("claim", "RMOL via Dimensy.id", "2022-01-20", "ana", "“sekitar 7.000 orang”",
                     "arrests", "anchored"):
            assert part in claim
        assert "Putin [bold]asing[/b]" in rows["quoteSinPo.id"].plain  # a note is text
        status = str(screen.query_one("#annotations-status").render())
        assert "4 of 4 annotations · 3 articles" in status


async def test_filters_by_tag_outlet_and_annotator_and_show_them(
    seeds: Corpus, store: AnnotationStore
) -> None:
    app = make_app(seeds, store)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_view(app, pilot)
        filters = screen.query_one("#annotations-filters")
        assert "tag any" in str(filters.render())
        await pilot.press("t")  # claim, figure, quote: alphabetically
        assert screen.filters["tag"] == "claim" and shown(screen) == [("claim", "RMOL", "ana")]
        await pilot.press("t")
        assert {t for t, _, _ in shown(screen)} == {"figure"} and len(shown(screen)) == 2
        assert "tag figure" in str(filters.render())
        await pilot.press("o")  # outlets among the figures: KompasTV, RMOL
        assert screen.filters["outlet"] == "KompasTV"
        assert shown(screen) == [("figure", "KompasTV", "ana")]
        await pilot.press("x")
        assert len(shown(screen)) == 4 and screen.filters == dict.fromkeys(screen.filters)
        await pilot.press("a", "a")  # ana, then budi
        assert shown(screen) == [("quote", "SinPo.id", "budi")]
        await pilot.press("a")  # past the last: any again
        assert screen.filters["annotator"] is None and len(shown(screen)) == 4
        await pilot.press("a", "t", "t", "t")  # ana's annotations have no quote: back to any
        assert screen.filters["tag"] is None


async def test_enter_jumps_to_the_passage_and_new_annotations_show_on_return(
    seeds: Corpus, store: AnnotationStore
) -> None:
    app = make_app(seeds, store)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_view(app, pilot)
        await pilot.press("t", "t", "o", "o")  # figure in RMOL
        (row,) = screen.rows_widget.rows
        rec = row.data.record
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == rec.article_id
        assert app.screen.span == (rec.start, rec.end)
        assert "225 orang" in app.screen.query_one(ArticleView).sentence_text
        article = app.screen.article
        store.annotate(article, *span_of(article, "Situasi Kazakhstan"), "figure")
        await pilot.press("escape")
        assert app.screen is screen
        for _ in range(100):
            if len(screen.rows_widget.rows) == 2:
                break
            await pilot.pause(0.02)
        assert len(screen.rows_widget.rows) == 2  # reloaded, filters kept


async def test_empty_store_explains_how_to_annotate(seeds: Corpus, tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path / "empty", annotator="ana") as empty:
        app = make_app(seeds, empty)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_view(app, pilot)
            box = screen.query_one("#annotations-empty")
            assert box.display and not screen.rows_widget.display
            text = str(box.render())
            assert "No annotations yet" in text
            for key in ("c (claim)", "q (quote)", "f (figure)", "t (any tag)"):
                assert key in text
            await pilot.press("enter", "t")  # nothing to open or filter: no error
            assert app.screen is screen


async def test_no_store_says_so(seeds: Corpus) -> None:
    app = make_app(seeds, None)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_view(app, pilot)
        assert "No annotation store" in str(screen.query_one("#annotations-empty").render())


async def test_filtered_to_nothing_offers_to_clear(seeds: Corpus, store: AnnotationStore):
    app = make_app(seeds, store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_view(app, pilot)
        screen.filters["tag"] = "nothing-like-this"
        screen.refresh_rows()
        await pilot.pause()
        assert "No annotation matches these filters" in str(
            screen.query_one("#annotations-empty").render()
        )
        await pilot.press("x")
        assert len(screen.rows_widget.rows) == 4 and screen.rows_widget.display


async def test_palette_actions_name_known_bindings(seeds: Corpus, store: AnnotationStore):
    app = make_app(seeds, store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_view(app, pilot)
        ids = [binding_id for binding_id, _ in screen.palette_actions()]
        assert ids and all(i in DEFAULT_KEYS for i in ids)
        await app.run_action(DEFAULT_KEYS["annotations.tag"].action, screen)
        assert screen.filters["tag"] == "claim"


# --- snapshots ---------------------------------------------------------------------

SNAPSHOTS = {
    "all-80x24": ((80, 24), []),
    "all-160x50": ((160, 50), []),
    "filtered-80x24": ((80, 24), ["t", "t"]),
    "filtered-160x50": ((160, 50), ["a", "a"]),
}


@pytest.mark.parametrize("case", list(SNAPSHOTS))
def test_annotations_snapshot(
    snap_compare: object, case: str, seeds: Corpus, store: AnnotationStore
) -> None:
    size, keys = SNAPSHOTS[case]
    app = make_app(seeds, store)

    async def run_before(pilot: object) -> None:
        await open_view(app, pilot)
        await pilot.press(*keys)  # type: ignore[attr-defined]
        await pilot.pause(0.2)  # type: ignore[attr-defined]

    assert snap_compare(app, run_before=run_before, terminal_size=size)  # type: ignore[operator]


def test_annotations_empty_snapshot(snap_compare: object, seeds: Corpus, tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path / "empty", annotator="ana") as empty:
        app = make_app(seeds, empty)

        async def run_before(pilot: object) -> None:
            await open_view(app, pilot)
            await pilot.pause(0.2)  # type: ignore[attr-defined]

        assert snap_compare(app, run_before=run_before, terminal_size=(80, 24))  # type: ignore[operator]
