"""Who speaks: reading an attribution and resolving it to a full name.

An attribution names a speaker by full name, surname (`kata Tokayev`), role
(`tanya sang presiden`, `tegas menteri yang …`), pronoun (`ujarnya`, `dia
berkata`) or as a body (`Kementerian Luar Negeri Kazakhstan`). `Cast` turns
that into the name first introduced in the article, using only mentions
outside quotations as antecedents.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from kzreader.extract.entities import (
    ORG_ALIASES,
    PERSON_ALIASES,
    RUN_FAST_RE,
    WORD_RE,
    Mention,
    capitalised_runs,
    read_name,
    split_role,
)
from kzreader.extract.gazetteer import (
    BODY_NOUNS,
    GENERIC_ROLES,
    ORG_HEADS,
    OWNED_ROLES,
    ROLE_HEADS,
    ROLE_WORDS,
)
from kzreader.extract.spans import alternation, lead_words, scan_of
from kzreader.extract.tables import (
    DEFINITE_DETERMINERS,
    DEMONSTRATIVES,
    DEMONYMS,
    DETERMINERS,
    FUNCTION_WORDS,
    HONORIFICS,
    PRONOUNS,
    SPEECH_VERBS_BEFORE,
)
from kzreader.lexicon import MONTHS, WEEKDAYS

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
    words: tuple[str, ...] = ()
    """For a role phrase pointing back (`pejabat konsuler tersebut`, `the official`): its
    words, lower case; resolved to the person introduced with them when no one holds the
    role by name."""
    marked: bool = False
    """The phrase ends in a demonstrative (`tersebut`, `itu`): someone definite spoke, so
    the phrase itself is the speaker when no person fits."""


_WORD_BEFORE_RE = re.compile(r"(\w+)[ \t]+$")
_DESCRIPTION_MAX = 3
"""Words a role phrase may run on by before its demonstrative: `pejabat konsuler KBRI itu`."""
_NEXT_WORD_RE = re.compile(r"[ \t]+([\w'’]+(?:-[\w'’]+)*)")
_NOT_DESCRIPTIVE = frozenset({
    "dari", "dalam", "luar", "yang", "untuk", "from", "with", "kepada", "saat", "ketika",
    "usai", "seusai", "melalui", "lewat", "via", "during", "after", "when", "while",
})  # fmt: skip


def _demonstrative_near(text: str, pos: int, limit: int) -> bool:
    """Whether a demonstrative may follow within a role phrase's reach (a cheap test)."""
    window = text[pos : min(limit, pos + 60)].lower()
    return any(word in window for word in DEMONSTRATIVES)


def _description(
    text: str, start: int, end: int, limit: int, *, definite: bool
) -> tuple[tuple[str, ...], int, bool] | None:
    """(words, end, marked) of the role phrase `text[start:end]` when it points back to
    someone: it runs on to a demonstrative (`pejabat konsuler tersebut`, marked) or follows
    `sang`/`the`."""
    words = [w.lower() for w in WORD_RE.findall(text, start, end)]
    own = len(words)
    pos = end
    for _ in range(_DESCRIPTION_MAX + 1):
        m = _NEXT_WORD_RE.match(text, pos, limit)
        if m is None:
            break
        word = m.group(1).lower()
        if word in DEMONSTRATIVES:
            return tuple(words), m.end(), True
        if word in FUNCTION_WORDS or word in _NOT_DESCRIPTIVE:
            break  # `sang presiden dalam pertemuan tersebut`: the demonstrative is not its
        words.append(word)
        pos = m.end()
    return (tuple(words[:own]), end, False) if definite and own else None


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
    if name and DEMONYMS.issuperset(name):  # `the Indonesian official`: no one's name
        name = []
    joined = " ".join(words)
    if name and len(name) == 1 and words[0].lower() in ORG_HEADS and (
        name[0] not in PERSON_ALIASES
    ):  # `Badan Meteorologi`: a body, not a person
        return SpeakerRef("org", joined)
    if name:
        return SpeakerRef("name", " ".join(name))
    if joined in ORG_ALIASES or not ORG_HEADS.isdisjoint(w.lower() for w in words) or (
        len(words) == 1 and words[0].isupper() and len(words[0]) > 1
    ):
        return SpeakerRef("org", joined)
    head = role_head(joined)
    return SpeakerRef("role", head) if head else None


_BODY_ANAPHOR_RE = re.compile(
    rf"[ \t]*(?P<the>(?:the|sang)[ \t]+)?(?P<noun>{alternation(BODY_NOUNS)})\b"
    rf"(?:[ \t]+(?P<dem>{alternation(DEMONSTRATIVES)})\b)?",
    re.IGNORECASE,
)
"""`organisasi itu`, `kelompok tersebut`, `the group`: a body named before, pointing back."""
_BODY_APPOSITION_RE = re.compile(
    r"((?:[ \t]+[\w-]+){0,4}?),[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})(?=[ \t]*(?:[,.;)]|$))"
)
"""`kantor kepresidenan Kazakhstan, Akorda,`: a body described, then its name after a comma."""
_NOT_BODY_NAMES = frozenset({*MONTHS, *WEEKDAYS})


def _body_anaphor(text: str, pos: int, limit: int) -> tuple[SpeakerRef, int] | None:
    """(ref, end) for a body noun pointing back (`kata organisasi itu`, `said the group`)."""
    m = _BODY_ANAPHOR_RE.match(text, pos, limit)
    if m is None or not (m.group("dem") or m.group("the")):
        return None
    noun = m.group("noun").lower()
    return SpeakerRef("org", noun, (noun,), True), m.end()


def _body_named(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """(name, end) of a body named after a comma that closes its description at `pos`."""
    m = _BODY_APPOSITION_RE.match(text, pos, limit)
    if m is None:
        return None
    words = [w.lower() for w in WORD_RE.findall(m.group(1))]
    name = m.group(2)
    if any(w in FUNCTION_WORDS or w in _NOT_DESCRIPTIVE for w in words) or (
        name.lower() in _NOT_BODY_NAMES or name in PERSON_ALIASES
    ):
        return None  # `kata kantor itu kepada wartawan, Senin`: no description, no name
    return name, m.end(2)


def read_speaker(text: str, pos: int, limit: int) -> tuple[SpeakerRef | None, int]:
    """The speaker named from `pos` on (after a speech verb), and where it ends."""
    anaphor = _body_anaphor(text, pos, limit)
    if anaphor is not None:
        return anaphor
    taken: list[re.Match[str]] = []
    saw_name = False
    last = pos
    for m in WORD_RE.finditer(text, pos, limit):
        gap = text[last : m.start()].strip()
        if gap and not (gap == "." and taken and _abbreviated(taken[-1].group())):
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
        elif saw_name or not (
            low in ROLE_WORDS or low in ORG_HEADS or _possessed(low) in ROLE_WORDS
        ):
            break  # `the government`, `the president's office` read on; other words end it
        taken.append(m)
        last = m.end()
    while taken and taken[-1].group().lower() in {"dari", "of", "the", "dalam", "luar"}:
        taken.pop()
    words = [m.group() for m in taken]
    ref = ref_from_words(words) if taken else None
    if ref is None or ref.kind in ("role", "org") or (ref.kind == "name" and split_role(words)[0]):
        # `kata Kepala Ekonom PT Bank X, Hendra Wijaya,`: the name after the role's comma
        found = _apposition(text, pos, limit)
        if found:
            return SpeakerRef("name", found[0]), found[1]
        if ref is not None and ref.kind == "org" and ref.value.islower():
            named = _body_named(text, taken[-1].end(), limit)
            if named:
                return SpeakerRef("org", named[0]), named[1]
    if not taken:
        return None, pos
    if ref is not None and ref.kind == "role":  # `kata pejabat konsuler tersebut`
        first = 1 if taken[0].group().lower() in DETERMINERS else 0
        definite = first == 1 and taken[0].group().lower() in DEFINITE_DETERMINERS
        end = taken[-1].end()
        if first < len(taken) and (definite or _demonstrative_near(text, end, limit)):
            described = _description(text, taken[first].start(), end, limit, definite=definite)
            if described:
                words, end, marked = described
                return SpeakerRef("role", ref.value, words, marked), end
    return ref, taken[-1].end()


def _possessed(word: str) -> str:
    """`president's` → `president`: the owner in a possessive."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _abbreviated(word: str) -> bool:
    """`Prof`, `Dr`, `H`, `M`: a title or initial written with a dot."""
    return len(word) == 1 or word.lower() in HONORIFICS


_APPOSITION_RE = re.compile(r"[^,.!?;:“”\"\n]{1,100}?,[ \t]+(?=[A-Z])")
"""A description up to a comma, before a capitalised word: `komandan pasukan CSTO, `."""


def _apposition(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """(name, end) of a person named after a role and a comma, from `pos` on."""
    m = _APPOSITION_RE.match(text, pos, limit)
    found = read_name(text, m.end(), limit) if m else None
    return (" ".join(found[0]), found[1]) if found else None


def _subjects(text: str, lo: int, hi: int) -> list[tuple[int, SpeakerRef]]:
    """Every way a speaker is named in `[lo, hi)`, in order."""
    found: list[tuple[int, SpeakerRef]] = []
    for m in RUN_FAST_RE.finditer(text, lo, hi):
        ref = ref_from_words(m.group().split())
        if ref:
            found.append((m.start(), ref))
    for regex, kind in ((_PRONOUN_RE, "pronoun"), (_ROLE_RE, "role"), (_ORG_HEAD_RE, "org")):
        for m in regex.finditer(text, lo, hi):
            if kind != "role":
                found.append((m.start(), SpeakerRef(kind, m.group())))
                continue
            value = _ROLE_ALIAS[m.group().lower()]
            # `Pejabat konsuler itu mengatakan`, `the official said`: pointing back
            start, end = m.start(), m.end()
            article = _WORD_BEFORE_RE.search(text, max(lo, start - 6), start)
            definite = bool(article and article.group(1).lower() in DEFINITE_DETERMINERS)
            described = (_description(text, start, end, hi, definite=definite)
                         if definite or _demonstrative_near(text, end, hi) else None)  # fmt: skip
            found.append((start, SpeakerRef(kind, value, *described[::2]) if described
                          else SpeakerRef(kind, value)))  # fmt: skip
    found.sort(key=lambda x: x[0])
    return found


_DESCRIBING_ROLES = ROLE_WORDS - HONORIFICS - DETERMINERS - FUNCTION_WORDS - {
    "dari", "dalam", "luar", "of", "the", "besar", "bapak", "ibu", "pak", "bu"}
"""Role words that open a description (`Analis`, `Kepala`), not a title or a determiner."""


def _described_before(text: str, lo: int, opened: int) -> bool:
    """Whether the segment ending at the comma `opened` describes someone (`Analis Samudra
    Sekuritas`, `Ekonom senior Lintas Kapital`, `Putin's spokesman`): it opens with a role
    word or holds a lowercase word, so its capitalised words name an affiliation."""
    start = max(lo, text.rfind(",", lo, opened) + 1)
    words = WORD_RE.findall(text, start, opened)
    return bool(words) and (
        words[0].lower() in _DESCRIBING_ROLES or any(w[0].islower() for w in words)
    )


def _only_name(text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]` is a person's name of two words or more and nothing else."""
    while lo < hi and text[lo] in " \t":
        lo += 1
    found = read_name(text, lo, hi)
    return found is not None and len(found[0]) >= 2 and not text[found[1] : hi].strip()


def _pick(found: list[tuple[int, SpeakerRef]], lo: int, hi: int) -> SpeakerRef | None:
    """The last person (named or a pronoun) in `[lo, hi)`; else the last body or role."""
    inside = [ref for at, ref in found if lo <= at < hi]
    people = [ref for ref in inside if ref.kind in ("name", "pronoun")]
    return people[-1] if people else (inside[-1] if inside else None)


def subject_before(text: str, lo: int, hi: int) -> SpeakerRef | None:
    """The speaker nearest before `hi` (the subject of `X mengatakan`).

    A person named in the clause beats a body or role named with them (`Ivan
    Petrov of the Interior Ministry said`); with an apposition before the verb
    (`his sister, Aigerim Dauletova, told`) the name in front wins, else the
    name inside it.
    """
    found = _subjects(text, lo, hi)
    if not found:
        return None
    stripped = text[lo:hi].rstrip()
    if stripped.endswith(","):
        close = lo + len(stripped) - 1
        opened = text.rfind(",", lo, close)
        if opened >= 0:
            head = _pick(found, max(lo, text.rfind(",", lo, opened) + 1), opened)
            inner = _pick(found, opened, close)
            if head and head.kind in ("name", "pronoun") and not (
                inner and inner.kind == "name" and head.kind == "name"
                and _described_before(text, lo, opened) and _only_name(text, opened + 1, close)
            ):  # `Analis energi Samudra Sekuritas, Bayu Hermawan,`: the name in front is
                return head  # an affiliation when its segment describes someone
            aside = WORD_RE.search(text, opened + 1, close)
            if head and aside and aside.group()[0].islower():
                # `Kemlu RI, dalam keterangan yang dikutip dari Antara, menyatakan`: an
                # aside between subject and verb names no speaker
                return head
            if inner and inner.kind == "name":
                return inner
            return head or inner
    clause = max(lo, text.rfind(",", lo, hi) + 1)
    return _pick(found, clause, hi) or _pick(found, lo, hi)


_SPEAKS_AFTER_RE = re.compile(
    rf"[^.!?\n“”\"]{{0,60}}?\b(?:{alternation(SPEECH_VERBS_BEFORE)})\b", re.IGNORECASE
)
_RELATIVE_RE = re.compile(r",[ \t]+(?:who|whom|whose|which|yang)\b[^,.!?;\n]*$")
"""A relative clause open before a name: `Tokayev, who has used the crisis to remove …`."""


def _in_relative(text: str, pos: int) -> bool:
    """Whether `pos` sits in a relative clause opened (`, who …`) earlier in its sentence:
    the verb after the clause's closing comma is its head's, not this name's."""
    return _RELATIVE_RE.search(text, _sentence_start(text, pos), pos) is not None


_SUBJECT_AFTER_RE = re.compile(
    r"(?:[ \t]*\(\d{1,3}\))?(?:[ \t]*,[^.!?;\n“”\"]{1,100}?,)?,?[ \t]+"
    r"(?!(?:dan|atau|serta|and|or|of|di|ke|dari|untuk|dengan|pada|bersama|in|at|on|to|from"
    r"|for|with|by)\b)[a-z]"
)
"""A lowercase word (a verb, not a joining word) after a name: `Aigul Nurlanova kehilangan`."""
_REPORTED_WORDS = [*PRONOUNS - {'nya'}, *SPEECH_VERBS_BEFORE, *AGENT_MARKERS, "bahwa", "that"]
_REPORTED_RE = re.compile(rf"\b(?:{alternation(_REPORTED_WORDS)})\b", re.IGNORECASE)
"""Words before a name that make its clause reported speech: `Menurut dia, Tokayev …`."""
_REPORTED_LEADS = lead_words(_REPORTED_WORDS)
def _sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence holding `pos` begins (after `. `, `! `, `? ` or a newline)."""
    lo = max(0, pos - 300)
    ends = [text.rfind(mark, lo, pos) for mark in (". ", "! ", "? ")]
    return max(text.rfind("\n", lo, pos) + 1, *(e + 2 for e in ends if e >= 0), lo)


_BODY_OF: dict[str, str | None] = {}
"""`_body_of` by run text, across articles (runs repeat: names of bodies recur)."""
_MEMO_SIZE = 20_000


def _body_of(run: str) -> str | None:
    """The organisation a capitalised run names (determiners dropped), when it holds an
    organisation word and is not in the gazetteer; remembered in `_BODY_OF`."""
    body = None
    if not _ORG_HEAD_WORDS.isdisjoint(run.lower().split()):
        words = run.split()
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        if ORG_HEADS.intersection(w.lower() for w in words) and run not in ORG_ALIASES:
            body = " ".join(words)
    if len(_BODY_OF) >= _MEMO_SIZE:
        _BODY_OF.clear()
    _BODY_OF[run] = body
    return body


def forget_memos() -> None:
    """Drop the memos kept across articles (for benchmarks)."""
    _BODY_OF.clear()


SPEAKER, MENTION, OBLIQUE = 2, 1, 0
"""Salience of an antecedent: someone who speaks outranks someone merely named, who
outranks someone named only as an owner or in a comparison (`Nazarbayev family's`,
`than Tokayev`)."""
_OBLIQUE_AFTER_RE = re.compile(r"(?:['’]s|[ \t]+[a-z]+['’]s)\b")
"""A possessive after a name: `Nazarbayev's`, `the Nazarbayev family's`."""
_OBLIQUE_BEFORE = frozenset({"than", "daripada", "ketimbang", "dibanding", "dibandingkan"})


def _oblique(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` is an owner or a term of comparison."""
    if _OBLIQUE_AFTER_RE.match(text, end):
        return True
    before = _WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    return bool(before) and before.group(1).lower() in _OBLIQUE_BEFORE  # type: ignore[union-attr]


_OWNED_ROLE_RE = re.compile(rf"\b(?:{alternation(OWNED_ROLES)})$", re.IGNORECASE)


_DESCRIBED_BODY_RE = re.compile(
    rf"\b(?P<noun>(?i:{alternation(BODY_NOUNS)}))(?P<about>(?:[ \t]+[a-z][\w-]*){{0,3}})"
    r"[ \t]+(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})"
)
"""A body noun, a description, then the body's name: `kelompok hak digital Access Now`."""


def _holder_after(text: str, owner: Mention, following: list[Mention]) -> str | None:
    """The person holding the role written before `owner` when a full name follows it after a
    comma: `Juru bicara Nazarbayev, Aidos Ukibay` (the role serves its owner)."""
    if not following or text[owner.end : following[0].start] != ", ":
        return None  # the cheap test first: nothing but a comma between the two
    nxt = following[0]
    if nxt.type != "person" or nxt.role or " " not in nxt.name or not owner.role:
        return None
    return nxt.name if _OWNED_ROLE_RE.search(owner.role) else None


class Cast:
    """The people and speaking bodies of one article, for resolving attributions."""

    def __init__(self, text: str, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self._text = text
        self._quoted = quoted
        self._starts = [s for s, _ in quoted]
        self.people: dict[str, str] = {}
        self._introduced: dict[str, set[str]] = {}
        """The distinct values of `people` in first-seen order, with their words."""
        self.roles: dict[str, str] = {}
        self._events: list[tuple[int, int, str]] = []  # (position, salience, canonical name)
        self._bodies: list[tuple[int, str]] = []  # organisations named outside quotes
        self._people_at: list[tuple[int, int, str]] = []  # (start, end, name) of each person
        self._phrases: set[str] = set()  # role phrases given as speakers (`pejabat konsuler`)
        scan = scan_of(text)
        last_person = -1
        for i, x in enumerate(mentions):
            if self._inside(x.start):
                continue
            lo = max(0, x.start - 16)
            agent = scan.within(_AGENT_LEADS, lo, x.start) and bool(
                _AGENT_BEFORE_RE.search(text, lo, x.start)
            )
            if x.type == "person":
                name = self.canonical(x.name)
                if x.role:
                    holder = _holder_after(text, x, mentions[i + 1 : i + 2])
                    if holder is None:
                        self.roles.setdefault(name, x.role)
                    else:  # `Juru bicara Nazarbayev, Aidos Ukibay,`: Ukibay speaks for him
                        self.roles.setdefault(self.canonical(holder), f"{x.role} {x.name}")
                verb_near = scan.within(_VERB_LEADS, x.end, x.end + 61 + _VERB_SIZE)
                said = _SPEAKS_AFTER_RE.match(text, x.end) if verb_near else None
                if said and "," in said.group(0) and _in_relative(text, x.start):
                    said = None  # `Tokayev, who … ousted Nazarbayev from a post, has said`
                speaks = agent or said
                # the first person of a sentence, before its verb, is its subject
                subject = not speaks and bool(_SUBJECT_AFTER_RE.match(text, x.end))
                if subject:
                    opens = _sentence_start(text, x.start)
                    subject = last_person < opens and not (
                        scan.within(_REPORTED_LEADS, opens, x.start)
                        and _REPORTED_RE.search(text, opens, x.start)
                    )
                last_person = x.start
                salience = SPEAKER if speaks or subject else MENTION
                if salience == MENTION and _oblique(text, x.start, x.end):
                    salience = OBLIQUE
                self._events.append((x.start, salience, name))
                self._people_at.append((x.start, x.end, name))
            else:
                self._bodies.append((x.start, x.name))
                if agent or _AGENT_AFTER_RE.match(text, x.end):
                    self._events.append((x.start, SPEAKER, x.name))
        # bodies not in the gazetteer: runs holding an organisation word
        runs = capitalised_runs(text) if scan.words & _ORG_HEAD_WORDS else ()
        if runs:  # a run naming a body has a word spelling an organisation word: look there
            ends = [e for _, e, _ in runs]
            picked: list[int] = []
            for at in scan.starts(_ORG_HEAD_WORDS):
                i = bisect_right(ends, at)
                if i < len(runs) and runs[i][0] <= at and (not picked or picked[-1] != i):
                    picked.append(i)
            runs = [runs[i] for i in picked]
        bodies = _BODY_OF
        for start, end, run in runs:
            body = bodies.get(run, False)
            if body is False:
                body = _body_of(run)
            if body is None or self._inside(start):
                continue
            self._bodies.append((start, body))
            if _AGENT_BEFORE_RE.search(text, max(0, start - 16), start) or (
                _AGENT_AFTER_RE.match(text, end)
            ):
                self._events.append((start, SPEAKER, run))
        self._events.sort()
        self._bodies.sort()
        self._people_at.sort()

    def _inside(self, pos: int) -> bool:
        i = bisect_left(self._starts, pos + 1) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def canonical(self, name: str) -> str:
        """Full name for a name or surname: first introduced here, else the gazetteer's."""
        if name in self.people:
            return self.people[name]
        words = set(name.split())
        full = next((p for p, ws in self._introduced.items() if words <= ws), None)
        if full is None:
            full = PERSON_ALIASES.get(name, name)
        self.people[name] = full
        if full not in self._introduced:
            self._introduced[full] = set(full.split())
        return full

    def note(self, pos: int, name: str) -> None:
        """Record a resolved speaker as an antecedent at `pos` (a bare role phrase is none)."""
        if name in self._phrases:
            return
        self._events.insert(bisect_left(self._events, (pos, 0, "")), (pos, SPEAKER, name))

    def _latest(self, pos: int, accept: set[str] | None = None) -> str | None:
        """The last antecedent before `pos`: speakers first, then anyone named."""
        before = self._events[: bisect_left(self._events, (pos, 0, ""))]
        paragraph = self._text.rfind("\n", 0, pos)
        if accept is None and before and before[-1][0] > paragraph:
            # someone named earlier in the same paragraph: its subject or last speaker
            # first (`Nurpeisov thinks … than Tokayev would like. "…," he said`), else the
            # last one named outside a possessive or comparison (`Nazarbayev family's`)
            fallback = None
            for at, salience, name in reversed(before):
                if at <= paragraph:
                    break
                if salience == SPEAKER:
                    return name
                if fallback is None and salience == MENTION:
                    fallback = name
            if fallback is not None:
                return fallback
        for level in (SPEAKER, MENTION, OBLIQUE):
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

    def _described_body(self, pos: int) -> str | None:
        """The last body introduced before `pos` by a body noun and its name, outside quotes:
        `Kelompok hak digital Access Now`, `the rights group Access Now`."""
        found = None
        for m in _DESCRIBED_BODY_RE.finditer(self._text, 0, pos):
            if not self._inside(m.start()):
                noun, name = m.group("noun"), m.group("name")
                # `Organisasi Kesehatan Dunia`: the noun opens the name itself
                found = f"{noun} {name}" if noun[0].isupper() and not m.group("about") else name
        return ORG_ALIASES.get(found, found) if found else None

    def resolve(self, ref: SpeakerRef | None, pos: int) -> str | None:
        """The canonical speaker for `ref` said at `pos` (pronouns look back from there)."""
        if ref is None or ref.kind == "pronoun":
            return self._latest(pos)
        if ref.kind == "name":
            return self.canonical(ref.value)
        if ref.kind == "org":
            if ref.marked:  # `kata organisasi itu`: the body introduced with such a noun
                return self._body(ref.value, pos) or self._described_body(pos) or ref.value
            if ref.value.islower():
                return self._body(ref.value, pos) or ref.value
            return ORG_ALIASES.get(ref.value, ref.value)
        aliases = ROLE_HEADS.get(ref.value, (ref.value,))
        holders = {n for n, role in self.roles.items()
                   if any(re.search(rf"\b{a}\b", role, re.I) for a in aliases)}  # fmt: skip
        if not holders:
            return self._described(ref, pos) if ref.words else None
        return self._latest(pos, holders) or sorted(holders)[0]

    def _described(self, ref: SpeakerRef, pos: int) -> str | None:
        """The person a role phrase pointing back stands for: the one, latest first, whose
        introduction shares most of its words (`Koordinator … Konsuler KBRI, Andi Saputra`
        for `pejabat konsuler tersebut`); for a generic role (`pejabat tersebut`) else the
        latest one introduced with any role; else, when a demonstrative marks it, the
        phrase itself (`pejabat konsuler`), which is no antecedent for later pronouns."""
        keys = {w for w in ref.words if len(w) >= 4 and w not in _NOT_DESCRIPTIVE}
        best, best_score = None, 0
        intros: dict[str, str] = {}  # latest first
        for _, _, name in reversed(self._events[: bisect_left(self._events, (pos, 0, ""))]):
            if name in intros:
                continue
            intro = intros[name] = self._introduction(name)
            score = len(keys.intersection(w.lower() for w in WORD_RE.findall(intro)))
            if score > best_score:
                best, best_score = name, score
        if best is None and ref.value in GENERIC_ROLES:
            best = next((n for n, intro in intros.items() if _ROLE_RE.search(intro)), None)
        if best is None and ref.marked:
            best = " ".join(w for w in ref.words if w not in DETERMINERS)
            self._phrases.add(best)
        return best

    def _introduction(self, name: str) -> str:
        """The text around the first mention of `name` (its sentence, but not past the
        people named before and after it), and its role."""
        text, spans = self._text, self._people_at
        i = next((k for k, (_, _, n) in enumerate(spans) if n == name), None)
        if i is None:  # known only as a resolved speaker
            return self.roles.get(name, "")
        start, end, _ = spans[i]
        lo = max(_sentence_start(text, start), spans[i - 1][1] if i else 0)
        stops = [j for j in (text.find(m, end) for m in (". ", "! ", "? ", "\n")) if j >= 0]
        hi = min([*stops, spans[i + 1][0] if i + 1 < len(spans) else len(text), len(text)])
        return f"{text[lo:start]} {text[end:hi]} {self.roles.get(name, '')}"
