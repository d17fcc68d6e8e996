"""The README tells the truth about keys and screenshots."""

from __future__ import annotations

from docs.readme_assets import README, SCENES, SHOTS, readme_with_keys
from tests.conftest import ROOT


def test_readme_keys_table_is_current() -> None:
    """Change a default key and this fails until `python -m docs.readme_assets --keys`."""
    text = README.read_text(encoding="utf-8")
    assert readme_with_keys(text) == text


def test_every_screenshot_named_in_the_readme_exists() -> None:
    text = README.read_text(encoding="utf-8")
    for name, _keys in SCENES:
        assert f"docs/screenshots/{name}.svg" in text
        assert (SHOTS / f"{name}.svg").is_file()


def test_quick_start_commands_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make run" in README.read_text(encoding="utf-8")
    assert "\nrun:" in makefile and "\ntest:" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
