"""Default key bindings as data, and the user's config file that overrides them.

Every binding has a stable id (`library.search`); a TOML config maps ids to
keys. The config is `$KZREADER_CONFIG`, else `$XDG_CONFIG_HOME/kzreader/config.toml`
(`~/.config/kzreader/config.toml`):

    theme = "textual-light"

    [keys]
    "library.search" = "slash,ctrl+f"
    "reader.copy" = "c"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from textual.app import App
from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class KeySpec:
    """A default binding: keys, the action it runs, and how the footer names it."""

    keys: str
    action: str
    description: str
    show: bool = True
    group: str | None = None


DEFAULT_KEYS: dict[str, KeySpec] = {
    # the library list
    "library.down": KeySpec("down,j", "cursor_down", "Down", group="Move"),
    "library.up": KeySpec("up,k", "cursor_up", "Up", group="Move"),
    "library.page_down": KeySpec("pagedown", "page_down", "Page down", show=False),
    "library.page_up": KeySpec("pageup", "page_up", "Page up", show=False),
    "library.first": KeySpec("home", "first", "First article", show=False),
    "library.last": KeySpec("end", "last", "Last article", show=False),
    "library.open": KeySpec("enter", "open", "Open"),
    # the library screen
    "library.search": KeySpec("slash", "search", "Search"),
    "library.outlet": KeySpec("o", "filter_outlet", "Outlet"),
    "library.dates": KeySpec("d", "filter_dates", "Dates"),
    "library.sort": KeySpec("s", "sort", "Sort"),
    "library.group": KeySpec("g", "group", "Group"),
    "library.clear": KeySpec("escape", "clear_filters", "Clear filters", show=False),
    # the article text
    "reader.next_sentence": KeySpec("down,j", "next_sentence", "Next sentence", group="Sentence"),
    "reader.prev_sentence": KeySpec("up,k", "prev_sentence", "Previous sentence", group="Sentence"),
    "reader.next_paragraph": KeySpec("J", "next_paragraph", "Next paragraph", group="Paragraph"),
    "reader.prev_paragraph": KeySpec(
        "K", "prev_paragraph", "Previous paragraph", group="Paragraph"
    ),
    # the facts panel
    "reader.jump": KeySpec("enter", "select", "Jump to fact"),
    # the reader screen
    "reader.facts": KeySpec("tab", "toggle_facts", "Facts"),
    "reader.raw": KeySpec("r", "toggle_raw", "Raw"),
    "reader.copy": KeySpec("y", "copy", "Copy"),
    "reader.back": KeySpec("escape", "back", "Back"),
    # annotating (issue 5): selection in the article text
    "reader.select": KeySpec("v", "start_selection", "Select", group="Select"),
    "reader.word_next": KeySpec("w,shift+right", "extend_word", "Extend by word", show=False),
    "reader.word_prev": KeySpec("b,shift+left", "shrink_word", "Shrink by word", show=False),
    "reader.extend_next": KeySpec(
        "shift+down", "extend_sentence", "Extend by sentence", show=False
    ),
    "reader.extend_prev": KeySpec(
        "shift+up", "shrink_sentence", "Shrink by sentence", show=False
    ),
    "reader.cancel_selection": KeySpec(
        "escape", "cancel_selection", "Cancel selection", show=False
    ),
    # annotating (issue 5): the reader screen
    "reader.claim": KeySpec("c", "tag('claim')", "Claim", group="Tag"),
    "reader.quote": KeySpec("q", "tag('quote')", "Quote", group="Tag"),
    "reader.figure": KeySpec("f", "tag('figure')", "Figure", group="Tag"),
    "reader.tag": KeySpec("t", "custom_tag", "Tag…", group="Tag"),
    "reader.note": KeySpec("n", "note", "Note", show=False),
    "reader.accept": KeySpec("a", "accept", "Accept fact", show=False),
    "reader.delete": KeySpec("x", "delete_annotation", "Delete annotation", show=False),
    "reader.undo": KeySpec("u", "undo", "Undo", show=False),
    "reader.redo": KeySpec("ctrl+r", "redo", "Redo", show=False),
    "reader.annotations": KeySpec("p", "toggle_annotations", "Annotations", show=False),
    "reader.jump_annotation": KeySpec("enter", "select", "Jump to annotation"),
    # annotating (issue 5): everywhere
    "app.export": KeySpec("e", "export", "Export", show=False),
    "app.orphans": KeySpec("O", "orphans", "Orphans", show=False),
    "orphans.back": KeySpec("escape", "back", "Back"),
    # compare outlets and the annotations view (issue 6)
    "library.compare": KeySpec("c", "compare", "Compare"),
    "library.annotations": KeySpec("A", "annotations", "Annotations"),
    "compare.down": KeySpec("down,j", "cursor_down", "Down", group="Move"),
    "compare.up": KeySpec("up,k", "cursor_up", "Up", group="Move"),
    "compare.page_down": KeySpec("pagedown", "page_down", "Page down", show=False),
    "compare.page_up": KeySpec("pageup", "page_up", "Page up", show=False),
    "compare.first": KeySpec("home", "first", "First row", show=False),
    "compare.last": KeySpec("end", "last", "Last row", show=False),
    "compare.open": KeySpec("enter", "choose", "Open / expand"),
    "compare.figures": KeySpec("1", "section('figures')", "Figures", group="Section"),
    "compare.quotes": KeySpec("2", "section('quotes')", "Quotes", group="Section"),
    "compare.sources": KeySpec("3", "section('sources')", "Sources", group="Section"),
    "compare.timeline": KeySpec("4", "section('timeline')", "Timeline", group="Section"),
    "compare.syndication": KeySpec(
        "5", "section('syndication')", "Syndication", group="Section"
    ),
    "compare.next_section": KeySpec(
        "right,right_square_bracket", "next_section(1)", "Next section", show=False
    ),
    "compare.prev_section": KeySpec(
        "left,left_square_bracket", "next_section(-1)", "Previous section", show=False
    ),
    "compare.next_disagreement": KeySpec("n", "next_disagreement", "Next ≠"),
    "compare.back": KeySpec("escape", "back", "Back"),
    "annotations.down": KeySpec("down,j", "cursor_down", "Down", group="Move"),
    "annotations.up": KeySpec("up,k", "cursor_up", "Up", group="Move"),
    "annotations.page_down": KeySpec("pagedown", "page_down", "Page down", show=False),
    "annotations.page_up": KeySpec("pageup", "page_up", "Page up", show=False),
    "annotations.first": KeySpec("home", "first", "First annotation", show=False),
    "annotations.last": KeySpec("end", "last", "Last annotation", show=False),
    "annotations.open": KeySpec("enter", "choose", "Open"),
    "annotations.tag": KeySpec("t", "cycle('tag')", "Tag"),
    "annotations.outlet": KeySpec("o", "cycle('outlet')", "Outlet"),
    "annotations.annotator": KeySpec("a", "cycle('annotator')", "Annotator"),
    "annotations.clear": KeySpec("x", "clear_filters", "Clear"),
    "annotations.back": KeySpec("escape", "back", "Back"),
    # everywhere
    "app.help": KeySpec("question_mark", "help", "Help"),
    "app.quit": KeySpec("ctrl+q", "quit", "Quit"),
}

_GROUPS: dict[str, Binding.Group] = {}


KEY_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Library", "library."),
    ("Reader", "reader."),
    ("Compare outlets", "compare."),
    ("Annotations view", "annotations."),
    ("Everywhere", "app."),
)
"""How the help screen and the README group the keys: (heading, binding id prefix)."""


def bindings(*ids: str, priority: bool = False) -> list[Binding]:
    """Textual `Binding`s for the given ids (their keys can then be remapped by id)."""
    out = []
    for binding_id in ids:
        spec = DEFAULT_KEYS[binding_id]
        group = None
        if spec.group:
            group = _GROUPS.setdefault(spec.group, Binding.Group(spec.group, compact=True))
        out.append(
            Binding(
                spec.keys,
                spec.action,
                spec.description,
                show=spec.show,
                id=binding_id,
                group=group,
                priority=priority,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Settings:
    """What the config file says, plus anything wrong with it (shown, never fatal)."""

    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    problems: tuple[str, ...] = ()
    path: Path | None = None


def config_path() -> Path:
    """Where the config file is looked for."""
    if explicit := os.environ.get("KZREADER_CONFIG"):
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "kzreader" / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Read the config file; a missing file gives the defaults."""
    path = path or config_path()
    if not path.is_file():
        return Settings(path=path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Settings(problems=(f"{path}: {exc}",), path=path)
    problems: list[str] = []
    keymap: dict[str, str] = {}
    raw_keys = data.get("keys", {})
    if not isinstance(raw_keys, dict):
        raw_keys = {}
        problems.append(f"{path}: [keys] must be a table")
    for binding_id, keys in raw_keys.items():
        if binding_id not in DEFAULT_KEYS:
            problems.append(f"{path}: unknown key binding id {binding_id!r}")
        elif not isinstance(keys, str) or not keys.strip():
            problems.append(f"{path}: keys for {binding_id!r} must be a non-empty string")
        else:
            keymap[binding_id] = keys
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        problems.append(f"{path}: theme must be a string")
        theme = None
    return Settings(keymap=keymap, theme=theme, problems=tuple(problems), path=path)


def keys_for(binding_id: str, keymap: dict[str, str]) -> str:
    """The keys a binding answers to under `keymap`."""
    return keymap.get(binding_id, DEFAULT_KEYS[binding_id].keys)


def key_label(app: App, keys: str) -> str:
    """How the keys of a binding read on screen: `↓/j`."""
    return " ".join(app.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))
