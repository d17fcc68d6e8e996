"""The README's screenshots and keys table, generated so they cannot go stale.

    python -m docs.readme_assets            # rewrite docs/screenshots/*.svg and the README keys
    python -m docs.readme_assets --keys     # only the keys table

Screenshots drive the real app on the bundled corpus through Textual's pilot;
the keys table is built from `kzreader.tui.keys.DEFAULT_KEYS` (a test checks
that the README's copy is current).
"""

from __future__ import annotations

import asyncio
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SHOTS = ROOT / "docs" / "screenshots"
BEGIN, END = "<!-- keys:begin -->", "<!-- keys:end -->"

KEY_NAMES = {
    "down": "↓", "up": "↑", "left": "←", "right": "→", "enter": "enter", "escape": "esc",
    "slash": "/", "question_mark": "?", "pagedown": "pgdn", "pageup": "pgup",
    "left_square_bracket": "[", "right_square_bracket": "]",
}  # fmt: skip


def key_label(keys: str) -> str:
    return " ".join(
        "+".join(KEY_NAMES.get(part, part) for part in key.split("+")) for key in keys.split(",")
    )


def keys_markdown() -> str:
    """One table per screen: key(s), what they do."""
    from kzreader.tui.keys import DEFAULT_KEYS, KEY_SECTIONS

    out = []
    for title, prefix in KEY_SECTIONS:
        out += [f"**{title}**", "", "| keys | action |", "| --- | --- |"]
        for binding_id, spec in DEFAULT_KEYS.items():
            if binding_id.startswith(prefix):
                label = key_label(spec.keys).replace("|", "\\|")
                out.append(f"| `{label}` | {spec.description} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def readme_with_keys(readme: str) -> str:
    block = f"{BEGIN}\n{keys_markdown()}{END}"
    return re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _m: block, readme, flags=re.S)


SCENES: list[tuple[str, list[str]]] = [
    ("library", []),
    ("reader", ["down", "down", "enter", "j", "j"]),
    ("annotate", ["c", "j", "a", "j", "v", "w", "w", "q", "p"]),
    ("raw", ["escape", "r"]),
    ("compare", ["r", "escape", "escape", "c"]),
    ("annotations", ["escape", "A"]),
    ("help", ["escape", "question_mark"]),
]


async def take_screenshots(size: tuple[int, int] = (132, 38)) -> list[Path]:
    from kzreader.annotate import AnnotationStore
    from kzreader.corpus import load_corpus
    from kzreader.tui.app import KzreaderApp

    corpus = load_corpus([ROOT / "seeds"], cache=False)
    SHOTS.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore.open(Path(tmp) / "store", annotator="reader")
        app = KzreaderApp(corpus=corpus, store=store)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for name, keys in SCENES:
                for key in keys:
                    await pilot.press(key)
                    await pilot.pause()
                await app.workers.wait_for_complete()
                await pilot.pause(0.3)
                app.clear_notifications()
                await pilot.pause()
                written.append(Path(app.save_screenshot(f"{name}.svg", str(SHOTS))))
        store.close()
    return written


def main(argv: list[str]) -> None:
    README.write_text(readme_with_keys(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"keys table written to {README}")
    if "--keys" not in argv:
        for path in asyncio.run(take_screenshots()):
            print(f"screenshot {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
