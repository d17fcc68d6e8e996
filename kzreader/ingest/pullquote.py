"""Pull quotes: a sentence or two of the body repeated on a line of their own.

Magazine and newsletter layouts lift a striking line out of a nearby paragraph
(`> The protesters wanted cheaper gas.`). The line is a copy, not a paragraph:
it is dropped when its words sit inside a kept paragraph a few lines away.
"""

from __future__ import annotations

from kzreader.ingest.lines import Line
from kzreader.ingest.outlets import name_key

MIN_WORDS = 6
"""Shorter lines (subheadings, list items) may recur inside a paragraph by chance."""
NEAR = 4
"""How many kept lines either side a pull quote's paragraph is looked for in."""
_ENDS = ".!?…\"”’"


def pull_quotes(lines: list[Line], kept: list[int], keys: list[str] | None = None) -> set[int]:
    """Indices (into `lines`) of kept lines that repeat part of a longer kept line nearby.

    `keys` are the kept lines' `name_key`s when the caller has them already.
    """
    if keys is None:
        keys = [name_key(lines[i].text) for i in kept]
    out: set[int] = set()
    for n, i in enumerate(kept):
        ln = lines[i]
        words = ln.words
        if words < MIN_WORDS or ln.text[-1] not in _ENDS or words >= 60:
            continue
        key = keys[n]
        for m in range(max(0, n - NEAR), min(len(kept), n + NEAR + 1)):
            other = keys[m]
            if m != n and len(other) > len(key) and key in other:
                out.add(i)
                break
    return out
