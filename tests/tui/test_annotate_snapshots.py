"""SVG snapshots of annotating: highlights and panel, a selection, the tag and export prompts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from kzreader.tui.app import KzreaderApp
from kzreader.tui.keys import Settings
from tests.tui.fixtures import fixture_corpus

SIZES = [(80, 24), (160, 50)]

OPEN_KOMPAS = ["j", "down", "down", "down", "enter"]
ANNOTATE = [
    *OPEN_KOMPAS,
    "c",                       # sentence 1: claim
    "j", "a",                  # sentence 2: accept the figure "Sekitar 2.500 pasukan"
    "j", "t", *"hoax", "enter",  # sentence 3: custom tag
    "n", *"cek sumber", "enter",  # with a note
    "J", "w", "w", "q",        # last paragraph: its first two words as a quote
]

SCENES: dict[str, list[str]] = {
    "annotated": ["k", "k", "k"],
    "selecting": ["k", "v", "j", "b", "b"],
    "tag-prompt": ["t", "h"],
    "export-prompt": ["e"],
}


def app(theme: str | None = None) -> KzreaderApp:
    return KzreaderApp(corpus=fixture_corpus(), settings=Settings(theme=theme))


def prepare(extra: list[str]) -> Callable[[object], Awaitable[None]]:
    async def run_before(pilot: object) -> None:
        await pilot.press(*ANNOTATE)  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
        pilot.app.clear_notifications()  # type: ignore[attr-defined]
        await pilot.press(*extra)  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scene", list(SCENES))
def test_annotate(snap_compare: object, scene: str, size: tuple[int, int]) -> None:
    assert snap_compare(  # type: ignore[operator]
        app(), run_before=prepare(SCENES[scene]), terminal_size=size
    )


def test_annotated_light_theme(snap_compare: object) -> None:
    assert snap_compare(  # type: ignore[operator]
        app("textual-light"), run_before=prepare(SCENES["annotated"]), terminal_size=(120, 30)
    )
