"""Republished copies: articles that share most of their text, and which is the original.

Each article's text is cut into sentence-sized chunks, normalised (case,
spacing, quotes at the edges) and hashed; its features are those chunk hashes and the
hashes of consecutive chunk pairs (rarer: two stock sentences seldom follow
each other twice by chance). An article's anchors are its few rarest features
found in other articles too. Only articles that share all of one's anchors
but one are compared, by the share of the shorter text in chunks both have, so the
work grows with the number of copies, not with the square of the corpus;
features found in more than `max_df` articles never propose a pair. Linked
articles form a group.

The original of a group is the copy whose outlet another copy names as its
source (`RMOL` for `RMOL via Dimensy.id`), else the earliest published.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from heapq import nsmallest
from itertools import chain, pairwise

from kzreader.compare.refs import ArticleRef
from kzreader.model import Article

MIN_SHARE = 0.6
"""Share of the shorter text two articles must have in common to be copies."""

MAX_DF = 100
"""A feature found in more articles than this is a stock phrase: it proposes no copies."""

ANCHORS = 4
"""Rarest shared features per article that propose its candidate copies."""

MIN_CHUNK_WORDS = 5
"""Shorter chunks (`Baca juga`, a dateline) are too common to tell anything."""

_CHUNK_RE = re.compile(r"[^.!?…\n]+")
_EDGE_MARKS = " \t\"'“”‘’«»,;:()[]-–—"


@dataclass(frozen=True, slots=True)
class CopyLink:
    """A republished copy and the share of text it has in common with the original."""

    article: ArticleRef
    share: float


@dataclass(frozen=True, slots=True)
class SyndicationGroup:
    """Articles sharing most of their text: the original and its copies.

    `basis` says how the original was chosen: `stated source`, `earliest
    published` or `corpus order`.
    """

    original: ArticleRef
    copies: tuple[CopyLink, ...]
    basis: str


def fingerprint(text: str) -> dict[int, int]:
    """Hashes of the text's chunks (case and spacing ignored), each with its length.

    Chunks run between sentence marks and line ends; quotes and commas at
    their edges are dropped. Kept cheap: this runs on every article.
    """
    out: dict[int, int] = {}
    for chunk in _CHUNK_RE.findall(text.lower()):
        chunk = chunk.strip(_EDGE_MARKS)
        if "  " in chunk or "\t" in chunk:
            chunk = " ".join(chunk.split())
        if chunk.count(" ") >= MIN_CHUNK_WORDS - 1:
            out[hash(chunk)] = len(chunk)
    return out


def shared_share(a: dict[int, int], b: dict[int, int]) -> float:
    """Characters in chunks both share, over the shorter fingerprint's characters."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = sum(n for h, n in small.items() if h in large)
    return shared / min(sum(a.values()), sum(b.values()))


def features(print_: dict[int, int]) -> set[int]:
    """Chunk hashes and hashes of consecutive chunk pairs."""
    return {*print_, *map(hash, pairwise(print_))}


def anchor_features(feats: Sequence[set[int]], max_df: int, anchors: int) -> list[list[int]]:
    """Each article's `anchors` rarest features that other articles (at most `max_df`) share.

    Ties go to the smaller hash, so an article and its copy pick the same anchors.
    """
    df = Counter(chain.from_iterable(feats))
    out = []
    for fs in feats:
        shared = ((n, f) for f in fs if 1 < (n := df[f]) <= max_df)
        out.append([f for _, f in nsmallest(anchors, shared)])
    return out


def candidate_pairs(
    prints: Sequence[dict[int, int]], max_df: int = MAX_DF, anchors: int = ANCHORS
) -> set[tuple[int, int]]:
    """Pairs of article indexes sharing all anchors but one (of the first's)."""
    chosen = anchor_features([features(fp) for fp in prints], max_df, anchors)
    postings: dict[int, list[int]] = defaultdict(list)
    for i, fs in enumerate(chosen):
        for f in fs:
            postings[f].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, fs in enumerate(chosen):
        if not fs:
            continue
        hits = Counter(chain.from_iterable(postings[f] for f in fs))
        need = max(1, len(fs) - 1)
        pairs.update((min(i, j), max(i, j)) for j, n in hits.items() if j != i and n >= need)
    return pairs


def _components(n: int, edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted({k for e in edges for k in e}):
        groups[root(i)].append(i)
    return list(groups.values())


def pick_original(members: Sequence[Article]) -> tuple[Article, str]:
    """The original among copies, and the basis for choosing it."""
    named = {a.outlet for a in members if a.via and a.outlet}
    stated = [a for a in members if not a.via and a.outlet in named]
    pool, basis = (stated, "stated source") if stated else (list(members), "")
    dated = [a for a in pool if a.published]
    if dated:
        first = min(dated, key=lambda a: (a.published or "", bool(a.via)))
        return first, basis or "earliest published"
    return pool[0], basis or "corpus order"


def find_syndicated(
    articles: Sequence[Article], *, min_share: float = MIN_SHARE, max_df: int = MAX_DF
) -> list[SyndicationGroup]:
    """Groups of articles sharing at least `min_share` of their text, largest first."""
    prints = [fingerprint(a.text) for a in articles]
    edges = [
        (i, j)
        for i, j in sorted(candidate_pairs(prints, max_df))
        if shared_share(prints[i], prints[j]) >= min_share
    ]
    groups = []
    for component in _components(len(articles), edges):
        members = [articles[i] for i in component]
        original, basis = pick_original(members)
        ofp = prints[next(i for i in component if articles[i] is original)]
        copies = tuple(
            CopyLink(ArticleRef.of(articles[i]), round(shared_share(ofp, prints[i]), 3))
            for i in component
            if articles[i] is not original
        )
        groups.append(SyndicationGroup(ArticleRef.of(original), copies, basis))
    groups.sort(key=lambda g: (-len(g.copies), g.original.published or "~", g.original.id))
    return groups
