"""Fixtures for the reader's pilot and snapshot tests."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable

import pytest

from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import Settings
from kzreader.tui.screens.reader import ReaderScreen
from kzreader.tui.widgets.article_table import ArticleTable
from tests.tui.fixtures import fixture_corpus

MakeApp = Callable[..., KzreaderApp]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture(autouse=True)
def isolated_store(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """Apps that open the default annotation store get a fresh one, never ./annotations."""
    monkeypatch.setenv("KZREADER_STORE", str(tmp_path / "annotations"))  # type: ignore[operator]
    monkeypatch.setenv("KZREADER_USER", "tester")


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make pyperclip behave as on a headless box (raise) unless a test says otherwise."""
    import pyperclip

    def refuse(_text: str) -> None:
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", refuse)
    return []


@pytest.fixture
def make_app() -> MakeApp:
    """A reader on the fixture corpus, ignoring the user's config file."""

    def make(**kwargs: object) -> KzreaderApp:
        kwargs.setdefault("corpus", fixture_corpus())
        kwargs.setdefault("settings", Settings())
        return KzreaderApp(**kwargs)  # type: ignore[arg-type]

    return make


async def open_article(app: KzreaderApp, pilot: object, outlet: str) -> ReaderScreen:
    """From the library, open the first article of `outlet` in the reader."""
    table = app.screen.query_one(ArticleTable)
    while table.current_article is not None and table.current_article.outlet != outlet:
        await pilot.press("j")  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    assert isinstance(app.screen, ReaderScreen)
    return app.screen
