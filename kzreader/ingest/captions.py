"""Photo blocks: a caption between an `Image` placeholder and a `Credit...` line.

Pasted pages keep a photo as three lines with no blank between them:
`Image`, the caption (a plain sentence), `Credit...Name/Agency`. The caption looks
like prose on its own; its neighbours show that it is not.
"""

from __future__ import annotations

from kzreader.ingest.lines import Line

MAX_WORDS = 40


def mark_photo_captions(lines: list[Line]) -> None:
    """Turn a short text line into a caption when it sits right under a media
    placeholder or right above a photo credit line."""
    for i in range(len(lines)):
        ln = lines[i]
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
