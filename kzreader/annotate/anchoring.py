"""Finding an annotation again after its article's cleaned text changed.

Order of search (DESIGN.md "Offsets are the spine"):
1. the exact text where it was;
2. the exact text elsewhere — nearest the old position, and the occurrence
   whose prefix/suffix agree best when it appears more than once;
3. a fuzzy match (rapidfuzz) scoring the text, prefix, suffix and distance.
What none of these finds is orphaned: kept, flagged, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kzreader.annotate.records import Annotation, context

MIN_TEXT_SIMILARITY = 0.8
"""A fuzzy candidate's text must be at least this similar (0..1) to the old text."""

MIN_SCORE = 0.7
"""Weighted score (text, prefix, suffix, distance) a fuzzy candidate needs."""

SHORT_TEXT = 16
"""A match of text shorter than this must also agree with the old context."""

MIN_CONTEXT = 0.5
"""Context agreement (0..1) that a short exact match needs."""

WEIGHTS = {"text": 0.55, "prefix": 0.175, "suffix": 0.175, "distance": 0.1}


@dataclass(frozen=True, slots=True)
class Match:
    """Where the text was found: the span, how (unchanged | exact | fuzzy), a 0..1 score."""

    start: int
    end: int
    method: str
    score: float


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # here, not at the top: the reader's start-up needs none of it

    if not a and not b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def context_agreement(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """How well the text around `start..end` matches the remembered prefix and suffix."""
    before = text[max(0, start - len(prefix)) : start] if prefix else ""
    after = text[end : end + len(suffix)] if suffix else ""
    return (_similarity(prefix, before) + _similarity(suffix, after)) / 2


def _score(text: str, start: int, end: int, exact: str, prefix: str, suffix: str, hint: int):
    """Weighted score of a candidate span and its text similarity."""
    sim = _similarity(exact, text[start:end])
    before = text[max(0, start - len(prefix)) : start] if prefix else ""
    after = text[end : end + len(suffix)] if suffix else ""
    nearness = 1.0 - min(1.0, abs(start - hint) / max(len(text), 1))
    total = (
        WEIGHTS["text"] * sim
        + WEIGHTS["prefix"] * _similarity(prefix, before)
        + WEIGHTS["suffix"] * _similarity(suffix, after)
        + WEIGHTS["distance"] * nearness
    )
    return total, sim


def _occurrences(text: str, exact: str) -> list[int]:
    found, at = [], text.find(exact)
    while at != -1:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _refine(text: str, start: int, end: int, exact: str) -> tuple[int, int]:
    """Nudge a fuzzy span's edges to where its text is most like `exact`."""
    from rapidfuzz import fuzz

    reach = min(len(exact) // 4 + 2, 40)

    def sim(s: int, e: int) -> float:
        return fuzz.ratio(exact, text[s:e])

    best_start = max(
        range(max(0, start - reach), min(end - 1, start + reach) + 1),
        key=lambda s: (sim(s, end), -abs(s - start)),
    )
    best_end = max(
        range(max(best_start + 1, end - reach), min(len(text), end + reach) + 1),
        key=lambda e: (sim(best_start, e), -abs(e - end)),
    )
    return best_start, best_end


def _fuzzy_candidates(text: str, exact: str, prefix: str, suffix: str, hint: int):
    """Spans worth scoring: best match of the text, of text-with-context, and near the hint."""
    from rapidfuzz import fuzz

    spans = []
    whole = fuzz.partial_ratio_alignment(exact, text)
    if whole is not None:
        spans.append((whole.dest_start, whole.dest_end))
    if prefix or suffix:
        quoted = fuzz.partial_ratio_alignment(prefix + exact + suffix, text)
        if quoted is not None:
            inner_start = min(quoted.dest_start + len(prefix), len(text))
            inner_end = max(inner_start, quoted.dest_end - len(suffix))
            spans.append((inner_start, inner_end))
    lo = max(0, hint - len(exact))
    window = text[lo : hint + 2 * len(exact)]
    if window:
        near = fuzz.partial_ratio_alignment(exact, window)
        if near is not None:
            spans.append((lo + near.dest_start, lo + near.dest_end))
    return {(s, max(e, s + 1)) for s, e in spans if s < len(text)}


def locate(
    text: str, exact: str, prefix: str = "", suffix: str = "", hint: int = 0
) -> Match | None:
    """Where `exact` (last seen at `hint`, between `prefix` and `suffix`) is in `text` now."""
    if not exact or not text:
        return None
    size = len(exact)
    if text[hint : hint + size] == exact:
        return Match(hint, hint + size, "unchanged", 1.0)
    starts = _occurrences(text, exact)
    if starts:
        ranked = sorted(
            starts,
            key=lambda s: (-context_agreement(text, s, s + size, prefix, suffix), abs(s - hint)),
        )
        best = ranked[0]
        agreement = context_agreement(text, best, best + size, prefix, suffix)
        if size >= SHORT_TEXT or agreement >= MIN_CONTEXT:
            return Match(best, best + size, "exact", agreement)
    best_match: Match | None = None
    for start, end in _fuzzy_candidates(text, exact, prefix, suffix, hint):
        start, end = _refine(text, start, end, exact)
        total, sim = _score(text, start, end, exact, prefix, suffix, hint)
        good = sim >= MIN_TEXT_SIMILARITY and total >= MIN_SCORE
        if good and size < SHORT_TEXT:
            good = context_agreement(text, start, end, prefix, suffix) >= MIN_CONTEXT
        if good and (best_match is None or total > best_match.score):
            best_match = Match(start, end, "fuzzy", total)
    return best_match


def reanchor(annotation: Annotation, text: str, digest: str) -> Annotation:
    """The annotation anchored in `text` (whose hash is `digest`), or marked orphaned.

    A found annotation takes the new span, text and context; an orphan keeps
    everything it had (so a later text can anchor it again).
    """
    if annotation.text_hash == digest and annotation.status == "anchored":
        return annotation
    found = locate(text, annotation.text, annotation.prefix, annotation.suffix, annotation.start)
    if found is None:
        return annotation if annotation.orphaned else replace(annotation, status="orphaned")
    prefix, suffix = context(text, found.start, found.end)
    return replace(
        annotation,
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        prefix=prefix,
        suffix=suffix,
        text_hash=digest,
        status="anchored",
    )
