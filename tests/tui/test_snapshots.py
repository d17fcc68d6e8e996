"""SVG snapshots of every screen at 80×24 and 160×50 (`--snapshot-update` to accept)."""

from __future__ import annotations

import pytest

from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import Settings
from tests.tui.fixtures import fixture_corpus

SIZES = [(80, 24), (160, 50)]

SCREENS = {
    "library": [],
    "reader": ["j", "down", "down", "down", "enter", "j"],  # KompasTV, second sentence
    "raw": ["j", "j", "j", "enter", "r"],
    "help": ["question_mark"],
    "search": ["slash", *"kazakhstan"],
    "filter": ["o", "down", "down", "down", "space"],
    "grouped": ["g", "j"],
    "hostile": ["j", "j", "enter"],  # Dimensy.id: markup and escapes shown literally
    "facts": ["j", "j", "j", "enter", "tab", "down", "down"],
}


def app() -> KzreaderApp:
    return KzreaderApp(corpus=fixture_corpus(), settings=Settings())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(snap_compare: object, screen: str, size: tuple[int, int]) -> None:
    assert snap_compare(app(), press=SCREENS[screen], terminal_size=size)  # type: ignore[operator]


def test_reader_light_theme(snap_compare: object) -> None:
    light = KzreaderApp(corpus=fixture_corpus(), settings=Settings(theme="textual-light"))
    assert snap_compare(light, press=["j", "j", "j", "enter", "j"], terminal_size=(120, 30))  # type: ignore[operator]


def test_library_light_theme(snap_compare: object) -> None:
    light = KzreaderApp(corpus=fixture_corpus(), settings=Settings(theme="textual-light"))
    assert snap_compare(light, terminal_size=(120, 30))  # type: ignore[operator]
