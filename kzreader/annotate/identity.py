"""Who is annotating: the configured name, `KZREADER_USER`, or the login name."""

from __future__ import annotations

import getpass
import os
import tomllib
from pathlib import Path


def config_path() -> Path:
    """`$XDG_CONFIG_HOME/kzreader/config.toml` (default `~/.config/...`)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "kzreader" / "config.toml"


def configured_annotator(path: Path | None = None) -> str | None:
    """The `annotator = "..."` setting of the config file, if any (a bad file is ignored)."""
    try:
        with (path or config_path()).open("rb") as handle:
            value = tomllib.load(handle).get("annotator")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def current_annotator(explicit: str | None = None, *, config: Path | None = None) -> str:
    """The annotator name: `explicit`, else `KZREADER_USER`, else config, else login."""
    for name in (explicit, os.environ.get("KZREADER_USER"), configured_annotator(config)):
        if name and name.strip():
            return name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
