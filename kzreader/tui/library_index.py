"""What the library lists: sort, group, filter and search over a corpus (headless).

`LibraryIndex.select(query)` returns the rows to show for a `LibraryQuery`:
article positions, with `GroupHeader`s between outlets when grouping. Search
text (title, body, quote speakers) is built once, lazily, and a query that
extends the previous one only searches the previous hits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from kzreader.model import Article
from kzreader.tui.dates import wib

UNKNOWN_OUTLET = "(unknown outlet)"
SORTS = ("date", "outlet")


@dataclass(frozen=True, slots=True)
class GroupHeader:
    """A row naming the outlet whose articles follow."""

    outlet: str
    count: int


Row = int | GroupHeader


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """How the user has arranged the library."""

    sort: str = "date"
    group: bool = False
    outlets: frozenset[str] = field(default_factory=frozenset)  # empty: all outlets
    date_from: str = ""  # `YYYY-MM-DD`, inclusive; empty: open
    date_to: str = ""
    search: str = ""

    def next_sort(self) -> LibraryQuery:
        return replace(self, sort=SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)])

    def describe(self) -> str:
        """The active filters in a few words, for the status line."""
        parts = [f"sorted by {self.sort}"]
        if self.group:
            parts.append("grouped by outlet")
        if self.outlets:
            parts.append("outlet: " + ", ".join(sorted(self.outlets)))
        if self.date_from or self.date_to:
            parts.append(f"dates: {self.date_from or '…'} – {self.date_to or '…'}")
        if self.search:
            parts.append(f"search: {self.search}")
        return " · ".join(parts)


def outlet_of(article: Article) -> str:
    return article.outlet or UNKNOWN_OUTLET


class LibraryIndex:
    """Sort keys and search text for a list of articles."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = list(articles)
        self.dates = [wib(a.published) for a in self.articles]
        self.outlets = [outlet_of(a) for a in self.articles]
        self._by_date = sorted(range(len(self.articles)), key=self._date_key)
        outlet_keys = [o.lower() for o in self.outlets]
        self._by_outlet = sorted(self._by_date, key=outlet_keys.__getitem__)  # date within
        self._haystacks: list[str] | None = None
        self._searches: dict[str, list[int]] = {}  # recent queries → hits (for narrowing)

    def _date_key(self, i: int) -> tuple[str, str]:
        return (self.dates[i] or "~", (self.articles[i].title or "").lower())

    def outlet_counts(self) -> Counter[str]:
        return Counter(self.outlets)

    def haystacks(self) -> list[str]:
        """Lowercased title, text and quote speakers of each article (built on first use)."""
        if self._haystacks is None:
            self._haystacks = [_haystack(a) for a in self.articles]
        return self._haystacks

    def search(self, query: str) -> list[int]:
        """Positions (file order) of articles containing every word of `query`."""
        query = " ".join(query.lower().split())
        if not query:
            return list(range(len(self.articles)))
        if (known := self._searches.get(query)) is not None:
            return known  # e.g. after a backspace
        pool: Sequence[int] = range(len(self.articles))
        for previous, hits in self._searches.items():  # narrow from a shorter query
            if query.startswith(previous) and len(hits) < len(pool):
                pool = hits
        hay = self.haystacks()
        words = query.split()
        found = [i for i in pool if all(w in hay[i] for w in words)]
        if len(self._searches) >= 64:
            self._searches.pop(next(iter(self._searches)))
        self._searches[query] = found
        return found

    def select(self, query: LibraryQuery) -> list[Row]:
        """The rows to show, in order."""
        keep = set(self.search(query.search)) if query.search.strip() else None
        base = self._by_outlet if query.sort == "outlet" or query.group else self._by_date
        filtered = keep is not None or query.outlets or query.date_from or query.date_to
        order = (
            [i for i in base if (keep is None or i in keep) and self._passes(i, query)]
            if filtered
            else list(base)
        )
        if not query.group:
            return list(order)
        counts = Counter(self.outlets[i] for i in order)
        rows: list[Row] = []
        current = None
        for i in order:
            outlet = self.outlets[i]
            if outlet != current:
                rows.append(GroupHeader(outlet, counts[outlet]))
                current = outlet
            rows.append(i)
        return rows

    def _passes(self, i: int, query: LibraryQuery) -> bool:
        if query.outlets and self.outlets[i] not in query.outlets:
            return False
        day = self.dates[i][:10]
        if query.date_from and (not day or day < query.date_from):
            return False
        return not (query.date_to and (not day or day > query.date_to))

    def summary(self, rows: Sequence[Row]) -> str:
        """`3 articles · 2 outlets · 2022-01-11 – 2022-01-17` for the rows shown."""
        shown = [r for r in rows if isinstance(r, int)]
        outlets = {self.outlets[i] for i in shown}
        days = [d for d in (self.dates[i] for i in shown) if d]
        span = f"{min(days)[:10]} – {max(days)[:10]}" if days else "no dates"
        total = "" if len(shown) == len(self.articles) else f" of {len(self.articles)}"
        noun = "article" if len(shown) == 1 else "articles"
        return f"{len(shown)}{total} {noun} · {len(outlets)} outlets · {span}"


def fact_columns(article: Article, annotation_counts: Mapping[str, int]) -> tuple[int, ...]:
    """Figures, quotes, dates and annotations of an article, for the library columns."""
    counts = article.fact_counts()
    return (
        counts.get("figure", 0),
        counts.get("quote", 0),
        counts.get("date", 0) + counts.get("relative_date", 0),
        annotation_counts.get(article.id, 0),
    )


def _haystack(article: Article) -> str:
    speakers = " ".join(
        q.speaker for q in article.facts_of("quote") if getattr(q, "speaker", None)
    )
    return "\n".join((article.title or "", article.text, speakers)).lower()
