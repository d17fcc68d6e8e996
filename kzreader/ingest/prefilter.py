"""Cheap tests that rule a regex out before it runs, derived from the pattern itself.

The rule tables stay plain regex text; at import we read each pattern's parse tree
(`re._parser`) for what any match must contain:

- `first_chars`: the ASCII characters a match at the start of a line can begin with;
  a line starting with any other ASCII character cannot match (a non-ASCII first
  character always runs the regex, so Unicode case folding never matters).
- `required`: substrings one of which every match contains (case-sensitive patterns
  only); a line containing none of them cannot match.

Both over-approximate: when in doubt they give `None`, meaning "always run the regex".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

try:  # private since Python 3.11; if it ever moves, every prefilter answers "unknown"
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - exercised only on a future Python
    C = _parser = None  # type: ignore[assignment]

R = TypeVar("R")


def _unknown_on_failure(analyse: Callable[..., R | None]) -> Callable[..., R | None]:
    """A prefilter that cannot be worked out is no prefilter: the full regex runs."""

    @wraps(analyse)
    def safe(*args: Any) -> R | None:
        if _parser is None:
            return None
        try:
            return analyse(*args)
        except Exception:
            return None

    return safe

_ASCII = [chr(i) for i in range(128)]
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _char_class(op: object, av: object) -> str | None:
    """Regex source for one single-character item, or None when it is not one."""
    if op is C.LITERAL:
        return re.escape(chr(av))  # type: ignore[arg-type]
    if op is C.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"  # type: ignore[arg-type]
    if op is C.ANY:
        return "(?s:.)"
    if op is not C.IN:
        return None
    parts = []
    for sub_op, sub_av in av:  # type: ignore[attr-defined]
        if sub_op is C.NEGATE:
            parts.insert(0, "^")
        elif sub_op is C.LITERAL:
            parts.append(re.escape(chr(sub_av)))
        elif sub_op is C.RANGE:
            parts.append(re.escape(chr(sub_av[0])) + "-" + re.escape(chr(sub_av[1])))
        elif sub_op is C.CATEGORY and sub_av in _CATEGORIES:
            parts.append(_CATEGORIES[sub_av])
        else:
            return "(?s:.)"  # unknown member: any character
    return "[" + "".join(parts) + "]"


def _first(items: list, icase: bool) -> tuple[set[str] | None, bool]:
    """(ASCII characters a match of `items` can start with, whether it can be empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        chars, nullable = _first_item(op, av, icase)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: object, av: object, icase: bool) -> tuple[set[str] | None, bool]:
    source = _char_class(op, av)
    if source is not None:
        pattern = re.compile(source, re.IGNORECASE if icase else 0)
        return {c for c in _ASCII if pattern.fullmatch(c)}, False
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av  # type: ignore[misc]
        return _first(sub.data, (icase or bool(add & re.I)) and not delete & re.I)
    if op is C.ATOMIC_GROUP:
        return _first(av.data, icase)  # type: ignore[attr-defined]
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:  # type: ignore[index]
            chars, empty = _first(branch.data, icase)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        low, _high, sub = av  # type: ignore[misc]
        chars, empty = _first(sub.data, icase)
        return chars, empty or low == 0
    return None, False


@_unknown_on_failure
def first_chars(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """ASCII characters a match of `pattern` at a string's start can begin with.

    None when a match may be empty or the pattern is beyond this analysis.
    """
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (
        pattern, 0)  # fmt: skip
    parsed = _parser.parse(source, flags)
    chars, nullable = _first(parsed.data, bool(parsed.state.flags & re.I))
    return None if chars is None or nullable else frozenset(chars)


def _required(items: list) -> set[str] | None:
    """Substrings one of which every match of `items` contains (None: unknown)."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found: set[str] | None = None
        if op is C.SUBPATTERN:
            found = None if av[1] & re.I else _required(av[-1].data)  # `(?i:…)`: no literal
        elif op is C.ATOMIC_GROUP:
            found = _required(av.data)
        elif op is C.BRANCH:
            found = set()
            for branch in av[1]:
                sub = _required(branch.data)
                if sub is None:
                    found = None
                    break
                found |= sub
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2].data)
        elif op is C.IN and all(sub_op is C.LITERAL for sub_op, _ in av):
            found = {chr(sub_av) for _, sub_av in av}
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    return max(candidates, key=lambda s: min(map(len, s)), default=None)


@_unknown_on_failure
def required(pattern: str | re.Pattern[str]) -> tuple[str, ...] | None:
    """Substrings one of which any match of a case-sensitive `pattern` contains, or None."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (
        pattern, 0)  # fmt: skip
    parsed = _parser.parse(source, flags)
    if parsed.state.flags & re.I:
        return None
    found = _required(parsed.data)
    return tuple(sorted(found, key=len, reverse=True)) if found else None
