"""Sources: the agencies and media an article cites (`dikutip dari Reuters`, `told Reuters`).

After a strong cue (`dikutip dari`, `dilansir`, `Sumber:`) any capitalised name
counts; after a weak one (`kepada`, `according to`, `wawancara dengan`) only a
medium from `gazetteer.MEDIA` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kzreader.extract.gazetteer import MEDIA, PEOPLE, PLACES, ROLE_WORDS
from kzreader.extract.spans import alternation, exact_key, starts_of
from kzreader.model import SourceCite

STRONG_CUES: tuple[str, ...] = (
    "seperti dikutip dari", "sebagaimana dikutip dari", "seperti dikutip", "sebagaimana dikutip",
    "dikutip dari", "dikutip", "mengutip", "seperti dilansir dari", "seperti dilansir",
    "dilansir dari", "dilansir", "melansir", "seperti dilaporkan", "dilaporkan", "dikutip oleh",
    "sumber:", "source:", "as reported by", "reported by", "kantor berita",
    "news agency", "dari laman", "dari situs",
)  # fmt: skip
"""Cues after which a capitalised name is a cited medium."""

WEAK_CUES: tuple[str, ...] = (
    "kepada", "laporan", "wawancara dengan", "diwawancarai", "menurut", "according to", "told",
    "interview with", "in an interview with", "berbicara kepada", "speaking to", "said to",
)  # fmt: skip
"""Cues after which only a known medium counts (`kepada Associated Press`)."""

FILLERS: tuple[str, ...] = (
    "media", "kantor berita", "situs", "laman", "portal", "surat kabar", "harian", "stasiun",
    "televisi", "tv", "berita", "agensi", "the", "pemberitaan", "outlet", "laporan",
)  # fmt: skip
"""Words between a cue and the name: `dikutip dari kantor berita Xinhua`."""

REPORTING_VERBS: tuple[str, ...] = (
    "melaporkan", "memberitakan", "menyebutkan", "menulis", "mewartakan", "reported",
    "reports", "wrote", "said", "says",
)  # fmt: skip
"""`Reuters melaporkan`: a medium named as the subject of these verbs is cited."""

_ALIASES: dict[str, str] = {alias: name for name, aliases in MEDIA.items()
                            for alias in (name, *aliases)}  # fmt: skip
_KNOWN = alternation(_ALIASES)
_KNOWN_RE = re.compile(rf"(?<![\w-])(?:{_KNOWN})(?![\w-]|\.\w)")
_CUE_RE = re.compile(
    rf"(?i:\b(?P<strong>{alternation(STRONG_CUES)})(?!\w)|\b(?P<weak>{alternation(WEAK_CUES)})\b)"
    rf"\s*:?\s*(?:(?i:{alternation(FILLERS)})\s+)*"
)
_CAPITALISED_RE = re.compile(r"[A-Z][\w.&'-]*(?:[ ](?:[A-Z0-9][\w.&'-]*|of|de|del))*")
_PAREN_RE = re.compile(rf"\((?P<name>{_KNOWN})\)")
_SUBJECT_RE = re.compile(rf"(?<![\w-])(?P<name>{_KNOWN})\s+(?i:{alternation(REPORTING_VERBS)})\b")
_CUE_TRIGGERS = frozenset(c.split()[0].rstrip(":").lower() for c in (*STRONG_CUES, *WEAK_CUES))
_MEDIA_TRIGGERS = frozenset(re.split(r"[\W_]+", a)[0].lower() for a in _ALIASES)
_NOT_MEDIA = frozenset(PLACES) | {a for aliases in PEOPLE.values() for a in aliases}


def _unknown_name(text: str, pos: int) -> tuple[int, int] | None:
    """A capitalised run at `pos` that may be an unlisted medium."""
    m = _CAPITALISED_RE.match(text, pos)
    if not m:
        return None
    name = m.group().rstrip(".'-")
    first = name.split()[0]
    if first.lower() in ROLE_WORDS or first in _NOT_MEDIA or name in _NOT_MEDIA:
        return None
    return m.start(), m.start() + len(name)


def find_sources(text: str) -> Iterator[SourceCite]:
    """Every cited medium, in order of appearance; `name` is canonical."""
    found: dict[int, SourceCite] = {}
    pos = 0
    for at in starts_of(text, _CUE_TRIGGERS):
        m = _CUE_RE.match(text, at) if at >= pos else None
        if not m:
            continue
        pos = m.end()
        known = _KNOWN_RE.match(text, m.end())
        if known:
            name = _ALIASES[exact_key(known.group())]
            found[known.start()] = SourceCite(start=known.start(), end=known.end(),
                                              text=known.group(), name=name)  # fmt: skip
        elif m.group("strong"):
            span = _unknown_name(text, m.end())
            if span:
                s, e = span
                found[s] = SourceCite(start=s, end=e, text=text[s:e], name=text[s:e])
    subjects = (_SUBJECT_RE.match(text, at) for at in starts_of(text, _MEDIA_TRIGGERS))
    for m in (*_PAREN_RE.finditer(text), *subjects):
        if m:
            s, e = m.span("name")
            found.setdefault(s, SourceCite(start=s, end=e, text=m.group("name"),
                                           name=_ALIASES[exact_key(m.group("name"))]))  # fmt: skip
    yield from (found[k] for k in sorted(found))
