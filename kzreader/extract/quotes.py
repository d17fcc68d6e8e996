"""Quotes: words inside quotation marks, with their attribution.

Marks are paired per paragraph (curly, straight, guillemets; a straight mark
opens before a word and closes after one). A quote never closed runs to the end
of its paragraph, or on into the next one when that opens with a mark. A
closing mark followed by an attribution (`," ujar Putin`) ends every open
quote, so a nested `"…"` left open inside `“…` still ends there. A short quote
inside a sentence with no attribution is a scare quote and is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kzreader.extract.entities import WORD_RE
from kzreader.extract.spans import alternation, lead_words, matches_at, scan_of
from kzreader.extract.speakers import Cast, SpeakerRef, read_speaker, subject_before
from kzreader.extract.tables import (
    ACCORDING_TO,
    SCARE_QUOTE_MAX_WORDS,
    SPEECH_VERBS_AFTER,
    SPEECH_VERBS_BEFORE,
)
from kzreader.model import Quote

OPENERS = "“„«‹"
CLOSERS = "”»›"
MARK_RE = re.compile(r"[“”„«»‹›\"]")
EMBEDDED_MAX_WORDS = 12
FRAGMENT_MAX_WORDS = 5
"""An attributed quote this short that the sentence runs on past is a quoted term."""
"""An unattributed quote inside a sentence up to this long is a fragment, not speech."""

_AFTER_VERB_RE = re.compile(
    rf"[\s,]*(?P<verb>\b(?:{alternation(SPEECH_VERBS_AFTER)})(?P<nya>nya)?\b"
    rf"|\b(?:{alternation(ACCORDING_TO)})\b)",
    re.IGNORECASE,
)
_AFTER_SUBJECT_RE = re.compile(
    r"[\s,]*(?P<subj>(?:[\w'’-]|\.(?=\w))+(?:\s+(?:[\w'’-]|\.(?=\w))+){0,11}?)"
    r"(?:\s*,[^.!?“”\"\n]{1,100}?,)?\s+"
    rf"(?P<verb>(?:{alternation(SPEECH_VERBS_BEFORE | SPEECH_VERBS_AFTER)}))\b",
    re.IGNORECASE,
)
_BEFORE_VERB_RE = re.compile(
    rf"\b(?:{alternation(SPEECH_VERBS_BEFORE)})\b(?P<tail>(?:\s+[\w'’-]+){{0,4}}?)\s*[,:]?\s*$"
    rf"|\b(?:{alternation(ACCORDING_TO)})\s+(?P<who>[^,.!?]{{1,80}}(?:,\s*[^,.!?]{{1,60}})?),\s*$",
    re.IGNORECASE,
)
_SUBJECT_VERB_LEADS = lead_words(SPEECH_VERBS_BEFORE | SPEECH_VERBS_AFTER)
_BEFORE_LEADS = lead_words([*SPEECH_VERBS_BEFORE, *ACCORDING_TO])
_VERB_LEADS = lead_words(SPEECH_VERBS_BEFORE)
_STOP_RE = re.compile(r"[.!?]")
_SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-Z“\"])")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Offsets of one quotation: the words, and where its marks sit."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when never closed
    continued: bool = False  # the next paragraph carries on this quote


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def attribution_after(text: str, pos: int, limit: int) -> tuple[SpeakerRef | None, int, int] | None:
    """`, kata Tokayev` / `ujarnya` / `Tokayev said` right after a closing mark."""
    m = _AFTER_VERB_RE.match(text, pos, limit)
    if m:
        if m.group("nya"):
            return SpeakerRef("pronoun", "nya"), m.start("verb"), m.end()
        ref, end = read_speaker(text, m.end(), limit)
        return ref, m.start("verb"), max(end, m.end())
    ends_clause = text[pos - 2 : pos - 1] in {",", ".", "!", "?"} or text[pos : pos + 1] == ","
    verb_ahead = ends_clause and scan_of(text).within(_SUBJECT_VERB_LEADS, pos, limit)
    m = _AFTER_SUBJECT_RE.match(text, pos, limit) if verb_ahead else None
    if m:
        ref = subject_before(text, m.start("subj"), m.start("verb"))
        if ref is not None:
            return ref, m.start("subj"), m.end()
    return None


def attribution_before(text: str, lo: int, hi: int) -> tuple[SpeakerRef | None, int, int] | None:
    """`Tokayev mengatakan, "…` / `Menurut X, "…` / `dia berkata:` ending at `hi`."""
    scan = scan_of(text)
    if not scan.within(_BEFORE_LEADS, lo, hi):
        return None
    last = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, hi):
        last = m.end()
    # the verb or `menurut` starts the match: try only where one begins a word
    at = scan.candidates(_BEFORE_LEADS, last, hi)
    m = next(matches_at(_BEFORE_VERB_RE, text, at, last, hi), None) if at else None
    if not m:
        return None
    if m.group("who"):
        ref, _ = read_speaker(text, m.start("who"), m.end("who"))
        return ref, m.start(), m.end("who")
    return subject_before(text, last, m.start()), last, m.end("tail")


def _is_opening(text: str, i: int, ps: int, pe: int, stack: list[tuple[str, int]]) -> bool:
    ch = text[i]
    before = text[i - 1] if i > ps else " "
    after = text[i + 1] if i + 1 < pe else " "
    if ch == '"':
        if stack and stack[-1][0] == '"' and not before.isspace():
            return False
        return (before.isspace() or before in "([{:—–-'‘") and not after.isspace()
    if ch in OPENERS:  # a curly opener written where a closer belongs
        return not (stack and not before.isspace() and (after.isspace() or not after.isalnum()))
    return not stack and before.isspace() and after.isalnum()  # a closer used as an opener


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost quotation, in order."""
    spans: list[QuoteSpan] = []
    marks = [m.start() for m in MARK_RE.finditer(text)]  # one scan; paragraphs take theirs
    if not marks:
        return spans
    k, count = 0, len(marks)
    carry: tuple[int, int] | None = None  # (open mark, paragraph end) of an unclosed quote
    for ps, pe in _paragraphs(text):
        if k == count and carry is None:
            break  # no marks left and no quote left open
        stack: list[tuple[str, int]] = []
        if carry:
            first = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            goes_on = first < pe and text[first] in OPENERS + '"'
            spans.append(_unclosed(text, *carry) if not goes_on
                         else _span(text, carry[0], carry[1], None, continued=True))  # fmt: skip
            carry = None
        while k < count and marks[k] < pe:
            i = marks[k]
            k += 1
            if _is_opening(text, i, ps, pe, stack):
                stack.append((text[i], i))
                continue
            if not stack:
                continue
            if len(stack) > 1 and attribution_after(text, i + 1, pe) is None:
                stack.pop()
                continue
            spans.append(_span(text, stack[0][1], i, i))
            stack = []
        if stack:
            carry = (stack[0][1], pe)
    if carry:
        spans.append(_unclosed(text, *carry))
    return spans


_CUT_RE = re.compile(
    rf",[ \t]+(?:(?:{alternation(SPEECH_VERBS_AFTER)})(?:nya)?|(?:he|she|they|ia|dia)[ \t]+"
    rf"(?:{alternation(SPEECH_VERBS_AFTER)}))\b"
)
"""`, ujar X` / `, katanya` / `, he said` inside a quote never closed: where it ends."""


def _unclosed(text: str, open_mark: int, end: int) -> QuoteSpan:
    """A quote whose closing mark is missing: it runs to the end of its paragraph, or
    to the comma before an attribution there (`“Roti … dua jam, ujar mahasiswa itu.`)."""
    cut = None
    for found in _CUT_RE.finditer(text, open_mark + 1, end):
        cut = found
    if cut is None:
        return _span(text, open_mark, end, None)
    return _span(text, open_mark, cut.start() + 1, cut.start())


def _span(
    text: str, open_mark: int, end: int, close: int | None, *, continued: bool = False
) -> QuoteSpan:
    start = open_mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, open_mark, close, continued)


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    ps = text.rfind("\n", 0, pos) + 1
    pe = text.find("\n", pos)
    return ps, len(text) if pe < 0 else pe


def _attribution(text: str, q: QuoteSpan) -> tuple[SpeakerRef | None, int, int] | None:
    ps, _ = _paragraph_bounds(text, q.open_mark)
    lead = text[ps : q.open_mark].rstrip()
    if q.close_mark is not None:
        _, pe = _paragraph_bounds(text, q.close_mark)
        found = attribution_after(text, q.close_mark + 1, min(pe, q.close_mark + 200))
        if found and lead and text[q.close_mark - 1] in ".!?" and lead[-1] in ",:":
            # `Menurut X, “… .” Pemerintah menyebut …`: the quote's sentence ended inside
            # its marks, so what follows is a new sentence; the lead names the speaker
            before = attribution_before(text, max(ps, q.open_mark - 300), q.open_mark)
            if before is not None and before[0] is not None:
                return before
        if found:
            return found
        if not lead and not text[q.close_mark + 1 : pe].strip(" \t.,"):
            credited = _dash_credit(text, pe)
            if credited is not None:
                return credited
    if lead:
        found = attribution_before(text, max(ps, q.open_mark - 300), q.open_mark)
        if found is None and text[q.end - 1 : q.end] in (".", "!", "?"):
            found = _reported_before(text, q, max(ps, q.open_mark - 300))
        return found
    if ps > 0 and text[:ps - 1].rstrip().endswith(":"):  # `dia berkata:` ends the paragraph before
        pps, _ = _paragraph_bounds(text, ps - 1)
        return attribution_before(text, pps, ps - 1)
    return None


_DASH_CREDIT_RE = re.compile(r"\n[ \t]*[—―–][ \t]*(?=[A-Z])")


def _dash_credit(text: str, pe: int) -> tuple[SpeakerRef | None, int, int] | None:
    """A block quote credited on the line under it: `“…”` / `— Jane Doe, a former diplomat`."""
    m = _DASH_CREDIT_RE.match(text, pe)
    if m is None:
        return None
    _, npe = _paragraph_bounds(text, m.end())
    ref, end = read_speaker(text, m.end(), min(npe, m.end() + 120))
    return (ref, m.end(), end) if ref is not None else None


_REPORTED_VERB_RE = re.compile(rf"\b(?:{alternation(SPEECH_VERBS_BEFORE)})\b", re.IGNORECASE)
PARTIAL_MIN_WORDS = 4
"""A partial quote closing a sentence of reported speech needs this many words to be
speech rather than a scare quote: `… menyindir bahwa …, “terkadang sangat sulit … .”`."""


def _reported_before(text: str, q: QuoteSpan, lo: int) -> tuple[SpeakerRef | None, int, int] | None:
    """The subject of a sentence of reported speech (`Blinken menyindir bahwa …, “…
    pergi.”`) that the quote finishes, its own words ending the sentence."""
    if text[lo : q.open_mark].rstrip()[-1:] in (".", "!", "?"):
        return None  # the quote opens a sentence of its own
    if len(WORD_RE.findall(text, q.start, q.end)) < PARTIAL_MIN_WORDS:
        return None
    scan = scan_of(text)
    last = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, q.open_mark):
        last = m.end()
    if not scan.within(_VERB_LEADS, last, q.open_mark):
        return None
    m = _REPORTED_VERB_RE.search(text, last, q.open_mark)
    ref = subject_before(text, last, m.start()) if m else None
    return (ref, last, m.end()) if m and ref is not None else None


def _is_fragment(text: str, q: QuoteSpan) -> bool:
    """A scare quote or a quoted fragment inside the writer's own sentence."""
    ps, _ = _paragraph_bounds(text, q.open_mark)
    lead = text[ps : q.open_mark].rstrip()
    inside = bool(lead) and lead[-1] not in ":.!?"  # after `. ` the quote opens a sentence
    if not inside:
        return False
    words = len(WORD_RE.findall(text, q.start, q.end))
    return words <= SCARE_QUOTE_MAX_WORDS or (
        words <= EMBEDDED_MAX_WORDS and not _STOP_RE.search(text, q.start, q.end)
    )


_SENTENCE_GOES_ON = re.compile(r"[ ,;]*[^\W\d_][\w-]*\s+[^\W\d_]", re.UNICODE)


def _is_embedded_term(text: str, q: QuoteSpan) -> bool:
    """A few quoted words the writer's sentence runs on past (`… jika Blinken “paham
    sejarah”, maka AS …`): a term held at arm's length, even after a speech verb."""
    if q.close_mark is None:
        return False
    if len(WORD_RE.findall(text, q.start, q.end)) > FRAGMENT_MAX_WORDS:
        return False
    if text[q.start : q.end].rstrip()[-1:] in (".", "!", "?", ","):
        return False  # the quoted words end their own clause: `“Kami siap,” …`
    return bool(_SENTENCE_GOES_ON.match(text, q.close_mark + 1))


def find_quotes(text: str, spans: list[QuoteSpan], cast: Cast) -> Iterator[Quote]:
    """Quotes with resolved speakers; `spans` from `find_quote_spans`."""
    previous: str | None = None
    previous_end = -1
    found_all = [_attribution(text, q) for q in spans]
    for i in range(len(spans) - 2, -1, -1):  # a quote running on takes its sequel's attribution
        if spans[i].continued and found_all[i] is None:
            found_all[i] = found_all[i + 1]
    for q, found in zip(spans, found_all, strict=True):
        if found is None and _is_fragment(text, q):
            continue
        if found is not None and found[1] < q.start and _is_embedded_term(text, q):
            continue
        if found is None:
            continued = previous is not None and text.count("\n", previous_end, q.start) <= 1
            speaker = previous if continued else cast.resolve(None, q.open_mark)
            cue = None
        else:
            ref, cs, ce = found
            at = q.open_mark if cs > q.start else cs
            speaker = cast.resolve(ref, at)
            cue = text[cs:ce].strip(" ,:") or None
            if speaker:
                cast.note(min(ce, len(text) - 1) if cs > q.start else cs, speaker)
        previous, previous_end = speaker, q.end
        yield Quote(start=q.start, end=q.end, text=text[q.start : q.end], speaker=speaker,
                    cue=cue)  # fmt: skip
