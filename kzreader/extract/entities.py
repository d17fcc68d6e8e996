"""Entities: people with their roles, organisations and places.

People come from runs of capitalised words: role words, places and
organisation words are stripped from the front (`Wakil Komandan Pasukan Khusus
Belarusia Sergey Andreev` → `Sergey Andreev`, role `Wakil Komandan Pasukan
Khusus Belarusia`); what is left is a person when it carries a title, is a
known person (`gazetteer.PEOPLE`), or is a surname of someone introduced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kzreader.extract.gazetteer import ORG_HEADS, ORGS, PEOPLE, PLACES, ROLE_HEADS, ROLE_WORDS
from kzreader.extract.spans import alternation, exact_key, finditer_after, lead_words, scan_of
from kzreader.extract.tables import (
    DETERMINERS,
    HONORIFICS,
    NAME_INTRODUCERS,
    SENTENCE_OPENERS,
    SPEECH_VERBS_BEFORE,
)
from kzreader.lexicon import MONTHS, WEEKDAYS
from kzreader.model import Entity

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŹŻŽ"
CAP_TOKEN = rf"[{_UPPER}](?:[\w'’]*(?:-[\w'’]+)*|\.)"
RUN_RE = re.compile(rf"(?<![\w-]){CAP_TOKEN}(?:[ \t]+{CAP_TOKEN})*")
RUN_FAST_RE = re.compile(
    rf"[{_UPPER}](?<![\w-].)(?:[\w'’]*(?:-[\w'’]+)*|\.)(?:[ \t]+{CAP_TOKEN})*"
)
"""`RUN_RE` with its lookbehind moved after the first capital: same matches, but the
engine skips straight to capitals instead of testing the lookbehind at every offset."""
WORD_RE = re.compile(r"[\w'’]+(?:-[\w'’]+)*")

ORG_ALIASES: dict[str, str] = {a: name for name, aliases in ORGS.items() for a in (name, *aliases)}
PERSON_ALIASES: dict[str, str] = {
    a: name for name, aliases in PEOPLE.items() for a in (name, *aliases)
}
_PLACE_SET = frozenset(PLACES)
_NAME_STOP = frozenset(
    {t.lower() for phrase in (*PLACES, *ORG_ALIASES) for t in phrase.split()}
    | ROLE_WORDS | ORG_HEADS | HONORIFICS | set(MONTHS) | set(WEEKDAYS)
)
"""Lower-cased tokens that can never be part of a person's name."""
TITLE_WORDS: frozenset[str] = frozenset(
    w for aliases in ROLE_HEADS.values() for a in aliases for w in a.split()
) | {"wakil", "sekretaris", "komandan", "kanselir", "jenderal", "pers", "dubes", "jubir"}
TITLE_WORDS |= HONORIFICS
"""Words whose presence in front of a name makes it a person's."""
_LEAD_WORDS = _NAME_STOP | {"untuk", "di", "for", "to", "of", "the", "dari"}
_WORD_END_RE = re.compile(r"([\w'’-]+)(?:, | )$")
"""The word before a run and its separator; `_word_end` reads it without a regex search."""
_ORG_RE = re.compile(rf"(?:{alternation(ORG_ALIASES)})(?![\w-])")
_PLACE_RE = re.compile(rf"(?:{alternation(PLACES)})(?![\w-])")
"""Both also need `(?<![\\w-])` before them: `finditer_after` checks that."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A person or a speaking body named in the text."""

    start: int
    end: int
    name: str
    role: str | None
    type: str  # person | org


def _is_acronym(token: str) -> bool:
    return len(token) > 1 and token.replace(".", "").isupper()


def split_role(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(role tokens, name tokens): the name is the trailing run of non-role words."""
    cut = _role_cut(tuple(tokens))
    return tokens[:cut], tokens[cut:]


@lru_cache(maxsize=4096)
def _role_cut(tokens: tuple[str, ...]) -> int:
    cut = 0
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(".")
        if low in _NAME_STOP or _is_acronym(tok) or tok in _PLACE_SET:
            cut = i + 1
    return cut


def capitalised_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every run of capitalised words: one scan per article."""
    memo = scan_of(text).memo
    runs = memo.get("runs")
    if runs is None:
        runs = memo["runs"] = [
            (m.start(), m.end(), m.group()) for m in RUN_FAST_RE.finditer(text)
        ]
    return runs  # type: ignore[return-value]


def person_name(tokens: list[str], *, single: bool = False) -> list[str] | None:
    """`tokens` as a bare person's name, titles (`Jenderal`, `Dr.`, `H.`) stripped; else None.

    A name is one to four capitalised words, none of them a role, place,
    organisation or calendar word nor an acronym; a single word only when it is
    a known person (or `single` says the context makes it one).
    """
    i = 0
    while i < len(tokens) and tokens[i].lower().rstrip(".") in HONORIFICS:
        i += 1
    name = tokens[i:]
    if not name or len(name) > 4:
        return None
    for tok in name:
        if len(tok) == 2 and tok[1] == "." and tok[0].isupper():
            continue  # an initial: `M. Fadjroel Rachman`
        low = tok.lower()
        if not tok[0].isupper() or low in _NAME_STOP or _is_acronym(tok) or tok in _PLACE_SET:
            return None
        if tok.endswith("."):
            return None
    if all(tok.endswith(".") for tok in name):
        return None
    if len(name) == 1 and not (single or name[0] in PERSON_ALIASES):
        return None
    return name


_NAME_TOKEN_RE = re.compile(rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*")
_NAME_GAP_RE = re.compile(rf"\.?[ \t]+(?=[{_UPPER}])")


def read_name(text: str, pos: int, limit: int) -> tuple[list[str], int] | None:
    """(name words, end) of a person's name written at `pos`: `Prof. Dr. H. Ali Said`.

    Titles and initials may carry a dot; the name is checked by `person_name`.
    """
    tokens: list[str] = []
    end = pos
    while len(tokens) < 8:
        m = _NAME_TOKEN_RE.match(text, pos, limit)
        if m is None:
            break
        tokens.append(m.group())
        end = pos = m.end()
        gap = _NAME_GAP_RE.match(text, pos, limit)
        if gap is None:
            break
        if gap.group()[0] == ".":
            if not (len(m.group()) == 1 or m.group().lower() in HONORIFICS):
                break  # a sentence ends here
            tokens[-1] += "."
        pos = gap.end()
    name = person_name(tokens) if tokens else None
    return (name, end) if name else None


ROLE_CONNECTORS: frozenset[str] = frozenset({"untuk", "di", "for", "to", "of", "the", "dari"})
"""Small words inside a title: `Duta Besar RI untuk Kazakhstan`."""


def _role_walk(text: str, pos: int, reach: int, *, whole: bool = False) -> list[str] | None:
    """Role words back from `pos` among the words of `text[pos - reach : pos]`; None when
    the walk needed the window's first word and the window may have cut it (not `whole`)."""
    words: list[str] = []
    words_start = pos
    lo = max(0, pos - reach)
    found = list(WORD_RE.finditer(text, lo, pos))
    for i in range(len(found) - 1, -1, -1):
        m = found[i]
        gap = text[m.end() : words_start]
        if gap.strip(" "):
            return words
        word = m.group()
        low = word.lower()
        if not (low in _NAME_STOP or low in ROLE_CONNECTORS or _is_acronym(word)):
            return words if i or whole or lo == 0 else None
        words.insert(0, word)
        words_start = m.start()
    return words if whole or lo == 0 else None


def role_before(text: str, pos: int) -> list[str]:
    """Title words just before `pos`: `sekretaris pers Gedung Putih` in front of a name.

    Read from the words of the 90 characters before `pos`, walking back from `pos`.
    Most walks stop within a few words, so the last 30 characters are tried first:
    their words are the same but for the first, which the window may cut, so that
    try counts only when the walk stops before needing the first word's letters.
    """
    words = _role_walk(text, pos, 30)
    if words is None:
        words = _role_walk(text, pos, 90, whole=True)
    while words and words[0].lower() in ROLE_CONNECTORS:
        words.pop(0)
    return words


_REVERSED_NAME_RE = re.compile(r"[\w'’-]*")


def _word_end(text: str, start: int, reach: int = 30) -> str | None:
    """`_WORD_END_RE.search(text, start - reach, start).group(1)`, read backwards from `start`."""
    lo = max(0, start - reach)
    end = start
    if end > lo and text[end - 1] == "\n":  # `$` also matches before a final newline
        end -= 1
    if end - 2 >= lo and text[end - 2 : end] == ", ":
        cut = end - 2
    elif end - 1 >= lo and text[end - 1] == " ":
        cut = end - 1
    else:
        return None
    size = _REVERSED_NAME_RE.match(text[lo:cut][::-1]).end()  # type: ignore[union-attr]
    return text[cut - size : cut] if size else None


@lru_cache(maxsize=8192)
def _run_shape(run: str) -> tuple[int, tuple[str, ...], tuple[str, ...], str] | None:
    """(offset of the name, role words, name words, name) of a capitalised run, when it
    may name a person: some words are left after the role, and at most four."""
    if run.isalnum():  # a single plain word: the one token is the run itself
        return None if len(run) < 2 or _role_cut((run,)) else (0, (), (run,), run)
    tokens = list(WORD_RE.finditer(run))
    words = [m.group() for m in tokens]
    role, name = split_role(words)
    skip = 0  # `Menurut Dimas`: a sentence opener in front is no part of the name
    while skip < len(name) - 1 and name[skip].lower() in _OPENER_WORDS:
        skip += 1
    name = name[skip:]
    if not name or len(name) > 4:
        return None
    offset = tokens[len(role) + skip].start()
    return offset, tuple(role), tuple(name), run[offset:].rstrip(".")


def person_in_run(
    text: str, start: int, end: int, known: frozenset[str] = frozenset(), run: str | None = None
) -> tuple[int, str, str | None] | None:
    """(name start, name, role) when the capitalised run `text[start:end]` holds a person.

    `known` holds the name words of people already introduced: a run made of
    them (`Tokayev`) is a person too. `run` is `text[start:end]` when the caller has it.
    """
    shape = _run_shape(text[start:end] if run is None else run)
    if shape is None:
        return None
    offset, role, name, full = shape
    name_start = start + offset
    if not role and not ((before := _word_end(text, start)) and before.lower() in _LEAD_WORDS):
        # nothing in front that could be a title
        known_person = full in PERSON_ALIASES or known.issuperset(name)
        return (name_start, full, None) if known_person else None
    lead = [*role_before(text, start), *role]
    if not role and text[max(0, start - 2) : start] == ", ":  # `Ketua Dewan Federasi Rusia, X`
        lead = role_before(text, start - 2)
    titled = any(w.lower() in TITLE_WORDS for w in lead)
    if not (titled or full in PERSON_ALIASES or known.issuperset(name)):
        return None
    return name_start, full, " ".join(lead) or None


_OPENER_WORDS = DETERMINERS | SENTENCE_OPENERS
_INTRODUCER_LEADS = lead_words(NAME_INTRODUCERS)
_INTRODUCER_RE = re.compile(rf"\b(?:{alternation(NAME_INTRODUCERS)})[ \t]+$", re.IGNORECASE)
_SPEAKS_RE = re.compile(
    rf"(?:[ \t]*,[^.!?;\n“”\"]{{1,100}}?,)?,?[ \t]+(?:pun[ \t]+|juga[ \t]+|telah[ \t]+|had[ \t]+"
    rf"|has[ \t]+)?(?:{alternation(SPEECH_VERBS_BEFORE)})\b"
)
"""A speech verb after a name, perhaps past an apposition: `Galym Abenov, a driver, said`."""


_HONORIFIC_BEFORE_RE = re.compile(
    rf"(?<![\w.])(?:{alternation(HONORIFICS)})\.?[ \t]+$", re.IGNORECASE
)
"""A title just before a name, dotted or not: `Dr. Smith Alhadar`."""
_AGE_RE = re.compile(r",?[ \t]\(?\d{1,3}\)?[,) ]")
"""An age after a name: `Saule Bekova, 34,` / `Aigul (34)`."""


_UNTITLED_SHAPE: dict[str, tuple[int, str, str] | None] = {}
"""`_untitled_shape` by run text, across articles (most names recur in a corpus)."""
_MEMO_SIZE = 20_000


def _untitled_shape(run: str) -> tuple[int, str, str] | None:
    """(offset, name, surname) of the untitled name a multi-word run may hold: openers
    (`Warga`, `Sang`) skipped, two words at least; remembered in `_UNTITLED_SHAPE`."""
    words = run.split()
    skip = 0
    while skip < len(words) and words[skip].lower() in _OPENER_WORDS:
        skip += 1
    name = person_name(words[skip:])
    shape = None
    if name and len(name) >= 2:
        offset = run.index(name[0], sum(len(w) + 1 for w in words[:skip]))
        shape = (offset, " ".join(name), name[-1])
    if len(_UNTITLED_SHAPE) >= _MEMO_SIZE:
        _UNTITLED_SHAPE.clear()
    _UNTITLED_SHAPE[run] = shape
    return shape


def forget_memos() -> None:
    """Drop the memos kept across articles (for benchmarks)."""
    _UNTITLED_SHAPE.clear()


def _untitled_person(
    text: str, start: int, end: int, run: str, surnames: frozenset[str]
) -> tuple[int, str, None] | None:
    """An untitled name in a capitalised run, when the context says it is a person's.

    It is introduced as one (`warga bernama Aigul Nurlanova`), stands in
    apposition (`seorang warga, Aigul Nurlanova,` / `Aigul Nurlanova (34)`) or
    speaks (`Galym Abenov, a taxi driver in Almaty, said`).
    """
    shape = _UNTITLED_SHAPE.get(run, False)
    if shape is False:
        shape = _untitled_shape(run)
    if shape is None:
        return _apposed_person(text, start, end, run)
    offset, full, surname = shape
    at = start + offset
    stop = at + len(full)
    if stop != end:
        return None  # honorifics trailing or odd spacing: leave it
    after = text[end : end + 2]
    set_off = after[:1] in {",", ")"} or after == " ("
    if (text[max(0, at - 2) : at] == ", " and set_off) or (
        _INTRODUCER_RE.search(text, max(0, at - 24), at)
    ) or _AGE_RE.match(text, end) or _SPEAKS_RE.match(text, end) or (
        _HONORIFIC_BEFORE_RE.search(text, max(0, at - 16), at)
    ):
        return at, full, None
    if surname in surnames or full[: full.find(" ")] in surnames:
        return at, full, None  # named again by surname or given name: `… Bekova said`, `Dewi …`
    return None


def _apposed_person(text: str, start: int, end: int, run: str) -> tuple[int, str, None] | None:
    """A name set off by commas whose last word is also a role word (`seorang mahasiswa,
    Rizal Hakim, mengaku`): a title comes before a name, never last in it."""
    if text[max(0, start - 2) : start] != ", " or text[end : end + 1] not in {",", ")"}:
        return None
    words = run.split()
    if len(words) < 2 or words[-1].lower() not in ROLE_WORDS or not words[-1].isalpha():
        return None
    name = person_name(words[:-1], single=True)
    if name is None or len(name) != len(words) - 1:
        return None  # titles or openers in front: `Ketua Hakim`, `Sang Raja`
    return start, run, None


_NOBODY: frozenset[str] = frozenset()


def find_mentions(text: str) -> list[Mention]:
    """People (titled, known or set off as one) and organisations, in order."""
    runs = capitalised_runs(text)
    first = [person_in_run(text, s, e, _NOBODY, r) for s, e, r in runs]
    known = frozenset(w for f in first if f for w in f[1].split())
    out: list[Mention] = []
    surnames: frozenset[str] | None = None
    introduced = not _INTRODUCER_LEADS.isdisjoint(scan_of(text).words)
    for (s, e, run), found in zip(runs, first, strict=True):
        if found is None and known and not known.isdisjoint(run.split()):
            found = person_in_run(text, s, e, known)
        if found is None and " " in run:
            if surnames is None:
                surnames = frozenset(r for _, _, r in runs if " " not in r)
            found = _untitled_person(text, s, e, run, surnames)
            if found:  # its words name the person again later: `Dimas Harjanto` … `Dimas`
                known = known.union(found[1].split())
        elif found is None and text[e : e + 2] in {", ", " ("} and _AGE_RE.match(text, e):
            name = person_name([run], single=True)  # `seorang ibu, Gulnara (45),`
            found = (s, run, None) if name else None
        elif found is None and introduced and text[s - 1 : s] == " " and _INTRODUCER_RE.search(
            text, max(0, s - 24), s
        ):
            found = (s, run, None) if person_name([run], single=True) else None
        if found:
            start, name, role = found
            out.append(Mention(start, start + len(name), name, role, "person"))
    for m in finditer_after(_ORG_RE, text):
        out.append(Mention(m.start(), m.end(), ORG_ALIASES[exact_key(m.group())], None, "org"))
    out.sort(key=lambda x: x.start)
    return out


def find_entities(text: str, mentions: list[Mention], people: dict[str, str]) -> list[Entity]:
    """Entity facts: every mention (surnames mapped through `people`) and every place."""
    out = [
        Entity(
            start=x.start, end=x.end, text=text[x.start : x.end], type=x.type,
            name=people.get(x.name, x.name), role=x.role,
        )
        for x in mentions
    ]
    for m in finditer_after(_PLACE_RE, text):
        out.append(Entity(start=m.start(), end=m.end(), text=m.group(), type="place",
                          name=m.group()))  # fmt: skip
    return out
