"""Small helpers over the cleaned text: regexes from word tables, words around a position."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

_WORD_BEFORE = re.compile(r"([\w.'$-]+)[^\S\n]*$")
_CLAUSE_MARKS = ".;:!?,\n“”\"()"


_BLANKS_RE = re.compile(r"\s+")


def table_key(phrase: str) -> str:
    """A matched table phrase as its table key: lower case, blank runs as one space."""
    return _BLANKS_RE.sub(" ", phrase.lower())


def exact_key(matched: str) -> str:
    """The table entry a case-sensitive `alternation` match stands for (blank runs as
    one space)."""
    return " ".join(matched.split()) if "  " in matched or "\t" in matched else matched


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of table entries, longest first, spaces matching any run of
    spaces or tabs (not a line break: a name never runs across two paragraphs)."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered)


_REVERSED_WORD_RE = re.compile(r"([^\S\n]*)([\w.'$-]*)")
"""Blanks then word characters, matched on the reversed window before a position."""


def word_before(text: str, pos: int, span: int = 24) -> str:
    """The word just before `pos` (lower case), or ''.

    What `_WORD_BEFORE.search(text, pos - span, pos)` finds, read backwards
    from `pos` instead of trying every offset of the window.
    """
    lo = max(0, pos - span)
    end = pos
    if end > lo and text[end - 1] == "\n":  # `$` also matches before a final newline
        end -= 1
    m = _REVERSED_WORD_RE.match(text[lo:end][::-1])
    word = m.group(2)  # type: ignore[union-attr]
    return word[::-1].lower() if word else ""


def paragraph_start(text: str, pos: int) -> int:
    """Offset of the first character of the paragraph holding `pos`."""
    return text.rfind("\n", 0, pos) + 1


def paragraph_end(text: str, pos: int) -> int:
    """Offset just past the last character of the paragraph holding `pos`."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_LAST_MARK_RE = re.compile(rf"(?s:.*)[{re.escape(_CLAUSE_MARKS)}]")
_FIRST_MARK_RE = re.compile(rf"[{re.escape(_CLAUSE_MARKS)}]")


def clause_bounds(text: str, start: int, end: int, reach: int = 90) -> tuple[int, int]:
    """The clause around `text[start:end]`: up to the nearest punctuation on each side."""
    lo = max(0, start - reach)
    last = _LAST_MARK_RE.match(text, lo, start)
    hi = min(len(text), end + reach)
    first = _FIRST_MARK_RE.search(text, end, hi)
    return (last.end() if last else lo), (first.start() if first else hi)


_LETTERS = re.compile(r"[^\W\d_]+")


def is_letter(ch: str) -> bool:
    """`ch` matches `[^\\W\\d_]` (a letter, or a numeric character that is not a digit)."""
    return ch.isalpha() or (ch.isnumeric() and not ch.isdecimal())


def is_word_char(ch: str) -> bool:
    """`ch` matches `\\w`."""
    return ch.isalnum() or ch == "_"


class Scan:
    """One article's shared word scan: its lower-case words, and where table words start.

    `words` holds every `[a-z]+` run of the lower-cased text (table words are
    plain a-z, so a table word's letter run is one of these); `starts(vocabulary)`
    the offsets of the letter runs whose lower case is in `vocabulary`, looked
    up for only the table words the article holds.
    """

    __slots__ = ("_runs", "_starts", "low", "memo", "text", "words")

    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        # lower() may lengthen a few characters (`İ`); then offsets differ and we fall back
        self.low: str | None = low if len(low) == len(text) else None
        if self.low is not None:
            runs = _ascii_blanked(low)
            self._runs: str | None = f" {runs} "
            """The lower-cased text with every character outside a-z blanked, between two
            blanks: a-z run `w` at offset `i` is the ` w ` found at `i` here."""
            self.words: frozenset[str] = frozenset(runs.split())
        else:
            self._runs = None
            self.words = frozenset(w.lower() for w in _LETTERS.findall(text))
        self._starts: dict[frozenset[str], list[int]] = {}
        self.memo: dict[str, object] = {}
        """Other per-article results shared between extractors (`runs`: capitalised runs)."""

    def _find(self, word: str) -> list[int]:
        """Offsets of the letter runs spelling `word` (lower case)."""
        text, low = self.text, self.low
        if low is None:
            return [at for at, w in words_of(text) if w == word]
        out = []
        size, last = len(word), len(text)
        find = low.find
        at = find(word)
        while at >= 0:
            end = at + size
            # as a regex `word(?<![a-z]word)(?![a-z])` finds it: no a-z on either side,
            # searching on from the word's end after a hit, from the next offset after a miss
            if (at and "a" <= low[at - 1] <= "z") or (end < last and "a" <= low[end] <= "z"):
                at = find(word, at + 1)
                continue
            # other letters are checked here
            if not ((at and low[at - 1] >= "\x80" and is_letter(text[at - 1])) or (
                end < last and low[end] >= "\x80" and is_letter(text[end])
            )):
                out.append(at)
            at = find(word, end)
        return out

    def _find_run(self, word: str, runs: str, low: str) -> list[int]:
        """`_find` for an a-z `word`: its a-z runs are found whole in `runs` (no misses
        inside longer words); only other letters next to one are checked here."""
        text = self.text
        out = []
        size, last = len(word), len(text)
        key = f" {word} "
        find = runs.find
        at = find(key)
        while at >= 0:
            end = at + size
            if not ((at and low[at - 1] >= "\x80" and is_letter(text[at - 1])) or (
                end < last and low[end] >= "\x80" and is_letter(text[end])
            )):
                out.append(at)
            at = find(key, end + 1)
        return out

    def starts(self, vocabulary: frozenset[str]) -> list[int]:
        """Offsets of the letter runs whose lower case is in `vocabulary`, in order."""
        found = self._starts.get(vocabulary)
        if found is not None:
            return found
        plain, other = _split_vocabulary(vocabulary)
        present = self.words.intersection(plain)
        runs, low = self._runs, self.low
        found = []
        if runs is not None and low is not None:
            for word in present:
                found.extend(self._find_run(word, runs, low))
        else:
            for word in present:
                found.extend(self._find(word))
        if other:
            lowered = low or self.text.lower()
            others = {w for w in other if w in lowered}
            for word in others:
                found.extend(self._find(word))
            present |= others
        if len(present) > 1:
            found.sort()
        self._starts[vocabulary] = found
        return found

    def within(self, vocabulary: frozenset[str], lo: int, hi: int) -> bool:
        """Whether a word of `vocabulary` may lie wholly inside `[lo, hi)` (a cheap test).

        Never false when such a word is there; may be true when the window cuts
        a longer word. For short windows this beats looking up offsets.
        """
        plain, other = _split_vocabulary(vocabulary)
        if self.low is None or other:
            return self.has(vocabulary, lo, hi)
        return not plain.isdisjoint(self._runs[lo + 1 : hi + 1].split())  # type: ignore[index]

    def candidates(self, vocabulary: frozenset[str], lo: int, hi: int) -> list[int]:
        """Offsets in `[lo, hi)` where a word of `vocabulary` lying wholly inside may start.

        Every such word's offset is there (plus perhaps a few more where the
        window cuts a word): enough for `matches_at` with a regex bounded by
        `[lo, hi)`. Read from the window itself, with no per-article lookup.
        """
        plain, other = _split_vocabulary(vocabulary)
        low = self.low
        if low is None or other:
            return self.between(vocabulary, lo, hi)
        # the a-z runs of the window (its edges cut runs) that are table words: which
        # words, from one `findall`; where, from `find` (most windows hold none)
        present = plain.intersection(self._runs[lo + 1 : hi + 1].split())  # type: ignore[index]
        if not present:
            return []
        out: list[int] = []
        for word in present:
            out.extend(_runs_in_window(low, word, lo, hi))
        if len(present) > 1:
            out.sort()
        return out

    def between(self, vocabulary: frozenset[str], lo: int, hi: int) -> list[int]:
        """Offsets of the words of `vocabulary` starting in `[lo, hi)`."""
        found = self.starts(vocabulary)
        return found[bisect_left(found, lo) : bisect_left(found, hi)]

    def has(self, vocabulary: frozenset[str], lo: int, hi: int) -> bool:
        """Whether a word of `vocabulary` starts in `[lo, hi)`."""
        found = self.starts(vocabulary)
        i = bisect_left(found, lo)
        return i < len(found) and found[i] < hi


_ASCII_RUN = re.compile(r"[a-z]+")


def _runs_in_window(low: str, word: str, lo: int, hi: int) -> list[int]:
    """Offsets of the a-z runs of `low[lo:hi]` spelling `word` (the window's edges end runs)."""
    out = []
    size = len(word)
    find = low.find
    at = find(word, lo, hi)
    while at >= 0:
        end = at + size
        if (at > lo and "a" <= low[at - 1] <= "z") or (end < hi and "a" <= low[end] <= "z"):
            at = find(word, at + 1, hi)
            continue
        out.append(at)
        at = find(word, end, hi)
    return out


_NOT_A_TO_Z = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""A byte table keeping `a`-`z` and blanking everything else."""


def _ascii_blanked(low: str) -> str:
    """`low` with every character outside a-z a blank (one for one), so that its split is
    `_ASCII_RUN.findall(low)`: a non-ASCII character becomes `?`, then a blank, faster."""
    return low.encode("ascii", "replace").translate(_NOT_A_TO_Z).decode("ascii")


_PLAIN_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=64)
def _split_vocabulary(vocabulary: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(plain a-z words, other words that can be letter runs) of a lower-case table."""
    plain = frozenset(w for w in vocabulary if _PLAIN_WORD.fullmatch(w))
    other = tuple(w for w in vocabulary - plain if _LETTERS.fullmatch(w))
    return plain, other


@lru_cache(maxsize=8)
def scan_of(text: str) -> Scan:
    """The shared scan of `text` (kept for the few articles being extracted at once)."""
    return Scan(text)


def lead_words(entries: Iterable[str]) -> frozenset[str]:
    """The first letter run of each table entry, lower-cased: what `Scan.has` looks for.

    A regex over the entries can only match where one of these words starts a
    letter run, so a window holding none of them needs no regex search.
    """
    out = set()
    for entry in entries:
        m = _LETTERS.match(entry.lower())
        if m is None:
            raise ValueError(f"table entry does not start with a letter: {entry!r}")
        out.add(m.group())
    return frozenset(out)


_DIGITS_RE = re.compile(r"\d+")
_ONLY_DIGITS = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
"""A byte table turning ASCII digits into `0` and every other byte into a blank."""
_DIGITS_BYTES_RE = re.compile(rb"00*")
"""A run of `0`s: written with a literal first byte, which the engine finds quickly."""
_NO_DECIMAL_LEADS = bytes(
    b for b in range(256) if b not in {0xD9, 0xDB, 0xDF, 0xE0, 0xE1, 0xEA, 0xEF, 0xF0}
)
"""Bytes that never begin the UTF-8 form of a non-ASCII decimal digit (those are U+0660 on;
their lead bytes are the eight left out)."""


def _ascii_digits_only(text: str) -> bool:
    """Whether every decimal digit (`\\d`) of `text` is an ASCII one."""
    if text.isascii():
        return True
    return not text.encode("utf-8", "surrogatepass").translate(None, _NO_DECIMAL_LEADS)


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of digits (`\\d+`), found once per article.

    A text whose UTF-8 form has none of the lead bytes of non-ASCII decimal digits
    holds only ASCII digits; those are read from a byte copy (one byte a character)
    far faster than the regex scans the text.
    """
    memo = scan_of(text).memo
    found = memo.get("digit runs")
    if found is None:
        if _ascii_digits_only(text):
            marks = text.encode("ascii", "replace").translate(_ONLY_DIGITS)
            found = [m.span() for m in _DIGITS_BYTES_RE.finditer(marks)]
        else:
            found = [m.span() for m in _DIGITS_RE.finditer(text)]
        memo["digit runs"] = found
    return found  # type: ignore[return-value]


def words_of(text: str) -> tuple[tuple[int, str], ...]:
    """(start, lower-case word) of every run of letters."""
    return tuple((m.start(), m.group().lower()) for m in _LETTERS.finditer(text))


def starts_of(text: str, vocabulary: frozenset[str]) -> list[int]:
    """Offsets of the words of `text` that are in `vocabulary` (lower case)."""
    return scan_of(text).starts(vocabulary)


def finditer_after(regex: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None,
                   ) -> Iterator[re.Match[str]]:  # fmt: skip
    """`finditer` for a regex meant to begin with `(?<![\\w-])`, written without it.

    A leading lookbehind stops the regex engine from skipping ahead to the
    possible first characters; this checks it in Python on each hit instead and
    goes on one character later when it fails, exactly as the engine would.
    """
    end = len(text) if endpos is None else endpos
    while True:
        m = regex.search(text, pos, end)
        if m is None:
            return
        at = m.start()
        if at > 0 and (text[at - 1] == "-" or is_word_char(text[at - 1])):
            pos = at + 1
            continue
        yield m
        pos = m.end()


def matches_at(
    regex: re.Pattern[str], text: str, starts: list[int], pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """`regex.finditer(text, pos, endpos)`, trying only the sorted offsets `starts`.

    Exact when every match of `regex` must begin at one of `starts` (for a
    table regex: where one of its `lead_words` begins a letter run).
    """
    for at in starts:
        if at < pos:
            continue
        m = regex.match(text, at, endpos)
        if m is not None:
            yield m
            pos = m.end() if m.end() > at else at + 1
