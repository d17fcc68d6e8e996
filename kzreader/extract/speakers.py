"""Who speaks: reading an attribution and resolving it to a full name.

An attribution names a speaker by full name, surname (`kata Tokayev`), role
(`tanya sang presiden`, `tegas menteri yang …`), pronoun (`ujarnya`, `dia
berkata`) or as a body (`Kementerian Luar Negeri Kazakhstan`). `Cast` turns
that into the name first introduced in the article, using only mentions
outside quotations as antecedents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from kzreader.extract.entities import (
    ORG_ALIASES,
    PERSON_ALIASES,
    RUN_FAST_RE,
    WORD_RE,
    Mention,
    capitalised_runs,
    split_role,
)
from kzreader.extract.gazetteer import ORG_HEADS, ROLE_HEADS, ROLE_WORDS
from kzreader.extract.spans import alternation, lead_words, scan_of
from kzreader.extract.tables import DETERMINERS, PRONOUNS, SPEECH_VERBS_BEFORE

_ROLE_ALIAS: dict[str, str] = {a: head for head, aliases in ROLE_HEADS.items() for a in aliases}
_ROLE_RE = re.compile(rf"\b(?:{alternation(_ROLE_ALIAS)})\b", re.IGNORECASE)
_ORG_HEAD_RE = re.compile(rf"\b(?:{alternation(ORG_HEADS)})\b")
_PRONOUN_RE = re.compile(rf"\b(?:{alternation(PRONOUNS - {'nya'})})\b", re.IGNORECASE)
AGENT_MARKERS: tuple[str, ...] = ("oleh", "menurut", "by", "according to")
"""Words before a name that make it the agent of what is said: `menurut Tokayev`."""
_AGENT_BEFORE_RE = re.compile(rf"\b(?:{alternation(AGENT_MARKERS)})\s+$", re.IGNORECASE)
_AGENT_LEADS = lead_words(AGENT_MARKERS)
_VERB_LEADS = lead_words(SPEECH_VERBS_BEFORE)
_ORG_HEAD_WORDS = frozenset(ORG_HEADS)
_VERB_SIZE = max(map(len, SPEECH_VERBS_BEFORE))
_AGENT_AFTER_RE = re.compile(
    rf"\s+(?:pun\s+|juga\s+|telah\s+)?(?:{alternation(SPEECH_VERBS_BEFORE)}|sebut|menyebut)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """How an attribution names its speaker."""

    kind: str  # name | role | pronoun | org
    value: str


def role_head(words: str) -> str | None:
    """The role noun in `words` (`Wakil Menteri Luar Negeri` → `menteri`), longest first."""
    found = _ROLE_RE.findall(words)
    return _ROLE_ALIAS[max(found, key=len).lower()] if found else None


def ref_from_words(words: list[str]) -> SpeakerRef | None:
    """Read a run of words (`Presiden Rusia Vladimir Putin`, `sang presiden`, `dia`)."""
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return SpeakerRef("pronoun", words[0])
    _, name = split_role(words)
    if name:
        return SpeakerRef("name", " ".join(name))
    joined = " ".join(words)
    if joined in ORG_ALIASES or words[0].lower() in ORG_HEADS or (
        len(words) == 1 and words[0].isupper() and len(words[0]) > 1
    ):
        return SpeakerRef("org", joined)
    head = role_head(joined)
    return SpeakerRef("role", head) if head else None


def read_speaker(text: str, pos: int, limit: int) -> tuple[SpeakerRef | None, int]:
    """The speaker named from `pos` on (after a speech verb), and where it ends."""
    taken: list[re.Match[str]] = []
    saw_name = False
    last = pos
    for m in WORD_RE.finditer(text, pos, limit):
        if text[last : m.start()].strip():
            break
        word, low = m.group(), m.group().lower()
        if not taken and (low in DETERMINERS or low in PRONOUNS):
            taken.append(m)
            last = m.end()
            if low in PRONOUNS:
                break
            continue
        if word[0].isupper():
            saw_name = saw_name or not split_role([word])[0]
        elif saw_name or low not in ROLE_WORDS:
            break
        taken.append(m)
        last = m.end()
    while taken and taken[-1].group().lower() in {"dari", "of", "the", "dalam", "luar"}:
        taken.pop()
    if not taken:
        return None, pos
    return ref_from_words([m.group() for m in taken]), taken[-1].end()


def subject_before(text: str, lo: int, hi: int) -> SpeakerRef | None:
    """The speaker nearest before `hi` (the subject of `X mengatakan`)."""
    best: tuple[int, SpeakerRef] | None = None
    for m in RUN_FAST_RE.finditer(text, lo, hi):
        ref = ref_from_words(m.group().split())
        if ref and (best is None or m.start() > best[0]):
            best = (m.start(), ref)
    for regex, kind in ((_PRONOUN_RE, "pronoun"), (_ROLE_RE, "role"), (_ORG_HEAD_RE, "org")):
        for m in regex.finditer(text, lo, hi):
            value = _ROLE_ALIAS[m.group().lower()] if kind == "role" else m.group()
            if best is None or m.start() > best[0]:
                best = (m.start(), SpeakerRef(kind, value))
    return best[1] if best else None


_SPEAKS_AFTER_RE = re.compile(
    rf"[^.!?\n“”\"]{{0,60}}?\b(?:{alternation(SPEECH_VERBS_BEFORE)})\b", re.IGNORECASE
)
SPEAKER, MENTION = 2, 1
"""Salience of an antecedent: someone who speaks outranks someone merely named."""


class Cast:
    """The people and speaking bodies of one article, for resolving attributions."""

    def __init__(self, text: str, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self._text = text
        self._quoted = quoted
        self._starts = [s for s, _ in quoted]
        self.people: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self._events: list[tuple[int, int, str]] = []  # (position, salience, canonical name)
        self._bodies: list[tuple[int, str]] = []  # organisations named outside quotes
        scan = scan_of(text)
        for x in mentions:
            if self._inside(x.start):
                continue
            lo = max(0, x.start - 16)
            agent = scan.within(_AGENT_LEADS, lo, x.start) and bool(
                _AGENT_BEFORE_RE.search(text, lo, x.start)
            )
            if x.type == "person":
                name = self.canonical(x.name)
                if x.role:
                    self.roles.setdefault(name, x.role)
                verb_near = scan.within(_VERB_LEADS, x.end, x.end + 61 + _VERB_SIZE)
                speaks = agent or (verb_near and _SPEAKS_AFTER_RE.match(text, x.end))
                self._events.append((x.start, SPEAKER if speaks else MENTION, name))
            else:
                self._bodies.append((x.start, x.name))
                if agent or _AGENT_AFTER_RE.match(text, x.end):
                    self._events.append((x.start, SPEAKER, x.name))
        # bodies not in the gazetteer: runs holding an organisation word
        runs = capitalised_runs(text) if scan.words & _ORG_HEAD_WORDS else ()
        for start, end, run in runs:
            if _ORG_HEAD_WORDS.isdisjoint(run.lower().split()):
                continue  # the test below, cheaper (determiners are no organisation words)
            words = run.split()
            while words and words[0].lower() in DETERMINERS:
                words = words[1:]
            if not ORG_HEADS.intersection(w.lower() for w in words) or run in ORG_ALIASES:
                continue
            if self._inside(start):
                continue
            self._bodies.append((start, " ".join(words)))
            if _AGENT_BEFORE_RE.search(text, max(0, start - 16), start) or (
                _AGENT_AFTER_RE.match(text, end)
            ):
                self._events.append((start, SPEAKER, run))
        self._events.sort()
        self._bodies.sort()

    def _inside(self, pos: int) -> bool:
        i = bisect_left(self._starts, pos + 1) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def canonical(self, name: str) -> str:
        """Full name for a name or surname: first introduced here, else the gazetteer's."""
        if name in self.people:
            return self.people[name]
        words = set(name.split())
        introduced = dict.fromkeys(self.people.values())
        full = next((p for p in introduced if words <= set(p.split())), None)
        if full is None:
            full = PERSON_ALIASES.get(name, name)
        self.people[name] = full
        return full

    def note(self, pos: int, name: str) -> None:
        """Record a resolved speaker as an antecedent at `pos`."""
        self._events.insert(bisect_left(self._events, (pos, 0, "")), (pos, SPEAKER, name))

    def _latest(self, pos: int, accept: set[str] | None = None) -> str | None:
        """The last antecedent before `pos`: speakers first, then anyone named."""
        before = self._events[: bisect_left(self._events, (pos, 0, ""))]
        paragraph = self._text.rfind("\n", 0, pos)
        if accept is None and before and before[-1][0] > paragraph:
            return before[-1][2]  # someone named earlier in the same paragraph
        for level in (SPEAKER, MENTION):
            for _, salience, name in reversed(before):
                if salience >= level and (accept is None or name in accept):
                    return name
        return None

    def _body(self, head: str, pos: int) -> str | None:
        """The last organisation before `pos` named with `head` (`kementerian`)."""
        for at, name in reversed(self._bodies):
            if at < pos and head in name.lower().split():
                return ORG_ALIASES.get(name, name)
        return None

    def resolve(self, ref: SpeakerRef | None, pos: int) -> str | None:
        """The canonical speaker for `ref` said at `pos` (pronouns look back from there)."""
        if ref is None or ref.kind == "pronoun":
            return self._latest(pos)
        if ref.kind == "name":
            return self.canonical(ref.value)
        if ref.kind == "org":
            if ref.value.islower():
                return self._body(ref.value, pos) or ref.value
            return ORG_ALIASES.get(ref.value, ref.value)
        aliases = ROLE_HEADS.get(ref.value, (ref.value,))
        holders = {n for n, role in self.roles.items()
                   if any(re.search(rf"\b{a}\b", role, re.I) for a in aliases)}  # fmt: skip
        if not holders:
            return None
        return self._latest(pos, holders) or sorted(holders)[0]
