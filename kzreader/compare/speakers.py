"""Who is quoted, how often, and by which outlets.

Speaker names are merged across articles: spelling is normalised (case,
accents, hyphens, titles such as `Presiden`), known abbreviations are expanded
(`Kemenlu` → `Kementerian Luar Negeri`), and a short form merges into the one
full name it ends (`Tokayev` → `Kassym-Jomart Tokayev`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kzreader.compare.refs import ArticleRef
from kzreader.extract.gazetteer import ORG_HEADS
from kzreader.model import Article, Quote

TITLES: frozenset[str] = frozenset({
    "presiden", "wakil", "perdana", "menteri", "pm", "pak", "bapak", "bu", "ibu", "sang",
    "jenderal", "jend", "kolonel", "mayor", "letnan", "kapten", "dr", "prof", "ir", "h", "hj",
    "mr", "mrs", "ms", "sir", "president", "minister", "prime", "general", "spokesman",
    "spokeswoman", "juru", "bicara", "jubir", "sekretaris", "pers", "ketua",
})  # fmt: skip
"""Leading words of a speaker string that are a title, not part of the name."""

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "kemenlu": ("kementerian", "luar", "negeri"),
    "kemlu": ("kementerian", "luar", "negeri"),
    "kemhan": ("kementerian", "pertahanan"),
    "kemenhan": ("kementerian", "pertahanan"),
    "mfa": ("kementerian", "luar", "negeri"),
}
"""Name words that stand for several (`Kemenlu Kazakhstan`)."""

_SPLIT_RE = re.compile(r"[\s\-‐–—.,'’]+")


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """One quote: jump to it with `article.id`, `start`, `end`."""

    article: ArticleRef
    start: int
    end: int
    text: str
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerStat:
    """One speaker (names merged) and every quote given to them."""

    name: str
    aliases: tuple[str, ...]
    quotes: tuple[QuoteMention, ...]

    @property
    def count(self) -> int:
        return len(self.quotes)

    @property
    def by_outlet(self) -> dict[str, int]:
        """Quotes per outlet, most first."""
        return dict(Counter(q.article.outlet for q in self.quotes).most_common())


@dataclass(frozen=True, slots=True)
class SpeakerIndex:
    """Speakers, most quoted first, and the quotes nobody was found to say."""

    speakers: tuple[SpeakerStat, ...]
    unattributed: tuple[QuoteMention, ...]


def name_key(name: str) -> tuple[str, ...]:
    """Comparable words of a name: `Presiden Kassym-Jomart Tokayev` → (kassym, jomart, tokayev)."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    words = [w for w in _SPLIT_RE.split(plain) if w]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    out: list[str] = []
    for w in words:
        out.extend(ABBREVIATIONS.get(w, (w,)))
    return tuple(out)


def merge_keys(keys: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Map each key to the key it merges into: a short form to the one full name it ends.

    A body's name is never a full name for this: `Kazakhstan` does not merge
    into `Kementerian Luar Negeri Kazakhstan`.
    """
    keys = set(keys)
    by_tail: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for key in keys:
        if key[0] in ORG_HEADS:
            continue
        for n in range(1, len(key)):
            by_tail[key[-n:]].add(key)
    merged = {}
    for key in keys:
        longer = by_tail.get(key, set())
        # only when unambiguous: the longer names must all be one name or its tails
        longest = max(longer, key=len) if longer else None
        if longest and all(longest[-len(k) :] == k for k in longer):
            merged[key] = longest
        else:
            merged[key] = key
    return merged


def group_speakers(articles: Iterable[Article]) -> SpeakerIndex:
    """Quotes of `articles` by merged speaker, most quoted first."""
    by_name: dict[str, list[QuoteMention]] = defaultdict(list)
    unattributed: list[QuoteMention] = []
    for art in articles:
        ref: ArticleRef | None = None
        for fact in art.facts_of("quote"):
            if not isinstance(fact, Quote):
                continue
            ref = ref or ArticleRef.of(art)
            mention = QuoteMention(ref, fact.start, fact.end, fact.text, fact.cue)
            if fact.speaker and fact.speaker.strip():
                by_name[fact.speaker].append(mention)
            else:
                unattributed.append(mention)
    keys = {name: name_key(name) for name in by_name}
    for name in [n for n, key in keys.items() if not key]:  # only titles or marks
        unattributed.extend(by_name.pop(name))
        del keys[name]
    target = merge_keys(keys.values())
    members: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name, key in keys.items():
        members[target[key]].append(name)
    speakers = []
    for key, names in members.items():
        full = [n for n in names if keys[n] == key] or names
        display = max(full, key=lambda n: (len(by_name[n]), len(n), n))
        quotes = sorted(
            (q for n in names for q in by_name[n]),
            key=lambda q: (q.article.published or "~", q.article.id, q.start),
        )
        aliases = tuple(sorted(n for n in names if n != display))
        speakers.append(SpeakerStat(name=display, aliases=aliases, quotes=tuple(quotes)))
    speakers.sort(key=lambda s: (-s.count, s.name))
    return SpeakerIndex(speakers=tuple(speakers), unattributed=tuple(unattributed))
