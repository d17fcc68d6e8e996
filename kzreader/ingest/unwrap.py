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

Text taken from a printed page (PDF to text) adds three things: words hyphenated at
the line end (`pengunjuk` as `pe-` / `ngunjuk`), a running header and footer set in
columns (`9 | mediaindonesia.com      SELASA, 11 JANUARI 2022`) that can fall inside a
paragraph at a page break, and a headline set over several short lines.
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
_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")
"""A gap inside a line: it is set in columns (a running header, a menu), not wrapped prose."""
OUTLIER_GAP = 3
"""The widest wrapped line has others within this many columns of it; a lone wider line
(a caption, a header) does not set the width."""
_SENTENCE_END = tuple('.!?:;"”’)')
HEADLINE_LINES = (2, 4)
"""A headline set over this many short lines (fewest, most) near the top of a page."""
HEADLINE_SCAN = 15
_HEADLINE_END = (*_SENTENCE_END, ",")


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
    columns = [bool(_COLUMNS.search(ln.strip())) for ln in lines]
    width = _wrap_width(
        [widths[i] for i in range(len(lines) - 1)
         if lines[i].strip() and lines[i + 1].strip() and not columns[i]]
    )  # fmt: skip
    if width < MIN_WIDTH:
        return text
    joins = misses = 0
    for i in range(len(lines) - 1):
        w = widths[i]
        if w * 2 < width or w > MAX_WIDTH or not lines[i + 1].strip() or columns[i]:
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
        if prev is not None and not columns[i] and not columns[i - 1] and _joins(
            lines[i - 1], line, widths[i - 1], width
        ):
            out[-1] = _glued(prev.rstrip(), line.strip(), text)
        else:
            out.append(line)
    return "\n".join(_join_headline(_join_page_breaks(out, width)))


def _wrap_width(inner: list[int]) -> int:
    """The wrap width: the widest line inside a block, unless no other comes near it."""
    found = sorted(w for w in inner if w <= MAX_WIDTH)
    while len(found) > 1 and found[-1] - found[-2] > OUTLIER_GAP:
        found.pop()
    return found[-1] if found else 0


def _glued(head: str, tail: str, text: str) -> str:
    """`head` and the wrapped line `tail` made one line again.

    A hyphen at the break stays when it is part of the word: before a capital or a
    digit (`Kassym-` / `Jomart`), after a capitalised word (`Russia-` / `led`), in a
    doubled word (`jalan-` / `jalan`, `sehari-` / `hari`), or when the text writes the
    word with it elsewhere. Otherwise it split a word at a syllable (`pe-` / `ngunjuk`)."""
    if not (head.endswith("-") and head[-2:-1].isalpha()):
        return head + " " + tail
    first = tail.split(" ", 1)[0]
    word = first.rstrip(".,;:!?)”’\"")
    stem = head[:-1].rsplit(" ", 1)[-1].lstrip("(“‘\"")
    if (
        not word[:1].islower()
        or not stem.isalpha()
        or stem[:1].isupper()
        or stem.lower().endswith(word.lower())
        or word.lower().startswith(stem.lower())
        or f"{stem}-{word}" in text
    ):
        return head + tail
    return head[:-1] + tail


def _join_page_breaks(out: list[str], width: int) -> list[str]:
    """A paragraph cut by a page break: it stops mid-sentence, the running footer and
    header (lines set in columns) follow, then it goes on in lower case. The pieces
    become one line; the running lines stay on their own, after it."""
    lines = list(out)
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if len(line) * 2 < width or line.endswith(_SENTENCE_END) or not line[-1:].isalpha():
            i += 1
            continue
        j, running = i + 1, False
        while j < len(lines) and (not lines[j].strip() or _COLUMNS.search(lines[j].strip())):
            running = running or bool(lines[j].strip())
            j += 1
        if running and j < len(lines) and lines[j].strip()[:1].islower():
            lines[i] = line + " " + lines[j].strip()
            del lines[j]
            continue  # the joined paragraph may run on over another page
        i += 1
    return lines


def _join_headline(out: list[str]) -> list[str]:
    """A headline set over a few short lines near the top (`Tokayev Sebut` /
    `Kerusuhan sebagai` / `Upaya Kudeta`), a blank line on each side, becomes one line."""
    lines = list(out)
    fewest, most = HEADLINE_LINES
    start = None
    for i in range(min(len(lines), HEADLINE_SCAN) + 1):
        blank = i >= len(lines) or not lines[i].strip()
        if not blank:
            if start is None:
                start = i
            continue
        if start is not None and fewest <= i - start <= most:
            block = [ln.strip() for ln in lines[start:i]]
            if _headline_block(block):
                return [*lines[:start], " ".join(block), *lines[i:]]
        start = None
    return lines


def _headline_block(block: list[str]) -> bool:
    """Short lines that read as one title: each of one to four words with no sentence
    end, set in columns nowhere, the first capitalised, four to sixteen words in all."""
    words = sum(len(ln.split()) for ln in block)
    return (
        block[0][:1].isupper()
        and 4 <= words <= 16
        and all(1 <= len(ln.split()) <= 4 and not ln.endswith(_HEADLINE_END) for ln in block)
        and not any(_COLUMNS.search(ln) or _ITEM.match(ln) for ln in block)
    )


def _joins(prev: str, line: str, prev_width: int, width: int) -> bool:
    """Whether `line` continues `prev` in a wrapped file."""
    if not line.strip() or not prev.strip() or prev_width > width:
        return False
    if prev_width + 1 + _first_word(line) <= width:
        return False
    return not _stays(line) and not prev.lstrip().startswith("#") and not menu_bar(prev)
