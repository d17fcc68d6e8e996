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
