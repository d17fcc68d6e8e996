"""Pilot tests of the reader: sentence cursor, facts panel, raw view, copy, keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import ContentSwitcher, Static

from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import load_settings
from kzreader.tui.screens.library import LibraryScreen
from kzreader.tui.screens.reader import ReaderScreen
from kzreader.tui.widgets.article_view import ArticleView
from kzreader.tui.widgets.facts_panel import FactsPanel
from kzreader.tui.widgets.raw_view import RawView
from tests.tui.conftest import MakeApp, open_article


def view(app: KzreaderApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


async def test_header_shows_outlet_via_authors_date_basis_section_dateline_sources(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        header = str(screen.query_one("#article-header", Static).render())
        for part in ("KompasTV", "via Dimensy.id", "by Vyara Lestari",
                     "2022-01-13 19:05 WIB (stated)", "section Internasional",
                     "dateline Nursultan", "sources: Associated Press"):
            assert part in header
        await pilot.press("escape")
        screen = await open_article(app, pilot, "SinPo.id")
        header = str(screen.query_one("#article-header", Static).render())
        assert "2022-01-16 (inferred from the body)" in header


async def test_sentence_cursor_moves_by_sentence_and_paragraph(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(app, pilot, "RMOL")  # the earliest RMOL: Kronologi (3 sentences)
        v = view(app)
        assert v.sentence_text.startswith("Harga gas cair")
        await pilot.press("j")
        assert v.sentence_text == "Warga turun ke jalan pada 2 Januari 2022."
        await pilot.press("down")
        assert v.sentence_text.startswith("Protes menyebar")
        await pilot.press("j")  # stays on the last sentence
        assert v.cursor == 2
        await pilot.press("k", "up")
        assert v.cursor == 0
        await pilot.press("J")
        assert v.sentence_text.startswith("Protes menyebar")
        await pilot.press("K")
        assert v.cursor == 0
        status = str(app.screen.query_one("#reader-status", Static).render())
        assert status.startswith("sentence 1/3")


async def test_shift_k_goes_to_paragraph_start_first(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(app, pilot, "KompasTV")
        v = view(app)
        await pilot.press("j")  # second sentence of the first paragraph
        assert v.sentence_text.startswith("Sekitar 2.500")
        await pilot.press("K")
        assert v.cursor == 0


async def test_current_sentence_is_painted_differently(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(app, pilot, "RMOL")
        v = view(app)
        before = v.render_line(0)
        await pilot.press("J")
        after = v.render_line(0)
        assert before.text == after.text and before != after


async def test_tab_switches_to_the_facts_panel_and_back(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await open_article(app, pilot, "KompasTV")
        await pilot.press("tab")
        assert app.screen.query_one(FactsPanel).has_focus
        await pilot.press("tab")
        assert view(app).has_focus


async def test_highlighting_a_fact_selects_it_and_enter_jumps_to_its_sentence(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, "KompasTV")
        text = screen.article.text
        await pilot.press("tab")
        panel = app.screen.query_one(FactsPanel)
        # options: Figures heading, then the first figure in text order: "Sekitar 2.500 pasukan"
        await pilot.press("down")
        await pilot.pause()
        v = view(app)
        assert v.selected is not None
        assert text[v.selected[0] : v.selected[1]] == "Sekitar 2.500 pasukan"
        assert v.cursor == 0 and panel.has_focus  # only shown, not jumped
        await pilot.press("down")  # "160 orang" in the last paragraph
        await pilot.press("enter")
        assert v.has_focus
        assert v.sentence_text == "Kementerian Kesehatan mencatat 160 orang meninggal dunia."
        assert text[v.selected[0] : v.selected[1]] == "160 orang"  # type: ignore[index]


async def test_selected_fact_is_scrolled_into_view_in_a_long_article(make_app: MakeApp) -> None:
    from dataclasses import replace

    from tests.tui.fixtures import corpus_articles, figure

    base = corpus_articles()[0]
    filler = "\n".join(f"Paragraf pengisi nomor {n} tentang Kazakhstan." for n in range(120))
    text = filler + "\nPada akhirnya 77 orang terluka."
    article = replace(base, text=text, facts=(figure(text, "77 orang", 77, "orang", "injured"),))
    from kzreader.corpus import Corpus

    app = make_app(corpus=Corpus(articles=[article]))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("enter", "tab", "down", "enter")
        v = view(app)
        line = v.line_of(v.selected[0])  # type: ignore[index]
        top = round(v.scroll_offset.y)
        assert top > 0 and top <= line < top + v.scrollable_content_region.height
        assert v.sentence_text == "Pada akhirnya 77 orang terluka."


async def test_raw_view_shows_dropped_lines_with_reasons(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await open_article(app, pilot, "RMOL")
        await pilot.press("r")
        switcher = app.screen.query_one(ContentSwitcher)
        assert switcher.current == "raw" and app.screen.query_one(RawView).has_focus
        raw = app.screen.query_one(RawView).content.plain
        assert "✗ Baca Juga: Tokayev Copot Kepala Intelijen  ⟨baca juga⟩" in raw
        assert "✗ Pasukan CSTO bersiap menaiki pesawat militer/Net  ⟨caption⟩" in raw
        assert "  Harga gas cair di Zhanaozen" in raw
        assert raw.startswith("6 raw lines, 4 dropped by the cleaner")
        raw_view = app.screen.query_one(RawView)
        shown = [raw_view.render_line(y).text for y in range(raw_view.size.height)]
        assert shown[0].startswith("6 raw lines") and all(len(s) == len(shown[0]) for s in shown)
        assert any(s.startswith("✗ Baca Juga") for s in shown)  # line by line, wrapped
        await pilot.press("r")
        assert switcher.current == "text" and view(app).has_focus


async def test_raw_view_is_built_only_when_first_shown(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await open_article(app, pilot, "RMOL")
        assert app.screen.query_one(RawView)._content is None
        await pilot.press("r", "j", "k")
        assert app.screen.query_one(RawView)._content is not None


async def test_y_falls_back_to_osc52_and_says_so(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await open_article(app, pilot, "RMOL")
        await pilot.press("j", "y")
        assert app.clipboard == (
            "Warga turun ke jalan pada 2 Januari 2022.\n"
            "— RMOL, 2022-01-05 14:00 WIB, “Kronologi Protes Kazakhstan: Dari Harga Gas ke "
            "Kerusuhan”"
        )
        messages = [n.message for n in app._notifications]
        assert any("OSC 52" in m for m in messages)
        assert isinstance(app.screen, ReaderScreen)


async def test_y_uses_the_system_clipboard_when_there_is_one(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyperclip

    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await open_article(app, pilot, "SinPo.id")
        await pilot.press("y")
        assert copied == [
            "Kerusuhan di Kazakhstan menewaskan 160 orang, kata pemerintah pada Minggu (16/1).\n"
            "— SinPo.id, 2022-01-16, “Korban Tewas Kerusuhan Kazakhstan Jadi 160 Orang”"
        ]
        assert any(n.message == "Copied to the clipboard." for n in app._notifications)


async def test_a_config_file_overrides_keys(make_app: MakeApp, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"reader.copy" = "c"\n"library.search" = "f"\n')
    app = make_app(settings=load_settings(config))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("slash")
        assert not app.screen.query_one("#search").display  # `/` no longer searches
        await pilot.press("f")
        assert app.screen.query_one("#search").display
        await pilot.press("escape")
        await open_article(app, pilot, "RMOL")
        await pilot.press("c")
        assert app.clipboard.startswith("Harga gas cair")
        footer_keys = [b.key for _, b, enabled, _ in app.active_bindings.values() if enabled]
        assert "c" in footer_keys and "y" not in footer_keys


async def test_config_theme_applies_and_bad_config_is_reported(
    make_app: MakeApp, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('theme = "textual-light"\n[keys]\n"reader.nope" = "z"\n')
    app = make_app(settings=load_settings(config))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"
        assert any("reader.nope" in n.message for n in app._notifications)


async def test_command_palette_offers_reader_actions(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await open_article(app, pilot, "RMOL")
        await pilot.press("ctrl+p", *"raw")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(ContentSwitcher).current == "raw"


async def test_escape_returns_to_the_library(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await open_article(app, pilot, "RMOL")
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_hostile_article_text_never_reaches_the_terminal_as_control(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(app, pilot, "Dimensy.id")
        v = view(app)
        painted = "".join(v.render_line(y).text for y in range(v.size.height))
        header = str(app.screen.query_one("#article-header", Static).render())
        for shown in (painted, header):
            assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in shown)
        assert "[bold]markup[/bold]" in painted and "[/b]" in painted
        assert "[link=https://x]tautan[/link]" in painted and "␛[31mmerah" in painted
        assert "[red]Dunia[/red]" in header
        segments = [seg for y in range(v.size.height) for seg in v.render_line(y)]
        assert all(seg.style is None or seg.style.link is None for seg in segments)
        await pilot.press("r")  # the raw view too
        raw = app.screen.query_one(RawView).content.plain
        assert "[/b]" in raw and not any(ord(c) < 0x20 and c != "\n" for c in raw)
        await pilot.press("y")  # copying it does not crash either
        assert isinstance(app.screen, ReaderScreen)
