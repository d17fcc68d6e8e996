"""Pilot tests of annotating in the reader: tags, selection, notes, accept, delete, undo."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, Static

from kzreader.annotate import AnnotationStore
from kzreader.tui.app import KzreaderApp
from kzreader.tui.screens.library import LibraryScreen
from kzreader.tui.screens.orphans import OrphansScreen
from kzreader.tui.screens.prompts import ExportPrompt, TextPrompt
from kzreader.tui.screens.reader import ReaderScreen
from kzreader.tui.widgets.annotations_panel import AnnotationsPanel
from kzreader.tui.widgets.article_table import ArticleTable
from kzreader.tui.widgets.article_view import ArticleView
from tests.tui.conftest import MakeApp, open_article
from tests.tui.fixtures import corpus_articles


def store_of(app: KzreaderApp) -> AnnotationStore:
    assert app.annotation_store is not None
    return app.annotation_store


def texts(app: KzreaderApp, article_id: str) -> list[tuple[str, str]]:
    return [(a.tag, a.text) for a in store_of(app).for_article(article_id)]


def messages(app: KzreaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_tag_keys_act_on_the_sentence_under_the_cursor(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        await pilot.press("c")
        await pilot.press("j", "q")
        await pilot.press("j", "f")
        aid = screen.article.id
        assert texts(app, aid) == [
            ("claim", "Presiden Kazakhstan Kassym-Jomart Tokayev menyatakan misi CSTO selesai."),
            ("quote", "Sekitar 2.500 pasukan mulai ditarik pada Kamis (13/1)."),
            ("figure", "\"Misi utama telah berhasil diselesaikan,\" ujar Tokayev seperti "
                       "dilansir Associated Press."),
        ]
        panel = screen.query_one(AnnotationsPanel)
        assert [a.tag for a in panel.annotations] == ["claim", "quote", "figure"]
        assert "Annotations (3)" in str(screen.query_one("#annotations-title", Static).render())
        assert store_of(app).get(panel.annotations[0].id).annotator == "tester"  # type: ignore[union-attr]


async def test_selection_by_sentence_word_and_shift_arrows(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        v = screen.query_one(ArticleView)
        t = v.text
        await pilot.press("v")
        assert v.selection == v.sentences[0]
        await pilot.press("j")
        assert v.selection == (0, v.sentences[1][1])
        await pilot.press("k")
        assert v.selection == v.sentences[0]
        await pilot.press("w")  # into the next sentence by a word
        assert t[v.selection[0]:v.selection[1]].endswith("selesai. Sekitar")
        await pilot.press("b", "b")
        assert t[v.selection[0]:v.selection[1]].endswith("CSTO")
        await pilot.press("shift+left")
        assert t[v.selection[0]:v.selection[1]].endswith("misi")
        await pilot.press("shift+right")
        assert t[v.selection[0]:v.selection[1]].endswith("CSTO")
        await pilot.press("shift+down")  # to the end of this sentence, then the next
        assert v.selection == v.sentences[0]
        await pilot.press("shift+down")
        assert v.selection == (0, v.sentences[1][1])
        await pilot.press("shift+up")
        assert v.selection == (0, v.sentences[0][1])
        status = str(screen.query_one("#reader-status", Static).render())
        assert "selecting" in status
        await pilot.press("escape")  # cancels the selection, stays in the reader
        assert v.selection is None
        assert app.screen is screen
        await pilot.press("w", "w", "c")  # w with no selection: the sentence's first words
        assert texts(app, screen.article.id) == [("claim", "Presiden Kazakhstan")]
        assert v.selection is None
        await pilot.press("escape")  # no selection: back to the library
        assert isinstance(app.screen, LibraryScreen)


async def test_shift_arrows_and_w_start_a_selection(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        v = screen.query_one(ArticleView)
        await pilot.press("j", "w")
        assert v.text[v.selection[0]:v.selection[1]] == "Sekitar"  # type: ignore[index]
        await pilot.press("w", "w", "f")
        assert texts(app, screen.article.id) == [("figure", "Sekitar 2.500 pasukan")]


async def test_custom_tag_prompt_completes_from_used_tags(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        await pilot.press("t")
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"hoax", "enter")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("j", "t", "h")
        field = app.screen.query_one(Input)
        await pilot.pause()
        assert field._suggestion == "hoax"
        await pilot.press("right", "enter")  # accept the completion
        assert [tag for tag, _ in texts(app, screen.article.id)] == ["hoax", "hoax"]
        await pilot.press("t", "escape")  # cancel: nothing new
        assert len(texts(app, screen.article.id)) == 2


async def test_note_on_the_annotation_under_the_cursor(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        await pilot.press("n")  # nothing to note yet
        assert any("no annotation" in m for m in messages(app))
        await pilot.press("c", "n")
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"cek [b]sumber[/b]", "enter")
        ann = store_of(app).for_article(screen.article.id)[0]
        assert ann.note == "cek [b]sumber[/b]"
        await pilot.press("n")  # prefilled with the note
        assert app.screen.query_one(Input).value == "cek [b]sumber[/b]"
        await pilot.press("escape")
        panel = screen.query_one(AnnotationsPanel)
        assert panel.annotations[0].note == "cek [b]sumber[/b]"


async def test_accept_keeps_figure_value_unit_and_quote_speaker(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        await pilot.press("j", "a")  # the figure in the second sentence
        await pilot.press("j", "a")  # the quote in the third
        anns = store_of(app).for_article(screen.article.id)
        assert [(a.tag, a.text) for a in anns] == [
            ("figure", "Sekitar 2.500 pasukan"),
            ("quote", "Misi utama telah berhasil diselesaikan,"),
        ]
        assert anns[0].fact is not None and anns[0].fact["value"] == 2500
        assert anns[0].fact["unit"] == "pasukan"
        assert anns[1].fact is not None and anns[1].fact["speaker"] == "Kassym-Jomart Tokayev"
        await pilot.press("a")  # twice: refused
        assert len(store_of(app).for_article(screen.article.id)) == 2
        assert any("already annotated" in m for m in messages(app))


async def test_accept_the_fact_chosen_in_the_facts_panel(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        await pilot.press("tab")
        panel = screen.query_one("#facts")
        entries = panel.entries  # type: ignore[attr-defined]
        target = next(n for n, e in enumerate(entries) if e.label.startswith("160"))
        panel.highlighted = target  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("a")
        assert texts(app, screen.article.id) == [("figure", "160 orang")]


async def test_delete_undo_redo(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        aid = screen.article.id
        await pilot.press("c", "x")
        assert texts(app, aid) == []
        await pilot.press("u")
        assert [t for t, _ in texts(app, aid)] == ["claim"]
        assert any(m.startswith("delete claim") for m in messages(app))
        await pilot.press("ctrl+r")
        assert texts(app, aid) == []
        await pilot.press("u", "u")  # undo the delete, then the add
        assert texts(app, aid) == []
        await pilot.press("u")
        assert any("nothing to undo" in m for m in messages(app))
        await pilot.press("ctrl+r")
        assert [t for t, _ in texts(app, aid)] == ["claim"]
        assert [a.tag for a in screen.query_one(AnnotationsPanel).annotations] == ["claim"]


async def test_annotations_panel_jumps_with_enter(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        v = screen.query_one(ArticleView)
        await pilot.press("j", "j", "j", "c")  # the last sentence
        await pilot.press("k", "k", "k")
        assert v.cursor == 0
        await pilot.press("p")
        assert screen.query_one(AnnotationsPanel).has_focus
        await pilot.press("enter")
        assert v.cursor == 3 and v.has_focus
        ann = store_of(app).for_article(screen.article.id)[0]
        assert v.selected == (ann.start, ann.end)
        await pilot.press("x")  # deletes the one jumped to
        assert texts(app, screen.article.id) == []


async def test_library_counts_follow_changes(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        aid = screen.article.id
        await pilot.press("c", "j", "q")
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(ArticleTable)
        assert table.annotation_counts.get(aid) == 2
        await pilot.press("enter", "x", "escape")
        assert app.screen.query_one(ArticleTable).annotation_counts.get(aid) == 1


async def test_counts_come_from_an_existing_store(tmp_path: Path, make_app: MakeApp) -> None:
    article = corpus_articles()[1]
    with AnnotationStore.open(tmp_path / "s") as store:
        store.annotate(article, 0, 10, "claim")
        app = make_app(store=store)
        async with app.run_test(size=(120, 40)):
            table = app.screen.query_one(ArticleTable)
            assert table.annotation_counts.get(article.id) == 1


async def test_export_from_the_tui(tmp_path: Path, make_app: MakeApp) -> None:
    app = make_app()
    out = tmp_path / "out.json"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        await pilot.press("c")
        await pilot.press("e")
        assert isinstance(app.screen, ExportPrompt)
        field = app.screen.query_one("#export-path", Input)
        field.value = str(out)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        data = json.loads(out.read_text(encoding="utf-8"))
        assert str(out) in " ".join(messages(app))
        assert "1 annotation" in " ".join(messages(app))
        assert screen.article.id in json.dumps(data)
        assert "Presiden Kazakhstan Kassym-Jomart Tokayev" in json.dumps(data)


async def test_export_format_follows_the_radio_set(tmp_path: Path, make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot, "KompasTV")
        await pilot.press("c", "escape", "e")  # from the library too
        assert isinstance(app.screen, ExportPrompt)
        field = app.screen.query_one("#export-path", Input)
        field.value = str(tmp_path / "out.json")
        await pilot.press("tab", "right", "right", "space")  # csv
        assert field.value.endswith("out.csv")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "claim" in (tmp_path / "out.csv").read_text(encoding="utf-8")


async def test_read_only_store_refuses_edits(tmp_path: Path, make_app: MakeApp) -> None:
    with AnnotationStore.open(tmp_path / "s") as first:
        first.annotate(corpus_articles()[1], 0, 10, "claim")
        second = AnnotationStore.open(tmp_path / "s")  # locked by `first`
        assert second.read_only
        try:
            app = make_app(store=second)
            async with app.run_test(size=(120, 40)) as pilot:
                assert any("read-only" in m for m in messages(app))
                screen = await open_article(app, pilot, "KompasTV")
                await pilot.press("c", "x", "u")
                assert len(second.for_article(screen.article.id)) == 1
                assert sum("Read-only" in str(n.title) for n in app._notifications) >= 3
                status = str(screen.query_one("#reader-status", Static).render())
                assert "read-only" in status
        finally:
            second.close()


async def test_no_store_says_so(tmp_path: Path, make_app: MakeApp) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    app = make_app(store=blocker / "store")
    assert app.annotation_store is None
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot, "KompasTV")
        await pilot.press("c")
        assert any(m.startswith("no store") for m in messages(app))


async def test_span_opens_the_reader_on_a_passage(make_app: MakeApp) -> None:
    app = make_app()
    article = corpus_articles()[1]
    start = article.text.index("Kementerian Kesehatan")
    async with app.run_test(size=(100, 20)) as pilot:
        await app.push_screen(ReaderScreen(article, span=(start, start + 21)))
        await pilot.pause()
        v = app.screen.query_one(ArticleView)
        assert v.selected == (start, start + 21)
        assert v.sentence_text.startswith("Kementerian Kesehatan")


async def test_orphans_view_lists_orphaned_annotations(tmp_path: Path, make_app: MakeApp) -> None:
    article = corpus_articles()[2]
    with AnnotationStore.open(tmp_path / "s") as store:
        store.annotate(article, 0, 40, "claim", note="lost")
        changed = type(article)(**{**article.__dict__, "text": "Teks yang sama sekali lain."}) \
            if hasattr(article, "__dict__") else None
        if changed is None:
            from dataclasses import replace

            changed = replace(article, text="Teks yang sama sekali lain.", facts=())
        corpus = type(make_app().corpus)(articles=[changed], errors=[])
        app = make_app(store=store, corpus=corpus)
        async with app.run_test(size=(120, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert any("orphaned" in m for m in messages(app))
            await pilot.press("O")
            assert isinstance(app.screen, OrphansScreen)
            listing = str(app.screen.query_one("#orphans-list").get_option_at_index(0).prompt)
            assert "Kerusuhan di Kazakhstan menewaskan 160 o" in listing
            assert "lost" in listing
            await pilot.press("escape")
            assert isinstance(app.screen, LibraryScreen)


async def test_palette_offers_export_and_annotation_commands(make_app: MakeApp) -> None:
    from kzreader.tui.commands import ScreenCommands

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot, "KompasTV")
        provider = ScreenCommands(app.screen)
        titles = [title for title, _, _ in provider._commands()]
        for title in ("Export", "Orphans", "Claim", "Accept fact", "Undo", "Select"):
            assert title in titles


async def test_a_deferred_store_opens_after_the_first_frame(
    tmp_path: Path, make_app: MakeApp
) -> None:
    """`kzreader` opens the store in a thread after the first frame: the counts fill in,
    a locked store still says it is read-only, and a key pressed meanwhile says why."""
    article = corpus_articles()[1]
    with AnnotationStore.open(tmp_path / "s") as first:
        first.annotate(article, 0, 10, "claim")
        app = make_app(store=tmp_path / "s", defer_store=True)
        assert app.annotation_store is None and "still opening" in app.store_problem
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            store = store_of(app)
            assert store.read_only  # `first` holds the lock
            assert any("read-only" in m for m in messages(app))
            table = app.screen.query_one(ArticleTable)
            assert table.annotation_counts.get(article.id) == 1
    app = make_app(store=tmp_path / "s", defer_store=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not store_of(app).read_only  # the lock is free now: a writable store
    with AnnotationStore.open(tmp_path / "s") as again:
        assert not again.read_only  # the app released its lock when it closed


async def test_a_deferred_store_that_cannot_open_says_why(
    tmp_path: Path, make_app: MakeApp
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    app = make_app(store=blocker / "store", defer_store=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.annotation_store is None and app.store_problem
        assert "still opening" not in app.store_problem
        assert any("No annotation store" in str(n.title) for n in app._notifications)
