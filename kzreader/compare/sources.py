"""Which agencies and media each outlet cites.

Built from `Article.sources` (what the article cites, one entry per source),
with the citing passages (`SourceCite` facts) kept for jumping to them. An
outlet naming itself is not a source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kzreader.compare.refs import ArticleRef, Passage
from kzreader.model import Article, SourceCite


@dataclass(frozen=True, slots=True)
class SourceUse:
    """One source as one outlet uses it: the citing articles and passages."""

    name: str
    articles: tuple[ArticleRef, ...]
    cites: tuple[Passage, ...] = ()

    @property
    def count(self) -> int:
        """Articles citing it."""
        return len(self.articles)


@dataclass(frozen=True, slots=True)
class OutletSources:
    """An outlet's sources, most cited first."""

    outlet: str
    articles: int
    sources: tuple[SourceUse, ...]

    @property
    def articles_citing(self) -> int:
        return len({a.id for s in self.sources for a in s.articles})


def sources_by_outlet(articles: Iterable[Article]) -> list[OutletSources]:
    """For each outlet (alphabetically), the sources its articles cite."""
    totals: dict[str, int] = defaultdict(int)
    users: dict[str, dict[str, dict[str, ArticleRef]]] = defaultdict(lambda: defaultdict(dict))
    cites: dict[tuple[str, str], list[Passage]] = defaultdict(list)
    names: dict[str, str] = {}
    for art in articles:
        ref = ArticleRef.of(art)
        totals[ref.outlet] += 1
        own = {ref.outlet.casefold(), (ref.via or "").casefold()}
        for name in art.sources:
            key = name.casefold()
            if key in own:
                continue
            names.setdefault(key, name)
            users[ref.outlet][key][ref.id] = ref
        if not art.sources:
            continue
        for fact in art.facts_of("source"):
            if isinstance(fact, SourceCite) and fact.name.casefold() in users[ref.outlet]:
                passage = Passage(ref, fact.start, fact.end, fact.text)
                cites[(ref.outlet, fact.name.casefold())].append(passage)
    out = []
    for outlet in sorted(totals):
        uses = [
            SourceUse(names[key], tuple(refs.values()), tuple(cites.get((outlet, key), ())))
            for key, refs in users.get(outlet, {}).items()
        ]
        uses.sort(key=lambda u: (-u.count, u.name.casefold()))
        out.append(OutletSources(outlet=outlet, articles=totals[outlet], sources=tuple(uses)))
    return out
