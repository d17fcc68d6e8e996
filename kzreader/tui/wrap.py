"""Word wrapping that keeps offsets: which slice of a paragraph each screen line shows."""

from __future__ import annotations

import re

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+\s*|\s+")


def wrap_offsets(paragraph: str, width: int) -> list[tuple[int, int]]:
    """`(start, end)` of each line when `paragraph` is wrapped at `width` cells.

    Lines break after whitespace; a word longer than the width is cut. Trailing
    spaces stay on their line, so the slices tile the paragraph exactly.
    """
    width = max(1, width)
    if not paragraph:
        return [(0, 0)]
    lines: list[tuple[int, int]] = []
    start = 0
    used = 0
    for match in _TOKEN.finditer(paragraph):
        token = match.group()
        word_cells = cell_len(token.rstrip())
        if used and used + word_cells > width:
            lines.append((start, match.start()))
            start, used = match.start(), 0
        while word_cells > width:  # a word wider than the line: cut it
            cut = _cut(paragraph, start, width)
            lines.append((start, cut))
            start = cut
            word_cells = cell_len(paragraph[start : match.end()].rstrip())
        used += cell_len(paragraph[max(start, match.start()) : match.end()])
    lines.append((start, len(paragraph)))
    return lines


def _cut(text: str, start: int, width: int) -> int:
    cells = 0
    for i in range(start, len(text)):
        cells += cell_len(text[i])
        if cells > width:
            return max(i, start + 1)
    return len(text)
