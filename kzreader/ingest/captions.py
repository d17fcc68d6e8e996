"""Photo blocks: a caption between an `Image` placeholder and a `Credit...` line.

Pasted pages keep a photo as three lines with no blank between them:
`Image`, the caption (a plain sentence), `Credit...Name/Agency`. The caption looks
like prose on its own; its neighbours show that it is not. A Markdown export shows
it another way: the caption repeats the alt text of the image just above it.
"""

from __future__ import annotations

import re

from kzreader.ingest.lines import Line
from kzreader.ingest.outlets import name_key

MAX_WORDS = 40
ALT_REACH = 4
"""Lines below a Markdown image within which its caption repeats its alt text."""
_MD_ALT = re.compile(r"!\[([^\]]{8,})\]\(")


def mark_photo_captions(lines: list[Line]) -> None:
    """Turn a short text line into a caption when it sits right under a media
    placeholder or right above a photo credit line, or repeats a Markdown image's alt text."""
    for i in range(len(lines)):
        ln = lines[i]
        if "![" in ln.raw:
            _mark_alt_captions(lines, i)
        if ln.kind != "text" or ln.words > MAX_WORDS:
            continue
        before = lines[i - 1] if i else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        placeholder = before is not None and before.reason == "media"
        credit = (
            after is not None and after.kind == "caption" and after.text[:6].lower() == "credit"
        )
        if placeholder or credit:
            ln.kind, ln.reason = "caption", "caption"


def _mark_alt_captions(lines: list[Line], i: int) -> None:
    """A text line shortly under the Markdown image on line `i` that says what its alt
    text says (`![Warga melintas …](…)`, a credit, then `Warga melintas …`)."""
    for alt in _MD_ALT.findall(lines[i].raw):
        key = name_key(alt)
        for later in lines[i + 1 : i + 1 + ALT_REACH]:
            if later.kind == "text" and name_key(later.text) == key:
                later.kind, later.reason = "caption", "caption"
