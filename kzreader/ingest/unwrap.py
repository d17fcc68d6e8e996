"""Hard-wrapped text: lines broken at a fixed width are joined back into paragraphs.

A plain-text paste of an e-mail or wire story often breaks every paragraph at about
72 columns and separates paragraphs with a blank line. The cleaner reads one
paragraph a line, so such a file is unwrapped first.

The test is the word-wrap rule itself: a line was broken because the next line's
first word would not have fitted. A file counts as hard-wrapped when no line is
much wider than the wrap width, paragraphs are separated by blank lines, and
(nearly) every long line inside a block passes that test. Inside such a file a line
is joined to the next only when it passes it too, so short lines (list items,
headings, datelines, bylines, `Image`) stay on their own, as do list items,
markdown headings and photo credits that open a line.
"""

from __future__ import annotations

import re

from kzreader.ingest import rules

MAX_WIDTH = 100
"""Wider lines are not wrapped ones: one-line-per-paragraph dumps have many."""
MIN_WIDTH = 40
MIN_JOINS = 4
"""Fewer wrapped lines than this is no evidence of wrapping."""
SHARE = 0.85
"""Of the long lines inside blocks, at least this share must pass the wrap test."""
_ITEM = re.compile(r"^\s*(?:[-*•+]\s|\d{1,2}[.)]\s|#)")
_CREDIT = re.compile(r"^\s*(?i:credits?\s*(?:\.{2,}|…|:))")


_GAPS = re.compile(r"\s{2,}|\t")


def menu_bar(raw: str) -> bool:
    """A site's menu bar as pasted, its items set apart by runs of spaces or tabs
    (`Home  News  Sport  Internasional`): four or more short items, none a sentence's end."""
    text = raw.strip()
    if "  " not in text and "\t" not in text:
        return False
    items = _GAPS.split(text)
    return len(items) >= 4 and all(
        item.count(" ") <= 2 and item[-1] not in '.!?,;:"”' for item in items
    )


def _first_word(line: str) -> int:
    stripped = line.lstrip()
    cut = stripped.find(" ")
    return len(stripped) if cut < 0 else cut


def _stays(line: str) -> bool:
    """A line that opens a unit of its own: a list item, a heading, a photo credit."""
    caption = rules.CAPTION_START.match(line.lstrip())
    return bool(_ITEM.match(line) or _CREDIT.match(line) or caption)


def unwrap(text: str) -> str:
    """`text` with hard-wrapped paragraphs joined, or `text` itself when it is not wrapped."""
    if text.count("\n") < 6:
        return text
    lines = text.split("\n")
    widths = [len(ln.rstrip()) for ln in lines]
    nonblank = sum(1 for ln in lines if ln.strip())
    wide = sum(1 for w in widths if w > MAX_WIDTH)
    if wide * 20 > nonblank or nonblank == len(lines):  # no blank lines: no blocks
        return text
    inner = [widths[i] for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    width = max((w for w in inner if w <= MAX_WIDTH), default=0)
    if width < MIN_WIDTH:
        return text
    joins = misses = 0
    for i in range(len(lines) - 1):
        w = widths[i]
        if w * 2 < width or w > MAX_WIDTH or not lines[i + 1].strip():
            continue
        if w + 1 + _first_word(lines[i + 1]) > width:
            joins += 1
        else:
            misses += 1
    if joins < MIN_JOINS or joins < SHARE * (joins + misses):
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        prev = out[-1] if out and i > 0 else None
        if prev is not None and _joins(lines[i - 1], line, widths[i - 1], width):
            head = prev.rstrip()
            glue = "" if head.endswith("-") and head[-2:-1].isalpha() else " "
            out[-1] = head + glue + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _joins(prev: str, line: str, prev_width: int, width: int) -> bool:
    """Whether `line` continues `prev` in a wrapped file."""
    if not line.strip() or not prev.strip() or prev_width > width:
        return False
    if prev_width + 1 + _first_word(line) <= width:
        return False
    return not _stays(line) and not prev.lstrip().startswith("#") and not menu_bar(prev)
