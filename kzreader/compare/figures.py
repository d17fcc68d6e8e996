"""Figures grouped by what they measure, across articles, with disagreements.

Every figure the extractor tagged with a `measure` (deaths, detained, troops …)
joins that measure's group. Within a group, values closer than a relative
tolerance form one cluster (`160` and `lebih dari 160`); a tally measure
disagrees when two different articles report values in different clusters
(deaths 160 in KompasTV against 225 in RMOL).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kzreader.compare.refs import ArticleRef
from kzreader.model import Article, Figure

TALLY_MEASURES: tuple[str, ...] = ("deaths", "detained", "injured", "troops", "money")
"""Measures of one event tally, where outlets reporting different values disagree.

Listed first, in this order. Other measures (duration, countries, percent …)
are grouped and shown but never flagged: two articles may count different
things in days or per cent without contradicting each other.
"""

DEFAULT_TOLERANCE = 0.05
"""Values within this share of the larger one are the same figure (`2.500` ≈ `2.520`)."""


@dataclass(frozen=True, slots=True)
class FigureMention:
    """One figure in one article: jump to it with `article.id`, `start`, `end`."""

    article: ArticleRef
    start: int
    end: int
    text: str
    value: float | int
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class ValueCluster:
    """Mentions of (about) the same value: `value` is the one most often given."""

    value: float | int
    mentions: tuple[FigureMention, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """Outlets reporting this value, in order of first report."""
        return tuple(dict.fromkeys(m.article.outlet for m in self.mentions))

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(m.article.id for m in self.mentions)

    @property
    def first_day(self) -> str | None:
        days = [m.article.day for m in self.mentions if m.article.day]
        return min(days) if days else None


@dataclass(frozen=True, slots=True)
class MeasureGroup:
    """Every figure of one measure, clustered by value, earliest report first."""

    measure: str
    clusters: tuple[ValueCluster, ...]
    tally: bool
    disagrees: bool

    @property
    def mentions(self) -> tuple[FigureMention, ...]:
        return tuple(m for c in self.clusters for m in c.mentions)

    @property
    def values(self) -> tuple[float | int, ...]:
        return tuple(c.value for c in self.clusters)


def same_value(a: float, b: float, tolerance: float) -> bool:
    """Whether two values are the same figure within a relative tolerance."""
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def cluster_values(mentions: Iterable[FigureMention], tolerance: float) -> list[ValueCluster]:
    """Chain mentions sorted by value into clusters of values within `tolerance`."""
    ordered = sorted(mentions, key=lambda m: m.value)
    runs: list[list[FigureMention]] = []
    for m in ordered:
        if runs and same_value(runs[-1][0].value, m.value, tolerance):
            runs[-1].append(m)
        else:
            runs.append([m])
    clusters = []
    for run in runs:
        counts: dict[float | int, int] = defaultdict(int)
        for m in run:
            counts[m.value] += 1
        value = max(counts, key=lambda v: (counts[v], -v))
        run.sort(key=lambda m: (m.article.published or "~", m.article.id, m.start))
        clusters.append(ValueCluster(value=value, mentions=tuple(run)))
    return clusters


def disagree(clusters: list[ValueCluster]) -> bool:
    """Whether two different articles report values in different clusters.

    With two clusters or more, that holds exactly when more than one article
    is involved: only a lone article giving two values does not disagree.
    """
    if len(clusters) < 2:
        return False
    first = next(iter(clusters[0].articles))
    return any(a != first for c in clusters for a in c.articles)


def figure_mentions(articles: Iterable[Article]) -> dict[str, list[FigureMention]]:
    """Every figure with a measure, by measure."""
    by_measure: dict[str, list[FigureMention]] = defaultdict(list)
    for art in articles:
        ref: ArticleRef | None = None
        for fact in art.facts_of("figure"):
            if not isinstance(fact, Figure) or not fact.measure:
                continue
            ref = ref or ArticleRef.of(art)
            by_measure[fact.measure].append(
                FigureMention(
                    ref, fact.start, fact.end, fact.text, fact.value, fact.unit, fact.qualifier
                )
            )
    return by_measure


def measure_order(measure: str) -> tuple[int, str]:
    """Tallies first in `TALLY_MEASURES` order, then the rest alphabetically."""
    if measure in TALLY_MEASURES:
        return (TALLY_MEASURES.index(measure), "")
    return (len(TALLY_MEASURES), measure)


def group_figures(
    articles: Iterable[Article], *, tolerance: float = DEFAULT_TOLERANCE
) -> list[MeasureGroup]:
    """Figures of every measure across `articles`, tallies first."""
    groups = []
    for measure, mentions in figure_mentions(articles).items():
        clusters = cluster_values(mentions, tolerance)
        clusters.sort(key=lambda c: (c.first_day or "~", c.value))
        tally = measure in TALLY_MEASURES
        groups.append(
            MeasureGroup(
                measure=measure,
                clusters=tuple(clusters),
                tally=tally,
                disagrees=tally and disagree(clusters),
            )
        )
    groups.sort(key=lambda g: measure_order(g.measure))
    return groups
