"""The body: paragraphs between header and footer, minus in-body boilerplate.

Returns the cleaned text (one paragraph a line) and a trace with one entry per
raw line saying whether it was kept and why not.
"""

from __future__ import annotations

from kzreader.ingest.layout import Layout
from kzreader.ingest.outlets import name_key
from kzreader.ingest.pullquote import pull_quotes
from kzreader.model import LazySeq, LineTrace, trace_of_rows

HEADER_REASONS = {"text": "header", "related_header": "related"}


def clean_body(layout: Layout) -> tuple[str, LazySeq[LineTrace]]:
    """Kept paragraphs joined by `\\n`, and what happened to each raw line."""
    lines = layout.lines
    reasons: list[str] = [""] * len(lines)
    for i, ln in enumerate(lines[: layout.start]):
        reasons[i] = "title" if layout.title and ln.text == layout.title else (
            HEADER_REASONS.get(ln.kind, ln.reason))  # fmt: skip
    for i in range(layout.stop, len(lines)):
        reasons[i] = "blank" if lines[i].kind == "blank" else "footer"
    title_key = name_key(layout.title) if layout.title else None
    seen: set[str] = set()
    kept: list[int] = []
    keys: list[str] = []  # `name_key` of each kept line, for `pull_quotes`
    in_related = False
    heading_only = False  # a related heading with no headline under it yet
    for i in range(layout.start, layout.stop):
        ln = lines[i]
        if ln.kind == "blank":
            # `Baca Juga`, a blank, then the headlines: the blank does not end the list
            in_related = in_related and heading_only
            reasons[i] = "blank"
            continue
        heading_only = ln.kind == "related_header"
        if heading_only:
            in_related = True
            reasons[i] = "related"
            continue
        if ln.kind != "text":
            reasons[i] = ln.reason
            continue
        if in_related and not ln.prose:
            reasons[i] = "related"
            continue
        in_related = False
        key = name_key(ln.text)
        if title_key and key == title_key:
            reasons[i] = "title"
        elif title_key and len(key) > len(title_key) and key.startswith(title_key):
            reasons[i] = "caption"  # a caption glued to the repeated title
        elif key in seen:
            reasons[i] = "duplicate"
        else:
            seen.add(key)
            kept.append(i)
            keys.append(key)
    copies = pull_quotes(lines, kept, keys)
    if copies:
        for i in copies:
            reasons[i] = "pull quote"
        kept = [i for i in kept if i not in copies]
    last_prose = max((i for i in kept if lines[i].prose or lines[i].signoff), default=None)
    if last_prose is not None:
        for i in kept:
            if i > last_prose:
                reasons[i] = "trailing"
        kept = [i for i in kept if i <= last_prose]
    # kept lines are exactly those left without a reason
    trace = [(ln.raw, not reason, reason) for ln, reason in zip(lines, reasons, strict=True)]
    return "\n".join(lines[i].text for i in kept), trace_of_rows(trace)
