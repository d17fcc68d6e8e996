"""Small helpers over the cleaned text: regexes from word tables, words around a position."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_WORD_BEFORE = re.compile(r"([\w.'$-]+)[^\S\n]*$")
_CLAUSE_MARKS = ".;:!?,\n“”\"()"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of table entries, longest first, spaces matching any blank run."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def word_before(text: str, pos: int, span: int = 24) -> str:
    """The word just before `pos` (lower case), or ''."""
    m = _WORD_BEFORE.search(text, max(0, pos - span), pos)
    return m.group(1).lower() if m else ""


def paragraph_start(text: str, pos: int) -> int:
    """Offset of the first character of the paragraph holding `pos`."""
    return text.rfind("\n", 0, pos) + 1


def paragraph_end(text: str, pos: int) -> int:
    """Offset just past the last character of the paragraph holding `pos`."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def clause_bounds(text: str, start: int, end: int, reach: int = 90) -> tuple[int, int]:
    """The clause around `text[start:end]`: up to the nearest punctuation on each side."""
    lo = max(0, start - reach)
    left = max(text.rfind(c, lo, start) for c in _CLAUSE_MARKS)
    hi = min(len(text), end + reach)
    rights = [i for i in (text.find(c, end, hi) for c in _CLAUSE_MARKS) if i >= 0]
    return (left + 1 if left >= 0 else lo), (min(rights) if rights else hi)


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def words_of(text: str) -> tuple[tuple[int, str], ...]:
    """(start, lower-case word) of every run of letters: one scan shared by the extractors."""
    return tuple((m.start(), m.group().lower()) for m in _LETTERS.finditer(text))


def starts_of(text: str, vocabulary: frozenset[str]) -> list[int]:
    """Offsets of the words of `text` that are in `vocabulary` (lower case)."""
    return [start for start, word in words_of(text) if word in vocabulary]
