"""Suite-wide set-up: tests never touch the user's cache or annotation store."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

_scratch = Path(tempfile.mkdtemp(prefix="kzreader-tests-"))
os.environ["KZREADER_CACHE"] = str(_scratch / "parse.sqlite")
os.environ.setdefault("KZREADER_STORE", str(_scratch / "annotations"))
os.environ.setdefault("KZREADER_USER", "tester")


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
