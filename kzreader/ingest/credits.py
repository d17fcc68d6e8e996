"""Byline credits: which names are people, which are outlets, desks and roles.

`Laporan Wartawan Tribunnews.com, Nadia Kusuma`, `Wahyu Aditya, Okezone`,
`By Asel Sultanova and RFE/RL's Kazakh Service`, `Reuters staff`: the role words,
outlet names and desks are not authors, but they say which outlet the story is from.
"""

from __future__ import annotations

import re

from kzreader.ingest import rules
from kzreader.ingest.outlets import outlet_table

_POSSESSIVE = re.compile(r"['’]s?\b.*$")


def _outlet_name(text: str) -> str | None:
    """The outlet `text` names: a known alias, or an unknown `site.com`."""
    text = text.strip(" .,:;-")
    known = outlet_table().lookup(text)
    if known:
        return known.name
    return text if rules.DOMAIN_LIKE.match(text) else None


def _leading_outlet(words: list[str]) -> tuple[str | None, list[str]]:
    """An outlet named by the first one to four words, and the words after it."""
    for n in range(min(4, len(words)), 0, -1):
        named = _outlet_name(" ".join(words[:n]))
        if named:
            return named, words[n:]
    return None, words


def credit_outlet(text: str) -> tuple[bool, str | None]:
    """Whether `text` credits an outlet or a desk, and the outlet it names.

    `CNBC Indonesia` and an unknown `kabarbaru.com` name an outlet; `Tim Riset CNBC
    Indonesia` and `Redaksi` are desks (the outlet, when one is named inside, is theirs).
    Anything else (`Kazakhstan`, `Reuters analyst`) is no credit: (False, None).
    """
    found = _CREDITS.get(text)
    if found is None:
        if len(_CREDITS) >= _MEMO_SIZE:
            _CREDITS.clear()
        found = _CREDITS[text] = _credit_outlet(text)
    return found


_CREDITS: dict[str, tuple[bool, str | None]] = {}
_MEMO_SIZE = 10_000


def _credit_outlet(text: str) -> tuple[bool, str | None]:
    named = _outlet_name(text)
    if named:
        return True, named
    if not rules.NOT_A_PERSON.search(text):
        return False, None
    words = _POSSESSIVE.sub("", text).split()
    for i in range(len(words)):
        named, _ = _leading_outlet(words[i:])
        if named:
            return True, named
    return True, None


def split_credits(items: list[str]) -> tuple[list[str], list[str]]:
    """(people, outlets) among byline items; role words and desks are dropped."""
    people: list[str] = []
    outlets: list[str] = []
    for item in items:
        text = " ".join(item.split()).strip(" .,:;-")
        if not text:
            continue
        if rules.NOT_A_PERSON.search(text):  # `RFE/RL's Kazakh Service`, `Reuters staff`
            named, _ = _leading_outlet(_POSSESSIVE.sub("", text).split())
            if named:
                outlets.append(named)
            continue
        words = text.split()
        if words[0].lower() in rules.ROLE_WORDS:  # `Wartawan Tribunnews.com[ Nadia]`
            while words and words[0].lower() in rules.ROLE_WORDS:
                words = words[1:]
            named, words = _leading_outlet(words)
            if named:
                outlets.append(named)
            if not words:
                continue
            text = " ".join(words)
        named = _outlet_name(text)
        if named:
            outlets.append(named)
            continue
        people.append(text)
    return people, outlets
