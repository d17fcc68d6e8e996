"""Sentence spans in cleaned article text, for the reader's cursor and agreement.

`split_sentences(text)` returns `(start, end)` offsets, one pair per sentence,
in order, never crossing a paragraph (`"\\n"`) and never including the
whitespace around a sentence. A sentence ends at `.`, `!`, `?` or `…` (with any
closing quotes or brackets after it) when the next word starts a new sentence:
not lowercase, and the word before a `.` is not an abbreviation (`Dr.`, `No.`,
`Jan.`, an initial `S.`, `U.S.`). Decimals such as `2.500` never end one, as no
space follows the dot.
"""

from __future__ import annotations

import re

_TITLES = (
    "Dr dr Drs Dra Prof Ir H Hj KH Bpk Bp Ibu Sdr Sdri Yth Tn Ny Nn "
    "Jend Jenderal Letjen Mayjen Brigjen Kol Letkol Mayor Kapt Lettu Letda Kompol AKBP "
    "Irjen Kombes Komjen Laksma Laksda Marsma Marsda "
    "Mr Mrs Ms Jr Sr St Gen Lt Col Sgt Capt Maj Cmdr Adm Rep Sen Gov Pres Rev Hon"
)
_REFERENCES = (
    "No Nomor Hal Jl Jln Kec Kab Kel Prov Tbk Inc Ltd Co Corp vs Vol Ed ca cf Fig "
    "a.n u.p s.d S.H M.Si M.A S.Sos S.E S.Pd S.Kom M.Sc Ph.D e.g i.e"
)
_MONTHS = "Jan Feb Mar Apr Jun Jul Agu Agt Aug Sep Sept Okt Oct Nov Des Dec"

ABBREVIATIONS: frozenset[str] = frozenset(
    word.lower() for group in (_TITLES, _REFERENCES, _MONTHS) for word in group.split()
)
"""Words that, followed by `.`, do not end a sentence (compared lowercased)."""

_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_OPENERS = "\"'“‘«([ "
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text` as `(start, end)` offsets, end excluded."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        _split_paragraph(paragraph, pos, spans)
        pos += len(paragraph) + 1
    return spans


def _split_paragraph(paragraph: str, offset: int, spans: list[tuple[int, int]]) -> None:
    start = 0
    for match in _END.finditer(paragraph):
        if _ends_sentence(paragraph, match):
            _add(paragraph, start, match.end(), offset, spans)
            start = match.end()
    _add(paragraph, start, len(paragraph), offset, spans)


def _ends_sentence(paragraph: str, match: re.Match[str]) -> bool:
    rest = paragraph[match.end() :].lstrip()
    if not rest:
        return True
    if rest[0].islower():
        return False
    if match.group()[0] != "." or len(match.group().rstrip("\"'”’»)]")) > 1:
        return True  # `!`, `?`, `…` and `...` always end one before a capital
    before = paragraph[: match.start()].split()
    word = before[-1].lstrip(_OPENERS) if before else ""
    return not _is_abbreviation(word)


def _is_abbreviation(word: str) -> bool:
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: `Jen S. Psaki`
    return word.lower() in ABBREVIATIONS or bool(_INITIALISM.match(word))


def _add(paragraph: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    chunk = paragraph[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))
