"""When: articles per day per outlet, and the event dates the articles mention.

Event dates are the body's calendar dates and the relative dates resolved to a
day (`pekan lalu` is kept when resolved to a day; `tahun lalu` → `2021` is not).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kzreader.compare.refs import ArticleRef, Passage
from kzreader.model import Article, DateMention, RelativeDate


@dataclass(frozen=True, slots=True)
class TimelineDay:
    """Articles published on one day, per outlet."""

    day: str
    by_outlet: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_outlet.values())


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date the articles mention (`Minggu (16/1)` → 2022-01-16), with each mention."""

    date: str
    mentions: tuple[Passage, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({m.article.outlet for m in self.mentions}))

    @property
    def articles(self) -> int:
        return len({m.article.id for m in self.mentions})


@dataclass(frozen=True, slots=True)
class Timeline:
    """Publication days (only those with articles, in order) and mentioned dates."""

    outlets: tuple[str, ...]
    days: tuple[TimelineDay, ...]
    undated: dict[str, int]
    events: tuple[EventDate, ...]


def is_day(value: str | None) -> bool:
    """Whether a resolved date names a day (`2022-01-04`), not a month or year (`2021`)."""
    return bool(value) and len(value) >= 10 and value[4] == "-" and value[7] == "-"


def build_timeline(articles: Iterable[Article]) -> Timeline:
    """Count articles per publication day and outlet; collect the event dates."""
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    undated: Counter[str] = Counter()
    events: dict[str, list[Passage]] = defaultdict(list)
    outlets: set[str] = set()
    for art in articles:
        ref = ArticleRef.of(art)
        outlets.add(ref.outlet)
        if ref.day:
            per_day[ref.day][ref.outlet] += 1
        else:
            undated[ref.outlet] += 1
        for fact in (*art.facts_of("date"), *art.facts_of("relative_date")):
            if isinstance(fact, DateMention | RelativeDate) and is_day(fact.value):
                events[fact.value[:10]].append(Passage(ref, fact.start, fact.end, fact.text))
    days = tuple(TimelineDay(day, dict(sorted(per_day[day].items()))) for day in sorted(per_day))
    return Timeline(
        outlets=tuple(sorted(outlets)),
        days=days,
        undated=dict(sorted(undated.items())),
        events=tuple(EventDate(d, tuple(events[d])) for d in sorted(events)),
    )
