"""Inter-annotator agreement: per-tag span F1 and sentence-level Cohen's kappa.

Two annotators are compared on the articles both covered. Per tag:
- exact F1: spans with the same article, start and end;
- overlap F1: a span counts when it overlaps a span of the other annotator
  with the same tag (precision over B's spans, recall over A's);
- Cohen's kappa over sentences: each sentence is labelled yes/no by each
  annotator (does one of their spans of that tag touch it).
Sentences come from the article text (from the export or the corpus); for an
article without text they come from the text the annotations carry (quote
with prefix and suffix), so only the sentences around annotations count.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kzreader.compare.records import AnnotationRecord, AnnotationSet

Span = tuple[int, int]
Splitter = Callable[[str], list[tuple[int, int]]]
ALL_TAGS = "*"
"""The tag name of the pooled row (every tag together)."""


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, matched_b: int, n_b: int, matched_a: int, n_a: int) -> PRF:
        """Precision over B's spans, recall over A's."""
        if n_a == 0 and n_b == 0:
            return cls(1.0, 1.0, 1.0)
        p = matched_b / n_b if n_b else 0.0
        r = matched_a / n_a if n_a else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class Confusion:
    """Binary labels of the same units by A and B."""

    both: int = 0
    only_a: int = 0
    only_b: int = 0
    neither: int = 0

    def __add__(self, other: Confusion) -> Confusion:
        return Confusion(
            self.both + other.both,
            self.only_a + other.only_a,
            self.only_b + other.only_b,
            self.neither + other.neither,
        )

    @property
    def total(self) -> int:
        return self.both + self.only_a + self.only_b + self.neither

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa; None when undefined (both gave every unit the same label)."""
        n = self.total
        if n == 0:
            return None
        observed = (self.both + self.neither) / n
        pa, pb = (self.both + self.only_a) / n, (self.both + self.only_b) / n
        expected = pa * pb + (1 - pa) * (1 - pb)
        return None if expected >= 1 else (observed - expected) / (1 - expected)


@dataclass(frozen=True, slots=True)
class TagAgreement:
    tag: str
    a_spans: int
    b_spans: int
    exact: PRF
    overlap: PRF
    sentences: Confusion

    @property
    def kappa(self) -> float | None:
        return self.sentences.kappa


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Agreement of annotator A with annotator B, per tag and pooled (`tag == "*"`)."""

    a: str
    b: str
    articles: int
    only_a: int
    only_b: int
    from_span_text: int  # shared articles whose sentences came from the annotations' own text
    tags: tuple[TagAgreement, ...]
    overall: TagAgreement

    def to_dict(self) -> dict[str, Any]:
        def row(t: TagAgreement) -> dict[str, Any]:
            return {
                "tag": t.tag,
                "a_spans": t.a_spans,
                "b_spans": t.b_spans,
                "exact": {
                    "precision": t.exact.precision,
                    "recall": t.exact.recall,
                    "f1": t.exact.f1,
                },
                "overlap": {
                    "precision": t.overlap.precision,
                    "recall": t.overlap.recall,
                    "f1": t.overlap.f1,
                },
                "kappa": t.kappa,
                "sentences": t.sentences.total,
            }

        return {
            "a": self.a,
            "b": self.b,
            "articles": self.articles,
            "only_a": self.only_a,
            "only_b": self.only_b,
            "from_span_text": self.from_span_text,
            "tags": [row(t) for t in self.tags],
            "overall": row(self.overall),
        }


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a character (an empty span counts at its position)."""
    return a[0] < max(b[1], b[0] + 1) and b[0] < max(a[1], a[0] + 1)


@dataclass(frozen=True, slots=True)
class SpanCounts:
    """Span tallies behind exact and overlap F1."""

    a: int = 0
    b: int = 0
    exact: int = 0  # spans in both (as a multiset)
    hit_a: int = 0  # A's spans overlapping one of B's
    hit_b: int = 0  # B's spans overlapping one of A's

    def __add__(self, o: SpanCounts) -> SpanCounts:
        return SpanCounts(
            self.a + o.a,
            self.b + o.b,
            self.exact + o.exact,
            self.hit_a + o.hit_a,
            self.hit_b + o.hit_b,
        )

    @property
    def exact_prf(self) -> PRF:
        return PRF.of(self.exact, self.b, self.exact, self.a)

    @property
    def overlap_prf(self) -> PRF:
        return PRF.of(self.hit_b, self.b, self.hit_a, self.a)


def span_counts(a: Sequence[Span], b: Sequence[Span]) -> SpanCounts:
    """Exact and overlapping matches between A's and B's spans (one article, one tag)."""
    return SpanCounts(
        a=len(a),
        b=len(b),
        exact=sum((Counter(a) & Counter(b)).values()),
        hit_a=sum(any(overlaps(x, y) for y in b) for x in a),
        hit_b=sum(any(overlaps(x, y) for y in a) for x in b),
    )


def touched(units: Sequence[Span], spans: Iterable[Span]) -> set[int]:
    """Indexes of the (sorted, disjoint) units that the spans overlap."""
    starts = [u[0] for u in units]
    ends = [u[1] for u in units]
    hit: set[int] = set()
    for s, e in spans:
        lo = bisect_right(ends, s)
        hi = bisect_left(starts, max(e, s + 1))
        hit.update(range(lo, hi))
    return hit


def label_units(units: Sequence[Span], a: Iterable[Span], b: Iterable[Span]) -> Confusion:
    """How A and B label each unit: touched by one of their spans or not."""
    ta, tb = touched(units, a), touched(units, b)
    both = len(ta & tb)
    return Confusion(both, len(ta) - both, len(tb) - both, len(units) - len(ta | tb))


def span_text_windows(records: Iterable[AnnotationRecord]) -> list[tuple[int, str]]:
    """The stretches of an article's text known from annotations (prefix + quote + suffix)."""
    pieces = sorted(
        (r.start - len(r.prefix), r.prefix + r.text + r.suffix)
        for r in records
        if len(r.text) == r.end - r.start and r.start >= len(r.prefix)
    )
    windows: list[tuple[int, str]] = []
    for start, text in pieces:
        if windows and start <= windows[-1][0] + len(windows[-1][1]):
            w_start, w_text = windows[-1]
            tail = text[w_start + len(w_text) - start :]
            windows[-1] = (w_start, w_text + tail)
        else:
            windows.append((start, text))
    return windows


def window_sentences(
    windows: Iterable[tuple[int, str]], spans: Sequence[Span], split: Splitter
) -> list[Span]:
    """Sentences of known stretches of text, without the cut-off ones at their edges.

    A piece at a stretch's edge may be part of a longer sentence: it is kept
    only when a span touches it (it is then needed to label that span).
    """
    units: list[Span] = []
    for offset, chunk in windows:
        found = [(offset + s, offset + e) for s, e in split(chunk)]
        hit = touched(found, spans)
        keep_first = offset == 0 or 0 in hit
        keep_last = len(found) - 1 in hit
        units.extend(
            u
            for i, u in enumerate(found)
            if (i > 0 or keep_first) and (i < len(found) - 1 or keep_last)
        )
    return units


def sentence_units(
    text: str | None, records: Sequence[AnnotationRecord], split: Splitter
) -> list[Span]:
    """Sentences of the article text, or of the stretches the annotations carry.

    A span that falls in no sentence becomes a unit of its own, so it still counts.
    """
    spans = [(r.start, r.end) for r in records]
    if text is not None:
        units = sorted(set(split(text)))
    else:
        units = sorted(set(window_sentences(span_text_windows(records), spans, split)))
    loose: list[Span] = []
    for s, e in sorted(s for s in spans if not touched(units, [s])):
        if loose and s < loose[-1][1]:
            loose[-1] = (loose[-1][0], max(e, loose[-1][1]))
        else:
            loose.append((s, e))
    return sorted(set(units) | set(loose))


def default_splitter() -> Splitter:
    from kzreader.text.sentences import split_sentences

    return split_sentences


def compare_annotators(
    a: AnnotationSet,
    b: AnnotationSet,
    texts: Mapping[str, str] | None = None,
    *,
    split: Splitter | None = None,
) -> AgreementReport:
    """Agreement of `a` and `b` on the articles both covered.

    `texts` maps article ids to their cleaned text (the corpus); texts the
    exports carry are used too. `split` defaults to `kzreader.text.sentences`.
    """
    split = split or default_splitter()
    shared = sorted(a.articles & b.articles)
    known = {**(texts or {}), **b.texts, **a.texts}
    a_by = _by_article_tag(a.records)
    b_by = _by_article_tag(b.records)
    tags = sorted({t for by in (a_by, b_by) for art in shared for t in by.get(art, {})})
    records: dict[str, list[AnnotationRecord]] = defaultdict(list)
    for r in (*a.records, *b.records):
        records[r.article_id].append(r)
    spans: dict[str, SpanCounts] = defaultdict(SpanCounts)
    sentences: dict[str, Confusion] = defaultdict(Confusion)
    from_span_text = 0
    for art in shared:
        text = known.get(art)
        from_span_text += text is None
        units = sentence_units(text, records[art], split)
        for tag in tags:
            sa, sb = a_by.get(art, {}).get(tag, []), b_by.get(art, {}).get(tag, [])
            spans[tag] += span_counts(sa, sb)
            sentences[tag] += label_units(units, sa, sb)
    rows = tuple(_row(tag, spans[tag], sentences[tag]) for tag in tags)
    pooled = sum((spans[t] for t in tags), SpanCounts())
    total = sum((sentences[t] for t in tags), Confusion())
    return AgreementReport(
        a=a.name,
        b=b.name,
        articles=len(shared),
        only_a=len(a.articles - b.articles),
        only_b=len(b.articles - a.articles),
        from_span_text=from_span_text,
        tags=rows,
        overall=_row(ALL_TAGS, pooled, total),
    )


def _row(tag: str, c: SpanCounts, sentences: Confusion) -> TagAgreement:
    return TagAgreement(tag, c.a, c.b, c.exact_prf, c.overlap_prf, sentences)


def _by_article_tag(records: Iterable[AnnotationRecord]) -> dict[str, dict[str, list[Span]]]:
    out: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        out[r.article_id][r.tag].append((r.start, r.end))
    return out


def _score(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def render_agreement(report: AgreementReport) -> str:
    """The agreement table as plain text."""
    lines = [
        f"A = {report.a}, B = {report.b}: {report.articles} articles annotated by both"
        f" (only A: {report.only_a}, only B: {report.only_b})",
    ]
    if report.from_span_text:
        lines.append(
            f"{report.from_span_text} articles not in the corpus: sentences taken from the"
            " annotations' own text"
        )
    lines.append(
        f"{'tag':<20} {'A':>5} {'B':>5}  {'exact F1':>8}  {'overlap F1':>10}  {'kappa':>5}"
    )
    for t in (*report.tags, report.overall):
        name = "all tags" if t.tag == ALL_TAGS else t.tag
        lines.append(
            f"{name:<20} {t.a_spans:>5} {t.b_spans:>5}  {_score(t.exact.f1):>8}"
            f"  {_score(t.overlap.f1):>10}  {_score(t.kappa)}"
        )
    return "\n".join(lines) + "\n"
