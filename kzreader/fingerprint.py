"""A fingerprint of the parsing code and its tables, for the parse cache key.

A hand-bumped version number is forgotten the day a rule changes; hashing the
files that decide the output cannot be.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from kzreader.model import PIPELINE_VERSION

PACKAGE = Path(__file__).parent
INPUTS = ("ingest", "extract", "data/outlets.json", "pipeline.py", "model.py", "lexicon.py")


@cache
def pipeline_fingerprint() -> str:
    """Hex digest over PIPELINE_VERSION and every source/table file the pipeline reads."""
    digest = hashlib.blake2b(PIPELINE_VERSION.encode(), digest_size=8)
    for name in INPUTS:
        path = PACKAGE / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.suffix in (".py", ".json") and file.is_file():
                digest.update(file.relative_to(PACKAGE).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()
