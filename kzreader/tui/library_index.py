"""What the library lists: sort, group, filter and search over a corpus (headless).

`LibraryIndex.select(query)` returns the rows to show for a `LibraryQuery`:
article positions, with `GroupHeader`s between outlets when grouping. Search
text (title, body, quote speakers) is built once, lazily, and a query that
extends the previous one only searches the previous hits.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from kzreader.model import Article, ArticleSummary
from kzreader.tui.dates import wib

UNKNOWN_OUTLET = "(unknown outlet)"
SORTS = ("date", "outlet")


@dataclass(frozen=True, slots=True)
class GroupHeader:
    """A row naming the outlet whose articles follow."""

    outlet: str
    count: int


Row = int | GroupHeader
Listed = Article | ArticleSummary
"""What the library lists: full articles, or their summaries while those load."""


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


def outlet_of(article: Listed) -> str:
    return article.outlet or UNKNOWN_OUTLET


class LibraryIndex:
    """Sort keys and search text for a list of articles.

    Everything per article is computed once, here or on first use: WIB dates,
    outlets, the two orderings (tuples sorted once), and the search text (one
    lowercased string for the whole corpus, searched with `str.find`). Selections
    are cached per query, so toggling sort or grouping reuses the lists.
    """

    def __init__(self, articles: Sequence[Listed]) -> None:
        self.articles = list(articles)
        cache: dict[str | None, str] = {}
        self.dates = [
            cache[p] if (p := a.published) in cache else cache.setdefault(p, wib(p))
            for a in self.articles
        ]
        self.outlets = [a.outlet or UNKNOWN_OUTLET for a in self.articles]
        self._days = [d[:10] for d in self.dates]
        n = len(self.articles)
        titles = [(a.title or "").lower() for a in self.articles]
        date_keys = [(d or "~", t) for d, t in zip(self.dates, titles, strict=True)]
        self._by_date = sorted(range(n), key=date_keys.__getitem__)
        outlet_keys = [o.lower() for o in self.outlets]
        self._by_outlet = sorted(self._by_date, key=outlet_keys.__getitem__)  # date within
        self._rank: dict[str, list[int]] = {}  # base order → position of each article in it
        self._building = threading.Lock()
        self._blob: str | None = None  # every haystack, each followed by "\0"
        self._starts: list[int] = []  # where each article's haystack begins in _blob
        self._searches: dict[str, list[int]] = {}  # recent queries → hits (for narrowing)
        self._selections: dict[LibraryQuery, list[Row]] = {}
        self._orders: dict[int, list[int]] = {}  # id(rows) → the articles in them
        self._summaries: dict[int, str] = {}
        self._has_inferred: bool | None = None

    def outlet_counts(self) -> Counter[str]:
        return Counter(self.outlets)

    @property
    def has_inferred_dates(self) -> bool:
        if self._has_inferred is None:
            self._has_inferred = any(a.published_basis == "inferred" for a in self.articles)
        return self._has_inferred

    def haystacks(self) -> list[str]:
        """Lowercased title, text and quote speakers of each article (built on first use);
        title and authors of a summary."""
        blob, starts = self._search_text()
        return [blob[starts[i] : starts[i + 1] - 1] for i in range(len(self.articles))]

    def prepare_search(self) -> None:
        """Build the search text now (call from a worker thread)."""
        self._search_text()

    def _search_text(self) -> tuple[str, list[int]]:
        with self._building:  # the UI thread waits for a build already under way
            if self._blob is None:
                self._build_search_text()
        return self._blob, self._starts  # type: ignore[return-value]

    def _build_search_text(self) -> None:
        parts = [_haystack(a).replace("\0", " ") for a in self.articles]
        starts = [0]
        for part in parts:
            starts.append(starts[-1] + len(part) + 1)
        self._starts = starts
        self._blob = "".join(p + "\0" for p in parts)

    def search(self, query: str) -> list[int]:
        """Positions (file order) of articles containing every word of `query`."""
        query = " ".join(query.lower().split())
        if not query:
            return list(range(len(self.articles)))
        if (known := self._searches.get(query)) is not None:
            return known  # e.g. after a backspace
        pool: Sequence[int] | None = None
        for previous, hits in self._searches.items():  # narrow from a shorter query
            if query.startswith(previous) and (pool is None or len(hits) < len(pool)):
                pool = hits
        blob, starts = self._search_text()
        words = query.split()
        found: list[int]
        if any("\0" in w for w in words):
            found, pool_words = [], []  # the separator is in no article's text
        elif pool is None:
            found, pool_words = self._scan(blob, starts, words[0]), words[1:]
        else:
            found, pool_words = list(pool), words
        find = blob.find
        for word in pool_words:
            found = [i for i in found if find(word, starts[i], starts[i + 1]) >= 0]
        if len(self._searches) >= 64:
            self._searches.pop(next(iter(self._searches)))
        self._searches[query] = found
        return found

    @staticmethod
    def _scan(blob: str, starts: list[int], word: str) -> list[int]:
        """Articles whose haystack contains `word`: `str.find` over the whole corpus."""
        found: list[int] = []
        find, pos = blob.find, 0
        while (hit := find(word, pos)) >= 0:
            i = bisect_right(starts, hit) - 1
            found.append(i)
            pos = starts[i + 1]  # the next article
        return found

    def select(self, query: LibraryQuery) -> list[Row]:
        """The rows to show, in order (cached per query: do not modify the list)."""
        if (known := self._selections.get(query)) is not None:
            return known
        grouped = query.sort == "outlet" or query.group
        base = self._by_outlet if grouped else self._by_date
        key = "outlet" if grouped else "date"
        if query.search.strip() or query.outlets or query.date_from or query.date_to:
            pool = self.search(query.search) if query.search.strip() else range(len(base))
            if query.outlets or query.date_from or query.date_to:
                pool = [i for i in pool if self._passes(i, query)]
            if len(pool) == len(base):
                order = base
            else:
                if (rank := self._rank.get(key)) is None:
                    rank = self._rank[key] = [0] * len(base)
                    for pos, i in enumerate(base):
                        rank[i] = pos
                order = sorted(pool, key=rank.__getitem__)
        else:
            order = base
        rows: list[Row]
        if not query.group:
            rows = list(order)
        else:
            counts = Counter(map(self.outlets.__getitem__, order))
            rows = []
            current = None
            for i in order:
                outlet = self.outlets[i]
                if outlet != current:
                    rows.append(GroupHeader(outlet, counts[outlet]))
                    current = outlet
                rows.append(i)
        if len(self._selections) >= 16:
            old = self._selections.pop(next(iter(self._selections)))
            self._orders.pop(id(old), None)
            self._summaries.pop(id(old), None)
        self._selections[query] = rows
        self._orders[id(rows)] = order
        return rows

    def _passes(self, i: int, query: LibraryQuery) -> bool:
        if query.outlets and self.outlets[i] not in query.outlets:
            return False
        day = self._days[i]
        if query.date_from and (not day or day < query.date_from):
            return False
        return not (query.date_to and (not day or day > query.date_to))

    def summary(self, rows: Sequence[Row]) -> str:
        """`3 articles · 2 outlets · 2022-01-11 – 2022-01-17` for the rows shown."""
        cached = self._orders.get(id(rows))  # a live cached selection: ids are unique
        if cached is not None and (known := self._summaries.get(id(rows))) is not None:
            return known
        shown = cached if cached is not None else [r for r in rows if isinstance(r, int)]
        outlets = set(map(self.outlets.__getitem__, shown))
        days = [d for d in map(self._days.__getitem__, shown) if d]
        span = f"{min(days)} – {max(days)}" if days else "no dates"
        total = "" if len(shown) == len(self.articles) else f" of {len(self.articles)}"
        noun = "article" if len(shown) == 1 else "articles"
        text = f"{len(shown)}{total} {noun} · {len(outlets)} outlets · {span}"
        if cached is not None:
            self._summaries[id(rows)] = text
        return text


def fact_columns(article: Listed, annotation_counts: Mapping[str, int]) -> tuple[int, ...]:
    """Figures, quotes, dates and annotations of an article, for the library columns."""
    counts = article.fact_counts()
    return (
        counts.get("figure", 0),
        counts.get("quote", 0),
        counts.get("date", 0) + counts.get("relative_date", 0),
        annotation_counts.get(article.id, 0),
    )


def _haystack(article: Listed) -> str:
    if isinstance(article, ArticleSummary):
        return "\n".join((article.title or "", " ".join(article.authors))).lower()
    speakers = " ".join(
        q.speaker for q in article.facts_of("quote") if getattr(q, "speaker", None)
    )
    return "\n".join((article.title or "", article.text, speakers)).lower()
